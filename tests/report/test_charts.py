"""The SVG chart functions on small, hand-made inputs with known shapes."""

from __future__ import annotations

import re

from unmask.report.charts import Bar, Fan, Line, Point, position_map, stacked_bars, trend_chart

MONTHS = [f"2022-{m:02d}" for m in range(1, 13)] + [f"2023-{m:02d}" for m in range(1, 7)]
REGIONS = [
    {"id": "genuine_intimacy", "label": "genuine intimacy", "surface": "high", "depth": "high"},
    {"id": "pseudo_intimacy", "label": "pseudo-intimacy", "surface": "high", "depth": "low"},
    {"id": "open_distress", "label": "open distress", "surface": "low", "depth": "low"},
    {"id": "stormy_closeness", "label": "stormy closeness", "surface": "low", "depth": "high"},
]


def _paths(svg: str, css: str) -> list[str]:
    return re.findall(rf'<path d="([^"]*)"[^>]*class="{css}"', svg)


def test_trend_chart_breaks_lines_at_missing_months() -> None:
    values: list[float | None] = [0.5 - 0.01 * i for i in range(len(MONTHS))]
    values[4] = None
    values[10] = None
    values[11] = None
    svg = trend_chart(
        MONTHS,
        [Line("couple", values), Line("a", [0.4] * len(MONTHS))],
        unit="share",
        label="Depth",
    )
    assert len(_paths(svg, "series series-couple")) == 3
    assert len(_paths(svg, "series series-a")) == 1
    assert 'viewBox="0 0 400 210"' in svg and "xmlns" not in svg


def test_trend_chart_draws_the_published_slope_through_the_mean() -> None:
    values = [0.2 + 0.01 * i for i in range(len(MONTHS))]  # +0.12 per year exactly
    svg = trend_chart(
        MONTHS, [Line("couple", values)], unit="share", label="Surface", fan=Fan(0.12, 0.06, 0.18)
    )
    (line,) = _paths(svg, "trendline")
    points = [tuple(map(float, p.split())) for p in re.findall(r"[ML]([\d.]+ [\d.]+)", line)]
    series = [
        tuple(map(float, p.split()))
        for p in re.findall(r"[ML]([\d.]+ [\d.]+)", _paths(svg, "series series-couple")[0])
    ]
    # the trend line of a perfectly straight series runs through its first and last points
    assert abs(points[0][1] - series[0][1]) < 0.2 and abs(points[1][1] - series[-1][1]) < 0.2
    assert len(_paths(svg, "fan")) == 1


def test_change_points_and_empty_charts() -> None:
    svg = trend_chart(
        MONTHS,
        [Line("couple", [1.0] * len(MONTHS))],
        unit="per_100_messages",
        label="Disclosure",
        change_months=["2022-07", "2030-01"],
    )
    assert svg.count('class="change-point"') == 1
    empty = trend_chart(
        MONTHS,
        [Line("couple", [None] * len(MONTHS))],
        unit="share",
        label="Depth",
        empty_text="too few",
    )
    assert "too few" in empty and "series" not in empty


def test_map_places_position_and_interval_in_the_right_region() -> None:
    svg = position_map(
        REGIONS,
        (0.35, 0.4),
        label="map",
        axis_labels=("surface", "depth"),
        current_region="pseudo_intimacy",
        position=Point(0.6, 0.2, (0.55, 0.65), (0.15, 0.25)),
    )
    circle = re.search(r'<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*class="position"', svg)
    assert circle is not None
    x, y = float(circle.group(1)), float(circle.group(2))
    rect = re.search(
        r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"'
        r'[^>]*class="region region-pseudo_intimacy"',
        svg,
    )
    assert rect is not None
    rx, ry, rw, rh = (float(v) for v in rect.groups())
    assert rx <= x <= rx + rw and ry <= y <= ry + rh
    assert 'stroke-width="2"' in rect.group(0)  # the current region is outlined
    assert svg.count('class="interval"') == 2 and 'class="interval-ellipse"' in svg


def test_map_without_position_shows_the_overlay_only() -> None:
    svg = position_map(
        REGIONS, (0.35, 0.4), label="map", axis_labels=("s", "d"), overlay_text="Not placed"
    )
    assert 'class="position"' not in svg and "Not placed" in svg
    assert svg.count('class="region ') == 4


def test_stacked_bars_are_proportional() -> None:
    svg = stacked_bars(
        [Bar("A answering B", {"responsive": 30, "minimal": 10}), Bar("B answering A", {})],
        ["responsive", "minimal"],
        label="bars",
        empty_text="nothing to answer",
    )
    widths = [float(w) for w in re.findall(r'width="([\d.]+)"[^>]*class="segment', svg)]
    assert len(widths) == 2 and abs(widths[0] / widths[1] - 3.0) < 0.01
    assert "75%" in svg and "25%" in svg and "nothing to answer" in svg


def test_labels_are_escaped_and_slashes_encoded() -> None:
    svg = stacked_bars(
        [Bar("<b>x</b> https://a.example", {"responsive": 1})], ["responsive"], label="bars"
    )
    assert "<b>" not in svg and "://" not in svg and "&lt;b&gt;" in svg
