"""A batch of texts as the matcher scans it, for the tests of its residual prefilters
(h-speed49's lookahead rows, h-speed51's lookahead prefilter)."""

from __future__ import annotations

import numpy as np

from unmask.signals.matcher import CompiledLanguage
from unmask.signals.normalize import fold, lower_same_length


def scan(
    cl: CompiledLanguage, texts: list[str]
) -> tuple[str, np.ndarray, dict[int, tuple[np.ndarray | None, np.ndarray | None]]]:
    """The folded batch, its messages' starts, and each residual's (rows, lookahead rows)
    from the key scan's literal runs."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64)
    starts = np.zeros(len(texts), dtype=np.int64)
    starts[1:] = np.cumsum(lengths[:-1] + 1)
    folded = fold(lower_same_length("\n".join(texts))).text
    _, _, last, lit = cl.key_scan.find_all(folded)
    runs = {
        k: (rows, need) for k, rows, need in cl._literal_runs(last, lit, starts, cl.key_scan.extra)
    }
    return folded, starts, runs
