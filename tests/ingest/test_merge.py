"""One couple, several exports: partners matched across apps, overlaps kept once, one timeline."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from unmask.cli.main import app
from unmask.errors import PartnerError
from unmask.ingest import ImportReport, read_table
from unmask.ingest.merge import (
    DUPLICATE_SECONDS,
    PartnerNames,
    match_partners,
    merge_exports,
    merge_tables,
    parse_partner_aliases,
)
from unmask.model import ARROW_SCHEMA

DATA = Path(__file__).parent / "data" / "merge"
WA = DATA / "whatsapp_ann_bo.txt"
TG = DATA / "result.json"
NAMES = "Ann=Ann,Anna;Bo=Bo,Bo Chen"


def test_partner_aliases_are_parsed() -> None:
    names = parse_partner_aliases(" Ann = Ann, Anna ; Bo=Bo Chen ")
    assert names == PartnerNames("Ann", ("Ann", "Ann", "Anna"), "Bo", ("Bo", "Bo Chen"))
    assert parse_partner_aliases("Ann,Bo") is None
    with pytest.raises(PartnerError, match="A=NAME"):
        parse_partner_aliases("Ann=Ann")
    with pytest.raises(PartnerError, match="both partners"):
        parse_partner_aliases("A=Sam;B=Sam")


def test_two_apps_merge_into_one_timeline_without_the_overlap() -> None:
    report = ImportReport(source="both")
    table = merge_exports([WA, TG], names=parse_partner_aliases(NAMES), report=report)
    rows = [(r["timestamp"], r["sender"], r["text"]) for r in table.to_pylist()]
    assert rows == [
        ("2024-01-12T08:02:00", "Ann", "morning! did you sleep?"),
        ("2024-01-12T08:05:00", "Bo", "barely, the neighbours again"),
        ("2024-01-12T08:06:00", "Ann", "oh no 😕 want to talk tonight?"),
        ("2024-01-12T21:40:00", "Bo", "yes please"),
        ("2024-01-12T21:41:00", "Ann", "calling you in five"),
        ("2024-01-12T23:10:00", "Bo", "thank you for listening, I feel lighter"),
        ("2024-01-13T07:55:00", "Ann", "I'll get the coffee"),
    ]
    assert report.format == "whatsapp+telegram"
    assert report.conversations == 2
    assert any("2 message(s) held by two exports" in note for note in report.notes)
    assert table.schema == ARROW_SCHEMA


def test_without_names_it_asks_who_is_who() -> None:
    questions: list[tuple[str, str, list[str]]] = []

    def ask(export: str, partner: str, names: list[str]) -> str:
        questions.append((Path(export).name, partner, sorted(names)))
        return "Anna" if partner == "Ann" else "Bo Chen"

    table = merge_exports([WA, TG], ask=ask)
    assert questions == [("result.json", "Ann", ["Anna", "Bo Chen"])]
    assert set(table.column("sender").to_pylist()) == {"Ann", "Bo"}
    assert table.num_rows == 7


def test_without_names_and_no_terminal_says_how_to_name_them() -> None:
    with pytest.raises(PartnerError, match='--partners "Ann=NAME,NAME;Bo=NAME,NAME"'):
        merge_exports([WA, TG])


def test_same_names_need_no_question(tmp_path: Path) -> None:
    doc = json.loads(TG.read_text(encoding="utf-8"))
    for message in doc["messages"]:
        message["from"] = {"Anna": "Ann", "Bo Chen": "Bo"}[message["from"]]
    same = tmp_path / "result.json"
    same.write_text(json.dumps(doc), encoding="utf-8")
    tables = [("wa", read_table(WA)), ("tg", read_table(same))]
    assert match_partners(tables, ask=None) is None
    assert merge_exports([WA, same]).num_rows == 7


def test_the_same_export_twice_is_kept_once_and_repeats_within_one_export_stay(
    tmp_path: Path,
) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "12/01/2024, 08:02 - Ann: ok\n12/01/2024, 08:02 - Ann: ok\n12/01/2024, 08:03 - Bo: ok\n",
        encoding="utf-8",
    )
    table = merge_exports([chat, chat])
    assert table.num_rows == 3  # Ann's two "ok" are two messages of one export
    assert len(set(table.column("message_id").to_pylist())) == 3


def _table(rows: list[tuple[str, str, str]], conversation: str) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "conversation_id": conversation,
                "message_id": f"{conversation}:{n}",
                "timestamp": ts,
                "sender": sender,
                "text": text,
                "kind": "text",
                "platform": "generic",
                "reply_to": None,
                "utc_offset": None,
                "edited": False,
            }
            for n, (ts, sender, text) in enumerate(rows)
        ],
        schema=ARROW_SCHEMA,
    )


def test_colliding_conversation_ids_are_made_unique() -> None:
    one = _table([("2024-01-01T10:00:00", "A", "x")], "chat")
    two = _table([("2024-01-01T09:00:00", "B", "y")], "chat")
    merged, dropped = merge_tables([one, two])
    assert dropped == 0
    assert merged.column("message_id").to_pylist() == ["2/chat:0", "chat:0"]


_stamps = st.integers(0, 4000).map(
    lambda s: f"2024-01-01T{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"
)
_rows = st.lists(
    st.tuples(_stamps, st.sampled_from(["A", "B"]), st.sampled_from(["hi", "ok"])), max_size=12
)


@settings(max_examples=80, deadline=None)
@given(first=_rows, second=_rows)
def test_merge_properties(
    first: list[tuple[str, str, str]], second: list[tuple[str, str, str]]
) -> None:
    one, two = _table(sorted(first), "one"), _table(sorted(second), "two")
    merged, dropped = merge_tables([one, two])
    stamps = merged.column("timestamp").to_pylist()
    assert stamps == sorted(stamps)
    assert merged.num_rows + dropped == len(first) + len(second)
    from collections import Counter
    from datetime import datetime

    given_rows = Counter([(*r, "one") for r in first] + [(*r, "two") for r in second])
    kept = Counter(
        (r["timestamp"], r["sender"], r["text"], r["conversation_id"]) for r in merged.to_pylist()
    )
    gone = given_rows - kept
    assert sum(gone.values()) == dropped
    for ts, sender, text, conversation in gone:  # each has a twin in the other export
        other = second if conversation == "one" else first
        t = datetime.fromisoformat(ts)
        assert any(
            (o[1], o[2]) == (sender, text)
            and abs((datetime.fromisoformat(o[0]) - t).total_seconds()) <= DUPLICATE_SECONDS
            for o in other
        )
    for conversation, rows in (("one", first), ("two", second)):  # repeats within one stay
        if not other_has_twin(rows, second if conversation == "one" else first):
            assert sum(n for r, n in kept.items() if r[3] == conversation) == len(rows)


def other_has_twin(rows: list[tuple[str, str, str]], other: list[tuple[str, str, str]]) -> bool:
    return any((r[1], r[2]) == (o[1], o[2]) for r in rows for o in other)


def test_analyze_takes_several_exports(tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app,
        ["analyze", str(WA), str(TG), "-o", str(out), "--partners", NAMES]
        + ["--i-have-consent", "--no-model"],
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["source"]["format"] == "whatsapp+telegram"
    assert report["source"]["messages"] == 7
    assert {s["name"] for s in report["source"]["senders"]} == {"Ann", "Bo"}


def test_analyze_with_several_exports_and_no_names_explains(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["analyze", str(WA), str(TG), "-o", str(tmp_path / "r"), "--i-have-consent"]
    )
    assert result.exit_code == 2
    assert "--partners" in result.output and "Traceback" not in result.output


def test_analyze_has_the_input_options(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("hello there\nnothing here\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["analyze", str(junk), "-o", str(tmp_path / "r"), "--i-have-consent"]
    )
    assert "--format NAME" in result.output
    forced = CliRunner().invoke(
        app,
        ["analyze", str(junk), "-o", str(tmp_path / "r2"), "--i-have-consent", "--format", "csv"],
    )
    assert "no such option" not in forced.output.lower()


def test_analyze_asks_on_a_terminal_who_is_who(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unmask.cli import analyze_cmd

    monkeypatch.setattr(analyze_cmd, "is_interactive", lambda: True)
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app,
        ["analyze", str(WA), str(TG), "-o", str(out), "--i-have-consent", "--no-model"],
        input="Anna\n",
    )
    assert result.exit_code == 0, result.output
    assert "Which of them is Ann?" in result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {s["name"] for s in report["source"]["senders"]} == {"Ann", "Bo"}
    assert report["source"]["messages"] == 7
