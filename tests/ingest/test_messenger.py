"""Messenger and Instagram "Download your information" JSON: layouts, mojibake, zips, bad input."""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import ChatChoiceError, EncodingError, InputError, UnmaskError
from unmask.ingest import ImportOptions, ImportReport, import_export, read_table
from unmask.ingest.messenger import repair_mojibake
from unmask.ingest.registry import detect

DATA = Path(__file__).parent / "data"
THREAD = DATA / "messenger" / "messages" / "inbox" / "mateogarcia_1234567890"
INSTAGRAM = DATA / "instagram"
IG_THREAD = INSTAGRAM / "your_instagram_activity" / "messages" / "inbox" / "lucia_17845123456789012"


def rows(path: Path, report: ImportReport | None = None, **options: Any) -> list[dict[str, Any]]:
    return read_table(path, ImportOptions(**options), report).to_pylist()


def short(table: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["timestamp"], r["sender"], r["kind"], r["text"]) for r in table]


MESSENGER = [
    ("2024-01-01T09:06:40", "Sofía Núñez", "text", "¿llegaste bien? 😘"),
    ("2024-01-01T09:07:40", "Mateo García", "text", "sí, cansadísimo"),
    ("2024-01-01T09:08:00", "Lukas Brandt", "text", "see you both at the airport"),
    ("2024-01-01T09:08:10", None, "system", "Lukas left the group."),
    ("2024-01-01T09:08:40", "Sofía Núñez", "media", ""),
    ("2024-01-01T10:06:40", "Mateo García", "text", "te extraño… can we talk tonight?"),
    ("2024-01-01T10:07:40", "Sofía Núñez", "deleted", ""),
    ("2024-01-01T10:08:20", "Sofía Núñez", "other", "Sofía sent a link."),
    (
        "2024-01-01T10:08:40",
        "Sofía Núñez",
        "text",
        "this one has a balcony https://example.org/flat-listing-77",
    ),
    ("2024-01-01T10:10:00", "Mateo García", "call", "Sofía called you."),
    ("2024-01-01T10:11:40", "Mateo García", "sticker", ""),
    ("2024-01-01T10:12:30", "Sofía Núñez", "media", ""),
    ("2024-01-01T10:13:20", "Mateo García", "text", "Straße café 中文 ok"),
]
INSTAGRAM_ROWS = [
    ("2024-05-29T16:26:40", "lucía", "text", "good morning ☀️"),
    (
        "2024-05-29T16:27:40",
        "Tom 🌊",
        "text",
        "I had a hard week, honestly. I didn't want to worry you",
    ),
    ("2024-05-29T16:28:10", "lucía", "other", "lucía sent an attachment."),
    ("2024-05-29T16:28:40", "lucía", "text", "thank you for telling me 💛 what happened?"),
    ("2024-05-29T16:30:00", "lucía", "media", ""),
]


def test_messenger_thread_folder_is_read_exactly() -> None:
    report = ImportReport(source=str(THREAD))
    table = rows(THREAD, report)
    assert short(table) == MESSENGER
    assert {r["platform"] for r in table} == {"messenger"}
    assert {r["utc_offset"] for r in table} == {0}
    assert table[0]["message_id"] == "messenger-mateogarcia_1234567890:1"
    assert table[-1]["message_id"] == "messenger-mateogarcia_1234567890:13"
    notes = " | ".join(report.notes)
    for said in ("1 reaction(s) were left out", "1 unsent", "2 photo/video/audio", "2 share(s)"):
        assert said in notes
    assert "garbled" in notes and "no longer participants" in notes


def test_a_thread_goes_through_analyze(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from unmask.cli.main import app

    out = tmp_path / "report"
    result = CliRunner().invoke(
        app,
        ["analyze", str(THREAD), "-o", str(out), "--i-have-consent", "--no-model"]
        + ["--partners", "Sofía Núñez,Mateo García"],
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["source"]["format"] == "messenger" and report["source"]["messages"] == 13


@pytest.mark.parametrize("start", ["file_1", "file_2", "folder", "inbox", "root"])
def test_any_entry_point_reads_the_whole_thread(start: str) -> None:
    path = {
        "file_1": THREAD / "message_1.json",
        "file_2": THREAD / "message_2.json",
        "folder": THREAD,
        "inbox": THREAD.parent,
        "root": DATA / "messenger",
    }[start]
    assert detect(path).name == "messenger"
    assert short(rows(path)) == MESSENGER


def test_newer_instagram_layout_is_read_as_instagram() -> None:
    assert detect(INSTAGRAM).name == "instagram"
    report = ImportReport(source="ig")
    table = rows(INSTAGRAM, report)
    assert short(table) == INSTAGRAM_ROWS
    assert {r["platform"] for r in table} == {"instagram"}
    assert {r["conversation_id"] for r in table} == {"instagram-lucia_17845123456789012"}
    assert any("3 reaction(s)" in note for note in report.notes)


def _download(tmp_path: Path, *threads: tuple[str, Path]) -> Path:
    """A "Download your information" zip holding the given thread folders."""
    path = tmp_path / "facebook-sofia-2024.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("your_facebook_activity/messages/autofill_information.json", "{}")
        for prefix, folder in threads:
            for file in sorted(folder.glob("message_*.json")):
                archive.write(file, f"{prefix}/{folder.name}/{file.name}")
            archive.writestr(f"{prefix}/{folder.name}/photos/123_n.jpg", b"\xff\xd8jpeg")
    return path


def test_a_zip_with_one_thread_is_read_in_place(tmp_path: Path) -> None:
    path = _download(tmp_path, ("your_facebook_activity/messages/inbox", THREAD))
    assert detect(path).name == "messenger"
    assert short(rows(path)) == MESSENGER


def test_a_zip_with_several_threads_lists_them_and_chat_chooses(tmp_path: Path) -> None:
    path = _download(
        tmp_path,
        ("your_facebook_activity/messages/inbox", THREAD),
        ("your_facebook_activity/messages/inbox", IG_THREAD),
    )
    with pytest.raises(ChatChoiceError) as caught:
        rows(path)
    message = str(caught.value)
    assert '"Mateo García" (mateogarcia_1234567890)' in message and "--chat" in message
    assert "extraño" not in message
    assert short(rows(path, chat="Mateo García")) == MESSENGER
    assert len(rows(path, chat="lucia_17845123456789012")) == 5
    with pytest.raises(ChatChoiceError, match="no conversation called 'Ana'"):
        rows(path, chat="Ana")


def test_repair_mojibake_leaves_correct_text_alone() -> None:
    broken = "Sofía 😘 te extraño…".encode().decode("latin-1")
    assert repair_mojibake(broken) == "Sofía 😘 te extraño…"
    for correct in ("café", "plain ascii", "中文 ok", "😘", "Straße", "Ã mixed 中"):
        assert repair_mojibake(correct) == correct


def test_a_correctly_encoded_file_is_not_touched(tmp_path: Path) -> None:
    doc = {
        "participants": [{"name": "Zoë"}, {"name": "Ana"}],
        "messages": [
            {"sender_name": "Ana", "timestamp_ms": 1700000060000, "content": "Ã© is how it looks"},
            {"sender_name": "Zoë", "timestamp_ms": 1700000000000, "content": "café?"},
        ],
        "title": "Zoë",
        "thread_path": "inbox/zoe_1",
    }
    folder = tmp_path / "zoe_1"
    folder.mkdir()
    (folder / "message_1.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert [(r["sender"], r["text"]) for r in rows(folder)] == [
        ("Zoë", "café?"),
        ("Ana", "Ã© is how it looks"),
    ]


def _thread(folder: Path, files: list[list[dict[str, Any]]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number, messages in enumerate(files, start=1):
        doc = {"participants": [{"name": "A"}, {"name": "B"}], "messages": messages}
        (folder / f"message_{number}.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("content", "error", "why"),
    [
        (b"", InputError, "empty"),
        (b'{"participants": [], "messages": [{"sender_name": "A", "timest', InputError, "line 1"),
        (b'{"participants": [], "messages": {}}', InputError, "'messages' list"),
        (b"[1, 2]", InputError, "Messenger/Instagram message file"),
        (b'{"participants": [], "messages": [{"sender_name": "\xff"}]}', EncodingError, "line 1"),
    ],
)
def test_bad_files_are_one_line_errors(
    tmp_path: Path, content: bytes, error: type[Exception], why: str
) -> None:
    folder = tmp_path / "thread_1"
    folder.mkdir()
    (folder / "message_1.json").write_bytes(content)
    with pytest.raises(error, match=why) as caught:
        import_export(folder, tmp_path / "out.jsonl", ImportOptions(format="messenger"))
    assert "\n" not in str(caught.value) and "message_1.json" in str(caught.value)


def test_wrong_types_are_skipped_and_counted(tmp_path: Path) -> None:
    folder = _thread(
        tmp_path / "t",
        [
            [
                {"sender_name": "A", "timestamp_ms": "yesterday", "content": "x"},
                {"sender_name": 5, "timestamp_ms": 1700000000000, "content": "no name"},
                "not an object",
                {"sender_name": "B", "timestamp_ms": 1700000001000, "content": ["list"]},
                {"sender_name": "B", "timestamp_ms": 99999999999999999, "content": "far"},
                {"sender_name": "A", "timestamp_ms": 1700000002000, "content": "fine"},
            ]
        ],
    )
    report = ImportReport(source="t")
    table = rows(folder, report)
    assert [(r["sender"], r["text"]) for r in table] == [(None, "no name"), ("A", "fine")]
    assert report.unreadable_lines == 3
    assert any("empty record" in note for note in report.notes)


def test_a_folder_without_message_files_says_what_to_pass(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    with pytest.raises(InputError, match="message_1.json"):
        rows(tmp_path)


# --- property-based --------------------------------------------------------------------

#: the one ambiguity: correct text that itself reads as mojibake ("Ã©": a UTF-8 lead
#: character then a continuation character) would be repaired; people do not type that
_AMBIGUOUS = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")
_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda t: (
        t.strip() and not t.startswith(("Reacted ", "Liked a message")) and not _AMBIGUOUS.search(t)
    )
)
_messages = st.lists(
    st.tuples(st.sampled_from(["Zoë Ångström", "李雷", "Bo"]), _text, st.integers(0, 10**9)),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(messages=_messages, per_file=st.integers(1, 7), mojibake=st.booleans())
def test_any_split_and_encoding_round_trips(
    tmp_path_factory: pytest.TempPathFactory,
    messages: list[tuple[str, str, int]],
    per_file: int,
    mojibake: bool,
) -> None:
    """Messages cut into files newest first, in Facebook's mojibake or not: same timeline."""
    folder = tmp_path_factory.mktemp("fb") / "thread_9"
    stamped = sorted(
        (
            (1_600_000_000_000 + offset, n, sender, text)
            for n, (sender, text, offset) in enumerate(messages)
        ),
    )
    newest_first = stamped[::-1]

    def enc(text: str) -> str:
        return text.encode("utf-8").decode("latin-1") if mojibake else text

    files = [
        [
            {"sender_name": enc(sender), "timestamp_ms": ms, "content": enc(text)}
            for ms, _n, sender, text in newest_first[i : i + per_file]
        ]
        for i in range(0, len(newest_first), per_file)
    ]
    _thread(folder, files)
    table = rows(folder, format="messenger")
    got = [(r["sender"], r["text"]) for r in table]
    assert sorted(got) == sorted((sender, text) for _ms, _n, sender, text in stamped)
    stamps = [r["timestamp"] for r in table]
    assert stamps == sorted(stamps)
    assert len({r["message_id"] for r in table}) == len(table)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=300), prefix=st.sampled_from([b"", b'{"messages": [', b"{"]))
def test_arbitrary_bytes_raise_only_project_errors(data: bytes, prefix: bytes) -> None:
    with tempfile.TemporaryDirectory() as root:
        folder = Path(root) / "thread_1"
        folder.mkdir()
        (folder / "message_1.json").write_bytes(prefix + data)
        with contextlib.suppress(UnmaskError):
            rows(folder, format="messenger")
