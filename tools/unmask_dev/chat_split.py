"""Fixed halves of the dialogue development sets: one to train or tune on, one for figures.

A dialogue's side depends only on its id and first turn: dialogues are ordered by
``sha256(salt + id + first turn)`` and the first ``TRAIN_SHARE`` of them (by count) are
the *fit* side (MultiWOZ: training negatives of the shipped model; ESConv: looked at while
tuning, never trained on), the rest the *held-out* side that every figure in
:mod:`unmask_dev.validity.task_talk` is computed on. The order does not depend on the
file's order, so a re-exported file splits the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from unmask_dev.devsets import Dialogue

SALT = "unmask-chat-split-v1:"
TRAIN_SHARE = 0.5
SIDES = ("fit", "held_out")


def _key(dialogue: Dialogue) -> str:
    # the first turn's text too: ESConv's ids are positions in the file
    first = dialogue.turns[0].text if dialogue.turns else ""
    return hashlib.sha256(f"{SALT}{dialogue.id}\n{first}".encode()).hexdigest()


def halves(dialogues: Sequence[Dialogue]) -> dict[str, tuple[Dialogue, ...]]:
    """``{"fit": ..., "held_out": ...}``, each in the input's order."""
    ordered = sorted(dialogues, key=_key)
    n_fit = round(len(ordered) * TRAIN_SHARE)
    fit_ids = {d.id for d in ordered[:n_fit]}
    return {
        "fit": tuple(d for d in dialogues if d.id in fit_ids),
        "held_out": tuple(d for d in dialogues if d.id not in fit_ids),
    }
