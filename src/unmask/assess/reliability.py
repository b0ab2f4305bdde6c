"""Reliability for researchers: Cronbach's alpha, McDonald's omega, long format.

Both coefficients take an (n respondents x k items) matrix of *keyed* values
(reverse-keyed items already flipped); rows with a missing value are dropped
(listwise deletion) and the number used is reported.

Omega is the one-factor omega total, (sum of loadings)^2 /
((sum of loadings)^2 + sum of uniquenesses), on the correlation matrix, with
loadings from iterated principal-axis factoring: start from squared multiple
correlations as communalities, take the first eigenvector of the reduced
correlation matrix, repeat until the communalities settle. It needs numpy
only and matches the usual software closely for well-behaved data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from unmask.assess.instrument import Instrument
from unmask.assess.scoring import keyed_value, score_answers
from unmask.errors import UsageError

Matrix = npt.ArrayLike


@dataclass(frozen=True)
class Reliability:
    """Reliability of one scale over many respondents."""

    scale_id: str
    n_respondents: int
    n_items: int
    alpha: float | None
    omega: float | None


@dataclass(frozen=True)
class Respondent:
    """One person's answers with their couple id and role (e.g. "A"/"B")."""

    couple_id: str
    role: str
    answers: Mapping[str, int | None]


def _complete_rows(matrix: Matrix) -> npt.NDArray[np.float64]:
    data = np.asarray(matrix, dtype=float)
    if data.ndim != 2:
        raise UsageError("expected a 2-D matrix: one row per respondent, one column per item")
    return data[~np.isnan(data).any(axis=1)]


def cronbach_alpha(matrix: Matrix) -> float | None:
    """k/(k-1) * (1 - sum of item variances / variance of the total); None if undefined."""
    data = _complete_rows(matrix)
    n, k = data.shape
    if n < 2 or k < 2:
        return None
    item_var = data.var(axis=0, ddof=1).sum()
    total_var = data.sum(axis=1).var(ddof=1)
    if total_var <= 0:
        return None
    return float(k / (k - 1) * (1.0 - item_var / total_var))


def one_factor_loadings(
    corr: npt.NDArray[np.float64], iterations: int = 200
) -> npt.NDArray[np.float64]:
    """Iterated principal-axis loadings of a correlation matrix (sign: sum positive)."""
    k = corr.shape[0]
    try:
        communality = 1.0 - 1.0 / np.diag(np.linalg.inv(corr))
    except np.linalg.LinAlgError:
        communality = np.abs(corr - np.eye(k)).max(axis=0)
    loadings = np.zeros(k)
    for _ in range(iterations):
        reduced = corr.copy()
        np.fill_diagonal(reduced, communality)
        values, vectors = np.linalg.eigh(reduced)
        top = max(values[-1], 0.0)
        loadings = vectors[:, -1] * np.sqrt(top)
        new = np.clip(loadings**2, 0.0, 0.999)
        if np.max(np.abs(new - communality)) < 1e-8:
            break
        communality = new
    return loadings if loadings.sum() >= 0 else -loadings


def omega_from_loadings(loadings: Sequence[float] | npt.NDArray[np.float64]) -> float:
    """Omega total of standardized one-factor loadings."""
    lam = np.asarray(loadings, dtype=float)
    common = lam.sum() ** 2
    unique = (1.0 - lam**2).sum()
    return float(common / (common + unique))


def mcdonald_omega(matrix: Matrix) -> float | None:
    """One-factor omega total from principal-axis loadings; None if undefined."""
    data = _complete_rows(matrix)
    n, k = data.shape
    if n < 3 or k < 2 or np.any(data.std(axis=0, ddof=1) == 0):
        return None
    corr = np.atleast_2d(np.asarray(np.corrcoef(data, rowvar=False), dtype=float))
    if not np.all(np.isfinite(corr)):
        return None
    return omega_from_loadings(one_factor_loadings(corr))


def item_matrix(
    instrument: Instrument, scale_id: str, answers: Iterable[Mapping[str, int | None]]
) -> npt.NDArray[np.float64]:
    """Keyed item values of one scale, NaN where skipped (rows = respondents)."""
    scale = instrument.scale(scale_id)
    rows = [
        [
            float(keyed_value(instrument, scale, i, v))
            if (v := sheet.get(i)) is not None
            else np.nan
            for i in scale.items
        ]
        for sheet in answers
    ]
    return np.array(rows, dtype=float).reshape(len(rows), len(scale.items))


def scale_reliability(
    instrument: Instrument, answers: Sequence[Mapping[str, int | None]]
) -> dict[str, Reliability]:
    """Alpha and omega of every scale over many respondents' answers."""
    out = {}
    for scale in instrument.scales:
        matrix = item_matrix(instrument, scale.id, answers)
        complete = _complete_rows(matrix)
        out[scale.id] = Reliability(
            scale.id,
            complete.shape[0],
            len(scale.items),
            cronbach_alpha(matrix),
            mcdonald_omega(matrix),
        )
    return out


def to_long_format(
    instrument: Instrument, respondents: Iterable[Respondent]
) -> list[dict[str, Any]]:
    """One row per person per scale, with the partner's score beside it (dyadic/APIM-ready).

    Columns: couple_id, role, partner_role, instrument, instrument_version,
    group, scale, score, partner_score, n_answered, n_items.
    """
    people = list(respondents)
    scores = [score_answers(instrument, person.answers) for person in people]
    by_couple: dict[str, list[int]] = {}
    for index, person in enumerate(people):
        by_couple.setdefault(person.couple_id, []).append(index)
    rows: list[dict[str, Any]] = []
    for index, person in enumerate(people):
        others = [j for j in by_couple[person.couple_id] if j != index]
        partner = others[0] if len(others) == 1 else None
        for scale in instrument.scales:
            own = scores[index][scale.id]
            rows.append(
                {
                    "couple_id": person.couple_id,
                    "role": person.role,
                    "partner_role": people[partner].role if partner is not None else None,
                    "instrument": instrument.id,
                    "instrument_version": instrument.version,
                    "group": scale.group,
                    "scale": scale.id,
                    "score": own.score,
                    "partner_score": scores[partner][scale.id].score
                    if partner is not None
                    else None,
                    "n_answered": own.n_answered,
                    "n_items": own.n_items,
                }
            )
    return rows
