"""Social-post structure in Chinese text: the writer's own words, and broadcasts.

Weibo-like posts carry other people's words and platform text beside the writer's own: a
repost chain (``太暖了//@城市晚报:【…】``: everything from the first ``//@`` was written by
others), a reply prefix (``回复@name:``), @mentions, links and their placeholders
(``网页链接``), and "转发微博", the text Weibo fills in for a repost without comment. And
many posts speak for an outlet, a shop or the platform rather than for the writer: news
headlines in 【】, news wording, ads, notices, lottery reposts, app-generated shares. Some
sounds and words, on the other hand, can only be the writer's own voice: laughter, crying,
swearing, a cry of surprise. And where a post says "you", the "you" is often not a reader
being counselled but the post's audience, an absent beloved or a crowd (an outburst of
"！！", "我爱你", "想你了", "亲们", "谢谢大家"), or a character's or a song's, inside quotation
marks or a title.

The patterns are data, in ``lang/zh/posts/structure.yaml`` (each with an example the tests
run). :func:`own_words` cuts the quoted parts; :func:`is_broadcast` says whether what is
left reads as a broadcast; :func:`has_voice` whether a clause holds the writer's own voice;
:func:`unquoted` cuts quotations and titles; :func:`has_audience` whether a message's "you"
reads as an audience. The Chinese model layer (:mod:`unmask.signals.model_zh`) reads
``disclosure.emotional`` of a post on its own words, asks more of a broadcast, and keeps a
voiced clause's feeling, and the feeling of a message to an audience, in a message to "you".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick
import numpy as np

from unmask.npset import unique
from unmask.signals.compiled_cache import cached
from unmask.signals.lexicon import LexiconError, read_yaml
from unmask.signals.prefilter import required_literals

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
    "地图",
    "全文",
    "转发",
    "轉發",
    "epost",  # Repost, repost
    "我在这里",  # a check-in's place line
)
_MARKS = re.compile("|".join(map(re.escape, QUOTE_MARKS)))
_SPACES = re.compile(r"\s+")
_EDGE = re.compile(r"^[\s，,。:：/]+|[\s，,:：/]+$")


@dataclass(frozen=True)
class Structure:
    """The compiled patterns of ``structure.yaml``."""

    quoted: re.Pattern[str]
    broadcast: re.Pattern[str]
    voice: re.Pattern[str]
    audience: re.Pattern[str]
    quotation: re.Pattern[str]
    broadcast_patterns: tuple[str, ...]
    quoted_examples: tuple[str, ...]
    broadcast_examples: tuple[str, ...]
    voice_examples: tuple[str, ...]
    audience_examples: tuple[str, ...]
    quotation_examples: tuple[str, ...]
    must_not_match: tuple[str, ...]
    audience_must_not_match: tuple[str, ...]


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
    """The patterns, read and compiled once per process, and kept compiled between runs
    (:mod:`unmask.signals.compiled_cache`: reading the YAML and compiling its patterns is
    ~15 ms of each new scoring process, the cached copy ~1 ms)."""
    return cached("posts-zh", Structure, build_structure)


def build_structure() -> Structure:
    """:func:`structure` read from ``structure.yaml`` and compiled (what the cache keeps)."""
    data = read_yaml("zh", DATA)
    if not isinstance(data, dict):
        raise LexiconError(f"src/unmask/lang/zh/{DATA}: expected a mapping.")
    quoted, q_examples = _patterns(data, "quoted")
    broadcast, b_examples = _patterns(data, "broadcast")
    voice, v_examples = _patterns(data, "voice")
    audience, a_examples = _patterns(data, "audience")
    quotation, qt_examples = _patterns(data, "quotation")
    lists = []
    for key in ("must_not_match", "audience_must_not_match"):
        mnm = data.get(key, [])
        if not isinstance(mnm, list) or not all(isinstance(m, str) for m in mnm):
            raise LexiconError(f"src/unmask/lang/zh/{DATA}: '{key}' must list messages.")
        lists.append(tuple(mnm))
    return Structure(
        re.compile("|".join(quoted), re.IGNORECASE),
        re.compile("|".join(broadcast), re.IGNORECASE | re.MULTILINE),
        re.compile("|".join(voice), re.IGNORECASE),
        re.compile("|".join(audience), re.IGNORECASE),
        re.compile("|".join(quotation)),
        tuple(broadcast),
        tuple(q_examples),
        tuple(b_examples),
        tuple(v_examples),
        tuple(a_examples),
        tuple(qt_examples),
        lists[0],
        lists[1],
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


def has_voice(text: str) -> bool:
    """Whether ``text`` (a clause) holds a sound or word that can only be the writer's own:
    laughter, crying, swearing, a cry of surprise or despair (``voice`` in structure.yaml)."""
    return structure().voice.search(text) is not None


def unquoted(text: str) -> str:
    """``text`` with its quotations and titles (``quotation`` in structure.yaml: “…”, 「…」,
    《…》 …) each replaced by "，": what is left is the writer's own voice."""
    return structure().quotation.sub("，", text)


def has_audience(text: str) -> bool:
    """Whether ``text`` (a message, quotations cut) says its "you" to an audience, an absent
    beloved or a crowd rather than to a reader (``audience`` in structure.yaml: a run of
    "！！" or "？？", the writer's love or longing for "you", a greeting or thanks to a crowd,
    a pet name with an interjection)."""
    return structure().audience.search(unquoted(text)) is not None


def _rows_with(pattern: re.Pattern[str], texts: Sequence[str]) -> np.ndarray:
    """Indices of the texts in which ``pattern`` matches: one pass over them joined by
    "\n" (a pattern may not match a line break; "^" matches at every line start)."""
    if not texts:
        return np.zeros(0, dtype=np.int64)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.zeros(len(texts), dtype=np.int64)
    starts[1:] = np.cumsum(lengths[:-1] + 1)
    hits = np.fromiter((m.start() for m in pattern.finditer("\n".join(texts))), dtype=np.int64)
    return unique(np.searchsorted(starts, hits, side="right") - 1)


def own_words_many(texts: Sequence[str]) -> tuple[list[str], list[int]]:
    """:func:`own_words` of every text, and the indices of the texts it changed (one scan
    of the batch finds the few texts with anything to cut)."""
    out = list(texts)
    changed = []
    for k in _rows_with(_MARKS, texts).tolist():
        own = own_words(texts[k])
        if own != texts[k]:
            out[k] = own
            changed.append(k)
    return out, changed


@cache
def _broadcast_keys() -> Any | None:
    """An Aho-Corasick automaton of strings one of which every broadcast match holds
    (:func:`unmask.signals.prefilter.required_literals` of each pattern); None when a
    pattern has none (then the patterns run over every text)."""
    keys: set[str] = set()
    for pattern in structure().broadcast_patterns:
        found = required_literals([pattern])
        if found is None:
            return None
        keys.update(k.lstrip("\n") for k in found)
    if not keys or "" in keys:
        return None
    automaton = ahocorasick.Automaton()
    for key in sorted(keys):
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def broadcast_many(texts: Sequence[str]) -> np.ndarray:
    """:func:`is_broadcast` of every text (a bool array): one Aho-Corasick pass over the
    batch finds the texts that hold a string some broadcast pattern needs, and the
    patterns run on those only."""
    out = np.zeros(len(texts), dtype=bool)
    keys = _broadcast_keys()
    if keys is None or not texts:
        out[_rows_with(structure().broadcast, texts)] = True
        return out
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.zeros(len(texts), dtype=np.int64)
    starts[1:] = np.cumsum(lengths[:-1] + 1)
    ends = np.fromiter((end for end, _ in keys.iter("\n".join(texts))), dtype=np.int64)
    if len(ends) == 0:
        return out
    candidates = unique(np.searchsorted(starts, ends, side="right") - 1)
    for k in candidates.tolist():
        out[k] = is_broadcast(texts[k])
    return out
