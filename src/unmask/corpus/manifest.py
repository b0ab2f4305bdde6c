"""The run manifest (manifest.json): everything needed to reproduce a corpus run.

It records the package version, every signal's version (as report.json does),
a SHA-256 of every file of language data (lexicons, patterns) and every
bundled model, the analysis parameters, the engine, each input file's SHA-256
and size, and the counts and errors of the run. The engine is recorded for
the record only: the numbers do not depend on it.
"""

from __future__ import annotations

import hashlib
import platform
from importlib import resources
from importlib.abc import Traversable
from typing import Any

from unmask._version import __version__

#: suffixes of the data files whose hashes are recorded
DATA_SUFFIXES = (".yaml", ".yml", ".tsv", ".txt", ".json", ".npz")
MANIFEST_VERSION = "1.0"


def _walk(root: Traversable, prefix: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in sorted(root.iterdir(), key=lambda t: t.name):
        name = f"{prefix}/{item.name}"
        if item.is_dir():
            if item.name != "__pycache__":
                out.update(_walk(item, name))
        elif item.name.endswith(DATA_SUFFIXES):
            out[name] = hashlib.sha256(item.read_bytes()).hexdigest()
    return out


def data_hashes() -> dict[str, str]:
    """SHA-256 of every lexicon, pattern file and model the signals ship with."""
    out = _walk(resources.files("unmask.lang"), "lang")
    out.update(_walk(resources.files("unmask.signals").joinpath("models"), "signals/models"))
    return out


def signal_versions() -> dict[str, str]:
    """Each signal's version as report.json records it (``versions.signals``)."""
    from unmask.signals import score_texts

    return dict(score_texts(["ok"], model=True).versions)


def library_versions() -> dict[str, str]:
    import numpy
    import pyarrow

    out = {"python": platform.python_version(), "numpy": numpy.__version__}
    out["pyarrow"] = pyarrow.__version__
    return out


def environment(signals: dict[str, str] | None = None) -> dict[str, Any]:
    """The versions and hashes part of the manifest (the same for every run of one install).

    ``signals``: the versions the workers' analyses reported; computed here (which loads
    the scorer into this process) only when no couple was analysed.
    """
    hashes = data_hashes()
    combined = hashlib.sha256("".join(f"{k}\0{v}\n" for k, v in hashes.items()).encode())
    return {
        "unmask": __version__,
        "libraries": library_versions(),
        "signals": signals or signal_versions(),
        "data_sha256": combined.hexdigest(),
        "data_files": hashes,
    }


def build_manifest(
    *,
    source: str,
    parameters: dict[str, Any],
    engine: dict[str, Any],
    records: list[dict[str, Any]],
    started: str,
    finished: str,
    resumed: int,
) -> dict[str, Any]:
    """manifest.json of a finished run (``records`` in partition order)."""
    # a big canonical file may span partitions: each input once
    inputs = list({f["path"]: f for r in records for f in r["files"]}.values())
    kinds: dict[str, int] = {}
    for r in records:
        for key, n in r["error_kinds"].items():
            kinds[key] = kinds.get(key, 0) + n
    signals = next((r["signals"] for r in records if r.get("signals")), None)
    return {
        "manifest_version": MANIFEST_VERSION,
        "tool": "unmask corpus",
        "versions": environment(signals),
        "parameters": parameters,
        "engine": engine,
        "source": source,
        "started": started,
        "finished": finished,
        "partitions": [r["id"] for r in records],
        "partitions_resumed": resumed,
        "inputs": inputs,
        "counts": {
            "files": len(inputs),
            "couples": sum(r["couples"] for r in records),
            "messages": sum(r["messages"] for r in records),
            "errors": sum(r["errors"] for r in records),
        },
        "errors_by_kind": dict(sorted(kinds.items())),
    }


__all__ = ["build_manifest", "data_hashes", "environment", "signal_versions"]
