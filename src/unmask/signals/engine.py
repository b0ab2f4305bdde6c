"""The lexicon engine: one batch of texts in, a score matrix and evidence out.

Per-message Python work is kept to a minimum: each language's compiled trie
runs once over the whole batch joined by "\\n"; match positions become numpy
arrays; negation, intensifiers, short-message limits, message membership
(``np.searchsorted``) and the per-signal combination are all vectorised.
Python only touches the matches that survive, to build their Evidence.

Scoring rules (documented in docs/signals.md):
- a match contributes its entry's ``weight``; several matches of one signal
  combine as a noisy-OR, ``1 - prod(1 - w)``, so the score stays in [0, 1];
- a *negatable* match preceded by an odd number of negators within the
  language's negation window, in the same clause, is dropped ("not sad",
  "不难过"); an even number cancels out ("没有不开心");
- an intensifier just before a match ("so sad", "超开心") raises its weight
  to ``1 - 0.6 * (1 - w)``;
- an entry with ``max_chars`` only counts in messages that short (an "ok" on
  its own is appeasement; an "ok" inside a long opinionated message is not).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from unmask.signals.matcher import CompiledLanguage, compile_language
from unmask.signals.normalize import fold, lower_same_length
from unmask.signals.trie import pick
from unmask.signals.types import MESSAGE_SIGNALS, Evidence

N_SIGNALS = len(MESSAGE_SIGNALS)
INTENSIFIER_KEEP = 0.6
_BOUNDARY_CODES = np.asarray([ord(c) for c in ".!?;,\n。！？；，…"], dtype=np.uint32)


@dataclass(frozen=True)
class Matches:
    """Surviving matches of one batch, as parallel arrays (message order not guaranteed)."""

    msg: np.ndarray
    start: np.ndarray  # offset within the message's original text
    end: np.ndarray
    signal: np.ndarray
    weight: np.ndarray
    source_ids: np.ndarray  # index into ``sources``
    sources: tuple[str, ...]


def match_language(cl: CompiledLanguage, texts: Sequence[str]) -> Matches | None:
    """Run one compiled language over ``texts``; None when nothing fired."""
    n = len(texts)
    if n == 0:
        return None
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    msg_start = np.zeros(n, dtype=np.int64)
    msg_start[1:] = np.cumsum(lengths[:-1] + 1)
    folded = fold(lower_same_length("\n".join(texts)))
    found = cl.scan(folded.text, folded.to_folded(msg_start))
    s, e, ids, fold_only = found.start, found.end, found.entry, found.fold_only
    if len(s) == 0:
        return None
    os_, oe = folded.to_original(s), folded.to_original(e)
    keep = ~fold_only | ((oe - os_) > (e - s))
    msg = np.searchsorted(msg_start, os_, side="right") - 1
    # a regex may run on across the "\n" between two messages ("$" at the end of one,
    # "5" at the start of the next); a match belongs to one message or to none
    keep &= oe <= msg_start[msg] + lengths[msg]
    keep &= lengths[msg] <= cl.entry_max_chars[ids]
    weight = cl.entry_weight[ids].copy()

    need_neg = len(found.neg_start) > 0 and bool(np.any(cl.entry_negatable[ids] & keep))
    need_int = len(found.int_start) > 0
    if need_neg or need_int:
        cps = np.frombuffer(folded.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        # -1 first so that "no boundary before the match" reads as position -1
        bounds = np.concatenate(([-1], np.flatnonzero(np.isin(cps, _BOUNDARY_CODES))))
        k = np.searchsorted(bounds, s, side="left")
        last_bound = bounds[np.maximum(k - 1, 0)]
        if need_neg:
            ns, ne = found.neg_start, found.neg_end
            # negators ending at most `window` characters before the match, same clause
            hi = np.searchsorted(ne, s, side="right")
            lo = np.maximum(
                np.searchsorted(ne, s - cl.negation_window, side="left"),
                np.searchsorted(ns, last_bound + 1, side="left"),
            )
            count = np.maximum(hi - lo, 0)
            negated = (count % 2 == 1) & cl.entry_negatable[ids]
            keep &= ~negated
        if need_int:
            is_, ie = found.int_start, found.int_end
            j = np.searchsorted(ie, s, side="right") - 1
            jj = np.maximum(j, 0)
            boosted = (j >= 0) & ((s - ie[jj]) <= cl.intensifier_window) & (is_[jj] > last_bound)
            weight = np.where(boosted, 1.0 - INTENSIFIER_KEEP * (1.0 - weight), weight)
    if not np.any(keep):
        return None
    msg, os_, oe, ids, weight = msg[keep], os_[keep], oe[keep], ids[keep], weight[keep]
    # one piece of evidence per span and signal: drop a match that lies inside an
    # earlier-starting or longer match of the same signal ("love you" in "I love you")
    sig = cl.entry_signal[ids]
    order = np.lexsort((-weight, -oe, os_, sig, msg))
    msg, os_, oe, ids, weight, sig = (a[order] for a in (msg, os_, oe, ids, weight, sig))
    group = msg * len(MESSAGE_SIGNALS) + sig
    span = int(oe.max()) + 1
    running = np.maximum.accumulate(group * span + oe)
    inside = np.zeros(len(oe), dtype=bool)
    inside[1:] = (group[1:] * span + oe[1:]) <= running[:-1]
    msg, os_, oe, ids, weight = (a[~inside] for a in (msg, os_, oe, ids, weight))
    return Matches(
        msg=msg,
        start=os_ - msg_start[msg],
        end=oe - msg_start[msg],
        signal=cl.entry_signal[ids],
        weight=weight,
        source_ids=ids,
        sources=cl.sources,
    )


def score_batch(
    texts: Sequence[str], routes: Sequence[tuple[str, np.ndarray]], *, with_evidence: bool = True
) -> tuple[np.ndarray, list[dict[str, list[Evidence]]]]:
    """Scores (n x message signals) and evidence of ``texts``.

    ``routes`` lists (language code, row indices) pairs: which compiled lexicon
    runs over which messages ("common" usually runs over all of them). Without
    ``with_evidence`` the evidence list is empty (the scores are the same).
    """
    n = len(texts)
    log_keep = np.zeros(n * N_SIGNALS, dtype=np.float64)
    evidence: list[dict[str, list[Evidence]]] = [{} for _ in range(n)] if with_evidence else []
    seen: dict[str, str] = {}
    for lang, rows in routes:
        if len(rows) == 0:
            continue
        cl = compile_language(lang)
        every = len(rows) == n and bool(np.all(rows == np.arange(n)))
        found = match_language(cl, texts if every else pick(texts, rows))
        if found is None:
            continue
        msg = rows[found.msg]
        w = np.minimum(found.weight, 0.999)
        log_keep += np.bincount(
            msg * N_SIGNALS + found.signal, weights=np.log1p(-w), minlength=n * N_SIGNALS
        )
        if not with_evidence:
            continue
        order = np.lexsort((found.start, msg))
        sources = found.sources
        # few distinct weights: round each once, exactly as round() does
        distinct, which = np.unique(found.weight[order], return_inverse=True)
        rounded = [round(w, 4) for w in distinct.tolist()]
        for i, st, en, sig, wt, src in zip(
            msg[order].tolist(),
            found.start[order].tolist(),
            found.end[order].tolist(),
            found.signal[order].tolist(),
            which.tolist(),
            found.source_ids[order].tolist(),
            strict=True,
        ):
            name = MESSAGE_SIGNALS[sig]
            match = texts[i][st:en]
            # the same few words match again and again: keep one copy of each
            match = seen.setdefault(match, match)
            ev = Evidence(name, match, st, en, sources[src], rounded[wt])
            bucket = evidence[i].get(name)
            if bucket is None:
                evidence[i][name] = [ev]
            else:
                bucket.append(ev)
    scores = (0.0 - np.expm1(log_keep)).reshape(n, N_SIGNALS)  # 0.0, never -0.0
    return scores, evidence
