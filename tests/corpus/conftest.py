"""A small, realistic corpus written once per test session.

Five couples from the synthetic generator (months of chat each, English and
Chinese, close and drifting), in every input form: two WhatsApp exports, one
canonical Parquet file holding two conversations, one canonical JSON Lines
file; plus two files that cannot be read (binary noise, an empty file).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from unmask.model import ARROW_SCHEMA, Message
from unmask_dev.synth import PROFILES, generate, write_whatsapp

MESSAGES = 400


def couple(profile: str, seed: int, conversation: str) -> list[Message]:
    base = dataclasses.replace(PROFILES[profile], seed=seed)
    return [dataclasses.replace(m, conversation_id=conversation) for m in generate(base, MESSAGES)]


@pytest.fixture(scope="session")
def make_couple() -> Callable[[str, int, str], list[Message]]:
    """:func:`couple` for tests that write corpora of their own."""
    return couple


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus") / "in"
    (root / "exports").mkdir(parents=True)
    write_whatsapp(couple("close_en", 11, "x"), root / "exports" / "alice.txt")
    write_whatsapp(couple("drifting_zh", 12, "x"), root / "exports" / "bo.txt", layout="ios")
    rows = [m.to_dict() for m in couple("drifting_en", 13, "conv-p1")]
    rows += [m.to_dict() for m in couple("close_zh", 14, "conv-p2")]
    pq.write_table(pa.Table.from_pylist(rows, schema=ARROW_SCHEMA), root / "batch.parquet")
    with (root / "more.jsonl").open("w", encoding="utf-8") as handle:
        for m in couple("close_en", 15, "conv-j1"):
            handle.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
    (root / "exports" / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (root / "exports" / "empty.txt").write_bytes(b"")
    return root
