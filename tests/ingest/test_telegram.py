"""Telegram Desktop JSON exports: one chat, the full account, damaged files, round trips."""

from __future__ import annotations

import contextlib
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import EmptyInputError, EncodingError, InputError, UnmaskError
from unmask.ingest import ImportOptions, ImportReport, import_export, iter_messages, read_table
from unmask.ingest.base import ExportSample
from unmask.ingest.telegram import TelegramImporter, classify, flatten_text

DATA = Path(__file__).parent / "data" / "telegram"
TG = ImportOptions(format="telegram")


def rows(
    path: Path, options: ImportOptions = TG, report: ImportReport | None = None
) -> list[dict[str, Any]]:
    return read_table(path, options, report).to_pylist()


def by_id(path: Path) -> dict[str, dict[str, Any]]:
    return {r["message_id"].split(":")[1]: r for r in rows(path)}


def test_single_chat_fields_exactly() -> None:
    report = ImportReport(source="result.json")
    table = rows(DATA / "result.json", report=report)
    assert len(table) == 10
    assert report.platform == "telegram" and report.conversations == 1
    first = table[0]
    assert first == {
        "conversation_id": "telegram-5120394477",
        "message_id": "telegram-5120394477:48211",
        "timestamp": "2023-03-25T22:58:41",
        "sender": "Mei Lin",
        "text": "Did you book the train for Sunday?",
        "kind": "text",
        "platform": "telegram",
        "reply_to": None,
        "utc_offset": 60,
        "edited": False,
    }


def test_kinds_senders_and_replies() -> None:
    m = by_id(DATA / "result.json")
    assert m["48212"]["sender"] == "Jonas 🌿"
    assert (
        m["48212"]["text"] == "Yes. I sent you my half for the tickets\nand the hotel is paid too"
    )
    assert m["48212"]["reply_to"] == "telegram-5120394477:48211"
    assert (m["48214"]["kind"], m["48214"]["text"]) == ("media", "the view from the office")
    assert (m["48215"]["kind"], m["48215"]["text"]) == ("sticker", "")
    assert m["48216"]["kind"] == "media"  # voice message
    assert (m["48217"]["kind"], m["48217"]["sender"]) == ("call", "Mei Lin")
    assert (m["48218"]["kind"], m["48218"]["sender"], m["48218"]["text"]) == (
        "system",
        None,
        "pin_message",
    )
    assert m["48219"]["kind"] == "other"  # shared location
    assert m["48220"]["text"] == "  ok 👍  "  # spaces kept


def test_entity_list_text_is_concatenated_unchanged_and_edit_flag() -> None:
    m = by_id(DATA / "result.json")
    assert m["48213"]["text"] == (
        "Can we talk tonight? I felt really alone yesterday… 我有点难过。 See https://example.org/notes"
    )
    assert m["48213"]["edited"] is True
    assert m["48212"]["edited"] is False


def test_utc_offset_follows_daylight_saving_change() -> None:
    m = by_id(DATA / "result.json")
    assert m["48212"]["utc_offset"] == 60  # CET, before the switch
    assert m["48213"]["utc_offset"] == 120  # CEST, after it


def test_full_account_export_has_one_conversation_per_chat() -> None:
    report = ImportReport(source="full")
    table = rows(DATA / "full_account.json", report=report)
    assert report.conversations == 2
    assert [r["conversation_id"] for r in table] == ["telegram-5120394477"] * 2 + [
        "telegram-772013"
    ] * 3
    assert table[1]["text"] == "随便" and table[1]["reply_to"] == "telegram-5120394477:901"
    group = table[2:]
    assert (group[0]["kind"], group[0]["sender"], group[0]["text"]) == (
        "system",
        None,
        "create_group",
    )
    assert group[2]["sender"] is None and group[2]["kind"] == "text"  # deleted account


def test_folder_with_result_json_and_detection(tmp_path: Path) -> None:
    folder = tmp_path / "ChatExport_2023-03-27"
    folder.mkdir()
    (folder / "result.json").write_bytes((DATA / "result.json").read_bytes())
    assert len(read_table(folder)) == 10


def test_message_ids_are_stable_across_imports() -> None:
    first = [r["message_id"] for r in rows(DATA / "result.json")]
    again = [m.message_id for m in iter_messages(DATA / "result.json", TG)]
    assert first == again and len(set(first)) == len(first)


def test_small_batches_give_the_same_table() -> None:
    whole = rows(DATA / "full_account.json")
    small = rows(DATA / "full_account.json", ImportOptions(format="telegram", batch_size=2))
    assert small == whole


def test_utf16_export_is_read(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_bytes((DATA / "result.json").read_text(encoding="utf-8").encode("utf-16"))
    assert rows(path) == rows(DATA / "result.json")


def test_truncated_json_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    data = (DATA / "result.json").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as caught:
        read_table(path, TG)
    message = str(caught.value)
    assert str(path) in message and "line" in message and "column" in message
    assert "Sunday" not in message and "truncated" in message


def test_empty_and_wrong_json_and_bad_bytes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        read_table(empty, TG)
    wrong = tmp_path / "list.json"
    wrong.write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(InputError, match="Telegram Desktop export"):
        read_table(wrong, TG)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"messages": [{"text": "\xff\xfe\xfa"}]}')
    with pytest.raises(EncodingError, match="line 1"):
        read_table(bad, TG)


def test_messages_without_date_are_skipped_and_counted(tmp_path: Path) -> None:
    doc = json.loads((DATA / "result.json").read_text(encoding="utf-8"))
    del doc["messages"][1]["date"], doc["messages"][1]["date_unixtime"]
    doc["messages"][2]["date"] = "yesterday"
    path = tmp_path / "result.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    report = ImportReport(source=str(path))
    assert len(rows(path, report=report)) == 8
    assert report.unreadable_lines == 2 and report.notes


def test_sniff_prefers_telegram_shapes() -> None:
    head = (DATA / "result.json").read_bytes()[:4096]
    importer = TelegramImporter()
    assert importer.sniff(ExportSample(Path("result.json"), head)) > 0.9
    full = (DATA / "full_account.json").read_bytes()[:65536]
    assert importer.sniff(ExportSample(Path("result.json"), full)) >= 0.9
    assert importer.sniff(ExportSample(Path("x.txt"), b"12/03/2021, 20:15 - A: hi")) == 0.0


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ({"type": "message", "text": "hi"}, "text"),
        ({"type": "message", "photo": "p.jpg", "text": ""}, "media"),
        ({"type": "message", "file": "f.pdf", "text": ""}, "media"),
        ({"type": "message", "media_type": "video_message", "file": "v.mp4"}, "media"),
        ({"type": "message", "media_type": "animation", "file": "a.mp4"}, "media"),
        ({"type": "message", "media_type": "sticker", "file": "s.webp"}, "sticker"),
        ({"type": "message", "poll": {"question": "?"}}, "other"),
        ({"type": "message", "contact_information": {}}, "other"),
        ({"type": "service", "action": "phone_call"}, "call"),
        ({"type": "service", "action": "invite_members"}, "system"),
    ],
)
def test_classify(message: dict[str, Any], kind: str) -> None:
    assert classify(message) == kind


def test_flatten_text_forms() -> None:
    assert flatten_text("a\nb") == "a\nb"
    assert flatten_text(["x ", {"type": "bold", "text": "y"}, {"type": "x"}, 3]) == "x y"
    assert flatten_text(None) == ""


# --- property-based ---------------------------------------------------------

names = st.text(min_size=1, max_size=12).filter(lambda s: s.strip() == s and s != "")
texts = st.text(max_size=60)
entity_text = st.lists(
    st.one_of(texts, st.builds(lambda t: {"type": "bold", "text": t}, texts)), max_size=4
)
dates = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 1, 1)).map(
    lambda d: d.replace(microsecond=0)
)
messages = st.lists(
    st.tuples(names, st.one_of(texts, entity_text), dates, st.integers(-12 * 60, 14 * 60)),
    min_size=1,
    max_size=15,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(chat=messages, suffix=st.sampled_from([".jsonl", ".parquet"]))
def test_well_formed_chats_round_trip(
    tmp_path_factory: pytest.TempPathFactory, chat: list[Any], suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("tg")
    chat = sorted(chat, key=lambda m: m[2])
    doc = {"name": "X", "type": "personal_chat", "id": 42, "messages": []}
    for i, (sender, text, date, offset) in enumerate(chat, start=1):
        unix = int((date - timedelta(minutes=offset) - datetime(1970, 1, 1)).total_seconds())
        doc["messages"].append(
            {
                "id": i,
                "type": "message",
                "date": date.isoformat(),
                "date_unixtime": str(unix),
                "from": sender,
                "from_id": f"user{i}",
                "text": text,
            }
        )
    source = folder / "result.json"
    source.write_text(json.dumps(doc, ensure_ascii=bool(len(chat) % 2)), encoding="utf-8")
    out = folder / f"out{suffix}"
    summary = import_export(source, out, TG)
    back = read_table(out).to_pylist()
    assert summary.messages == len(chat) == len(back)
    for row, (sender, text, date, offset) in zip(back, chat, strict=True):
        assert row["sender"] == sender
        assert row["text"] == flatten_text(text)
        assert row["timestamp"] == date.isoformat()
        assert row["utc_offset"] == offset
        assert row["kind"] == "text"


KEYS = [
    "id",
    "type",
    "date",
    "date_unixtime",
    "from",
    "text",
    "reply_to_message_id",
    "media_type",
    "photo",
    "edited",
    "actor",
    "action",
    "messages",
    "chats",
    "list",
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)
    ),
    max_leaves=20,
)
fuzz = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: ('{"messages": [' + t).encode()),
    st.lists(json_values, max_size=5).map(lambda m: json.dumps({"messages": m}).encode()),
    json_values.map(lambda v: json.dumps(v).encode()),
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=fuzz)
def test_arbitrary_bytes_raise_only_project_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "result.json"
    path.write_bytes(data)
    with contextlib.suppress(UnmaskError):
        read_table(path, TG)
