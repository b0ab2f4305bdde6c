"""unmask: surface and depth in a couple's chat history and questionnaire.

The public Python API is listed here once; the CLI is a thin layer over it::

    import unmask

    table = unmask.read_table("chat.zip")        # canonical messages
    scores = unmask.score_table(table)           # every signal, with evidence
    analysis = unmask.analyze("chat.zip")        # import -> score -> dyad -> profile
    unmask.write_report(analysis, "report/")     # report.html, report.json, parquet

Questionnaire scoring, reliability and dyadic export live in :mod:`unmask.assess`.

Names are resolved on first use (PEP 562), so ``import unmask.ingest`` does not pay for
loading the signal lexicons or the analysis: importing a chat stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from unmask._version import __version__

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "ARROW_SCHEMA": "unmask.model",
    "Kind": "unmask.model",
    "Message": "unmask.model",
    "UnmaskError": "unmask.errors",
    "ImportOptions": "unmask.ingest",
    "import_export": "unmask.ingest",
    "iter_messages": "unmask.ingest",
    "read_table": "unmask.ingest",
    "score_table": "unmask.signals",
    "score_text": "unmask.signals",
    "score_texts": "unmask.signals",
    "Analysis": "unmask.analyze",
    "AnalyzeOptions": "unmask.analyze",
    "analyze": "unmask.analyze",
    "write_report": "unmask.report.writer",
}

__all__ = [
    "ARROW_SCHEMA",
    "Analysis",
    "AnalyzeOptions",
    "ImportOptions",
    "Kind",
    "Message",
    "UnmaskError",
    "__version__",
    "analyze",
    "import_export",
    "iter_messages",
    "read_table",
    "score_table",
    "score_text",
    "score_texts",
    "write_report",
]

if TYPE_CHECKING:
    from unmask.analyze import Analysis, AnalyzeOptions, analyze
    from unmask.errors import UnmaskError
    from unmask.ingest import ImportOptions, import_export, iter_messages, read_table
    from unmask.model import ARROW_SCHEMA, Kind, Message
    from unmask.report.writer import write_report
    from unmask.signals import score_table, score_text, score_texts


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'unmask' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
