"""Comfort words that are no comfort (h-falsecomfort; docs/validity.md "Control, sarcasm and
brush-offs read as comfort (h-falsecomfort)", docs/signals.md ``support.emotional`` version
45).

The report must never read control as care nor praise compliance with it. A message read as
``support.emotional`` ("i'm here for you", "poor thing", "you'll be fine", 有我在, 会好的)
loses that reading, score and evidence, when the same message also orders, restricts or
watches the reader (the ``control`` part of ``lang/<lang>/guards/false_comfort.yaml``:
"..., which is why you won't be seeing him again", 不许你再联系她), mocks the reader (its
``mock`` part: "poor baby, having to lift a finger for once", 哟，可真是辛苦你了呢) or sends
the reader away after the comfort word (its ``brush_off`` part: "you're strong, figure it
out yourself", 别烦我). The ``returned`` part (h-esconv) is the whole message: the other's
wish handed back at a goodbye with farewell words only ("You as well!", "Goodnight to you as
well!", 你也是！晚安), a pleasantry, no comfort of the writer's own. Real comfort with a
practical word ("make sure you eat something", 记得吃点东西) has none of these and keeps its
reading.

It runs after the model layers (both languages, lexicon and model readings alike) and the
couple layer, before the control gate (:func:`unmask.signals.scorer._score_one_batch`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

from unmask.signals.guard_data import Part, drop, named_parts
from unmask.signals.langdetect import LANG_EN, LANG_ZH
from unmask.signals.types import MESSAGE_SIGNALS, PRESENT, Evidence

SIGNAL = "support.emotional"
GUARD_FILE = "guards/false_comfort.yaml"
LANGS = (LANG_EN, LANG_ZH)
PART_NAMES = ("control", "mock", "brush_off", "returned")

_COL = MESSAGE_SIGNALS.index(SIGNAL)


@functools.cache
def parts(lang: str) -> dict[str, Part] | None:
    """The ``control``, ``mock`` and ``brush_off`` parts of ``lang``'s guard file (None for a
    language without it), read once."""
    return named_parts(lang, GUARD_FILE, PART_NAMES, LANGS)


def false_comfort(text: str, lang: str) -> str | None:
    """The name of the first part of ``lang``'s guard file that ``text`` holds (control,
    mockery or a brush-off beside the comfort word), or None."""
    found = parts(lang)
    if found is None:
        return None
    low = text.lower().replace("\u2019", "'")
    for name, part in found.items():
        if part.pattern.search(low):
            return name
    return None


def apply(
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
) -> None:
    """Drop ``support.emotional`` (score and evidence) of the messages among ``texts`` that
    read as it and hold control, mockery or a brush-off (:func:`false_comfort`);
    ``scores``: messages x signals, in place."""
    rows = [
        i
        for i in np.flatnonzero(scores[:, _COL] >= PRESENT).tolist()
        if false_comfort(texts[i], langs[i]) is not None
    ]
    drop(scores, evidence, SIGNAL, _COL, rows)


__all__ = ["GUARD_FILE", "LANGS", "PART_NAMES", "SIGNAL", "apply", "false_comfort", "parts"]
