"""Plain data of a questionnaire: instrument, items, scales, response scales.

These frozen dataclasses are what :mod:`unmask.assess.schema` builds from an
instrument file. Scoring, the dyad comparison and the CLI only read them, so an
instrument supplied by a user (for example a validated scale whose item texts
they own) behaves exactly like the built-in inventory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

ScoringMethod = Literal["mean", "sum"]

#: texts keyed by language code ("en", "zh", ...)
Texts = Mapping[str, str]


@dataclass(frozen=True)
class ResponseScale:
    """Integer answers from ``low`` to ``high`` with one label per point and language."""

    low: int
    high: int
    labels: Mapping[str, tuple[str, ...]]

    @property
    def points(self) -> tuple[int, ...]:
        return tuple(range(self.low, self.high + 1))

    def reverse(self, value: int) -> int:
        """The reverse-keyed value: low <-> high."""
        return self.low + self.high - value

    def contains(self, value: object) -> bool:
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low <= value <= self.high
        )


@dataclass(frozen=True)
class Item:
    """One statement answered on the instrument's response scale."""

    id: str
    text: Texts
    predict: bool = False


@dataclass(frozen=True)
class Scale:
    """A scored set of items; ``reverse`` lists the reverse-keyed ones."""

    id: str
    group: str
    name: Texts
    description: Texts
    items: tuple[str, ...]
    reverse: frozenset[str]
    method: ScoringMethod
    min_answered: float


@dataclass(frozen=True)
class Domain:
    """A life domain rated for the next five years ("different dreams")."""

    id: str
    text: Texts


@dataclass(frozen=True)
class Instrument:
    """A whole questionnaire, validated and cross-checked by the loader."""

    id: str
    version: str
    title: Texts
    languages: tuple[str, ...]
    experimental: bool
    response_scale: ResponseScale
    prediction_prompt: Texts
    items: tuple[Item, ...]
    scales: tuple[Scale, ...]
    domains: tuple[Domain, ...] = ()
    domain_prompt: Texts | None = None
    domain_scale: ResponseScale | None = None
    max_hopes: int = 0
    hopes_prompt: Texts | None = None
    source: str = "<builtin>"

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def scale(self, scale_id: str) -> Scale:
        for scale in self.scales:
            if scale.id == scale_id:
                return scale
        raise KeyError(scale_id)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    @property
    def predicted_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.predict)

    def scale_of(self, item_id: str) -> Scale | None:
        """The first scale that scores ``item_id`` (None for unscored items)."""
        for scale in self.scales:
            if item_id in scale.items:
                return scale
        return None

    def text(self, texts: Texts, lang: str) -> str:
        """Text in ``lang``, falling back to the instrument's first language."""
        return texts.get(lang) or texts[self.languages[0]]
