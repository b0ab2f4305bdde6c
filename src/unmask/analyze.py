"""The analysis pipeline: import -> score -> dyad -> profile, and writing the report.

``analyze()`` returns an :class:`Analysis` holding every intermediate result
(pure data); ``write_report()`` turns it into report.json (validated against
the schema), messages.parquet and report.html. Each stage is timed; the
parameters and versions that produced the numbers are recorded in the report
so a run can be reproduced.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from unmask.dyad.bids import BidResult, bid_outcomes
from unmask.dyad.columns import DyadColumns, Runs, build_columns, build_runs
from unmask.dyad.monthly import MonthlyTable, monthly_table
from unmask.dyad.partners import Partners, choose_partners, sender_counts
from unmask.dyad.rates import DyadRates, dyad_rates
from unmask.dyad.responses import ResponseResult, answer_kinds, disclosure_responses
from unmask.dyad.safety import SafetyReading, reading_of
from unmask.errors import OutputExistsError, UnmaskError
from unmask.ingest.base import ImportOptions, ImportReport
from unmask.profile.composite import totals_by
from unmask.profile.credit import without_formulas
from unmask.profile.limits import Limits, assess
from unmask.profile.readability import Readability, ReadableShares, readability, shares
from unmask.profile.series import Series, monthly_series
from unmask.profile.trends import MIN_MONTH_DENOMINATOR
from unmask.profile.uncertainty import (
    DEFAULT_RESAMPLES,
    DEFAULT_SEED,
    Bootstrap,
    Change,
    bootstrap_change,
    bootstrap_position,
)
from unmask.sessions import DEFAULT_SESSION_GAP_MINUTES
from unmask.signals.types import ScoreResult

STAGES: tuple[str, ...] = ("import", "score", "dyad", "profile")
#: the "now" position uses the sessions of the last RECENT_MONTHS calendar months
RECENT_MONTHS = 6


@dataclass(frozen=True)
class AnalyzeOptions:
    """Parameters of one analysis (all recorded in report.json)."""

    session_gap_minutes: float = DEFAULT_SESSION_GAP_MINUTES
    model: bool = True
    seed: int = DEFAULT_SEED
    bootstrap_resamples: int = DEFAULT_RESAMPLES
    import_options: ImportOptions | None = None
    #: called with a stage name when it starts (for progress displays)
    on_stage: Callable[[str], None] | None = None
    #: called while scoring with (messages just finished, messages in all), for a progress bar
    on_score_progress: Callable[[int, int], None] | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything one analysis computed; :func:`write_report` serialises it."""

    source: str
    table: pa.Table
    scores: ScoreResult
    import_report: ImportReport
    partners: Partners
    senders: dict[str, int]
    cols: DyadColumns
    runs: Runs
    responses: ResponseResult
    bids: BidResult
    rates: DyadRates
    monthly: MonthlyTable
    partner_totals: np.ndarray
    bootstrap: Bootstrap
    recent_totals: np.ndarray
    recent_bootstrap: Bootstrap
    series: list[Series]
    limits: Limits
    options: AnalyzeOptions
    readable: ReadableShares | None = None
    change: Change | None = None
    timings: dict[str, float] = field(default_factory=dict)
    #: the safety reading (docs/safety.md); its mode decides the report's safety mode
    safety: SafetyReading | None = None

    def report(self, lang: str = "en", redact: bool = False) -> dict[str, Any]:
        """The report.json document (see docs/report-json.md)."""
        from unmask.profile.document import build_report

        return build_report(self, lang=lang, redact=redact)


@dataclass(frozen=True)
class ReportPaths:
    directory: Path
    json: Path
    parquet: Path
    html: Path | None
    #: the report.json document as written
    report: dict[str, Any] = field(default_factory=dict)


def _score(table: pa.Table, options: AnalyzeOptions) -> ScoreResult:
    from unmask.signals import score_table

    # the analysis reads scores only; the evidence of the few example messages the report
    # quotes is not needed, so none is built for the million others
    total = table.num_rows
    report_progress = options.on_score_progress
    result: ScoreResult = score_table(
        table,
        model=options.model,
        session_gap_minutes=options.session_gap_minutes,
        progress=(lambda done: report_progress(done, total)) if report_progress else None,
        evidence=False,
    )
    return result


def _read(source: Path | str, options: AnalyzeOptions) -> tuple[pa.Table, ImportReport]:
    from unmask.ingest import read_table

    report = ImportReport(source=str(source))
    table = read_table(source, options.import_options, report)
    return table, report


def analyze(
    source: Path | str,
    *,
    partners: str | tuple[str, str] | list[str] | None = None,
    me: str | None = None,
    options: AnalyzeOptions | None = None,
    table: pa.Table | None = None,
    scores: ScoreResult | None = None,
) -> Analysis:
    """Import, score and read the conversation between the two partners.

    ``table``/``scores`` may be passed to skip the import or scoring stage
    (tests, corpus mode); ``source`` then only names the data in the report.
    """
    options = options or AnalyzeOptions()
    timings: dict[str, float] = {}

    def stage(name: str) -> float:
        if options.on_stage is not None:
            options.on_stage(name)
        return time.perf_counter()

    t0 = stage("import")
    if table is None:
        table, import_report = _read(source, options)
    else:
        import_report = ImportReport(source=str(source), format="table")
    timings["import"] = time.perf_counter() - t0
    senders = sender_counts(table.column("sender"))
    chosen = choose_partners(senders, partners, me)

    t0 = stage("score")
    if scores is None:
        scores = _score(table, options)
    if len(scores) != table.num_rows:
        raise UnmaskError(
            f"the scores cover {len(scores)} messages but the table has {table.num_rows}; "
            "score the same table you analyse."
        )
    timings["score"] = time.perf_counter() - t0

    t0 = stage("dyad")
    cols = build_columns(table, scores, chosen, options.session_gap_minutes)
    cols, readable = _readable_only(table, scores, cols)
    runs = build_runs(cols)
    # formulaic thanks earn no depth credit (profile/credit.py); the runs follow the flags
    cols = without_formulas(table, cols, runs)
    runs = build_runs(cols)
    kinds = answer_kinds(runs)
    responses = disclosure_responses(runs, kinds)
    bids = bid_outcomes(runs, kinds)
    rates = dyad_rates(cols, runs)
    monthly = monthly_table(cols, runs, responses, bids)
    safety = reading_of(cols.who, cols.time, cols.flags, cols.row, scores.scores)
    timings["dyad"] = time.perf_counter() - t0

    t0 = stage("profile")
    n_sessions = int(cols.session.max()) + 1 if len(cols) else 0
    session_totals = totals_by(
        cols, responses, bids, cols.session, responses.session, bids.session, n_sessions
    )
    first = monthly.first_month
    month_totals = totals_by(
        cols,
        responses,
        bids,
        cols.month - first,
        responses.month - first,
        bids.month - first,
        monthly.months,
    )
    partner_totals = session_totals.sum(axis=0)
    boot = bootstrap_position(session_totals.sum(axis=1), options.bootstrap_resamples, options.seed)
    # the most recent months alone: where the conversation is now, beside the whole history
    session_month = np.zeros(n_sessions, dtype=np.int64)
    session_month[cols.session] = cols.month
    recent = session_month > (int(cols.month.max()) - RECENT_MONTHS if len(cols) else 0)
    recent_totals = session_totals[recent].sum(axis=0)
    recent_boot = bootstrap_position(
        session_totals[recent].sum(axis=1), options.bootstrap_resamples, options.seed + 1
    )
    # the recent months against the whole history, in the same draws (the headline's "changed")
    change = bootstrap_change(
        session_totals.sum(axis=1), recent, options.bootstrap_resamples, options.seed + 2
    )
    series = monthly_series(monthly, month_totals, options.seed)
    days = int((cols.time.max() // 86400) - (cols.time.min() // 86400)) + 1 if len(cols) else 0
    trend_months = int((monthly.text_messages.sum(axis=1) >= MIN_MONTH_DENOMINATOR).sum())
    limits = assess(
        (int(rates.text_messages[0]), int(rates.text_messages[1])),
        monthly.months,
        days,
        trend_months,
        readable,
    )
    timings["profile"] = time.perf_counter() - t0
    return Analysis(
        source=str(source),
        table=table,
        scores=scores,
        import_report=import_report,
        partners=chosen,
        senders=senders,
        cols=cols,
        runs=runs,
        responses=responses,
        bids=bids,
        rates=rates,
        monthly=monthly,
        partner_totals=partner_totals,
        bootstrap=boot,
        recent_totals=recent_totals,
        recent_bootstrap=recent_boot,
        series=series,
        limits=limits,
        options=options,
        timings=timings,
        readable=readable,
        change=change,
        safety=safety,
    )


def _readable_only(
    table: pa.Table, scores: ScoreResult, cols: DyadColumns
) -> tuple[DyadColumns, ReadableShares]:
    """Drop the signals of text messages the signals cannot read (docs/profile.md,
    "What the signals can read") and count readable messages per partner."""
    import pyarrow.compute as pc

    texts = pc.take(table.column("text"), pa.array(cols.row))
    langs = np.asarray(scores.lang, dtype=object)[cols.row]
    read = readability(texts, langs)
    is_text = cols.is_text
    counted = read.counted & is_text
    read = Readability(counted, read.readable | ~is_text, read.unsupported & is_text)
    keep = read.readable
    if not keep.all():
        flags = {name: flag & keep for name, flag in cols.flags.items()}
        cols = dataclasses.replace(cols, flags=flags)
    return cols, shares(read, cols.who)


def load_schema() -> dict[str, Any]:
    """The report.json JSON Schema (draft 2020-12)."""
    text = (
        resources.files("unmask.report")
        .joinpath("schema/report.schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_report(report: dict[str, Any]) -> None:
    """Raise :class:`UnmaskError` when ``report`` does not follow the schema (a bug)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.path) or "(top)"
        raise UnmaskError(
            f"internal: report.json does not follow its schema at {where} "
            f"({first.validator} check failed); please report this."
        )


def messages_table(analysis: Analysis, redact: bool = False) -> pa.Table:
    """The canonical table plus language, session and one ``score.<signal>`` column each.

    With ``redact`` the senders, texts and ids are redacted like the report
    (:func:`unmask.report.redact.redact_table`); scores are those of the real text.
    """
    table = analysis.table
    if redact:
        from unmask.profile.document import redacted_senders
        from unmask.report.redact import Redactor, redact_table

        redactor = Redactor(analysis.senders, table.column("text").to_pylist())
        table = redact_table(table, redacted_senders(analysis), redactor)
    session = np.full(table.num_rows, -1, dtype=np.int64)
    session[analysis.cols.row] = analysis.cols.session
    table = table.append_column("lang", pa.array(analysis.scores.lang, type=pa.string()))
    table = table.append_column("session", pa.array(session))
    for name, values in analysis.scores.scores.items():
        array = np.asarray(values, dtype=np.float64)
        table = table.append_column(
            f"score.{name}", pa.array(array, type=pa.float64(), mask=np.isnan(array))
        )
    return table


OUTPUT_FILES = ("report.json", "messages.parquet", "report.html")


def check_output(out_dir: Path, force: bool, source: Path | str | None = None) -> None:
    """Refuse an output folder that would lose data (before any work is done).

    A non-empty folder needs ``force``; even then the export being analysed
    must not be one of the files the report replaces.
    """
    if source is not None and Path(source).exists():
        for name in OUTPUT_FILES:
            target = out_dir / name
            if target.exists() and target.resolve() == Path(source).resolve():
                raise OutputExistsError(
                    f"{target} is the export being analysed; writing the report there would "
                    "replace it. Choose another -o."
                )
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputExistsError(f"{out_dir} exists and is not a directory; choose another -o.")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not force:
        raise OutputExistsError(
            f"{out_dir} already exists and is not empty; choose another -o, or add --force "
            f"to replace the report files in it (only {', '.join(OUTPUT_FILES)} are written; "
            "other files are left alone)."
        )


#: largest report.json or report.html written (bytes); a larger one means a bug or
#: hostile input the import bounds did not catch (see docs/limits.md)
MAX_REPORT_BYTES = 64 * 1024 * 1024


def _check_size(out: Path, document: bytes, page: str | None) -> None:
    largest = max(len(document), len(page or ""))
    if largest > MAX_REPORT_BYTES:
        raise UnmaskError(
            f"the report for {out} would be {largest:,} bytes (limit {MAX_REPORT_BYTES:,}); "
            "nothing was written. Please report this."
        )


def _write_all(out: Path, table: pa.Table, files: dict[str, bytes]) -> None:
    """Write messages.parquet and ``files`` into a private temp folder, then move them in.

    A new ``out`` is the temp folder renamed; into an existing one the finished
    files are renamed one by one (renames need no space, so a full disk fails
    while writing, before anything is replaced). Files are 0600, created folders
    0700, and no name in ``out`` is ever opened for writing (a planted symlink
    is replaced, not followed). On failure the previous report, or nothing, is left.
    """
    from unmask.fsutil import discard, open_new, output_error, private_mkdir, private_temp_dir

    fresh = not out.exists()
    private_mkdir(out.parent if fresh else out)
    if not fresh:  # what an interrupted earlier run left (a folder of ours, never a link)
        for stale in out.glob(".unmask-report.*.tmp"):
            if stale.is_dir() and not stale.is_symlink():
                discard(stale)
    staging = private_temp_dir(out.parent if fresh else out, "unmask-report")
    try:
        with open_new(staging / "messages.parquet") as handle:
            pq.write_table(table, handle, compression="zstd")
        for name, data in files.items():
            with open_new(staging / name) as handle:
                handle.write(data)
        if fresh:
            os.rename(staging, out)
            return
        for name in ("messages.parquet", *files):
            os.replace(staging / name, out / name)
        staging.rmdir()
    except OSError as error:
        discard(staging)
        raise output_error(out, error) from None
    except BaseException:
        discard(staging)
        raise


def _render_html(report: dict[str, Any], lang: str) -> str | None:
    try:
        from unmask.report.html import render_html  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    html: str = render_html(report, lang)
    return html


def write_report(
    analysis: Analysis,
    out_dir: Path | str,
    *,
    force: bool = False,
    redact: bool = False,
    lang: str = "en",
    html: bool = True,
) -> ReportPaths:
    """Write report.json, messages.parquet and report.html into ``out_dir``.

    Refuses a non-empty ``out_dir`` unless ``force``; even then only the
    three report files are replaced, nothing else is touched. ``html=False``
    skips the page (corpus mode, tests of the data files). ``redact`` applies
    to all three files: report.json and report.html name no one, and
    messages.parquet holds redacted senders and texts.
    """
    out = Path(out_dir)
    check_output(out, force, analysis.source)
    started = time.perf_counter()
    report = analysis.report(lang=lang, redact=redact)
    table = messages_table(analysis, redact=redact)
    page = _render_html(report, lang) if html else None
    report["timings"]["write"] = round(time.perf_counter() - started, 4)
    validate_report(report)
    document = json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8")
    _check_size(out, document, page)
    files = {"report.json": document}
    if page is not None:
        files["report.html"] = page.encode("utf-8")
    _write_all(out, table, files)
    json_path = out / "report.json"
    parquet_path = out / "messages.parquet"
    html_path = out / "report.html" if page is not None else None
    return ReportPaths(out, json_path, parquet_path, html_path, report)
