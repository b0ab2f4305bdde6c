"""The couple model's text guards on couple rounds one to eight (h-guardyaml): moving their
words to lang/<lang>/guards/ changed no answer. Over every line of rounds one to eight, read
in its own language, the restatement check holds on none and the clerk guard on the two
clerk's lines forwarded into a chat (rounds four and six, line 21), as with the regexes
written in couple_model before. Round nine is held out and not read."""

from __future__ import annotations

from unmask.signals import couple_model
from unmask_dev import couple_round


def test_the_guards_hold_on_the_same_lines_of_rounds_one_to_eight() -> None:
    restatement, clerk = set(), set()
    count = 0
    for number, path in enumerate(couple_round.PATHS[:8], start=1):
        for index, message in enumerate(couple_round.load(path)):
            count += 1
            if couple_model.restatement_check(message.text, message.lang):
                restatement.add((number, index))
            if couple_model.clerk_greeting(message.text, message.lang):
                clerk.add((number, index, message.lang))
    assert count == 1462
    assert restatement == set()
    assert clerk == {(4, 20, "en"), (6, 20, "en")}
