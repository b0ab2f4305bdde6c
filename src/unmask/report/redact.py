"""``--redact``: take names, numbers, emails, addresses and links out of what is written.

Redaction applies to the example messages shown as evidence (the only
message text report.json and report.html hold), to every sender's name and
the file name (see :mod:`unmask.profile.document`), and to messages.parquet
(:func:`redact_table`). It is pattern
based and deliberately greedy: a redacted report should be safe to show a
counsellor or paste into a bug report. It cannot know every name a chat
mentions; partners' names (and their first names) are always replaced, and
callers can pass more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pyarrow as pa

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
ADDRESS_EN = re.compile(
    r"\b\d+[a-z]?\s+(?:[A-Za-z]+\s+){0,3}"
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|"
    r"square|sq|terrace|close|crescent)\b\.?",
    re.IGNORECASE,
)
ADDRESS_ZH = re.compile(
    r"[\u4e00-\u9fff]{1,12}(?:路|街|大道|巷|弄|胡同)[\d一二三四五六七八九十百]*"
    r"(?:号|號)?(?:[\d一二三四五六七八九十]+(?:栋|楼|室|单元))*"
)
PHONE = re.compile(r"\+?\d[\d\s\-().]{6,}\d")
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")

NAME = "[name]"


HAN = re.compile(r"[\u4e00-\u9fff]+")


def name_variants(names: Iterable[str]) -> set[str]:
    """The forms of each name to replace: the full name, its words, a Han given name.

    "Sam Okafor" -> {"Sam Okafor", "Sam", "Okafor"}; a three-character Han name
    "林小雨" -> {"林小雨", "小雨"} (friends call each other by the given name). Single
    characters are never variants: they would hit ordinary words.
    """
    variants: set[str] = set()
    for name in names:
        name = name.strip()
        if not name:
            continue
        variants.add(name)
        variants.update(part for part in re.split(r"\s+", name) if len(part) >= 2)
        if HAN.fullmatch(name) and len(name) == 3:
            variants.add(name[1:])
    return variants


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    variants = name_variants(names)
    if not variants:
        return None
    # word-bounded for Latin names ("Sam" must not hit "same"); Han names match anywhere
    # (Chinese has no spaces, so a name is always next to other word characters)
    alternation = "|".join(
        rf"(?<!\w){re.escape(v)}(?!\w)" if not HAN.search(v) else re.escape(v)
        for v in sorted(variants, key=len, reverse=True)
    )
    return re.compile(alternation, re.IGNORECASE)


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


def redact_table(table: pa.Table, senders: Mapping[str, str], redactor: Redactor) -> pa.Table:
    """A canonical message table with nothing that names anyone (``--redact``).

    Senders become their placeholders (``senders``: real -> shown name), texts
    are redacted like example messages, and the ids, which importers derive from
    the file name ("WhatsApp Chat with Mei.txt" -> ``mei:17``), are renumbered
    (``reply_to`` follows). Timestamps, kinds and every score are kept, so the
    table still supports any analysis that does not need the words themselves.
    """
    sender = [
        None if s is None else senders.get(s, NAME) for s in table.column("sender").to_pylist()
    ]
    text = [None if t is None else redactor(t) for t in table.column("text").to_pylist()]
    old_ids = table.column("message_id").to_pylist()
    new_ids = {old: f"m{i}" for i, old in enumerate(old_ids)}
    reply_to = [None if r is None else new_ids.get(r) for r in table.column("reply_to").to_pylist()]
    replaced = {
        "sender": pa.array(sender, type=pa.string()),
        "text": pa.array(text, type=pa.string()),
        "message_id": pa.array([new_ids[i] for i in old_ids], type=pa.string()),
        "reply_to": pa.array(reply_to, type=pa.string()),
        "conversation_id": pa.array(["chat"] * table.num_rows, type=pa.string()),
    }
    for name, values in replaced.items():
        index = table.schema.get_field_index(name)
        field = table.schema.field(index)
        table = table.set_column(index, field, values.cast(field.type))
    return table
