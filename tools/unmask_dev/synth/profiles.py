"""The four bundled couples (docs/samples.md describes each).

* ``close_en`` / ``close_zh``: disclosure and responsiveness stay high for the
  whole span, with a hard patch in the middle (more vulnerable disclosures,
  still met with care); they also split bills and run a household, because
  real close couples do too.
* ``drifting_en`` / ``drifting_zh``: warm for the first months, then
  bookkeeping, logistics, duty and appeasement crowd out disclosure,
  affection and future talk; disclosures are increasingly met with deflection
  (to money and logistics) or minimal answers, and depth replies slow down
  while logistics replies stay prompt. One partner withdraws earlier than the
  other, who keeps reaching out for longer.

These are illustrations written for this project, not norms.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from unmask_dev.synth.profile import CoupleProfile, Curve, PartnerSchedule, flat, ramp

#: weights of the exchanges a partner starts, in a warm month
WARM_INITIATE: dict[str, float] = {
    "disclosure.emotional": 8,
    "disclosure.vulnerable": 4,
    "bid": 12,
    "transactional": 5,
    "logistics": 12,
    "duty": 3,
    "decision": 4,
    "affection": 10,
    "gratitude": 4,
    "future": 3,
    "we_talk": 3,
    "inner_question": 4,
    "chatter": 20,
    "media": 7,
}

#: ... and in a month of pseudo-intimacy: the surface crowds out the depth
COLD_INITIATE: dict[str, float] = {
    "disclosure.emotional": 1.5,
    "disclosure.vulnerable": 0.4,
    "bid": 5,
    "transactional": 18,
    "logistics": 24,
    "duty": 10,
    "decision": 5,
    "affection": 1.2,
    "gratitude": 1.5,
    "future": 0.3,
    "we_talk": 0.4,
    "inner_question": 0.8,
    "chatter": 13,
    "media": 4,
}

WARM_RESPOND = {
    "responsive": 0.78,
    "minimal": 0.09,
    "deflecting": 0.05,
    "dismissive": 0.02,
    "none": 0.06,
}
COLD_RESPOND = {
    "responsive": 0.08,
    "minimal": 0.24,
    "deflecting": 0.5,
    "dismissive": 0.07,
    "none": 0.11,
}
WARM_BIDS = {"toward": 0.82, "away": 0.15, "against": 0.03}
COLD_BIDS = {"toward": 0.3, "away": 0.58, "against": 0.12}


def _blend(
    warm: Mapping[str, float],
    cold: Mapping[str, float],
    start: float,
    end: float,
    depth: float = 1.0,
) -> dict[str, Curve]:
    """Each component ramps from ``warm`` to ``depth`` of the way to ``cold``."""
    return {k: ramp(warm[k], warm[k] + depth * (cold[k] - warm[k]), start, end) for k in warm}


def _close(hard_from: float, hard_to: float) -> PartnerSchedule:
    """A steady close partner; a hard patch brings more (answered) vulnerability."""
    initiate: dict[str, Curve] = {k: flat(v) for k, v in WARM_INITIATE.items()}
    mid = (hard_from + hard_to) / 2
    initiate["disclosure.vulnerable"] = Curve(((hard_from, 4.0), (mid, 9.0), (hard_to, 4.0)))
    initiate["inner_question"] = Curve(((hard_from, 4.0), (mid, 7.0), (hard_to, 4.0)))
    return PartnerSchedule(
        initiate=initiate,
        respond={k: flat(v) for k, v in WARM_RESPOND.items()},
        bids={k: flat(v) for k, v in WARM_BIDS.items()},
        appease=flat(0.12),
        openness=flat(0.8),
        latency_depth=flat(2.0),
        latency_surface=flat(7.0),
        pet=flat(0.25),
    )


def _drifting(start: float, end: float, depth: float, initiative: Curve) -> PartnerSchedule:
    """A partner who drifts between months ``start`` and ``end`` (``depth`` of the way)."""
    return PartnerSchedule(
        initiate=_blend(WARM_INITIATE, COLD_INITIATE, start, end, depth),
        respond=_blend(WARM_RESPOND, COLD_RESPOND, start, end, depth),
        bids=_blend(WARM_BIDS, COLD_BIDS, start, end, depth),
        appease=ramp(0.15, 0.15 + depth * 0.5, start, end),
        openness=ramp(0.75, 0.75 - depth * 0.6, start, end),
        initiative=initiative,
        latency_depth=ramp(2.5, 2.5 + depth * 50.0, start, end),
        latency_surface=ramp(6.0, 4.0, start, end),
        pet=ramp(0.25, 0.02, start, end),
    )


CLOSE_EN = CoupleProfile(
    name="close_en",
    lang="en",
    partners=("Maya", "Daniel"),
    start=date(2021, 3, 6),
    months=28,
    schedules=(_close(11, 15), _close(12, 16)),
    sessions_per_day=Curve(((0, 1.3), (14, 1.15), (27, 1.25))),
    seed=20210306,
    pet_names=("babe", "darling"),
    description="English, 28 months: close throughout; a hard patch around months 11-16 "
    "with more vulnerable disclosure, met with care; bills split fairly all along.",
)

DRIFTING_EN = CoupleProfile(
    name="drifting_en",
    lang="en",
    partners=("Chloe", "Ben"),
    start=date(2020, 9, 12),
    months=29,
    schedules=(
        _drifting(8, 26, 0.85, ramp(1.2, 0.9, 8, 26)),
        _drifting(4, 18, 1.0, ramp(1.0, 0.8, 4, 18)),
    ),
    sessions_per_day=Curve(((0, 1.35), (6, 1.3), (28, 1.05))),
    seed=20200912,
    pet_names=("hon", "babe"),
    description="English, 29 months: warm at first; from month 4 (Ben) and month 8 (Chloe) "
    "bookkeeping, logistics and duty crowd out disclosure; Chloe keeps opening up longer "
    "and is increasingly met with deflection to money and logistics.",
)

CLOSE_ZH = CoupleProfile(
    name="close_zh",
    lang="zh",
    partners=("林小雨", "周杰"),
    start=date(2021, 7, 3),
    months=27,
    schedules=(_close(9, 13), _close(10, 14)),
    sessions_per_day=Curve(((0, 1.35), (13, 1.2), (26, 1.3))),
    seed=20210703,
    pet_names=("老公", "宝贝"),
    description="Chinese, 27 months: close throughout; a hard patch around months 9-14 "
    "(more vulnerable disclosure, met with care); AA on some bills all along.",
)

DRIFTING_ZH = CoupleProfile(
    name="drifting_zh",
    lang="zh",
    partners=("王静", "李昊"),
    start=date(2020, 4, 18),
    months=30,
    schedules=(
        _drifting(5, 20, 1.0, ramp(1.0, 0.8, 5, 20)),
        _drifting(9, 27, 0.85, ramp(1.2, 0.9, 9, 27)),
    ),
    sessions_per_day=Curve(((0, 1.35), (8, 1.3), (29, 1.05))),
    seed=20200418,
    pet_names=("老公", "老婆"),
    description="Chinese, 30 months: warm at first; from month 5 (王静) and month 9 (李昊) "
    "AA bookkeeping, chores and 随便/都行 crowd out disclosure; 李昊 keeps opening up longer "
    "and is increasingly answered with logistics.",
)

PROFILES: dict[str, CoupleProfile] = {
    p.name: p for p in (CLOSE_EN, DRIFTING_EN, CLOSE_ZH, DRIFTING_ZH)
}
