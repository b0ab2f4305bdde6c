"""Runs of words shared between texts: the check that data we write for training keeps clear
of the rounds it must never have seen (a probe round's wordings or close paraphrases)."""

from __future__ import annotations

import re
from collections.abc import Iterator

_HAN = re.compile("[\u4e00-\u9fff]")
_WORD = re.compile(r"[a-z']+")


def is_zh(text: str) -> bool:
    """Whether ``text`` holds a Chinese character."""
    return _HAN.search(text) is not None


def runs(text: str, n: int = 5) -> set[str]:
    """Runs of ``n`` words (English, lower-cased) or ``n`` Chinese characters (Chinese, other
    characters left out)."""
    if is_zh(text):
        han = "".join(_HAN.findall(text))
        return {han[i : i + n] for i in range(len(han) - n + 1)}
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def yaml_strings(node: object) -> Iterator[str]:
    """Every string of a parsed YAML document, keys included: the lexicon strings (entries,
    examples, must-fire and must-not-fire lines) a fresh round must share no run with."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from yaml_strings(key)
            yield from yaml_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from yaml_strings(value)
