"""Example messages behind each claim of the report.

A few examples per claim (default 3), chosen to illustrate: candidates are
the messages (or disclosure/bid episodes) the claim counts, and the examples
are spread evenly over the history so they do not all come from one
evening. Selection is deterministic. Texts are cut at
:data:`MAX_EXAMPLE_CHARS` and redacted when the user asks for it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa

from unmask.dyad.bids import BID_CATEGORIES, BidResult
from unmask.dyad.columns import DyadColumns, Runs
from unmask.dyad.rates import DEPTH_SIGNALS
from unmask.dyad.responses import DISCLOSURE_SIGNALS, RESPONSE_CATEGORIES, ResponseResult

EXAMPLES_PER_CLAIM = 3
PARTNER_KEYS = ("a", "b")
#: answer categories the "flat answer" statement counts
FLAT_ANSWERS = ("minimal", "deflecting")
MAX_EXAMPLE_CHARS = 280

#: claim key -> signals whose messages illustrate it
MESSAGE_CLAIMS: dict[str, tuple[str, ...]] = {
    "disclosure": DISCLOSURE_SIGNALS,
    "affection": ("affection", "gratitude", "future", "we_talk"),
    "bookkeeping": ("transactional",),
    "logistics": ("logistics", "duty"),
    "appeasement": ("appeasement",),
    "dismissal": ("dismissal",),
}


def spread(candidates: np.ndarray, k: int = EXAMPLES_PER_CLAIM) -> np.ndarray:
    """``k`` entries spread evenly over ``candidates`` (already in time order)."""
    if len(candidates) <= k:
        return candidates
    return candidates[np.linspace(0, len(candidates) - 1, k).round().astype(np.int64)]


class ExamplePicker:
    """Builds example dicts (report.json ``examples``) from dyad columns."""

    def __init__(
        self,
        table: pa.Table,
        cols: DyadColumns,
        runs: Runs,
        transform: Callable[[str], str] | None = None,
        k: int = EXAMPLES_PER_CLAIM,
    ) -> None:
        self.cols = cols
        self.runs = runs
        self.k = k
        self._text = table.column("text")
        self._timestamp = table.column("timestamp")
        self._transform = transform

    def _clip(self, text: str) -> str:
        if self._transform is not None:
            text = self._transform(text)
        return text if len(text) <= MAX_EXAMPLE_CHARS else text[: MAX_EXAMPLE_CHARS - 1] + "…"

    def message(self, i: int) -> dict[str, object]:
        """Example dict of dyad message ``i``."""
        row = int(self.cols.row[i])
        signals = [name for name, flag in self.cols.flags.items() if bool(flag[i])]
        return {
            "timestamp": str(self._timestamp[row].as_py()),
            "sender": "ab"[int(self.cols.who[i])],
            "text": self._clip(str(self._text[row].as_py())),
            "signals": sorted(signals),
            "answer": None,
        }

    def _first_flagged(self, run: int, signals: tuple[str, ...]) -> int:
        start, stop = int(self.runs.start[run]), int(self.runs.stop[run])
        flags = self.cols.any_of(signals)[start:stop] if signals else np.zeros(0, dtype=bool)
        hits = np.flatnonzero(flags)
        return start + int(hits[0]) if len(hits) else start

    def episode(
        self, run: int, answer_run: int, category: str, signals: tuple[str, ...]
    ) -> dict[str, object]:
        """An opening message and the first message of the answer (if any)."""
        example = self.message(self._first_flagged(run, signals))
        if answer_run >= 0:
            answer = self.message(int(self.runs.start[answer_run]))
            example["answer"] = {
                "timestamp": answer["timestamp"],
                "sender": answer["sender"],
                "text": answer["text"],
                "category": category,
            }
        return example

    def messages_with(self, signals: tuple[str, ...]) -> list[dict[str, object]]:
        candidates = np.flatnonzero(self.cols.any_of(signals))
        return [self.message(int(i)) for i in spread(candidates, self.k)]

    def _episodes(
        self, result: ResponseResult | BidResult, mask: np.ndarray, signals: tuple[str, ...]
    ) -> list[dict[str, object]]:
        """Up to ``k`` episodes selected by ``mask``, each with its own answer category."""
        categories = RESPONSE_CATEGORIES if isinstance(result, ResponseResult) else BID_CATEGORIES
        picked = spread(np.flatnonzero(mask), self.k)
        return [
            self.episode(
                int(result.run[j]),
                int(result.answer_run[j]),
                categories[int(result.category[j])],
                signals,
            )
            for j in picked
        ]

    def all_examples(
        self, responses: ResponseResult, bids: BidResult
    ) -> dict[str, list[dict[str, object]]]:
        """Every example list of report.json, by key.

        Answer examples are keyed per **responder** (``response.<category>.<a|b>``
        holds the other partner's disclosures as answered by a or b), so a
        statement about how one partner answers shows only that partner's
        answers. ``response.flat.<a|b>`` joins minimal and deflecting answers
        (the "flat answer" statement counts both).
        """
        out: dict[str, list[dict[str, object]]] = {}
        for key, signals in MESSAGE_CLAIMS.items():
            out[key] = self.messages_with(signals)
        out["depth"] = self.messages_with(DEPTH_SIGNALS)
        flat = np.isin(responses.category, [RESPONSE_CATEGORIES.index(c) for c in FLAT_ANSWERS])
        for who, suffix in enumerate(PARTNER_KEYS):
            by = responses.responder == who
            for index, category in enumerate(RESPONSE_CATEGORIES):
                out[f"response.{category}.{suffix}"] = self._episodes(
                    responses, by & (responses.category == index), DISCLOSURE_SIGNALS
                )
            out[f"response.flat.{suffix}"] = self._episodes(
                responses, by & flat, DISCLOSURE_SIGNALS
            )
            by_bid = bids.responder == who
            for index, category in enumerate(BID_CATEGORIES):
                out[f"bid.{category}.{suffix}"] = self._episodes(
                    bids, by_bid & (bids.category == index), ("bid",)
                )
        return out
