"""Rates, reciprocity, initiations, bookkeeping and monthly counts on hand-built chats."""

from __future__ import annotations

import random

import numpy as np
import pytest

from analysis.builders import run
from unmask.dyad.monthly import _grid
from unmask.dyad.rates import COMPONENTS, component_flag
from unmask.signals.types import MESSAGE_SIGNALS

DAY = 24 * 60


def _rows() -> list[tuple]:
    rows: list[tuple] = []
    # 10 days; Ann starts days 0-6, Ben days 7-9; each day: 4 messages
    for d in range(10):
        first, second = ("Ann", "Ben") if d < 7 else ("Ben", "Ann")
        t = d * DAY
        rows.append((first, t, "good morning love", ("affection",)))
        rows.append((second, t + 5, "I sent you my half of the rent", ("transactional",)))
        rows.append((first, t + 9, "got it, I'll pay you back for dinner", ("transactional",)))
        rows.append((second, t + 20, "photo", (), "media"))
    # Ann discloses twice more, Ben never does
    rows.append(("Ann", 10 * DAY, "I've been scared lately", ("disclosure.emotional",)))
    rows.append(("Ann", 11 * DAY, "I feel lost", ("disclosure.vulnerable",)))
    return rows


def test_per_100_rates_use_text_messages_only() -> None:
    a = run(_rows())
    # Ann: days 0-6 writes 2 text (first) ; days 7-9 writes 1 text + 1 media; + 2 disclosures
    assert a.rates.text_messages.tolist() == [7 * 2 + 3 * 1 + 2, 7 * 1 + 3 * 2]
    assert a.rates.messages.tolist() == [7 * 2 + 3 * 2 + 2, 7 * 2 + 3 * 2]
    ann_text = 19
    assert a.rates.value("disclosure", 0) == pytest.approx(100 * 2 / ann_text)
    assert a.rates.value("disclosure", 1) == 0.0


def test_reciprocity_is_one_sided() -> None:
    report = run(_rows()).report()
    assert report["reciprocity"]["disclosures"] == {"a": 2, "b": 0}
    assert report["reciprocity"]["share"]["a"] == 1.0
    assert report["reciprocity"]["balance"] == 0.0


def test_initiations_count_session_starters() -> None:
    report = run(_rows()).report()
    init = report["initiations"]
    assert init["sessions"] == 12  # ten days plus two lone disclosures
    assert init["by_partner"]["a"]["count"] == 7 + 2
    assert init["by_partner"]["b"]["count"] == 3


def test_bookkeeping_exchanges_are_money_answered_by_money() -> None:
    report = run(_rows()).report()
    assert report["bookkeeping"]["exchanges"] == 10
    assert report["bookkeeping"]["by_partner"]["b"]["started"] == 7
    assert report["bookkeeping"]["by_partner"]["a"]["started"] == 3
    assert report["components"]["transactional"]["couple"]["count"] == 20


def test_monthly_counts_follow_calendar_months() -> None:
    rows = [
        ("Ann", 0, "hi", ()),
        ("Ben", 10, "we should plan our trip", ("we_talk", "future")),
        ("Ann", 40 * DAY, "thank you for yesterday", ("gratitude",)),  # next month
        ("Ann", 95 * DAY, "hey", ()),  # two months later (a silent month between)
    ]
    a = run(rows)
    assert a.monthly.labels() == ["2023-01", "2023-02", "2023-03", "2023-04"]
    assert a.monthly.text_messages.tolist() == [[1, 1], [1, 0], [0, 0], [1, 0]]
    assert a.monthly.component_counts["gratitude"][:, 0].tolist() == [0, 1, 0, 0]
    assert a.monthly.sessions_started.sum() == 3


def test_monthly_counts_are_the_sums_of_each_flag_per_month_and_partner() -> None:
    """Random chats over a year: every component's month-by-partner count (and the text
    messages') is the sum of its 0/1 flag over the messages of that month and partner."""
    rng = random.Random(7)
    signals = [s for s in MESSAGE_SIGNALS if not s.startswith("safety.")]
    rows = [
        (
            rng.choice(("Ann", "Ben")),
            minute,
            "words",
            tuple(rng.sample(signals, rng.randint(0, 3))),
            rng.choice(("text", "text", "text", "media")),
        )
        for minute in sorted(rng.sample(range(365 * 24 * 60), 400))
    ]
    a = run(rows)
    cols, first, months = a.cols, a.monthly.first_month, a.monthly.months
    assert months >= 10
    weighted = _grid(cols.month, cols.who, first, months, cols.is_text.astype(np.float64))
    assert a.monthly.text_messages.tolist() == weighted.astype(np.int64).tolist()
    assert a.monthly.text_messages.dtype == np.int64
    for c in COMPONENTS:
        flag = component_flag(cols, c).astype(np.float64)
        expected = _grid(cols.month, cols.who, first, months, flag).astype(np.int64)
        assert a.monthly.component_counts[c.id].tolist() == expected.tolist(), c.id
        assert a.monthly.component_counts[c.id].dtype == np.int64
    assert sum(int(v.sum()) for v in a.monthly.component_counts.values()) > 100
