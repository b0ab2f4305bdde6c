"""Control read by its grammatical parts: ``lang/<code>/safety_struct.yaml`` (h-safety26's
structural reader, narrowed by kind in h-safety27, moved here in h-safety28).

One job: a clause aimed at the reader x a mood x an act x a domain. Small word classes per
language, each a regex on the lower-cased text, read clause by clause (a clause: the text
between sentence marks):

- aimed at the reader: a second person (``you``), a bare command opening the clause
  (``imperative``) or the writer named as controller (``me_ctrl``: "send me", "I'll
  check", 交给我);
- a mood: a command, a condition or sanction (``condition``: "if you", "or else", 不然),
  a standing rule (``must``: "from now on", 以后, 不许), or the writer as controller;
- an act of control: ``restrict`` (quit, block, 拉黑), ``watch`` (check, password, 定位),
  ``threaten`` (a harm the writer will do, a consequence promised);
- a ``domain`` of the reader's life (the phone, accounts, money, people, going out,
  clothes, home, work).

A clause with all four, or aimed with a condition and a threat, is read as control, unless
the clause holds a ``guard`` (care, an offer, a polite request, advice, someone else's
words reported) or the message holds a ``message_guard`` (a joint plan, good wishes for an
outing, a helping purpose, something fun to share; h-safety27) and no threat; the act must
be more than the domain's own word ("password" alone is a domain, not an act done to it:
:func:`_act_apart`), and a domain that is the writer's own thing (``own``: "stop using my
phone charger", 我的) is not the reader's life. The act names the signal: a threat
``safety.threat``, watching ``safety.monitoring``, restricting ``safety.isolation``.

The reader raises its signal to the file's ``weight`` (counted, never severe) with one
evidence item over the clause that reads (source ``lexicon:<lang>/safety_struct.yaml#reader``),
before the care guard (:mod:`unmask.signals.safety_care`) reads the batch. It runs on every
English and Chinese message, so :func:`apply` first keeps only messages of at most
``max_chars`` characters that hold one of the strings every act's match holds (one
Aho-Corasick scan of the batch joined by "\\n": a superset of the messages the reader can
fire on, since every reading needs an act in one clause), and :meth:`Reader.hit` passes
over a clause with no act before it reads the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import chain
from typing import Any

import numpy as np

from unmask.npset import unique
from unmask.signals.compiled_cache import cached, regex
from unmask.signals.lexicon import (
    LexiconError,
    _check_keys,
    _check_weight,
    read_yaml,
    where,
)
from unmask.signals.line_bound import within_line
from unmask.signals.prefilter import _literals_of, _required
from unmask.signals.safety_parts import _max_chars, _regex_form, _text, _version
from unmask.signals.types import MESSAGE_SIGNALS, Evidence

FILE = "safety_struct.yaml"
LANGS: tuple[str, ...] = ("en", "zh")
#: the word classes every file defines
CLASSES: tuple[str, ...] = (
    "you",
    "me_ctrl",
    "imperative",
    "condition",
    "must",
    "restrict",
    "watch",
    "threaten",
    "demean",
    "domain",
)
#: the acts, in the order they name the signal where a clause holds several
ACTS: dict[str, str] = {
    "threaten": "safety.threat",
    "watch": "safety.monitoring",
    "restrict": "safety.isolation",
}
SIGNALS: tuple[str, ...] = tuple(dict.fromkeys(ACTS.values()))
_FILE_KEYS = {
    "version",
    "max_chars",
    "weight",
    "classes",
    "guard",
    "message_guard",
    "own",
    "must_fire",
    "must_not_fire",
}
_CLASS_KEYS = {"lead", "forms"}
_FORM_KEYS = {"regex", "example"}
_SPLIT = regex(r"[.!?;\n。！？；…]+")
_HAN = regex("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Form:
    """One form of a class or guard: a regex on the lower-cased text and a message in
    which it occurs."""

    regex: str
    example: str


@dataclass(frozen=True)
class StructFile:
    """A language's structural file, validated."""

    lang: str
    version: str
    max_chars: int
    weight: float
    classes: dict[str, tuple[Form, ...]]
    leads: dict[str, str]  # what may come before a class's forms (a bare command's lead)
    guard: tuple[Form, ...]
    message_guard: tuple[Form, ...]
    own: tuple[Form, ...]
    must_fire: tuple[str, ...]
    must_not_fire: tuple[str, ...]

    def forms(self) -> list[tuple[str, Form]]:
        """Every form of the file with the name of its class or guard."""
        out = [(name, f) for name, forms in self.classes.items() for f in forms]
        for name in ("guard", "message_guard", "own"):
            out += [(name, f) for f in getattr(self, name)]
        return out


def _forms(at: str, raw: Any) -> tuple[Form, ...]:
    if not isinstance(raw, list) or not raw:
        raise LexiconError(f"{at}: expected a non-empty list of forms (regex, example).")
    out = []
    for i, form in enumerate(raw):
        fat = f"{at}, form {i}"
        out.append(Form(_regex_form(fat, form, _FORM_KEYS), _text(fat, form, "example")))
    return tuple(out)


def _lines(at: str, raw: Any, key: str) -> tuple[str, ...]:
    if (
        not isinstance(raw, list)
        or not raw
        or not all(isinstance(v, str) and v.strip() for v in raw)
    ):
        raise LexiconError(f"{at}: '{key}' must be a non-empty list of messages.")
    return tuple(raw)


def parse(lang: str, data: Any) -> StructFile:
    """Validate a structural file's parsed YAML."""
    at = where(lang, FILE)
    if not isinstance(data, dict):
        raise LexiconError(f"{at}: expected a mapping with version, classes, guards.")
    _check_keys(at, data, _FILE_KEYS)
    version = _version(at, data)
    max_chars = _max_chars(at, data)
    weight = _check_weight(at, data.get("weight"))
    if weight < 0.5:
        raise LexiconError(f"{at}: 'weight' must count (0.5 or more).")
    raw = data.get("classes")
    if not isinstance(raw, dict) or set(raw) != set(CLASSES):
        raise LexiconError(f"{at}: 'classes' must define exactly {list(CLASSES)}.")
    classes: dict[str, tuple[Form, ...]] = {}
    leads: dict[str, str] = {}
    for name in CLASSES:
        cat = f"{at}, class {name}"
        cls = raw[name]
        if not isinstance(cls, dict):
            raise LexiconError(f"{cat}: expected a mapping with forms (and lead).")
        _check_keys(cat, cls, _CLASS_KEYS)
        classes[name] = _forms(cat, cls.get("forms"))
        if "lead" in cls:
            leads[name] = _text(cat, cls, "lead")
    return StructFile(
        lang=lang,
        version=version,
        max_chars=max_chars,
        weight=weight,
        classes=classes,
        leads=leads,
        guard=_forms(f"{at}, guard", data.get("guard")),
        message_guard=_forms(f"{at}, message_guard", data.get("message_guard")),
        own=_forms(f"{at}, own", data.get("own")),
        must_fire=_lines(at, data.get("must_fire"), "must_fire"),
        must_not_fire=_lines(at, data.get("must_not_fire"), "must_not_fire"),
    )


def _alt(forms: tuple[Form, ...]) -> str:
    return "(?:" + "|".join(f"(?:{f.regex})" for f in forms) + ")"


def class_regex(sf: StructFile, name: str) -> str:
    """A class as one regex: its lead, then its forms as one alternation in file order."""
    return sf.leads.get(name, "") + _alt(sf.classes[name])


class Reader:
    """One language's file compiled."""

    def __init__(self, sf: StructFile) -> None:
        self.file = sf
        self.rx = {name: regex(class_regex(sf, name), re.I) for name in CLASSES}
        self.guard = regex(_alt(sf.guard), re.I)
        self.message_guard = regex(_alt(sf.message_guard), re.I)
        self.own = regex(_alt(sf.own), re.I)
        acts = "|".join(class_regex(sf, a) for a in ACTS)
        #: the batch prefilter where the acts' strings cannot be listed: any act, on one line
        self.gate = regex(within_line(acts), re.I)

    def tags(self, clause: str) -> set[str]:
        """The classes in ``clause`` and what they make: aimed, mood, act, guard."""
        c = {k for k, r in self.rx.items() if r.search(clause)}
        if c & {"you", "imperative", "me_ctrl"}:
            c.add("aimed")
        if c & {"imperative", "condition", "must", "me_ctrl"}:
            c.add("mood")
        if c & set(ACTS):
            c.add("act")
        if self.guard.search(clause):
            c.add("guard")
        return c

    def _domains(self, clause: str) -> tuple[set[tuple[int, int]], bool]:
        """The domain spans of ``clause``, and whether one is the reader's (not the
        writer's own thing: ``own`` right before it)."""
        spans = {m.span() for m in self.rx["domain"].finditer(clause)}
        theirs = any(not self.own.search(clause[:s]) for s, _ in spans)
        return spans, theirs

    def _act_apart(self, clause: str, dom: set[tuple[int, int]]) -> str | None:
        """The first act (in :data:`ACTS` order) with a match that is not a domain word's
        own span ("password" alone is a domain, not an act done to it), or None."""
        for name in ACTS:
            if {m.span() for m in self.rx[name].finditer(clause)} - dom:
                return name
        return None

    def signal(self, text: str, own: bool = True) -> str | None:
        """The signal ``text`` reads as control, or None (``own``: with the writer's own
        thing set aside; dev: False is h-safety27's ``narrow``)."""
        found = self.hit(text, own)
        return None if found is None else found[0]

    def hit(self, text: str, own: bool = True) -> tuple[str, int, int] | None:
        """:meth:`signal` with the span of the clause that reads (the whole message where
        lower-casing changed its length). Every reading needs an act in its clause, so a
        clause with none is passed over before its other classes are read, and the message
        guard is read only once a clause reads."""
        if len(text) > self.file.max_chars:
            return None
        norm = text.lower().replace("\u2019", "'")
        auto = self.keys()
        # where the strings every act's match holds are found (h-speed42): a clause that
        # holds none of them has no act, and its regexes are not searched
        held = None if auto is None else [(e + 1 - n, e + 1) for e, n in auto.iter(_folded(norm))]
        if held is not None and not held:
            return None
        bounds = [(m.start(), m.end()) for m in _SPLIT.finditer(norm)]
        at = 0
        for end, after in (*bounds, (len(norm), len(norm))):
            raw, start = norm[at:end], at
            at = after
            cl = raw.strip()
            if not cl:
                continue
            lead = len(raw) - len(raw.lstrip())
            lo, hi = start + lead, start + lead + len(cl)
            if held is not None and not any(lo <= a and b <= hi for a, b in held):
                continue
            # a clause holds no "\n" (``_SPLIT``): the batch gate, the acts as one pattern,
            # finds an act where one of the acts' own patterns does (h-speed45)
            if self.gate.search(cl) is None:
                continue
            found = self._clause(cl, own)
            if found is not None:
                if self.message_guard.search(norm) and not self.rx["threaten"].search(norm):
                    return None
                if len(norm) != len(text):
                    return found, 0, len(text)
                return found, lo, hi
        return None

    def keys(self) -> Any:
        """An Aho-Corasick automaton of the strings one of which every act's match holds
        (:mod:`unmask.signals.prefilter`, on the lower-cased text with :data:`_FOLD`), each
        found with its length; None where they cannot be listed. Built on first use."""
        if not hasattr(self, "_keys"):
            import ahocorasick

            frags = _required([class_regex(self.file, a) for a in ACTS], max_cost=float("inf"))
            literals = _literals_of(frags)
            auto = None
            if literals:
                auto = ahocorasick.Automaton()
                for lit in literals:
                    auto.add_word(lit, len(lit))
                auto.make_automaton()
            self._keys: Any = auto
        return self._keys

    def _clause(self, cl: str, own: bool) -> str | None:
        """The reading of one clause: as from :meth:`tags` (no guard; aimed, mood, domain
        and act, or aimed, condition and threaten), with each class searched only where the
        answer still depends on it (h-speed42: most clauses with an act are not aimed with
        a mood and a domain, and the guard is read only where a reading stands)."""
        rx = self.rx
        imp = rx["imperative"].search(cl) is not None
        me = rx["me_ctrl"].search(cl) is not None
        if not (imp or me or rx["you"].search(cl)):  # both readings need a clause aimed
            return None
        cond = rx["condition"].search(cl) is not None
        mood = imp or cond or me or rx["must"].search(cl) is not None
        first = mood and rx["domain"].search(cl) is not None and any(rx[a].search(cl) for a in ACTS)
        second = cond and rx["threaten"].search(cl) is not None
        if not (first or second) or self.guard.search(cl):
            return None
        if first:
            dom, theirs = self._domains(cl)
            if theirs or not own:
                act = self._act_apart(cl, dom) if dom else None
                return None if act is None else ACTS[act]
        return ACTS["threaten"] if second else None


def language_of(text: str) -> str:
    """The file a message is read with: Chinese where it holds a Han character."""
    return "zh" if _HAN.search(text) else "en"


@cache
def reader(lang: str) -> Reader:
    """The compiled reader of ``lang`` (one of :data:`LANGS`): read once per process, and
    kept compiled between runs with its key automaton (:mod:`unmask.signals.compiled_cache`,
    h-speed43: reading, checking and compiling the file and listing its keys was ~20 ms
    (en) and ~10 ms (zh) of every scoring child's warm-up)."""
    return cached(f"safety-struct-{lang}", Reader, partial(_build_reader, lang))


def _build_reader(lang: str) -> Reader:
    """:func:`reader` read from the file and compiled, its :meth:`Reader.keys` built (what
    the cache keeps)."""
    r = Reader(parse(lang, read_yaml(lang, FILE)))
    r.keys()
    return r


def read(text: str, own: bool = True) -> str | None:
    """The signal ``text`` reads as control by its parts, or None."""
    return reader(language_of(text)).signal(text, own)


#: the characters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` leaves
#: as they are: read as that letter by the prefilter (so it stays a superset)
_FOLD: tuple[tuple[str, str], ...] = (("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


def _folded(text: str) -> str:
    for ch, to in _FOLD:
        if ch in text:  # rare: a scan for the character, no copy
            text = text.replace(ch, to)
    return text


def _keys(lang: str) -> Any:
    """:meth:`Reader.keys` of the shipped reader of ``lang``."""
    return reader(lang).keys()


def candidates(texts: Sequence[str]) -> list[int]:
    """Indices of the ``texts`` the reader can fire on, a superset: at most its
    ``max_chars`` and holding a string every act's match holds (one Aho-Corasick scan per
    language of the short texts joined by "\\n"; the acts' regexes on one line where the
    strings cannot be listed)."""
    out: list[int] = []
    if not texts:
        return out
    # language_of and the length of every text at once (h-speed42): the Han characters of
    # the joined texts counted by code point
    lengths_all = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    cps = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = np.zeros(len(cps) + 1, dtype=np.int64)
    np.cumsum((cps - np.uint32(0x4E00)) <= np.uint32(0x9FFF - 0x4E00), out=han[1:])
    begin = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(lengths_all[:-1] + 1, out=begin[1:])
    zh = han[begin + lengths_all] > han[begin]
    by_lang: dict[str, list[int]] = {}
    for lang in LANGS:
        limit = reader(lang).file.max_chars
        of_lang = zh if lang == "zh" else ~zh
        by_lang[lang] = np.flatnonzero(of_lang & (lengths_all <= limit)).tolist()
    for lang in LANGS:
        r = reader(lang)
        rows = by_lang[lang]
        if not rows:
            continue
        raw = "\n".join([texts[i] for i in rows])
        lengths = lengths_all[rows]
        # lower-cased once for all (h-speed42): where no character changed its length the
        # texts keep their places ("\n" ends the final-sigma context as a text's end does)
        low = raw.lower()
        if len(low) != len(raw):
            low = "\n".join([texts[i].lower() for i in rows])
            lengths = np.fromiter(
                map(len, (texts[i].lower() for i in rows)), dtype=np.int64, count=len(rows)
            )
        joined = _folded(low.replace("\u2019", "'"))
        starts = np.zeros(len(rows), dtype=np.int64)
        np.cumsum(lengths[:-1] + 1, out=starts[1:])
        auto = _keys(lang)
        if auto is not None:
            flat = np.fromiter(chain.from_iterable(auto.iter(joined)), dtype=np.int64)
            hits = flat[0::2]  # each hit's last character
        else:
            hits = np.fromiter((m.start() for m in r.gate.finditer(joined)), dtype=np.int64)
        if len(hits):
            at = unique(np.searchsorted(starts, hits, side="right") - 1)
            out.extend(rows[k] for k in at.tolist())
    return sorted(out)


#: on (shipped); dev tools measure the lexicons without it
ENABLED = True


def apply(
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
    codes: Sequence[str] = LANGS,
) -> None:
    """Raise the signal of each English or Chinese message (``langs`` in ``codes``) read
    as control by its parts to the file's weight; ``scores``: messages x signals, in
    place; ``evidence``: empty when the caller asked for scores only."""
    if not ENABLED:
        return
    rows = [i for i, x in enumerate(langs) if x in codes]
    if not rows:
        return
    for k in candidates([texts[i] for i in rows]):
        i = rows[k]
        r = reader(language_of(texts[i]))
        found = r.hit(texts[i])
        if found is None:
            continue
        name, start, end = found
        col = MESSAGE_SIGNALS.index(name)
        before = float(scores[i, col])
        if before >= r.file.weight:
            continue
        scores[i, col] = r.file.weight
        if evidence and before < 0.5:
            source = f"lexicon:{r.file.lang}/{FILE}#reader"
            ev = Evidence(name, texts[i][start:end], start, end, source, r.file.weight)
            evidence[i].setdefault(name, []).append(ev)
