"""The next step is aimed at the weakest of the shares the rule compares."""

from __future__ import annotations

import copy
from typing import Any

from unmask.report.steps import FOCUS_BELOW, choose_focus


def _breakdown(good: int, bad: int, good_key: str, bad_key: str) -> dict[str, Any]:
    total = good + bad
    return {
        "total": total,
        "counts": {good_key: good, bad_key: bad},
        "shares": {good_key: good / total, bad_key: bad / total},
    }


def _with(
    report: dict[str, Any], responsive: float, toward: float, balance: float
) -> dict[str, Any]:
    r = copy.deepcopy(report)
    for k in ("a", "b"):
        r["responses"]["by_responder"][k] = _breakdown(
            int(100 * responsive), 100 - int(100 * responsive), "responsive", "deflecting"
        )
        r["bids"]["by_responder"][k] = _breakdown(
            int(100 * toward), 100 - int(100 * toward), "toward", "away"
        )
    r["reciprocity"]["balance"] = balance
    return r


def test_drifting_sample_focuses_on_answering(report_en: dict[str, Any]) -> None:
    focus = choose_focus(report_en)
    assert focus.id == "answering"
    responses = report_en["responses"]["by_responder"]
    n = sum(b["total"] for b in responses.values())
    assert focus.n == n
    assert focus.share == sum(b["counts"]["responsive"] for b in responses.values()) / n


def test_the_lowest_share_wins(report_en: dict[str, Any]) -> None:
    assert choose_focus(_with(report_en, 0.8, 0.3, 0.9)).id == "turning_toward"
    assert choose_focus(_with(report_en, 0.8, 0.9, 0.2)).id == "opening_up"
    assert choose_focus(_with(report_en, 0.5, 0.9, 0.9)).id == "answering"


def test_when_all_shares_are_high_depth_decides(report_en: dict[str, Any]) -> None:
    high = _with(report_en, FOCUS_BELOW + 0.2, 0.9, 0.9)
    assert report_en["trends"]["series"]["depth"]["direction"] == "down"
    assert choose_focus(high).id == "opening_up"  # depth going down
    steady = copy.deepcopy(high)
    steady["trends"]["series"]["depth"]["direction"] = "flat"
    steady["profile"]["depth"]["value"] = steady["parameters"]["thresholds"]["depth"] + 0.1
    assert choose_focus(steady).id == "keep_going"
