"""``unmask demo``'s contrast table fits an 80-column terminal with nothing cut."""

from __future__ import annotations

import io

from rich.console import Console

from analysis.builders import run
from unmask.cli.analyze_cmd import CONTRAST_COLUMNS, contrast_legend, contrast_table
from unmask.samples import SAMPLES

DAY = 24 * 60


def _report() -> dict:
    rows: list[tuple] = []
    for d in range(0, 200, 2):
        t = d * DAY
        rows += [
            ("Ann", t, "I've been anxious all week", ("disclosure.emotional", "bid")),
            (
                "Ben",
                t + 3,
                "that sounds hard. what's weighing on you most?",
                ("responsiveness", "inner_question"),
            ),
            ("Ben", t + 60, "you owe me 23.50 for the shopping", ("transactional",)),
            ("Ann", t + 61, "ok", ()),
        ]
    report: dict = run(rows).report()
    return report


def test_demo_table_fits_80_columns_without_cutting_a_cell() -> None:
    report = _report()
    console = Console(width=80, file=io.StringIO(), color_system=None)
    console.print(contrast_table([(name, report) for name in SAMPLES]))
    console.print(contrast_legend())
    printed: str = console.file.getvalue()  # type: ignore[attr-defined]
    assert "…" not in printed
    assert max(len(line.rstrip()) for line in printed.splitlines()) <= 80
    header = next(line for line in printed.splitlines() if line.split()[:1] == ["couple"])
    assert header.split() == [h for h, _ in CONTRAST_COLUMNS]
    for name in SAMPLES:
        assert name in printed
    surface = f"{report['profile']['surface']['value']:.2f}"
    depth = f"{report['profile']['depth']['value']:.2f}"
    row = next(line for line in printed.splitlines() if line.split()[:1] == ["drifting_en"])
    assert surface in row.split() and depth in row.split()
    for _, meaning in CONTRAST_COLUMNS[1:]:
        assert meaning.split()[-1] in printed  # the legend explains each short header
