"""Our own Weibo-style posts: a format check of the Chinese layer on social posts.

``data/zh_posts.tsv`` holds ~150 short posts written by the unmask developers (never
copied from a dataset): about half express an emotion of the writer's own (label 1), the
rest are news, ads, notices, lottery reposts, questions and plain reports (label 0), in
the formats Weibo uses (emoticon codes ``[泪]``, hashtags ``#话题#``, ``//@user:`` repost
chains, ``回复@user:``, links, net slang). It checks that those formats are read; it is
not a measure of accuracy, since the same people wrote the posts and the cues.

The posts fall in two halves by a salted hash of their id: ``tune`` (cues and thresholds
may be chosen on it) and ``report`` (figures only).

``data/zh_posts_train.tsv`` (:func:`load_training`) is a separate, larger set of ~800
posts we wrote in the same formats as *training* data for the Chinese model
(``scripts/train_zh.py``), split by a salted hash of the id into ``train`` (75%) and
``dev`` (25%, threshold and grid). ``data/zh_posts.tsv`` is never trained on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Literal

Half = Literal["tune", "report"]
TrainPart = Literal["train", "dev"]
SALT = "unmask-zh-posts-1"
DATA = "zh_posts.tsv"
TRAIN_SALT = "unmask-zh-posts-train-1"
TRAIN_DATA = "zh_posts_train.tsv"


@dataclass(frozen=True)
class Post:
    id: str
    emotional: bool
    format: str
    text: str


def half(post_id: str) -> Half:
    """Which half a post is in (about 50/50, fixed by its id)."""
    digest = hashlib.sha256(f"{SALT}:{post_id}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "report"


def load() -> list[Post]:
    """Every post of ``data/zh_posts.tsv`` (lines starting with "#" are comments)."""
    return _read(DATA)


def load_training(which: TrainPart | None = None) -> list[Post]:
    """The training posts of ``data/zh_posts_train.tsv`` in part ``which`` (all when None)."""
    return [p for p in _read(TRAIN_DATA) if which is None or training_part(p.id) == which]


def training_part(post_id: str) -> TrainPart:
    """Which part a training post is in (about 75% ``train``, fixed by its id)."""
    digest = hashlib.sha256(f"{TRAIN_SALT}:{post_id}".encode()).digest()
    return "train" if digest[0] % 4 else "dev"


def _read(name: str) -> list[Post]:
    text = resources.files("unmask_dev").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        post_id, label, fmt, body = line.split("\t")
        out.append(Post(post_id, label == "1", fmt, body))
    return out


def select(which: Half | None = None) -> list[Post]:
    """The posts of one half (all of them when ``which`` is None)."""
    return [p for p in load() if which is None or half(p.id) == which]
