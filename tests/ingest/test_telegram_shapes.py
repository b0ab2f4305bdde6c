"""Every shape of Telegram Desktop export, choosing a chat, and the streamed reader's edges."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import ChatChoiceError, EmptyInputError, InputError, UnmaskError
from unmask.ingest import ImportOptions, ImportReport, jsonstream, read_table
from unmask.ingest.registry import detect
from unmask.ingest.telegram import catalogue

DATA = Path(__file__).parent / "data" / "telegram"


def rows(path: Path, report: ImportReport | None = None, **options: Any) -> list[dict[str, Any]]:
    return read_table(path, ImportOptions(**options), report).to_pylist()


def test_minimal_file_with_only_unixtime_is_read_in_utc() -> None:
    path = DATA / "minimal_unixtime.json"
    assert detect(path).name == "telegram"
    report = ImportReport(source=str(path))
    table = rows(path, report)
    assert [(r["timestamp"], r["sender"], r["text"], r["kind"]) for r in table] == [
        ("2023-11-14T22:13:20", "Ana", "are you home yet?", "text"),
        ("2023-11-14T22:20:20", "Tomás", "almost, ten minutes 🚲", "text"),
        ("2023-11-14T22:21:40", "Ana", "", "media"),
    ]
    assert {r["utc_offset"] for r in table} == {0}
    assert table[1]["reply_to"] == "telegram-0:3001"
    assert any("date_unixtime" in note and "UTC" in note for note in report.notes)


def test_account_with_several_personal_chats_lists_them() -> None:
    with pytest.raises(ChatChoiceError) as caught:
        rows(DATA / "account_two_personal.json")
    message = str(caught.value)
    assert "[E105]" in message and "--chat" in message
    assert '"Mei Lin" (id 5120394477, 3 messages)' in message and '"Mum"' in message
    assert "bins" not in message  # names and counts, never message text
    assert message.index("Mei Lin") < message.index("Mum")  # the most active first


@pytest.mark.parametrize("chosen", ["Mei Lin", "mei lin", "5120394477", "telegram-5120394477"])
def test_chat_chosen_by_name_or_id(chosen: str) -> None:
    report = ImportReport(source="account")
    table = rows(DATA / "account_two_personal.json", report, chat=chosen)
    assert [r["message_id"] for r in table] == [
        "telegram-5120394477:901",
        "telegram-5120394477:902",
        "telegram-5120394477:903",
    ]
    assert table[1]["reply_to"] == "telegram-5120394477:901"
    assert report.conversations == 1


def test_a_left_chat_can_be_chosen() -> None:
    table = rows(DATA / "account_two_personal.json", chat="Flat 3B")
    assert [(r["conversation_id"], r["text"]) for r in table] == [("telegram-99001", "bye all")]


def test_an_unknown_chat_name_lists_the_personal_chats() -> None:
    with pytest.raises(ChatChoiceError, match=r"no chat named 'Anna'.*Mei Lin.*Mum"):
        rows(DATA / "account_two_personal.json", chat="Anna")


def test_one_personal_chat_reads_every_chat_as_before() -> None:
    table = rows(DATA / "full_account.json")
    assert len({r["conversation_id"] for r in table}) == 2


def test_chat_option_is_ignored_for_a_single_chat_export() -> None:
    assert len(rows(DATA / "result.json", chat="someone else")) == 10


def test_catalogue_counts_messages_per_chat() -> None:
    chats = catalogue(DATA / "account_two_personal.json")
    assert [(c.name, c.ident, c.messages, c.section) for c in chats] == [
        ("", "884201734", 1, "chats"),
        ("Mei Lin", "5120394477", 3, "chats"),
        ("Mum", "3304411", 1, "chats"),
        ("Climbing Fridays", "772013", 1, "chats"),
        ("Flat 3B", "99001", 1, "left_chats"),
    ]


def test_bom_and_pretty_printing_do_not_matter(tmp_path: Path) -> None:
    doc = json.loads((DATA / "result.json").read_text(encoding="utf-8"))
    path = tmp_path / "result.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode())
    assert rows(path) == rows(DATA / "result.json")


def test_values_longer_than_the_window_are_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tiny window forces every message across chunk edges; the table is the same."""
    whole = rows(DATA / "account_two_personal.json", chat="Mei Lin")
    monkeypatch.setattr(jsonstream, "_CHUNK", 7)
    monkeypatch.setattr(jsonstream, "_LOOKAHEAD", 5)
    assert rows(DATA / "account_two_personal.json", chat="Mei Lin") == whole
    assert rows(DATA / "result.json") == read_table(DATA / "result.json").to_pylist()


def test_a_value_over_the_bound_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonstream, "_CHUNK", 64)
    monkeypatch.setattr(jsonstream, "_LOOKAHEAD", 10)
    monkeypatch.setattr(jsonstream, "MAX_VALUE_CHARS", 100)
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"messages": [{"id": 1, "text": "x" * 5000}]}), encoding="utf-8")
    with pytest.raises(InputError, match="over 0 MiB"):
        rows(path, format="telegram")


@pytest.mark.parametrize(
    ("body", "error", "why"),
    [
        (b"   \n", EmptyInputError, "empty"),
        (b'{"messages": [{"id": 1, "date": "2021-01-01T10:00:00"', InputError, "truncated"),
        (b'{"messages": 5}', InputError, "not a Telegram"),
        (b'{"name": "x", "type": "personal_chat"}', InputError, "not a Telegram"),
        (b'"just a string"', InputError, "found another JSON value"),
        (b'{"messages": []} trailing', InputError, "extra data"),
        (b'{"messages": [1, "two", null, {"id": true}]}', EmptyInputError, "no messages"),
    ],
)
def test_bad_input_is_a_one_line_error(
    tmp_path: Path, body: bytes, error: type[Exception], why: str
) -> None:
    from unmask.ingest import import_export

    path = tmp_path / "result.json"
    path.write_bytes(body)
    with pytest.raises(error, match=why) as caught:
        import_export(path, tmp_path / "out.jsonl", ImportOptions(format="telegram"))
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_truncation_names_line_and_column_deep_in_a_large_file(tmp_path: Path) -> None:
    messages = [
        {"id": i, "date": "2021-01-01T10:00:00", "from": "A", "text": f"m{i}"}
        for i in range(40_000)
    ]
    data = json.dumps({"messages": messages}, indent=1).encode()
    path = tmp_path / "result.json"
    path.write_bytes(data[: len(data) - 200])
    with pytest.raises(InputError) as caught:
        rows(path, format="telegram")
    lines = data[: len(data) - 200].count(b"\n")
    assert f"line {lines + 1}," in str(caught.value) or f"line {lines}," in str(caught.value)


# --- property-based: any shape, any split of the file --------------------------------

_texts = st.text(max_size=30)
_entity = st.one_of(_texts, st.builds(lambda t: {"type": "italic", "text": t}, _texts))
_message = st.fixed_dictionaries(
    {"id": st.integers(1, 10**9), "from": st.text(min_size=1, max_size=8)},
    optional={
        "text": st.one_of(_texts, st.lists(_entity, max_size=3)),
        "edited": st.just("2021-01-01T10:00:00"),
    },
)
_dated = st.tuples(_message, st.integers(1_000_000_000, 2_000_000_000), st.booleans())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    chats=st.lists(st.lists(_dated, min_size=1, max_size=6), min_size=1, max_size=3),
    account=st.booleans(),
    indent=st.sampled_from([None, 1, 2]),
)
def test_any_shape_round_trips(
    tmp_path_factory: pytest.TempPathFactory, chats: list[Any], account: bool, indent: Any
) -> None:
    folder = tmp_path_factory.mktemp("tgshape")
    built: list[dict[str, Any]] = []
    for number, chat in enumerate(chats):
        messages = []
        for message, unix, with_date in chat:
            item = dict(message, date_unixtime=str(unix))
            if with_date:  # wall time one hour ahead of UTC
                from datetime import datetime, timedelta

                wall = datetime(1970, 1, 1) + timedelta(seconds=unix + 3600)
                item["date"] = wall.strftime("%Y-%m-%dT%H:%M:%S")
            messages.append(item)
        built.append(
            {"name": f"chat {number}", "type": "private_group", "id": number, "messages": messages}
        )
    doc: Any = {"chats": {"list": built}} if account else built[0]
    expected_chats = built if account else built[:1]
    path = folder / "result.json"
    path.write_text(json.dumps(doc, indent=indent, ensure_ascii=False), encoding="utf-8")
    table = rows(path, format="telegram")
    expected = [
        (f"telegram-{chat['id']}:{m['id']}", m["from"], 60 if "date" in m else 0)
        for chat in expected_chats
        for m in chat["messages"]
    ]
    assert [(r["message_id"], r["sender"], r["utc_offset"]) for r in table] == expected


@settings(max_examples=80, deadline=None)
@given(data=st.binary(max_size=300), prefix=st.sampled_from([b"", b'{"messages": [', b'{"chats":']))
def test_arbitrary_bytes_raise_only_project_errors(data: bytes, prefix: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "result.json"
        path.write_bytes(prefix + data)
        with contextlib.suppress(UnmaskError):
            rows(path, format="telegram")


def test_a_zipped_export_folder_is_read_in_place(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "ChatExport_2023-03-27.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(DATA / "result.json", "ChatExport_2023-03-27/result.json")
        archive.writestr("ChatExport_2023-03-27/photos/photo_1.jpg", b"\xff\xd8")
    assert detect(path).name == "telegram"
    assert rows(path) == rows(DATA / "result.json")
    empty = tmp_path / "other.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("notes.json", "{}")
    with pytest.raises(InputError, match="without result.json"):
        rows(empty, format="telegram")
