"""Controlling moves read by their parts: ``lang/<code>/safety_parts.yaml``.

The safety lexicons list whole phrases, and a new wording of the same move ("you are not
to see your cousins", "以后不许跟同学吃饭") misses them. This layer reads a move as a
combination of parts, each a short list of forms in the language's data file:

- a prohibition or permission frame aimed at the partner (``forbid``: "you're not allowed
  to", "you need my permission", 不准, 谁让你) with a controlled domain (friends, family,
  going out, work, the phone, passwords, location, money, clothes: 朋友, 出门, 工资, 穿);
- a demand for account ("where were you", "send me your location", 你去哪了, 发定位)
  with pressure ("tell me the truth", "prove it", 说清楚, 马上);
- a conditional threat: a condition ("if you ever", "one more word", 你要是敢) with a harm
  ("I'll make you regret it", "you'll never see the kids", 我就去你单位闹, 你就等着).

A rule names the parts it needs, in order, and the signal and weight it gives. Parts must
sit in one clause or sentence: at most ``gap`` characters apart with no sentence end
(. ! ? ; newline, 。！？；) between them. A rule marked ``statement`` does not fire where the
clause goes on to a question mark (a proposal asked about is not an order); one marked
``after_question`` lets one question end between its parts (a demand that presses the
question just asked: "who were you with? tell me the truth"), and one marked
``after_sentence`` lets one sentence of any kind end there (a dare and its consequence:
"go ahead, call her. then watch what happens"). A part alone never fires:
every rule has at least two parts, and each rule becomes one ordinary (non-negatable)
regex entry of its signal, so the engine, the evidence, the tests of examples and
``must_not_fire`` treat it like any other.
- a control frame with a domain of the partner's life, aimed at the partner
  (``frames``, h-safety24): a command, permission or sanction (``frame``: "or else", "from
  now on", "quit", "block", "I'll check", 不许, 交给我, 我要检查, 拉黑) within ``window``
  characters of a domain (``domain``, per signal: the phone, records and money for
  monitoring; people, going out, work and clothes for isolation) in one clause that is no
  question, aimed at the reader (a second person, the controller named as in "give it to
  me" or "I'll check" - ``aimed`` - or a bare command opening the clause, ``opens``), with
  no advice or favour in the clause (``not_with``: "please", "if you want", 建议, 要不要)
  and no third person before the frame (``third``: "he", 他 - someone else's move told).
  Each frames form may name the ``rounds`` whose misses suggested it (dev: a round is read
  without the forms it suggested, :mod:`unmask_dev.safety_frames`).

Every part entry carries an example message in which its rule fires; the tests check that
the part occurs in it and that no rule matches the part alone. The layer
reads only messages of at most ``max_chars`` characters: a controlling move is said in a
line or two, and a long message that names one is an account of it (a help-seeker's post,
a counsellor's summary), not the move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from unmask.signals import regex_parse as rp
from unmask.signals.lexicon import (
    Entry,
    LexiconError,
    LexiconFile,
    _check_keys,
    _check_weight,
    read_yaml,
    where,
)
from unmask.signals.prefilter import first_class
from unmask.signals.registry import SIGNALS
from unmask.signals.types import SAFETY_SIGNALS

FILE = "safety_parts.yaml"
_FILE_KEYS = {
    "version",
    "gap",
    "max_chars",
    "parts",
    "rules",
    "must_not_fire",
    "model_cue",
    "model_not_fear",
    "notes",
    "frames",
}
_FRAMES_KEYS = {"window", "weight", "frame", "domain", "aimed", "opens", "not_with", "third"}
_FORM_KEYS = {"regex", "example", "rounds"}
_CUE_KEYS = {"frame", "domain", "examples", "not_cue"}
_NOT_FEAR_KEYS = {"anger", "fear", "examples", "kept"}
_PART_KEYS = {"regex", "example"}
_RULE_KEYS = {
    "signal",
    "parts",
    "weight",
    "example",
    "gap",
    "statement",
    "after_question",
    "after_sentence",
}
#: what may not lie between two parts: the end of a sentence or a line
_SENTENCE_END = ".!?;\\n。！？；…"


@dataclass(frozen=True)
class Part:
    """One form of one part."""

    name: str
    regex: str
    example: str


@dataclass(frozen=True)
class Rule:
    """Parts, in order, that together make a move of ``signal``."""

    signal: str
    parts: tuple[str, ...]
    weight: float
    example: str
    gap: int
    statement: bool = False  # not when the clause ends in a question mark
    after_question: bool = False  # a question may end between two parts
    after_sentence: bool = False  # any one sentence may end between two parts


@dataclass(frozen=True)
class ModelCue:
    """The construct cue under which the safety model's hits count at its lower threshold
    (:mod:`unmask.signals.safety_model`): a ``frame`` part and a ``domain`` part both
    occurring anywhere in the message, in any order; ``examples`` carry the cue, the
    ``not_cue`` lines do not."""

    frame: tuple[str, ...]
    domain: tuple[str, ...]
    examples: tuple[str, ...]
    not_cue: tuple[str, ...]


@dataclass(frozen=True)
class NotFear:
    """When the safety model's reading of fear is dropped (h-safety26): the message states
    the writer's own ``anger`` and holds no ``fear`` form (a fear or harm word of the
    partner), so "I'm so angry I can't even look at you" is not fear of the partner;
    ``examples`` are dropped, the ``kept`` lines are not."""

    anger: tuple[Form, ...]
    fear: tuple[Form, ...]
    examples: tuple[str, ...]
    kept: tuple[str, ...]


@dataclass(frozen=True)
class Form:
    """One form of a frames part; ``rounds``: the written rounds whose misses suggested it."""

    regex: str
    example: str
    rounds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Frames:
    """Control read as a frame x a domain x a direction (see the module's docstring)."""

    window: int
    weight: float
    frame: tuple[Form, ...]
    domain: dict[str, tuple[Form, ...]]  # signal -> the domains that give it
    aimed: tuple[Form, ...]
    opens: tuple[Form, ...]
    not_with: tuple[Form, ...]
    third: tuple[Form, ...]


@dataclass(frozen=True)
class PartsFile:
    """A language's parts file, validated."""

    lang: str
    version: str
    max_chars: int  # longer messages are accounts, posts or letters, not the move itself
    parts: dict[str, tuple[Part, ...]]
    rules: tuple[Rule, ...]
    must_not_fire: dict[str, tuple[str, ...]]
    cue: ModelCue | None = None
    frames: Frames | None = None
    not_fear: NotFear | None = None

    def signals(self) -> tuple[str, ...]:
        """Every signal a rule or the frames give, in file order."""
        names = [r.signal for r in self.rules]
        if self.frames is not None:
            names += list(self.frames.domain)
        return tuple(dict.fromkeys(names))


def _lines(at: str, raw: dict[Any, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{at}: '{key}' must be a non-empty list of strings.")
    if not all(v.strip() for v in value):
        raise LexiconError(f"{at}: '{key}' must not hold empty strings.")
    return tuple(value)


def _cue(lang: str, raw: Any, parts: dict[str, tuple[Part, ...]]) -> ModelCue | None:
    if raw is None:
        return None
    at = f"{where(lang, FILE)}, model_cue"
    if not isinstance(raw, dict):
        raise LexiconError(f"{at}: expected a mapping with frame, domain, examples, not_cue.")
    _check_keys(at, raw, _CUE_KEYS)
    frame, domain = _lines(at, raw, "frame"), _lines(at, raw, "domain")
    unknown = sorted(set(frame + domain) - set(parts))
    if unknown:
        raise LexiconError(f"{at}: not parts of the file: {unknown}.")
    return ModelCue(frame, domain, _lines(at, raw, "examples"), _lines(at, raw, "not_cue"))


def _gap(at: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 80:
        raise LexiconError(f"{at}: 'gap' must be a whole number of characters, 0 to 80.")
    return value


def _flag(at: str, value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise LexiconError(f"{at}: '{key}' must be true or false.")
    return value


def _version(at: str, data: dict[Any, Any]) -> str:
    """A file's ``version``, a quoted string (this file's and ``safety_struct.yaml``'s)."""
    version = data.get("version")
    if not isinstance(version, str):
        raise LexiconError(f"{at}: 'version' must be a quoted string such as \"1\".")
    return version


def _max_chars(at: str, data: dict[Any, Any]) -> int:
    """A file's ``max_chars``: the longest message it reads, 20 characters or more."""
    max_chars = data.get("max_chars")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 20:
        raise LexiconError(f"{at}: 'max_chars' must be a whole number of characters, 20 or more.")
    return max_chars


def _text(at: str, raw: dict[Any, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise LexiconError(f"{at}: '{key}' must be a non-empty string.")
    return value


def _regex_form(fat: str, form: Any, keys: set[str]) -> str:
    """The regex of one form (a mapping with regex and example, and no key outside
    ``keys``), checked to compile; ``fat`` names the form in errors."""
    if not isinstance(form, dict):
        raise LexiconError(f"{fat}: expected a mapping with regex and example.")
    _check_keys(fat, form, keys)
    regex = _text(fat, form, "regex")
    try:
        re.compile(regex)
    except re.error as error:
        raise LexiconError(f"{fat}: 'regex' does not compile ({error}).") from None
    return regex


def _parts(lang: str, raw: Any) -> dict[str, tuple[Part, ...]]:
    at = where(lang, FILE)
    if not isinstance(raw, dict) or not raw:
        raise LexiconError(f"{at}: 'parts' maps a part name to a list of forms.")
    out: dict[str, tuple[Part, ...]] = {}
    for name, forms in raw.items():
        if not isinstance(name, str) or not isinstance(forms, list) or not forms:
            raise LexiconError(f"{at}: part {name!r} must be a non-empty list of forms.")
        items = []
        for i, form in enumerate(forms):
            fat = f"{at}, part {name} form {i}"
            regex = _regex_form(fat, form, _PART_KEYS)
            items.append(Part(name, regex, _text(fat, form, "example")))
        out[name] = tuple(items)
    return out


def _rules(lang: str, raw: Any, parts: dict[str, tuple[Part, ...]], gap: int) -> tuple[Rule, ...]:
    at = where(lang, FILE)
    if not isinstance(raw, list) or not raw:
        raise LexiconError(f"{at}: 'rules' must be a non-empty list.")
    out = []
    for i, rule in enumerate(raw):
        rat = where(lang, FILE, i)
        if not isinstance(rule, dict):
            raise LexiconError(f"{rat}: expected a mapping with signal, parts, weight, example.")
        _check_keys(rat, rule, _RULE_KEYS)
        signal = rule.get("signal")
        if signal not in SAFETY_SIGNALS:
            raise LexiconError(f"{rat}: 'signal' must be one of the safety signals.")
        names = rule.get("parts")
        if (
            not isinstance(names, list)
            or len(names) < 2
            or not all(isinstance(n, str) and n in parts for n in names)
        ):
            raise LexiconError(f"{rat}: 'parts' must list two or more of the file's parts.")
        weight = _check_weight(rat, rule.get("weight"))
        out.append(
            Rule(
                signal=signal,
                parts=tuple(names),
                weight=weight,
                example=_text(rat, rule, "example"),
                gap=_gap(rat, rule.get("gap", gap)),
                statement=_flag(rat, rule.get("statement", False), "statement"),
                after_question=_flag(rat, rule.get("after_question", False), "after_question"),
                after_sentence=_flag(rat, rule.get("after_sentence", False), "after_sentence"),
            )
        )
    return tuple(out)


def _forms(at: str, raw: Any, key: str) -> tuple[Form, ...]:
    if not isinstance(raw, list) or not raw:
        raise LexiconError(f"{at}: '{key}' must be a non-empty list of forms.")
    out = []
    for i, form in enumerate(raw):
        fat = f"{at}, {key} form {i}"
        regex = _regex_form(fat, form, _FORM_KEYS)
        rounds = form.get("rounds", [])
        if not isinstance(rounds, list) or not all(isinstance(r, str) for r in rounds):
            raise LexiconError(f"{fat}: 'rounds' must be a list of round names.")
        out.append(Form(regex, _text(fat, form, "example"), tuple(rounds)))
    return tuple(out)


def _not_fear(lang: str, raw: Any) -> NotFear | None:
    if raw is None:
        return None
    at = f"{where(lang, FILE)}, model_not_fear"
    if not isinstance(raw, dict):
        raise LexiconError(f"{at}: expected a mapping with {sorted(_NOT_FEAR_KEYS)}.")
    _check_keys(at, raw, _NOT_FEAR_KEYS)
    return NotFear(
        anger=_forms(at, raw.get("anger"), "anger"),
        fear=_forms(at, raw.get("fear"), "fear"),
        examples=_lines(at, raw, "examples"),
        kept=_lines(at, raw, "kept"),
    )


def not_fear_regexes(pf: PartsFile) -> tuple[str, str] | None:
    """The file's model_not_fear as two regexes (any anger form, any fear form), or None."""
    if pf.not_fear is None:
        return None
    anger = "|".join(f"(?:{f.regex})" for f in pf.not_fear.anger)
    fear = "|".join(f"(?:{f.regex})" for f in pf.not_fear.fear)
    return anger, fear


def _frames(lang: str, raw: Any) -> Frames | None:
    if raw is None:
        return None
    at = f"{where(lang, FILE)}, frames"
    if not isinstance(raw, dict):
        raise LexiconError(f"{at}: expected a mapping with {sorted(_FRAMES_KEYS)}.")
    _check_keys(at, raw, _FRAMES_KEYS)
    weight = _check_weight(at, raw.get("weight"))
    domain = raw.get("domain")
    if not isinstance(domain, dict) or not domain or not set(domain) <= set(SAFETY_SIGNALS):
        raise LexiconError(f"{at}: 'domain' maps safety signals to lists of forms.")
    return Frames(
        window=_gap(at, raw.get("window", 40)),
        weight=weight,
        frame=_forms(at, raw.get("frame"), "frame"),
        domain={sig: _forms(at, forms, f"domain {sig}") for sig, forms in domain.items()},
        aimed=_forms(at, raw.get("aimed"), "aimed"),
        opens=_forms(at, raw.get("opens"), "opens"),
        not_with=_forms(at, raw.get("not_with"), "not_with"),
        third=_forms(at, raw.get("third"), "third"),
    )


def parse(lang: str, data: Any) -> PartsFile:
    """Validate a parts file's parsed YAML."""
    at = where(lang, FILE)
    if not isinstance(data, dict):
        raise LexiconError(f"{at}: expected a mapping with version, parts, rules.")
    _check_keys(at, data, _FILE_KEYS)
    version = _version(at, data)
    gap = _gap(at, data.get("gap", 30))
    max_chars = _max_chars(at, data)
    parts = _parts(lang, data.get("parts"))
    rules = _rules(lang, data.get("rules"), parts, gap)
    used = {n for r in rules for n in r.parts}
    if set(parts) - used:
        raise LexiconError(f"{at}: parts no rule uses: {sorted(set(parts) - used)}.")
    frames = _frames(lang, data.get("frames"))
    signals = {r.signal for r in rules} | set(frames.domain if frames else ())
    mnf = data.get("must_not_fire")
    if not isinstance(mnf, dict) or set(mnf) != signals:
        raise LexiconError(f"{at}: 'must_not_fire' maps every signal of a rule to messages.")
    lines: dict[str, tuple[str, ...]] = {}
    for signal, messages in mnf.items():
        if not isinstance(messages, list) or not messages:
            raise LexiconError(f"{at}: 'must_not_fire' of {signal} must be a list of messages.")
        if not all(isinstance(m, str) and m.strip() for m in messages):
            raise LexiconError(f"{at}: 'must_not_fire' of {signal} must be a list of messages.")
        lines[signal] = tuple(messages)
    cue = _cue(lang, data.get("model_cue"), parts)
    not_fear = _not_fear(lang, data.get("model_not_fear"))
    return PartsFile(lang, version, max_chars, parts, rules, lines, cue, frames, not_fear)


def part_regex(forms: tuple[Part, ...]) -> str:
    """One part as a non-capturing alternation of its forms."""
    return "(?:" + "|".join(f"(?:{p.regex})" for p in forms) + ")"


def cue_regexes(pf: PartsFile) -> tuple[str, str] | None:
    """The file's model cue as two regexes (any frame part, any domain part), or None."""
    if pf.cue is None:
        return None
    frame = "|".join(part_regex(pf.parts[n]) for n in pf.cue.frame)
    domain = "|".join(part_regex(pf.parts[n]) for n in pf.cue.domain)
    return frame, domain


def rule_regex(pf: PartsFile, rule: Rule) -> str:
    """A rule as one regex: its parts in order, each within ``gap`` characters of the
    last, with no sentence end between them; a ``statement`` rule not where the clause
    goes on to a question mark; an ``after_question`` rule lets one question end between
    two parts, an ``after_sentence`` rule one sentence of any kind."""
    between = f"[^{_SENTENCE_END}]{{0,{rule.gap}}}?"
    if rule.after_question or rule.after_sentence:
        ends = "?？" if not rule.after_sentence else ".!?。！？"
        between = f"{between}(?:[{ends}]+ ?[^{_SENTENCE_END}]{{0,{rule.gap}}}?)?"
    body = between.join(part_regex(pf.parts[name]) for name in rule.parts)
    return body + ("(?![^.!;\\n。！；…]*[?？])" if rule.statement else "")


def _alt(forms: tuple[Form, ...], drop: frozenset[str]) -> str:
    """The forms as one alternation, in their order, built to fail fast (the same matches,
    the same form first): the characters a match can start with are tested first (a class
    test fails at most positions where the alternation would try every form); a run of
    forms that all open with ``\\b`` shares one ``\\b`` test (inside a word it fails
    once, not once per form); any other form has its own first-character test (else its
    opening lookbehinds run at every position the first test lets through). A form's first
    character is always in its class, and ``\\b`` twice at one position is ``\\b`` once."""
    kept = [f.regex for f in forms if not (f.rounds and set(f.rounds) <= drop)]
    if not kept:
        return "(?!)"
    alts: list[str] = []
    run: list[str] = []
    for r in kept + [""]:
        if r and _opens_at_boundary(r):
            run.append(r)
            continue
        if run:
            alts.append("\\b(?:" + "|".join(f"(?:{b})" for b in run) + ")")
            run = []
        if r:
            alts.append(_gate([r]) + f"(?:{r})")
    return _gate(kept) + "(?:" + "|".join(alts) + ")"


def _gate(regexes: list[str]) -> str:
    """A lookahead for the characters a match of ``regexes`` can start with ("" if any)."""
    first = first_class(regexes)
    return f"(?={first})" if first else ""


def _opens_at_boundary(regex: str) -> bool:
    """Whether every match of ``regex`` starts at a ``\\b`` (each branch opens with one)."""
    try:
        return _seq_opens(rp.parse(regex))
    except (rp.Unsupported, RecursionError):
        return False


def _seq_opens(seq: list[Any]) -> bool:
    if not seq:
        return False
    op, av = seq[0]
    if op == rp.AT:
        return bool(av == rp.AT_BOUNDARY)
    if op == rp.BRANCH:
        return all(_seq_opens(b) for b in av[1])
    if op == rp.SUBPATTERN:
        return _seq_opens(av[3])
    return False


def frames_regex(
    fr: Frames, signal: str, drop: frozenset[str] = frozenset(), span: int = 160
) -> str:
    """The frames of ``signal`` as one regex, read from the start of a clause: no advice in
    the clause, aimed at the reader, no question mark at its end, then a frame and a domain
    within ``window`` characters (either order) with no third person before the frame.
    ``drop``: leave out the forms every round they name is in (dev: leave-one-round-out);
    ``span``: the longest message the entry counts in (no scan goes further: linear time on
    long lines)."""
    c = f"[^{_SENTENCE_END}]"
    many = f"{{0,{span}}}?"
    # no quantifier after the anchor: a run of spaces given back one by one would re-run every
    # lookahead (quadratic on a long blank line)
    start = f"(?:^|(?<=[{_SENTENCE_END}]))"
    frame, domain = _alt(fr.frame, drop), _alt(fr.domain[signal], drop)
    free = f"(?:(?!{_alt(fr.third, drop)}){c})"
    w = fr.window
    return (
        start
        # the rarest piece first: most clauses name no domain and fail here
        + f"(?={c}{many}{domain})"
        + f"(?!{c}{many}{_alt(fr.not_with, drop)})"
        + f"(?=[ \\t]*{_alt(fr.opens, drop)}|{c}{many}{_alt(fr.aimed, drop)})"
        + f"(?!{c}{many}[?？])"
        # one scan of the clause for both orders (the same test as one scan per order: the
        # lookahead only asks whether either order occurs, and captures nothing)
        + f"(?={free}{many}(?:{frame}{c}{{0,{w}}}?{domain}|{domain}{free}{{0,{w}}}?{frame}))"
        # what the match consumes: up to the first domain (the engine's prefilter then needs
        # only a domain word in the message, the rarer piece, before the regex runs)
        + f"{c}{many}{domain}"
    )


def load(lang: str, frames: bool = True) -> tuple[LexiconFile, ...]:
    """The parts file of ``lang`` as one lexicon file per signal (none if it has no file);
    ``frames``: with the frames entries (dev: False reads the rules alone)."""
    from importlib import resources

    if not resources.files("unmask.lang").joinpath(lang, FILE).is_file():
        return ()
    pf = parse(lang, read_yaml(lang, FILE))
    out = []
    for signal in pf.signals():
        entries = tuple(
            Entry(
                signal=signal,
                weight=rule.weight,
                example=rule.example,
                source=f"lexicon:{lang}/{FILE}#{i}",
                regex=rule_regex(pf, rule),
                negatable=False,
                max_chars=pf.max_chars,
            )
            for i, rule in enumerate(pf.rules)
            if rule.signal == signal
        )
        if frames and pf.frames is not None and signal in pf.frames.domain:
            entries += (
                Entry(
                    signal=signal,
                    weight=pf.frames.weight,
                    example=pf.frames.domain[signal][0].example,
                    source=f"lexicon:{lang}/{FILE}#frames",
                    regex=frames_regex(pf.frames, signal, span=pf.max_chars),
                    negatable=False,
                    max_chars=pf.max_chars,
                ),
            )
        out.append(LexiconFile(lang, FILE, signal, pf.version, entries, pf.must_not_fire[signal]))
    return tuple(out)


def version_agrees(pf: PartsFile) -> bool:
    """Every signal a rule gives carries the file's version in the registry."""
    return all(SIGNALS[signal].version == pf.version for signal in pf.signals())
