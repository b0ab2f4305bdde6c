"""A weekly practice plan from the couple's profile: what to practise, at which level, why.

:func:`build_plan` is a pure function of its inputs (the report, the questionnaire, the
weeks already planned and the check-ins' adaptation), so the same inputs give the same
plan:

* **focus**: the two or three weakest components (:mod:`unmask.guide.readings`): every
  component below its line, weakest first, at most :data:`MAX_FOCUS`; when fewer than
  two are below, the lowest of the others fill up to two (said so). A component the
  profile could not read is never chosen as weak. Two components resting on the same
  figures count once.
* **level**: week 1 starts where the couple's disclosure is now (:func:`start_level`);
  later weeks move from the previous week's level by the check-ins' adaptation
  (:mod:`unmask.guide.checkin`).
* **prompts**: :data:`PROMPTS_PER_WEEK` prompts of the ladder at the level, taken in turn
  from the focus components, never one used in an earlier week; when they run out, the
  focus components' prompts of lighter levels, then other components (the level first),
  and only when all of those are used, the next level up.
* **exercises**: one per focus component (at most the level), preferring one not done
  in earlier weeks; a component with none at the level gets one of its stepping stone
  (:data:`STEPPING_STONES`: naming one's own feelings before sharing them).

The page on when to seek a counsellor comes with the plan where it is relevant: safety
or notice mode, a conversation in open distress or stormy closeness now, or two weeks in
a row that stepped down.

Safety: when the report is in safety mode or a partner's private screening was positive,
the plan asks for no disclosure towards the partner: no prompts, only exercises done
alone, the individual safety steps, the help list and the counsellor page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from unmask.guide import content as guide_content
from unmask.guide.content import (
    COMPONENTS,
    LEVELS,
    SAFETY_COMPONENTS,
    Exercise,
    Prompt,
)
from unmask.guide.readings import Evidence, Reading, depth_now, read_profile
from unmask.lang.strings import strings

MAX_FOCUS = 3
MIN_FOCUS = 2
PROMPTS_PER_WEEK = 6
#: a plan never starts above this level: the deepest level is reached by practising
MAX_START_LEVEL = 4
#: depth axis below which a plan starts at level 1 (level 2 below the map's depth line)
LIGHT_DEPTH = 0.25
#: vulnerable disclosures per 100 text messages that, with depth above the line, start at 4
VULNERABLE_FOR_LEVEL_4 = 2.0
#: the questionnaire's own-disclosure scale (1-5): level 2 from 2.5, 3 from 3.25, 4 from 4
DISCLOSURE_SCALE_STEPS = (2.5, 3.25, 4.0)

#: when a focus component has no exercise at the level, one of this component prepares it
STEPPING_STONES: dict[str, str] = {
    "disclosure": "emotional_awareness",
    "family_of_origin": "emotional_awareness",
    "support": "responsiveness",
    "curiosity": "turning_toward",
    "shared_future": "affection",
}

#: map regions where the plan also shows when to seek a counsellor (conflict or distress)
COUNSELLOR_REGIONS = frozenset({"open_distress", "stormy_closeness"})

PLAN_FORMAT = "unmask-plan"
CHANGES = ("start", "up", "stay", "down")


@dataclass(frozen=True)
class Focus:
    component: str
    reading: Reading | None
    reason: str


@dataclass(frozen=True)
class PlannedPrompt:
    prompt: Prompt
    reason: str


@dataclass(frozen=True)
class PlannedExercise:
    exercise: Exercise
    reason: str


@dataclass(frozen=True)
class WeekRecord:
    """What one planned week used (plan.json ``weeks``): no check-in content."""

    week: int
    level: int
    change: str
    kind: str
    components: tuple[str, ...]
    prompts: tuple[str, ...]
    exercises: tuple[str, ...]
    started: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "level": self.level,
            "change": self.change,
            "kind": self.kind,
            "components": list(self.components),
            "prompts": list(self.prompts),
            "exercises": list(self.exercises),
            "started": self.started,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> WeekRecord:
        return cls(
            int(raw["week"]),
            int(raw["level"]),
            str(raw.get("change", "start")),
            str(raw.get("kind", "practice")),
            tuple(str(c) for c in raw.get("components", [])),
            tuple(str(p) for p in raw.get("prompts", [])),
            tuple(str(e) for e in raw.get("exercises", [])),
            raw.get("started"),
        )


@dataclass(frozen=True)
class Plan:
    """One week's plan. ``kind``: "practice", or "safety" (no disclosure to the partner)."""

    kind: str
    lang: str
    week: int
    level: int
    change: str
    level_reason: str
    focus: tuple[Focus, ...]
    prompts: tuple[PlannedPrompt, ...]
    exercises: tuple[PlannedExercise, ...]
    sources: tuple[str, ...]
    notes: tuple[str, ...] = ()
    counsellor: bool = False
    safety_reason: str | None = None
    readings: Mapping[str, Reading] = field(default_factory=dict)

    def record(self, started: str | None = None) -> WeekRecord:
        return WeekRecord(
            self.week,
            self.level,
            self.change,
            self.kind,
            tuple(f.component for f in self.focus),
            tuple(p.prompt.id for p in self.prompts),
            tuple(e.exercise.id for e in self.exercises),
            started,
        )


@dataclass(frozen=True)
class Content:
    """The prompts and exercises a plan chooses from (injectable for tests)."""

    prompts: tuple[Prompt, ...]
    exercises: tuple[Exercise, ...]

    @classmethod
    def load(cls, lang: str) -> Content:
        return cls(guide_content.ladder(lang), guide_content.exercises(lang))


class _Text:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.s = strings(lang, "guide")

    def __call__(self, key: str, **values: Any) -> str:
        value = self.s[key]
        text = value if isinstance(value, str) else " ".join(value)
        return text.format(**values)

    def component(self, component: str) -> str:
        return self(f"component.{component}")


def _num(value: float | None) -> str:
    return "?" if value is None else f"{value:.2f}"


def _pct(value: float | None) -> str:
    return "?" if value is None else f"{100 * value:.0f}%"


def describe(evidence: Evidence, t: _Text) -> str:
    """One figure in words, with its interval and what it rests on."""
    if evidence.source == "questionnaire":
        return t(
            "figure.scale",
            scale=evidence.label or evidence.figure.removeprefix("scale:"),
            value=_num(evidence.value),
            low=_num(evidence.low),
            high=_num(evidence.high),
        )
    share = evidence.figure in (
        "responsive_share",
        "turn_toward_share",
        "appeasement",
        "transactional",
    )
    fmt = _pct if share else _num
    return t(
        f"figure.{evidence.figure}",
        value=fmt(evidence.value),
        low=fmt(evidence.low),
        high=fmt(evidence.high),
        n=evidence.n,
        line=fmt(evidence.line),
    )


def _reading_text(reading: Reading, t: _Text) -> str:
    parts = "; ".join(describe(e, t) for e in reading.evidence)
    return parts + (t("uncertain") if reading.uncertain else "")


def choose_focus(readings: Mapping[str, Reading], t: _Text) -> tuple[Focus, ...]:
    """The two or three weakest readable components (see the module docstring)."""
    order = {c: i for i, c in enumerate(COMPONENTS)}
    ranked = sorted(readings.values(), key=lambda r: (r.strength, order[r.component]))
    chosen: list[Focus] = []
    seen: set[tuple[str, ...]] = set()
    for reading in ranked:
        if len(chosen) >= MAX_FOCUS or (not reading.weak and len(chosen) >= MIN_FOCUS):
            break
        if reading.key in seen:
            continue
        seen.add(reading.key)
        key = "reason.weak" if reading.weak else "reason.lowest"
        chosen.append(
            Focus(
                reading.component,
                reading,
                t(key, component=t.component(reading.component), figure=_reading_text(reading, t)),
            )
        )
    if not chosen:
        for component in ("disclosure", "responsiveness"):
            chosen.append(
                Focus(component, None, t("reason.unread", component=t.component(component)))
            )
    return tuple(chosen)


def start_level(
    report: Mapping[str, Any] | None, readings: Mapping[str, Reading], t: _Text
) -> tuple[int, str]:
    """Where week 1 starts, from how deep the couple's disclosure is now, and why.

    Chat: depth below :data:`LIGHT_DEPTH` -> 1, below the map's depth line -> 2, else 3
    (4 with at least :data:`VULNERABLE_FOR_LEVEL_4` vulnerable disclosures per 100).
    Questionnaire: the own-disclosure scale by :data:`DISCLOSURE_SCALE_STEPS`. With both,
    the lower; with neither, 1. Never above :data:`MAX_START_LEVEL`.
    """
    found: list[tuple[int, str]] = []
    disclosure = readings.get("disclosure")
    chat = (
        next((e for e in disclosure.evidence if e.source == "chat"), None) if disclosure else None
    )
    if chat is not None and report is not None:
        depth = depth_now(report)
        value = chat.value
        line = chat.line
        level = 1 if value < LIGHT_DEPTH else 2 if value < line else 3
        vulnerable = (
            report.get("components", {})
            .get("disclosure_vulnerable", {})
            .get("couple", {})
            .get("value")
        )
        if level == 3 and vulnerable is not None and vulnerable >= VULNERABLE_FOR_LEVEL_4:
            level = 4
        which = depth[3] if depth else "whole"
        found.append((level, t(f"level.depth_{which}", value=_num(value), line=_num(line))))
    scale = next(
        (
            e
            for e in (disclosure.evidence if disclosure else ())
            if e.figure == "scale:own_disclosure"
        ),
        None,
    )
    if scale is not None:
        score = 1 + 4 * scale.value  # back to the 1-5 answer scale
        level = 1 + sum(score >= step for step in DISCLOSURE_SCALE_STEPS)
        found.append((level, t("level.scale", value=f"{score:.1f}")))
    if not found:
        return 1, t("level.none")
    level = min(MAX_START_LEVEL, min(lv for lv, _ in found))
    return level, " ".join(reason for _, reason in found)


def _next_level(previous: int, change: str) -> int:
    step = {"up": 1, "down": -1}.get(change, 0)
    return max(LEVELS[0], min(LEVELS[-1], previous + step))


def choose_prompts(
    prompts: Sequence[Prompt],
    focus: Sequence[str],
    level: int,
    used: set[str],
    t: _Text,
    count: int = PROMPTS_PER_WEEK,
) -> tuple[PlannedPrompt, ...]:
    """``count`` unused prompts: the focus components in turn at ``level``, then fill-ins."""
    fresh = [p for p in prompts if p.id not in used]
    chosen: list[PlannedPrompt] = []
    taken: set[str] = set()

    def take(p: Prompt, reason: str) -> None:
        chosen.append(PlannedPrompt(p, reason))
        taken.add(p.id)

    levels = range(level, LEVELS[0] - 1, -1)
    for lv in levels:  # the focus components in turn, at the level, then lighter ones
        queues = [[p for p in fresh if p.level == lv and p.component == c] for c in focus]
        while len(chosen) < count and any(queues):
            for c, queue in zip(focus, queues, strict=True):
                if queue and len(chosen) < count:
                    key = "prompt.focus" if lv == level else "prompt.lower"
                    take(queue.pop(0), t(key, component=t.component(c), level=lv))
    for lv in levels:  # only when the focus is used up: other components
        for p in fresh:
            if len(chosen) >= count:
                break
            if p.level == lv and p.id not in taken:
                take(p, t("prompt.other", component=t.component(p.component), level=lv))
    for lv in range(level + 1, LEVELS[-1] + 1):  # this level and the lighter ones are used up
        for c in (*focus, *(c for c in COMPONENTS if c not in focus)):
            for p in fresh:
                if len(chosen) >= count:
                    break
                if p.level == lv and p.component == c and p.id not in taken:
                    take(p, t("prompt.higher", component=t.component(c), level=lv))
    return tuple(chosen)


def choose_exercises(
    exercises: Sequence[Exercise],
    focus: Sequence[str],
    level: int,
    history: Sequence[WeekRecord],
    t: _Text,
    alone_only: bool = False,
) -> tuple[PlannedExercise, ...]:
    """One exercise per focus component, preferring one not given in earlier weeks."""
    last_week: dict[str, int] = {}
    for record in history:
        for eid in record.exercises:
            last_week[eid] = record.week
    chosen: list[PlannedExercise] = []
    for rank, component in enumerate(focus, start=1):
        pool = [
            e
            for e in exercises
            if e.component == component
            and e.min_level <= level
            and not (alone_only and e.asks_disclosure_to_partner)
            and e.id not in {c.exercise.id for c in chosen}
        ]
        key = "exercise.alone" if alone_only else "exercise.focus"
        if not pool and component in STEPPING_STONES:  # none at this level: a first step
            stone = STEPPING_STONES[component]
            pool = [
                e
                for e in exercises
                if e.component == stone
                and e.min_level <= level
                and not (alone_only and e.asks_disclosure_to_partner)
                and e.id not in {c.exercise.id for c in chosen}
            ]
            key = "exercise.stepping_stone"
        if not pool:
            continue
        best = min(pool, key=lambda e: (last_week.get(e.id, 0), -e.min_level))
        text = t(
            key, component=t.component(component), rank=rank, other=t.component(best.component)
        )
        chosen.append(PlannedExercise(best, text))
    return tuple(chosen)


def _sources(
    report: Mapping[str, Any] | None, questionnaire: Mapping[str, Any] | None
) -> tuple[str, ...]:
    out = []
    if report is not None:
        out.append("chat")
    if questionnaire or (report is not None and report.get("questionnaire")):
        out.append("questionnaire")
    return tuple(out)


def _region_now(report: Mapping[str, Any] | None) -> str | None:
    """The map region of the last months when placed, else of the whole history."""
    if report is None:
        return None
    profile = report.get("profile") or {}
    recent = profile.get("recent") or {}
    if recent.get("placed") and recent.get("region"):
        return str(recent["region"])
    return str(profile["region"]) if profile.get("placed") and profile.get("region") else None


def safety_reason(report: Mapping[str, Any] | None, screening_positive: bool) -> str | None:
    """ "report" (safety mode), "screening" (a private screening), or None."""
    if report is not None:
        safety = report.get("safety")
        if isinstance(safety, dict) and safety.get("mode") == "safety":
            return "report"
    return "screening" if screening_positive else None


def build_plan(
    report: Mapping[str, Any] | None = None,
    questionnaire: Mapping[str, Any] | None = None,
    *,
    lang: str = "en",
    history: Sequence[WeekRecord] = (),
    change: str | None = None,
    screening_positive: bool = False,
    content: Content | None = None,
) -> Plan:
    """The next week's plan (week ``len(history) + 1``); see the module docstring.

    ``change``: the check-ins' adaptation for this week ("up", "stay", "down";
    :func:`unmask.guide.checkin.adapt`), ignored in week 1.
    """
    t = _Text(lang)
    content = content or Content.load(lang)
    week = len(history) + 1
    readings = read_profile(report, questionnaire)
    sources = _sources(report, questionnaire)
    used = {p for record in history for p in record.prompts}
    why_safe = safety_reason(report, screening_positive)
    notice = isinstance(report, Mapping) and (report.get("safety") or {}).get("mode") == "notice"
    if history:
        change = change if change in ("up", "stay", "down") else "stay"
        level = _next_level(history[-1].level, change)
        level_reason = t(f"level.{change}", level=level, previous=history[-1].level)
    else:
        change = "start"
        level, level_reason = start_level(report, readings, t)
    if why_safe is not None:
        focus = tuple(
            Focus(c, None, t("reason.safety", component=t.component(c))) for c in SAFETY_COMPONENTS
        )
        chosen = choose_exercises(
            content.exercises, [f.component for f in focus], LEVELS[-1], history, t, alone_only=True
        )
        return Plan(
            kind="safety",
            lang=lang,
            week=week,
            level=level,
            change=change,
            level_reason=level_reason,
            focus=focus,
            prompts=(),
            exercises=chosen,
            sources=sources,
            notes=(t(f"safety.{why_safe}"),),
            counsellor=True,
            safety_reason=why_safe,
            readings={},
        )
    focus = choose_focus(readings, t)
    components = [f.component for f in focus]
    prompts = choose_prompts(content.prompts, components, level, used, t)
    notes = []
    counsellor = bool(notice)
    region = _region_now(report)
    if region in COUNSELLOR_REGIONS:
        notes.append(t("note.counsellor_region"))
        counsellor = True
    if change == "down" and history and history[-1].change == "down":
        notes.append(t("note.counsellor_down"))
        counsellor = True
    if len(prompts) < PROMPTS_PER_WEEK:
        notes.append(t("note.few_prompts"))
    if notice:
        notes.append(t("note.notice"))
    if not readings:
        notes.append(t("note.unread"))
    return Plan(
        kind="practice",
        lang=lang,
        week=week,
        level=level,
        change=change,
        level_reason=level_reason,
        focus=focus,
        prompts=prompts,
        exercises=choose_exercises(content.exercises, components, level, history, t),
        sources=sources,
        notes=tuple(notes),
        counsellor=counsellor,
        readings=readings,
    )
