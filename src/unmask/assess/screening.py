"""The private safety screening and where help is.

A few yes / not sure / no questions about fear, threats, physical harm,
control and sexual coercion (``data/screening_v1.yaml``, written by this
project). Each partner answers them alone at the start of every round. The
answers are sealed under that partner's key as a *private record*, apart from
the comparable answer sheet: :func:`unmask.assess.reveal_together`, the
reports and ``--export`` never read them, and nothing the other partner sees
depends on them. A positive screen shows that partner, at once, where help is
(``data/help_resources.yaml``: emergency numbers and national helplines,
offline, no links) and suggests not running ``compare`` together.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from unmask import yamlload
from unmask.errors import AuthError

PRIVATE_KIND = "screening"


@dataclass(frozen=True)
class ScreeningItem:
    id: str
    text: Mapping[str, str]


@dataclass(frozen=True)
class Screening:
    """The screening questions and the texts shown around them."""

    id: str
    version: str
    title: Mapping[str, str]
    intro: Mapping[str, str]
    labels: Mapping[str, tuple[str, ...]]
    positive_from: int
    items: tuple[ScreeningItem, ...]
    positive: Mapping[str, str]
    advice: Mapping[str, str]

    @property
    def high(self) -> int:
        return len(next(iter(self.labels.values())))

    def is_positive(self, answers: Mapping[str, int | None]) -> bool:
        """Any answer at or above ``positive_from`` ("not sure" or "yes")."""
        return any(v is not None and v >= self.positive_from for v in answers.values())


@dataclass(frozen=True)
class ScreeningAnswers:
    """One partner's screening for one round (sealed as a private record)."""

    answers: Mapping[str, int | None] = field(default_factory=dict)
    done: bool = False

    def to_bytes(self, screening: Screening) -> bytes:
        payload = {
            "format": "unmask-screening-answers",
            "screening": {"id": screening.id, "version": screening.version},
            "answers": dict(self.answers),
            "done": self.done,
        }
        return json.dumps(payload).encode()

    @classmethod
    def from_bytes(cls, data: bytes, screening: Screening) -> ScreeningAnswers:
        try:
            value = json.loads(data)
            ids = {i.id for i in screening.items}
            answers = {
                str(k): (None if v is None else int(v))
                for k, v in value["answers"].items()
                if k in ids
            }
            return cls(answers, bool(value["done"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise AuthError("the stored private answers decrypt but are damaged") from None


def record_id(instrument_id: str, round_no: int) -> str:
    """The private record a round's screening is sealed under."""
    return f"{instrument_id}@round{round_no}"


def _data(name: str) -> dict[str, Any]:
    text = resources.files("unmask.assess").joinpath(f"data/{name}").read_text("utf-8")
    value: dict[str, Any] = yamlload.safe_load(text)
    return value


@cache
def builtin_screening() -> Screening:
    raw = _data("screening_v1.yaml")
    return Screening(
        id=raw["id"],
        version=str(raw["version"]),
        title=raw["title"],
        intro=raw["intro"],
        labels={k: tuple(v) for k, v in raw["labels"].items()},
        positive_from=int(raw["positive_from"]),
        items=tuple(ScreeningItem(i["id"], i["text"]) for i in raw["items"]),
        positive=raw["positive"],
        advice=raw["advice"],
    )


@dataclass(frozen=True)
class HelpCountry:
    code: str
    name: Mapping[str, str]
    emergency: str
    lines: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class HelpResources:
    heading: Mapping[str, str]
    emergency: Mapping[str, str]
    fallback: Mapping[str, str]
    countries: tuple[HelpCountry, ...]
    #: the crisis notice's words and the heading of its lines (:func:`crisis_help_text`)
    crisis: Mapping[str, str] = field(default_factory=dict)
    crisis_heading: Mapping[str, str] = field(default_factory=dict)


@cache
def help_resources() -> HelpResources:
    """The screening's wording (``data/help_resources.yaml``) around the one list of
    helplines that the report's safety page shows too (:mod:`unmask.helplines`)."""
    from unmask.helplines import help_for

    raw = _data("help_resources.yaml")
    by_lang = {lang: help_for(lang) for lang in ("en", "zh")}
    codes = [c.id for c in by_lang["en"].countries]
    countries = []
    for code in codes:
        per = {lang: next(c for c in h.countries if c.id == code) for lang, h in by_lang.items()}
        countries.append(
            HelpCountry(
                code,
                {lang: c.name for lang, c in per.items()},
                per["en"].emergency,
                {lang: c.lines for lang, c in per.items()},
            )
        )
    return HelpResources(
        heading=raw["heading"],
        emergency=raw["emergency"],
        fallback={lang: h.elsewhere for lang, h in by_lang.items()},
        countries=tuple(countries),
        crisis=raw["crisis"],
        crisis_heading=raw["crisis_heading"],
    )


def guess_country(env: Mapping[str, str] | None = None) -> str | None:
    """The territory of the user's locale (``en_GB.UTF-8`` -> ``GB``), if any."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        territory = value.split(".")[0].split("@")[0].partition("_")[2]
        if len(territory) == 2 and territory.isalpha():
            return territory.upper()
    return None


def help_text(lang: str, country: str | None = None) -> list[str]:
    """Plain lines (no links): the user's country first when known, then the others."""
    res = help_resources()
    lang = lang if lang in res.heading else "en"
    order = sorted(res.countries, key=lambda c: c.code != (country or "").upper())
    lines = [res.heading[lang]]
    for entry in order:
        name = entry.name.get(lang) or entry.name["en"]
        lines.append(f"{name}: " + res.emergency[lang].format(number=entry.emergency))
        lines.extend(f"  - {line}" for line in entry.lines.get(lang, entry.lines["en"]))
    lines.append(res.fallback[lang].strip())
    return lines


def crisis_help_text(lang: str, country: str | None = None) -> list[str]:
    """The crisis notice for a partner whose own written answers speak of not wanting to
    live or of self-harm (:func:`points_to_crisis`): its words, then each country's
    emergency number and crisis lines (the lines the chat report's crisis notice shows,
    :mod:`unmask.helplines`), the user's country first when known. Plain lines, no links."""
    from unmask.helplines import help_for

    res = help_resources()
    lang = lang if lang in res.crisis else "en"
    help_ = help_for(lang)  # the countries of the language first, as the report lists them
    order = sorted(help_.crisis_countries, key=lambda c: c.id != (country or "").upper())
    lines = [res.crisis[lang].strip(), res.crisis_heading[lang]]
    for c in order:
        lines.append(f"{c.name}: " + res.emergency[lang].format(number=c.emergency))
        lines.extend(f"  - {line}" for line in c.crisis)
    lines.append(help_.crisis_elsewhere.strip())
    return lines


def points_to_crisis(texts: Iterable[str]) -> bool:
    """A partner's own written answers (the hopes) hold a statement of not wanting to live
    or of self-harm, read as the chat report's crisis notice reads messages
    (:func:`unmask.dyad.crisis.is_crisis`: the writer's own, not negated, quoted, about a
    film, romantic or laughing). The screening has no item about it; the written answers
    are where such words can be said."""
    from unmask.dyad.crisis import is_crisis

    return any(isinstance(t, str) and t.strip() and is_crisis(t) for t in texts)
