"""Scale scores: reverse keys, mean or sum, and the minimum-answered rule.

A scale score exists only when at least ``min_answered`` of its items were
answered (a share, e.g. 0.75). Below that the score is ``None`` - a missing
value, never a guess. For ``sum`` scoring with some items skipped the sum is
prorated (mean of the answered items times the number of items), so scores
stay comparable between people who skipped and people who did not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from unmask.assess.instrument import Instrument, Scale

_EPS = 1e-9


@dataclass(frozen=True)
class ScaleScore:
    """One person's score on one scale, with how many items it rests on."""

    scale_id: str
    score: float | None
    n_answered: int
    n_items: int


def keyed_value(instrument: Instrument, scale: Scale, item_id: str, value: int) -> int:
    """The value as scored: reverse-keyed items are flipped (low + high - value)."""
    if item_id in scale.reverse:
        return instrument.response_scale.reverse(value)
    return value


def score_scale(
    instrument: Instrument,
    scale: Scale,
    answers: Mapping[str, int | None],
    items: Iterable[str] | None = None,
) -> ScaleScore:
    """Score ``scale`` from ``answers``; ``items`` restricts it to a subset (predictions)."""
    use = tuple(items) if items is not None else scale.items
    values = [
        keyed_value(instrument, scale, item_id, answer)
        for item_id in use
        if (answer := answers.get(item_id)) is not None
    ]
    n_items = len(use)
    if n_items == 0 or len(values) < scale.min_answered * n_items - _EPS:
        return ScaleScore(scale.id, None, len(values), n_items)
    mean = sum(values) / len(values)
    score = mean if scale.method == "mean" else mean * n_items
    return ScaleScore(scale.id, score, len(values), n_items)


def score_answers(
    instrument: Instrument, answers: Mapping[str, int | None]
) -> dict[str, ScaleScore]:
    """Every scale's score for one person's answers, keyed by scale id."""
    return {scale.id: score_scale(instrument, scale, answers) for scale in instrument.scales}
