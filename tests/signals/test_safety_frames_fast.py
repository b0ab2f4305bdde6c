"""The frames regex built to fail fast (h-speed36) finds exactly what the plain one does.

``safety_parts._alt`` puts a first-character test before each alternation, shares one
``\\b`` among a run of forms that open with it, and ``frames_regex`` reads both orders in
one scan: every span must stay the same, on the file's own lines, their traditional
spellings and couple-talk lines, as the engine reads them (folded, ``zh_regex``,
MULTILINE).
"""

from __future__ import annotations

import re
from functools import cache

import pytest

from unmask.signals import safety_parts as sp
from unmask.signals.lexicon import read_yaml
from unmask.signals.normalize import fold, lower_same_length
from unmask.signals.variants import _s2t, zh_regex

LANGS = ("en", "zh")

COUPLE = (
    # control that must still read, and its kind twins
    "from now on your phone stays on the table at dinner",
    "Unfriend every guy from your old job. I mean it",
    "you're not allowed to see your friends without asking me",
    "i'll check your messages tonight, leave it unlocked",
    "text me when you get home safe, love you",
    "your friends are so funny, I had a great time",
    "if you want, quit that job, we'll manage together",
    "he said I'm not allowed to see my friends anymore",
    "以后不许跟同学吃饭",
    "把手机交给我，我要检查聊天记录",
    "你要是想去就去吧，朋友聚会开心点",
    "他不让我见朋友，我好难过",
    "以後不許跟同學吃飯。把手機交給我！",
)


def _plain_alt(forms: tuple[sp.Form, ...], drop: frozenset[str]) -> str:
    kept = [f.regex for f in forms if not (f.rounds and set(f.rounds) <= drop)]
    return "(?:" + "|".join(f"(?:{r})" for r in kept) + ")" if kept else "(?!)"


def _plain_frames_regex(fr: sp.Frames, signal: str, span: int) -> str:
    """The frames regex as h-safety24 built it (the reference)."""
    c = f"[^{sp._SENTENCE_END}]"
    many = f"{{0,{span}}}?"
    start = f"(?:^|(?<=[{sp._SENTENCE_END}]))"
    d: frozenset[str] = frozenset()
    frame, domain = _plain_alt(fr.frame, d), _plain_alt(fr.domain[signal], d)
    free = f"(?:(?!{_plain_alt(fr.third, d)}){c})"
    w = fr.window
    return (
        start
        + f"(?={c}{many}{domain})"
        + f"(?!{c}{many}{_plain_alt(fr.not_with, d)})"
        + f"(?=[ \\t]*{_plain_alt(fr.opens, d)}|{c}{many}{_plain_alt(fr.aimed, d)})"
        + f"(?!{c}{many}[?？])"
        + f"(?=(?:{free}{many}{frame}{c}{{0,{w}}}?{domain}"
        + f"|{free}{many}{domain}{free}{{0,{w}}}?{frame}))"
        + f"{c}{many}{domain}"
    )


@cache
def _file(lang: str) -> sp.PartsFile:
    return sp.parse(lang, read_yaml(lang, sp.FILE))


def _compile(lang: str, regex: str) -> re.Pattern[str]:
    return re.compile(zh_regex(regex) if lang == "zh" else regex, re.MULTILINE)


def _traditional(text: str) -> str:
    table = _s2t()
    return "".join(table.get(ch, (ch,))[0] for ch in text)


def _lines(lang: str) -> list[str]:
    pf = _file(lang)
    assert pf.frames is not None
    fr = pf.frames
    forms = [*fr.frame, *fr.aimed, *fr.opens, *fr.not_with, *fr.third]
    forms += [f for v in fr.domain.values() for f in v]
    lines = [f.example for f in forms] + [r.example for r in pf.rules]
    lines += [m for v in pf.must_not_fire.values() for m in v] + list(COUPLE)
    lines += [_traditional(x) for x in lines]
    lines += [a + " " + b for a, b in zip(lines, lines[1:], strict=False)]
    return [fold(lower_same_length(x)).text for x in lines]


@pytest.mark.parametrize("lang", LANGS)
def test_frames_regex_finds_what_the_plain_one_finds(lang: str) -> None:
    pf = _file(lang)
    assert pf.frames is not None
    text = "\n".join(_lines(lang))
    fired = 0
    for signal in pf.frames.domain:
        fast = _compile(lang, sp.frames_regex(pf.frames, signal, span=pf.max_chars))
        plain = _compile(lang, _plain_frames_regex(pf.frames, signal, pf.max_chars))
        got = [m.span() for m in fast.finditer(text)]
        assert got == [m.span() for m in plain.finditer(text)]
        fired += len(got)
    assert fired > 10  # the lines do read control: the comparison is not of two empties


@pytest.mark.parametrize(
    ("regex", "opens"),
    [
        (r"\bor else\b|\bor (?:i|we) will\b", True),  # every branch opens with \b
        (r"(?:\byou|\bu) come to me\b", True),
        (r"\bno more\b|not anymore", False),  # one branch does not
        (r"(?:^|(?<=[.!?] ))quit\b", False),  # lookbehinds, not \b
        ("不许|不准", False),
    ],
)
def test_opens_at_boundary(regex: str, opens: bool) -> None:
    assert sp._opens_at_boundary(regex) is opens
