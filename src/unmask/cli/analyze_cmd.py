"""CLI commands: ``unmask analyze`` and ``unmask demo`` (thin layers over unmask.analyze)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

# what the scoring child and this process both import before they meet is imported once,
# before ``unmask analyze`` forks the child (unmask.signals.early): the signals' model layers
# (the child's scorer needs them, as does this process's unmask.analyze) and the dyad package
# (the child's scorer imports it through unmask.dyad.crisis). The analysis and the importers
# are imported where they are used, after the fork, beside the child's own warm-up; the
# report writer and what the command uses after the analysis (the summary, the store) beside
# the child's scoring (unmask.analyze ``beside``), not before the fork nor after the scores
# (h-speed58)
import unmask.dyad.safety  # noqa: F401 - imported for its cost, see above
from unmask.cli import leave
from unmask.cli.common import (
    console,
    err_console,
    handle_errors,
    import_options_from,
    input_options,
)
from unmask.cli.say import say
from unmask.consent import ensure_consent, is_interactive
from unmask.errors import UnmaskError
from unmask.report.outdir import check_output
from unmask.sessions import DEFAULT_SESSION_GAP_MINUTES
from unmask.signals.early import early_standby

if TYPE_CHECKING:
    from unmask.analyze import STAGES, Analysis, AnalyzeOptions
    from unmask.ingest.merge import Ask
    from unmask.report.types import Report
    from unmask.report.writer import ReportPaths
    from unmask.signals.parallel import Standby

STAGE_LABELS = {
    "import": "Reading the export",
    "score": "Scoring messages",
    "dyad": "Reading the conversation",
    "profile": "Building the profile",
    "write": "Writing the report",
}


def _run(
    source: Path | list[Path],
    out: Path,
    *,
    partners: str | None,
    me: str | None,
    lang: str,
    redact: bool,
    force: bool,
    options: AnalyzeOptions,
    quiet: bool = False,
    ask: Ask | None = None,
    standby: Standby | None = None,
) -> tuple[Analysis, ReportPaths]:
    """Analyse and write, showing one progress line per stage on stderr.

    Several exports (or ``--partners`` naming each partner's names) are merged into one
    timeline first (:func:`unmask.ingest.merge.merge_exports`). ``standby``: the scoring
    child forked already for a single export (:func:`unmask.signals.early.early_standby`),
    that ``analyze`` adopts or closes.
    """
    from unmask.analyze import AnalyzeOptions, analyze
    from unmask.ingest.base import ImportReport
    from unmask.ingest.merge import merge_exports, parse_partner_aliases

    sources = source if isinstance(source, list) else [source]
    for one in sources:
        check_output(out, force, one)  # fail before minutes of work, as write_report would
    names = parse_partner_aliases(partners) if partners else None
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=quiet,
        # redrawn 4 times a second, not rich's 10: each redraw holds the GIL for ~2 ms while
        # the analysis runs on the main thread (~30 -> ~11 ms of CPU in a 1.5 s run)
        refresh_per_second=4,
    ) as progress:
        tasks: dict[str, Any] = {}

        def on_stage(name: str) -> None:
            for task in progress.tasks:  # the stage before is done
                progress.update(task.id, completed=task.total or 1)
            tasks[name] = progress.add_task(STAGE_LABELS.get(name, name), total=1)

        def on_score_progress(done: int, total: int) -> None:
            task = tasks.get("score")
            if task is not None:
                progress.update(task, total=total, advance=done)

        run_options = AnalyzeOptions(
            session_gap_minutes=options.session_gap_minutes,
            model=options.model,
            seed=options.seed,
            bootstrap_resamples=options.bootstrap_resamples,
            import_options=options.import_options,
            on_stage=on_stage,
            on_score_progress=on_score_progress,
        )
        if len(sources) == 1 and names is None:
            # the scoring child is forked before the read (a big export: its lexicons load
            # meanwhile); the web app's worker threads do without
            # messages.parquet is encoded beside the dyad and profile stages (not redacted:
            # a redacted report encodes its own)
            analysis = analyze(
                sources[0],
                partners=partners,
                me=me,
                options=run_options,
                early=True,
                parquet_ahead=not redact,
                standby=standby,
                beside=(_import_after,),
            )
        else:
            on_stage("import")
            report = ImportReport(source=" + ".join(str(s) for s in sources))
            table = merge_exports(
                sources, options.import_options, names=names, ask=ask, report=report
            )
            analysis = analyze(
                " + ".join(Path(s).name for s in sources),
                partners=(names.a, names.b) if names is not None else None,
                me=me,
                options=run_options,
                table=table,
                import_report=report,
            )
        on_stage("write")
        from unmask.report.writer import write_report  # imported beside the child, if any

        paths = write_report(analysis, out, force=force, redact=redact, lang=lang)
    _remember(out)
    return analysis, paths


def _import_after() -> None:
    """Import what the command uses once the report is written (the store that records its
    folder, the terminal summary): a job beside the scoring child, not after its scores. One
    that cannot be imported fails where it is used, as without this job, not the analysis."""
    with contextlib.suppress(ImportError):
        import unmask.report.terminal  # noqa: F401 - imported for its cost
        import unmask.store  # noqa: F401 - imported for its cost


def _remember(out: Path) -> None:
    """Record the report folder so `unmask forget --all` removes it too; a store that cannot
    be opened only costs that (the report is written), and the user is told."""
    import sqlite3  # imported with the store, beside the scoring child (_import_after)

    from unmask.store import record_output

    try:
        record_output(out, "analyze")
    except (UnmaskError, OSError, sqlite3.Error):
        err_console.print(say("analyze.not_recorded", path=out), markup=False)


def _summary(report: Report, out: Console) -> None:
    """The terminal summary (one screen; :mod:`unmask.report.terminal`)."""
    from unmask.report.terminal import print_summary

    print_summary(report, out)


def _where(paths: ReportPaths) -> str:
    target = paths.html if paths.html is not None else paths.json
    return str(target)


@click.command("analyze")
@click.argument("exports", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Report folder to create (refused if it exists and is not empty).",
)
@click.option(
    "--partners",
    default=None,
    metavar='"A,B"',
    help="The two senders to analyse, as written in the export; with several exports, "
    'each partner\'s names: "A=Ann,Anna;B=Bo" (the report names them A and B).',
)
@click.option("--me", default=None, metavar="NAME", help="Which partner you are (wording only).")
@click.option(
    "--lang",
    type=click.Choice(["en", "zh"]),
    default="en",
    show_default=True,
    help="Language of the report.",
)
@click.option(
    "--redact",
    is_flag=True,
    help="Share-safe output: report.json and report.html name no one (partners "
    "shown as [name] A/B, no file name; names, numbers, emails, addresses and "
    "links replaced in example messages), and messages.parquet holds redacted "
    "senders and texts. Without it, messages.parquet keeps every message in full.",
)
@click.option("--force", is_flag=True, help="Replace the report files in an existing folder.")
@click.option(
    "--session-gap",
    "session_gap",
    type=click.FloatRange(min=1),
    metavar="MINUTES",
    default=DEFAULT_SESSION_GAP_MINUTES,
    show_default=True,
    help="Silence that ends a conversation session.",
)
@click.option("--no-model", is_flag=True, help="Lexicons only (faster, less accurate).")
@click.option(
    "--i-have-consent",
    "i_have_consent",
    is_flag=True,
    help="Both partners agreed to this chat being analysed (records it without asking; "
    "for scripts). See docs/safety.md.",
)
@input_options
@handle_errors
def analyze_command(
    exports: tuple[Path, ...],
    out: Path,
    partners: str | None,
    me: str | None,
    lang: str,
    redact: bool,
    force: bool,
    session_gap: float,
    no_model: bool,
    i_have_consent: bool,
    **inputs: Any,
) -> None:
    """Read a couple's chat EXPORTS and write report.html, report.json and messages.parquet.

    Several exports of one couple (e.g. WhatsApp and Telegram) are merged into one
    timeline. The first analysis of a chat asks whether both partners agree
    (docs/safety.md).
    """
    for export in exports:
        check_output(out, force, export)
    for export in exports:
        ensure_consent(
            consent_file(export),
            i_have_consent,
            say=lambda text: err_console.print(text, markup=False, highlight=False),
            confirm=lambda question: click.confirm(question, default=False, err=True),
        )
    # one export: its scoring child is forked now, before the analysis is imported
    standby = (
        early_standby(exports[0], not no_model) if len(exports) == 1 and not partners else None
    )
    try:
        from unmask.analyze import AnalyzeOptions

        options = AnalyzeOptions(
            session_gap_minutes=session_gap,
            model=not no_model,
            import_options=import_options_from(inputs),
        )
        analysis, paths = _run(
            list(exports),
            out,
            partners=partners,
            me=me,
            lang=lang,
            redact=redact,
            force=force,
            options=options,
            ask=_ask if is_interactive() else None,
            standby=standby,
        )
    finally:
        if standby is not None:
            standby.close()  # a no-op once adopted or closed by the analysis
    _summary(paths.report, console)
    console.print("\n" + say("analyze.written", lang, where=_where(paths)), markup=False)
    if paths.html is None:
        console.print(say("analyze.no_html", lang))
    leave.allow()  # the analysis is not freed object by object at exit (unmask.cli.leave)


def _ask(export: str, partner: str, names: list[str]) -> str:
    """Which of an export's names is ``partner`` (asked on the terminal)."""
    both = say("and").join(names)
    err_console.print(say("analyze.names_of_export", export=export, names=both), markup=False)
    answer: str = click.prompt(
        say("analyze.which_partner", partner=partner), type=click.Choice(names), err=True
    )
    return answer


def consent_file(export: Path) -> Path:
    """The file whose bytes identify an export for consent (a folder: its chat file)."""
    if export.is_dir():
        for pattern in ("result.json", "message_1.json", "*.json", "*.txt"):
            found = sorted(export.rglob(pattern))
            if found:
                return found[0]
    return export


def _short(region: str | None) -> str:
    return {
        None: "-",
        "genuine_intimacy": "genuine",
        "pseudo_intimacy": "pseudo",
        "open_distress": "distress",
        "stormy_closeness": "stormy",
    }.get(region, "-")


#: (header, meaning) of the demo table's columns: short headers so it fits 80 columns
CONTRAST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("couple", "the bundled sample"),
    (
        "region",
        "region over the whole history (genuine intimacy, pseudo-intimacy, "
        "open distress, stormy closeness)",
    ),
    (
        "recent",
        "region over the last 6 months; * = it differs from the whole history with "
        "confidence, and the headline says the conversation changed",
    ),
    ("surface", "surface score (0-1)"),
    ("depth", "depth score (0-1)"),
    ("discl.", "disclosures per 100 text messages"),
    ("resp.", "share of disclosures answered with understanding, care or a question"),
    ("trend", "change of the depth score per year"),
)


def contrast_table(rows: list[tuple[str, Report]]) -> Table:
    """One line per sample couple; fits an 80-column terminal without cutting a cell."""
    table = Table(
        title="The four sample couples", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    for header, _ in CONTRAST_COLUMNS:
        table.add_column(
            header,
            no_wrap=True,
            justify="left" if header in ("couple", "region", "recent") else "right",
        )

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{100 * value:.0f}%"

    def num(value: float | None, fmt: str) -> str:
        return "-" if value is None else format(value, fmt)

    for name, report in rows:
        profile = report["profile"]
        responses = report["responses"]["by_responder"]
        answered = sum(r["counts"]["responsive"] for r in responses.values())
        total = sum(r["total"] for r in responses.values())
        table.add_row(
            name,
            _short(profile["region"]),
            _short(profile["recent"]["region"]) + ("*" if profile.get("changed") else ""),
            num(profile["surface"]["value"], ".2f"),
            num(profile["depth"]["value"], ".2f"),
            num(report["components"]["disclosure"]["couple"]["value"], ".1f"),
            pct(answered / total if total else None),
            num(report["trends"]["series"]["depth"]["slope_per_year"]["value"], "+.2f"),
        )
    return table


def contrast_legend() -> Table:
    """What the demo table's short headers mean (printed under it; wraps, never cuts)."""
    legend = Table.grid(padding=(0, 2))
    legend.add_column(no_wrap=True)
    legend.add_column(overflow="fold")
    for header, meaning in CONTRAST_COLUMNS[1:]:
        legend.add_row(header, meaning)
    return legend


@click.command("demo")
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("unmask-demo"),
    show_default=True,
    help="Folder for the four sample reports.",
)
@click.option("--force", is_flag=True, help="Replace earlier demo reports in the folder.")
@handle_errors
def demo_command(out: Path, force: bool) -> None:
    """Analyse the four bundled sample couples (synthetic) and show how they differ."""
    from unmask.analyze import AnalyzeOptions
    from unmask.samples import SAMPLES, sample_path

    rows: list[tuple[str, Report]] = []
    for name, (_, lang) in SAMPLES.items():
        err_console.print(say("demo.analysing", name=name))
        analysis, paths = _run(
            sample_path(name),
            out / name,
            partners=None,
            me=None,
            lang=lang,
            redact=False,
            force=force,
            options=AnalyzeOptions(),
        )
        rows.append((name, analysis.report(lang="en")))
        console.print(say("demo.where", name=name, where=_where(paths)), markup=False)
    console.print(contrast_table(rows))
    console.print(contrast_legend(), highlight=False)
    console.print(say("demo.synthetic"))
    leave.allow()  # four analyses held: not freed object by object at exit (unmask.cli.leave)


def register(app: click.Group) -> None:
    """Add this group's commands to the main app."""
    app.add_command(analyze_command)
    app.add_command(demo_command)


def __getattr__(name: str) -> Any:
    if name == "STAGES":  # unmask.analyze.STAGES, imported on first use
        from unmask.analyze import STAGES

        return STAGES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["STAGES", "register"]
