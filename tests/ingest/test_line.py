"""LINE chat history .txt in English, Japanese and Chinese layouts."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import EmptyInputError, InputError
from unmask.ingest import ImportOptions, ImportReport, read_table
from unmask.ingest.line import MEDIA, STICKERS, parse_date_line, parse_time
from unmask.model import Message
from unmask_dev.synth.platforms import line_txt

DATA = Path(__file__).parent / "data" / "line"


def rows(path: Path, report: ImportReport | None = None) -> list[dict[str, Any]]:
    return read_table(path, ImportOptions(format="line"), report).to_pylist()


def test_english_layout_fields_and_kinds() -> None:
    report = ImportReport(source="chat_en.txt")
    table = rows(DATA / "chat_en.txt", report)
    assert table[0] == {
        "conversation_id": "line-mei",
        "message_id": "line-mei:1",
        "timestamp": "2023-05-01T09:14:00",
        "sender": "Mei",
        "text": "Good morning ☀️ did you sleep ok?",
        "kind": "text",
        "platform": "line",
        "reply_to": None,
        "utc_offset": None,
        "edited": False,
    }
    # a message of several lines is wrapped in quotes, inner quotes doubled
    assert table[1]["text"] == ('Not really.\nI kept thinking about what you said\nabout "space".')
    assert [(r["kind"], r["text"]) for r in table[2:3]] == [("sticker", "")]
    assert [r["kind"] for r in table[4:7]] == ["media", "deleted", "call"]
    # 12:05 AM is just after midnight, on the next date line's day
    assert table[7]["timestamp"] == "2023-05-02T00:05:00"
    assert (table[9]["sender"], table[9]["kind"]) == (None, "system")
    assert len(table) == 10 and report.unreadable_lines == 0


def test_japanese_layout() -> None:
    table = rows(DATA / "chat_ja.txt")
    assert table[0]["conversation_id"] == "line-美咲"
    assert [r["sender"] for r in table] == ["美咲", "健二", "美咲", "健二", "健二", "美咲", "健二"]
    assert table[1]["text"] == "あまり眠れなかった。\n昨日の話をずっと考えてた"
    assert [r["kind"] for r in table[2:6]] == ["sticker", "media", "deleted", "call"]
    assert table[-1]["timestamp"] == "2023-05-02T00:05:00"


def test_chinese_layout_with_am_pm_markers() -> None:
    table = rows(DATA / "chat_zh.txt")
    assert [r["timestamp"][11:16] for r in table] == [
        "09:14",
        "09:20",
        "09:21",
        "12:03",
        "12:40",
        "21:02",
        "00:05",
    ]
    assert [r["kind"] for r in table[2:6]] == ["sticker", "media", "deleted", "call"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("09:14", (9, 14)),
        ("9:14 PM", (21, 14)),
        ("12:05 AM", (0, 5)),
        ("12:05 PM", (12, 5)),
        ("午後3:05", (15, 5)),
        ("上午12:05", (0, 5)),
        ("下午09:02", (21, 2)),
        ("25:00", None),
        ("13:00 PM", None),
        ("hello", None),
    ],
)
def test_times(raw: str, expected: tuple[int, int] | None) -> None:
    assert parse_time(raw) == expected


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Mon, 05/01/2023", (2023, 5, 1)),
        ("2023/05/01(月)", (2023, 5, 1)),
        ("2023/05/01（週一）", (2023, 5, 1)),
        ("2023.05.01 Monday", (2023, 5, 1)),
        ("Tue, 02/30/2023", None),
        ("09:14\tMei\t2023/05/01", None),
        ("see you 05/01/2023", None),
    ],
)
def test_date_lines(line: str, day: tuple[int, int, int] | None) -> None:
    parsed = parse_date_line(line)
    assert (None if parsed is None else (parsed.year, parsed.month, parsed.day)) == day


@pytest.mark.parametrize(
    ("content", "error", "match"),
    [
        ("", EmptyInputError, "empty"),
        ("[LINE] Chat history with Mei\nSaved on: 05/10/2023\n\n", InputError, "no LINE date line"),
        ("[LINE] Chat history with Mei\n09:14\tMei\thi\n", InputError, "line 2: a message before"),
        ("just some notes\nabout nothing\n", InputError, "no LINE date line"),
    ],
)
def test_bad_input(tmp_path: Path, content: str, error: type[Exception], match: str) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=match) as caught:
        rows(path)
    assert str(path) in str(caught.value)


def test_truncated_export_keeps_what_is_whole_and_counts_strays(tmp_path: Path) -> None:
    text = (DATA / "chat_en.txt").read_text(encoding="utf-8")
    path = tmp_path / "cut.txt"
    path.write_text(text[: text.index("9:21 AM")] + "9:2", encoding="utf-8")
    report = ImportReport(source=str(path))
    table = rows(path, report)
    assert len(table) == 2 and table[1]["text"].startswith("Not really.")
    assert report.unreadable_lines == 1
    assert "1 record(s) skipped: line outside any message." in report.notes


def test_an_unclosed_quote_does_not_swallow_a_line_that_merely_starts_with_a_quote(
    tmp_path: Path,
) -> None:
    path = tmp_path / "chat.txt"
    path.write_text(
        'Mon, 05/01/2023\n9:14 AM\tMei\t"you" is all I said\n9:15 AM\tKai\tok\n',
        encoding="utf-8",
    )
    assert [r["text"] for r in rows(path)] == ['"you" is all I said', "ok"]


_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\t"
    ),
    min_size=1,
    max_size=30,
).filter(
    # a text that is exactly one of LINE's placeholders ("[相簿]") reads as that media in the
    # export itself: nothing tells them apart, so the writer's round trip leaves them out
    lambda t: t == t.strip() and t not in STICKERS | MEDIA and not t.startswith("☎")
)
_lines = st.lists(_text, min_size=1, max_size=3).map("\n".join)


@st.composite
def conversations(draw: st.DrawFn) -> list[Message]:
    count = draw(st.integers(1, 10))
    moment = datetime(2023, 5, 1, 0, 0)
    out = []
    for n in range(count):
        moment += timedelta(minutes=draw(st.integers(0, 3000)))
        sender = draw(st.sampled_from(["Mei", "Kenji", "美咲"]))
        out.append(Message("c", str(n), moment.isoformat(), sender, draw(_lines)))
    return out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(messages=conversations())
def test_round_trip_from_the_writer(
    tmp_path_factory: pytest.TempPathFactory, messages: list[Message]
) -> None:
    path = tmp_path_factory.mktemp("line") / "[LINE] Chat with Mei.txt"
    line_txt(messages, path)
    table = read_table(path).to_pylist()
    assert [(r["timestamp"], r["sender"], r["text"]) for r in table] == [
        (m.timestamp, m.sender, m.text) for m in messages
    ]


@pytest.mark.parametrize(
    ("written", "text"),
    [
        ('""""', '"'),
        ('"""hi"" she said"', '"hi" she said'),
        ('"""x"', '"x'),
        ('"hi"', '"hi"'),
        ('""', '""'),
        ('"a "b" c"', '"a "b" c"'),
    ],
)
def test_a_one_line_message_is_unwrapped_only_when_it_reads_as_a_wrapper(
    tmp_path: Path, written: str, text: str
) -> None:
    path = tmp_path / "[LINE] Chat with Mei.txt"
    path.write_text(
        "[LINE] Chat history with Mei\nSaved on: 05/10/2023, 21:04\n\n"
        f"Mon, 05/08/2023\n9:01 PM\tMei\t{written}\n9:02 PM\tLeo\tok\n",
        encoding="utf-8",
    )
    rows = read_table(path).to_pylist()
    assert [r["text"] for r in rows] == [text, "ok"]
