"""SMP2020-EWECT (Weibo emotion classification, "usual" posts): an optional outside tune set
for the Chinese "emotion expressed" figure, from a source other than NLPCC 2018.

Not bundled and not in ``shared/``: real Weibo posts labelled by the organisers with one of
six classes (happy, angry, sad, fear, surprise, neutral; the published files spell neutral
``neural``); a post with any class but neutral expresses an emotion. Only samples of the
task's TRAIN portion are used (never its eval or test files), as tune data: cues may be
chosen while reading them, and the figure says whether what was tuned on NLPCC transfers.
Its licence is not stated, so it is used for figures and reading only (never for training
shipped weights). Point ``$UNMASK_SMP2020_SAMPLE`` at a file of records in the published
JSON shape (a list of ``{"id", "content", "label"}``) or a TSV of ``id``, label, text. The
records become :class:`unmask_dev.nlpcc2018.Post` (emotions named as NLPCC's), so the
NLPCC diagnostics read them too.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Literal

from unmask_dev.nlpcc2018 import Post

ENV = "UNMASK_SMP2020_SAMPLE"
#: a fresh page of the same file (h-smp3): posts no cue was chosen on, read for figures only
FRESH_ENV = "UNMASK_SMP2020_FRESH"
Half = Literal["tune", "report"]
#: SMP2020-EWECT label -> the NLPCC 2018 emotion name (None: no emotion expressed)
LABELS: dict[str, str | None] = {
    "happy": "Happiness",
    "sad": "Sadness",
    "angry": "Anger",
    "fear": "Fear",
    "surprise": "Surprise",
    "neutral": None,
    "neural": None,
}


class Missing(FileNotFoundError):
    """``$UNMASK_SMP2020_SAMPLE`` (or ``$UNMASK_SMP2020_FRESH``) is unset or names no readable
    file."""


def _post(post_id: object, label: str, text: str) -> Post:
    if label not in LABELS:
        raise ValueError(f"unknown SMP2020-EWECT label {label!r}")
    felt = LABELS[label]
    return Post(str(post_id), frozenset({felt} if felt else ()), text.strip())


def parse(raw: str) -> list[Post]:
    """Posts of the published JSON shape, or of the TSV (``id``, label, text)."""
    if raw.lstrip().startswith("["):
        return [_post(r["id"], r["label"], r["content"]) for r in json.loads(raw)]
    out = []
    for line in raw.splitlines():
        fields = line.split("\t")
        if len(fields) == 3 and fields[0].isdigit():
            out.append(_post(*fields))
    return out


def half(post_id: str) -> Half:
    """Which half a post is in (h-smp): ``tune`` where crc32 of its id is even, ``report``
    where odd. Until h-smp the whole sample was tune data (cues looked at on every post);
    from h-smp on, misses are read on the tune half only and the report half gives figures."""
    return "tune" if zlib.crc32(post_id.encode()) % 2 == 0 else "report"


def load(which: Half | None = None, env: str = ENV) -> list[Post]:
    """The posts of ``$UNMASK_SMP2020_SAMPLE`` (or of the file ``env`` names) in half
    ``which`` (every post when None); :class:`Missing` if unset."""
    path = os.environ.get(env)
    if not path or not Path(path).is_file():
        raise Missing(f"set ${env} to a sample of the SMP2020-EWECT train file to get this figure")
    posts = parse(Path(path).read_text(encoding="utf-8"))
    return [p for p in posts if which is None or half(p.id) == which]


def load_fresh() -> list[Post]:
    """The fresh page of ``$UNMASK_SMP2020_FRESH`` (h-smp3): 290 general posts of the same
    train file, ids 15584-15945, none in the tune sample. Report only: its misses are not
    read, no cue or threshold is chosen on it; :class:`Missing` if unset."""
    return load(None, FRESH_ENV)
