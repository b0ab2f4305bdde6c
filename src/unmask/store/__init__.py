"""unmask.store: the private local database (SQLite) and answer encryption."""

from unmask.store.crypto import DEFAULT_PARAMS, KdfParams
from unmask.store.db import (
    OutputRecord,
    PartnerStatus,
    RevealRecord,
    RoundInfo,
    Store,
    Unlocked,
    default_db_path,
    record_output,
)
from unmask.store.files import OUTPUT_FILE_NAMES, remove_output

__all__ = [
    "DEFAULT_PARAMS",
    "OUTPUT_FILE_NAMES",
    "KdfParams",
    "OutputRecord",
    "PartnerStatus",
    "RevealRecord",
    "RoundInfo",
    "Store",
    "Unlocked",
    "default_db_path",
    "record_output",
    "remove_output",
]
