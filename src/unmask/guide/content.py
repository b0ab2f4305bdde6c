"""The guide's content: the ladder of vulnerability, the exercises, the counsellor page
and the individual safety steps, in every language (``lang/<code>/guide/*.yaml``).

Data, not logic. Each file is read lazily through importlib.resources (works from a
wheel), checked field by field and cached; a malformed file raises :class:`GuideError`
naming the file, the entry and what was expected (a packaging bug, never user input).

Vocabulary (docs/guide.md):

* :data:`LEVELS` -- 1 (light: a small preference, a good moment of the day) to 5 (deep:
  a fear about the relationship, a childhood hurt, something one is ashamed of).
* :data:`COMPONENTS` -- what a prompt or exercise trains. Each maps onto the profile's
  components (:data:`PROFILE_TARGETS`, ids of ``unmask.dyad.rates.COMPONENTS`` and of
  ``unmask.profile.composite.AXIS_COMPONENTS``) and the questionnaire's scales
  (:data:`SCALE_TARGETS`, ids of ``assess/data/inventory_v1.yaml``), so a plan can go from
  the weakest measured components to what to practise.
* :data:`SAFETY_COMPONENTS` -- components that can be practised alone; in safety mode a
  plan offers only exercises with ``asks_disclosure_to_partner: false``, and every one
  of these components has at least one.

Prompt ids (``l3-shared-future-04``) are shared by every language's version of the same
prompt and never reused: check-ins and plans store them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from unmask import yamlload
from unmask.errors import UnmaskError
from unmask.helplines import Help, help_for

LANGUAGES: tuple[str, ...] = ("en", "zh")

LEVELS: tuple[int, ...] = (1, 2, 3, 4, 5)

COMPONENTS: tuple[str, ...] = (
    "disclosure",  # sharing one's own feelings, needs, fears, mistakes
    "responsiveness",  # answering a disclosure: understand, validate, care before solving
    "support",  # asking for and giving comfort in stress
    "turning_toward",  # noticing and answering the other's bids for attention
    "affection",  # warmth, appreciation, tenderness (rather than only logistics)
    "curiosity",  # questions about the other's inner world
    "shared_future",  # dreams and plans made together: "someday we"
    "own_preference",  # saying what one wants instead of "up to you"
    "beyond_bookkeeping",  # giving and receiving without keeping score
    "family_of_origin",  # which feelings were allowed at home, and what that left
    "emotional_awareness",  # knowing, naming and accepting one's own feelings
)

#: profile components (unmask.dyad.rates / unmask.profile.composite) each guide component trains
PROFILE_TARGETS: dict[str, tuple[str, ...]] = {
    "disclosure": ("disclosure", "disclosure_emotional", "disclosure_vulnerable", "depth_share"),
    "responsiveness": ("responsive_share", "flat_answer_share", "dismissal"),
    "support": ("responsive_share", "depth_share"),
    "turning_toward": ("turn_toward_share",),
    "affection": ("affection", "gratitude"),
    "curiosity": ("inner_question",),
    "shared_future": ("future", "we_talk"),
    "own_preference": ("appeasement",),
    "beyond_bookkeeping": ("transactional", "logistics", "duty", "surface_share"),
    "family_of_origin": (),
    "emotional_awareness": ("disclosure_emotional",),
}

#: questionnaire scales (assess/data/inventory_v1.yaml) each guide component trains
SCALE_TARGETS: dict[str, tuple[str, ...]] = {
    "disclosure": ("own_disclosure",),
    "responsiveness": ("partner_responsiveness",),
    "support": ("partner_responsiveness",),
    "turning_toward": ("partner_responsiveness",),
    "affection": ("affection",),
    "curiosity": ("own_disclosure", "partner_responsiveness"),
    "shared_future": ("shared_dreams",),
    "own_preference": ("appeasement", "harmony_performance"),
    "beyond_bookkeeping": ("bookkeeping", "duty"),
    "family_of_origin": ("family_climate", "attachment_anxiety", "attachment_avoidance"),
    "emotional_awareness": ("self_acceptance",),
}

#: components with individual exercises (no disclosure towards the partner): safety mode
SAFETY_COMPONENTS: tuple[str, ...] = ("emotional_awareness", "own_preference", "family_of_origin")

FREQUENCIES: tuple[str, ...] = ("once", "daily", "weekly")

_ID = re.compile(r"^l([1-5])-([a-z]+(?:-[a-z]+)*)-(\d{2})$")
_EXERCISE_ID = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


class GuideError(UnmaskError):
    """A guide content file is missing or malformed (a packaging bug)."""

    code = "E702"


@dataclass(frozen=True)
class Level:
    level: int
    name: str
    description: str
    pass_note: str  # that passing is fine, said at every level


@dataclass(frozen=True)
class Prompt:
    id: str
    level: int
    component: str
    text: str
    follow_up: str | None = None


@dataclass(frozen=True)
class Exercise:
    id: str
    component: str
    min_level: int
    title: str
    purpose: str
    steps: tuple[str, ...]
    minutes: int
    frequency: str  # one of FREQUENCIES
    notice: tuple[str, ...]
    asks_disclosure_to_partner: bool


@dataclass(frozen=True)
class CounsellorPage:
    title: str
    intro: str
    signs: tuple[str, ...]  # when to seek a counsellor
    finding: tuple[str, ...]  # how to find one and what to expect
    safety: str  # when safety is in question: points to the help list below
    closing: str
    help: Help  # unmask.helplines, countries of the language first


@dataclass(frozen=True)
class SafetyStep:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class SafetySteps:
    title: str
    intro: str
    steps: tuple[SafetyStep, ...]
    closing: str


def prompt_id_prefix(level: int, component: str) -> str:
    """The prefix every prompt id of this level and component starts with."""
    return f"l{level}-{component.replace('_', '-')}-"


# -- reading -------------------------------------------------------------------------


def _where(lang: str, name: str) -> str:
    return f"unmask/lang/{lang}/guide/{name}.yaml"


def _read(lang: str, name: str) -> dict[str, Any]:
    if lang not in LANGUAGES:
        raise GuideError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}.")
    where = _where(lang, name)
    try:
        text = (
            resources.files("unmask.lang")
            .joinpath(f"{lang}/guide/{name}.yaml")
            .read_text(encoding="utf-8")
        )
    except FileNotFoundError:
        raise GuideError(f"{where} is missing from the installation.") from None
    try:
        data = yamlload.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise GuideError(f"{where} is not valid YAML{line}.") from None
    if not isinstance(data, dict):
        raise GuideError(f"{where} must be a mapping.")
    return data


class _Fields:
    """Typed access to one mapping of a file, with errors that name where it is."""

    def __init__(self, where: str, what: str, data: object) -> None:
        if not isinstance(data, dict):
            raise GuideError(f"{where}: {what} must be a mapping of fields.")
        self.where, self.what, self.data = where, what, data

    def _fail(self, key: str, expected: str) -> GuideError:
        return GuideError(f"{self.where}: {self.what}: {key!r} must be {expected}.")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(key, "a non-empty text")
        return value.strip()

    def optional_text(self, key: str) -> str | None:
        if self.data.get(key) is None:
            return None
        return self.text(key)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            raise self._fail(key, "a non-empty list of texts")
        return tuple(v.strip() for v in value)

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._fail(key, f"a whole number from {low} to {high}")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false")
        return value

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self.data.get(key)
        if value not in choices:
            raise self._fail(key, f"one of {', '.join(choices)}")
        return str(value)

    def only(self, allowed: set[str]) -> None:
        extra = sorted(str(k) for k in self.data if k not in allowed)
        if extra:
            raise GuideError(
                f"{self.where}: {self.what}: unknown field {extra[0]!r} "
                f"(expected {', '.join(sorted(allowed))})."
            )


def _entries(where: str, data: dict[str, Any], key: str) -> list[object]:
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise GuideError(f"{where}: {key!r} must be a non-empty list.")
    return value


def _unique(where: str, kind: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise GuideError(f"{where}: {kind} id {i!r} appears twice; ids must be unique.")
        seen.add(i)


# -- the ladder ----------------------------------------------------------------------


@cache
def levels(lang: str) -> tuple[Level, ...]:
    """The five levels of the ladder in ``lang``: name, description, that passing is fine."""
    where = _where(lang, "ladder")
    raw = _read(lang, "ladder").get("levels")
    if not isinstance(raw, dict) or sorted(raw) != list(LEVELS):
        raise GuideError(f"{where}: 'levels' must map each of 1-5 to its name and description.")
    out = []
    for level in LEVELS:
        f = _Fields(where, f"level {level}", raw[level])
        f.only({"name", "description", "pass_note"})
        out.append(Level(level, f.text("name"), f.text("description"), f.text("pass_note")))
    return tuple(out)


def _prompt(where: str, index: int, raw: object) -> Prompt:
    f = _Fields(where, f"prompt {index + 1}", raw)
    f.only({"id", "level", "component", "text", "follow_up"})
    pid = f.text("id")
    f.what = f"prompt {pid!r}"
    level = f.integer("level", LEVELS[0], LEVELS[-1])
    component = f.choice("component", COMPONENTS)
    if not _ID.match(pid) or not pid.startswith(prompt_id_prefix(level, component)):
        raise GuideError(
            f"{where}: prompt {pid!r}: the id must be "
            f"'{prompt_id_prefix(level, component)}NN' (level, component, two digits)."
        )
    return Prompt(pid, level, component, f.text("text"), f.optional_text("follow_up"))


@cache
def ladder(lang: str) -> tuple[Prompt, ...]:
    """Every conversation prompt in ``lang``, in file order (level 1 first)."""
    where = _where(lang, "ladder")
    data = _read(lang, "ladder")
    raws = _entries(where, data, "prompts")
    prompts = tuple(_prompt(where, i, raw) for i, raw in enumerate(raws))
    _unique(where, "prompt", [p.id for p in prompts])
    return prompts


def prompt_by_id(lang: str) -> dict[str, Prompt]:
    """The ladder of ``lang`` keyed by prompt id."""
    return {p.id: p for p in ladder(lang)}


# -- exercises -----------------------------------------------------------------------


def _exercise(where: str, index: int, raw: object) -> Exercise:
    f = _Fields(where, f"exercise {index + 1}", raw)
    fields = {
        "id",
        "component",
        "min_level",
        "title",
        "purpose",
        "steps",
        "minutes",
        "frequency",
        "notice",
        "asks_disclosure_to_partner",
    }
    f.only(fields)
    missing = sorted(fields - {str(k) for k in f.data})
    if missing:
        raise GuideError(f"{where}: exercise {index + 1}: field {missing[0]!r} is missing.")
    eid = f.text("id")
    f.what = f"exercise {eid!r}"
    if not _EXERCISE_ID.match(eid):
        raise GuideError(f"{where}: exercise {eid!r}: the id must be lower-case words and '-'.")
    return Exercise(
        id=eid,
        component=f.choice("component", COMPONENTS),
        min_level=f.integer("min_level", LEVELS[0], LEVELS[-1]),
        title=f.text("title"),
        purpose=f.text("purpose"),
        steps=f.texts("steps"),
        minutes=f.integer("minutes", 1, 240),
        frequency=f.choice("frequency", FREQUENCIES),
        notice=f.texts("notice"),
        asks_disclosure_to_partner=f.flag("asks_disclosure_to_partner"),
    )


@cache
def exercises(lang: str) -> tuple[Exercise, ...]:
    """Every exercise in ``lang``, in file order."""
    where = _where(lang, "exercises")
    data = _read(lang, "exercises")
    raws = _entries(where, data, "exercises")
    out = tuple(_exercise(where, i, raw) for i, raw in enumerate(raws))
    _unique(where, "exercise", [e.id for e in out])
    return out


def individual_exercises(lang: str) -> tuple[Exercise, ...]:
    """The exercises that ask for no disclosure towards the partner (safety mode)."""
    return tuple(e for e in exercises(lang) if not e.asks_disclosure_to_partner)


# -- counsellor page and safety steps ------------------------------------------------


@cache
def counsellor_page(lang: str) -> CounsellorPage:
    """When and how to seek a counsellor, with the help list where safety is in question."""
    where = _where(lang, "counsellor")
    f = _Fields(where, "the page", _read(lang, "counsellor"))
    f.only({"title", "intro", "signs", "finding", "safety", "closing"})
    return CounsellorPage(
        title=f.text("title"),
        intro=f.text("intro"),
        signs=f.texts("signs"),
        finding=f.texts("finding"),
        safety=f.text("safety"),
        closing=f.text("closing"),
        help=help_for(lang),
    )


@cache
def safety_steps(lang: str) -> SafetySteps:
    """Individual steps for a partner in safety mode (none asks for disclosure to the partner)."""
    where = _where(lang, "safety_steps")
    data = _read(lang, "safety_steps")
    f = _Fields(where, "the page", data)
    f.only({"title", "intro", "steps", "closing"})
    steps = []
    for i, raw in enumerate(_entries(where, data, "steps")):
        s = _Fields(where, f"step {i + 1}", raw)
        s.only({"id", "title", "text"})
        sid = s.text("id")
        if not _EXERCISE_ID.match(sid):
            raise GuideError(f"{where}: step {sid!r}: the id must be lower-case words and '-'.")
        steps.append(SafetyStep(sid, s.text("title"), s.text("text")))
    _unique(where, "step", [s.id for s in steps])
    return SafetySteps(f.text("title"), f.text("intro"), tuple(steps), f.text("closing"))
