"""Depth credit on controlling lines (h-ctrldepth, h-ctrldepth2): which depth signals fire
on the controlling lines of safety rounds one to :data:`LAST_ROUND` and on the ``control``
lines of the couple rounds a choice may read (``couple_round.READ_PATHS``), from which
layer, with the safety model's control probability
(:func:`unmask.signals.scorer.control_probability`) and the safety signals; the same on
the calm twins and on couple rounds' true depth lines (what a gate costs); the candidate
gates of h-ctrldepth2 chosen on the odd rounds and checked on the even ones (:func:`split`).

``python -m unmask_dev.ctrl_depth`` prints the tables of docs/validity.md "A controlling
line gains no depth credit (h-ctrldepth)" and "Controlling lines the safety layers miss get
no depth credit (h-ctrldepth2)". The newest couple round and safety round thirty-six are
never read here.

h-gate: :func:`credit` puts each line in a chat of its own, as one partner's answer to the
other's turn (a disclosure and a bid), and counts what the reply layer and the dyad credit
it with (any responsiveness mechanism; a bid of its own; the other's bid turned toward; the
other's disclosure answered responsively), by whether the control gate withholds its depth
(a counted control signal, or the safety model's control probability past
:data:`unmask.signals.control_gate.LEVELS`, and not the writer's fear); :func:`esconv_credit`
the same over ESConv's supporter turns (the cost side). ``python -m unmask_dev.ctrl_depth
credit`` prints these alone."""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from unmask.dyad.safety import CONTROL_SIGNALS
from unmask.signals import control_gate, safety_model, safety_struct
from unmask.signals.scorer import control_probability, score_texts
from unmask.signals.types import DEPTH_SIGNALS, PRESENT
from unmask_dev import couple_round
from unmask_dev import safety_probes as probes
from unmask_dev.couples import text_table
from unmask_dev.train_safety import KIND_OF, TWINS

if TYPE_CHECKING:
    from unmask.dyad.bids import BidResult
    from unmask.dyad.columns import DyadColumns, Runs
    from unmask.dyad.responses import ResponseResult
    from unmask.signals.types import ScoreResult

_HAN = re.compile("[\u4e00-\u9fff]")
#: a line addressed to the other: a second-person word (en) or 你 / 您 / 妳 (zh)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|youre|u|ur)\b|[你您妳]", re.I)
#: the safety rounds as written (rounds one to eight under their old names)
EARLY: dict[str, tuple[str, ...]] = {
    "TUNED": probes.TUNED,
    "HELD_OUT": probes.HELD_OUT,
    "ROUND4": probes.ROUND4,
    "FRESH": probes.FRESH,
    **{f"ROUND{n}": getattr(probes, f"ROUND{n}") for n in range(5, 9)},
}
EARLY_TWINS: dict[str, tuple[str, ...]] = {
    "SAFE": probes.SAFE,
    "FRESH_SAFE": probes.FRESH_SAFE,
    "FRESH_SAFE_2": probes.FRESH_SAFE_2,
    **{f"ROUND{n}": getattr(probes, f"ROUND{n}_SAFE") for n in range(5, 9)},
}
#: the number of each safety round (odd ones choose, even ones check: h-ctrldepth2)
_EARLY_NUMBER = {"TUNED": 1, "HELD_OUT": 2, "FRESH": 3, "ROUND4": 4}
_EARLY_TWIN_NUMBER = {"SAFE": 1, "FRESH_SAFE": 3, "FRESH_SAFE_2": 4}
#: the newest safety round read here (thirty-five is held out)
LAST_ROUND = 35
CONTROL_KINDS = frozenset(s.removeprefix("safety.") for s in CONTROL_SIGNALS)
#: couple rounds one to twelve (h-gate; round thirteen is held out)
COUPLE_ROUNDS = couple_round.PATHS[:12]
_ALIAS = {name: alias for alias, name in couple_round.ALIASES.items()}


@dataclass(frozen=True)
class Line:
    group: str  # the round it belongs to (grouped leave-rounds-out)
    role: str  # control, victim, twin, couple_control, couple_depth, couple_other
    text: str
    depth: frozenset[str] = frozenset()  # couple rounds: the depth it should fire

    @property
    def lang(self) -> str:
        return "zh" if _HAN.search(self.text) else "en"


def lines(last: int = LAST_ROUND, couples: tuple[Path, ...] = COUPLE_ROUNDS) -> list[Line]:
    """The safety rounds' lines up to round ``last`` (controlling, victim, other, twins) and
    the couple rounds' lines of ``couples`` (h-gate2 reads rounds one to thirty-six and couple
    rounds one to thirteen, :mod:`unmask_dev.answer_gate`)."""
    out: list[Line] = []
    rounds = {
        **EARLY,
        **{f"ROUND{n}": getattr(probes, f"ROUND{n}") for n in range(9, last + 1)},
    }
    kinds = {
        **KIND_OF,
        **{t: k for n in range(18, last + 1) for k, t in getattr(probes, f"ROUND{n}_KINDS")},
    }
    for name, texts in rounds.items():
        for t in texts:
            kind = kinds.get(t, "")
            role = "control" if kind in CONTROL_KINDS else "victim" if kind == "fear" else "other"
            group = f"ROUND{_EARLY_NUMBER[name]}" if name in _EARLY_NUMBER else name
            out.append(Line(group, role, t))
    twins = {
        **EARLY_TWINS,
        **{k: v for k, v in TWINS.items() if re.fullmatch(r"ROUND(9|1\d)", k)},
        **{f"ROUND{n}": getattr(probes, f"ROUND{n}_SAFE") for n in range(18, last + 1)},
    }
    for name, texts in twins.items():
        group = f"ROUND{_EARLY_TWIN_NUMBER[name]}" if name in _EARLY_TWIN_NUMBER else name
        out += [Line(group, "twin", t) for t in texts]
    for k, path in enumerate(couples, 1):
        for m in couple_round.load(path):
            if m.kind == "control":
                role = "couple_control"
            elif m.fire & set(DEPTH_SIGNALS):
                role = "couple_depth"
            else:
                role = "couple_other"
            out.append(Line(f"COUPLE{k}", role, m.text, m.fire & set(DEPTH_SIGNALS)))
    return out


#: the grammar reader's own clause split
_CLAUSE = safety_struct._SPLIT


def control_part(text: str) -> bool:
    """Whether a clause of ``text`` holds a control act and a domain by the grammar reader's
    word classes (:class:`unmask.signals.safety_struct.Reader`): "check your phone",
    翻你手机, whether or not the reader's rules read the whole line as control."""
    reader = safety_struct.reader(safety_struct.language_of(text))
    return any(
        "domain" in tags and tags & set(safety_struct.ACTS)
        for tags in map(reader.tags, (c for c in _CLAUSE.split(text) if c.strip()))
    )


@dataclass
class Read:
    depth: list[frozenset[str]]  # depth signals fired
    layers: list[frozenset[str]]  # their layers (lexicon, model:..., couple)
    control_p: np.ndarray
    safety: list[frozenset[str]]  # safety signals fired
    second: np.ndarray  # addressed to the other (second person, :data:`SECOND_PERSON`)
    part: np.ndarray  # a clause with a control act and a domain (:func:`control_part`)


def _layer(source: str) -> str:
    if source.startswith("model:couple"):
        return "couple"
    if source.startswith("model:"):
        return source.split("-")[0]
    return "lexicon"


def read(items: list[Line]) -> Read:
    texts = [x.text for x in items]
    res = score_texts(texts)
    depth = [
        frozenset(s for s in DEPTH_SIGNALS if res.scores[s][i] >= PRESENT)
        for i in range(len(texts))
    ]
    layers = [
        frozenset(_layer(ev.source) for s in depth[i] for ev in res.evidence[i].get(s, ()))
        for i in range(len(texts))
    ]
    safety = [
        frozenset(s for s in res.scores if s.startswith("safety.") and res.scores[s][i] >= PRESENT)
        for i in range(len(texts))
    ]
    p = np.zeros(len(texts))
    for lang in ("en", "zh"):
        rows = [i for i, x in enumerate(items) if x.lang == lang]
        if rows:
            probs = safety_model.predict([texts[i] for i in rows], lang)
            p[rows] = control_probability(probs)
    second = np.array([bool(SECOND_PERSON.search(t)) for t in texts], dtype=bool)
    part = np.array([control_part(t) for t in texts], dtype=bool)
    return Read(depth, layers, p, safety, second, part)


def table(items: list[Line], r: Read) -> str:
    out = ["role | lang | n | any depth | kinds (top) | layers | any control signal | p>=.5"]
    for role in ("control", "couple_control", "victim", "twin", "couple_depth"):
        for lang in ("en", "zh"):
            idx = [i for i, x in enumerate(items) if x.role == role and x.lang == lang]
            if not idx:
                continue
            anyd = [i for i in idx if r.depth[i]]
            kinds = Counter(s for i in idx for s in r.depth[i])
            layers = Counter(s for i in idx for s in r.layers[i])
            ctrl = sum(1 for i in idx if r.safety[i] & set(CONTROL_SIGNALS))
            hi = int((r.control_p[idx] >= 0.5).sum())
            top = ", ".join(f"{_ALIAS[k]} {v}" for k, v in kinds.most_common(4))
            lay = ", ".join(f"{k} {v}" for k, v in layers.most_common())
            out.append(
                f"{role} | {lang} | {len(idx)} | {len(anyd)} | {top} | {lay} | {ctrl} | {hi}"
            )
    return "\n".join(out)


#: thresholds of the safety model's control probability tried as a second way in
GRID: tuple[float, ...] = (1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.4, 0.3)
#: a true depth line (twin or couple round) that loses its depth costs this many freed ones
LOST_COST = 2.0


def _gated(r: Read, i: int, threshold: float) -> bool:
    if "safety.fear" in r.safety[i]:
        return False
    return bool(r.safety[i] & set(CONTROL_SIGNALS)) or r.control_p[i] >= threshold


def _gain(items: list[Line], r: Read, idx: list[int], threshold: float) -> tuple[int, int]:
    """(control lines with depth freed, true depth lines' depth lost) by the gate."""
    freed = lost = 0
    for i in idx:
        if not (r.depth[i] and _gated(r, i, threshold)):
            continue
        if items[i].role in ("control", "couple_control"):
            freed += 1
        elif items[i].role in ("twin", "couple_depth", "couple_other"):
            lost += 1
    return freed, lost


def loro(items: list[Line], r: Read) -> str:
    """The probability threshold chosen with one round (safety or couple) left out at a time
    (``r``: read without the gate), and what it frees and costs on the left-out rounds."""
    out = []
    groups = sorted({x.group for x in items})
    for lang in ("en", "zh"):
        chosen: Counter[float] = Counter()
        freed = lost = 0
        for g in groups:
            train = [i for i, x in enumerate(items) if x.lang == lang and x.group != g]
            test = [i for i, x in enumerate(items) if x.lang == lang and x.group == g]

            def score(t: float, train: list[int] = train) -> tuple[float, float]:
                f, lo = _gain(items, r, train, t)
                return (f - LOST_COST * lo, t)

            best = max(GRID, key=score)
            chosen[best] += 1
            f, lo = _gain(items, r, test, best)
            freed, lost = freed + f, lost + lo
        every = [i for i, x in enumerate(items) if x.lang == lang]
        f0, l0 = _gain(items, r, every, 1.01)
        out.append(
            f"{lang}: thresholds chosen {dict(chosen)}; held out freed {freed}, lost {lost};"
            f" control signals alone freed {f0}, lost {l0}"
        )
    return "\n".join(out)


#: the candidate gates of h-ctrldepth2 (besides a control signal), each with a level of the
#: safety model's control probability: on the probability alone (a), on it where the line
#: is addressed to the other or has a control part (b), on it where the line has a control
#: part, a clause with an act and a domain (c, :func:`control_part`)
HOWS: tuple[str, ...] = ("p", "p+you", "part")
#: the levels tried (c reaches lower: its part is evidence of its own)
SPLIT_GRID: tuple[float, ...] = (1.01, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)


def _candidate(r: Read, i: int, threshold: float, how: str) -> bool:
    if "safety.fear" in r.safety[i]:
        return False
    if r.safety[i] & set(CONTROL_SIGNALS):
        return True
    if r.control_p[i] < threshold:
        return False
    if how == "p":
        return True
    if how == "p+you":
        return bool(r.second[i] or r.part[i])
    return bool(r.part[i])


def _odd(group: str) -> bool:
    digits = re.sub(r"\D", "", group)
    return int(digits) % 2 == 1


def _count(items: list[Line], r: Read, idx: list[int], t: float, how: str) -> Counter[str]:
    """Per role: lines with depth the candidate gates (``how``, level ``t``)."""
    out: Counter[str] = Counter()
    for i in idx:
        if r.depth[i] and _candidate(r, i, t, how):
            out[items[i].role] += 1
    return out


def _moved(c: Counter[str], base: Counter[str]) -> tuple[int, int, int, int]:
    """(control lines freed, true depth lost, victims lost, twins lost) beyond ``base``."""
    freed = c["control"] + c["couple_control"] - base["control"] - base["couple_control"]
    return (
        freed,
        c["couple_depth"] - base["couple_depth"],
        c["victim"] - base["victim"],
        c["twin"] - base["twin"],
    )


def _passes(c: Counter[str], base: Counter[str], n: Counter[str]) -> bool:
    """The rule of h-ctrldepth2: true depth and victims lose at most 1%, twins no more
    than the control lines freed."""
    freed, depth_lost, victim_lost, twins_lost = _moved(c, base)
    return (
        depth_lost <= 0.01 * n["couple_depth"]
        and victim_lost <= 0.01 * n["victim"]
        and twins_lost <= freed
    )


def choose(items: list[Line], r: Read, idx: list[int], how: str) -> float:
    """The level passing the rule on ``idx`` with the most control lines freed less
    :data:`LOST_COST` per true depth, victim or twin line lost; ties: the higher level."""
    n = Counter(items[i].role for i in idx if r.depth[i])
    base = _count(items, r, idx, 1.01, how)

    def gain(t: float) -> tuple[float, float]:
        freed, lost, victims, twins = _moved(_count(items, r, idx, t, how), base)
        return (freed - LOST_COST * (lost + victims + twins), t)

    ok = [t for t in SPLIT_GRID if _passes(_count(items, r, idx, t, how), base, n)]
    return max(ok, key=gain) if ok else 1.01


def split(items: list[Line], r: Read) -> str:
    """h-ctrldepth2: per candidate and language, the level chosen on the odd rounds (safety
    and couple, :func:`choose`), then what it frees and costs on either half (``r``: read
    without the gate)."""
    out = []
    for how in HOWS:
        for lang in ("en", "zh"):
            half = {
                odd: [i for i, x in enumerate(items) if x.lang == lang and _odd(x.group) == odd]
                for odd in (True, False)
            }
            chosen = choose(items, r, half[True], how)
            rows = []
            for odd in (True, False):
                idx = half[odd]
                n = Counter(items[i].role for i in idx if r.depth[i])
                base = _count(items, r, idx, 1.01, how)
                c = _count(items, r, idx, chosen, how)
                freed, lost, victims, twins = _moved(c, base)
                left = n["control"] + n["couple_control"] - c["control"] - c["couple_control"]
                rows.append(
                    f"{'odd' if odd else 'even'}: control with depth {left} (freed {freed}),"
                    f" true depth lost {lost} of {n['couple_depth']}, victims {victims},"
                    f" twins {twins}, passes {_passes(c, base, n)}"
                )
            out.append(f"{how} {lang}: level {chosen}; " + " | ".join(rows))
    return "\n".join(out)


def residual(items: list[Line], r: Read) -> str:
    """h-ctrldepth2 step 1: lines with depth (``r``: read with the gate) by role and
    language, by the safety model's control probability, addressed to the other, with a
    control part."""
    out = ["role | lang | with depth | p<.3 | .3-.5 | .5-.7 | .7-.9 | >=.9 | you | part"]
    edges = (0.0, 0.3, 0.5, 0.7, 0.9, 1.01)
    for role in ("control", "couple_control", "victim", "twin", "couple_depth"):
        for lang in ("en", "zh"):
            idx = [i for i, x in enumerate(items) if x.role == role and x.lang == lang]
            idx = [i for i in idx if r.depth[i]]
            p = r.control_p[idx]
            bins = [int(((p >= a) & (p < b)).sum()) for a, b in itertools.pairwise(edges)]
            you = int(r.second[idx].sum())
            part = int(r.part[idx].sum())
            out.append(
                f"{role} | {lang} | {len(idx)} | "
                + " | ".join(map(str, bins))
                + f" | {you} | {part}"
            )
    return "\n".join(out)


def couple_figures(items: list[Line], r: Read) -> str:
    """Couple rounds one to seven: depth recall and precision (signals expected / fired)."""
    msgs = [m for path in COUPLE_ROUNDS for m in couple_round.load(path)]
    rows = [i for i, x in enumerate(items) if x.group.startswith("COUPLE")]
    out = []
    for lang in ("en", "zh"):
        tp = fn = fp = 0
        for i, m in zip(rows, msgs, strict=True):
            if m.lang == lang:
                tp += len(r.depth[i] & m.fire)
                fn += len(m.fire - r.depth[i])
                fp += len(r.depth[i] & m.must_not)
        out.append(f"{lang}: recall {tp / (tp + fn):.4f} precision {tp / (tp + fp):.4f}")
    return "\n".join(out)


#: the other partner's turn each line answers (h-gate): a disclosure, then a bid
CONTEXT: dict[str, tuple[str, str]] = {
    "en": (
        "I had such a rough day, my boss yelled at me in front of everyone and I feel awful.",
        "look at this photo from today! how was your day?",
    ),
    "zh": (
        "今天好难受，老板当着所有人的面骂我，我心里特别委屈。",
        "你看我今天拍的照片！你今天过得怎么样？",
    ),
}
_DAY0 = datetime(2024, 1, 1)
#: the kinds of credit counted by :func:`credit`
CREDITS: tuple[str, ...] = ("reply", "bid", "toward", "responsive")


@dataclass
class Credit:
    """Per line: the credits it earns (:data:`CREDITS`), whether the gate withholds its
    depth by a counted control signal (``counted``) or by the probability alone
    (``likely``)."""

    earned: list[frozenset[str]]
    counted: np.ndarray
    likely: np.ndarray


def _chat(texts: list[str], langs: list[str]) -> pa.Table:
    """One session per line (a day apart): the other's two messages, then the line."""
    conv, mid, ts, sender, text = [], [], [], [], []
    for k, (t, lang) in enumerate(zip(texts, langs, strict=True)):
        for j, (who, said) in enumerate(
            (("A", CONTEXT[lang][0]), ("A", CONTEXT[lang][1]), ("B", t))
        ):
            conv.append("c")
            mid.append(f"{k}-{j}")
            ts.append((_DAY0 + timedelta(days=k, minutes=j)).strftime("%Y-%m-%dT%H:%M:%S"))
            sender.append(who)
            text.append(said)
    return text_table(conv, mid, ts, sender, text)


def dyad_read(
    table: pa.Table, res: ScoreResult, first: str = "A", second: str = "B"
) -> tuple[DyadColumns, Runs, ResponseResult, BidResult]:
    """The dyad of a chat of two partners as ``unmask analyze`` reads it (``first`` the
    partner read first), less its step for formula thanks: the columns, the turns, the
    turns that control or fear masked, the disclosures' answers and the bids."""
    from unmask.dyad import (
        bid_outcomes,
        build_columns,
        build_runs,
        choose_partners,
        disclosure_responses,
    )
    from unmask.dyad.columns import mask_control_turns
    from unmask.dyad.responses import answer_kinds

    cols = build_columns(table, res, choose_partners({first: 2, second: 1}))
    runs = build_runs(cols)
    cols = mask_control_turns(cols, runs)
    kinds = answer_kinds(runs)
    return cols, runs, disclosure_responses(runs, kinds), bid_outcomes(runs, kinds)


def credit(texts: list[str], langs: list[str]) -> Credit:
    """What each line earns as the answer to the other's turn (:data:`CONTEXT`), read as
    ``unmask analyze`` reads a chat: :func:`unmask.signals.score_table`, then the dyad's
    columns, turns, answers and bids (:func:`dyad_read`)."""
    from unmask.signals import score_table

    table = _chat(texts, langs)
    res = score_table(table, evidence=False)
    cols, runs, responses, bids = dyad_read(table, res)
    line_rows = np.arange(2, len(texts) * 3, 3)
    line_run = np.searchsorted(runs.start, np.searchsorted(cols.row, line_rows), side="right") - 1
    bid_runs = set(bids.run.tolist())
    toward = {
        int(a)
        for a, c in zip(bids.answer_run.tolist(), bids.category.tolist(), strict=True)
        if c == 0  # toward
    }
    responsive = {
        int(a)
        for a, c in zip(responses.answer_run.tolist(), responses.category.tolist(), strict=True)
        if c == 0  # responsive
    }
    reply = np.nan_to_num(res.scores["responsiveness"][line_rows], nan=0.0) >= PRESENT
    earned = []
    for k, r in enumerate(line_run.tolist()):
        got = set()
        if reply[k]:
            got.add("reply")
        if r in bid_runs:
            got.add("bid")
        if r in toward:
            got.add("toward")
        if r in responsive:
            got.add("responsive")
        earned.append(frozenset(got))
    p = res.control if res.control is not None else np.full(len(table), np.nan)
    p = np.nan_to_num(p[line_rows], nan=0.0)
    fear = np.nan_to_num(res.scores["safety.fear"][line_rows], nan=0.0) >= PRESENT
    counted = np.zeros(len(texts), dtype=bool)
    for name in CONTROL_SIGNALS:
        counted |= np.nan_to_num(res.scores[name][line_rows], nan=0.0) >= PRESENT
    level = np.array([control_gate.LEVELS.get(lang, np.inf) for lang in langs])
    likely = (p >= level) & ~counted & ~fear
    return Credit(earned, counted & ~fear, likely)


def credit_table(items: list[Line]) -> str:
    """h-gate step 1: per role and language, the lines earning each credit (:data:`CREDITS`)
    and, of those, how many the gate withholds depth from by the probability alone
    (``p``) or by a counted control signal (``c``)."""
    c = credit([x.text for x in items], [x.lang for x in items])
    out = ["role | lang | n | gated p / c | " + " | ".join(f"{k} (p / c)" for k in CREDITS)]
    for role in ("control", "couple_control", "victim", "twin", "couple_depth", "couple_other"):
        for lang in ("en", "zh"):
            idx = [i for i, x in enumerate(items) if x.role == role and x.lang == lang]
            if not idx:
                continue
            cells = []
            for k in CREDITS:
                got = [i for i in idx if k in c.earned[i]]
                p = sum(1 for i in got if c.likely[i])
                cnt = sum(1 for i in got if c.counted[i])
                cells.append(f"{len(got)} ({p} / {cnt})")
            gp, gc = int(c.likely[idx].sum()), int(c.counted[idx].sum())
            out.append(f"{role} | {lang} | {len(idx)} | {gp} / {gc} | " + " | ".join(cells))
    return "\n".join(out)


def esconv_credit() -> str:
    """h-gate, the cost side: ESConv's supporter turns (both halves) with reply credit (any
    responsiveness mechanism) whose depth the gate withholds by the probability alone, by
    strategy; the same for the help-seekers' turns."""
    from unmask.signals import score_table
    from unmask_dev import devsets
    from unmask_dev.validity.responsiveness import _table

    dialogues = [d for d in devsets.esconv() if d.turns]
    table = _table(dialogues)
    res = score_table(table, evidence=False)
    flat = [t for d in dialogues for t in d.turns]
    langs = res.lang
    p = res.control if res.control is not None else np.full(len(flat), np.nan)
    p = np.nan_to_num(p, nan=0.0)
    level = np.array([control_gate.LEVELS.get(lang, np.inf) for lang in langs])
    fear = np.nan_to_num(res.scores["safety.fear"], nan=0.0) >= PRESENT
    counted = np.zeros(len(flat), dtype=bool)
    for name in CONTROL_SIGNALS:
        counted |= np.nan_to_num(res.scores[name], nan=0.0) >= PRESENT
    likely = (p >= level) & ~counted & ~fear
    reply = np.nan_to_num(res.scores["responsiveness"], nan=0.0) >= PRESENT
    out = []
    for who in ("supporter", "seeker"):
        idx = np.array([i for i, t in enumerate(flat) if t.speaker == who])
        by: Counter[str] = Counter(
            flat[i].labels.get("strategy", "-") for i in idx.tolist() if likely[i]
        )
        out.append(
            f"{who}: n {len(idx)}, gated by p {int(likely[idx].sum())}, of them with reply"
            f" credit {int((likely & reply)[idx].sum())}, counted control"
            f" {int((counted & ~fear)[idx].sum())} (with reply credit"
            f" {int((counted & ~fear & reply)[idx].sum())}); gated by p, by strategy {dict(by)}"
        )
    return "\n".join(out)


#: the guards that clear a line the safety model reads as control, in the order they are
#: read (h-gate step 3): the model's own threshold on ``1 - p(none)`` (and its cue
#: threshold), its depth gate (the lexicons' affection or vulnerable disclosure,
#: ``safety_model.DEPTH_GATE``), a kind other than control most probable, the care offer
#: (``safety_care.is_care_offer``), the care check-in (``safety_care.is_care_checkin``)
GUARDS: tuple[str, ...] = ("threshold", "depth gate", "kind", "care offer", "care check-in")


def guard_of(text: str, lang: str, lexicon: dict[str, float]) -> str:
    """Which guard (:data:`GUARDS`) keeps the safety model's reading of ``text`` from
    counting (``lexicon``: the lexicons' scores of the depth gate's signals); "other"
    where none of them does (a later layer cleared it)."""
    from unmask.signals import safety_care

    probs = safety_model.predict([text], lang)
    p_any = 1.0 - float(probs[0, 0])
    threshold = safety_model._cache[lang].get().threshold
    cue = p_any >= safety_model.CUE_THRESHOLD[lang] and safety_model.has_cue(text, lang)
    if p_any < threshold and not cue:
        return "threshold"
    if any(lexicon[name] >= PRESENT for name in safety_model.DEPTH_GATE):
        return "depth gate"
    kind = safety_model.CLASSES[1 + int(np.argmax(probs[0, 1:]))]
    if kind not in CONTROL_KINDS:
        return "kind"
    if safety_care.is_care_offer(text, lang):
        return "care offer"
    if kind == "monitoring" and safety_care.is_care_checkin(text, lang):
        return "care check-in"
    return "other"


def misses(items: list[Line], r: Read, levels: tuple[float, ...] = (0.9,)) -> str:
    """h-gate step 3: the controlling lines no control signal counts that the safety model
    reads at each of ``levels`` or more, by language and the guard that clears them
    (:func:`guard_of`); the same count over the calm lines (twins, couple rounds' lines not
    labelled control) the model reads as high: what loosening a guard would reach. The
    lexicons read the lines once for every level."""
    lex = score_texts([x.text for x in items], model=False)
    out = []
    for level, (group, roles), lang in itertools.product(
        levels,
        (
            ("control", ("control", "couple_control")),
            ("calm", ("twin", "couple_depth", "couple_other")),
        ),
        ("en", "zh"),
    ):
        idx = [
            i
            for i, x in enumerate(items)
            if x.role in roles
            and x.lang == lang
            and r.control_p[i] >= level
            and not r.safety[i] & set(CONTROL_SIGNALS)
        ]
        by = Counter(
            guard_of(
                items[i].text,
                lang,
                {n: float(lex.scores[n][i]) for n in safety_model.DEPTH_GATE},
            )
            for i in idx
        )
        out.append(f"{group} {lang}: {len(idx)} at p >= {level}, by guard {dict(by)}")
    return "\n".join(out)


def depth_gate_cost(level: float = 0.95) -> str:
    """h-gate step 3, the cost of one loosened guard: messages of the safety false-alarm
    sets (ESConv, CPED, MultiWOZ: every turn) whose model hit of a control kind only the
    depth gate keeps from counting while the control probability is at ``level`` or more:
    the false alarms a depth gate waived at that level would add."""
    from unmask_dev import devsets

    out = []
    for name, lang in (("esconv", "en"), ("cped", "zh"), ("multiwoz", "en")):
        texts = [t.text for d in getattr(devsets, name)() for t in d.turns if t.text]
        lex = score_texts(texts, model=False)
        probs = safety_model.predict(texts, lang)
        threshold = safety_model._cache[lang].get().threshold
        p_any = 1.0 - probs[:, 0]
        control = safety_model.control_sum(probs)
        kind = np.argmax(probs[:, 1:], axis=1)
        gate = np.zeros(len(texts), dtype=bool)
        for g in safety_model.DEPTH_GATE:
            gate |= np.asarray(lex.scores[g]) >= PRESENT
        controlling = np.isin(kind, [safety_model.CLASSES.index(k) - 1 for k in CONTROL_KINDS])
        added = (p_any >= threshold) & gate & controlling & (control >= level)
        out.append(
            f"{name}: {len(texts)} turns, {int(added.sum())} more false alarms"
            f" ({added.sum() / max(len(texts), 1):.4f})"
        )
    return "\n".join(out)


def main() -> None:
    if sys.argv[1:] == ["misses"]:
        items = lines()
        r = read(items)
        print("misses (h-gate)\n" + misses(items, r, (0.9, 0.95)))
        print("a depth gate waived at p >= .95\n" + depth_gate_cost())
        return
    if sys.argv[1:] == ["credit"]:
        items = lines()
        print("credits (h-gate)\n" + credit_table(items))
        print("ESConv\n" + esconv_credit())
        return
    items = lines()
    gate = control_gate.apply
    control_gate.apply = lambda *args: None
    try:
        before = read(items)
    finally:
        control_gate.apply = gate
    after = read(items)
    print("without the gate\n" + table(items, before) + "\n" + couple_figures(items, before))
    print("with the gate\n" + table(items, after) + "\n" + couple_figures(items, after))
    print("left with depth after the gate\n" + residual(items, after))
    print("probability threshold, grouped leave-rounds-out\n" + loro(items, before))
    print("h-ctrldepth2 candidates, chosen on odd rounds, checked on even\n" + split(items, before))


if __name__ == "__main__":
    main()
