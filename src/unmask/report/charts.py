"""The report's charts as inline SVG strings: trend lines, the surface/depth map, stacked bars.

Each function takes plain numbers and already-translated labels (the caller,
:mod:`unmask.report.html`, reads them from report.json) and returns one
``<svg>`` element. No chart computes a figure that report.json does not
hold: the trend line and its band are drawn from the published slope and its
95 % interval, anchored where an ordinary least-squares line always passes
(the mean month and mean value of the months that entered the trend), so the
band is the fan of slopes the interval allows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from unmask.report.svg import esc, fmt, nice_max, path_of, svg, tag, text, tick_label
from unmask.report.types import ProfileRegionsItem

INK = "#2d2a32"
MUTED = "#6b6670"
GRID = "#dedbe2"
#: partner A solid blue, partner B dashed orange, the couple dark: readable without colour too
LINE_STYLES: dict[str, dict[str, object]] = {
    "couple": {"stroke": INK, "stroke_width": 2.2},
    "a": {"stroke": "#2b6cb0", "stroke_width": 1.6},
    "b": {"stroke": "#c05621", "stroke_width": 1.6, "stroke_dasharray": "5 3"},
}
CATEGORY_COLOURS: dict[str, str] = {
    "responsive": "#2f855a",
    "toward": "#2f855a",
    "minimal": "#d6bc5c",
    "away": "#d6bc5c",
    "deflecting": "#dd8a3e",
    "dismissive": "#b83232",
    "against": "#b83232",
    "no_answer": "#a3a0a8",
}
Scale = Callable[[float], float]
REGION_FILLS: dict[str, str] = {
    "genuine_intimacy": "#e3f2e6",
    "pseudo_intimacy": "#fbe6e1",
    "open_distress": "#e9ecf2",
    "stormy_closeness": "#fdf1dc",
}


@dataclass(frozen=True)
class Line:
    """One series of a trend chart: ``style`` is "couple", "a" or "b"."""

    style: str
    values: Sequence[float | None]


@dataclass(frozen=True)
class Fan:
    """A published trend: slope per year and its 95 % interval."""

    slope_per_year: float
    low: float
    high: float


@dataclass(frozen=True)
class Point:
    """A position on the map with its bootstrap intervals (None where unknown)."""

    surface: float
    depth: float
    surface_ci: tuple[float | None, float | None] = (None, None)
    depth_ci: tuple[float | None, float | None] = (None, None)


@dataclass(frozen=True)
class Bar:
    """One stacked bar: a label and counts per category."""

    label: str
    counts: Mapping[str, int]


# ---------------------------------------------------------------- trend lines


def _segments(points: Sequence[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """Split at gaps (None): months below the minimum are never drawn as zero."""
    out: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            if out[-1]:
                out.append([])
        else:
            out[-1].append(point)
    return [segment for segment in out if segment]


def _x_ticks(months: Sequence[str]) -> list[int]:
    """Indices of months to label: each January (thinned when many years), else quarters."""
    januaries = [i for i, m in enumerate(months) if m.endswith("-01")]
    if len(months) > 13 and januaries:
        step = 1 + len(januaries) // 7
        return januaries[::step]
    return list(range(0, len(months), 3))


def _fan_polygon(couple: Sequence[float | None], fan: Fan, x_of: Scale, y_of: Scale) -> str:
    valid = [(i, v) for i, v in enumerate(couple) if v is not None]
    if len(valid) < 2:
        return ""
    mean_i = sum(i for i, _ in valid) / len(valid)
    mean_v = sum(v for _, v in valid) / len(valid)
    first, last = valid[0][0], valid[-1][0]

    def at(i: float, slope: float) -> tuple[float, float]:
        return x_of(i), y_of(mean_v + slope / 12.0 * (i - mean_i))

    band = [
        at(first, fan.low),
        at(mean_i, 0.0),
        at(last, fan.high),
        at(last, fan.low),
        at(mean_i, 0.0),
        at(first, fan.high),
    ]
    line = [at(first, fan.slope_per_year), at(last, fan.slope_per_year)]
    return tag(
        "path", d=path_of(band, close=True), fill=INK, fill_opacity="0.10", class_="fan"
    ) + tag(
        "path",
        d=path_of(line),
        stroke=INK,
        stroke_width=1.0,
        stroke_dasharray="2 3",
        fill="none",
        class_="trendline",
    )


def trend_chart(
    months: Sequence[str],
    lines: Sequence[Line],
    *,
    unit: str,
    label: str,
    fan: Fan | None = None,
    change_months: Sequence[str] = (),
    empty_text: str = "",
) -> str:
    """Monthly values per partner and for the couple, with the trend fan and change points."""
    width, height = 400.0, 210.0
    left, right, top, bottom = 42.0, 10.0, 10.0, 26.0
    pw, ph = width - left - right, height - top - bottom
    n = len(months)
    values = [v for line in lines for v in line.values if v is not None]
    if not values or n == 0:
        body = text(
            width / 2, height / 2, empty_text, text_anchor="middle", fill=MUTED, font_size=12
        )
        return svg(width, height, body, label, css="chart trend empty")
    y_max = nice_max(max(values) * 1.05)
    if unit == "share":
        y_max = min(y_max, 1.0)

    def x_of(i: float) -> float:
        return left + (pw / 2 if n == 1 else pw * i / (n - 1))

    def y_of(v: float) -> float:
        return top + ph * (1 - v / y_max)

    parts: list[str] = []
    for fraction in (0.0, 0.5, 1.0):
        y = y_of(y_max * fraction)
        parts.append(tag("line", x1=left, x2=left + pw, y1=y, y2=y, stroke=GRID, stroke_width=1))
        parts.append(
            text(
                left - 4,
                y + 4,
                tick_label(y_max * fraction, unit),
                text_anchor="end",
                font_size=10,
                fill=MUTED,
            )
        )
    for i in _x_ticks(months):
        x = x_of(i)
        parts.append(tag("line", x1=x, x2=x, y1=top + ph, y2=top + ph + 4, stroke=MUTED))
        tick = months[i][:4] if len(months) > 13 else months[i]
        anchor = "end" if x > width - right - 12 else "middle"
        parts.append(text(x, height - 8, tick, text_anchor=anchor, font_size=10, fill=MUTED))
    for month in change_months:
        if month in months:
            x = x_of(months.index(month))
            parts.append(
                tag(
                    "line",
                    x1=x,
                    x2=x,
                    y1=top,
                    y2=top + ph,
                    stroke="#7a5195",
                    stroke_width=1.2,
                    stroke_dasharray="4 3",
                    class_="change-point",
                )
            )
    clipped: list[str] = []
    couple = next((line.values for line in lines if line.style == "couple"), None)
    if fan is not None and couple is not None:
        clipped.append(_fan_polygon(couple, fan, x_of, y_of))
    for line in sorted(lines, key=lambda s: s.style == "couple"):
        style = LINE_STYLES.get(line.style, LINE_STYLES["couple"])
        points = [None if v is None else (x_of(i), y_of(v)) for i, v in enumerate(line.values)]
        for segment in _segments(points):
            if len(segment) == 1:
                x, y = segment[0]
                clipped.append(
                    tag(
                        "circle",
                        cx=x,
                        cy=y,
                        r=2.0,
                        fill=str(style["stroke"]),
                        class_=f"series series-{line.style}",
                    )
                )
            else:
                clipped.append(
                    tag(
                        "path",
                        d=path_of(segment),
                        fill="none",
                        stroke_linejoin="round",
                        **style,
                        class_=f"series series-{line.style}",
                    )
                )
    # a nested <svg> clips the band to the plot area without clip-path url() references
    parts.append(
        f'<svg x="{fmt(left)}" y="{fmt(top)}" width="{fmt(pw)}" height="{fmt(ph)}" '
        f'viewBox="{fmt(left)} {fmt(top)} {fmt(pw)} {fmt(ph)}">{"".join(clipped)}</svg>'
    )
    parts.append(tag("line", x1=left, x2=left + pw, y1=top + ph, y2=top + ph, stroke=MUTED))
    return svg(width, height, "".join(parts), label, css="chart trend")


# ---------------------------------------------------------------- the map


def _wrapped(x: float, y: float, label: str, size: float, **values: object) -> str:
    """A region label on one or two lines (split at the middle space of long labels)."""
    words = label.split(" ")
    if len(label) <= 12 or len(words) == 1:
        return text(x, y, label, font_size=size, **values)
    half = len(words) // 2 if len(words) > 2 else 1
    first, second = " ".join(words[:half]), " ".join(words[half:])
    return text(x, y - size * 0.6, first, font_size=size, **values) + text(
        x, y + size * 0.6, second, font_size=size, **values
    )


def position_map(
    regions: Sequence[ProfileRegionsItem],
    thresholds: tuple[float, float],
    *,
    label: str,
    axis_labels: tuple[str, str],
    current_region: str | None = None,
    position: Point | None = None,
    recent: Point | None = None,
    partners: Sequence[tuple[str, Point]] = (),
    overlay_text: str = "",
) -> str:
    """The surface (x) / depth (y) plane, the four named regions, positions and intervals.

    ``regions`` are report.json ``profile.regions`` (id, translated label,
    surface high/low, depth high/low); ``thresholds`` are (surface, depth).
    When the couple is not placed the caller passes no ``position`` and an
    ``overlay_text`` saying so: the map then shows the regions only.
    """
    size, left, top, bottom, right = 280.0, 46.0, 10.0, 40.0, 12.0
    width, height = left + size + right, top + size + bottom
    ts, td = thresholds

    def x_of(v: float) -> float:
        return left + size * max(0.0, min(1.0, v))

    def y_of(v: float) -> float:
        return top + size * (1 - max(0.0, min(1.0, v)))

    parts: list[str] = []
    for region in regions:
        x0, x1 = (ts, 1.0) if region["surface"] == "high" else (0.0, ts)
        y0, y1 = (td, 1.0) if region["depth"] == "high" else (0.0, td)
        here = region["id"] == current_region
        parts.append(
            tag(
                "rect",
                x=x_of(x0),
                y=y_of(y1),
                width=x_of(x1) - x_of(x0),
                height=y_of(y0) - y_of(y1),
                fill=REGION_FILLS.get(region["id"], "#eeeeee"),
                stroke=INK if here else "#ffffff",
                stroke_width=2.0 if here else 1.0,
                class_=f"region region-{region['id']}",
            )
        )
        parts.append(
            _wrapped(
                (x_of(x0) + x_of(x1)) / 2,
                (y_of(y0) + y_of(y1)) / 2 + 4,
                region["label"],
                12.0,
                text_anchor="middle",
                fill=INK,
                font_weight="bold" if here else "normal",
            )
        )
    for value, is_x in ((ts, True), (td, False)):
        if is_x:
            parts.append(
                tag(
                    "line",
                    x1=x_of(value),
                    x2=x_of(value),
                    y1=top,
                    y2=top + size,
                    stroke=MUTED,
                    stroke_dasharray="3 3",
                )
            )
        else:
            parts.append(
                tag(
                    "line",
                    x1=left,
                    x2=left + size,
                    y1=y_of(value),
                    y2=y_of(value),
                    stroke=MUTED,
                    stroke_dasharray="3 3",
                )
            )
    for value in (0.0, ts, 1.0):
        parts.append(
            text(
                x_of(value),
                top + size + 14,
                f"{value:g}",
                text_anchor="middle",
                font_size=10,
                fill=MUTED,
            )
        )
    for value in (0.0, td, 1.0):
        parts.append(
            text(
                left - 4, y_of(value) + 4, f"{value:g}", text_anchor="end", font_size=10, fill=MUTED
            )
        )
    parts.append(
        text(
            left + size / 2,
            height - 6,
            axis_labels[0],
            text_anchor="middle",
            font_size=12,
            fill=INK,
        )
    )
    parts.append(
        text(
            0,
            0,
            axis_labels[1],
            text_anchor="middle",
            font_size=12,
            fill=INK,
            transform=f"translate(14 {fmt(top + size / 2)}) rotate(-90)",
        )
    )
    for index, (short, point) in enumerate(partners):
        # small squares at the exact spot; letters offset (up-left, down-right) so that
        # markers close to the couple's position stay readable
        x, y = x_of(point.surface), y_of(point.depth)
        parts.append(
            tag(
                "rect",
                x=x - 4,
                y=y - 4,
                width=8.0,
                height=8.0,
                rx=1.5,
                fill="#ffffff",
                stroke=INK,
                stroke_width=1.2,
                class_="partner-marker",
            )
        )
        dx, dy = (-9.0, -7.0) if index == 0 else (9.0, 15.0)
        parts.append(
            text(
                x + dx,
                y + dy,
                short,
                text_anchor="end" if index == 0 else "start",
                font_size=11,
                font_weight="bold",
                fill=INK,
                class_="partner-label",
            )
        )
    if recent is not None:
        parts.append(_marker(recent, x_of, y_of, filled=False))
    if position is not None:
        parts.append(_marker(position, x_of, y_of, filled=True))
    if overlay_text:
        parts.append(
            tag(
                "rect",
                x=left + 20,
                y=top + size / 2 - 22,
                width=size - 40,
                height=44.0,
                rx=6.0,
                fill="#ffffff",
                fill_opacity="0.92",
                stroke=MUTED,
            )
        )
        parts.append(
            _wrapped(
                left + size / 2,
                top + size / 2 + 4,
                overlay_text,
                12.0,
                text_anchor="middle",
                fill=INK,
                class_="overlay",
            )
        )
    return svg(width, height, "".join(parts), label, css="chart map")


def _whisker(*segments: list[tuple[float, float]], stroke: str, dash: str | None) -> str:
    """One interval path: the line between two points, then its two end caps."""
    d = " ".join(f"M{fmt(a[0])} {fmt(a[1])} L{fmt(b[0])} {fmt(b[1])}" for a, b in segments)
    return tag(
        "path", d=d, stroke=stroke, stroke_width=1.6, stroke_dasharray=dash, class_="interval"
    )


def _marker(point: Point, x_of: Scale, y_of: Scale, *, filled: bool) -> str:
    """The bootstrap interval as a cross (with a faint ellipse) and the point itself."""
    x, y = x_of(point.surface), y_of(point.depth)
    stroke = "#5a2a82"
    dash = None if filled else "3 2"
    css = "position" if filled else "position-recent"
    parts: list[str] = []
    s_lo, s_hi = point.surface_ci
    d_lo, d_hi = point.depth_ci
    if filled and s_lo is not None and s_hi is not None and d_lo is not None and d_hi is not None:
        x0, x1 = x_of(s_lo), x_of(s_hi)
        y0, y1 = y_of(d_hi), y_of(d_lo)
        parts.append(
            tag(
                "ellipse",
                cx=(x0 + x1) / 2,
                cy=(y0 + y1) / 2,
                rx=max((x1 - x0) / 2, 1.0),
                ry=max((y1 - y0) / 2, 1.0),
                fill=stroke,
                fill_opacity="0.12",
                class_="interval-ellipse",
            )
        )
    if s_lo is not None and s_hi is not None:  # surface interval: horizontal whisker
        x0, x1 = x_of(s_lo), x_of(s_hi)
        parts.append(
            _whisker(
                [(x0, y), (x1, y)],
                [(x0, y - 4), (x0, y + 4)],
                [(x1, y - 4), (x1, y + 4)],
                stroke=stroke,
                dash=dash,
            )
        )
    if d_lo is not None and d_hi is not None:  # depth interval: vertical whisker
        y0, y1 = y_of(d_lo), y_of(d_hi)
        parts.append(
            _whisker(
                [(x, y0), (x, y1)],
                [(x - 4, y0), (x + 4, y0)],
                [(x - 4, y1), (x + 4, y1)],
                stroke=stroke,
                dash=dash,
            )
        )
    parts.append(
        tag(
            "circle",
            cx=x,
            cy=y,
            r=5.5,
            fill=stroke if filled else "#ffffff",
            stroke=stroke,
            stroke_width=2.0,
            class_=css,
        )
    )
    return "".join(parts)


# ---------------------------------------------------------------- stacked bars


def stacked_bars(
    bars: Sequence[Bar], categories: Sequence[str], *, label: str, empty_text: str = ""
) -> str:
    """One horizontal 100 % bar per row, a segment per category, percent inside wide ones."""
    width, left, right, row_h = 400.0, 4.0, 4.0, 50.0
    height = row_h * max(len(bars), 1) + 4
    bar_w = width - left - right
    parts: list[str] = []
    for row, bar in enumerate(bars):
        y = row * row_h + 16
        parts.append(text(left, y - 5, bar.label, font_size=13, fill=INK))
        total = sum(bar.counts.get(c, 0) for c in categories)
        if total == 0:
            parts.append(
                tag("rect", x=left, y=y, width=bar_w, height=24.0, fill="none", stroke=GRID)
            )
            parts.append(
                text(width / 2, y + 16, empty_text, text_anchor="middle", font_size=11, fill=MUTED)
            )
            continue
        x = left
        for category in categories:
            count = bar.counts.get(category, 0)
            if count == 0:
                continue
            w = bar_w * count / total
            parts.append(
                tag(
                    "rect",
                    x=x,
                    y=y,
                    width=w,
                    height=24.0,
                    fill=CATEGORY_COLOURS.get(category, MUTED),
                    class_=f"segment segment-{category}",
                )
            )
            if w >= 30:
                light = category in ("minimal", "away", "no_answer")
                parts.append(
                    text(
                        x + w / 2,
                        y + 16,
                        f"{100 * count / total:.0f}%",
                        text_anchor="middle",
                        font_size=11,
                        fill=INK if light else "#ffffff",
                    )
                )
            x += w
    return svg(width, height, "".join(parts), label, css="chart bars")


__all__ = [
    "CATEGORY_COLOURS",
    "LINE_STYLES",
    "Bar",
    "Fan",
    "Line",
    "Point",
    "esc",
    "position_map",
    "stacked_bars",
    "trend_chart",
]
