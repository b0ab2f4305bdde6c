"""A first-person plural in partners' logistics is not shared identity (h-wetalk;
docs/validity.md "We in partners' logistics (h-wetalk)", docs/signals.md ``we_talk``
version 12).

``we_talk`` stands for the pair as a unit: shared identity, shared plans, shared meaning.
"We need milk", "we're out of nappies again", 我们得交物业费了 use the plural only as the
subject of a chore, a purchase, a bill or a schedule. A message read as task talk
(``logistics``, ``duty`` or ``transactional`` present) with no depth signal but
``we_talk`` (no feeling, no value, no plan read by ``future``) loses its ``we_talk``, score
and evidence, unless a word that carries the pair itself, their time away or the
relationship is in it ("together", "the two of us", "our next holiday", "fighting", 咱俩,
一起, 吵架: the ``pair`` part of ``lang/<code>/guards/we_pair.yaml``), or a proposal to do
something together ("let's go to the beach on saturday", "where should we go", 咱们周末去爬山吧:
its ``plan`` part; :func:`keeps`). The surface reading stands.

It runs after the model layers (their ``we_talk``, ``logistics`` and depth readings are the
ones read) and before the control gate (:func:`unmask.signals.scorer._score_one_batch`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

from unmask.signals.guard_data import Part, drop, named_parts
from unmask.signals.langdetect import LANG_EN, LANG_ZH
from unmask.signals.types import DEPTH_SIGNALS, MESSAGE_SIGNALS, PRESENT, Evidence

SIGNAL = "we_talk"
GUARD_FILE = "guards/we_pair.yaml"
LANGS = (LANG_EN, LANG_ZH)
#: the surface signals that read a message as task talk (a chore, a bill, a schedule)
TASK_SIGNALS: tuple[str, ...] = ("logistics", "duty", "transactional")

_COL = MESSAGE_SIGNALS.index(SIGNAL)
_TASK_COLS = np.array([MESSAGE_SIGNALS.index(name) for name in TASK_SIGNALS])
_OTHER_DEPTH_COLS = np.array(
    [MESSAGE_SIGNALS.index(name) for name in DEPTH_SIGNALS if name != SIGNAL]
)


PART_NAMES = ("pair", "plan")


@functools.cache
def parts(lang: str) -> dict[str, Part] | None:
    """The ``pair`` and ``plan`` parts of ``lang``'s guard file (None for a language without
    it), read once."""
    return named_parts(lang, GUARD_FILE, PART_NAMES, LANGS)


def keeps(text: str, lang: str) -> bool:
    """Whether ``text`` (of language ``lang``) holds a word that carries the pair itself or
    the relationship (the ``pair`` part) or a proposal to do something together (the
    ``plan`` part); a language without the file keeps every ``we_talk``."""
    found = parts(lang)
    if found is None:
        return True
    low = text.lower().replace("\u2019", "'")
    return any(part.pattern.search(low) for part in found.values())


def task_only(scores: np.ndarray) -> np.ndarray:
    """Per row of ``scores`` (rows x :data:`MESSAGE_SIGNALS`): ``we_talk`` present beside a
    task signal and no other depth signal."""
    out: np.ndarray = (
        (scores[:, _COL] >= PRESENT)
        & (scores[:, _TASK_COLS] >= PRESENT).any(axis=1)
        & ~(scores[:, _OTHER_DEPTH_COLS] >= PRESENT).any(axis=1)
    )
    return out


def apply(
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
) -> None:
    """Drop ``we_talk`` (score and evidence) of the messages among ``texts`` read only as
    task talk and holding no pair word or proposal; ``scores``: messages x signals, in place."""
    rows = [i for i in np.flatnonzero(task_only(scores)).tolist() if not keeps(texts[i], langs[i])]
    drop(scores, evidence, SIGNAL, _COL, rows)
