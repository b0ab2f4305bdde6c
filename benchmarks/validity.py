"""Every validity figure of the signals and the profile, on the shared development sets.

Run: ``.venv/bin/python benchmarks/validity.py [--area NAME ...] [--json FILE]``

Prints one table: area, figure, measured value, target, whether it is met, and how many
items it rests on. The figures are computed by the modules of :mod:`unmask_dev.validity`
(one per area); what each captures and misses is in docs/validity.md. The development sets
live in ``shared/data/`` beside the repository (``$UNMASK_SHARED`` elsewhere); where they
are absent the table says so on each figure instead of failing.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict

from rich.console import Console
from rich.table import Table

from unmask_dev.validity import AREAS, ON_REQUEST, Row, collectors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--area",
        action="append",
        choices=AREAS,
        help="only these areas (default: all but " + ", ".join(ON_REQUEST) + ")",
    )
    ap.add_argument("--json", help="also write the rows as JSON to this file")
    args = ap.parse_args()
    console = Console()
    rows: list[Row] = []
    for area, collect in collectors():
        if (args.area and area not in args.area) or (not args.area and area in ON_REQUEST):
            continue
        started = time.perf_counter()
        got = collect()
        console.print(f"[dim]{area}: {len(got)} figures in {time.perf_counter() - started:.1f} s")
        rows.extend(got)
    table = Table(title="unmask validity figures (development sets)")
    for column in ("area", "figure", "value", "target", "met", "n", "note"):
        table.add_column(column, overflow="fold")
    for row in rows:
        met = {True: "yes", False: "NO", None: "-"}[row.met]
        value = "absent" if row.value is None else f"{row.value:.3f}"
        table.add_row(row.area, row.figure, value, row.target, met, str(row.n), row.note)
    console.print(table)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump([asdict(r) for r in rows], f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
