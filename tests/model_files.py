"""A bundled model weights file copied with some of its header values or arrays changed
(the safety and couple models' damaged-file tests)."""

from __future__ import annotations

import json
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np


def write_changed(source: Traversable, path: Path, **change: object) -> None:
    """Write to ``path`` the weights file at ``source`` with each ``change``: a key of its
    JSON header (``meta``) gets the new value, any other key names an array to replace."""
    with np.load(source.open("rb"), allow_pickle=False) as npz:  # type: ignore[arg-type]
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(str(arrays["meta"]))
    for key, value in change.items():
        if key in meta:
            meta[key] = value
        else:
            arrays[key] = np.asarray(value)
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez(path, **arrays)  # type: ignore[arg-type]
