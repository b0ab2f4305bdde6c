"""Controlling and fearful answers and the response credit (h-gate2; docs/validity.md).

After h-gate a controlling answer the safety layers count, or a line the control gate holds
(the safety model's summed control probability at or above
:data:`unmask.signals.control_gate.LEVELS`), never turns toward a bid; a controlling line
read below that level still does, and so does the answer of a partner whose own line reads
fear. This tool measures the two options of the brief, each chosen on the odd safety rounds
(one to thirty-five) and checked on the even ones (two to thirty-six):

* **(a)** a lower level for the response credit only
  (:data:`unmask.signals.control_gate.ANSWER_LEVELS`: a turn with a line at or above it
  and no depth signal of its own turns toward no bid and answers no disclosure
  responsively, its depth kept; shipped off by h-gate2, English .80 by h-gate3);
* **(b)** a bid answered by a turn that reads its writer's fear counted as neither toward
  nor away (:data:`unmask.dyad.bids.COUNT_FEAR_ANSWERS`; shipped);
* **(c)** an answer carrying ``appeasement`` turning no bid toward (read from the scores,
  no switch: not shipped);
* **(d)** an answer the scorer counts as control and the dyad sets aside as laughing
  turning no bid toward (read from the scores, no switch: not shipped).

``python -m unmask_dev.answer_gate [LEVEL ...]``: the levels of (a) tried (default
:data:`GRID`). The section's first table, (a) without its depth condition, is this tool at
``13b1b33`` (before the condition was added; docs/validity.md).

Each line of the safety rounds and of couple rounds one to thirteen is put in a session of
its own as one partner's answer to the other's turn (:func:`unmask_dev.ctrl_depth.credit`'s
chat: a bad day told, then a bid) and read by the dyad as ``unmask analyze`` reads it; the
cost side adds every reply of ESConv (both halves), CPED and MultiWOZ, each dialogue a
session of two partners (CPED: the dialogue's first speaker and everyone else). The texts
are scored once; only the dyad is read again per option.

``python -m unmask_dev.answer_gate`` prints the tables of the section (h-gate2's reading, when
couple round fourteen and safety round thirty-seven were held out: they are never read here).

h-gate3 (``python -m unmask_dev.answer_gate gate3 [LEVEL ...]``, :func:`gate3`): option (a)
again, now that fear answers are left out as shipped, on safety rounds one to
:data:`GATE3_LAST_ROUND` and couple rounds one to fourteen (:data:`GATE3_COUPLE_ROUNDS`);
the base is every level at the depth gate's own, fear answers left out; the calm side may
lose at most :data:`GATE3_MAX_COST` of its "toward"s (the brief's cap). Couple round fifteen
and safety round thirty-eight were never read there.

h-gate4 reads the same mode on safety rounds one to thirty-eight and couple rounds one to
fifteen (:data:`GATE3_LAST_ROUND`, :data:`GATE3_COUPLE_ROUNDS`; safety round thirty-nine and
couple round sixteen are held out and never read here): run once on main and once on the
branch with the new Chinese safety forms, the base rows ("control N -> ...") are the
controlling lines counted "toward" before and after (docs/validity.md, h-gate4).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from unmask.dyad import bids as bids_module
from unmask.signals import control_gate
from unmask.signals.types import PRESENT, ScoreResult
from unmask_dev import couple_round
from unmask_dev.couples import text_table
from unmask_dev.ctrl_depth import Line, _chat, _odd, dyad_read, lines

#: the newest safety round h-gate2 read (round thirty-seven was held out then)
LAST_ROUND = 36
#: couple rounds one to thirteen (round fourteen was held out then)
COUPLE_ROUNDS = couple_round.PATHS[:13]
#: the response credit's levels tried (option (a)), the same for both languages per row
GRID: tuple[float, ...] = (0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5)
#: the outside sets whose replies are the cost side, with their language
OUTSIDE: tuple[tuple[str, str], ...] = (("esconv", "en"), ("cped", "zh"), ("multiwoz", "en"))
#: the calm roles among the rounds' lines
CALM_ROLES: tuple[str, ...] = ("twin", "couple_depth", "couple_other")
#: the share of the calm side's "toward"s an option may cost (the rule, docs/validity.md)
MAX_COST = 0.005
#: the newest safety round read (h-gate3: 37, round thirty-eight held out; h-gate4: 38,
#: round thirty-nine held out)
GATE3_LAST_ROUND = 38
#: couple rounds read (h-gate3: one to fourteen; h-gate4: one to fifteen, round sixteen
#: held out)
GATE3_COUPLE_ROUNDS = couple_round.PATHS[:15]
#: h-gate3: the calm side's share of "toward"s an option may cost (the brief's cap)
GATE3_MAX_COST = 0.01


def items() -> list[Line]:
    """Safety rounds one to :data:`LAST_ROUND` and couple rounds :data:`COUPLE_ROUNDS`."""
    return lines(LAST_ROUND, COUPLE_ROUNDS)


@dataclass(frozen=True)
class Scored:
    """A chat and its scores (read once)."""

    table: pa.Table
    res: ScoreResult
    partners: tuple[str, str]


def _score(table: pa.Table, partners: tuple[str, str]) -> Scored:
    from unmask.signals import score_table

    return Scored(table, score_table(table, evidence=False), partners)


def outside_chat(name: str) -> pa.Table:
    """Every dialogue of the set as a session of two partners ``A`` (the first speaker)
    and ``B`` (every other speaker), a minute a turn."""
    from unmask_dev import devsets

    conv, mid, ts, sender, text = [], [], [], [], []
    for d in getattr(devsets, name)():
        turns = [t for t in d.turns if t.text]
        if not turns:
            continue
        first = turns[0].speaker
        for k, t in enumerate(turns):
            conv.append(d.id)
            mid.append(f"{d.id}-{k}")
            ts.append(f"2024-01-01T{k // 60 % 24:02d}:{k % 60:02d}:00")
            sender.append("A" if t.speaker == first else "B")
            text.append(t.text)
    return text_table(conv, mid, ts, sender, text)


@dataclass(frozen=True)
class Answers:
    """Per bid and per disclosure episode of a chat: its answer run and whether it was
    turned toward / answered responsively; ``fear_dropped``: bids left out as answered in
    fear (option (b))."""

    bid_answer: np.ndarray
    toward: np.ndarray
    disclosure_answer: np.ndarray
    responsive: np.ndarray
    run_start: np.ndarray
    row: np.ndarray


def answers(s: Scored) -> Answers:
    """The dyad's bids and disclosure answers of ``s`` as ``unmask analyze`` reads them
    (:func:`unmask_dev.ctrl_depth.dyad_read`)."""
    cols, runs, responses, bids = dyad_read(s.table, s.res, *s.partners)
    return Answers(
        bid_answer=bids.answer_run,
        toward=bids.category == bids_module.TOWARD,
        disclosure_answer=responses.answer_run,
        responsive=responses.category == 0,
        run_start=runs.start,
        row=cols.row,
    )


#: the response credit's level that is the depth gate's own (option (a) off)
OFF = 1.0


@contextlib.contextmanager
def option(level: float | None = None, fear_counted: bool | None = None) -> Iterator[None]:
    """The dyad read with the response credit's level ``level`` (both languages, never
    above :data:`unmask.signals.control_gate.LEVELS`: :data:`OFF` is the depth gate's own
    level; None: the shipped :data:`unmask.signals.control_gate.ANSWER_LEVELS`) and fear
    answers counted or not (None: as shipped, :data:`unmask.dyad.bids.COUNT_FEAR_ANSWERS`)."""
    levels, counted = dict(control_gate.ANSWER_LEVELS), bids_module.COUNT_FEAR_ANSWERS
    if level is not None:
        control_gate.ANSWER_LEVELS.clear()
        control_gate.ANSWER_LEVELS.update(
            {k: min(level, v) for k, v in control_gate.LEVELS.items()}
        )
    if fear_counted is not None:
        bids_module.COUNT_FEAR_ANSWERS = fear_counted
    try:
        yield
    finally:
        control_gate.ANSWER_LEVELS.clear()
        control_gate.ANSWER_LEVELS.update(levels)
        bids_module.COUNT_FEAR_ANSWERS = counted


def line_toward(s: Scored, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per line of a :func:`unmask_dev.ctrl_depth._chat` of ``n`` lines: whether it turned
    the other's bid toward, and whether it answered the other's disclosure responsively."""
    got = answers(s)
    line_rows = np.arange(2, n * 3, 3)
    line_run = np.searchsorted(got.run_start, np.searchsorted(got.row, line_rows), side="right")
    line_run -= 1
    toward = set(got.bid_answer[got.toward].tolist())
    responsive = set(got.disclosure_answer[got.responsive].tolist())
    return (
        np.array([r in toward for r in line_run.tolist()], dtype=bool),
        np.array([r in responsive for r in line_run.tolist()], dtype=bool),
    )


def outside_counts(s: Scored) -> tuple[int, int]:
    """Bids turned toward and disclosures answered responsively in an outside chat."""
    got = answers(s)
    return int(got.toward.sum()), int(got.responsive.sum())


@dataclass(frozen=True)
class Reading:
    """One option's reading: per line toward / responsive, per outside set the counts."""

    toward: np.ndarray
    responsive: np.ndarray
    outside: dict[str, tuple[int, int]]


def reading(
    chat: Scored,
    n: int,
    outside: dict[str, Scored],
    level: float | None,
    fear_counted: bool | None,
) -> Reading:
    with option(level, fear_counted):
        toward, responsive = line_toward(chat, n)
        counts = {name: outside_counts(s) for name, s in outside.items()}
    return Reading(toward, responsive, counts)


def appeasing(chat: Scored, n: int, outside: dict[str, Scored], base: Reading) -> Reading:
    """Option (c), read from ``base`` (the options off): an answer that carries
    ``appeasement`` (yielding without a view of one's own: "fine, you're right", "ok ok, my
    bad, let's drop it", 行吧，你说得对) turns no bid toward."""

    def flag(s: Scored) -> np.ndarray:
        return np.nan_to_num(np.asarray(s.res.scores["appeasement"], np.float64)) >= PRESENT

    return _turned_from(flag, chat, n, outside, base)


def _turned_from(
    flag: Callable[[Scored], np.ndarray],
    chat: Scored,
    n: int,
    outside: dict[str, Scored],
    base: Reading,
) -> Reading:
    """``base`` with every answer whose run holds a row ``flag`` marks turning no bid toward:
    the rounds' answer lines (every third row of ``chat``) and the outside sets' answer runs
    (read with the options off)."""
    line = flag(chat)[np.arange(2, n * 3, 3)]
    counts = {}
    for name, s in outside.items():
        with option(OFF, True):
            got = answers(s)
        per_run = np.logical_or.reduceat(flag(s)[got.row], got.run_start)
        lost = per_run[got.bid_answer[got.toward]]
        counts[name] = (base.outside[name][0] - int(lost.sum()), base.outside[name][1])
    return Reading(base.toward & ~line, base.responsive, counts)


def _teasing(s: Scored) -> np.ndarray:
    """Per row of ``s``: a control signal counted by the scorer on a line that laughs (the
    dyad sets it aside as teasing, :func:`unmask.dyad.safety.set_aside_laughing`)."""
    from unmask.dyad.safety import laughing
    from unmask.signals.types import CONTROL_SIGNALS

    counted = np.zeros(len(s.res.lang), dtype=bool)
    for name in CONTROL_SIGNALS:
        counted |= np.nan_to_num(np.asarray(s.res.scores[name], np.float64)) >= PRESENT
    out = np.zeros(len(counted), dtype=bool)
    rows = np.flatnonzero(counted)
    if rows.size:
        out[rows] = laughing(s.table.column("text").take(pa.array(rows)))
    return out


def teasing(chat: Scored, n: int, outside: dict[str, Scored], base: Reading) -> Reading:
    """Option (d), read from ``base``: a line the scorer counts as control that the dyad
    sets aside as laughing turns no bid toward all the same (its depth left as it is)."""
    return _turned_from(_teasing, chat, n, outside, base)


def _idx(xs: list[Line], roles: tuple[str, ...], lang: str, odd: bool | None) -> list[int]:
    return [
        i
        for i, x in enumerate(xs)
        if x.role in roles and x.lang == lang and (odd is None or _odd(x.group) == odd)
    ]


def summary(
    xs: list[Line],
    base: Reading,
    r: Reading,
    lang: str,
    odd: bool | None,
    cap: float = MAX_COST,
) -> str:
    """One row: controlling / victim lines turned toward, calm lines' toward lost (and
    their share), the outside sets' toward lost, and whether the rule holds."""
    ctrl = _idx(xs, ("control", "couple_control"), lang, odd)
    victim = _idx(xs, ("victim",), lang, odd)
    calm = _idx(xs, CALM_ROLES, lang, odd)
    c0, c1 = int(base.toward[ctrl].sum()), int(r.toward[ctrl].sum())
    v0, v1 = int(base.toward[victim].sum()), int(r.toward[victim].sum())
    k0 = int(base.toward[calm].sum())
    lost = int((base.toward[calm] & ~r.toward[calm]).sum())
    out_lost, out_base = 0, 0
    for name, code in OUTSIDE:
        if code == lang:
            out_base += base.outside[name][0]
            out_lost += base.outside[name][0] - r.outside[name][0]
    rl0, rl1 = int(base.responsive[calm].sum()), int(r.responsive[calm].sum())
    ok = lost <= cap * k0 and out_lost <= cap * out_base
    return (
        f"control {c0} -> {c1} | victim {v0} -> {v1} | calm toward {k0} lost {lost}"
        f" ({lost / max(k0, 1):.4f}) | calm responsive {rl0} -> {rl1} | outside toward"
        f" {out_base} lost {out_lost} ({out_lost / max(out_base, 1):.4f}) | "
        + ("within" if ok else "PAST")
    )


def lost_lines(xs: list[Line], base: Reading, r: Reading, roles: tuple[str, ...]) -> str:
    """The lines of ``roles`` that lose "toward" under ``r`` (group and text: the calm
    rounds are read, not held out)."""
    idx = [i for i, x in enumerate(xs) if x.role in roles and base.toward[i] and not r.toward[i]]
    return "\n".join(f"  {xs[i].group} {xs[i].role} {xs[i].lang}: {xs[i].text}" for i in idx)


def _scored(xs: list[Line], fear_counted: bool) -> tuple[Scored, dict[str, Scored], int, Reading]:
    """``xs`` scored as one chat of answers, the outside sets scored, and the base reading
    (every level off; fear answers counted or left out, ``fear_counted``)."""
    chat = _score(_chat([x.text for x in xs], [x.lang for x in xs]), ("A", "B"))
    outside = {name: _score(outside_chat(name), ("A", "B")) for name, _ in OUTSIDE}
    n = len(xs)
    return chat, outside, n, reading(chat, n, outside, OFF, fear_counted)


def gate3(wanted: list[str]) -> None:
    """h-gate3's tables (module docstring): per level of option (a) (default :data:`GRID`),
    per language and half, against the base with every level off and fear answers left
    out; then the shipped levels, with the calm lines they cost and the controlling lines
    still counted "toward" (the rounds read are development data, not held out)."""
    xs = lines(GATE3_LAST_ROUND, GATE3_COUPLE_ROUNDS)
    chat, outside, n, base = _scored(xs, False)
    print("lines by role and lang:", dict(Counter((x.role, x.lang) for x in xs)))
    print("outside (toward, responsive):", base.outside)
    levels = [float(a) for a in wanted] if wanted else list(GRID)
    for level in levels:
        r = reading(chat, n, outside, level, False)
        for lang in ("en", "zh"):
            for half, odd in (("odd", True), ("even", False)):
                row = summary(xs, base, r, lang, odd, GATE3_MAX_COST)
                print(f"(a) {level} {lang} {half}: {row}")
    r = reading(chat, n, outside, None, None)
    print("shipped levels:", control_gate.answer_levels())
    for lang in ("en", "zh"):
        for half, odd in (("odd", True), ("even", False)):
            row = summary(xs, base, r, lang, odd, GATE3_MAX_COST)
            print(f"shipped {lang} {half}: {row}")
    print("shipped: calm lines losing toward\n" + lost_lines(xs, base, r, CALM_ROLES))
    p = chat.res.control
    line_p = np.nan_to_num(p[np.arange(2, n * 3, 3)], nan=0.0) if p is not None else np.zeros(n)
    print("shipped: controlling lines still toward")
    for i, x in enumerate(xs):
        if x.role in ("control", "couple_control") and r.toward[i]:
            print(f"  {x.group} {x.lang} p={line_p[i]:.2f}: {x.text}")


#: h-gate3's partial readings: the parts of a control rule read alone (not the domains)
PARTIAL_PARTS: dict[str, tuple[str, ...]] = {
    "en": ("forbid", "order", "condition", "harm", "final", "take_over", "ultimatum", "cut_off"),
    "zh": (),  # every part but the domains (:data:`DOMAIN_PARTS`)
}
#: the parts that name a domain of the partner's life (never read alone here)
DOMAIN_PARTS = ("domain", "money", "possession", "record", "them")


def _partial_forms(lang: str) -> dict[str, re.Pattern[str]]:
    """The safety parts layer's forms of ``lang`` as plain patterns: ``frame`` (the frames'
    command, permission or sanction forms), ``aimed``, ``not_with`` (en) and ``parts`` (a
    control rule's parts, :data:`PARTIAL_PARTS`), each one alternation."""
    from unmask.signals.lexicon import read_yaml

    data = read_yaml(lang, "safety_parts.yaml")

    def one(entries: list[dict[str, str]]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{e['regex']})" for e in entries), re.I)

    names = PARTIAL_PARTS[lang] or tuple(k for k in data["parts"] if k not in DOMAIN_PARTS)
    out = {
        "frame": one(data["frames"]["frame"]),
        "parts": one([e for k in names for e in data["parts"].get(k) or []]),
    }
    if lang == "en":
        out["aimed"] = one(data["frames"]["aimed"])
        out["not_with"] = one(data["frames"]["not_with"])
    return out


def _partial_flags(s: Scored, how: str, level: float, also: float | None) -> np.ndarray:
    """Per row of ``s``: h-gate3's partial readings (:func:`gate3_partials`) of ``how``
    (``lexicon``: a control signal scored above 0 and under :data:`PRESENT`; ``frame`` or
    ``parts``: a form of :func:`_partial_forms` aimed at the partner, en with no ``not_with``)
    where the model reads ``level`` or more, the line has no depth or fear signal; ``also``:
    ORed with option (a) at that level (English only, as shipped)."""
    from unmask.signals.types import CONTROL_SIGNALS, DEPTH_SIGNALS, FEAR_SIGNAL

    scores = {k: np.nan_to_num(np.asarray(v, np.float64)) for k, v in s.res.scores.items()}
    p = np.nan_to_num(np.asarray(s.res.control, np.float64), nan=0.0)
    free = scores[FEAR_SIGNAL] < PRESENT
    for name in DEPTH_SIGNALS:
        free &= scores[name] < PRESENT
    out = np.zeros(len(p), dtype=bool)
    if how == "lexicon":
        part = np.max([scores[name] for name in CONTROL_SIGNALS], axis=0)
        out = (part > 0) & (part < PRESENT) & (p >= level) & free
    else:
        forms = {lang: _partial_forms(lang) for lang in ("en", "zh")}
        texts = s.table.column("text").to_pylist()
        for i in np.flatnonzero(free & (p >= level)).tolist():
            f, t = forms.get(s.res.lang[i]), texts[i] or ""
            if f is None or not f[how].search(t):
                continue
            if "aimed" in f:
                out[i] = bool(f["aimed"].search(t)) and not f["not_with"].search(t)
            else:
                out[i] = "你" in t
    if also is not None:
        en = np.array([lang == "en" for lang in s.res.lang])
        out |= en & (p >= also) & free & (scores_control(scores) < PRESENT)
    return out


def scores_control(scores: dict[str, np.ndarray]) -> np.ndarray:
    """Per row: the highest control signal's score (a counted line is held already)."""
    from unmask.signals.types import CONTROL_SIGNALS

    return np.max([scores[name] for name in CONTROL_SIGNALS], axis=0)


def gate3_partials() -> None:
    """h-gate3's partial readings, each ORed into the response credit's gate of the base
    (every level off, fear answers left out) and read from the scores: a line the reading
    flags loses its "toward" (the outside sets: a run with a flagged line); the same tables
    as :func:`gate3`. Emulated (the dyad is not read again): the frames' and parts' forms are
    read alone, without the layer's clause, gap and order."""
    xs = lines(GATE3_LAST_ROUND, GATE3_COUPLE_ROUNDS)
    chat, outside, n, base = _scored(xs, False)
    with option(OFF, False):
        got = {name: answers(s) for name, s in outside.items()}
    for how, level, also in (
        ("lexicon", 0.0, None),
        ("frame", 0.3, None),
        ("frame", 0.3, 0.8),
        ("parts", 0.3, None),
        ("parts", 0.3, 0.8),
        ("frame", 0.2, None),
    ):
        line = _partial_flags(chat, how, level, also)[np.arange(2, n * 3, 3)]
        counts = {}
        for name, s in outside.items():
            per_run = np.logical_or.reduceat(
                _partial_flags(s, how, level, also)[got[name].row], got[name].run_start
            )
            lost = int(per_run[got[name].bid_answer[got[name].toward]].sum())
            counts[name] = (base.outside[name][0] - lost, base.outside[name][1])
        r = Reading(base.toward & ~line, base.responsive, counts)
        for lang in ("en", "zh"):
            for half, odd in (("odd", True), ("even", False)):
                row = summary(xs, base, r, lang, odd, GATE3_MAX_COST)
                print(f"{how} p>={level} with .8: {also} {lang} {half}: {row}")


def _cue_flags(s: Scored, level: float) -> np.ndarray:
    """Per row of ``s``: h-gate4's option (b), a Chinese line with no depth or fear signal,
    no counted control, the safety model's summed control probability at ``level`` or more
    and the parts file's model cue in it (a frame part: prohibition, permission, order,
    demand for account, condition ... and a domain part: people, money, possessions,
    records; :func:`unmask.signals.safety_model._cue_patterns`) with a second person (你)."""
    from unmask.signals.safety_model import _cue_patterns
    from unmask.signals.types import DEPTH_SIGNALS, FEAR_SIGNAL

    scores = {k: np.nan_to_num(np.asarray(v, np.float64)) for k, v in s.res.scores.items()}
    p = np.nan_to_num(np.asarray(s.res.control, np.float64), nan=0.0)
    free = (scores[FEAR_SIGNAL] < PRESENT) & (scores_control(scores) < PRESENT)
    for name in DEPTH_SIGNALS:
        free &= scores[name] < PRESENT
    cue = _cue_patterns("zh")
    texts = s.table.column("text").to_pylist()
    out = np.zeros(len(p), dtype=bool)
    for i in np.flatnonzero(free & (p >= level)).tolist():
        t = texts[i] or ""
        if s.res.lang[i] == "zh" and "你" in t and cue and all(c.search(t) for c in cue):
            out[i] = True
    return out


#: h-gate4: option (b)'s levels of the safety model's control probability tried
GATE4_CUE_LEVELS: tuple[float, ...] = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


def gate4_cue() -> None:
    """h-gate4's option (b), read from the scores as :func:`gate3_partials` reads its
    partials: per level of :data:`GATE4_CUE_LEVELS`, a line :func:`_cue_flags` marks loses
    its "toward" (the outside sets: a run with a marked line); the same tables."""
    xs = lines(GATE3_LAST_ROUND, GATE3_COUPLE_ROUNDS)
    chat, outside, n, base = _scored(xs, False)
    with option(OFF, False):
        got = {name: answers(s) for name, s in outside.items()}
    for level in GATE4_CUE_LEVELS:
        line = _cue_flags(chat, level)[np.arange(2, n * 3, 3)]
        counts = {}
        for name, s in outside.items():
            per_run = np.logical_or.reduceat(
                _cue_flags(s, level)[got[name].row], got[name].run_start
            )
            lost = int(per_run[got[name].bid_answer[got[name].toward]].sum())
            counts[name] = (base.outside[name][0] - lost, base.outside[name][1])
        r = Reading(base.toward & ~line, base.responsive, counts)
        for half, odd in (("odd", True), ("even", False)):
            print(
                f"(b) cue p>={level} zh {half}: {summary(xs, base, r, 'zh', odd, GATE3_MAX_COST)}"
            )
        print(
            f"(b) cue p>={level}: calm lines losing toward\n" + lost_lines(xs, base, r, CALM_ROLES)
        )


def main() -> None:
    if sys.argv[1:3] == ["gate4", "cue"]:
        gate4_cue()
        return
    if sys.argv[1:2] == ["gate3"]:
        if sys.argv[2:3] == ["partials"]:
            gate3_partials()
        else:
            gate3(sys.argv[2:])
        return
    xs = items()
    chat, outside, n, base = _scored(xs, True)
    print("lines by role and lang:", dict(Counter((x.role, x.lang) for x in xs)))
    print("outside (toward, responsive):", base.outside)
    p = chat.res.control
    line_p = np.nan_to_num(p[np.arange(2, n * 3, 3)], nan=0.0) if p is not None else None
    if line_p is not None:
        for lang in ("en", "zh"):
            ctrl = _idx(xs, ("control", "couple_control"), lang, None)
            left = [i for i in ctrl if base.toward[i]]
            print(
                f"{lang} controlling lines toward at base: {len(left)}, p quantiles"
                f" {np.round(np.quantile(line_p[left], [0, 0.25, 0.5, 0.75, 1]), 3).tolist()}"
                if left
                else f"{lang}: none"
            )
    wanted = sys.argv[1:]
    levels = [float(a) for a in wanted] if wanted else list(GRID)
    for level in levels:
        r = reading(chat, n, outside, level, True)
        for lang in ("en", "zh"):
            for half, odd in (("odd", True), ("even", False)):
                print(f"(a) {level} {lang} {half}: " + summary(xs, base, r, lang, odd))
    r = reading(chat, n, outside, OFF, False)
    for lang in ("en", "zh"):
        for half, odd in (("odd", True), ("even", False)):
            print(f"(b) {lang} {half}: " + summary(xs, base, r, lang, odd))
    print("(b) calm lines losing toward\n" + lost_lines(xs, base, r, CALM_ROLES))
    r = reading(chat, n, outside, None, None)
    for lang in ("en", "zh"):
        for half, odd in (("odd", True), ("even", False)):
            print(f"shipped {lang} {half}: " + summary(xs, base, r, lang, odd))
    print("shipped: calm lines losing toward\n" + lost_lines(xs, base, r, CALM_ROLES))
    r = appeasing(chat, n, outside, base)
    for lang in ("en", "zh"):
        for half, odd in (("odd", True), ("even", False)):
            print(f"(c) {lang} {half}: " + summary(xs, base, r, lang, odd))
    print("(c) calm lines losing toward\n" + lost_lines(xs, base, r, CALM_ROLES))
    r = teasing(chat, n, outside, base)
    for lang in ("en", "zh"):
        for half, odd in (("odd", True), ("even", False)):
            print(f"(d) {lang} {half}: " + summary(xs, base, r, lang, odd))
    print("(d) calm lines losing toward\n" + lost_lines(xs, base, r, CALM_ROLES))


if __name__ == "__main__":
    main()
