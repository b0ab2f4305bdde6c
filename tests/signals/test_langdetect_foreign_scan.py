"""The foreign function words' pre-scan of :func:`unmask.signals.langdetect.detect_many` is
an automaton (h-speed53): it finds the starts the trie regex found with ``split_positions``,
so the same texts get the full word scan and the same languages."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from unmask.signals import langdetect
from unmask.signals.trie import scan_regex, split_positions

_WORDS = [
    "i", "you", "que", "el", "je", "c'est", "tu", "ich", "und", "du", "ve", "çok", "değil",
    "é", "eu", "não", "aku", "ik", "est", "pas", "ma", "non", "das", "ist", "quelque",
    "elle", "ich's", "x", "我", "İ", "ß", "ok!", "'", "-", "_", "3", "😀",
]  # fmt: skip


def _regex_starts(joined: str) -> list[int]:
    _, table = langdetect._word_scan()
    scan = scan_regex([key for key, code in table.items() if code & 1], True)
    pos, _ = split_positions(scan, joined)
    return pos.tolist()


def test_foreign_scan_finds_the_regex_starts_on_chosen_lines() -> None:
    lines = [
        "ich bin so müde und du",
        "je pense que the train is late",
        "c'est très bien, merci!",
        "queue at the elevator, el capitan",  # "que" and "el" inside words: no start
        "",
        "eu te amo muito, você é linda",
        "de-icing the car ve sen ben",
        "l'été est là\nmais pas pour moi",
    ]
    joined = "\n".join(lines).lower()
    pos, ids = langdetect._foreign_scan().find(joined)
    assert pos.tolist() == _regex_starts(joined)
    keys = langdetect._foreign_scan().keys()
    found = [keys[i] for i in ids.tolist()]
    assert found[:4] == ["ich", "bin", "und", "du"]
    # "que" of "queue" is inside a word: only the "que" of "je pense que" and the "el" of
    # "el capitan" count
    assert found.count("que") == 1 and found.count("el") == 1 and "c'est" in found


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join)
        | st.text(alphabet="abeu'tİıçé .-\n", max_size=14),
        max_size=10,
    )
)
def test_foreign_scan_finds_the_regex_starts(texts: list[str]) -> None:
    joined = "\n".join(texts).lower()
    pos, _ = langdetect._foreign_scan().find(joined)
    assert np.asarray(pos).tolist() == _regex_starts(joined)
