"""The couple model's text guards as language data (h-guardyaml).

The words of :func:`unmask.signals.couple_model.restatement_check`,
:func:`unmask.signals.couple_model.clerk_greeting`,
:func:`unmask.signals.couple_model.agreement_tag` and
:func:`unmask.signals.couple_model.reproach` live in
``lang/<lang>/guards/restatement_check.yaml``, ``lang/<lang>/guards/clerk_greeting.yaml``,
``lang/<lang>/guards/agreement_tag.yaml`` and ``lang/<lang>/guards/reproach.yaml`` (en and
zh; the English reproach shape since h-couplemodel13). Each file holds named parts
(restating openers, confirmation tags, greetings, offers of help, endearments, ...),
each ``before`` + ``(?:entry|entry|...)`` + ``after``, every entry with an ``example`` and
a ``must_not_fire`` twin that tests/signals/test_couple_guard_data.py reads through the
guard as a whole.

How the parts combine (the line's start, the punctuation between an opener and its tag,
what may stand around a bare greeting) is the guard's shape, not its words: it stays here,
in :data:`TEMPLATES`, one regex per pattern a guard reads, its ``{part}`` fields filled with
the file's parts. English is matched ignoring case, Chinese as written. Read once per guard
and language (:func:`patterns`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from unmask.signals.compiled_cache import cached, regex
from unmask.signals.guard_data import Part, read_part
from unmask.signals.lexicon import LexiconError, read_yaml, where
from unmask.signals.literal_gate import Gate, gate_need
from unmask.signals.prefilter import Need

GUARDS = ("restatement_check", "clerk_greeting", "agreement_tag", "reproach")
LANGS = ("en", "zh")
FLAGS: dict[str, re.RegexFlag] = {"en": re.IGNORECASE, "zh": re.NOFLAG}

_EN_LINE = r"(?:^|[.!?]\s)\W*(?:{filler}\W+)*"
_EN_RESTATE = r"(?:so,?\s+)?(?:{summing},?\s+)?(?:{hearing}[^?.!]*?\s(?=you\b))?{opener}"
#: an opener closed by a confirmation tag
_EN_TAGGED = _EN_LINE + _EN_RESTATE + r"[^?]*(?:[.,;!?]\s*|\s+){tag}"
#: a question opened by "so" or "it sounds / seems", no question word of its own after a comma
_EN_ASKED = (
    _EN_LINE
    + r"(?:so,?\s+|(?=(?:it\s+)?(?:sounds|seems)\s))(?:ah+\W+)?"
    + _EN_RESTATE
    + r"(?![^?]*[,;:]\s*(?:and\s+|so\s+|but\s+)?{question})[^?]*\?\W*$"
)
#: a Chinese reproach, sarcasm or brush-off with no partner's warmth and no state of the
#: writer's own anywhere in the line
_ZH_SHARP = r"^(?![\s\S]*(?:{warmth}|{state}))[\s\S]*?{sharp}"
_EN_GAP = r"[\s!.,~-]"
_ZH_GAP = r"[\s!！.。,，~～]"
#: per guard and language, the regexes the guard reads (by name), each a template whose
#: ``{part}`` fields are the file's parts. The restatement check: an opener closed by a
#: confirmation tag, or (English) a restatement question opened by "so" or "it sounds /
#: seems" with no question word of the writer's own after a comma (``question`` holds it
#: back). The agreement tag: a tag asking the other to agree closes the line. The clerk
#: guard: ``bare``, greetings and plain punctuation alone; ``offer``, a clerk's offer or
#: formula anywhere; ``endearment``, which keeps the model's reading.
TEMPLATES: dict[str, dict[str, dict[str, str]]] = {
    "restatement_check": {
        "en": {
            "check": f"{_EN_TAGGED}|{_EN_ASKED}",
        },
        "zh": {
            "check": (
                r"(?:^|[。！？!?]\s*)\W*(?:{filler}\W*)*{opener}[^？?]*?[，,。\s]*{tag}"
                r"[？?。！!～~\s]*$"
            ),
        },
    },
    "agreement_tag": {
        "en": {"tag": "{tag}"},
        "zh": {"tag": "{tag}"},
    },
    # a reproach or a tease addressed to the other (h-couplemodel12): an entry anywhere;
    # English since h-couplemodel13 (a reproach or sarcasm at the other, held back by a
    # partner's warmth anywhere in the line: "you always make me feel safe, love you"); since
    # h-fights also a reproach or sarcasm about the writer's own lot (``lot``: "oh good,
    # another sunday alone"), held back where the writer's own state stands beside it
    # (``state``: "..., i feel so lonely"); ``sharp``, the same less the broad ``habit`` part
    # ("you always / never ...", said fondly too), for the signals beside disclosure
    "reproach": {
        "en": {
            "shape": (
                r"^(?![\s\S]*{warmth})(?:[\s\S]*?(?:{shape}|{habit})"
                r"|(?![\s\S]*{state})[\s\S]*?{lot})"
            ),
            "sharp": (r"^(?![\s\S]*{warmth})(?:[\s\S]*?{shape}|(?![\s\S]*{state})[\s\S]*?{lot})"),
        },
        # h-zhfights3: ``sharp`` (an accusation, sarcasm or a brush-off aimed at the other),
        # held back by a partner's ``warmth`` or the writer's own ``state`` anywhere in the
        # line, and ``tease``; ``jab``,
        # either of them, is what the Chinese ``disclosure.emotional`` is dropped on
        "zh": {
            "shape": _ZH_SHARP + "|{shape}|{tease}",
            "sharp": _ZH_SHARP,
            "jab": _ZH_SHARP + "|{tease}",
        },
    },
    "clerk_greeting": {
        "en": {
            "bare": (
                rf"^{_EN_GAP}*{{greeting}}(?:{_EN_GAP}+(?:{{greeting}}|{{audience}}))*{_EN_GAP}*$"
            ),
            "offer": "{offer}",
            "endearment": "{endearment}",
        },
        "zh": {
            "bare": rf"^{_ZH_GAP}*{{greeting}}(?:{_ZH_GAP}*{{greeting}})*{_ZH_GAP}*$",
            "offer": "{offer}",
            "endearment": "{endearment}",
        },
    },
}
#: the parts that hold a guard back (an entry's example is *not* the guard's, its twin is)
HOLD_BACK: frozenset[str] = frozenset({"question", "endearment", "warmth", "state"})


def langs(guard: str) -> tuple[str, ...]:
    """The languages ``guard`` has a file in (each guard: both, since h-couplemodel13)."""
    return tuple(lang for lang in LANGS if lang in TEMPLATES[guard])


def file_name(guard: str) -> str:
    return f"guards/{guard}.yaml"


def read_parts(guard: str, lang: str, data: Any) -> dict[str, Part]:
    """The parts of ``data`` (a guard file's YAML): exactly the fields its templates name."""
    at = where(lang, file_name(guard))
    wanted = {
        field
        for template in TEMPLATES[guard][lang].values()
        for field in re.findall(r"\{(\w+)\}", template)
    }
    if not isinstance(data, dict) or set(data) != wanted | {"version"}:
        found = sorted(data) if isinstance(data, dict) else []
        raise LexiconError(f"{at}: expected the keys {sorted(wanted | {'version'})}, got {found}.")
    return {
        name: read_part(f"{at}, part {name}", data[name], name, FLAGS[lang])
        for name in sorted(wanted)
    }


@functools.cache
def parts(guard: str, lang: str) -> dict[str, Part]:
    """The parts of a guard's file in ``lang``, read once."""
    return read_parts(guard, lang, read_yaml(lang, file_name(guard)))


@functools.cache
def patterns(guard: str, lang: str) -> dict[str, re.Pattern[str]]:
    """The regexes ``guard`` reads in ``lang`` (:data:`TEMPLATES`), compiled once."""
    found = {name: f"(?:{part.source})" for name, part in parts(guard, lang).items()}
    return {
        name: regex(template.format(**found), FLAGS[lang])
        for name, template in TEMPLATES[guard][lang].items()
    }


def _gate_strings(guard: str) -> dict[str, Need]:
    """:func:`gate_need` of each of ``guard``'s regexes in every language, by
    ``"<lang>:<name>"`` (one file of the compiled lexicons' cache for the guard)."""
    return {
        f"{lang}:{name}": gate_need(pattern)
        for lang in langs(guard)
        for name, pattern in patterns(guard, lang).items()
    }


@functools.cache
def gate(guard: str, lang: str, name: str) -> Gate:
    """:func:`patterns`' regex ``name`` behind its gate (:mod:`literal_gate`): its
    ``search`` is the regex's, run only on the texts that hold one of the strings every
    match holds (h-speed63). The strings of a guard's regexes are kept with the compiled
    lexicons (:func:`compiled_cache.cached`, named by the language files and the code)."""
    pattern = patterns(guard, lang)[name]
    stored = _stored_gate_strings(guard)
    key = f"{lang}:{name}"
    return Gate(pattern, stored[key] if key in stored else gate_need(pattern))


@functools.cache
def _stored_gate_strings(guard: str) -> dict[str, Need]:
    """:func:`_gate_strings` of ``guard``, read once from the cache (built where it is not
    there)."""
    return cached(f"gates-{guard}", dict, functools.partial(_gate_strings, guard))
