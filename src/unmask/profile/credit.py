"""Which messages earn depth credit: formulas and requests do not.

The depth axis counts what is shared. Two kinds of message carry a depth or bid signal
without sharing anything, and are common in everyday and service talk:

* **Formulaic thanks**: "Thanks so much for your help!", "I appreciate your help today.",
  "谢谢你的帮助" - gratitude that closes an errand, not appreciation of the person. A
  gratitude message earns no depth credit (every depth flag on it is cleared, so a model
  that reads "thank you so much" as emotional disclosure gives it none either) when it
  has no warm signal (:data:`WARM_SIGNALS`) and it belongs to, or answers, a turn about
  logistics, money or duty (thanks for a booking, a payment, a chore), or it is short
  (at most :data:`FORMULA_MAX_WORDS` words, :data:`FORMULA_MAX_HAN` Han characters) and
  answers a turn that shared nothing (no depth signal): "Thank you, goodbye." after a
  booking confirmation. A thanks that opens a conversation ("thank you for yesterday")
  or answers what the other shared keeps its credit. A short reply to
  such a formula ("You're welcome, have a great day!") is part of it and earns none
  either.
* **Requests**: a turn that asks for information or a service ("What time does the train
  leave?", "Can you book a table?", "这家酒店有停车场吗？") is not a bid for connection: a
  bid turn that carries logistics, money or duty and no depth signal is not counted as a
  bid (:func:`unmask.dyad.bids.requests`), so an answered information question is
  never a bid "turned toward".

Both rules are documented in docs/profile.md ("Which messages earn depth credit").
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.arrownp import array_of, numpy_of, scalar
from unmask.dyad.columns import DEPTH_SIGNALS, DyadColumns, Runs

#: a gratitude-only message this short is a formula ("thanks for your help!")
FORMULA_MAX_WORDS = 8
FORMULA_MAX_HAN = 8
#: depth signals that keep a thanks from being a formula ("thank you, love you")
WARM_SIGNALS: tuple[str, ...] = ("affection", "future", "we_talk", "disclosure.vulnerable")
#: signals of a turn about the running of things (as in the answer classification)
SURFACE_TURN_SIGNALS: tuple[str, ...] = ("logistics", "transactional", "duty")


def _short(texts: pa.Array | pa.ChunkedArray) -> np.ndarray:
    trimmed = pc.utf8_trim_whitespace(pc.fill_null(texts, scalar("", texts.type)))
    words = np.asarray(
        numpy_of(pc.count_substring_regex(trimmed, r"[A-Za-z]+(?:'[A-Za-z]+)?")), dtype=np.int64
    )
    han = np.asarray(numpy_of(pc.count_substring_regex(trimmed, "[\u3400-\u9fff]")), dtype=np.int64)
    return np.where(han > 0, han <= FORMULA_MAX_HAN, words <= FORMULA_MAX_WORDS)


def formulaic_thanks(table: pa.Table, cols: DyadColumns, runs: Runs) -> np.ndarray:
    """Per dyad message: gratitude that is a formula (see module docstring)."""
    n = len(cols)
    gratitude = cols.flags.get("gratitude")
    if gratitude is None or n == 0 or not gratitude.any():
        return np.zeros(n, dtype=bool)
    candidates = np.flatnonzero(gratitude & ~cols.any_of(WARM_SIGNALS))
    if len(candidates) == 0:
        return np.zeros(n, dtype=bool)
    texts = pc.take(table.column("text"), array_of(cols.row[candidates]))
    short = _short(texts)
    # the run of each message, and whether it or the run it answers is about surface matters
    run_of = np.repeat(np.arange(len(runs)), runs.stop - runs.start)
    surface_run = runs.any_of(SURFACE_TURN_SIGNALS)
    answers_surface = np.zeros(len(runs), dtype=bool)
    if len(runs) > 1:
        answers_surface[1:] = runs.answered()[:-1] & surface_run[:-1]
    # ... or whether it answers a turn that shared nothing (no depth signal)
    answers_plain = np.zeros(len(runs), dtype=bool)
    if len(runs) > 1:
        answers_plain[1:] = runs.answered()[:-1] & ~runs.any_of(DEPTH_SIGNALS)[:-1]
    r = run_of[candidates]
    context = surface_run[r] | answers_surface[r] | (short & answers_plain[r])
    out = np.zeros(n, dtype=bool)
    out[candidates] = context
    # a short answer to a thanks formula ("You're welcome, have a great day!") is part of it
    thanked = np.zeros(len(runs), dtype=bool)
    np.logical_or.at(thanked, run_of[out], True)
    after = np.zeros(len(runs), dtype=bool)
    if len(runs) > 1:
        after[1:] = thanked[:-1] & runs.answered()[:-1]
    replies = np.flatnonzero(after[run_of] & ~cols.any_of(WARM_SIGNALS) & cols.is_text)
    if len(replies):
        texts = pc.take(table.column("text"), array_of(cols.row[replies]))
        out[replies[_short(texts)]] = True
    return out


def without_formulas(table: pa.Table, cols: DyadColumns, runs: Runs) -> DyadColumns:
    """``cols`` with every depth signal cleared on formulaic thanks (and short replies to
    them): such a message earns no depth credit and is never quoted as depth."""
    formula = formulaic_thanks(table, cols, runs)
    if not formula.any():
        return cols
    flags = dict(cols.flags)
    for name in DEPTH_SIGNALS:
        if name in flags:
            flags[name] = flags[name] & ~formula
    return dataclasses.replace(cols, flags=flags)
