"""Which allocator Arrow uses in an ``unmask`` process.

Arrow's wheels ship three memory pools; the default (mimalloc) keeps more
memory mapped between the import's per-chunk buffers than jemalloc does. On
the 1M-message WhatsApp import jemalloc gave a lower peak (177 vs 238 MiB)
and about 4% less CPU (benchmarks/README.md). The ``unmask`` command calls
:func:`use_lean_pool` once at start; library users keep Arrow's default
unless they call it themselves. An ``ARROW_DEFAULT_MEMORY_POOL`` set by the
user always wins, and a build without jemalloc keeps its default.
"""

from __future__ import annotations

import contextlib
import os

import pyarrow as pa


def use_lean_pool() -> str:
    """Make jemalloc Arrow's default pool where available; return the pool in use."""
    if not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        # a build without jemalloc (e.g. Windows wheels) keeps its default
        with contextlib.suppress(NotImplementedError):
            pa.set_memory_pool(pa.jemalloc_memory_pool())
    return str(pa.default_memory_pool().backend_name)
