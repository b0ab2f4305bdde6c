"""``--redact``: report.json, report.html and messages.parquet name no one.

A redacted report is meant to be shown to a counsellor or pasted into a bug
report, so nothing that identifies the partners may survive anywhere in it:
not their names (full or first), not the file name (WhatsApp names the export
after the contact), not a phone number, email or link written in a message.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from analysis.builders import build
from unmask.analyze import AnalyzeOptions, analyze
from unmask.cli.main import app
from unmask.report.writer import write_report
from unmask.samples import sample_path

STEM = "WhatsApp Chat with Alex Morgan"
#: the drifting sample's senders, renamed to full names (first names must go too)
RENAMED = {"Chloe": "Alex Morgan", "Ben": "Sam Okafor"}
NAME_PARTS = ("Alex", "Morgan", "Sam", "Okafor")


def _leaks(text: str, needles: tuple[str, ...]) -> list[str]:
    return [n for n in needles if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I)]


def _renamed_sample(tmp_path: Path) -> Path:
    text = sample_path("drifting_en").read_text(encoding="utf-8")
    for old, new in RENAMED.items():
        text = re.sub(rf"\b{old}\b", new, text)
    path = tmp_path / f"{STEM}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_redacted_sample_report_names_no_one_anywhere(tmp_path: Path) -> None:
    export = _renamed_sample(tmp_path)
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app, ["analyze", str(export), "-o", str(out), "--redact", "--no-model", "--i-have-consent"]
    )
    assert result.exit_code == 0, result.output
    needles = (*NAME_PARTS, STEM, export.name)
    for name in ("report.json", "report.html"):
        written = (out / name).read_text(encoding="utf-8")
        assert _leaks(written, needles) == [], name
    assert _leaks(result.output, needles) == []  # the terminal summary too
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["parameters"]["redacted"] is True
    assert report["source"]["file_name"] == "[file]"
    assert sorted(s["name"] for s in report["source"]["senders"]) == ["[name] A", "[name] B"]
    assert sum(s["messages"] for s in report["source"]["senders"]) > 4000  # counts are kept
    table = pq.read_table(out / "messages.parquet")
    for column in ("sender", "text", "conversation_id", "message_id", "reply_to"):
        values = "\n".join(str(v) for v in table.column(column).to_pylist())
        assert _leaks(values, (*NAME_PARTS, "alex", "morgan")) == [], column
    assert set(table.column("sender").to_pylist()) <= {"[name] A", "[name] B", None}
    assert "score.disclosure.emotional" in table.column_names


def test_unredacted_parquet_keeps_the_full_text(tmp_path: Path) -> None:
    export = _renamed_sample(tmp_path)
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app, ["analyze", str(export), "-o", str(out), "--no-model", "--i-have-consent"]
    )
    assert result.exit_code == 0, result.output
    senders = set(pq.read_table(out / "messages.parquet").column("sender").to_pylist())
    assert {"Alex Morgan", "Sam Okafor"} <= senders
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["source"]["file_name"] == export.name


PRIVATE = (
    "+44 7700 900123",
    "sam.okafor@example.com",
    "https://pay.example.org/r/991",
    "221 Baker Street",
)
SECRET = (
    "call Sam or Mum Okafor on +44 7700 900123, sam.okafor@example.com, "
    "https://pay.example.org/r/991, at 221 Baker Street"
)


def _private_rows() -> list[tuple]:
    """Three senders (a mother in the chat); every message names people and contacts."""
    rows: list[tuple] = []
    for d in range(0, 120):
        t = d * 24 * 60
        rows += [
            (
                "Alex Morgan",
                t,
                f"I feel so alone lately, {SECRET}",
                ("disclosure.emotional", "bid"),
            ),
            ("Sam Okafor", t + 3, f"ok. {SECRET}", ("logistics",)),
            ("Sam Okafor", t + 90, f"I'm scared about work, {SECRET}", ("disclosure.vulnerable",)),
            (
                "Alex Morgan",
                t + 95,
                f"that sounds hard, love you. {SECRET}",
                ("responsiveness", "affection", "transactional"),
            ),
            ("Mum Okafor", t + 200, f"dinner sunday? {SECRET}", ("logistics",)),
        ]
    return rows


def test_redaction_covers_third_senders_numbers_emails_links_and_limits(tmp_path: Path) -> None:
    table, scores = build(_private_rows())
    analysis = analyze(
        tmp_path / f"{STEM}.txt",
        partners="Alex Morgan,Sam Okafor",
        table=table,
        scores=scores,
        options=AnalyzeOptions(bootstrap_resamples=50),
    )
    paths = write_report(analysis, tmp_path / "out", redact=True)
    assert paths.html is not None
    report = paths.report
    assert any(report["examples"].values())
    assert "[name] C" in {s["name"] for s in report["source"]["senders"]}  # Mum, unnamed
    for path in (paths.json, paths.html):
        written = path.read_text(encoding="utf-8")
        assert (
            _leaks(
                written,
                (*NAME_PARTS, "Mum", STEM, *PRIVATE, "7700", "900123", "example.com", "Baker"),
            )
            == []
        ), path.name


def test_limit_sentences_use_the_shown_names() -> None:
    rows = [
        ("Alex Morgan", d * 24 * 60 + i, "are you there?", ()) for d in range(100) for i in range(4)
    ]
    rows += [("Sam Okafor", 5, "yes", ())]
    table, scores = build(rows)
    analysis = analyze(
        f"{STEM}.txt", table=table, scores=scores, options=AnalyzeOptions(bootstrap_resamples=20)
    )
    plain = analysis.report()
    redacted = analysis.report(redact=True)
    silent = [c["text"] for c in plain["limits"]["cannot_tell"] if c["code"] == "silent_partner"]
    assert silent and "Sam Okafor" in silent[0]  # the real name when not redacting
    texts = json.dumps([redacted["limits"], redacted["statements"]], ensure_ascii=False)
    assert "Sam" not in texts and "Okafor" not in texts
    assert "[name] B wrote 1 text message(s)" in texts


def test_names_handles_and_streets_inside_messages_are_redacted(tmp_path: Path) -> None:
    """Issue 12: a name only mentioned (never a sender), an @handle and a street name
    without a house number must not survive in report.json or messages.parquet."""
    text = sample_path("drifting_en").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    header = lines[5].split(": ", 1)[0]
    extra = [
        f"{header}: I had lunch with Priyanka today, she says hi\n",
        f"{header}: Priyanka moved to Baker Street last month\n",
        f"{header}: her new account is @priya_k.art\n",
        f"{header}: Priyanka and I might visit Quentin soon\n",
    ]
    path = tmp_path / "chat.txt"
    path.write_text("".join(lines[:6] + extra + lines[6:]), encoding="utf-8")
    out = tmp_path / "out"
    analysis = analyze(path, options=AnalyzeOptions(model=False))
    write_report(analysis, out, redact=True, html=False)
    written = (out / "report.json").read_text(encoding="utf-8")
    texts = "\n".join(t or "" for t in pq.read_table(out / "messages.parquet")["text"].to_pylist())
    for needle in ("Priyanka", "Quentin", "Baker Street", "@priya_k", "priya_k"):
        assert needle not in written and needle not in texts, needle
    assert "[handle]" in texts and "[address]" in texts
