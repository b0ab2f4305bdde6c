"""``--redact``: take names, numbers, emails, addresses and links out of what is written.

Redaction applies to the example messages shown as evidence (the only
message text report.json and report.html hold), to every sender's name and
the file name (see :mod:`unmask.report.document`), and to messages.parquet
(:func:`redact_table`). It is pattern
based and deliberately greedy: a redacted report should be safe to show a
counsellor or paste into a bug report. It cannot know every name a chat
mentions for sure; partners' names (and their first names) are always
replaced, @handles and named streets too, and other names are recognised as
words the chat capitalises in mid-sentence (:func:`mentioned_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pyarrow as pa

from unmask.signals.compiled_cache import regex

EMAIL = regex(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LINK = regex(r"(?:https?://|www\.)\S+", re.IGNORECASE)
ADDRESS_EN = regex(
    r"\b\d+[a-z]?\s+(?:[A-Za-z]+\s+){0,3}"
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|"
    r"square|sq|terrace|close|crescent)\b\.?",
    re.IGNORECASE,
)
ADDRESS_ZH = regex(
    r"[\u4e00-\u9fff]{1,12}(?:路|街|大道|巷|弄|胡同)[\d一二三四五六七八九十百]*"
    r"(?:号|號)?(?:[\d一二三四五六七八九十]+(?:栋|楼|室|单元))*"
)
#: a street named without a house number: "Baker Street", "on Elm Rd", "Hauptstraße 5"
ADDRESS_NAMED = regex(
    r"\b(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|"
    r"Way|Court|Place|Square|Terrace|Close|Crescent|Gardens|Park|Hill)\b\.?"
    r"|\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|gasse|weg|allee|platz|ring)"
    r"(?:\s+\d+[a-z]?)?"
)
#: a social-media or chat handle: @mei_l, @alex.morgan
HANDLE = regex(r"(?<![\w.@])@[\w][\w.]{1,}\w")
PHONE = regex(r"\+?\d[\d\s\-().]{6,}\d")
NUMBER = regex(r"\d+(?:[.,:]\d+)*")

NAME = "[name]"

#: a capitalised word (a letter in upper case, then lower-case letters)
CAPITALISED = regex(r"(?<![\w'\[])[^\W\d_a-z][^\W\d_A-Z]+(?![\w\]])")
#: a capitalised word in the middle of a sentence (a word and a space or comma before it)
MID_SENTENCE = regex(r"(?<=[\w,;)] )([^\W\d_a-z][^\W\d_A-Z]+)(?![\w\]])")
#: capitalised mid-sentence in English without naming anyone
NOT_NAMES = frozenset(
    (
        *("i", "i'm", "i'll", "i've", "i'd"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december"),
    )
)


HAN = regex(r"[\u4e00-\u9fff]+")


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


def mentioned_names(texts: Iterable[str | None]) -> set[str]:
    """Words a chat writes as names: capitalised in mid-sentence more often than not.

    Names of people, pets and places are capitalised wherever they stand;
    ordinary words only at the start of a sentence. A word seen capitalised
    in the middle of a sentence, and more often so than in lower case, is
    taken as a name (lower-cased), so it can be replaced even where it starts
    a sentence ("Jordan called"). Weekdays, months and "I" are not names.
    """
    upper: dict[str, int] = {}
    lower: dict[str, int] = {}
    for text in texts:
        if not text:
            continue
        for word in MID_SENTENCE.findall(text):
            key = word.lower()
            upper[key] = upper.get(key, 0) + 1
    if not upper:
        return set()
    for text in texts:
        if not text:
            continue
        for word in re.findall(r"(?<!\w)[^\W\d_A-Z]+(?!\w)", text):
            if word in upper:
                lower[word] = lower.get(word, 0) + 1
    return {
        word
        for word, count in upper.items()
        if count > lower.get(word, 0) and word not in NOT_NAMES and len(word) >= 2
    }


class Redactor:
    """Replaces private details in a text; built once per report.

    ``names`` (the senders) are always replaced with their parts; ``texts``
    (the chat's messages), when given, teach it the other names the chat
    mentions (:func:`mentioned_names`). In any text, a capitalised word in
    the middle of a sentence is taken as a name too (greedy on purpose).
    """

    def __init__(self, names: Iterable[str] = (), texts: Iterable[str | None] = ()) -> None:
        self._names = _name_pattern(names)
        learned = mentioned_names(list(texts))
        self._mentioned = (
            re.compile(
                "|".join(
                    rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(learned, key=len, reverse=True)
                ),
                re.IGNORECASE,
            )
            if learned
            else None
        )

    def __call__(self, text: str) -> str:
        text = EMAIL.sub("[email]", text)
        text = LINK.sub("[link]", text)
        text = HANDLE.sub("[handle]", text)
        text = ADDRESS_EN.sub("[address]", text)
        text = ADDRESS_NAMED.sub("[address]", text)
        text = ADDRESS_ZH.sub("[address]", text)
        text = PHONE.sub("[number]", text)
        text = NUMBER.sub("[number]", text)
        if self._names is not None:
            text = self._names.sub(NAME, text)
        if self._mentioned is not None:
            text = self._mentioned.sub(NAME, text)
        return MID_SENTENCE.sub(_mid_sentence_name, text)


def _mid_sentence_name(match: re.Match[str]) -> str:
    word = match.group(1)
    return word if word.lower() in NOT_NAMES else NAME


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
