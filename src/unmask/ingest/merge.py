"""One couple, several exports: one timeline.

Couples talk on more than one app, and each app names the two people its own way
("Ann" on WhatsApp, "Anna Berg" on Messenger). :func:`merge_exports` reads every
export, renames each partner's names to one (``--partners "A=Ann,Anna Berg;B=Bo"``,
or names matched by :func:`match_partners`, which asks when it cannot tell), drops the
messages that two exports both hold (same sender, same text, times within
:data:`DUPLICATE_SECONDS`: overlapping exports of one app), and sorts the whole by time
(stable: ties keep the order of the exports given).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.errors import PartnerError
from unmask.ingest.base import ImportOptions, ImportReport
from unmask.model import ARROW_SCHEMA

#: messages of two exports closer than this, same sender and text, are one message
DUPLICATE_SECONDS = 60

#: asks which of an export's names is a partner: (export, partner's name, choices) -> choice
Ask = Callable[[str, str, list[str]], str]


@dataclass(frozen=True)
class PartnerNames:
    """Each partner's display name and every name the exports use for them."""

    a: str
    a_aliases: tuple[str, ...]
    b: str
    b_aliases: tuple[str, ...]

    def mapping(self) -> dict[str, str]:
        out = {alias: self.a for alias in self.a_aliases}
        out.update({alias: self.b for alias in self.b_aliases})
        return out


def parse_partner_aliases(spec: str) -> PartnerNames | None:
    """``"A=Ann,Anna;B=Bo"`` -> names; None for the plain ``"A,B"`` form (no ``=``).

    The name before ``=`` is how the report names that partner; the names after it
    are those the exports use (the name itself always counts too).
    """
    if "=" not in spec:
        return None
    parts = [part for part in spec.split(";") if part.strip()]
    sides: list[tuple[str, tuple[str, ...]]] = []
    for part in parts:
        label, sep, names = part.partition("=")
        label = label.strip()
        aliases = tuple(n.strip() for n in names.split(",") if n.strip()) if sep else ()
        if not label:
            break
        sides.append((label, (label, *aliases)))
    if len(sides) != 2 or sides[0][0] == sides[1][0]:
        raise PartnerError(
            '--partners with names per partner is written "A=NAME,NAME;B=NAME,NAME" '
            '(two partners, e.g. --partners "Ann=Ann,Anna Berg;Bo=Bo,Bo Chen").'
        )
    shared = set(sides[0][1]) & set(sides[1][1])
    if shared:
        raise PartnerError(
            f"--partners lists {', '.join(sorted(repr(n) for n in shared))} for both partners; "
            "each name may belong to one partner only."
        )
    (a, a_names), (b, b_names) = sides
    return PartnerNames(a, a_names, b, b_names)


def _top_two(table: pa.Table) -> list[str]:
    counts = pc.value_counts(table.column("sender").drop_null()).to_pylist()
    ranked = sorted(counts, key=lambda item: (-item["counts"], item["values"]))
    return [item["values"] for item in ranked[:2]]


def match_partners(tables: Sequence[tuple[str, pa.Table]], ask: Ask | None) -> PartnerNames | None:
    """Partner names across exports when ``--partners`` gave none.

    The first export's two most active senders are the partners. Another export
    whose two most active senders carry the same names needs nothing; otherwise
    ``ask`` is asked which of its names is each partner, and without ``ask`` (no
    terminal) a :class:`PartnerError` says how to write ``--partners``.
    """
    first_name, first = tables[0]
    pair = _top_two(first)
    if len(pair) < 2:
        return None
    a, b = pair
    a_names, b_names = [a], [b]
    for name, table in tables[1:]:
        theirs = _top_two(table)
        if set(theirs) <= {a, b}:
            continue
        if ask is None or len(theirs) < 2:
            raise PartnerError(
                f"{name} names its senders {', '.join(repr(t) for t in theirs)} and {first_name} "
                f"names them {a!r} and {b!r}; say who is who with "
                f'--partners "{a}=NAME,NAME;{b}=NAME,NAME".'
            )
        chosen = ask(name, a, theirs)
        other = next(t for t in theirs if t != chosen)
        a_names.append(chosen)
        b_names.append(other)
    if a_names == [a] and b_names == [b]:
        return None
    return PartnerNames(a, tuple(dict.fromkeys(a_names)), b, tuple(dict.fromkeys(b_names)))


def rename_senders(table: pa.Table, names: PartnerNames) -> pa.Table:
    """The table with every alias of a partner replaced by the partner's name."""
    mapping = names.mapping()
    senders = table.column("sender").to_pylist()
    renamed = pa.array([mapping.get(s, s) if s is not None else None for s in senders], pa.string())
    return table.set_column(table.schema.get_field_index("sender"), "sender", renamed)


def _seconds(stamps: pa.ChunkedArray) -> np.ndarray:
    """Seconds since 1970 of canonical timestamp strings (fractions dropped)."""
    text = pc.utf8_slice_codeunits(stamps, 0, 19).to_numpy(zero_copy_only=False)
    return text.astype("datetime64[s]").astype(np.int64)


def _prefix(table: pa.Table, prefix: str) -> pa.Table:
    """Ids made unique when two exports use the same conversation ids."""
    for name in ("conversation_id", "message_id", "reply_to"):
        column = table.column(name)
        prefixed = pc.binary_join_element_wise(prefix, column, "")
        table = table.set_column(table.schema.get_field_index(name), name, prefixed)
    return table


def merge_tables(tables: Sequence[pa.Table]) -> tuple[pa.Table, int]:
    """One table in time order, messages held by two exports kept once; (table, dropped)."""
    seen_ids: set[str] = set()
    parts: list[pa.Table] = []
    for number, table in enumerate(tables, start=1):
        ids = set(pc.unique(table.column("conversation_id")).to_pylist())
        if ids & seen_ids:
            table = _prefix(table, f"{number}/")
            ids = set(pc.unique(table.column("conversation_id")).to_pylist())
        seen_ids |= ids
        table = table.select(list(ARROW_SCHEMA.names)).cast(ARROW_SCHEMA)
        parts.append(
            table.append_column("_export", pa.array([number] * table.num_rows, pa.int32()))
        )
    whole = pa.concat_tables(parts)
    seconds = _seconds(whole.column("timestamp"))
    order = np.argsort(seconds, kind="stable")
    whole = whole.take(pa.array(order))
    seconds = seconds[order]
    keep = _not_duplicated(
        whole.column("sender").to_pylist(),
        whole.column("text").to_pylist(),
        whole.column("_export").to_numpy(),
        seconds,
    )
    dropped = int((~keep).sum())
    if dropped:
        whole = whole.filter(pa.array(keep))
    whole = whole.drop_columns(["_export"])
    return whole.cast(ARROW_SCHEMA), dropped


def _not_duplicated(
    senders: list[str | None], texts: list[str], exports: np.ndarray, seconds: np.ndarray
) -> np.ndarray:
    """False for a message another export already holds within the window (rows in time order)."""
    keep = np.ones(len(senders), dtype=np.bool_)
    last: dict[tuple[str | None, str], list[tuple[int, int]]] = {}
    for row, key in enumerate(zip(senders, texts, strict=True)):
        when, export = int(seconds[row]), int(exports[row])
        kept = last.get(key)
        if kept is not None:
            kept[:] = [(t, e) for t, e in kept if when - t <= DUPLICATE_SECONDS]
            if any(e != export for _, e in kept):
                keep[row] = False
                continue
            kept.append((when, export))
        else:
            last[key] = [(when, export)]
    return keep


def merge_exports(
    sources: Sequence[Path | str],
    options: ImportOptions | None = None,
    *,
    names: PartnerNames | None = None,
    ask: Ask | None = None,
    report: ImportReport | None = None,
) -> pa.Table:
    """Read every export and merge them into one timeline; ``report`` says what happened."""
    from unmask.ingest.api import read_table

    read: list[tuple[str, pa.Table]] = []
    formats: list[str] = []
    platforms: list[str] = []
    for source in sources:
        one = ImportReport(source=str(source))
        table = read_table(source, options, one)
        read.append((str(source), table))
        formats.append(one.format)
        platforms.append(one.platform or one.format)
        if report is not None:
            report.total_bytes += one.total_bytes
            report.unreadable_lines += one.unreadable_lines
            report.impossible_dates += one.impossible_dates
            report.media_files += one.media_files
            report.notes.extend(f"{Path(source).name}: {note}" for note in one.notes)
    if names is None and len(read) > 1:
        names = match_partners(read, ask)
    tables = [table for _, table in read]
    if names is not None:
        tables = [rename_senders(table, names) for table in tables]
    merged, dropped = merge_tables(tables)
    if report is not None:
        report.format = "+".join(dict.fromkeys(formats))
        report.platform = "+".join(dict.fromkeys(platforms))
        report.conversations = len(pc.unique(merged.column("conversation_id")))
        if dropped:
            report.notes.append(
                f"{dropped:,} message(s) held by two exports (same sender and text within "
                f"{DUPLICATE_SECONDS} s) were kept once."
            )
    return merged
