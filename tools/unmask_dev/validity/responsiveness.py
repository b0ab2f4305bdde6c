"""Responsiveness figures on real dialogue: ESConv supporter strategies and CPED comfort acts.

Each set is split by dialogue (``crc32(dialogue id) % 2``): the *tune* half was used to
broaden the cues and pick thresholds, the *report* half is what :func:`rows` prints.
``python -m unmask_dev.validity.responsiveness --part tune`` prints the tune half and
``--errors`` the misses and false positives of one figure (for development only).

How the dialogues are read: every dialogue becomes one conversation of a canonical message
table (one message per utterance, one minute apart, one session), scored by
:func:`unmask.signals.score_table` as ``unmask analyze`` scores a chat. Reply signals are
therefore read as they are on a user's chat: every message of a speaker's turn that answers
the other's turn, with the other's turn as context.

Figures (docs/validity.md, "Responsiveness", says what each captures and misses):

- ESConv, per supporter message, its strategy against a signal: Questions -> exploration or
  inner_question; Reflection of feelings / Restatement or Paraphrasing -> interpretation;
  Affirmation and Reassurance -> support.emotional; Providing Suggestions / Information ->
  support.informational (the last two belong to the English signals; a cross-check). F1 of
  the positive class.
- An EPITOME-style proxy, per supporter *turn* (its consecutive messages) answering a seeker
  turn, macro-F1 of each mechanism against ESConv strategies: reaction <- Affirmation and
  Reassurance; interpretation <- Reflection of feelings, Restatement or Paraphrasing,
  Self-disclosure; exploration <- Questions (a turn is positive when any of its messages
  carries the strategy, predicted positive when any message scores 0.5 or more).
- MultiWOZ and CrossWOZ booking chats: the share of replies where ``responsiveness`` fires
  (all false positives: nobody there shares anything personal).
- CPED, utterances of a speaker whose turn answers another speaker's turn holding a negative
  utterance: recall of ``responsiveness`` on comfort acts (``da == comfort``) and its rate on
  the other replies (false positives).
"""

from __future__ import annotations

import argparse
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import pyarrow as pa

from unmask.signals import score_table
from unmask.signals.types import PRESENT
from unmask_dev import devsets
from unmask_dev.couples import text_table
from unmask_dev.validity import Row

AREA = "responsiveness"
PARTS = ("tune", "report")

QUESTIONS = frozenset({"Questions"})
INTERPRETATION = frozenset({"Reflection of feelings", "Restatement or Paraphrasing"})
AFFIRMATION = frozenset({"Affirmation and Reassurance"})
SUGGESTIONS = frozenset({"Providing Suggestions", "Information"})
#: the EPITOME-style proxy: mechanism -> ESConv strategies that stand for it
EPITOME_PROXY: dict[str, frozenset[str]] = {
    "reaction": AFFIRMATION,
    "interpretation": INTERPRETATION | {"Self-disclosure"},
    "exploration": QUESTIONS,
}


#: ESConv "Questions" that do not explore the other's experience (EPITOME's exploration:
#: asking about their feelings or what happened): greetings, openers and offers of help
#: ("Hi, how can I help you today?", "hey, how's it going?"), presence checks ("Are you
#: there?") and questions about the chat itself ("Any other questions for me?"). The strict
#: Questions figure counts them as negatives.
NOT_EXPLORING = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|ok(?:ay)?|good|great|"
    r"i\s+am\s+(?:well|good|fine)|i['’]?m\s+(?:well|good|fine|ok)(?:\s+thanks)?)(?:\s+there)?\W+)*"
    r"(?:(?:how|what)\s+(?:can|may|could|shall)\s+i\s+(?:help|assist|encourage|support|do\s+for|be\s+of)"
    r"|(?:please\s+)?how\s+may\s+i\s+be\s+of|how\s+(?:are|r)\s+(?:you|u|we)(?:\s+doing)?"
    r"(?:\s+(?:today|tonight|this\s+(?:evening|morning|afternoon)|at\s+the\s+moment))?\s*\??\s*$"
    r"|how['’]?s\s+it\s+going|how\s+is\s+it\s+going|and\s+(?:you|u)\s*\?|are\s+(?:you|u)\s+there"
    r"|hello\s*\?|who\s+am\s+i\s+(?:currently\s+)?(?:speaking|talking|chatting)"
    r"|(?:is\s+there\s+)?anything\s+else\s+i\s+(?:can|could)\s+(?:help|do)"
    r"|(?:do\s+you\s+have\s+)?any\s+(?:other|more)\s+questions\s+for\s+me)",
    re.IGNORECASE,
)


def part_of(dialogue_id: str) -> str:
    """Which half a dialogue belongs to: "tune" or "report" (stable across runs)."""
    return PARTS[zlib.crc32(dialogue_id.encode("utf-8")) % 2]


@dataclass(frozen=True)
class Scored:
    """One set's dialogues as a scored table: per message its dialogue, speaker, text,
    labels and every signal's score (NaN where a reply signal does not apply)."""

    dialogue: list[str]
    speaker: list[str]
    text: list[str]
    labels: list[dict[str, str]]
    scores: dict[str, np.ndarray]

    def present(self, name: str) -> np.ndarray:
        return np.nan_to_num(self.scores[name], nan=0.0) >= PRESENT

    def turn_ids(self) -> np.ndarray:
        """Turn number per message: consecutive messages of one speaker in one dialogue."""
        new = np.ones(len(self.text), dtype=bool)
        for i in range(1, len(self.text)):
            new[i] = (
                self.dialogue[i] != self.dialogue[i - 1] or self.speaker[i] != self.speaker[i - 1]
            )
        return np.cumsum(new) - 1


def _table(dialogues: Sequence[devsets.Dialogue]) -> pa.Table:
    conv, mid, ts, sender, text = [], [], [], [], []
    for d in dialogues:
        for k, t in enumerate(d.turns):
            conv.append(d.id)
            mid.append(f"{d.id}-{k}")
            ts.append(f"2024-01-01T{k // 60 % 24:02d}:{k % 60:02d}:00")
            sender.append(t.speaker)
            text.append(t.text)
    return text_table(conv, mid, ts, sender, text)


@cache
def scored(name: str, part: str) -> Scored:
    """The dialogues of one set (a :mod:`unmask_dev.devsets` loader name) in one half, scored."""
    loader: Callable[[], tuple[devsets.Dialogue, ...]] = getattr(devsets, name)
    return score_dialogues([d for d in loader() if part_of(d.id) == part and d.turns])


def score_dialogues(dialogues: Sequence[devsets.Dialogue]) -> Scored:
    """Dialogues scored as one chat each (one message per turn), with their labels."""
    result = score_table(_table(dialogues), evidence=False)
    flat = [(d.id, t) for d in dialogues for t in d.turns]
    return Scored(
        dialogue=[i for i, _ in flat],
        speaker=[t.speaker for _, t in flat],
        text=[t.text for _, t in flat],
        labels=[t.labels for _, t in flat],
        scores=result.scores,
    )


def f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    tp = int(np.sum(truth & predicted))
    wrong = int(np.sum(truth != predicted))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    return (f1(truth, predicted) + f1(~truth, ~predicted)) / 2


@dataclass(frozen=True)
class Figure:
    """One figure's items: truth and prediction per item, and each item's text."""

    name: str
    target: str
    truth: np.ndarray
    predicted: np.ndarray
    texts: list[str]
    kind: str  # "f1", "macro_f1", "recall", "rate"

    @property
    def value(self) -> float:
        if self.kind == "f1":
            return f1(self.truth, self.predicted)
        if self.kind == "macro_f1":
            return macro_f1(self.truth, self.predicted)
        items = self.predicted[self.truth]
        return float(items.mean()) if len(items) else 0.0

    @property
    def n(self) -> int:
        return int(self.truth.sum()) if self.kind in ("recall", "rate") else len(self.truth)


def _proxy_turns(s: Scored) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """(first message, end) of every turn, and the turns of the EPITOME-style proxy: the
    supporter turns that answer a seeker turn of the same dialogue."""
    turn = s.turn_ids()
    starts = np.flatnonzero(np.r_[True, turn[1:] != turn[:-1]])
    keep = [
        k
        for k, i in enumerate(starts.tolist())
        if s.speaker[i] == "supporter" and i > 0 and s.dialogue[i - 1] == s.dialogue[i]
    ]
    return starts, np.r_[starts[1:], len(turn)], keep


def _strategy_figures(s: Scored) -> list[Figure]:
    supporter = np.array([sp == "supporter" for sp in s.speaker])
    strategy = np.array([lab.get("strategy", "") for lab in s.labels], dtype=object)
    texts = [t for t, keep in zip(s.text, supporter, strict=True) if keep]

    def is_(names: frozenset[str]) -> np.ndarray:
        return np.array([x in names for x in strategy[supporter]])

    def fired(*signals: str) -> np.ndarray:
        out = np.zeros(len(s.text), dtype=bool)
        for name in signals:
            out |= s.present(name)
        return out[supporter]

    figures = [
        Figure(
            "ESConv Questions -> exploration or inner_question, F1",
            ">= 0.70",
            is_(QUESTIONS),
            fired("responsiveness.exploration", "inner_question"),
            texts,
            "f1",
        ),
        Figure(
            "ESConv Questions that explore (greetings, offers of help left out) -> "
            "exploration or inner_question, F1",
            ">= 0.70",
            is_(QUESTIONS) & ~np.array([bool(NOT_EXPLORING.search(t)) for t in texts]),
            fired("responsiveness.exploration", "inner_question"),
            texts,
            "f1",
        ),
        Figure(
            "ESConv Reflection/Restatement -> interpretation, F1",
            ">= 0.60",
            is_(INTERPRETATION),
            fired("responsiveness.interpretation"),
            texts,
            "f1",
        ),
        Figure(
            "ESConv Affirmation -> support.emotional, F1 (cross-check)",
            ">= 0.60",
            is_(AFFIRMATION),
            fired("support.emotional"),
            texts,
            "f1",
        ),
        Figure(
            "ESConv Suggestions/Information -> support.informational, F1 (cross-check)",
            ">= 0.60",
            is_(SUGGESTIONS),
            fired("support.informational"),
            texts,
            "f1",
        ),
    ]
    # the EPITOME-style proxy, per supporter turn that answers a seeker turn
    starts, stops, keep = _proxy_turns(s)
    turn_text = [" | ".join(s.text[starts[k] : stops[k]]) for k in keep]
    for part, names in EPITOME_PROXY.items():
        has = np.array([x in names for x in strategy], dtype=bool)
        pred = s.present(f"responsiveness.{part}")
        truth = np.logical_or.reduceat(has, starts)[keep]
        predicted = np.logical_or.reduceat(pred, starts)[keep]
        figures.append(
            Figure(
                f"EPITOME proxy (ESConv turns): {part}, macro-F1",
                ">= 0.75",
                truth,
                predicted,
                turn_text,
                "macro_f1",
            )
        )
    return figures


def _cped_figures(s: Scored) -> list[Figure]:
    """Replies to another speaker's turn that holds a negative utterance."""
    turn = s.turn_ids()
    n = len(s.text)
    negative = np.array([lab.get("sentiment") == "negative" for lab in s.labels])
    turn_negative = np.zeros(turn[-1] + 1 if n else 0, dtype=bool)
    np.logical_or.at(turn_negative, turn, negative)
    after_negative = np.zeros(n, dtype=bool)
    for i in range(n):
        t = turn[i]
        if t > 0:
            first = int(np.searchsorted(turn, t))
            after_negative[i] = s.dialogue[first - 1] == s.dialogue[i] and turn_negative[t - 1]
    comfort = np.array([lab.get("da") == "comfort" for lab in s.labels])
    fired = s.present("responsiveness")
    texts = [t for t, keep in zip(s.text, after_negative, strict=True) if keep]
    return [
        Figure(
            "CPED comfort replies after a negative turn: responsiveness recall",
            ">= 0.50",
            comfort[after_negative],
            fired[after_negative],
            texts,
            "recall",
        ),
        Figure(
            "CPED other replies after a negative turn: responsiveness rate (false positives)",
            "",
            ~comfort[after_negative],
            fired[after_negative],
            texts,
            "rate",
        ),
    ]


def _booking_figure(name: str, s: Scored) -> Figure:
    """Replies in booking chats: any responsiveness here is a false positive."""
    is_reply = ~np.isnan(s.scores["responsiveness"])
    texts = [t for t, keep in zip(s.text, is_reply, strict=True) if keep]
    return Figure(
        f"{name} booking chats: replies with responsiveness (false positives)",
        "<= 0.05",
        np.ones(int(is_reply.sum()), dtype=bool),
        s.present("responsiveness")[is_reply],
        texts,
        "rate",
    )


def esconv_figures(part: str = "report") -> list[tuple[Figure, list[str]]]:
    """The ESConv figures of :func:`figures`, each with its items' dialogue ids (per
    supporter message, or per proxy turn), for intervals that resample dialogues."""
    s = scored("esconv", part)
    messages = [d for d, sp in zip(s.dialogue, s.speaker, strict=True) if sp == "supporter"]
    starts, _, keep = _proxy_turns(s)
    turns = [s.dialogue[starts[k]] for k in keep]
    out = []
    for f in _strategy_figures(s):
        groups = messages if f.kind == "f1" else turns
        assert len(groups) == len(f.truth), f.name
        out.append((f, groups))
    return out


def figures(part: str = "report") -> list[Figure]:
    out: list[Figure] = []
    out += _strategy_figures(scored("esconv", part))
    out += _cped_figures(scored("cped", part))
    out.append(_booking_figure("MultiWOZ (en)", scored("multiwoz", part)))
    out.append(_booking_figure("CrossWOZ (zh)", scored("crosswoz", part)))
    return out


def rows() -> list[Row]:
    try:
        found = figures("report")
    except devsets.DevSetMissing as exc:
        return [Row(AREA, "ESConv / CPED figures", None, "", 0, str(exc))]
    note = "report half of the dialogues (tuned on the other half)"
    return [Row(AREA, f.name, f.value, f.target, f.n, note) for f in found]


def main() -> int:
    ap = argparse.ArgumentParser(description="responsiveness figures on ESConv and CPED")
    ap.add_argument("--part", choices=PARTS, default="report")
    ap.add_argument("--errors", type=int, help="print the errors of figure number N (0-based)")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    found = figures(args.part)
    for k, f in enumerate(found):
        print(f"{k:2d} {f.value:.3f} n={f.n:5d} {f.target:8s} {f.name}")
    if args.errors is not None:
        f = found[args.errors]
        if f.kind == "rate":  # every item counted is a negative: list those that fired
            f = Figure(f.name, f.target, ~f.truth, f.predicted, f.texts, f.kind)
        miss = [t for t, a, b in zip(f.texts, f.truth, f.predicted, strict=True) if a and not b]
        false = [t for t, a, b in zip(f.texts, f.truth, f.predicted, strict=True) if b and not a]
        print(f"--- misses ({len(miss)})")
        print("\n".join(miss[: args.limit]))
        print(f"--- false positives ({len(false)})")
        print("\n".join(false[: args.limit]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
