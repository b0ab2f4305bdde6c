"""Writing an analysis: report.json (validated against the schema), messages.parquet and
report.html, all into a private staging folder first and renamed into place.

:func:`write_report` takes the data :func:`unmask.analyze.analyze` returned; the document
itself is built by :mod:`unmask.report.document`.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from unmask.arrownp import array_of, repeated_strings
from unmask.background import Background
from unmask.dyad.columns import withheld
from unmask.dyad.safety import NOT_DEPTH
from unmask.errors import UnmaskError
from unmask.gcpause import without_cycle_collection
from unmask.report.outdir import OUTPUT_FILES as OUTPUT_FILES  # noqa: F401 - its old home
from unmask.report.outdir import check_output
from unmask.report.schemacheck import Check, compile_check
from unmask.report.types import Report

if TYPE_CHECKING:
    from unmask.analyze import Analysis
    from unmask.signals.types import ScoreResult


@dataclass(frozen=True)
class ReportPaths:
    directory: Path
    json: Path
    parquet: Path
    html: Path | None
    #: the report.json document as written
    report: Report


def load_schema() -> dict[str, Any]:
    """The report.json JSON Schema (draft 2020-12)."""
    text = (
        resources.files("unmask.report")
        .joinpath("schema/report.schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema


_DEFS = "#/$defs/"


def _inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with each ``{"$ref": "#/$defs/<name>"}`` (and any annotation beside it)
    replaced by the definition itself: the same checks, without the reference lookups the
    validator would make for every array item they describe (the definitions refer to each
    other without a cycle; a reference of another kind is kept as it is)."""
    defs = schema.get("$defs", {})

    def inline(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, seen) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        name = ref[len(_DEFS) :] if isinstance(ref, str) and ref.startswith(_DEFS) else ""
        if name in defs and name not in seen and set(node) <= {"$ref", "description"}:
            target = inline(defs[name], (*seen, name))
            if isinstance(target, dict) and "$ref" not in target:
                return {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return {key: inline(value, seen) for key, value in node.items()}

    inlined: dict[str, Any] = inline(schema, ())
    return inlined


@cache
def _validator() -> Any:
    """The schema's validator (built once per process; it keeps no state between uses)."""
    import jsonschema

    return jsonschema.Draft202012Validator(_inlined(load_schema()))


@cache
def _quick_check() -> Check | None:
    """The schema's quick check (:mod:`unmask.report.schemacheck`; built once per process),
    None where the schema holds a keyword it does not read."""
    return compile_check(_inlined(load_schema()))


def validate_report(report: Report) -> None:
    """Raise :class:`UnmaskError` when ``report`` does not follow the schema (a bug).

    The quick check answers first (no jsonschema import): where it says the report passes,
    it does; anything else is decided by jsonschema, as before (h-speed39)."""
    quick = _quick_check()
    if quick is not None and quick(report):
        return
    errors = sorted(_validator().iter_errors(report), key=lambda e: list(e.path))
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
        from unmask.report.document import redacted_senders
        from unmask.report.redact import Redactor, redact_table

        redactor = Redactor(analysis.senders, table.column("text").to_pylist())
        table = redact_table(table, redacted_senders(analysis), redactor)
    cols = analysis.cols
    return _with_scores(table, cols.row, cols.session, analysis.scores, withheld(cols))


def _with_scores(
    table: pa.Table,
    row: np.ndarray,
    session_of_row: np.ndarray,
    scores: ScoreResult,
    control: np.ndarray | None = None,
) -> pa.Table:
    """:func:`messages_table` of ``table`` (redacted or not): the partners' rows ``row`` are
    in the sessions ``session_of_row``, every other row in session -1. ``control``: where
    (aligned with ``row``) the safety reading counts control or fear, or the control gate
    holds a line (:func:`unmask.dyad.columns.withheld`); those messages'
    depth, bid and response scores are written as 0 (control is never shown as warmth,
    docs/safety.md)."""
    session = np.full(table.num_rows, -1, dtype=np.int64)
    session[row] = session_of_row
    table = table.append_column("lang", repeated_strings(scores.lang))
    table = table.append_column("session", array_of(session))
    hidden = row[control] if control is not None and control.any() else None
    for name, values in scores.scores.items():
        array = np.asarray(values, dtype=np.float64)
        if hidden is not None and name in NOT_DEPTH:
            array = array.copy()
            array[hidden] = 0.0
        table = table.append_column(f"score.{name}", array_of(array, mask=np.isnan(array)))
    return table


class ParquetAhead:
    """messages.parquet of an analysis still under way, encoded on a thread from the moment
    its scores and sessions are known (:func:`unmask.analyze.analyze` with
    ``parquet_ahead=True``: the encoder runs beside the dyad and profile stages instead of
    after them). :func:`write_report` takes its bytes where it writes the same table: not
    redacted, and the analysis holds the very table, scores and sessions encoded here
    (anything else is encoded again, as without it)."""

    def __init__(
        self,
        table: pa.Table,
        row: np.ndarray,
        session: np.ndarray,
        scores: ScoreResult,
        control: np.ndarray | None = None,
    ) -> None:
        self._inputs = (table, row, session, scores)
        self._control = control
        self._encoded = Background(
            partial(_encode_with_scores, table, row, session, scores, control), "unmask-parquet"
        )

    def encoded(self, analysis: Analysis, redact: bool) -> Background[pa.Buffer] | None:
        """The encoder's thread, where it encoded what ``write_report(analysis,
        redact=redact)`` writes; else None."""
        table, row, session, scores = self._inputs
        same = (
            analysis.table is table
            and analysis.cols.row is row
            and analysis.cols.session is session
            and analysis.scores is scores
            and _same_mask(withheld(analysis.cols), self._control)
        )
        return self._encoded if same and not redact else None


def _same_mask(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    """Whether two control masks hide the same messages (None hides none)."""
    if a is None or b is None or not a.any() or not b.any():
        return (a is not None and bool(a.any())) == (b is not None and bool(b.any()))
    return bool(np.array_equal(a, b))


def _encode_with_scores(
    table: pa.Table,
    row: np.ndarray,
    session: np.ndarray,
    scores: ScoreResult,
    control: np.ndarray | None = None,
) -> pa.Buffer:
    return _parquet(_with_scores(table, row, session, scores, control))


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


def _parquet(table: pa.Table) -> pa.Buffer:
    """messages.parquet in memory: the bytes ``pq.write_table`` writes to a file. Run on a
    thread (:class:`unmask.background.Background`; pyarrow's encoder and zstd release the
    GIL) so that it encodes beside the report, the page and the schema check."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def _write_all(out: Path, parquet: Background[pa.Buffer], files: dict[str, bytes]) -> None:
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
            handle.write(parquet.result())
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


#: the page's template and the templates it includes (:func:`prepare` loads them all)
_PAGE_TEMPLATES = ("report.html.j2", "report.css", "crisis_notice.html.j2", "safety_help.html.j2")


def prepare() -> None:
    """Do now what writing the first report would do first (import and compile the page
    template, build the schema's validator, import what builds the document), so that it
    can run while this process would otherwise wait (:func:`unmask.analyze.analyze` passes
    it to the scorer, which runs it while a forked child finishes scoring). Writes nothing;
    a later :func:`write_report` is the same, only faster."""
    import unmask.report.document  # noqa: F401 - imported for its cost, see above
    from unmask.lang.strings import LANGUAGES, strings
    from unmask.report.i18n import load

    if _quick_check() is None:  # the schema needs jsonschema: import it now
        _validator()
    # the report's sentences and the page's strings, in either language (each file read
    # once per process; h-speed54: ~15 ms that ran after the scores)
    for lang in LANGUAGES:
        strings(lang, "wording")
        load(lang)
    strings("zh", "labels")  # the Chinese component names (unmask.profile.wording.label)
    try:
        from unmask.report.html import environment  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # no page without the html extra: nothing to prepare
        return
    templates = environment()
    # the page and what it includes (loaded on first use, then kept by the environment)
    for name in _PAGE_TEMPLATES:
        templates.get_template(name)


def _render_html(report: Report, lang: str) -> str | None:
    try:
        from unmask.report.html import render_html  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    html: str = render_html(report, lang)
    return html


@without_cycle_collection  # its many objects form few cycles (unmask.gcpause)
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
    # the parquet thread first: it encodes while the report is built (Python, GIL held)
    ahead = analysis.parquet_ahead
    parquet = ahead.encoded(analysis, redact) if ahead is not None else None
    if parquet is None:
        parquet = Background(
            partial(_parquet, messages_table(analysis, redact=redact)), "unmask-parquet"
        )
    report = analysis.report(lang=lang, redact=redact)
    page = _render_html(report, lang) if html else None
    report["timings"]["write"] = round(time.perf_counter() - started, 4)
    # the schema check runs on a thread while this one waits for messages.parquet (the
    # encoder is often the last to finish): its error, then the size check, then the
    # encoder's, as when it ran here; nothing is written before all three
    checked = Background(partial(validate_report, report), "unmask-validate")
    parquet.wait()
    checked.result()
    document = json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8")
    _check_size(out, document, page)
    files = {"report.json": document}
    if page is not None:
        files["report.html"] = page.encode("utf-8")
    _write_all(out, parquet, files)
    json_path = out / "report.json"
    parquet_path = out / "messages.parquet"
    html_path = out / "report.html" if page is not None else None
    return ReportPaths(out, json_path, parquet_path, html_path, report)
