"""``--redact``: take names, numbers, emails, addresses and links out of example messages.

Redaction applies to the example messages shown as evidence (the only
message text a report holds) and to the partners' names. It is pattern
based and deliberately greedy: a redacted report should be safe to show a
counsellor or paste into a bug report. It cannot know every name a chat
mentions; partners' names (and their first names) are always replaced, and
callers can pass more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
ADDRESS_EN = re.compile(
    r"\b\d+[a-z]?\s+(?:[A-Za-z]+\s+){0,3}"
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|"
    r"square|sq|terrace|close|crescent)\b\.?",
    re.IGNORECASE,
)
ADDRESS_ZH = re.compile(r"[\u4e00-\u9fff]{1,12}(?:路|街|大道|巷|弄|胡同)[\d一二三四五六七八九十百]*"
                        r"(?:号|號)?(?:[\d一二三四五六七八九十]+(?:栋|楼|室|单元))*")
PHONE = re.compile(r"\+?\d[\d\s\-().]{6,}\d")
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")

NAME = "[name]"


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    variants: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        variants.add(name)
        variants.update(part for part in re.split(r"\s+", name) if len(part) >= 2)
    if not variants:
        return None
    alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    # word-bounded for Latin names; Han names match anywhere (no spaces in Chinese)
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])|(?:{alternation})(?=[\u4e00-\u9fff])",
                      re.IGNORECASE)


class Redactor:
    """Replaces private details in a text; built once per report."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._names = _name_pattern(names)

    def __call__(self, text: str) -> str:
        text = EMAIL.sub("[email]", text)
        text = LINK.sub("[link]", text)
        text = ADDRESS_EN.sub("[address]", text)
        text = ADDRESS_ZH.sub("[address]", text)
        text = PHONE.sub("[number]", text)
        text = NUMBER.sub("[number]", text)
        if self._names is not None:
            text = self._names.sub(NAME, text)
        return text


def redact(text: str, names: Iterable[str] = ()) -> str:
    """Redact one text (convenience; build a :class:`Redactor` for many)."""
    return Redactor(names)(text)
