"""Writing the report: refusal of existing folders, what is written, schema, redaction."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analysis.builders import build, run
from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.errors import OutputExistsError, UnmaskError
from unmask.report.writer import (
    load_schema,
    messages_table,
    prepare,
    validate_report,
    write_report,
)

DAY = 24 * 60


def _rows() -> list[tuple]:
    rows: list[tuple] = []
    for d in range(0, 200, 2):
        t = d * DAY
        rows += [
            (
                "Ann Lee",
                t,
                "I've been anxious since the call with mum, call me 07700 900123",
                ("disclosure.emotional",),
            ),
            (
                "Ben",
                t + 4,
                "I'm sorry Ann, that sounds heavy. want to talk tonight?",
                ("responsiveness", "inner_question"),
            ),
            (
                "Ben",
                t + 60,
                "sent you 45.50 for groceries, see https://pay.example/x",
                ("transactional",),
            ),
            ("Ann Lee", t + 61, "ok", ("appeasement",)),
        ]
    return rows


def test_report_files_written_and_schema_valid(tmp_path: Path) -> None:
    paths = write_report(run(_rows()), tmp_path / "out", html=False)
    report = json.loads(paths.json.read_text(encoding="utf-8"))
    validate_report(report)
    assert report["schema_version"] == load_schema()["properties"]["schema_version"]["const"]
    assert report["parameters"]["session_gap_minutes"] == 180
    assert set(report["timings"]) >= {"import", "score", "dyad", "profile", "write"}
    table = pq.read_table(paths.parquet)
    assert table.num_rows == 400
    assert "score.disclosure.emotional" in table.column_names
    assert table.column("score.disclosure.emotional")[0].as_py() == 0.9
    assert table.column("session").to_pylist()[:4] == [0, 0, 0, 0]


def test_parquet_encoded_beside_the_page_is_what_write_table_writes(tmp_path: Path) -> None:
    # messages.parquet is encoded in memory on a thread while the page is rendered: the
    # file holds exactly the bytes pq.write_table writes straight to a file
    analysis = run(_rows())
    paths = write_report(analysis, tmp_path / "out")
    pq.write_table(messages_table(analysis), tmp_path / "direct.parquet", compression="zstd")
    assert paths.parquet.read_bytes() == (tmp_path / "direct.parquet").read_bytes()
    assert pq.read_table(paths.parquet).num_rows == 400


def test_parquet_encoded_ahead_is_the_same_file_and_only_where_it_fits(tmp_path: Path) -> None:
    # `unmask analyze` encodes messages.parquet on a thread while the dyad and profile
    # stages run (analyze(parquet_ahead=True)); the report writes the same bytes, and a
    # redacted report, or an analysis holding other scores, encodes its own
    table, scores = build(_rows())

    def analysis(ahead: bool) -> Analysis:
        options = AnalyzeOptions(bootstrap_resamples=50)
        return analyze("chat.txt", table=table, scores=scores, options=options, parquet_ahead=ahead)

    plain, early = analysis(False), analysis(True)
    assert plain.parquet_ahead is None and early.parquet_ahead is not None
    for redact in (False, True):
        files = [
            write_report(a, tmp_path / f"{name}-{redact}", redact=redact, html=False).parquet
            for name, a in (("plain", plain), ("early", early))
        ]
        assert files[0].read_bytes() == files[1].read_bytes()
    assert early.parquet_ahead.encoded(early, redact=False) is not None
    assert early.parquet_ahead.encoded(early, redact=True) is None
    other = dataclasses.replace(early, scores=dataclasses.replace(scores, lang=["zh"] * 400))
    assert early.parquet_ahead.encoded(other, redact=False) is None
    written = write_report(other, tmp_path / "other", html=False).parquet
    assert set(pq.read_table(written).column("lang").to_pylist()) == {"zh"}


def test_prepare_warms_up_without_changing_what_is_written(tmp_path: Path) -> None:
    # analyze() runs prepare() while the scoring child finishes; the files are the same
    import sys

    from unmask.report.html import environment

    analysis = run(_rows())
    before = write_report(analysis, tmp_path / "before")
    prepare()
    assert "unmask.report.document" in sys.modules
    assert environment().cache is not None and len(environment().cache) >= 1
    after = write_report(analysis, tmp_path / "after")
    for name in ("report.html", "messages.parquet"):
        assert (tmp_path / "before" / name).read_bytes() == (tmp_path / "after" / name).read_bytes()
    one, two = (json.loads(p.json.read_text(encoding="utf-8")) for p in (before, after))
    one.pop("timings"), two.pop("timings")
    assert one == two


def test_prepare_loads_every_template_and_string_file_the_page_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # h-speed54: what writing a report reads on first use is read by prepare(), beside the
    # scoring child: after it, writing reports in either language loads no template and
    # reads no strings file
    from unmask.lang import strings as lang_strings
    from unmask.report import i18n
    from unmask.report.html import environment

    analysis = run(_rows())
    prepare()
    loader = environment().loader
    assert loader is not None
    sources: list[str] = []
    get_source = loader.get_source

    def counted(env: object, name: str) -> object:
        sources.append(name)
        return get_source(env, name)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "get_source", counted)
    misses = (i18n.load.cache_info().misses, lang_strings.strings.cache_info().misses)
    for lang in ("en", "zh"):
        written = write_report(analysis, tmp_path / lang, lang=lang)
        assert written.html is not None and written.html.stat().st_size > 10_000
    assert sources == []
    assert (i18n.load.cache_info().misses, lang_strings.strings.cache_info().misses) == misses


def test_existing_folder_is_refused_and_force_touches_only_report_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    analysis = run(_rows())
    with pytest.raises(OutputExistsError, match="--force"):
        write_report(analysis, out, html=False)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    write_report(analysis, out, force=True, html=False)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "report.json").is_file()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_output_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        write_report(run(_rows()), target, force=True, html=False)


def test_redact_replaces_names_numbers_and_links_in_examples(tmp_path: Path) -> None:
    report = write_report(run(_rows()), tmp_path / "out", redact=True, html=False).report
    texts = json.dumps(report["examples"], ensure_ascii=False)
    assert "Ann" not in texts and "07700" not in texts and "45.50" not in texts
    assert "https://" not in texts
    assert "[name]" in texts and "[number]" in texts and "[link]" in texts
    assert all("Ann" not in p["name"] for p in report["partners"])


def test_zh_report_has_chinese_statements() -> None:
    report = run(_rows()).report(lang="zh")
    validate_report(report)
    assert any("倾诉" in s["text"] for s in report["statements"])


def test_schema_rejects_a_broken_report() -> None:
    report = run(_rows()).report()
    del report["profile"]["depth"]
    with pytest.raises(UnmaskError, match="profile"):
        validate_report(report)


def test_a_broken_report_or_parquet_writes_nothing_and_the_schema_error_comes_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The schema check runs on a thread while messages.parquet is encoded: its error is
    still raised before the encoder's, and neither leaves a file behind."""
    from unmask.report import writer

    analysis = run(_rows())
    good = analysis.report()
    broken = json.loads(json.dumps(good))
    del broken["profile"]["depth"]

    def fail(table: object) -> object:
        raise RuntimeError("encoder broke")

    monkeypatch.setattr(writer, "_parquet", fail)
    monkeypatch.setattr(Analysis, "report", lambda self, **kw: json.loads(json.dumps(broken)))
    with pytest.raises(UnmaskError, match="profile"):
        write_report(analysis, tmp_path / "a", html=False)
    assert not (tmp_path / "a").exists()
    monkeypatch.setattr(Analysis, "report", lambda self, **kw: json.loads(json.dumps(good)))
    with pytest.raises(RuntimeError, match="encoder broke"):
        write_report(analysis, tmp_path / "b", html=False)
    assert not (tmp_path / "b").exists()


def test_scoring_progress_reports_every_message_once() -> None:
    """The progress bar of `unmask analyze` reaches exactly the number of messages."""
    from unmask.analyze import AnalyzeOptions, analyze
    from unmask.samples import sample_path

    calls: list[tuple[int, int]] = []
    options = AnalyzeOptions(
        model=False, bootstrap_resamples=50, on_score_progress=lambda d, t: calls.append((d, t))
    )
    result = analyze(sample_path("close_en"), options=options)
    total = result.table.num_rows
    assert calls and all(t == total for _, t in calls)
    assert sum(d for d, _ in calls) == total
