"""Tiny helpers for writing inline SVG as text (used by :mod:`unmask.report.charts`).

Why by hand and not a plotting library: the report must be one file that
opens offline, with no script and no URL in it. Inline SVG in an HTML5
document needs no ``xmlns`` attribute, so none is written (a namespace URL
would be the one "URL" in an otherwise URL-free file). Every chart has a
``viewBox`` and no fixed size, so it scales to the width of a phone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

#: bidirectional controls (embeddings, overrides, isolates, marks) a text may carry
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def isolate_bidi(text: str) -> str:
    """``text`` wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE when it holds a
    bidi control (what ``<bdi>`` does, valid in attributes too): a U+202E in a name or
    message cannot reorder the text around it."""
    if BIDI_CONTROLS.isdisjoint(text):
        return text
    return f"\u2068{text}\u2069"


def esc(text: object) -> str:
    """Text for an SVG text node or attribute; slashes encoded so no URL can appear."""
    return escape(isolate_bidi(str(text)), quote=True).replace("/", "&#47;")


def fmt(value: float) -> str:
    """A coordinate with at most one decimal (keeps the file small)."""
    rounded = round(float(value), 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def attrs(**values: object) -> str:
    """``key="value"`` pairs; underscores in keys become dashes, None values are left out."""
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        text = fmt(value) if isinstance(value, float) else esc(value)
        parts.append(f'{name}="{text}"')
    return " ".join(parts)


def tag(name: str, content: str = "", /, **values: object) -> str:
    """One element; self-closing when it has no content."""
    attributes = attrs(**values)
    opening = f"<{name} {attributes}" if attributes else f"<{name}"
    return f"{opening}>{content}</{name}>" if content else f"{opening}/>"


def text(x: float, y: float, content: object, **values: object) -> str:
    return tag("text", esc(content), x=float(x), y=float(y), **values)


def path_of(points: Sequence[tuple[float, float]], close: bool = False) -> str:
    """An SVG path ``d`` through ``points`` (straight segments)."""
    if not points:
        return ""
    d = "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in points)
    return d + (" Z" if close else "")


def svg(width: float, height: float, content: str, label: str, css: str = "chart") -> str:
    """The outer element: scales with its container, labelled for screen readers."""
    return (
        f'<svg class="{esc(css)}" viewBox="0 0 {fmt(width)} {fmt(height)}" role="img" '
        f'aria-label="{esc(label)}" preserveAspectRatio="xMidYMid meet">'
        f"<title>{esc(label)}</title>{content}</svg>"
    )


def nice_max(value: float) -> float:
    """A round upper bound for an axis (1, 2, 2.5, 5 times a power of ten)."""
    if value <= 0 or math.isnan(value):
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if value <= step * power:
            return step * power
    return 10.0 * power


def tick_label(value: float, unit: str) -> str:
    """Axis label in the unit of a series: shares as percent, rates with one decimal."""
    if unit == "share":
        return f"{100 * value:.1f}".rstrip("0").rstrip(".") + "%"
    return f"{value:.0f}" if value == int(value) else f"{value:.1f}"
