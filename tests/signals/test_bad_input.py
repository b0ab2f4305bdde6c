"""Hostile and odd input is scored without error, and language detection on edge cases."""

from __future__ import annotations

import pytest

from unmask.signals import MESSAGE_SIGNALS, score_text, score_texts
from unmask.signals.langdetect import detect, detect_many
from unmask.signals.lexicon import LexiconError, parse_file

BAD = [
    "",
    "😭😭😭❤️",
    "sad " * 25_000,  # 100 kB
    "ok\x00\x07\x1b[31m not ok",
    "lone \ud800 surrogate, I'm scared",
    "\u202eI love you\u202c مرحبا حبيبي",
    "İSTANBUL is so sad",
    "\n\n\n",
]


@pytest.mark.parametrize("text", BAD)
def test_scored_without_error(text: str) -> None:
    result = score_text(text, model=False)
    for name in MESSAGE_SIGNALS:
        value = result.scores[name]
        assert value is not None and 0.0 <= value <= 1.0
    for items in result.evidence.values():
        for ev in items:
            assert text[ev.start : ev.end] == ev.match


def test_batch_with_bad_rows_keeps_alignment() -> None:
    result = score_texts([*BAD, "I love you"], model=False)
    assert len(result) == len(BAD) + 1
    assert result.scores["affection"][-1] >= 0.5


def test_language_detection() -> None:
    assert detect_many(
        ["I miss you", "我想你", "我們", "te quiero mucho, eres mi vida", "愛してる", "❤️", ""]
    ) == ["en", "zh", "zh", "other", "other", "other", "other"]
    assert detect("ok 好的好的") == "zh"


def test_a_borrowed_kana_leaves_chinese_chinese() -> None:
    """Weibo and shop signs borrow the possessive "の" into Chinese; Japanese writes kana
    beside its kanji all the time (an eighth of the Han characters or more)."""
    assert detect_many(
        [
            "晚上背の我的内心几乎是崩溃的",
            "我们去吃拉面吧，店名叫一蘭の拉面馆",
            "今日はとても楽しかったです",
            "日本の桜、本当にきれいですね",
            "東京の会社",
            "사랑해 我爱你",
            "我の",
        ]
    ) == ["zh", "zh", "other", "other", "other", "other", "other"]


def test_malformed_lexicon_names_file_and_entry() -> None:
    data = {
        "signal": "appeasement",
        "version": "1",
        "entries": [{"phrase": "ok", "weight": 2, "example": "ok"}],
    }
    with pytest.raises(LexiconError, match=r"lang/en/x\.yaml, entry 0.*weight"):
        parse_file("en", "x.yaml", data)
    with pytest.raises(LexiconError, match="registered"):
        parse_file("en", "x.yaml", {"signal": "nope", "version": "1", "entries": []})
