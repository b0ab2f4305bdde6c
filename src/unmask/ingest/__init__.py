"""Reading chat exports into the canonical message table (docs/format.md).

The public API lives in :mod:`unmask.ingest.api`; importers register in
:mod:`unmask.ingest.registry`.
"""

from unmask.ingest.api import (
    ImportSummary,
    import_export,
    iter_batches,
    iter_messages,
    read_table,
)
from unmask.ingest.base import ExportSample, Importer, ImportOptions, ImportReport
from unmask.ingest.registry import (
    BUILTIN_IMPORTERS,
    detect,
    get_importer,
    importer_names,
    register_importer,
)

__all__ = [
    "BUILTIN_IMPORTERS",
    "ExportSample",
    "ImportOptions",
    "ImportReport",
    "ImportSummary",
    "Importer",
    "detect",
    "get_importer",
    "import_export",
    "importer_names",
    "iter_batches",
    "iter_messages",
    "read_table",
    "register_importer",
]
