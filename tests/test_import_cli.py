"""`unmask import`: summary, --force, options, errors without tracebacks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from unmask.cli import import_cmd
from unmask.cli.main import app
from unmask.ingest import ImportReport, ImportSummary, read_table

DATA = Path(__file__).parent / "ingest" / "data"
TELEGRAM = DATA / "telegram" / "result.json"


def invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["import", *map(str, args)])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_telegram_import_prints_the_summary(tmp_path: Path) -> None:
    out = tmp_path / "chat.parquet"
    code, output = invoke(TELEGRAM, "-o", out)
    assert code == 0, output
    assert "Imported 10 messages from telegram" in output
    assert "Mei Lin" in output and "Jonas 🌿" in output
    assert "2023-03-25 22:58:41 to 2023-03-26 21:09:45" in output
    for kind in ("text", "media", "sticker", "call", "system", "other"):
        assert kind in output
    assert "Sunday" not in output  # never message text
    assert read_table(out).num_rows == 10


def test_existing_output_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "chat.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    code, output = invoke(TELEGRAM, "-o", out)
    assert code == 2 and "--force" in output and "[E202]" in output
    assert out.read_text(encoding="utf-8") == "keep me\n"
    code, output = invoke(TELEGRAM, "-o", out, "--force")
    assert code == 0, output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 10


def test_unknown_format_error_text(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("just some private thoughts\nnothing like a chat\n", encoding="utf-8")
    code, output = invoke(notes, "-o", tmp_path / "x.jsonl")
    assert code == 2
    assert "[E101]" in output and "--format NAME" in output
    assert "whatsapp, telegram, " in output and "jsonl" in output
    assert "private thoughts" not in output
    assert not (tmp_path / "x.jsonl").exists()


def test_bad_input_gives_one_clean_line(tmp_path: Path) -> None:
    broken = tmp_path / "result.json"
    broken.write_bytes(TELEGRAM.read_bytes()[:700])
    code, output = invoke(broken, "-o", tmp_path / "x.jsonl")
    assert code == 2 and "line" in output and "column" in output
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    code, output = invoke(binary, "-o", tmp_path / "y.jsonl", "--format", "whatsapp")
    assert code == 2 and "binary" in output
    code, output = invoke(TELEGRAM, "-o", tmp_path / "x.txt")
    assert code == 2 and "OUT.jsonl or OUT.parquet" in output
    assert list(tmp_path.glob("*.jsonl")) == []


def test_csv_mapping_options(tmp_path: Path) -> None:
    out = tmp_path / "semi.jsonl"
    code, output = invoke(
        DATA / "generic" / "semicolon.csv",
        "-o",
        out,
        "--format",
        "csv",
        "--text-col",
        "Nachricht",
        "--time-col",
        "Zeit",
        "--time-format",
        "%d.%m.%Y %H:%M",
    )
    assert code == 0, output
    assert "Robin" in output and "Sam" in output
    assert read_table(out).column("text").to_pylist() == ["Guten Morgen", "Hast du; das Ticket?"]


def test_whatsapp_zip_import(tmp_path: Path) -> None:
    archive = tmp_path / "WhatsApp Chat with Sam.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(DATA / "generic" / "whatsapp_android.txt", "WhatsApp Chat with Sam.txt")
        zf.writestr("IMG-20210313-WA0001.jpg", b"\xff\xd8\xff" + bytes(64))
    out = tmp_path / "wa.jsonl"
    code, output = invoke(archive, "-o", out)
    assert code == 0, output
    assert "from whatsapp" in output and "Sam 😊" in output and "Alex" in output
    assert read_table(out).num_rows == 4


def test_progress_bar_does_not_break_the_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_cmd, "PROGRESS_MIN_BYTES", 0)
    for source in (
        TELEGRAM,
        DATA / "generic" / "messages.csv",
        DATA / "generic" / "whatsapp_android.txt",
    ):
        out = tmp_path / f"{source.stem}.jsonl"
        code, output = invoke(source, "-o", out)
        assert code == 0, output
        assert out.exists()


def test_summary_warns_about_ambiguous_date_order(capsys: pytest.CaptureFixture[str]) -> None:
    report = ImportReport(
        source="chat.txt",
        format="whatsapp",
        platform="whatsapp",
        date_order="dmy",
        date_order_ambiguous=True,
        unreadable_lines=2,
        impossible_dates=1,
    )
    summary = ImportSummary(
        report=report,
        messages=3,
        participants={"[bold]Ann[/]": 2, "Bo": 1},
        first_timestamp="2021-03-04T10:00:00",
        last_timestamp="2021-03-05T11:00:00",
        kinds={"text": 3},
        conversations=1,
        output=Path("out.jsonl"),
    )
    import_cmd.print_summary(summary)
    output = capsys.readouterr().out
    assert "day/month/year" in output and "--date-order mdy|ymd" in output
    assert "[bold]Ann[/]" in output  # names are shown literally, not as markup
    assert "could not read: 2" in output and "impossible date" in output


def test_account_export_lists_chats_and_chat_chooses(tmp_path: Path) -> None:
    account = DATA / "telegram" / "account_two_personal.json"
    code, output = invoke(account, "-o", tmp_path / "x.jsonl")
    assert code == 2 and "[E105]" in output and '"Mum" (id 3304411, 1 message)' in output
    assert not (tmp_path / "x.jsonl").exists()
    code, output = invoke(account, "-o", tmp_path / "x.jsonl", "--chat", "Mei Lin")
    assert code == 0, output
    assert "Imported 3 messages from telegram" in output


def test_messenger_folder_summary_says_what_was_left_out(tmp_path: Path) -> None:
    thread = DATA / "messenger" / "messages" / "inbox" / "mateogarcia_1234567890"
    code, output = invoke(thread, "-o", tmp_path / "fb.parquet")
    assert code == 0, output
    assert "Imported 13 messages from messenger" in output
    assert "reaction(s) were left out" in output and "unsent message(s)" in output
