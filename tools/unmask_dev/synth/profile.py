"""Plain data of the generator: piecewise-linear curves and couple profiles.

A profile is a *script*: for every month of the relationship and for each
partner it says how often each kind of exchange is started, how the partner
answers the other's disclosures and bids, how readily they appease, open up
when asked, and how fast they reply. The generator samples messages from it;
:func:`unmask_dev.synth.truth` writes the same schedule out as JSON, so the
analysis can be checked against what was built in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

#: exchanges a partner can start (keys of :attr:`PartnerSchedule.initiate`)
INITIATE: tuple[str, ...] = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "bid",
    "transactional",
    "logistics",
    "duty",
    "decision",
    "affection",
    "gratitude",
    "future",
    "we_talk",
    "inner_question",
    "chatter",
    "media",
)

#: ways of answering the other's emotional or vulnerable disclosure
RESPONSES: tuple[str, ...] = ("responsive", "minimal", "deflecting", "dismissive", "none")

#: ways of answering the other's bid for attention (Gottman's framing)
BID_RESPONSES: tuple[str, ...] = ("toward", "away", "against")


@dataclass(frozen=True)
class Curve:
    """A piecewise-linear function of the month index (0 = first month).

    ``points`` are ``(month, value)`` pairs in increasing month order; the
    value is held constant before the first and after the last point. Curves
    are how the schedules stay readable: "disclosure falls from 10 to 2
    between month 6 and month 24" is ``Curve(((6, 10), (24, 2)))``.
    """

    points: tuple[tuple[float, float], ...]

    def __post_init__(self) -> None:
        if not self.points:
            raise ValueError("a curve needs at least one point")
        months = [p[0] for p in self.points]
        if months != sorted(months):
            raise ValueError("curve points must be in increasing month order")

    def at(self, month: float) -> float:
        pts = self.points
        if month <= pts[0][0]:
            return float(pts[0][1])
        for (m0, v0), (m1, v1) in zip(pts, pts[1:], strict=False):
            if month <= m1:
                if m1 == m0:
                    return float(v1)
                return float(v0 + (v1 - v0) * (month - m0) / (m1 - m0))
        return float(pts[-1][1])


def flat(value: float) -> Curve:
    """A constant curve."""
    return Curve(((0.0, float(value)),))


def ramp(before: float, after: float, start: float, end: float) -> Curve:
    """Constant ``before`` until month ``start``, linear to ``after`` at ``end``, then constant."""
    return Curve(((float(start), float(before)), (float(end), float(after))))


@dataclass(frozen=True)
class PartnerSchedule:
    """What one partner does, month by month.

    ``initiate`` holds relative weights (not shares) of the exchanges this
    partner starts; ``respond`` and ``bids`` are relative weights of how this
    partner answers the *other's* disclosures and bids. Probabilities are in
    [0, 1]; latencies are median reply times in minutes (log-normal around
    them): ``latency_depth`` for answers to disclosures, bids, affection and
    questions, ``latency_surface`` for answers about money, logistics, duty.
    """

    initiate: Mapping[str, Curve]
    respond: Mapping[str, Curve]
    bids: Mapping[str, Curve]
    appease: Curve = field(default_factory=lambda: flat(0.15))
    openness: Curve = field(default_factory=lambda: flat(0.7))
    initiative: Curve = field(default_factory=lambda: flat(1.0))
    latency_depth: Curve = field(default_factory=lambda: flat(3.0))
    latency_surface: Curve = field(default_factory=lambda: flat(6.0))
    pet: Curve = field(default_factory=lambda: flat(0.1))

    def __post_init__(self) -> None:
        for name, table, allowed in (
            ("initiate", self.initiate, INITIATE),
            ("respond", self.respond, RESPONSES),
            ("bids", self.bids, BID_RESPONSES),
        ):
            unknown = set(table) - set(allowed)
            if unknown:
                raise ValueError(f"unknown {name} component(s): {sorted(unknown)}")


@dataclass(frozen=True)
class CoupleProfile:
    """One scripted couple: who, which language, when, and what each partner does.

    ``partners`` are the display names written into the export;
    ``pet_names[i]`` is what partner ``i`` calls the other. ``sessions_per_day``
    is the mean number of conversation sessions (bursts of exchanges) a day.
    """

    name: str
    lang: str
    partners: tuple[str, str]
    start: date
    months: int
    schedules: tuple[PartnerSchedule, PartnerSchedule]
    sessions_per_day: Curve
    seed: int
    pet_names: tuple[str, str] = ("love", "love")
    description: str = ""

    def __post_init__(self) -> None:
        if self.lang not in ("en", "zh"):
            raise ValueError(f"profile {self.name!r}: lang must be 'en' or 'zh'")
        if self.months < 1:
            raise ValueError(f"profile {self.name!r}: months must be at least 1")
        if self.partners[0] == self.partners[1]:
            raise ValueError(f"profile {self.name!r}: the two partners need different names")


def month_start(start: date, index: int) -> date:
    """The first day of month ``index`` counted from ``start``'s month."""
    y, m = divmod(start.month - 1 + index, 12)
    return date(start.year + y, m + 1, 1)
