"""The analysis pipeline: import -> score -> dyad -> profile, and writing the report.

``analyze()`` returns an :class:`Analysis` holding every intermediate result
(pure data); ``write_report()`` turns it into report.json (validated against
the schema), messages.parquet and report.html. Each stage is timed; the
parameters and versions that produced the numbers are recorded in the report
so a run can be reproduced.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from unmask.background import Background
from unmask.dyad.bids import BidResult, bid_outcomes
from unmask.dyad.columns import (
    DEPTH_SIGNALS,
    DyadColumns,
    Runs,
    Selection,
    build_columns,
    build_runs,
    mask_control_turns,
    rebuild_runs,
    select,
    withheld,
)
from unmask.dyad.crisis import CrisisReading, read_crisis, reading
from unmask.dyad.monthly import MonthlyTable, monthly_table
from unmask.dyad.partners import Partners, choose_partners, sender_counts
from unmask.dyad.rates import DyadRates, dyad_rates
from unmask.dyad.responses import ResponseResult, answer_kinds, disclosure_responses
from unmask.dyad.safety import (
    SafetyReading,
    checkin_candidates,
    reading_of,
    weak_reader_of,
)
from unmask.errors import UnmaskError
from unmask.gcpause import without_cycle_collection
from unmask.ingest.base import ImportOptions, ImportReport
from unmask.profile.composite import totals_by
from unmask.profile.credit import without_formulas
from unmask.profile.limits import Limits, assess
from unmask.profile.readability import (
    Readability,
    ReadableShares,
    TextReading,
    read_texts,
    readability,
    shares,
)
from unmask.profile.series import Series, monthly_series
from unmask.profile.trends import MIN_MONTH_DENOMINATOR
from unmask.profile.uncertainty import (
    DEFAULT_RESAMPLES,
    DEFAULT_SEED,
    RECENT_MONTHS,
    Bootstrap,
    Change,
    bootstrap_change,
    bootstrap_position,
)
from unmask.report.types import Report
from unmask.sessions import DEFAULT_SESSION_GAP_MINUTES
from unmask.signals import scorer as _scorer  # noqa: F401 - imported for its cost (below)
from unmask.signals.early import EARLY_MIN_BYTES as _EARLY_MIN_BYTES
from unmask.signals.types import ScoreResult

if TYPE_CHECKING:
    from unmask.report.writer import ParquetAhead
    from unmask.signals.parallel import Standby

# the scorer is imported with this module, not inside ``analyze()`` (unmask.signals no longer
# imports the scorer itself): the CLI imports this module after forking its scoring child
# (unmask.signals.early), other callers before their analysis. Its reply layer and the report
# writer are not: the scorer imports the reply layer once it has handed its child the job,
# and the writer is imported beside the child (``_prepare_write``), so that neither delays
# the hand-over while the child waits for it (h-speed58: ~0.1 s of imports)

STAGES: tuple[str, ...] = ("import", "score", "dyad", "profile")
#: ``analyze(early=True)`` forks the scoring child before the read from this export size on
#: (~20,000 messages of ~50 bytes; below MIN_PARALLEL distinct texts it is let go unused)
EARLY_MIN_BYTES = _EARLY_MIN_BYTES


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
    #: messages about not wanting to live, per partner (docs/safety.md, Crisis notice)
    crisis: CrisisReading | None = None
    #: messages.parquet, encoding on a thread since the scores were known
    #: (``analyze(parquet_ahead=True)``); :func:`write_report` uses it where it fits
    parquet_ahead: ParquetAhead | None = field(default=None, repr=False, compare=False)

    def report(self, lang: str = "en", redact: bool = False, examples: bool = True) -> Report:
        """The report.json document (see docs/report-json.md); ``examples=False`` skips
        picking the quoted messages (corpus mode)."""
        from unmask.report.document import build_report

        return build_report(self, lang=lang, redact=redact, examples=examples)


def _warm_up() -> None:
    """Import what the profile stage imports on first use (its bootstrap draws; their
    ``np.percentile`` imports ``numpy.ma`` through ``np.unique``)."""
    import numpy.ma  # noqa: F401 - imported for its cost
    import numpy.random  # noqa: F401 - imported for its cost


def _prepare_write() -> None:
    """Import the report writer and do what its first report would do first
    (:func:`unmask.report.writer.prepare`): a job beside the scoring child."""
    from unmask.report.writer import prepare

    prepare()


def _score(
    table: pa.Table,
    options: AnalyzeOptions,
    selection: Callable[[], Selection],
    text_reading: Callable[[], TextReading],
    checkins: Callable[[], np.ndarray],
    standby: Standby | None = None,
    beside: Sequence[Callable[[], object]] = (),
) -> ScoreResult:
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
        evidence_later=True,  # the report quotes examples: ScoreResult.lexicon_lookup
        # while a forked child scores, this process does what needs no score (the partners'
        # rows, what the texts let the signals read, the texts that may be care check-ins)
        # and warms up the profile and the writer (the crisis statements: the scorer reads
        # them there, for every text message)
        beside=(selection, text_reading, checkins, _warm_up, _prepare_write, *beside),
        standby=standby,
    )
    return result


def _standby(source: Path | str, options: AnalyzeOptions) -> Standby | None:
    """A scoring child forked before the read (:func:`unmask.signals.scorer.standby`), for
    an export file of :data:`EARLY_MIN_BYTES` or more; None otherwise."""
    try:
        size = Path(source).stat().st_size if Path(source).is_file() else 0
    except (OSError, ValueError):
        return None
    if size < EARLY_MIN_BYTES:
        return None
    from unmask.signals.scorer import standby

    return standby(options.model)


def _read(source: Path | str, options: AnalyzeOptions) -> tuple[pa.Table, ImportReport]:
    from unmask.ingest import read_table

    report = ImportReport(source=str(source))
    table = read_table(source, options.import_options, report)
    return table, report


@without_cycle_collection  # its many objects form few cycles (unmask.gcpause)
def analyze(
    source: Path | str,
    *,
    partners: str | tuple[str, str] | list[str] | None = None,
    me: str | None = None,
    options: AnalyzeOptions | None = None,
    table: pa.Table | None = None,
    scores: ScoreResult | None = None,
    import_report: ImportReport | None = None,
    early: bool = False,
    parquet_ahead: bool = False,
    standby: Standby | None = None,
    beside: Sequence[Callable[[], object]] = (),
) -> Analysis:
    """Import, score and read the conversation between the two partners.

    ``table``/``scores`` may be passed to skip the import or scoring stage
    (tests, corpus mode, several exports merged); ``source`` then only names the data
    in the report, and ``import_report`` says how the table was read. ``early``: fork the
    scoring child before reading an export of :data:`EARLY_MIN_BYTES` or more, so that it
    loads the lexicons while this process reads (the CLI; the same numbers either way).
    ``standby``: a scoring child forked already (the CLI forks it before its imports:
    :func:`unmask.signals.early.early_standby`), used as ``early``'s and closed here.
    ``parquet_ahead``: start encoding messages.parquet on a thread as soon as the scores are
    known, beside the dyad and profile stages, for a :func:`write_report` without
    ``redact`` to come (the CLI; the same bytes either way). ``beside``: the caller's own
    jobs that need nothing of the analysis, run only while a forked child scores (the CLI:
    imports it would otherwise make after the analysis, on the way to its result).
    """
    options = options or AnalyzeOptions()
    timings: dict[str, float] = {}

    def stage(name: str) -> float:
        if options.on_stage is not None:
            options.on_stage(name)
        return time.perf_counter()

    # with ``early``, the scoring child is forked before the read and loads the lexicons
    # while this process reads (a big enough export only); closed here unless adopted
    if standby is None and early and table is None and scores is None:
        standby = _standby(source, options)
    try:
        t0 = stage("import")
        if table is None:
            table, import_report = _read(source, options)
        elif import_report is None:
            import_report = ImportReport(source=str(source), format="table")
        timings["import"] = time.perf_counter() - t0
        senders = sender_counts(table.column("sender"))
        chosen = choose_partners(senders, partners, me)

        # the partners' rows and what is read of them without scores, and what the signals can
        # read of the texts, worked out once: beside a forked scoring child if there is one, else
        # when the dyad stage needs them
        selection = functools.cache(
            functools.partial(select, table, chosen, options.session_gap_minutes)
        )
        text_reading = functools.cache(functools.partial(read_texts, table.column("text")))
        # the texts that may be care check-ins (the dyad's safety reads only these): ~0.1 s
        # at 100k messages, off the stretch after the child's scores (h-speed54)
        checkins = functools.cache(
            lambda: checkin_candidates(table.column("text"), selection().row)
        )

        t0 = stage("score")
        if scores is None:
            scores = _score(table, options, selection, text_reading, checkins, standby, beside)
    finally:
        if standby is not None:
            standby.close()
    if len(scores) != table.num_rows:
        raise UnmaskError(
            f"the scores cover {len(scores)} messages but the table has {table.num_rows}; "
            "score the same table you analyse."
        )
    timings["score"] = time.perf_counter() - t0

    t0 = stage("dyad")
    # what the signals can read is worked out on a thread (Arrow's string kernels release
    # the GIL) while the columns are built here
    reading = Background(lambda: _readability(table, scores, text_reading()), "unmask-analyze")
    cols = build_columns(table, scores, chosen, options.session_gap_minutes, selection(), checkins)
    cols, readable = _readable_only(reading.result(), cols)
    # messages.parquet hides the warm scores of counted control, so it waits for the flags
    ahead = _parquet_ahead(table, cols, scores) if parquet_ahead else None
    runs = build_runs(cols)
    # a turn that controls or fears earns no warmth, on any of its messages
    cols = mask_control_turns(cols, runs)
    # formulaic thanks earn no depth credit (profile/credit.py); the runs follow the flags
    # (the same runs: only the depth flags' per-run values can change)
    plain = without_formulas(table, cols, runs)
    if plain is not cols:
        cols, runs = plain, rebuild_runs(runs, plain, DEPTH_SIGNALS)
    kinds = answer_kinds(runs)
    responses = disclosure_responses(runs, kinds)
    bids = bid_outcomes(runs, kinds)
    _prefetch_evidence(table, scores, cols, runs, responses, bids)
    # the position's bootstrap draws need only the sessions' totals: they run on a thread
    # (numpy's Poisson draws release the GIL) while the rest of the analysis runs here
    n_sessions = int(cols.session.max()) + 1 if len(cols) else 0
    session_totals = totals_by(
        cols, responses, bids, cols.session, responses.session, bids.session, n_sessions
    )
    draws = Background(partial(_draws, session_totals, cols, n_sessions, options), "unmask-draws")
    rates = dyad_rates(cols, runs)
    monthly = monthly_table(cols, runs, responses, bids)
    weak = weak_reader_of(table.column("text"), scores, cols.row)
    safety = reading_of(cols.who, cols.time, cols.flags, cols.row, scores.scores, weak)
    crisis = _crisis_of(table, selection(), scores)
    timings["dyad"] = time.perf_counter() - t0

    t0 = stage("profile")
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
    boot, recent_totals, recent_boot, change = draws.result()
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
        crisis=crisis,
        parquet_ahead=ahead,
    )


def _draws(
    session_totals: np.ndarray, cols: DyadColumns, n_sessions: int, options: AnalyzeOptions
) -> tuple[Bootstrap, np.ndarray, Bootstrap, Change]:
    """The bootstrap of the position over the whole history, the recent months' totals and
    position, and the change between the two (``session_totals``: :func:`totals_by` per
    session of ``cols``)."""
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
    return boot, recent_totals, recent_boot, change


def _parquet_ahead(table: pa.Table, cols: DyadColumns, scores: ScoreResult) -> ParquetAhead:
    """messages.parquet of this analysis, encoding on a thread from now (the dyad columns'
    rows and sessions, and where they count control or fear)."""
    from unmask.report.writer import ParquetAhead

    return ParquetAhead(table, cols.row, cols.session, scores, withheld(cols))


def _prefetch_evidence(
    table: pa.Table,
    scores: ScoreResult,
    cols: DyadColumns,
    runs: Runs,
    responses: ResponseResult,
    bids: BidResult,
) -> None:
    """Where the scorer's forked child waits to look up the evidence of the report's example
    messages (``ScoreResult.lexicon_lookup``), hand it their texts now: it looks them up
    while the rest of the analysis runs here, and the report reads its answer (the same
    texts, asked for by the same picker; see :meth:`ExamplePicker.evidence_texts`)."""
    prefetch = getattr(scores.lexicon_lookup, "prefetch", None)
    if prefetch is None:
        return
    from unmask.profile.evidence import ExamplePicker

    prefetch(ExamplePicker(table, cols, runs).evidence_texts(responses, bids))


def _readability(table: pa.Table, scores: ScoreResult, reading: TextReading) -> Readability:
    """:func:`readability` of every message of the table (each text is read on its own);
    ``reading``: :func:`read_texts` of its texts."""
    return readability(table.column("text"), np.asarray(scores.lang, dtype=object), reading)


def _crisis_of(table: pa.Table, sel: Selection, scores: ScoreResult) -> CrisisReading:
    """The crisis statements of the partners' text messages (the dyad columns' rows: they
    are the selection's): from the marks the scorer read for every text message where it
    has them (beside its forked child), else :func:`read_crisis` of their texts."""
    rows, who = sel.row[sel.is_text], sel.who[sel.is_text]
    if scores.crisis_marks is not None and len(scores.crisis_marks[0]) == table.num_rows:
        said, laughing = scores.crisis_marks
        return reading(said[rows], laughing[rows], who)
    return read_crisis(table.column("text"), rows, who)


def _readable_only(everyone: Readability, cols: DyadColumns) -> tuple[DyadColumns, ReadableShares]:
    """Drop the signals of text messages the signals cannot read (docs/profile.md,
    "What the signals can read") and count readable messages per partner; ``everyone``:
    :func:`_readability` of the whole table."""
    row = cols.row
    read = Readability(everyone.counted[row], everyone.readable[row], everyone.unsupported[row])
    is_text = cols.is_text
    counted = read.counted & is_text
    read = Readability(counted, read.readable | ~is_text, read.unsupported & is_text)
    keep = read.readable
    if not keep.all():
        flags = {name: flag & keep for name, flag in cols.flags.items()}
        cols = dataclasses.replace(cols, flags=flags)
    return cols, shares(read, cols.who)
