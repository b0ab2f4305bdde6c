"""The dyad comparison: scale gaps, inner-world accuracy and dream overlap.

Inner-world accuracy of partner A about partner B uses the items both saw:
A's prediction of B's answer versus B's own answer. We report the share of
*exact* agreement and of agreement *within one point*, each beside the share
expected by chance, where chance comes from the two marginal distributions
(how often A predicted each point times how often B used it) - the same
expected agreement Cohen's kappa uses. ``kappa`` is (observed - chance) /
(1 - chance): 0 means no better than chance, 1 means perfect.

Dream overlap compares the life-domain ratings the same way (plus the mean
absolute difference) and the free-text hopes by character-bigram Jaccard and
cosine similarity, which works for English and Chinese alike (no tokenizer).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from unmask.assess.answers import AnswerSheet
from unmask.assess.instrument import Instrument, ResponseScale
from unmask.assess.scoring import score_scale
from unmask.errors import PartnerError

Outcome = Literal["exact", "close", "miss", "unanswered"]


@dataclass(frozen=True)
class Agreement:
    """Observed agreement on paired ratings, each share beside its chance level."""

    n: int
    exact: float | None
    within_one: float | None
    chance_exact: float | None
    chance_within_one: float | None
    kappa: float | None


@dataclass(frozen=True)
class ItemPrediction:
    """One predicted item: what the predictor guessed and what the target answered."""

    item_id: str
    scale_id: str | None
    predicted: int | None
    actual: int | None
    outcome: Outcome


@dataclass(frozen=True)
class Accuracy:
    """How well ``predictor`` knows ``target``'s inner world."""

    predictor: str
    target: str
    agreement: Agreement
    items: tuple[ItemPrediction, ...]


@dataclass(frozen=True)
class ScaleComparison:
    """Both partners on one scale, and each one's prediction of the other."""

    scale_id: str
    group: str
    score_a: float | None
    score_b: float | None
    gap: float | None
    a_predicts_b: float | None
    b_actual_on_predicted: float | None
    b_predicts_a: float | None
    a_actual_on_predicted: float | None


@dataclass(frozen=True)
class DomainRow:
    domain_id: str
    rating_a: int | None
    rating_b: int | None


@dataclass(frozen=True)
class DreamOverlap:
    """Agreement on life-domain ratings and lexical similarity of hopes."""

    domains: tuple[DomainRow, ...]
    agreement: Agreement
    mean_abs_diff: float | None
    similarity: float | None
    hopes_a: tuple[str, ...]
    hopes_b: tuple[str, ...]
    hopes_jaccard: float | None
    hopes_cosine: float | None
    hope_pairs: tuple[tuple[int, int, float], ...]


@dataclass(frozen=True)
class Comparison:
    """The whole dyad comparison for partners ``a`` and ``b``."""

    instrument_id: str
    instrument_version: str
    couple: str
    partner_a: str
    partner_b: str
    scales: tuple[ScaleComparison, ...]
    a_knows_b: Accuracy
    b_knows_a: Accuracy
    dreams: DreamOverlap | None
    #: the round each partner's answers come from, and (dated) when it was last saved
    rounds: tuple[int, int] = (1, 1)
    round_dates: tuple[str | None, str | None] = (None, None)
    #: sections left out because a partner kept them private (who asked is not recorded)
    hidden: tuple[str, ...] = ()


def agreement(pairs: Sequence[tuple[int, int]], scale: ResponseScale) -> Agreement:
    """Exact and within-one agreement with chance levels from the marginals."""
    n = len(pairs)
    if n == 0:
        return Agreement(0, None, None, None, None, None)
    exact = sum(1 for x, y in pairs if x == y) / n
    within = sum(1 for x, y in pairs if abs(x - y) <= 1) / n
    first = Counter(x for x, _ in pairs)
    second = Counter(y for _, y in pairs)
    points = scale.points
    chance_exact = sum(first[k] * second[k] for k in points) / (n * n)
    chance_within = sum(first[j] * second[k] for j in points for k in points if abs(j - k) <= 1) / (
        n * n
    )
    kappa = None if chance_exact >= 1.0 else (exact - chance_exact) / (1.0 - chance_exact)
    return Agreement(n, exact, within, chance_exact, chance_within, kappa)


def inner_world_accuracy(
    instrument: Instrument, predictor: str, guesses: AnswerSheet, target: str, actual: AnswerSheet
) -> Accuracy:
    """Compare ``guesses.predictions`` with ``actual.answers`` item by item."""
    rows: list[ItemPrediction] = []
    pairs: list[tuple[int, int]] = []
    for item in instrument.predicted_items:
        predicted = guesses.predictions.get(item.id)
        answer = actual.answers.get(item.id)
        scale = instrument.scale_of(item.id)
        outcome: Outcome
        if predicted is None or answer is None:
            outcome = "unanswered"
        else:
            pairs.append((predicted, answer))
            diff = abs(predicted - answer)
            outcome = "exact" if diff == 0 else "close" if diff == 1 else "miss"
        rows.append(
            ItemPrediction(item.id, scale.id if scale else None, predicted, answer, outcome)
        )
    return Accuracy(predictor, target, agreement(pairs, instrument.response_scale), tuple(rows))


def _scale_rows(
    instrument: Instrument, a: AnswerSheet, b: AnswerSheet
) -> tuple[ScaleComparison, ...]:
    predicted = {item.id for item in instrument.predicted_items}
    rows = []
    for scale in instrument.scales:
        sa = score_scale(instrument, scale, a.answers).score
        sb = score_scale(instrument, scale, b.answers).score
        subset = [i for i in scale.items if i in predicted]
        if subset:
            a_pred = score_scale(instrument, scale, a.predictions, subset).score
            b_on = score_scale(instrument, scale, b.answers, subset).score
            b_pred = score_scale(instrument, scale, b.predictions, subset).score
            a_on = score_scale(instrument, scale, a.answers, subset).score
        else:
            a_pred = b_on = b_pred = a_on = None
        gap = None if sa is None or sb is None else sa - sb
        rows.append(ScaleComparison(scale.id, scale.group, sa, sb, gap, a_pred, b_on, b_pred, a_on))
    return tuple(rows)


_KEEP = re.compile(r"[^\w]+", re.UNICODE)


def char_bigrams(text: str) -> Counter[str]:
    """Character bigrams of normalised text (lower case, punctuation removed)."""
    clean = _KEEP.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()
    clean = re.sub(r"\s+", " ", clean)
    if len(clean) == 1:
        return Counter([clean])
    return Counter(clean[i : i + 2] for i in range(len(clean) - 1))


def bigram_jaccard(a: Counter[str], b: Counter[str]) -> float | None:
    union = set(a) | set(b)
    return None if not union else len(set(a) & set(b)) / len(union)


def bigram_cosine(a: Counter[str], b: Counter[str]) -> float | None:
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    if norm == 0:
        return None
    return sum(a[k] * b[k] for k in a.keys() & b.keys()) / norm


def dream_overlap(instrument: Instrument, a: AnswerSheet, b: AnswerSheet) -> DreamOverlap | None:
    """Life-domain agreement plus hope similarity; None if the instrument has neither."""
    if instrument.domain_scale is None and not instrument.max_hopes:
        return None
    rows = tuple(
        DomainRow(d.id, a.domains.get(d.id), b.domains.get(d.id)) for d in instrument.domains
    )
    pairs = [
        (r.rating_a, r.rating_b) for r in rows if r.rating_a is not None and r.rating_b is not None
    ]
    scale = instrument.domain_scale
    agreed = (
        agreement(pairs, scale) if scale is not None else Agreement(0, None, None, None, None, None)
    )
    mad = sum(abs(x - y) for x, y in pairs) / len(pairs) if pairs else None
    similarity = None if mad is None or scale is None else 1.0 - mad / (scale.high - scale.low)
    grams_a = [char_bigrams(h) for h in a.hopes]
    grams_b = [char_bigrams(h) for h in b.hopes]
    all_a: Counter[str] = sum(grams_a, Counter())
    all_b: Counter[str] = sum(grams_b, Counter())
    both = bool(grams_a) and bool(grams_b)
    hope_pairs = tuple(
        (i, j, round(sim, 4))
        for i, ga in enumerate(grams_a)
        for j, gb in enumerate(grams_b)
        if (sim := bigram_cosine(ga, gb)) is not None
    )
    return DreamOverlap(
        domains=rows,
        agreement=agreed,
        mean_abs_diff=mad,
        similarity=similarity,
        hopes_a=a.hopes,
        hopes_b=b.hopes,
        hopes_jaccard=bigram_jaccard(all_a, all_b) if both else None,
        hopes_cosine=bigram_cosine(all_a, all_b) if both else None,
        hope_pairs=hope_pairs,
    )


def compare_partners(
    instrument: Instrument,
    sheets: Mapping[str, AnswerSheet],
    couple: str = "default",
) -> Comparison:
    """Compare exactly two partners' sheets (keyed by partner name, order kept)."""
    if len(sheets) != 2:
        raise PartnerError(f"a comparison needs exactly two partners, got {len(sheets)}")
    (name_a, a), (name_b, b) = sheets.items()
    return Comparison(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        couple=couple,
        partner_a=name_a,
        partner_b=name_b,
        scales=_scale_rows(instrument, a, b),
        a_knows_b=inner_world_accuracy(instrument, name_a, a, name_b, b),
        b_knows_a=inner_world_accuracy(instrument, name_b, b, name_a, a),
        dreams=dream_overlap(instrument, a, b),
    )
