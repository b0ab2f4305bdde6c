"""A one-time safety check-in is care, not monitoring (issue 10, h-care).

The patterns are language data: ``lang/en/guards/care_checkin.yaml`` and
``lang/zh/guards/care_checkin.yaml`` (parts ``event``, ``reason``, ``keep``; each entry with
an example and a must-not-fire twin that tests/signals/test_safety_care_data.py reads),
read once per language (:func:`parts`).

"Text me when you land so I know you're safe", "send me your location when you get home so I
don't worry", 到家了把定位发给我，我才放心, 落地了报个平安: a request tied to *one* event of
the other's journey (getting home, landing, arriving) with a care reason (so I know you're
safe, so I don't worry, 我才放心, 报个平安) is care. Such a message keeps no
``safety.monitoring`` score, from the lexicons or the safety model layer
(:func:`apply`, the last step of a batch before the crisis rule).

It stays monitoring where the request is ongoing or standing ("every hour", "at all times",
"from now on", 随时, 以后每天都要, 一直), carries a sanction or urgency ("or else", "right now",
不然你等着, 现在, 马上), or checks up on company or asks for proof ("a photo of who you're
with", 跟谁在一起, 拍张照片): the ``keep`` part. Only ``safety.monitoring`` is touched; a threat or
an isolation read in the same message stands.

An offer to take a task over so the other is free is care too (h-calm): "leave the kids to me
tonight, you stay home and rest", "stay in bed, I'll ring in for you", 孩子今晚交给我，你在家好好
休息 (``lang/<code>/guards/care_offer.yaml``: parts ``task``, ``freed``, ``keep``;
:func:`is_care_offer`). The safety model's reading of such a message is not counted
(:func:`unmask.signals.safety_model.apply`), nor, since h-care3, its ``safety.threat`` from
the lexicons ("you need a night to yourself, I'll take the kids": :func:`apply`); the other
lexicon readings stand (the structural reader has its own clause guard of the shape). It
stays control where a thing of the other's life is handed over (phone, money, keys, 手机, 钱),
a person is dealt with for them ("your boss", 你老板), or a rule, a sanction, contempt, a dare
or a parting is in the message ("from now on", 不许, 以后, "useless", "leave and I'll take the
kids", "go then", 你敢走): the ``keep`` part.

The safety model's reading of monitoring needs an element of monitoring in the message
(h-falsealarm): the writer watching, checking or demanding account of the partner
(whereabouts, company, hours, a record or a device, money or things held, the writer's say:
``lang/<code>/guards/model_watch.yaml``, part ``watch``; :func:`watches`). "The house burned,
not you; you're still my whole world, driving over to you now" holds none, and the model's
monitoring is not counted there (:func:`unmask.signals.safety_model.apply`); the lexicons'
readings and the model's other kinds stand.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

from unmask.signals.guard_data import Part, drop, named_parts
from unmask.signals.langdetect import LANG_EN, LANG_ZH
from unmask.signals.types import MESSAGE_SIGNALS, Evidence

SIGNAL = "safety.monitoring"
GUARD_FILE = "guards/care_checkin.yaml"
LANGS = (LANG_EN, LANG_ZH)
PART_NAMES = ("event", "reason", "keep")
OFFER_FILE = "guards/care_offer.yaml"
OFFER_PART_NAMES = ("task", "freed", "keep")
#: the signal an offer keeps no reading of, from the lexicons or the model (h-care3)
OFFER_SIGNAL = "safety.threat"
WATCH_FILE = "guards/model_watch.yaml"
WATCH_PART_NAMES = ("watch",)


@functools.cache
def parts(lang: str) -> dict[str, Part] | None:
    """The ``event``, ``reason`` and ``keep`` parts of ``lang`` (None for a language
    without a guard file), read once."""
    return named_parts(lang, GUARD_FILE, PART_NAMES, LANGS)


def is_care_checkin(text: str, lang: str) -> bool:
    """Whether ``text`` (of language ``lang``) is a one-time safety check-in asked in care:
    an event and a care reason, and nothing standing, urgent, sanctioning or about company
    (the ``keep`` part of the language's guard file)."""
    found = parts(lang)
    if found is None:
        return False
    low = text.lower()
    return bool(
        found["event"].pattern.search(low)
        and found["reason"].pattern.search(low)
        and not found["keep"].pattern.search(low)
    )


@functools.cache
def offer_parts(lang: str) -> dict[str, Part] | None:
    """The ``task``, ``freed`` and ``keep`` parts of ``lang``'s offer guard (None for a
    language without the file), read once."""
    return named_parts(lang, OFFER_FILE, OFFER_PART_NAMES, LANGS)


def is_care_offer(text: str, lang: str) -> bool:
    """Whether ``text`` (of language ``lang``) is an offer to take a task over so the other
    is free: a task taken over and the other freed, and nothing of the other's life, no
    person dealt with, no rule, sanction or contempt (the ``keep`` part)."""
    found = offer_parts(lang)
    if found is None:
        return False
    low = text.lower().replace("\u2019", "'")
    return bool(
        found["task"].pattern.search(low)
        and found["freed"].pattern.search(low)
        and not found["keep"].pattern.search(low)
    )


@functools.cache
def watch_parts(lang: str) -> dict[str, Part] | None:
    """The ``watch`` part of ``lang``'s guard of what monitoring is made of (None for a
    language without the file), read once."""
    return named_parts(lang, WATCH_FILE, WATCH_PART_NAMES, LANGS)


def watches(text: str, lang: str) -> bool:
    """Whether ``text`` (of language ``lang``) holds an element of monitoring: the writer
    watching, checking or asking account of the partner (whereabouts, company, hours, a
    record or a device, money or things held, the writer's say; the ``watch`` part of
    ``lang/<code>/guards/model_watch.yaml``, h-falsealarm). Every language's part is read,
    so an English word in a Chinese line counts (你的 location 又关了); True for a language
    without the file: nothing is taken away there."""
    if watch_parts(lang) is None:
        return True
    low = text.lower().replace("\u2019", "'")
    return any(
        found["watch"].pattern.search(low)
        for found in (watch_parts(code) for code in LANGS)
        if found is not None
    )


def apply(
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
) -> None:
    """Drop ``safety.monitoring`` (score and evidence) of the one-time care check-ins among
    ``texts``, and ``safety.threat`` of the care offers (h-care3); ``scores``: messages x
    signals, in place."""
    for signal, guard in ((SIGNAL, is_care_checkin), (OFFER_SIGNAL, is_care_offer)):
        col = MESSAGE_SIGNALS.index(signal)
        rows = [i for i in np.flatnonzero(scores[:, col] > 0).tolist() if guard(texts[i], langs[i])]
        drop(scores, evidence, signal, col, rows)
