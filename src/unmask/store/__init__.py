"""unmask.store: the private local database (SQLite) and answer encryption."""

from unmask.store.crypto import DEFAULT_PARAMS, KdfParams
from unmask.store.db import PartnerStatus, RevealRecord, Store, Unlocked, default_db_path

__all__ = [
    "DEFAULT_PARAMS",
    "KdfParams",
    "PartnerStatus",
    "RevealRecord",
    "Store",
    "Unlocked",
    "default_db_path",
]
