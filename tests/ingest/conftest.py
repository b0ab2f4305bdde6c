"""Fixtures of the WhatsApp importer tests: fixture exports and generated exports."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from unmask.ingest.base import ImportOptions, ImportReport
from unmask.ingest.whatsapp import WhatsAppImporter
from unmask_dev.synth import stress

WHATSAPP_DATA = Path(__file__).parent / "data" / "whatsapp"


Rows = list[dict[str, Any]]


def _import_whatsapp(path: Path, **options: Any) -> tuple[Rows, ImportReport]:
    report = ImportReport(source=str(path))
    batches = list(WhatsAppImporter().batches(path, ImportOptions(**options), report))
    table = pa.Table.from_batches(batches)
    return table.to_pylist(), report


@pytest.fixture
def import_whatsapp() -> Callable[..., tuple[Rows, ImportReport]]:
    """``import_whatsapp(path, **options)``: all rows (dicts) of an export and the report."""
    return _import_whatsapp


@pytest.fixture
def whatsapp_data() -> Path:
    """The folder of hand-written WhatsApp fixture exports."""
    return WHATSAPP_DATA


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Write a hard export with the project's generator (cached per variant); its path."""
    folder = tmp_path_factory.mktemp("generated")
    cache: dict[tuple[str, int, bool, int], Path] = {}

    def make(variant: str, n: int = 3000, nnbsp: bool = False, seed: int = 1) -> Path:
        key = (variant, n, nnbsp, seed)
        if key not in cache:
            out = folder / f"{variant}{'_nnbsp' if nnbsp else ''}_{n}_{seed}.txt"
            stress.write(out, n, variant, seed=seed, nnbsp=nnbsp)
            cache[key] = out
        return cache[key]

    return make


def _read_truth(export: Path) -> Rows:
    truth = export.with_name(export.stem + ".truth.jsonl")
    with truth.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture
def read_truth() -> Callable[[Path], Rows]:
    """``read_truth(export)``: the generator's ground truth written beside an export."""
    return _read_truth


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Call with n: every chunked reader then cuts blocks of n bytes (messages straddle chunks)."""
    from unmask.ingest import textio

    def use(chunk_bytes: int) -> None:
        monkeypatch.setattr(textio, "DEFAULT_CHUNK_BYTES", chunk_bytes)
        for reader in (textio.iter_utf8_chunks, textio.iter_padded_chunks):
            defaults = {**(reader.__kwdefaults__ or {}), "chunk_bytes": chunk_bytes}
            monkeypatch.setattr(reader, "__kwdefaults__", defaults)

    return use
