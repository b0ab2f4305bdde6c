"""Task-talk figures on booking chats from sources outside ``shared/``
(:mod:`unmask_dev.outside_tod`): the English rows go to the ``task_talk`` area, the Chinese
ones to ``chinese``. Each figure on both halves: ``report`` (figures only) and ``tune``
(misses were read there while writing the surface lexicons' version 3)."""

from __future__ import annotations

import numpy as np

from unmask.dyad.columns import DEPTH_SIGNALS
from unmask_dev import outside_tod
from unmask_dev.validity import Row, responsiveness

FIGURES: tuple[tuple[str, str], ...] = (
    ("turns with any depth signal", "<= 0.05"),
    ("turns with disclosure.emotional", "<= 0.02"),
    ("turns with logistics or money", ">= 0.60"),
    ("replies with responsiveness (false positives)", "<= 0.05"),
)


#: who read the misses of each tuning set
TUNE_SET_BY: dict[str, str] = {"sgd_tune": "h-claff2", "abcd": "h-tod3"}
#: who read the misses of a source's tune half, where not the surface lexicons' version 3
TUNE_HALF_READ: dict[str, str] = {"taskmaster": "h-tod3", "jddc": "h-tod3"}


def _hits(dialogues: tuple[outside_tod.Dialogue, ...]) -> list[np.ndarray]:
    """Per figure, one bool per item: turns for the first three, replies for the last."""
    s = responsiveness.score_dialogues(dialogues)
    depth = np.any([s.present(name) for name in DEPTH_SIGNALS], axis=0)
    surface = s.present("logistics") | s.present("transactional")
    is_reply = ~np.isnan(np.asarray(s.scores["responsiveness"], dtype=np.float64))
    return [
        depth,
        s.present("disclosure.emotional"),
        surface,
        s.present("responsiveness")[is_reply],
    ]


def tune_set_rows(source: str, area: str) -> list[Row]:
    """The figures on a source that is a tuning set as a whole
    (:data:`unmask_dev.outside_tod.TUNE_ONLY`)."""
    label = outside_tod.SOURCES[source][1]
    try:
        dialogues = outside_tod.load(source)
    except outside_tod.Missing as exc:
        return [
            Row(area, f"{label}, {name}, tune set", None, target, 0, str(exc))
            for name, target in FIGURES
        ]
    note = f"{len(dialogues)} dialogues; a tuning set (misses read here, {TUNE_SET_BY[source]})"
    return [
        Row(
            area,
            f"{label}, {name}, tune set",
            float(hit.mean()) if len(hit) else None,
            target,
            len(hit),
            note,
        )
        for (name, target), hit in zip(FIGURES, _hits(dialogues), strict=True)
    ]


def rows(source: str, area: str) -> list[Row]:
    if source in outside_tod.TUNE_ONLY:
        return tune_set_rows(source, area)
    label = outside_tod.SOURCES[source][1]
    read_by = TUNE_HALF_READ.get(source, "surface lexicons v3")
    out = []
    for which in ("report", "tune"):
        try:
            dialogues = outside_tod.load(source, which)
        except outside_tod.Missing as exc:
            out += [
                Row(area, f"{label}, {name}, {which} half", None, target, 0, str(exc))
                for name, target in FIGURES
            ]
            continue
        note = (
            f"{len(dialogues)} dialogues; figures only"
            if which == "report"
            else f"{len(dialogues)} dialogues; misses read here ({read_by})"
        )
        for (name, target), hit in zip(FIGURES, _hits(dialogues), strict=True):
            value = float(hit.mean()) if len(hit) else None
            out.append(Row(area, f"{label}, {name}, {which} half", value, target, len(hit), note))
    return out
