"""The partners' messages as aligned numpy columns, and their *runs* (turns).

Why columns: every metric is a count over boolean flags (a signal present,
a message short) grouped by partner, month, session or run, which numpy does
with ``bincount``/``reduceat`` in one pass over a million messages.

Which messages count: text, media and stickers sent by one of the two
partners. System lines, calls, deleted messages and other senders are left
out of the dyad (a call after a disclosure may well be the warmest answer,
but the export does not show what was said, so we do not pretend to read it).

A *run* (a turn) is a maximal sequence of consecutive messages by the same
partner within one session; the other partner's next run in the same session
is the *answer* to it. Sessions use :func:`unmask.sessions.session_ids`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.arrownp import array_of, distinct_values, numpy_of, scalar, strings
from unmask.dyad.partners import Partners
from unmask.dyad.safety import (
    CONTROL_SIGNALS,
    FEAR_SIGNAL,
    NOT_DEPTH,
    control_or_fear,
    count_daily_checkins,
    laughing,
    mask_depth,
    set_aside_laughing,
)
from unmask.model import Kind
from unmask.sessions import DEFAULT_SESSION_GAP_MINUTES, session_ids
from unmask.signals import control_gate
from unmask.signals.types import DEPTH_SIGNALS, PRESENT, ScoreResult

#: message kinds that take part in the dyad (see module docstring)
DYAD_KINDS: tuple[str, ...] = (Kind.TEXT.value, Kind.MEDIA.value, Kind.STICKER.value)

#: signals whose presence means a message has emotional content (never "minimal")
CONTENT_SIGNALS: tuple[str, ...] = (*DEPTH_SIGNALS, "dismissal", "responsiveness")

#: a text is "short" when it has at most this many words (Latin script) ...
MINIMAL_MAX_WORDS = 2
#: ... and at most this many characters; Han-script texts: at most MINIMAL_MAX_HAN characters
MINIMAL_MAX_CHARS = 12
MINIMAL_MAX_HAN = 4


@dataclass(frozen=True)
class DyadColumns:
    """One entry per dyad message, in chronological order.

    ``row`` indexes the full message table (to fetch text for examples);
    ``who`` is 0 for partner a, 1 for b; ``time`` is seconds since the epoch
    (wall time of the export); ``month`` is ``year * 12 + month - 1``;
    ``flags[signal]`` is True where the signal is present (score >= 0.5) on a
    text message; ``minimal`` marks short answers without emotional content
    ("ok", "lol", a lone emoji, a sticker or photo). ``held``: where the control gate
    withholds a message's depth by the safety model's control probability alone
    (:func:`held_by_gate`; None: nowhere): read as a controlling message for depth, bids
    and responses, never as control for safety (h-gate). ``answer_held``: where the
    control gate's lower level for the response credit holds a message that carries no
    depth signal of its own (:data:`unmask.signals.control_gate.ANSWER_LEVELS`,
    :func:`held_by_gate`; every ``held`` message among them; None: nowhere): as an answer
    it turns toward no bid and answers no disclosure responsively (h-gate2).
    """

    row: np.ndarray
    who: np.ndarray
    time: np.ndarray
    month: np.ndarray
    session: np.ndarray
    is_text: np.ndarray
    minimal: np.ndarray
    flags: dict[str, np.ndarray]
    held: np.ndarray | None = None
    answer_held: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.row)

    def any_of(self, names: tuple[str, ...]) -> np.ndarray:
        """True where any of the named signals is present."""
        out = np.zeros(len(self.row), dtype=bool)
        for name in names:
            if name in self.flags:
                out |= self.flags[name]
        return out


@dataclass(frozen=True)
class Runs:
    """Turns: consecutive messages of one partner within a session.

    ``start``/``stop`` are index ranges into :class:`DyadColumns` (stop
    exclusive); ``t_first``/``t_last`` the times of the first and last
    message; ``any_flags[signal]`` is True where a message of the run carries
    the signal; ``all_minimal`` is True where every message is minimal;
    ``session_first`` is True for the first run of a session (its sender
    started the conversation); ``held`` is True where a message of the run is
    :attr:`DyadColumns.held` (None: no run); ``answer_held`` where one is
    :attr:`DyadColumns.answer_held` (None: no run; its flags are kept, its answers are
    read as a controlling turn's: :func:`unmask.dyad.bids.bid_outcomes`,
    :func:`unmask.dyad.responses.disclosure_responses`).
    """

    start: np.ndarray
    stop: np.ndarray
    who: np.ndarray
    session: np.ndarray
    month: np.ndarray
    t_first: np.ndarray
    t_last: np.ndarray
    any_flags: dict[str, np.ndarray]
    all_minimal: np.ndarray
    session_first: np.ndarray
    held: np.ndarray | None = None
    answer_held: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.start)

    def controlling(self) -> np.ndarray:
        """Per run: whether a message of it carries a counted control flag or is
        :attr:`DyadColumns.held` or :attr:`DyadColumns.answer_held` (the writer's fear
        alone is not control)."""
        out = self.any_of(CONTROL_SIGNALS)
        if self.held is not None:
            out = out | self.held
        return out if self.answer_held is None else out | self.answer_held

    def any_of(self, names: tuple[str, ...]) -> np.ndarray:
        out = np.zeros(len(self.start), dtype=bool)
        for name in names:
            if name in self.any_flags:
                out |= self.any_flags[name]
        return out

    def answered(self) -> np.ndarray:
        """True where the next run is the other partner's, in the same session."""
        out = np.zeros(len(self.start), dtype=bool)
        if len(self.start) > 1:
            out[:-1] = self.session[1:] == self.session[:-1]
        return out


def _column(table: pa.Table, name: str) -> pa.ChunkedArray:
    return table.column(name)


def _seconds(timestamps: pa.ChunkedArray) -> np.ndarray:
    """ISO wall times to int64 seconds (vectorised in Arrow); a fraction of a second
    (``…:55.250000``, allowed by docs/format.md) is cut off, as seconds are the unit here."""
    whole = pc.utf8_slice_codeunits(timestamps, 0, 19)  # YYYY-MM-DDTHH:MM:SS
    parsed = pc.cast(whole, pa.timestamp("s"))
    return np.asarray(numpy_of(parsed), dtype="datetime64[s]").astype(np.int64)


def _months(seconds: np.ndarray) -> np.ndarray:
    months = seconds.astype("datetime64[s]").astype("datetime64[M]").astype(np.int64)
    return (months + 1970 * 12).astype(np.int64)


def _minimal(texts: pa.ChunkedArray | pa.Array, is_text: np.ndarray) -> np.ndarray:
    """Short texts (few words, few characters) and all non-text messages; each distinct
    text is measured once (a chat repeats its "ok"s and "haha"s: 100k messages of the
    benchmark export hold ~26k texts)."""
    values, index = distinct_values(texts)
    short = _short(values)
    return (short if index is None else short[index]) | ~is_text


def _short(texts: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Texts of few words and few characters."""
    trimmed = pc.utf8_trim_whitespace(texts)
    # a null text (a photo, a sticker) counts as empty here (its NaN would not cast): the
    # caller marks it short anyway. pc.fill_null with a Python scalar would import pandas
    chars = np.nan_to_num(numpy_of(pc.utf8_length(trimmed))).astype(np.int64)
    gaps = np.nan_to_num(numpy_of(pc.count_substring_regex(trimmed, r"\s+"))).astype(np.int64)
    han = np.asarray(numpy_of(pc.match_substring_regex(trimmed, "[\u3400-\u9fff]")), dtype=bool)
    latin_short = (gaps + 1 <= MINIMAL_MAX_WORDS) & (chars <= MINIMAL_MAX_CHARS)
    return np.asarray(np.where(han, chars <= MINIMAL_MAX_HAN, latin_short), dtype=bool)


def _bool(array: pa.ChunkedArray | pa.Array) -> np.ndarray:
    return np.asarray(numpy_of(pc.fill_null(array, scalar(False))), dtype=bool)


@dataclass(frozen=True)
class Selection:
    """What :func:`build_columns` reads of the table alone, before any score: the
    partners' rows and their columns (:class:`DyadColumns` without the flags; ``minimal``
    is every short text or non-text message, whatever its signals)."""

    row: np.ndarray
    who: np.ndarray
    time: np.ndarray
    session: np.ndarray
    is_text: np.ndarray
    short: np.ndarray


def select(
    table: pa.Table,
    partners: Partners,
    session_gap_minutes: float = DEFAULT_SESSION_GAP_MINUTES,
) -> Selection:
    """The partners' messages of ``table`` and what :func:`build_columns` reads of them
    that needs no score (it may run while the scores are computed elsewhere)."""
    sender = _column(table, "sender")
    kind = _column(table, "kind")
    mask = _bool(pc.is_in(sender, value_set=strings(list(partners.names)))) & _bool(
        pc.is_in(kind, value_set=strings(list(DYAD_KINDS)))
    )
    everything = bool(mask.all())
    rows = np.flatnonzero(mask)

    def pick(values: np.ndarray) -> np.ndarray:
        return values if everything else values[rows]

    who = pick(_bool(pc.equal(sender, scalar(partners.b)))).astype(np.int8)
    time = pick(_seconds(_column(table, "timestamp")))
    is_text = pick(_bool(pc.equal(kind, scalar(Kind.TEXT.value))))
    conversation = pc.dictionary_encode(_column(table, "conversation_id")).combine_chunks()
    conv_codes = pick(np.asarray(numpy_of(conversation.indices)))
    session = session_ids(conv_codes, time.astype("datetime64[s]"), session_gap_minutes)
    short = pick(_minimal(_column(table, "text"), _bool(pc.equal(kind, scalar(Kind.TEXT.value)))))
    return Selection(rows, who, time, np.asarray(session, dtype=np.int64), is_text, short)


def build_columns(
    table: pa.Table,
    scores: ScoreResult,
    partners: Partners,
    session_gap_minutes: float = DEFAULT_SESSION_GAP_MINUTES,
    selection: Selection | None = None,
    checkins: Callable[[], np.ndarray] | None = None,
) -> DyadColumns:
    """Select the partners' messages and turn their scores into presence flags.

    Columns are computed on the whole table and then indexed, so the (large)
    text column is never copied. ``selection``: :func:`select` of the same table,
    partners and gap, when the caller has it already; ``checkins``: returns
    :func:`unmask.dyad.safety.checkin_candidates` of the text column and its rows (worked
    out before the scores, if the caller has; called only where it is needed).
    """
    sel = selection or select(table, partners, session_gap_minutes)
    rows, is_text = sel.row, sel.is_text
    everything = len(rows) == table.num_rows
    flags: dict[str, np.ndarray] = {}
    for name, values in scores.scores.items():
        column = np.asarray(values, dtype=np.float64)
        flags[name] = ((column if everything else column[rows]) >= PRESENT) & is_text
    # safety: a care check-in asked every day is monitoring, teasing set aside, control and
    # fear never read as depth (docs/safety.md)
    count_daily_checkins(flags, _column(table, "text"), rows, sel.who, sel.time, is_text, checkins)
    set_aside_laughing(flags, _column(table, "text"), rows, scores.control, scores.lang)
    # nor a line the safety model reads as control past the control gate's level (h-gate)
    held = held_by_gate(scores, flags, _column(table, "text"), rows, is_text)
    # and, at the gate's lower level for the response credit, a line with no depth signal of
    # its own earns no credit as an answer (h-gate2)
    answer_held = held
    levels = control_gate.answer_levels()
    if levels:
        lower = held_by_gate(scores, flags, _column(table, "text"), rows, is_text, levels)
        if lower is not None:
            for name in DEPTH_SIGNALS:
                if name in flags:
                    lower &= ~flags[name]
            answer_held = lower if held is None else lower | held
    if held is not None:
        mask_depth(flags, {}, held)
    content = np.zeros(len(rows), dtype=bool)
    for name in CONTENT_SIGNALS:
        if name in flags:
            content |= flags[name]
    return DyadColumns(
        row=rows,
        who=sel.who,
        time=sel.time,
        month=_months(sel.time),
        session=sel.session,
        is_text=is_text,
        minimal=sel.short & ~content,
        flags=flags,
        held=held,
        answer_held=answer_held,
    )


def withheld(cols: DyadColumns) -> np.ndarray | None:
    """Per dyad message: where a control or fear flag is set or the control gate holds it
    (:attr:`DyadColumns.held`): its depth, bid and response scores are never shown
    (messages.parquet); None where nowhere."""
    return control_or_fear(cols.flags, cols.held)


def held_by_gate(
    scores: ScoreResult,
    flags: dict[str, np.ndarray],
    texts: pa.ChunkedArray | pa.Array,
    rows: np.ndarray,
    is_text: np.ndarray,
    levels: dict[str, float] | None = None,
) -> np.ndarray | None:
    """Per dyad message (``rows``: their table rows): whether the control gate withholds
    its depth by the safety model's control probability alone (h-ctrldepth2,
    :func:`unmask.signals.control_gate.likely_control` of :attr:`ScoreResult.control`,
    the probability the scorer kept) where no control or fear flag is set (those are
    masked already; the writer's fear keeps the line out of the gate, as at the scorer)
    and the line is not laughing (as a counted control flag is set aside,
    :func:`unmask.dyad.safety.set_aside_laughing`). None where no message is held, or the
    scores kept no probability (read without the safety model: no gate). ``levels``: per
    language (default :data:`unmask.signals.control_gate.LEVELS`; the response credit's
    lower level is :data:`unmask.signals.control_gate.ANSWER_LEVELS`, h-gate2)."""
    control = scores.control
    if control is None or len(control) != len(scores.lang) or not len(rows):
        return None
    held = control_gate.likely_at(control, scores.lang, rows, levels) & is_text
    if not held.any():
        return None
    ruled = control_or_fear(flags)
    if ruled is not None:
        held &= ~ruled
    where = np.flatnonzero(held)
    if where.size:
        held[where[laughing(texts.take(array_of(rows[where])))]] = False
    return held if held.any() else None


#: flags packed into one integer per message by :func:`_any_per_run`
_FLAG_BITS = 64


def _any_per_run(flags: dict[str, np.ndarray], start: np.ndarray) -> dict[str, np.ndarray]:
    """``{name: np.logical_or.reduceat(flag, start)}``, the same booleans: up to 64 flags
    are packed as the bits of one integer per message and OR-ed per run in one ``reduceat``
    (numpy's boolean ``reduceat`` takes about as long per flag as this does for all of
    them)."""
    names = list(flags)
    out: dict[str, np.ndarray] = {}
    for lo in range(0, len(names), _FLAG_BITS):
        chunk = names[lo : lo + _FLAG_BITS]
        packed = np.zeros(len(flags[chunk[0]]), dtype=np.uint64)
        for bit, name in enumerate(chunk):
            packed |= flags[name].astype(np.uint64) << np.uint64(bit)
        per_run = np.bitwise_or.reduceat(packed, start)
        for bit, name in enumerate(chunk):
            out[name] = (per_run >> np.uint64(bit)) & np.uint64(1) != 0
    return out


def build_runs(cols: DyadColumns) -> Runs:
    """Group consecutive messages of one partner within a session into runs."""
    n = len(cols)
    if n == 0:
        empty_i = np.zeros(0, dtype=np.int64)
        return Runs(
            start=empty_i,
            stop=empty_i,
            who=np.zeros(0, dtype=np.int8),
            session=empty_i,
            month=empty_i,
            t_first=empty_i,
            t_last=empty_i,
            any_flags={k: np.zeros(0, dtype=bool) for k in cols.flags},
            all_minimal=np.zeros(0, dtype=bool),
            session_first=np.zeros(0, dtype=bool),
            held=None,
            answer_held=None,
        )
    new_session = np.ones(n, dtype=bool)
    new_session[1:] = cols.session[1:] != cols.session[:-1]
    new_run = new_session.copy()
    new_run[1:] |= cols.who[1:] != cols.who[:-1]
    start = np.flatnonzero(new_run)
    stop = np.append(start[1:], n)
    any_flags = _any_per_run(cols.flags, start)
    # a turn that controls or fears is not a bid or a disclosure; nor one with a line the
    # control gate holds (h-gate)
    held = None if cols.held is None else np.logical_or.reduceat(cols.held, start)
    mask_depth(any_flags, None, held)
    # a turn with a line past the response credit's level answers nothing responsively
    answer_held = None
    if cols.answer_held is not None:
        answer_held = np.logical_or.reduceat(cols.answer_held, start)
    return Runs(
        start=start,
        stop=stop,
        who=cols.who[start],
        session=cols.session[start],
        month=cols.month[start],
        t_first=cols.time[start],
        t_last=cols.time[stop - 1],
        any_flags=any_flags,
        all_minimal=np.logical_and.reduceat(cols.minimal, start),
        session_first=new_session[start],
        held=held,
        answer_held=answer_held,
    )


def in_control_turn(runs: Runs) -> np.ndarray | None:
    """Per message (the runs cover the dyad's messages in order), whether it belongs to a
    turn that carries a counted control or fear flag, or a line the control gate holds
    (:attr:`Runs.held`); None where no turn does."""
    turn = control_or_fear(runs.any_flags, runs.held)
    if turn is None or not turn.any():
        return None
    return np.repeat(turn, runs.stop - runs.start)


def mask_control_turns(cols: DyadColumns, runs: Runs) -> DyadColumns:
    """``cols`` with every depth, bid and response flag cleared on each message of a turn
    (run) that carries a control or fear flag: "I love you so much" then "so stop talking
    to them" is one turn, and neither message earns warmth's credit. The runs of ``cols``
    already hold these turns as no depth (:func:`build_runs` masks them per run); this
    makes the per-message counts (the components, the months) agree with them."""
    hit = in_control_turn(runs)
    if hit is None:
        return cols
    flags = dict(cols.flags)
    for name in NOT_DEPTH:
        if name in flags and (flags[name] & hit).any():
            flags[name] = flags[name] & ~hit
    return dataclasses.replace(cols, flags=flags)


def rebuild_runs(runs: Runs, cols: DyadColumns, changed: Iterable[str]) -> Runs:
    """:func:`build_runs` of ``cols``, where ``runs`` was built of the same columns apart
    from the flags ``changed`` (none of them a control or fear flag: those decide which
    depth flags :func:`mask_depth` clears): the runs are the same messages, only the
    changed flags' per-run values are worked out again (the same booleans)."""
    names = [name for name in changed if name in cols.flags]
    if FEAR_SIGNAL in names or any(name in CONTROL_SIGNALS for name in names):
        return build_runs(cols)
    if not names or len(runs) == 0:
        return dataclasses.replace(runs, any_flags=dict(runs.any_flags))
    any_flags = dict(runs.any_flags)
    fresh = _any_per_run({name: cols.flags[name] for name in names}, runs.start)
    mask_depth(fresh, any_flags, runs.held)
    any_flags.update(fresh)
    return dataclasses.replace(runs, any_flags=any_flags)
