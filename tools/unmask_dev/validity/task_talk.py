"""Task talk: does the English reading stay quiet on booking chats and hold on real support?

Figures (all on the *held-out* half of each dialogue set, :mod:`unmask_dev.chat_split`;
the other half of MultiWOZ trains the shipped model's negatives and the other half of
ESConv tunes thresholds only):

- MultiWOZ turns (user and system) with any depth signal, exactly
  :data:`unmask.dyad.columns.DEPTH_SIGNALS` at >= 0.5 (what the profile's depth share
  counts), with ``disclosure.emotional``, and with ``logistics`` or ``transactional``;
- CL-Aff thread-split test side: macro-F1 of ``disclosure.emotional`` and
  ``support.emotional`` (the training file's labels; the official test set's are cleaner),
  and of ``disclosure.emotional`` with the positives re-weighted to half of the sentences
  (the official test's share, a third in the training file);
- ESConv supporter turns: F1 of ``support.emotional`` against the strategy *Affirmation
  and Reassurance*, of ``support.informational`` against *Providing Suggestions* or
  *Information*, each against every other supporter turn;
- ESConv ``disclosure.emotional`` rate of seeker turns and of supporter turns.

Every text is scored as one message with :func:`unmask.signals.score_texts` (the default
model layer on).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from unmask.dyad.columns import DEPTH_SIGNALS
from unmask.signals import PRESENT, score_texts
from unmask_dev import chat_split, claff_split, devsets
from unmask_dev.validity import Row

AREA = "task_talk"
SUPPORT_EMOTIONAL = frozenset({"Affirmation and Reassurance"})
SUPPORT_INFORMATIONAL = frozenset({"Providing Suggestions", "Information"})


def _present(texts: Sequence[str]) -> dict[str, np.ndarray]:
    scores = score_texts(list(texts)).scores
    return {name: np.asarray(v) >= PRESENT for name, v in scores.items()}


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(y & pred))
    denom = float(np.sum(y) + np.sum(pred))
    return 2 * tp / denom if denom else 0.0


def _macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    return (_f1(y, pred) + _f1(~y, ~pred)) / 2


def _absent(figures: Sequence[tuple[str, str]], why: str) -> list[Row]:
    return [Row(AREA, name, None, target, 0, why) for name, target in figures]


MULTIWOZ_FIGURES = (
    ("MultiWOZ turns with any depth signal", "<= 0.05"),
    ("MultiWOZ turns with disclosure.emotional", "<= 0.02"),
    ("MultiWOZ turns with logistics or transactional", ">= 0.60"),
)


def multiwoz_rows() -> list[Row]:
    try:
        dialogues = chat_split.halves(devsets.multiwoz())["held_out"]
    except devsets.DevSetMissing as exc:
        return _absent(MULTIWOZ_FIGURES, str(exc))
    texts = [t.text for d in dialogues for t in d.turns]
    users = np.array([t.speaker == "user" for d in dialogues for t in d.turns])
    p = _present(texts)
    depth = np.any([p[s] for s in DEPTH_SIGNALS], axis=0)
    surface = p["logistics"] | p["transactional"]
    values = (depth, p["disclosure.emotional"], surface)
    out = []
    for (name, target), hit in zip(MULTIWOZ_FIGURES, values, strict=True):
        note = (
            f"held-out half, {len(dialogues)} dialogues; user {hit[users].mean():.3f}, "
            f"system {hit[~users].mean():.3f}"
        )
        out.append(Row(AREA, name, float(hit.mean()), target, len(texts), note))
    return out


CLAFF_FIGURES = (
    ("CL-Aff test, disclosure.emotional macro-F1", ">= 0.75"),
    ("CL-Aff test, support.emotional macro-F1", ">= 0.85"),
)
#: the official test's share of emotional disclosures (the issue: about half, against about
#: a third in the training file); the test side re-weighted to it estimates that figure
OFFICIAL_BASE_RATE = 0.5
CLAFF_REWEIGHTED = (
    "CL-Aff test re-weighted to half positive, disclosure.emotional macro-F1",
    ">= 0.75",
)


def _weighted_macro_f1(y: np.ndarray, pred: np.ndarray, w: np.ndarray) -> float:
    def f1(yy: np.ndarray, pp: np.ndarray) -> float:
        denom = float(np.sum(w * yy) + np.sum(w * pp))
        return 2 * float(np.sum(w * (yy & pp))) / denom if denom else 0.0

    return (f1(y, pred) + f1(~y, ~pred)) / 2


def reweighted_macro_f1(y: np.ndarray, pred: np.ndarray, base_rate: float) -> float:
    """Macro-F1 with the positives weighted to ``base_rate`` of the total: the figure on a
    test set with that share of positives, if its positives and negatives look like these."""
    share = float(np.mean(y))
    if share in (0.0, 1.0):
        return _macro_f1(y, pred)
    w = np.where(y, base_rate / share, (1 - base_rate) / (1 - share))
    return _weighted_macro_f1(y, pred, w)


def claff_rows() -> list[Row]:
    try:
        test = claff_split.split(claff_split.load())["test"]
    except (FileNotFoundError, OSError) as exc:
        return _absent((*CLAFF_FIGURES, CLAFF_REWEIGHTED), str(exc))
    p = _present([s.text for s in test])
    out = []
    for name, target in CLAFF_FIGURES:
        signal = name.split(", ")[1].split(" ")[0]
        y = np.array([s.labels[signal] == 1 for s in test])
        note = "thread-split test side; target set for the official test (cleaner labels)"
        out.append(Row(AREA, name, _macro_f1(y, p[signal]), target, len(test), note))
    y = np.array([s.labels["disclosure.emotional"] == 1 for s in test])
    value = reweighted_macro_f1(y, p["disclosure.emotional"], OFFICIAL_BASE_RATE)
    note = f"positives {y.mean():.2f} of the test side, weighted to {OFFICIAL_BASE_RATE:.2f}"
    out.append(Row(AREA, CLAFF_REWEIGHTED[0], value, CLAFF_REWEIGHTED[1], len(test), note))
    return out


ESCONV_FIGURES = (
    ("ESConv Affirmation and Reassurance -> support.emotional F1", ">= 0.60"),
    ("ESConv Suggestions/Information -> support.informational F1", ">= 0.60"),
    ("ESConv seeker turns with disclosure.emotional", ""),
    ("ESConv supporter turns with disclosure.emotional", ""),
    ("ESConv seeker minus supporter, disclosure.emotional rate", ">= 0.01"),
)


def esconv_rows() -> list[Row]:
    try:
        dialogues = chat_split.halves(devsets.esconv())["held_out"]
    except devsets.DevSetMissing as exc:
        return _absent(ESCONV_FIGURES, str(exc))
    turns = [t for d in dialogues for t in d.turns]
    p = _present([t.text for t in turns])
    sup = np.array([t.speaker == "supporter" for t in turns])
    strategy = np.array([t.labels.get("strategy", "") for t in turns], dtype=object)
    y_emo = np.isin(strategy, list(SUPPORT_EMOTIONAL))
    y_info = np.isin(strategy, list(SUPPORT_INFORMATIONAL))
    disc = p["disclosure.emotional"]
    seeker_rate, supporter_rate = float(disc[~sup].mean()), float(disc[sup].mean())
    n_sup, n_seek = int(sup.sum()), int((~sup).sum())
    held = f"held-out half, {len(dialogues)} dialogues"
    values = (
        (_f1(y_emo[sup], p["support.emotional"][sup]), n_sup, f"{held}; supporter turns"),
        (_f1(y_info[sup], p["support.informational"][sup]), n_sup, f"{held}; supporter turns"),
        (seeker_rate, n_seek, held),
        (supporter_rate, n_sup, held),
        (seeker_rate - supporter_rate, len(turns), "the issue: counsellors scored higher"),
    )
    return [
        Row(AREA, name, value, target, n, note)
        for (name, target), (value, n, note) in zip(ESCONV_FIGURES, values, strict=True)
    ]


def rows() -> list[Row]:
    return multiwoz_rows() + claff_rows() + esconv_rows()
