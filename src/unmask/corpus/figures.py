"""One couple's figures as table rows: the report.json numbers, flattened.

Corpus mode computes nothing of its own: :func:`couple_figures` takes the
:class:`~unmask.analyze.Analysis` of one couple, builds the same report.json
document ``unmask analyze`` writes (without picking the quoted examples), and
flattens it into four kinds of rows: the message scores, one row of metrics,
one row of profile, and one row per month of the trend series. Every column
has a declared Arrow type (a :class:`Columns` records it), so a partition's
tables line up with every other partition's whatever is null in them.

No message text and no sender name leaves this module: messages carry their
partner role (``a``/``b``, or null for anyone else) instead of the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa

from unmask.dyad.bids import BID_CATEGORIES
from unmask.dyad.rates import COMPONENTS
from unmask.dyad.responses import RESPONSE_CATEGORIES
from unmask.profile.composite import REGION_IDS
from unmask.report.types import (
    Axis,
    Bids,
    ProfileRecentDepth,
    ProfileRecentSurface,
    Report,
    Responses,
)
from unmask.signals.types import ALL_SIGNALS

if TYPE_CHECKING:
    from unmask.analyze import Analysis

KEYS = ("a", "b")
_TYPES: dict[str, pa.DataType] = {
    "f": pa.float64(),
    "i": pa.int64(),
    "s": pa.string(),
    "b": pa.bool_(),
    "l": pa.list_(pa.string()),
}


@dataclass
class Columns:
    """Rows of one table with a declared type per column (the same for every row)."""

    types: dict[str, pa.DataType] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def row(self) -> Row:
        row = Row(self)
        self.rows.append(row.values)
        return row

    def table(self) -> pa.Table:
        schema = pa.schema([pa.field(name, kind) for name, kind in self.types.items()])
        return pa.Table.from_pylist(self.rows, schema=schema)


class Row:
    """One row being filled: ``row.f("name", value)`` adds a float64 column, and so on."""

    def __init__(self, owner: Columns) -> None:
        self._owner = owner
        self.values: dict[str, Any] = {}

    def _add(self, kind: str, name: str, value: Any) -> None:
        self._owner.types.setdefault(name, _TYPES[kind])
        self.values[name] = value

    def f(self, name: str, value: float | None) -> None:
        self._add("f", name, None if value is None else float(value))

    def i(self, name: str, value: int | None) -> None:
        self._add("i", name, None if value is None else int(value))

    def s(self, name: str, value: str | None) -> None:
        self._add("s", name, value)

    def b(self, name: str, value: bool | None) -> None:
        self._add("b", name, None if value is None else bool(value))

    def strings(self, name: str, value: list[str]) -> None:
        self._add("l", name, list(value))


def message_table(couple_id: str, a: Analysis) -> pa.Table:
    """One row per message: ids, time, partner role, language, session, every signal score."""
    table = a.table
    n = table.num_rows
    role = np.full(n, None, dtype=object)
    role[a.cols.row] = np.asarray(KEYS, dtype=object)[a.cols.who]
    session = np.full(n, -1, dtype=np.int64)
    session[a.cols.row] = a.cols.session
    columns: dict[str, pa.Array] = {
        "couple_id": pa.array([couple_id] * n, type=pa.string()),
        "row": pa.array(np.arange(n, dtype=np.int64)),
        "conversation_id": table.column("conversation_id").combine_chunks(),
        "message_id": table.column("message_id").combine_chunks(),
        "timestamp": table.column("timestamp").combine_chunks(),
        "kind": table.column("kind").combine_chunks(),
        "role": pa.array(role, type=pa.string()),
        "lang": pa.array(a.scores.lang, type=pa.string()),
        "session": pa.array(session),
    }
    for name in ALL_SIGNALS:
        values = np.asarray(a.scores.scores[name], dtype=np.float64)
        columns[f"score.{name}"] = pa.array(values, type=pa.float64(), mask=np.isnan(values))
    return pa.table(columns)


@dataclass
class CoupleTables:
    """The rows of every couple of one partition, table by table."""

    metrics: Columns = field(default_factory=Columns)
    profiles: Columns = field(default_factory=Columns)
    months: Columns = field(default_factory=Columns)
    messages: list[pa.Table] = field(default_factory=list)

    def add(self, couple_id: str, source: str, a: Analysis) -> None:
        """Add one couple's figures (the report.json document of ``a``, flattened)."""
        report = a.report(examples=False)
        _metrics(self.metrics.row(), couple_id, source, report)
        _profile(self.profiles.row(), couple_id, report)
        _months(self.months, couple_id, report)
        self.messages.append(message_table(couple_id, a))


def _metrics(row: Row, couple_id: str, source: str, report: Report) -> None:
    src = report["source"]
    row.s("couple_id", couple_id)
    row.s("file", source)
    row.s("format", src["format"])
    for key in ("messages", "text_messages", "months", "days", "sessions"):
        row.i(key, src[key])
    row.s("first", src["first"])
    row.s("last", src["last"])
    row.i("senders", len(src["senders"]))
    for p in report["partners"]:
        row.i(f"messages.{p['key']}", p["messages"])
        row.i(f"text_messages.{p['key']}", p["text_messages"])
    readable = report["limits"]["readable"]
    row.f("readable_share", readable["share"])
    for k in KEYS:
        row.f(f"readable_share.{k}", readable["by_partner"][k])
    row.b("placed", report["limits"]["placed"])
    row.strings("cannot_tell", [item["code"] for item in report["limits"]["cannot_tell"]])
    for c in COMPONENTS:
        comp = report["components"][c.id]
        row.f(c.id, comp["couple"]["value"])
        row.i(f"{c.id}.count", comp["couple"]["count"])
        for k in KEYS:
            row.f(f"{c.id}.{k}", comp["by_partner"][k]["value"])
            row.i(f"{c.id}.count.{k}", comp["by_partner"][k]["count"])
    sections: tuple[tuple[str, Responses | Bids, tuple[str, ...]], ...] = (
        ("responses", report["responses"], RESPONSE_CATEGORIES),
        ("bids", report["bids"], BID_CATEGORIES),
    )
    for section, data, categories in sections:
        for k in KEYS:
            part = data["by_responder"][k]
            row.i(f"{section}.total.{k}", part["total"])
            for cat in categories:
                row.i(f"{section}.{cat}.{k}", part["counts"].get(cat, 0))
                row.f(f"{section}.{cat}_share.{k}", part["shares"].get(cat))
    for k in KEYS:
        lat = report["latency"]["by_responder"][k]
        for kind, q in (("disclosure", lat["disclosure"]), ("logistics", lat["logistics"])):
            row.i(f"latency.{kind}.n.{k}", q["n"])
            row.f(f"latency.{kind}.q1_minutes.{k}", q["q1_minutes"])
            row.f(f"latency.{kind}.median_minutes.{k}", q["median_minutes"])
            row.f(f"latency.{kind}.q3_minutes.{k}", q["q3_minutes"])
    init = report["initiations"]
    for k in KEYS:
        row.i(f"initiations.{k}", init["by_partner"][k]["count"])
        row.f(f"initiations_share.{k}", init["by_partner"][k]["share"])
    book = report["bookkeeping"]
    row.i("bookkeeping.exchanges", book["exchanges"])
    for k in KEYS:
        row.i(f"bookkeeping.started.{k}", book["by_partner"][k]["started"])
    rec = report["reciprocity"]
    row.f("reciprocity.balance", rec["balance"])
    for k in KEYS:
        row.f(f"reciprocity.share.{k}", rec["share"][k])
    for sid, series in report["trends"]["series"].items():
        slope = series["slope_per_year"]
        row.f(f"trend.{sid}.slope_per_year", slope["value"])
        row.f(f"trend.{sid}.slope_low", slope["ci"][0])
        row.f(f"trend.{sid}.slope_high", slope["ci"][1])
        row.s(f"trend.{sid}.direction", series["direction"])
        row.i(f"trend.{sid}.change_points", len(series["change_points"]))


def _axis(row: Row, prefix: str, axis: Axis | ProfileRecentSurface | ProfileRecentDepth) -> None:
    row.f(prefix, axis["value"])
    row.f(f"{prefix}_low", axis["ci"][0])
    row.f(f"{prefix}_high", axis["ci"][1])


def _profile(row: Row, couple_id: str, report: Report) -> None:
    profile = report["profile"]
    safety = report["safety"]
    row.s("couple_id", couple_id)
    row.b("placed", profile["placed"])
    row.s("region", profile["region"])
    _axis(row, "surface", profile["surface"])
    _axis(row, "depth", profile["depth"])
    for rid in REGION_IDS:
        row.f(f"p.{rid}", profile["region_probabilities"].get(rid))
    row.f("conflict_per_100", profile["conflict_per_100"])
    for k in KEYS:
        row.f(f"surface.{k}", profile["by_partner"][k]["surface"])
        row.f(f"depth.{k}", profile["by_partner"][k]["depth"])
    recent = profile["recent"]
    row.i("recent.months", recent["months"])
    row.s("recent.from", recent["from"])
    row.i("recent.text_messages", recent["text_messages"])
    row.b("recent.placed", recent["placed"])
    row.s("recent.region", recent["region"])
    _axis(row, "recent.surface", recent["surface"])
    _axis(row, "recent.depth", recent["depth"])
    change = recent["change"]
    row.b("changed", profile["changed"])
    row.f("change.other_region", change.get("other_region"))
    row.f("change.surface", change.get("surface_change"))
    row.f("change.depth", change.get("depth_change"))
    row.s("safety.mode", safety["mode"])
    row.strings("safety.reasons", [str(r) for r in safety["reasons"]])
    row.i("safety.messages", safety["messages"])


def _months(columns: Columns, couple_id: str, report: Report) -> None:
    trends = report["trends"]
    series = trends["series"]
    for index, month in enumerate(trends["months"]):
        row = columns.row()
        row.s("couple_id", couple_id)
        row.s("month", month)
        row.i("index", index)
        for sid, s in series.items():
            row.f(sid, s["couple"][index])
            for k in KEYS:
                row.f(f"{sid}.{k}", s["by_partner"][k][index])


__all__ = ["Columns", "CoupleTables", "Row", "message_table"]
