"""Streaming, atomic writers of the canonical table."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from unmask.errors import OutputExistsError, UsageError
from unmask.ingest import ImportOptions, read_table
from unmask.ingest.api import iter_batches
from unmask.ingest.writers import AtomicTableWriter, JsonlBatchWriter, write_batches
from unmask.model import ARROW_SCHEMA, FIELDS, FORMAT_VERSION

TELEGRAM = Path(__file__).parent / "data" / "telegram" / "result.json"


def batches(size: int = 3) -> list[pa.RecordBatch]:
    return list(iter_batches(TELEGRAM, ImportOptions(batch_size=size)))


def test_jsonl_lines_keys_in_order_and_raw_utf8(tmp_path: Path) -> None:
    out = tmp_path / "chat.jsonl"
    assert write_batches(batches(), out) == 10
    raw = out.read_bytes()
    assert "Jonas 🌿".encode() in raw and "我有点难过".encode() in raw  # not \\u-escaped
    lines = raw.decode("utf-8").splitlines()
    assert len(lines) == 10
    first = json.loads(lines[0])
    assert list(first) == list(FIELDS)
    assert (
        json.loads(lines[1])["text"]
        == "Yes. I sent you my half for the tickets\nand the hotel is paid too"
    )


def test_parquet_row_groups_gather_batches_and_keep_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unmask.ingest import writers

    monkeypatch.setattr(writers, "_ROW_GROUP_ROWS", 5)
    out = tmp_path / "chat.parquet"
    write_batches(batches(3), out)
    parquet = pq.ParquetFile(out)
    # batches of 3, 3, 3, 1 rows: a group is written once 5 rows are buffered
    sizes = [parquet.metadata.row_group(i).num_rows for i in range(parquet.num_row_groups)]
    assert sizes == [6, 4]
    assert parquet.schema_arrow.metadata[b"unmask.format_version"] == FORMAT_VERSION.encode()
    assert parquet.schema_arrow.equals(ARROW_SCHEMA, check_metadata=False)
    assert read_table(out).to_pylist() == read_table(TELEGRAM).to_pylist()


def test_existing_output_is_kept_unless_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "chat.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    with pytest.raises(OutputExistsError, match="--force"):
        write_batches(batches(), out)
    assert out.read_text(encoding="utf-8") == "precious\n"
    write_batches(batches(), out, overwrite=True)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 10


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_failure_midway_leaves_no_output_and_no_temp_file(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"chat{suffix}"

    def failing() -> object:
        yield from batches()[:2]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_batches(failing(), out)
    assert list(tmp_path.iterdir()) == []


def test_unknown_suffix_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"OUT\.jsonl or OUT\.parquet"):
        AtomicTableWriter(tmp_path / "chat.csv")
    with pytest.raises(UsageError, match="no such folder"):
        AtomicTableWriter(tmp_path / "nowhere" / "chat.jsonl")
    with pytest.raises(UsageError, match="folder"):
        AtomicTableWriter(tmp_path)


def test_empty_parquet_is_valid(tmp_path: Path) -> None:
    out = tmp_path / "none.parquet"
    assert write_batches([], out) == 0
    assert pq.read_table(out).num_rows == 0


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(
            st.text(),
            st.one_of(st.none(), st.text()),
            st.one_of(st.none(), st.integers(-(2**31), 2**31 - 1)),
            st.booleans(),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_jsonl_lines_are_what_json_dumps_writes(rows: list[tuple[str, Any, Any, bool]]) -> None:
    assume(all(_encodable(row[0]) and _encodable(row[1]) for row in rows))
    table = pa.table(
        {
            "conversation_id": ["c"] * len(rows),
            "message_id": [f"c:{i}" for i in range(len(rows))],
            "timestamp": ["2021-03-04T10:00:00"] * len(rows),
            "sender": [row[1] for row in rows],
            "text": [row[0] for row in rows],
            "kind": ["text"] * len(rows),
            "platform": ["whatsapp"] * len(rows),
            "reply_to": [row[1] for row in rows],
            "utc_offset": [row[2] for row in rows],
            "edited": [row[3] for row in rows],
        },
        schema=ARROW_SCHEMA,
    )
    handle = io.BytesIO()
    writer = JsonlBatchWriter(handle)
    for batch in table.to_batches():
        writer.write(batch)
    expected = "".join(
        json.dumps(row, ensure_ascii=False) + "\n" for row in table.to_pylist()
    ).encode("utf-8")
    assert handle.getvalue() == expected


def _encodable(text: str | None) -> bool:
    try:
        (text or "").encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates never reach a canonical table
        return False
    return True
