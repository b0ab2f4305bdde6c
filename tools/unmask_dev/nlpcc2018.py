"""NLPCC 2018 shared task 1 (code-switching emotion detection): Weibo posts, an optional
outside development set for the Chinese "emotion expressed" figure.

Not bundled and not in ``shared/``: the posts are real Weibo text mixed with English
("今天好happy"), labelled by the organisers for happiness, sadness, anger, fear and surprise
(each T or F); a post with any T expresses an emotion. Its licence is not stated, so it is
used for figures only (never for training, nor for thresholds). Point
``$UNMASK_NLPCC2018_DEV`` at the development file as published (``<Tweet id="N">`` records,
the text word-segmented with spaces) or at a TSV of the same records (``id``, the five
flags, text). :func:`desegment` removes the segmenter's spaces between Chinese characters
so the text reads as it was posted; spaces between Latin words stay.

The posts fall in two halves by a salted hash of their id: ``tune`` (cues may be chosen
while looking at it) and ``report`` (figures only).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ENV = "UNMASK_NLPCC2018_DEV"
SALT = "nlpcc18"
EMOTIONS = ("Happiness", "Sadness", "Anger", "Fear", "Surprise")
Half = Literal["tune", "report"]

_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2018-\u201f\u2026"
_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_CJK_EDGE = re.compile(rf"(?<=[{_CJK}])\s+(?=[\[\]0-9])|(?<=[\]0-9])\s+(?=[{_CJK}])")
_TWEET = re.compile(r"<Tweet id=\"(\d+)\">(.*?)</Tweet>", re.S)
_FLAG = re.compile(r"<(\w+)>\s*([TF])\s*</\1>")
_CONTENT = re.compile(r"<Content>\s*(.*?)\s*</Content>", re.S)


@dataclass(frozen=True)
class Post:
    id: str
    emotions: frozenset[str]
    text: str

    @property
    def emotional(self) -> bool:
        return bool(self.emotions)


class Missing(FileNotFoundError):
    """``$UNMASK_NLPCC2018_DEV`` is unset or names no readable file."""


def desegment(text: str) -> str:
    """The text without the word segmenter's spaces between Chinese characters."""
    text = text.replace('\\ "', '"')
    previous = None
    while previous != text:
        previous = text
        text = _BETWEEN_CJK.sub("", text)
    return _CJK_EDGE.sub("", text).strip()


def parse(raw: str) -> list[Post]:
    """Posts of the published format, or of the TSV (``id``, five T/F flags, text)."""
    if raw.lstrip().startswith("<Tweet"):
        out = []
        for post_id, body in _TWEET.findall(raw):
            flags = dict(_FLAG.findall(body))
            content = _CONTENT.search(body)
            text = content.group(1) if content else ""
            felt = frozenset(e for e in EMOTIONS if flags.get(e) == "T")
            out.append(Post(post_id, felt, desegment(text)))
        return out
    out = []
    for line in raw.splitlines():
        fields = line.split("\t")
        if len(fields) != 7 or not fields[0].isdigit():
            continue
        felt = frozenset(e for e, f in zip(EMOTIONS, fields[1:6], strict=True) if f == "T")
        out.append(Post(fields[0], felt, desegment(fields[6])))
    return out


def half(post_id: str) -> Half:
    digest = hashlib.sha256(f"{SALT}:{post_id}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "report"


def load(which: Half | None = None) -> list[Post]:
    """The posts of ``$UNMASK_NLPCC2018_DEV`` (one half, or all); :class:`Missing` if unset."""
    path = os.environ.get(ENV)
    if not path or not Path(path).is_file():
        raise Missing(f"set ${ENV} to the NLPCC 2018 task 1 development file to get this figure")
    posts = parse(Path(path).read_text(encoding="utf-8"))
    return [p for p in posts if which is None or half(p.id) == which]
