"""A squeezed key scan (:func:`keyscan.build`'s ``squeeze``): each run of characters that
none of its strings holds is read as one stand-in, and it finds the same hits, at the same
places, as the scan of the whole text (speed only; h-speed52)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from scan_builds import chat_text, recorded_builds

from unmask.signals import matcher
from unmask.signals.keyscan import build as build_key_scan
from unmask.signals.lexicon import COMMON


def _same(got: Sequence[np.ndarray], want: Sequence[np.ndarray]) -> None:
    assert [a.tolist() for a in got] == [a.tolist() for a in want]


def _built(monkeypatch: pytest.MonkeyPatch, lang: str) -> list[dict[str, Any]]:
    """The arguments ``build_language(lang)`` hands the key scan's builder."""
    calls = recorded_builds(monkeypatch)
    matcher.build_language(lang)
    return calls


@pytest.mark.parametrize("lang", ["zh", COMMON])
def test_the_squeezed_language_scans_find_what_the_whole_text_scan_finds(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    (args,) = _built(monkeypatch, lang)
    assert args["squeeze"]
    squeezed = build_key_scan(**args)
    whole = build_key_scan(**{**args, "squeeze": False})
    assert squeezed.keys() == whole.keys()
    assert np.array_equal(squeezed.codes[: len(whole.codes)], whole.codes)
    # both languages' chats: the Chinese scan reads English lines and the emoticons every line
    text = chat_text("close_zh", "drifting_zh", "close_en", "drifting_en") + " 😭😭 <3 qaq t_t"
    got = squeezed.find_all(text) if squeezed.extra else squeezed.find(text)
    want = whole.find_all(text) if whole.extra else whole.find(text)
    assert len(got[0]) > 50
    _same(got, want)
    # the squeeze reads fewer characters than the text holds (the emoticons' far fewer)
    assert len(squeezed._squeezed(text)[0]) < (1 if lang == "zh" else 0.5) * len(text)


def test_english_is_not_squeezed(monkeypatch: pytest.MonkeyPatch) -> None:
    (args,) = _built(monkeypatch, "en")
    assert not args["squeeze"]
    assert len(build_key_scan(**args).alphabet) == 0


@pytest.mark.parametrize("bounded", [False, True])
def test_runs_outside_the_alphabet_and_the_stand_ins_own_characters(bounded: bool) -> None:
    keys = ["ab", "b", "好累", "累了", "💔", "a"]
    extra = ["\nq", "b好", "zz"]
    squeezed = build_key_scan(keys, bounded, extra, squeeze=True)
    whole = build_key_scan(keys, bounded, extra)
    stand_in = chr(squeezed.stand_in)
    assert stand_in not in "".join(keys + extra)
    assert squeezed.keys() == whole.keys() == tuple(keys)
    texts = [
        "ab b 好累了 💔💔 q zz",
        "xxab..b好累了累了 💔",  # runs outside the alphabet in front, between, after
        "a" + stand_in + "b" + chr(squeezed.stand_in + 1) + "ab",  # the stand-ins in the text
        stand_in * 3 + "好" + stand_in + "累",
        "q\nq\n\nzzz",
        "😀😀ab😀",  # characters outside the Basic Multilingual Plane
        "xyz",  # no hit
        "b",
    ]
    for text in texts:
        _same(squeezed.find_all(text), whole.find_all(text))
        assert squeezed._hits(text).tolist() == whole._hits(text).tolist()
    assert squeezed.find_all("")[0].tolist() == []
    # a word-bounded scan drops "b" inside "ab" and the Chinese keys between word characters
    assert len(squeezed.find_all("ab b 好累了 💔💔 q zz")[0]) == (4 if bounded else 7)
