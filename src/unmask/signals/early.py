"""The scoring child, forked through here (:func:`fork`), before anything else is imported
where the caller can (``unmask analyze``).

:func:`unmask.signals.scorer.standby` forks a :class:`~unmask.signals.parallel.Standby`
from a process that has imported the scorer (the model layers, Arrow's compute kernels;
``analyze(early=True)`` called in process). :func:`early_standby` forks the same child from
a process that has not imported the scorer: ``unmask analyze`` forks it after its own
modules, the consent check and what both processes need (the signals' model layers through
:mod:`unmask.dyad.safety`), before the analysis, the importers and the scorer, which it
imports after the fork. The child imports the scorer itself (the functions below import it
on their first call, in the child), so its loading overlaps what the parent still imports
and reads. Both fork through :func:`fork`, and the child runs the scorer's own
functions: the same numbers either way.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unmask.signals.parallel import Claims, Standby

if TYPE_CHECKING:
    import numpy as np

#: an export this big or bigger gets the early child (~20,000 messages of ~50 bytes; below
#: MIN_PARALLEL distinct texts it is let go unused); ``unmask.analyze`` uses the same size
EARLY_MIN_BYTES = 1_000_000


def _prepare(model: bool) -> None:
    from unmask.signals.scorer import _prepare_standby

    _prepare_standby(model)


def _run(out: np.ndarray, claims: Claims, job: tuple[list[str], bool]) -> None:
    from unmask.signals.scorer import _run_standby

    _run_standby(out, claims, job)


def _serve(texts: list[str]) -> Any:
    from unmask.signals.scorer import _lexicon_scores

    return _lexicon_scores(texts)


def early_standby(source: Path, model: bool = True) -> Standby | None:
    """A scoring child forked now for an export file of :data:`EARLY_MIN_BYTES` or more, as
    :func:`unmask.signals.scorer.standby` forks it but without importing the scorer first;
    for ``analyze(standby=...)``, whose owner closes it. None for a smaller export, a folder,
    or where the scorer would not fork (:func:`~unmask.signals.parallel.workers`)."""
    try:
        size = source.stat().st_size if source.is_file() else 0
    except (OSError, ValueError):
        return None
    return fork(model) if size >= EARLY_MIN_BYTES else None


def fork(model: bool = True) -> Standby | None:
    """A scoring child forked now that loads the lexicons (and the model, with ``model``)
    and runs the scorer's own functions; None where the scorer would not fork
    (:func:`~unmask.signals.parallel.workers`). :func:`unmask.signals.scorer.standby` and
    :func:`early_standby` both fork through here."""
    import os

    from unmask.signals.parallel import workers

    if workers() <= 1 or not hasattr(os, "memfd_create"):
        return None
    try:
        return Standby(partial(_prepare, model), _run, _serve)
    except OSError:
        return None
