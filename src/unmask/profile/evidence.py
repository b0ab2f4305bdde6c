"""Example messages behind each claim of the report.

A few examples per claim (default 3), chosen to illustrate: candidates are
the messages (or disclosure/bid episodes) the claim counts, and the examples
are spread evenly over the history so they do not all come from one
evening. Selection is deterministic. Texts are cut at
:data:`MAX_EXAMPLE_CHARS` and redacted when the user asks for it.

Evidence backs every example: a message is quoted under a claim only when the
lexicons alone find the claim's signal in it (score >= 0.5 without the model),
and the words that fired are given with it (``evidence``), so a reader sees why
it was counted. A message the model alone flagged is counted but not quoted (it
has no words to show). Money, logistics and duty talk is never quoted under a
depth claim (:data:`EXCLUDE`): "we split it, right?" is not affection. Nor is a message
of a turn that carries a counted control or fear flag (docs/safety.md): "I love you so
much", then "so stop talking to them", is not affection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import numpy as np
import pyarrow as pa

from unmask.arrownp import array_of
from unmask.dyad.bids import BID_CATEGORIES, BidResult
from unmask.dyad.columns import DyadColumns, Runs, in_control_turn
from unmask.dyad.rates import DEPTH_SIGNALS
from unmask.dyad.responses import DISCLOSURE_SIGNALS, RESPONSE_CATEGORIES, ResponseResult
from unmask.dyad.safety import NOT_DEPTH
from unmask.report.types import Example
from unmask.signals.types import PRESENT, ScoreResult

EXAMPLES_PER_CLAIM = 3
PARTNER_KEYS: tuple[Literal["a"], Literal["b"]] = ("a", "b")
#: answer categories the "flat answer" statement counts
FLAT_ANSWERS = ("minimal", "deflecting")
MAX_EXAMPLE_CHARS = 280


def clip(text: str, words: list[str], limit: int = MAX_EXAMPLE_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters for a quote. A long message whose
    evidence comes late is shown as a window ("…" each side cut) that holds the first
    evidence word and every later one that fits beside it, so that a claim's quote keeps
    as much of its evidence (a question's "?") as the length allows."""
    if len(text) <= limit:
        return text
    spans = [(p, p + len(w)) for w in words if w and (p := text.find(w)) >= 0]
    first = min((a for a, _ in spans), default=0)
    width = limit - 2
    end = max((b for _, b in spans if b - first <= width), default=first)
    if end < limit - 1:
        return text[: limit - 1] + "…"
    begin = max(1, first - min(limit // 3 - 1, width - (end - first)))
    return "…" + text[begin : begin + width] + ("…" if begin + width < len(text) else "")


#: claim key -> signals whose messages illustrate it
MESSAGE_CLAIMS: dict[str, tuple[str, ...]] = {
    "disclosure": DISCLOSURE_SIGNALS,
    "affection": ("affection", "gratitude", "future", "we_talk"),
    "bookkeeping": ("transactional",),
    "logistics": ("logistics", "duty"),
    "appeasement": ("appeasement",),
    "dismissal": ("dismissal",),
}


#: surface talk is never quoted under these (depth) claims
SURFACE_TALK: tuple[str, ...] = ("transactional", "logistics", "duty")
EXCLUDE: dict[tuple[str, ...], tuple[str, ...]] = {
    DISCLOSURE_SIGNALS: SURFACE_TALK,
    MESSAGE_CLAIMS["affection"]: SURFACE_TALK,
    DEPTH_SIGNALS: SURFACE_TALK,
}
#: claims of these signals never quote a message of a turn that controls or fears
WARM: frozenset[str] = frozenset(NOT_DEPTH)
#: candidates looked at per claim (spread over the history) before the examples are chosen
POOL = 40


def spread(candidates: np.ndarray, k: int = EXAMPLES_PER_CLAIM) -> np.ndarray:
    """``k`` entries spread evenly over ``candidates`` (already in time order)."""
    if len(candidates) <= k:
        return candidates
    return candidates[np.linspace(0, len(candidates) - 1, k).round().astype(np.int64)]


def _lexicon_scores(texts: list[str]) -> ScoreResult:
    from unmask.signals import score_texts

    return score_texts(texts, model=False)


#: (key, the responses or bids, the episodes selected, the signals the opening carries)
_Episode = tuple[str, ResponseResult | BidResult, np.ndarray, tuple[str, ...]]


#: up to this many texts are read one by one (``column[row]``, ~1 us each), more with one
#: ``take`` (h-speed54: ``take`` of a chunked column costs ~0.2 ms whatever its size, and the
#: report loads the evidence of ~1,700 messages one at a time)
_FEW_TEXTS = 64


class ExamplePicker:
    """Builds example dicts (report.json ``examples``) from dyad columns."""

    def __init__(
        self,
        table: pa.Table,
        cols: DyadColumns,
        runs: Runs,
        transform: Callable[[str], str] | None = None,
        k: int = EXAMPLES_PER_CLAIM,
        lookup: Callable[[list[str]], ScoreResult] | None = None,
    ) -> None:
        self.cols = cols
        self.runs = runs
        self.k = k
        self._text = table.column("text")
        self._timestamp = table.column("timestamp")
        self._transform = transform
        #: the lexicons' scores and evidence of texts (``ScoreResult.lexicon_lookup``)
        self._lookup = lookup
        # dyad message index -> {signal: (lexicon score, words that fired)}
        self._evidence: dict[int, dict[str, tuple[float, list[str]]]] = {}
        # signals -> where any of them is present (asked once per candidate otherwise)
        self._any: dict[tuple[str, ...], np.ndarray] = {}
        self._in_control_turn: np.ndarray | None = None

    def _any_of(self, signals: tuple[str, ...]) -> np.ndarray:
        """``cols.any_of(signals)``, worked out once per set of signals."""
        if signals not in self._any:
            self._any[signals] = self.cols.any_of(signals)
        return self._any[signals]

    def _missing(self, indices: list[int]) -> tuple[list[int], list[str]]:
        """The messages of ``indices`` whose evidence is not loaded yet, and their texts."""
        missing = sorted({i for i in indices if i not in self._evidence})
        if not missing:
            return [], []
        rows = self.cols.row[np.asarray(missing, dtype=np.int64)]
        if len(rows) <= _FEW_TEXTS:  # one by one: a take of a chunked column costs ~0.2 ms
            texts = [self._text[row].as_py() for row in rows.tolist()]
        else:
            texts = self._text.take(array_of(rows)).to_pylist()
        return missing, [text or "" for text in texts]

    def _load_evidence(self, indices: list[int]) -> None:
        """Lexicon scores and evidence of the messages not seen yet (one batch)."""
        missing, texts = self._missing(indices)
        if not missing:
            return
        result = self._lookup(texts) if self._lookup is not None else _lexicon_scores(texts)
        for j, i in enumerate(missing):
            found: dict[str, tuple[float, list[str]]] = {}
            for name, evs in result.evidence[j].items():
                words = list(dict.fromkeys(ev.match for ev in evs))
                found[name] = (float(result.scores[name][j]), words)
            self._evidence[i] = found

    def visible(self, i: int, signals: tuple[str, ...]) -> list[str]:
        """Words that make the lexicons find one of ``signals`` in message ``i`` (empty:
        none fires on its own, so the message is not quoted)."""
        self._load_evidence([i])
        out: list[str] = []
        for name in signals:
            score, words = self._evidence[i].get(name, (0.0, []))
            if score >= PRESENT:
                out.extend(w for w in words if w not in out)
        return out

    def _control_turn(self) -> np.ndarray:
        """Where a message belongs to a turn that carries a counted control or fear flag
        (worked out once): such a turn is not depth (docs/safety.md), so none of its
        messages is quoted under a depth claim ("I love you so much" / "so stop talking
        to them")."""
        if self._in_control_turn is None:
            hit = in_control_turn(self.runs)
            self._in_control_turn = np.zeros(len(self.cols.row), dtype=bool) if hit is None else hit
        return self._in_control_turn

    def _quotable(self, i: int, signals: tuple[str, ...]) -> bool:
        exclude = EXCLUDE.get(signals, ())
        if exclude and bool(self._any_of(exclude)[i]):
            return False
        if set(signals) & WARM and bool(self._control_turn()[i]):
            return False
        return bool(self.visible(i, signals))

    def _clip(self, text: str, words: list[str] | None = None) -> str:
        """:func:`clip` of the text as the report shows it."""
        if self._transform is not None:
            text = self._transform(text)
        return clip(text, words or [])

    def message(self, i: int, claim: tuple[str, ...] = ()) -> Example:
        """Example dict of dyad message ``i``; ``evidence``: the words behind ``claim``."""
        row = int(self.cols.row[i])
        signals = [name for name, flag in self.cols.flags.items() if bool(flag[i])]
        words = self.visible(i, claim) if claim else []
        shown = [self._transform(w) if self._transform else w for w in words]
        text = self._clip(str(self._text[row].as_py()), shown)
        # a long message may keep only some of its evidence in the quote: name those
        shown = [w for w in shown if w in text] or shown
        out: Example = {
            "timestamp": str(self._timestamp[row].as_py()),
            "sender": PARTNER_KEYS[int(self.cols.who[i])],
            "text": text,
            "signals": sorted(signals),
            "answer": None,
        }
        if claim:
            out["evidence"] = shown
        return out

    def _first_flagged(self, run: int, signals: tuple[str, ...]) -> int:
        """The first message of ``run`` that carries ``signals`` with visible evidence
        (-1: none has, and the episode is not quoted)."""
        start, stop = int(self.runs.start[run]), int(self.runs.stop[run])
        flags = self._any_of(signals)[start:stop] if signals else np.zeros(0, dtype=bool)
        hits = [start + int(h) for h in np.flatnonzero(flags)]
        self._load_evidence(hits)
        for i in hits:
            if self._quotable(i, signals):
                return i
        return -1

    def episode(
        self, run: int, answer_run: int, category: str, signals: tuple[str, ...]
    ) -> Example:
        """An opening message and the first message of the answer (if any)."""
        example = self.message(self._first_flagged(run, signals), signals)
        if answer_run >= 0:
            answer = self.message(int(self.runs.start[answer_run]))
            example["answer"] = {
                "timestamp": answer["timestamp"],
                "sender": answer["sender"],
                "text": answer["text"],
                "category": category,
            }
        return example

    def _pool(self, signals: tuple[str, ...]) -> np.ndarray:
        """The candidates :meth:`messages_with` looks at."""
        return spread(np.flatnonzero(self._any_of(signals)), POOL)

    def messages_with(self, signals: tuple[str, ...]) -> list[Example]:
        """Up to ``k`` messages carrying ``signals`` with visible evidence, spread over time."""
        pool = self._pool(signals)
        self._load_evidence([int(i) for i in pool])
        good = np.array([int(i) for i in pool if self._quotable(int(i), signals)], dtype=np.int64)
        return [self.message(int(i), signals) for i in spread(good, self.k)]

    def _episodes(
        self, result: ResponseResult | BidResult, mask: np.ndarray, signals: tuple[str, ...]
    ) -> list[Example]:
        """Up to ``k`` episodes selected by ``mask``, each with its own answer category."""
        categories = RESPONSE_CATEGORIES if isinstance(result, ResponseResult) else BID_CATEGORIES
        pool, runs, flagged = self._episode_pool(result, mask, signals)
        self._load_evidence(flagged)
        good = np.array(
            [
                int(j)
                for j, r in zip(pool, runs, strict=True)
                if self._first_flagged(r, signals) >= 0
            ],
            dtype=np.int64,
        )
        return [
            self.episode(
                int(result.run[j]),
                int(result.answer_run[j]),
                categories[int(result.category[j])],
                signals,
            )
            for j in spread(good, self.k)
        ]

    def _episode_pool(
        self, result: ResponseResult | BidResult, mask: np.ndarray, signals: tuple[str, ...]
    ) -> tuple[np.ndarray, list[int], list[int]]:
        """The candidate episodes :meth:`_episodes` looks at, their runs, and the messages of
        those runs that carry ``signals``."""
        pool = spread(np.flatnonzero(mask), POOL)
        runs = [int(result.run[j]) for j in pool]
        starts = [i for r in runs for i in range(int(self.runs.start[r]), int(self.runs.stop[r]))]
        carry = self._any_of(signals)
        return pool, runs, [i for i in starts if bool(carry[i])]

    def all_examples(self, responses: ResponseResult, bids: BidResult) -> dict[str, list[Example]]:
        """Every example list of report.json, by key.

        Answer examples are keyed per **responder** (``response.<category>.<a|b>``
        holds the other partner's disclosures as answered by a or b), so a
        statement about how one partner answers shows only that partner's
        answers. ``response.flat.<a|b>`` joins minimal and deflecting answers
        (the "flat answer" statement counts both).
        """
        claims = _claims()
        episodes = _episodes_of(responses, bids)
        self._load_evidence(self._wanted(claims, episodes))
        out: dict[str, list[Example]] = {}
        for key, signals in claims:
            out[key] = self.messages_with(signals)
        for key, result, mask, signals in episodes:
            out[key] = self._episodes(result, mask, signals)
        return out

    def evidence_texts(self, responses: ResponseResult, bids: BidResult) -> list[str]:
        """The texts whose evidence :meth:`all_examples` looks up first, in one call of the
        lookup with this list (a caller can have them looked up ahead:
        ``ScoreResult.lexicon_lookup``'s ``prefetch``, where it has one)."""
        return self._missing(self._wanted(_claims(), _episodes_of(responses, bids)))[1]

    def _wanted(
        self, claims: list[tuple[str, tuple[str, ...]]], episodes: list[_Episode]
    ) -> list[int]:
        """The evidence of every candidate the lists look at, asked for at once (each call
        of the lookup costs about a millisecond besides its texts)."""
        wanted = [int(i) for _, signals in claims for i in self._pool(signals)]
        for _, result, mask, signals in episodes:
            wanted.extend(self._episode_pool(result, mask, signals)[2])
        return wanted


def _claims() -> list[tuple[str, tuple[str, ...]]]:
    """The message claims of report.json's examples and their signals."""
    return [*MESSAGE_CLAIMS.items(), ("depth", DEPTH_SIGNALS)]


def _episodes_of(responses: ResponseResult, bids: BidResult) -> list[_Episode]:
    """The episode lists of report.json's examples (see :meth:`ExamplePicker.all_examples`)."""
    episodes: list[_Episode] = []
    flat = np.isin(responses.category, [RESPONSE_CATEGORIES.index(c) for c in FLAT_ANSWERS])
    for who, suffix in enumerate(PARTNER_KEYS):
        by = responses.responder == who
        for index, category in enumerate(RESPONSE_CATEGORIES):
            episodes.append(
                (
                    f"response.{category}.{suffix}",
                    responses,
                    by & (responses.category == index),
                    DISCLOSURE_SIGNALS,
                )
            )
        episodes.append((f"response.flat.{suffix}", responses, by & flat, DISCLOSURE_SIGNALS))
        by_bid = bids.responder == who
        for index, bid_category in enumerate(BID_CATEGORIES):
            episodes.append(
                (
                    f"bid.{bid_category}.{suffix}",
                    bids,
                    by_bid & (bids.category == index),
                    ("bid",),
                )
            )
    return episodes
