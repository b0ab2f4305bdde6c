"""Choosing the next step: a short graduated ladder aimed at the weakest component.

The rule is deliberately simple, so it can be explained in one sentence on
the page. Three figures of report.json are shares where 1 means "this always
happens": disclosures answered responsively (both directions together),
bids turned toward, and the reciprocity balance of disclosure (1 = both open
up at the same rate). The lowest of them is the focus when it is below
:data:`FOCUS_BELOW`. When all three are at or above it, the focus is opening
up if depth is going down or below the map's depth threshold, else keeping
things going. :data:`FOCUS_BELOW` is a convention of this tool for picking a
suggestion, not a norm for couples.
"""

from __future__ import annotations

from dataclasses import dataclass

from unmask.report.types import Breakdown, Report

FOCUS_BELOW = 0.6
#: minimum episodes behind a share before it can be the focus
MIN_EPISODES = 5
FOCI: tuple[str, ...] = ("answering", "turning_toward", "opening_up", "keep_going")


@dataclass(frozen=True)
class Focus:
    """The chosen ladder and the figure that chose it (for the "why this one" line)."""

    id: str
    reason: str  # locale key of the reason sentence
    share: float | None
    n: int
    direction: str = "flat"
    #: the value the rule ranks by (lowest first)
    rank: float = 1.0


def _pooled(breakdown: dict[str, Breakdown], category: str) -> tuple[float | None, int]:
    count = sum(int(b["counts"].get(category, 0)) for b in breakdown.values())
    total = sum(int(b["total"]) for b in breakdown.values())
    return (count / total if total else None), total


def choose_focus(report: Report) -> Focus:
    """The next-step focus for a report.json document (see the module docstring)."""
    responsive, n_disc = _pooled(report["responses"]["by_responder"], "responsive")
    toward, n_bids = _pooled(report["bids"]["by_responder"], "toward")
    rec = report["reciprocity"]
    n_rec = sum(int(v) for v in rec["disclosures"].values())
    candidates: list[Focus] = []
    if responsive is not None and n_disc >= MIN_EPISODES:
        candidates.append(
            Focus("answering", "next.reason.answering", responsive, n_disc, rank=responsive)
        )
    if toward is not None and n_bids >= MIN_EPISODES:
        candidates.append(
            Focus("turning_toward", "next.reason.turning_toward", toward, n_bids, rank=toward)
        )
    if rec["balance"] is not None and n_rec >= 2 * MIN_EPISODES:
        # ranked by the balance; the sentence shows the larger partner's share
        top = max((s for s in rec["share"].values() if s is not None), default=None)
        candidates.append(
            Focus(
                "opening_up",
                "next.reason.opening_up_balance",
                top,
                n_rec,
                rank=float(rec["balance"]),
            )
        )
    ranked = sorted(candidates, key=lambda f: f.rank)
    if ranked and ranked[0].rank < FOCUS_BELOW:
        return ranked[0]
    depth = report["profile"]["depth"]["value"]
    threshold = report["parameters"]["thresholds"]["depth"]
    series = report["trends"]["series"].get("depth")
    direction: str = series["direction"] if series else "unclear"
    component = report["components"].get("depth_share")
    depth_share = component["couple"] if component else None
    if direction == "down" or (depth is not None and depth < threshold):
        return Focus(
            "opening_up",
            "next.reason.opening_up_depth",
            depth_share["value"] if depth_share else None,
            depth_share["denominator"] if depth_share else 0,
            direction,
        )
    return Focus("keep_going", "next.reason.keep_going", None, 0, direction)
