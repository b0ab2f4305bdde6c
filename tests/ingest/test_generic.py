"""Generic CSV and JSON Lines: column mapping, time forms, canonical read-back, bad input."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import EmptyInputError, EncodingError, InputError, UnmaskError
from unmask.ingest import ImportOptions, ImportReport, import_export, read_table
from unmask.ingest.generic import FieldError, parse_time

DATA = Path(__file__).parent / "data" / "generic"
CSV = ImportOptions(format="csv")
JSONL = ImportOptions(format="jsonl")


def rows(
    path: Path, options: ImportOptions, report: ImportReport | None = None
) -> list[dict[str, Any]]:
    return read_table(path, options, report).to_pylist()


def test_csv_columns_found_by_familiar_names() -> None:
    table = rows(DATA / "messages.csv", CSV)
    assert [r["sender"] for r in table] == ["Sam", "Robin", "Sam", "Robin"]
    assert table[1]["text"] == (
        "yes, I sent you my half.\nAlso: can we talk about last night? I felt hurt, honestly."
    )
    assert table[0]["timestamp"] == "2023-05-01T08:00:12"
    assert (table[3]["timestamp"], table[3]["utc_offset"]) == ("2023-05-01T08:15:00", 120)
    assert [r["message_id"] for r in table] == [f"messages:{i}" for i in range(1, 5)]
    assert {r["platform"] for r in table} == {"generic"}
    assert {r["conversation_id"] for r in table} == {"messages"}


def test_semicolon_csv_needs_mapping_and_says_which_columns_exist() -> None:
    with pytest.raises(InputError) as caught:
        read_table(DATA / "semicolon.csv", CSV)
    message = str(caught.value)
    assert "'Nachricht'" in message and "--text-col NAME --time-col NAME" in message
    options = ImportOptions(
        format="csv", text_col="Nachricht", time_col="Zeit", time_format="%d.%m.%Y %H:%M"
    )
    table = rows(DATA / "semicolon.csv", options)
    assert [(r["timestamp"], r["sender"], r["text"]) for r in table] == [
        ("2023-05-01T08:00:00", "Sam", "Guten Morgen"),
        ("2023-05-01T08:02:00", "Robin", "Hast du; das Ticket?"),
    ]


def test_jsonl_with_mapping_epoch_times_and_sorting() -> None:
    report = ImportReport(source="messages.jsonl")
    table = rows(DATA / "messages.jsonl", ImportOptions(format="jsonl", time_col="ts"), report)
    assert [r["timestamp"] for r in table] == [
        "2023-05-01T08:00:00",
        "2023-05-01T08:00:12",
        "2023-05-01T08:01:40",
    ]
    assert [r["message_id"] for r in table] == ["messages:3", "messages:1", "messages:2"]
    assert table[2]["kind"] == "media" and table[0]["utc_offset"] == 0
    assert any("sorted" in note for note in report.notes)


def test_canonical_jsonl_reads_back_without_options(tmp_path: Path) -> None:
    original = rows(DATA / "messages.csv", CSV)
    out = tmp_path / "canon.jsonl"
    import_export(DATA / "messages.csv", out, CSV)
    assert read_table(out).to_pylist() == original


def test_optional_columns_are_read(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text(
        "conversation_id,message_id,timestamp,sender,text,kind,reply_to,edited,utc_offset\n"
        "c1,a,2023-01-01T10:00:00,Ann,hello,text,,false,60\n"
        "c1,b,2023-01-01T10:01:00,,Ann joined,system,a,true,\n",
        encoding="utf-8",
    )
    table = rows(path, CSV)
    assert table[1] == {
        "conversation_id": "c1",
        "message_id": "b",
        "timestamp": "2023-01-01T10:01:00",
        "sender": None,
        "text": "Ann joined",
        "kind": "system",
        "platform": "generic",
        "reply_to": "a",
        "utc_offset": None,
        "edited": True,
    }
    assert table[0]["utc_offset"] == 60


def test_bad_time_names_file_line_and_column_but_not_the_value(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text(
        "time,sender,text\n2023-01-01 10:00,Ann,hi\nmy secret diary,Bob,there\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        read_table(path, CSV)
    message = str(caught.value)
    assert f"{path}: line 3, column 'time'" in message and "--time-format" in message
    assert "secret" not in message


def test_invalid_json_line_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "chat.jsonl"
    path.write_text(
        '{"timestamp": "2023-01-01T10:00:00", "sender": "A", "text": "x"}\n{"timestamp": 1,,}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"line 2, column 17: invalid JSON"):
        read_table(path, JSONL)


def test_unknown_kind_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "chat.jsonl"
    path.write_text('{"time": "2023-01-01", "from": "A", "body": "x", "kind": "image"}\n')
    with pytest.raises(InputError, match=r"line 1, column 'kind': expected one of text"):
        read_table(path, JSONL)


def test_rows_with_wrong_width_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text("time,sender,text\n2023-01-01 10:00,Ann,hi\n2023-01-01 10:01,Bob\n\n")
    report = ImportReport(source=str(path))
    assert len(rows(path, CSV, report)) == 1
    assert report.unreadable_lines == 1


def test_bom_and_utf16_and_wrong_encoding(tmp_path: Path) -> None:
    expected = rows(DATA / "messages.csv", CSV)
    text = (DATA / "messages.csv").read_text(encoding="utf-8")
    for encoding in ("utf-8-sig", "utf-16", "utf-16-le"):
        path = tmp_path / "messages.csv"
        path.write_bytes(text.encode(encoding))
        assert rows(path, CSV) == expected, encoding
    latin = tmp_path / "latin.csv"
    latin.write_bytes("time,sender,text\n2023-01-01 10:00,Zoë,très bien\n".encode("latin-1"))
    with pytest.raises(EncodingError, match="--encoding"):
        read_table(latin, CSV)
    table = rows(latin, ImportOptions(format="csv", encoding="latin-1"))
    assert table[0]["sender"] == "Zoë"


def test_header_only_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "chat.csv"
    path.write_text("time,sender,text\n")
    with pytest.raises(EmptyInputError):
        read_table(path, CSV)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-01T08:00:12", ("2023-05-01T08:00:12", None)),
        ("2023-05-01 08:00", ("2023-05-01T08:00:00", None)),
        ("2023-05-01T08:00:12.250", ("2023-05-01T08:00:12.250", None)),
        ("2023-05-01T08:00:12Z", ("2023-05-01T08:00:12", 0)),
        ("2023-05-01T08:00:12-05:30", ("2023-05-01T08:00:12", -330)),
        ("2023-05-01", ("2023-05-01T00:00:00", None)),
        ("2023/05/01 08:00", ("2023-05-01T08:00:00", None)),
        ("1682928000", ("2023-05-01T08:00:00", 0)),
        ("1682928000500", ("2023-05-01T08:00:00.500000", 0)),
        (1682928000, ("2023-05-01T08:00:00", 0)),
    ],
)
def test_default_time_forms(value: Any, expected: tuple[str, int | None]) -> None:
    assert parse_time(value, None) == expected


@pytest.mark.parametrize("value", ["01/05/2023 08:00", "2023-02-30T10:00:00", "", None, True])
def test_ambiguous_or_impossible_times_need_a_format(value: Any) -> None:
    with pytest.raises(FieldError):
        parse_time(value, None)


def test_time_format_with_zone() -> None:
    assert parse_time("01.05.2023 08:00 +0100", "%d.%m.%Y %H:%M %z") == ("2023-05-01T08:00:00", 60)


# --- property-based ---------------------------------------------------------

#: NUL marks a file as binary (textio.detect_encoding); no chat app writes it
chars = st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))
senders = st.text(chars, min_size=1, max_size=15)
chat_rows = st.lists(
    st.tuples(
        st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1)),
        senders,
        st.text(chars, max_size=80),
    ),
    min_size=1,
    max_size=20,
)


def _csv_bytes(rows_: list[tuple[datetime, str, str]], delimiter: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["timestamp", "sender", "text"])
    for moment, sender, text in rows_:
        writer.writerow([moment.isoformat(), sender, text])
    return buffer.getvalue().encode("utf-8")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    chat=chat_rows,
    delimiter=st.sampled_from([",", ";", "\t"]),
    suffix=st.sampled_from([".jsonl", ".parquet"]),
)
def test_well_formed_csv_chats_round_trip_exactly(
    tmp_path_factory: pytest.TempPathFactory,
    chat: list[tuple[datetime, str, str]],
    delimiter: str,
    suffix: str,
) -> None:
    folder = tmp_path_factory.mktemp("csv")
    source = folder / "chat.csv"
    source.write_bytes(_csv_bytes(chat, delimiter))
    out = folder / f"out{suffix}"
    import_export(source, out, CSV)
    back = read_table(out).to_pylist()
    expected = sorted(
        ((m.isoformat(), s, t, f"chat:{i}") for i, (m, s, t) in enumerate(chat, start=1)),
        key=lambda r: r[0],
    )
    assert [(r["timestamp"], r["sender"], r["text"], r["message_id"]) for r in back] == expected


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(chat=chat_rows)
def test_well_formed_jsonl_chats_round_trip_exactly(
    tmp_path_factory: pytest.TempPathFactory, chat: list[tuple[datetime, str, str]]
) -> None:
    folder = tmp_path_factory.mktemp("jsonl")
    source = folder / "chat.jsonl"
    lines = [json.dumps({"date": m.isoformat(), "author": s, "message": t}) for m, s, t in chat]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    back = read_table(source, JSONL).to_pylist()
    assert sorted((r["timestamp"], r["sender"], r["text"]) for r in back) == sorted(
        (m.isoformat(), s, t) for m, s, t in chat
    )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: ("time,sender,text\n" + t).encode()),
        st.text(max_size=200).map(
            lambda t: ('{"time": "2023-01-01", "from": "a", "text": ' + t).encode()
        ),
    ),
    fmt=st.sampled_from(["csv", "jsonl"]),
)
def test_arbitrary_bytes_raise_only_project_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, fmt: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"chat.{fmt}"
    path.write_bytes(data)
    with contextlib.suppress(UnmaskError):
        read_table(path, ImportOptions(format=fmt))
