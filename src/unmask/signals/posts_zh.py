"""Social-post structure in Chinese text: the writer's own words, and broadcasts.

Weibo-like posts carry other people's words and platform text beside the writer's own: a
repost chain (``太暖了//@城市晚报:【…】``: everything from the first ``//@`` was written by
others), a reply prefix (``回复@name:``), @mentions, links and their placeholders
(``网页链接``), and "转发微博", the text Weibo fills in for a repost without comment. And
many posts speak for an outlet, a shop or the platform rather than for the writer: news
headlines in 【】, news wording, ads, notices, lottery reposts, app-generated shares.

The patterns are data, in ``lang/zh/posts/structure.yaml`` (each with an example the tests
run). :func:`own_words` cuts the quoted parts; :func:`is_broadcast` says whether what is
left reads as a broadcast. The Chinese model layer (:mod:`unmask.signals.model_zh`) reads
``disclosure.emotional`` of a post on its own words and asks more of a broadcast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from unmask.signals.lexicon import LexiconError, read_yaml

DATA = "posts/structure.yaml"
#: a text with none of these has nothing for the ``quoted`` patterns to cut (a fast path:
#: chat lines); every quoted pattern needs one of them
QUOTE_MARKS: tuple[str, ...] = (
    "@",
    "//",
    "http",
    "链接",
    "视频",
    "图片",
    "组图",
    "转发",
    "轉發",
    "epost",  # Repost, repost
)
_SPACES = re.compile(r"\s+")
_EDGE = re.compile(r"^[\s，,。:：/]+|[\s，,:：/]+$")


@dataclass(frozen=True)
class Structure:
    """The compiled patterns of ``structure.yaml``."""

    quoted: re.Pattern[str]
    broadcast: re.Pattern[str]
    quoted_examples: tuple[str, ...]
    broadcast_examples: tuple[str, ...]
    must_not_match: tuple[str, ...]


def _patterns(data: dict[str, object], key: str) -> tuple[list[str], list[str]]:
    at = f"src/unmask/lang/zh/{DATA}"
    items = data.get(key)
    if not isinstance(items, list) or not items:
        raise LexiconError(f"{at}: '{key}' must be a list of patterns.")
    regexes, examples = [], []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or set(item) != {"regex", "example"}:
            raise LexiconError(f"{at}, {key} {i}: needs exactly 'regex' and 'example'.")
        try:
            re.compile(item["regex"])
        except re.error as error:
            raise LexiconError(f"{at}, {key} {i}: invalid regex ({error}).") from None
        regexes.append(f"(?:{item['regex']})")
        examples.append(str(item["example"]))
    return regexes, examples


@cache
def structure() -> Structure:
    """The patterns, read and compiled once per process."""
    data = read_yaml("zh", DATA)
    if not isinstance(data, dict):
        raise LexiconError(f"src/unmask/lang/zh/{DATA}: expected a mapping.")
    quoted, q_examples = _patterns(data, "quoted")
    broadcast, b_examples = _patterns(data, "broadcast")
    mnm = data.get("must_not_match", [])
    if not isinstance(mnm, list) or not all(isinstance(m, str) for m in mnm):
        raise LexiconError(f"src/unmask/lang/zh/{DATA}: 'must_not_match' must list posts.")
    return Structure(
        re.compile("|".join(quoted), re.IGNORECASE),
        re.compile("|".join(broadcast), re.IGNORECASE),
        tuple(q_examples),
        tuple(b_examples),
        tuple(mnm),
    )


def own_words(text: str) -> str:
    """``text`` less the parts the writer did not write (repost chains, reply prefixes,
    @mentions, links, "转发微博"), spaces folded; "" when nothing of their own is left."""
    if not any(mark in text for mark in QUOTE_MARKS):
        return text
    quoted = structure().quoted
    cut = text
    for _ in range(2):  # twice: "转发微博 //@…" is "转发微博" alone once the chain is cut
        cut = _EDGE.sub("", _SPACES.sub(" ", quoted.sub(" ", cut)))
    return cut


def is_broadcast(text: str) -> bool:
    """Whether a post (its own words) reads as news, an ad, a notice, a lottery repost or
    an app-generated share rather than a person's own voice."""
    return structure().broadcast.search(text) is not None
