"""h-safety26's two misreadings, with paired en/zh twins: the writer's own anger is no fear
of the partner (a model reading of fear dropped by the parts file's ``model_not_fear``), and
a love test whose price is cutting contact with someone is isolation ("if you still love
me, tell me" is not)."""

from __future__ import annotations

import math

import pytest

from unmask.signals import score_texts
from unmask.signals.lexicon import LexiconError, read_yaml
from unmask.signals.safety_model import not_fear
from unmask.signals.safety_parts import FILE, parse
from unmask.signals.types import SAFETY_SIGNALS

LANGS = ("en", "zh")


def _safety(texts: list[str], model: bool = True) -> list[set[str]]:
    scores = score_texts(texts, model=model).scores
    out: list[set[str]] = []
    for i in range(len(texts)):
        got = set()
        for name in SAFETY_SIGNALS:
            v = float(scores[name][i])
            if not math.isnan(v) and v >= 0.5:
                got.add(name)
        out.append(got)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_the_anger_gate_drops_its_examples_and_keeps_its_other_lines(lang: str) -> None:
    pf = parse(lang, read_yaml(lang, FILE))
    assert pf.not_fear is not None
    for text in pf.not_fear.examples:
        assert not_fear(text, lang), text
    for text in pf.not_fear.kept:
        assert not not_fear(text, lang), text
    for form in (*pf.not_fear.anger, *pf.not_fear.fear):
        assert form.example


ANGER = [
    ("i'm so angry i can't even look at you", "我真的很生气，现在都不想看你一眼"),
    ("I'm so mad at you right now I can't even look at you", "气死我了，你别跟我说话"),
]
ANGER_AND_HARM = [
    ("i'm so angry you pushed me, i can't even look at you", "我气得发抖，你昨天推我那一下我还疼"),
]


@pytest.mark.parametrize(("en", "zh"), ANGER)
def test_the_writers_own_anger_reads_no_fear(en: str, zh: str) -> None:
    for got in _safety([en, zh]):
        assert "safety.fear" not in got


@pytest.mark.parametrize(("en", "zh"), ANGER_AND_HARM)
def test_anger_beside_harm_done_still_reads_fear(en: str, zh: str) -> None:
    for got in _safety([en, zh]):
        assert "safety.fear" in got


LOVE_TEST = [
    ("if you still love me you'd delete his number", "你要是还爱我就把他微信删了"),
    ("if you really loved me you would block him", "如果你爱我就别再跟前任联系"),
]
LOVE_NOT_CONTROL = [
    ("if you still love me, tell me", "你要是还爱我，就告诉我"),
    (
        "if you love me you'll call your mum back, she's worried about you",
        "要是你还爱我，就给我打个电话",
    ),
    ("if you still love me, delete that awful selfie of me lol", "你要是爱我就把那张丑照删了哈哈"),
    (
        "he said if I loved him I'd delete my ex's number, is that normal?",
        "他说要是我爱他就把前任微信删了，这正常吗",
    ),
    ("I get a bit jealous when you're out late, but I trust you", "到家了告诉我一声"),
    ("text me when you get home safe", "我有点吃醋，不过我相信你，玩得开心"),
]


@pytest.mark.parametrize(("en", "zh"), LOVE_TEST)
def test_a_love_test_that_cuts_contact_is_isolation(en: str, zh: str) -> None:
    for got in _safety([en, zh], model=False):
        assert "safety.isolation" in got


@pytest.mark.parametrize(("en", "zh"), LOVE_NOT_CONTROL)
def test_love_asked_about_care_and_a_victims_report_are_no_control(en: str, zh: str) -> None:
    for got in _safety([en, zh]):
        assert got == set()


def test_a_gate_needs_both_lists() -> None:
    data = read_yaml("en", FILE)
    data = {**data, "model_not_fear": {"anger": data["model_not_fear"]["anger"]}}
    with pytest.raises(LexiconError):
        parse("en", data)
