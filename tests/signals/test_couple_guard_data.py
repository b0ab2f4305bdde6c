"""The couple model's text guards' language data (h-guardyaml):
lang/<lang>/guards/restatement_check.yaml, clerk_greeting.yaml and agreement_tag.yaml, and
lang/<lang>/guards/reproach.yaml (Chinese since h-couplemodel12, English since h-couplemodel13).

Every entry carries a line the guard holds on (for ``question`` and ``endearment``, a line
the entry holds the guard back on) and a twin without it; the guard
(:func:`unmask.signals.couple_model.restatement_check`,
:func:`unmask.signals.couple_model.clerk_greeting`) is read as a whole on both, so an entry
that stops matching, or a twin that another entry still catches, fails.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from unmask.signals import couple_guards, couple_model
from unmask.signals.lexicon import LexiconError

GUARD: dict[str, Callable[[str, str], bool]] = {
    "restatement_check": couple_model.restatement_check,
    "clerk_greeting": couple_model.clerk_greeting,
    "agreement_tag": couple_model.agreement_tag,
    "reproach": couple_model.reproach,
}

CASES = [
    (guard, lang, name, index)
    for guard in couple_guards.GUARDS
    for lang in couple_guards.langs(guard)
    for name, part in couple_guards.parts(guard, lang).items()
    for index in range(len(part.entries))
]


@pytest.mark.parametrize(("guard", "lang", "name", "index"), CASES)
def test_each_entry_matches_its_example_and_the_guard_turns_on_it(
    guard: str, lang: str, name: str, index: int
) -> None:
    part = couple_guards.parts(guard, lang)[name]
    entry = part.entries[index]
    assert part.entry_pattern(entry).search(entry.example), entry.example
    holds = name not in couple_guards.HOLD_BACK
    assert GUARD[guard](entry.example, lang) is holds, entry.example
    assert GUARD[guard](entry.must_not_fire, lang) is not holds, entry.must_not_fire


@pytest.mark.parametrize(
    ("guard", "lang"),
    [(guard, lang) for guard in couple_guards.GUARDS for lang in couple_guards.langs(guard)],
)
def test_every_file_has_the_parts_its_templates_name(guard: str, lang: str) -> None:
    found = couple_guards.parts(guard, lang)
    assert found and all(part.entries for part in found.values())
    for template in couple_guards.TEMPLATES[guard][lang].values():
        assert template.format(**{name: "x" for name in found})
    compiled = couple_guards.patterns(guard, lang)
    assert set(compiled) == set(couple_guards.TEMPLATES[guard][lang])
    assert compiled is couple_guards.patterns(guard, lang)  # compiled once


@pytest.mark.parametrize(
    ("text", "lang", "restatement", "clerk"),
    [
        ("It sounds like you are feeling lonely. Is that right?", "en", True, False),
        ("So, you feel that your family is judging you?", "en", True, False),
        ("It sounds like you\u2019re stressed, what happened?", "en", False, False),
        ("So how are you feeling?", "en", False, False),
        ("HEY HO!", "en", False, True),
        ("good afternoon, how can I help you?", "en", False, True),
        ("hey babe!! \U0001f618", "en", False, False),
        ("how can I help you, babe?", "en", False, False),
        ("听起来你挺委屈的，是吗", "zh", True, False),
        ("下午好", "zh", False, True),
        ("您好，有什么可以帮您", "zh", False, True),
        ("宝贝有什么我能帮你的吗", "zh", False, False),
    ],
)
def test_the_guards_read_the_lines_their_docs_name(
    text: str, lang: str, restatement: bool, clerk: bool
) -> None:
    assert couple_model.restatement_check(text, lang) is restatement
    assert couple_model.clerk_greeting(text, lang) is clerk


def test_a_file_missing_a_part_or_with_an_extra_one_is_named() -> None:
    good = {
        "version": "1",
        "greeting": {
            "before": "",
            "after": "",
            "entries": [{"regex": "hi", "example": "hi", "must_not_fire": "yo"}],
        },
    }
    with pytest.raises(LexiconError, match=r"lang/en/guards/clerk_greeting\.yaml: expected"):
        couple_guards.read_parts("clerk_greeting", "en", good)
    extra = {**good, "farewell": good["greeting"]}
    with pytest.raises(LexiconError, match="expected the keys"):
        couple_guards.read_parts("clerk_greeting", "zh", extra)


def test_a_malformed_part_names_the_file_and_the_part() -> None:
    fine = {
        "before": "",
        "after": "",
        "entries": [{"regex": "x", "example": "x", "must_not_fire": "y"}],
    }
    names = couple_guards.parts("restatement_check", "en")

    def with_part(name: str, raw: object) -> dict[str, object]:
        return {"version": "1", **{n: fine for n in names}, name: raw}

    def read(name: str, raw: object) -> None:
        couple_guards.read_parts("restatement_check", "en", with_part(name, raw))

    bad = {"before": "", "after": "", "entries": [{"regex": "x", "example": "x"}]}
    with pytest.raises(LexiconError, match=r"restatement_check\.yaml, part tag, entry 0"):
        read("tag", bad)
    with pytest.raises(LexiconError, match=r"part opener: expected a mapping"):
        read("opener", {"entries": []})
    broken = {
        "before": "",
        "after": "",
        "entries": [{"regex": "(", "example": "a", "must_not_fire": "b"}],
    }
    with pytest.raises(LexiconError, match=r"does not compile"):
        read("filler", broken)


@pytest.mark.parametrize(
    ("text", "lang", "tag"),
    [
        ("you might feel different about him aswell. Dont you think?", "en", True),
        ("we should just get the blue sofa, wouldn\u2019t you say?", "en", True),
        ("Dont you think you deserve better than this?", "en", False),
        ("What do you think?", "en", False),
        ("他过阵子可能就想通了，你不觉得吗？", "zh", True),
        ("你不觉得你值得更好的吗？", "zh", False),
        ("你觉得呢？", "zh", False),
    ],
)
def test_an_agreement_tag_closes_the_line(text: str, lang: str, tag: bool) -> None:
    """A tag asking the other to agree holds the model's inner_question back only where it
    closes the line: a question that opens with the same words asks about the other."""
    assert couple_model.agreement_tag(text, lang) is tag
    assert couple_model.TEXT_GUARD["inner_question"](text, lang) is tag


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("你又把袜子扔沙发上了，我真是烦死了", True),
        ("碗泡三天了还在池子里，真服了你", True),
        ("你总是这样，我好累", True),
        ("我又加班到十点，好累", False),
        ("今天好开心，终于考完了", False),
    ],
)
def test_a_chinese_reproach_is_addressed_to_the_other(text: str, shape: bool) -> None:
    """The reproach shape (h-couplemodel12): a jab at the other, not a post about one's own
    feeling."""
    assert couple_model.reproach(text, "zh") is shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("I feel like you never listen, as usual", True),
        ("great, just great, you forgot the tickets. i\u2019m so upset", True),
        ("oh amazing, you slept straight through her crying again. i'm thrilled", True),
        ("seriously? you told your mum before me. i feel so hurt", True),
        ("why can't you ever just put your plate in the dishwasher", True),
        # the writer's own day, and "you always / never" said fondly
        ("i feel so drained after that shift, the whole ward was chaos", False),
        ("i never sleep before a big shift, i'm so anxious", False),
        ("you always make me feel safe, love you", False),
        ("oh amazing, i got the flat!! so happy", False),
        ("how are you feeling after the scan?", False),
    ],
)
def test_an_english_reproach_or_sarcasm_is_addressed_to_the_other(text: str, shape: bool) -> None:
    """The English shape (h-couplemodel13): a reproach or sarcasm at the other, held back by
    a partner's warmth in the line; a line about the writer's own feeling has none."""
    assert couple_model.reproach(text, "en") is shape
    assert couple_guards.langs("reproach") == ("en", "zh")
