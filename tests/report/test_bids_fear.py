"""The report says how many bids were left out as answered in fear (h-gate2): an answer
given in fear is not a free one, so it counts neither as turning toward nor away."""

from __future__ import annotations

import copy
from typing import Any

import numpy as np

from unmask.dyad.bids import BidResult
from unmask.report.document import _bids
from unmask.report.html import render_html
from unmask.report.i18n import strings
from unmask.report.writer import validate_report


def _result(fear: list[int]) -> BidResult:
    """Two bids by a answered toward by b, one by b answered away; ``fear``: the responders
    of the bids left out as answered in fear."""
    return BidResult(
        run=np.array([0, 2, 4]),
        bidder=np.array([0, 0, 1], dtype=np.int8),
        answer_run=np.array([1, 3, 5]),
        category=np.array([0, 0, 1], dtype=np.int8),
        month=np.zeros(3, dtype=np.int64),
        session=np.arange(3, dtype=np.int64),
        answered_in_fear=np.array(fear, dtype=np.int8),
    )


def test_the_bids_left_out_are_counted_by_responder() -> None:
    none = _bids(_result([]))
    assert "answered_in_fear" not in none
    assert none["by_responder"]["b"]["counts"] == {"toward": 2, "away": 0, "against": 0}
    some = _bids(_result([1, 1, 0]))
    assert some["answered_in_fear"] == {"a": 1, "b": 2}
    # the bids counted are the same: the ones left out are in no category
    assert some["by_responder"] == none["by_responder"]


def _with_fear(report: dict[str, Any], a: int, b: int) -> dict[str, Any]:
    out = copy.deepcopy(report)
    out["bids"]["answered_in_fear"] = {"a": a, "b": b}
    validate_report(out)
    return out


def test_the_page_says_so_only_where_a_bid_was_left_out(
    report_en: dict[str, Any], report_zh: dict[str, Any]
) -> None:
    for report, lang in ((report_en, "en"), (report_zh, "zh")):
        t = strings(lang)
        sentence = t("bids.fear_left_out", n="3")
        assert sentence not in render_html(report, lang)
        page = render_html(_with_fear(report, 1, 2), lang)
        # in the paragraph just before the bids' chart
        chart = page.index('id="chart-bids"')
        paragraph = page[page.rindex("<p>", 0, chart) : chart]
        assert sentence in paragraph
        assert sentence not in render_html(_with_fear(report, 0, 0), lang)
