"""The fixed split of the Chinese development sets by dialogue (training and figures).

Every dialogue of CPED, SmileChat and CrossWOZ falls in one part by a salted hash of
its source and id: ``train`` (55%), ``dev`` (15%, threshold choice) and ``test`` (30%,
figures only; nothing is tuned on it). Splitting by dialogue keeps turns of one
conversation (and one TV scene) out of both sides.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from unmask_dev.devsets import Dialogue

Part = Literal["train", "dev", "test"]
SALT = "unmask-zh-1"


def part(source: str, dialogue_id: str) -> Part:
    """Which part a dialogue of ``source`` ("cped", "smilechat", "crosswoz") is in."""
    digest = hashlib.sha256(f"{SALT}:{source}:{dialogue_id}".encode()).digest()
    bucket = int.from_bytes(digest[:4], "big") % 100
    if bucket < 55:
        return "train"
    if bucket < 70:
        return "dev"
    return "test"


def select(source: str, dialogues: tuple[Dialogue, ...], which: Part) -> list[Dialogue]:
    """The dialogues of ``source`` in part ``which``."""
    return [d for d in dialogues if part(source, d.id) == which]
