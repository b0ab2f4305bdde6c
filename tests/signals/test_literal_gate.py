"""A regex behind the strings every match holds (:mod:`unmask.signals.literal_gate`,
h-speed63): ``Gate(...).search(text)`` is ``pattern.search(text)`` for any text, and the
couple model's reproach guards read through it."""

from __future__ import annotations

import random
import re
import sys

import pytest

from unmask.signals import couple_guards, couple_model
from unmask.signals.literal_gate import FOLDS_TO_ASCII, Gate, gate_need


def _same(gate: Gate, text: str) -> None:
    want = gate.pattern.search(text)
    got = gate.search(text)
    if want is None:
        assert got is None, text
    else:
        assert got is not None, text
        assert (got.span(), got.groups()) == (want.span(), want.groups()), text


def test_the_characters_that_fold_to_ascii_are_those_re_folds() -> None:
    every = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folding = re.findall(r"[\x00-\x7f]", every, re.IGNORECASE)
    assert "".join(folding) == FOLDS_TO_ASCII


@pytest.mark.parametrize(
    ("source", "flags", "need"),
    [
        (
            r"\byou (?:always|never) forget\b",
            re.IGNORECASE,
            ("any", ("you always forget", "you never forget")),
        ),
        (r"(?<![^\n])thanks a lot", re.IGNORECASE, ("any", ("\nthanks a lot",))),
        (r"你(?:又|总是)", 0, ("any", ("你又", "你总是"))),
        (r"Why\s+CAN'?T", re.IGNORECASE, ("all", (("any", ("why",)), ("any", ("can't", "cant"))))),
        (r"[a-z]+ again", 0, ("any", (" again",))),
        (
            r"thanks\s+a\s+lot|as\s+usual",
            re.IGNORECASE,
            (
                "one",
                (
                    ("all", (("any", ("thanks",)), ("any", ("lot",)))),
                    ("all", (("any", ("as",)), ("any", ("usual",)))),
                ),
            ),
        ),
        (r"(?:oh\s+)?great|\w+", 0, None),  # an alternative that needs nothing
    ],
)
def test_gate_need(source: str, flags: int, need: object) -> None:
    assert gate_need(re.compile(source, flags)) == need


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\d+", 0),  # a class only: no strings
        (r"(?i:you) again", 0),  # a scoped flag: not read
        (r"you \w+ again", re.VERBOSE),  # spaces not literal
        (r"ça va", re.IGNORECASE),  # a string beyond ASCII, ignoring case
        (r"(\w)\1", 0),  # a back-reference
        (r"\s+", 0),  # strings in most lines: not worth a look
    ],
)
def test_no_gate_where_the_strings_cannot_be_trusted(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    gate = Gate(pattern, gate_need(pattern))
    assert gate.literals == ()
    for text in ("", "you said it again", "ça va", "Ça VA", "aa 12"):
        assert gate.may_match(text)
        _same(gate, text)


def test_ignoring_case_a_text_with_a_folding_character_is_searched() -> None:
    pattern = re.compile(r"\bkeep\b|\bsilly\b|\bit is\b", re.IGNORECASE)
    gate = Gate(pattern, gate_need(pattern))
    assert gate.literals
    # Kelvin sign, long s, dotted and dotless I: re matches them to k, s, i ignoring case
    for text in ("\u212aEEP", "\u017fILLY", "\u0130T IS", "\u0131t is", "KEEP", "Silly!"):
        assert pattern.search(text), text
        _same(gate, text)
    assert not gate.may_match("nothing here \U0001f600")


def test_random_texts_against_the_regex() -> None:
    pattern = re.compile(
        r"^(?![\s\S]*\blove\s+(?:you|u)\b)(?:[\s\S]*?\b(?:you\s+(?:always|never)|as\s+usual)"
        r"|[\s\S]*?(?<![^\n])oh\s+great)",
        re.IGNORECASE,
    )
    gate = Gate(pattern, gate_need(pattern))
    assert gate.literals
    pieces = [
        "you", "YOU", "always", "Never", "as", "usual", "love", "u", "oh", "great", " ", "  ",
        "\n", ",", "\u212a", "\u0131", "\u017f", "I", "é", "😏", "alw", "ays", "nev er",
    ]  # fmt: skip
    rng = random.Random(63)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        _same(gate, text)


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        (lang, name)
        for lang in couple_guards.langs("reproach")
        for name in couple_guards.TEMPLATES["reproach"][lang]
    ],
)
def test_the_reproach_gates_answer_as_their_regexes_on_every_example_and_twin(
    lang: str, name: str
) -> None:
    gate = couple_guards.gate("reproach", lang, name)
    assert gate.pattern is couple_guards.patterns("reproach", lang)[name]
    assert gate is couple_guards.gate("reproach", lang, name)  # built once
    assert gate.need == gate_need(gate.pattern)  # as stored, as derived
    lines: list[str] = []
    for guard in couple_guards.GUARDS:
        for lang_ in couple_guards.langs(guard):
            for part in couple_guards.parts(guard, lang_).values():
                for entry in part.entries:
                    lines += [entry.example, entry.must_not_fire]
    hits = 0
    for line in lines:
        for text in (line, line.upper(), line.replace("'", "\u2019"), "\n" + line + "!"):
            _same(gate, text)
            hits += gate.pattern.search(text) is not None
    assert hits  # the guard's own examples are read through the gate


def test_the_reproach_guards_read_through_their_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    search = Gate.search

    def spy(self: Gate, text: str) -> re.Match[str] | None:
        seen.append(text)
        return search(self, text)

    monkeypatch.setattr(Gate, "search", spy)
    assert couple_model.reproach("you always forget, as usual", "en") in (True, False)
    assert couple_model.sharp_reproach("你又迟到了", "zh") in (True, False)
    assert couple_model.jab("你又迟到了", "zh") in (True, False)
    assert len(seen) == 3


def test_a_gate_missing_from_the_stored_strings_is_derived_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    couple_guards.gate.cache_clear()
    try:
        monkeypatch.setattr(couple_guards, "_stored_gate_strings", lambda guard: {})
        gate = couple_guards.gate("reproach", "zh", "sharp")
        assert gate.literals and gate.need == gate_need(gate.pattern)
    finally:
        couple_guards.gate.cache_clear()
