"""The terminal summary: the heart of report.json on one screen (24 lines at 80 columns).

Blocks are measured at the console's width before anything is printed, and
the least important optional blocks are dropped until the whole summary
fits :data:`MAX_LINES`; the title, the position (or what cannot be told)
and "not a diagnosis" always stay. Names and sentences are printed as plain
text (never parsed as Rich markup), since they come from the chat.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from unmask.report.i18n import Strings, strings
from unmask.report.steps import choose_focus
from unmask.report.types import Report
from unmask.report.view import EMPTY_BREAKDOWN, KEYS, Scrubber, names_of

MAX_LINES = 24
ARROWS = {"up": "↑", "down": "↓", "flat": "→", "unclear": "?"}
#: blank lines between groups go first when space is short
SPACER = 9
TREND_IDS = ("depth", "surface", "disclosure", "responsive_share")


@dataclass(frozen=True)
class Block:
    """Something to print; ``priority`` 0 is never dropped, higher numbers go first."""

    renderable: RenderableType
    priority: int = 0


def _text(value: str, style: str = "") -> Text:
    return Text(value, style=style)


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _region(report: Report, region_id: str | None) -> str:
    labels = {r["id"]: r["label"] for r in report["profile"]["regions"]}
    return labels.get(region_id or "", region_id or "–")


def _position_blocks(report: Report, t: Strings, scrub: Scrubber) -> list[Block]:
    profile = report["profile"]
    if not profile["placed"]:
        blocks = [Block(_text(t("term.not_placed"), "bold"))]
        for item in report["limits"]["cannot_tell"]:
            blocks.append(Block(_text("  " + scrub(item["text"]))))
        return blocks
    s, d = profile["surface"], profile["depth"]
    line = t(
        "term.position",
        region=_region(report, profile["region"]),
        surface=_num(s["value"]),
        s_lo=_num(s["ci"][0]),
        s_hi=_num(s["ci"][1]),
        depth=_num(d["value"]),
        d_lo=_num(d["ci"][0]),
        d_hi=_num(d["ci"][1]),
    )
    blocks = [Block(_text(line, "bold"))]
    recent = profile["recent"]
    if profile.get("changed"):
        # the recent months lie in another region with confidence: said beside the headline
        line = t(
            "term.changed",
            months=recent["months"],
            region=_region(report, recent["region"]),
            p=f"{100 * (recent['change']['other_region'] or 0):.0f}%",
        )
        blocks.append(Block(_text(line, "bold")))
    if recent["placed"]:
        blocks.append(
            Block(
                _text(
                    t(
                        "term.recent",
                        months=recent["months"],
                        region=_region(report, recent["region"]),
                        surface=_num(recent["surface"]["value"]),
                        depth=_num(recent["depth"]["value"]),
                    )
                ),
                priority=4,
            )
        )
    return blocks


def _answering(report: Report, t: Strings) -> Table:
    names = names_of(report)
    categories = report["responses"]["categories"]
    table = Table(
        title=t("term.answering"),
        title_justify="left",
        box=None,
        pad_edge=False,
        padding=(0, 1),
        show_edge=False,
        title_style="bold",
    )
    table.add_column("", max_width=22, overflow="ellipsis", no_wrap=True)
    for c in categories:
        table.add_column(t(f"response.{c}"), justify="right", no_wrap=True)
    table.add_column("n", justify="right")
    for k in KEYS:
        b = report["responses"]["by_responder"].get(k, EMPTY_BREAKDOWN)
        other = names["b" if k == "a" else "a"]
        table.add_row(
            Text(f"{names[k]} → {other}"),
            *[t.percent(b["shares"].get(c)) for c in categories],
            f"{b['total']:,}",
        )
    return table


def _figures(report: Report, t: Strings) -> list[Block]:
    names = names_of(report)
    bids = report["bids"]["by_responder"]
    comps = report["components"]
    out = []
    if all(k in bids for k in KEYS):
        shares = {k: t.percent(bids[k]["shares"].get("toward")) for k in KEYS}
        out.append(
            Block(
                _text(
                    t(
                        "term.bids",
                        a=names["a"],
                        b=names["b"],
                        sa=shares["a"],
                        sb=shares["b"],
                        na=f"{bids['a']['total']:,}",
                        nb=f"{bids['b']['total']:,}",
                    )
                ),
                priority=5,
            )
        )
    if "disclosure" in comps:
        parts = comps["disclosure"]["by_partner"]
        out.append(
            Block(
                _text(
                    t(
                        "term.disclosure",
                        a=names["a"],
                        b=names["b"],
                        ra=t.number(parts["a"]["value"]),
                        rb=t.number(parts["b"]["value"]),
                    )
                ),
                priority=6,
            )
        )
    if "surface_share" in comps:
        out.append(
            Block(
                _text(
                    t(
                        "term.surface",
                        share=t.percent(comps["surface_share"]["couple"]["value"]),
                        exchanges=f"{report['bookkeeping']['exchanges']:,}",
                    )
                ),
                priority=7,
            )
        )
    return out


def _statement(
    report: Report, kind: str, heading: str, mark: str, priority: int, scrub: Scrubber
) -> list[Block]:
    for s in report["statements"]:
        if s["kind"] == kind:  # surface.share is kind "everyday": never a strength or gap
            line = Text(f"{mark} ", style="bold")
            line.append(heading if heading.endswith("：") else f"{heading} ", style="bold")
            line.append(scrub(s["text"]))
            return [Block(line, priority)]
    return []


def _trends(report: Report, t: Strings) -> list[Block]:
    series = report["trends"]["series"]
    parts = []
    for sid in TREND_IDS:
        s = series.get(sid)
        if s is None or s["direction"] not in ("up", "down"):
            continue
        slope = s["slope_per_year"]["value"]
        if slope is None:  # an up/down trend always has a slope
            continue
        value = (
            t("term.points", value=f"{100 * slope:+.0f}")
            if s["unit"] == "share"
            else f"{slope:+.1f}"
        )
        parts.append(f"{s['label']} {ARROWS[s['direction']]} {t('term.per_year', value=value)}")
    if not parts:
        return []
    trends = t("term.trends")
    lead = trends if trends.endswith("：") else f"{trends} "
    return [Block(Text(lead + " · ".join(parts)), priority=3)]


def _safety_blocks(report: Report, t: Strings) -> list[Block]:
    """Safety mode: what was counted and where help is, and nothing that scores the couple."""
    from unmask.helplines import help_for

    names = names_of(report)
    by = report["safety"]["by_partner"]
    counted = {k: by[k]["control"] + by[k]["fear"] for k in KEYS}
    countries = ", ".join(c.name for c in help_for(t.lang).countries)
    return [
        Block(_text(t("term.safety"), "bold")),
        Block(_text(t("term.safety_not_verdict"))),
        Block(
            _text(
                t(
                    "term.safety_counts",
                    a=names["a"],
                    b=names["b"],
                    na=f"{counted['a']:,}",
                    nb=f"{counted['b']:,}",
                )
            )
        ),
        Block(_text(t("term.safety_help", countries=countries))),
        Block(_text(t("term.safety_elsewhere"))),
    ]


#: countries whose crisis lines the terminal names (the rest are in report.html)
CRISIS_COUNTRIES = 3


def _crisis_blocks(report: Report, t: Strings) -> list[Block]:
    """The crisis notice (docs/safety.md), never dropped; none where nothing was counted."""
    from unmask.report.safety_view import crisis_help

    help_ = crisis_help(report, t.lang)
    if help_ is None:
        return []
    countries = help_.crisis_countries[:CRISIS_COUNTRIES]
    lines = [t("term.crisis_line", country=c.name, line=c.crisis[0]) for c in countries]
    return [Block(_text(t("term.crisis", lines=t("term.crisis_sep").join(lines)), "bold"))]


def summary_blocks(report: Report, lang: str | None = None) -> list[Block]:
    """The summary's blocks in print order (before fitting to the screen)."""
    t = strings(lang or report["parameters"].get("lang", "en"))
    names = names_of(report)
    source = report["source"]
    safety = report.get("safety")
    safety_mode = safety["mode"] if safety else "none"
    blocks = [
        Block(
            _text(
                t(
                    "term.title",
                    a=names["a"],
                    b=names["b"],
                    months=source["months"],
                    n=f"{source['text_messages']:,}",
                    first=(source["first"] or "")[:7],
                    last=(source["last"] or "")[:7],
                ),
                "bold",
            )
        )
    ]
    blocks += _crisis_blocks(report, t)
    if safety_mode == "safety":  # docs/safety.md: the calm page's summary, nothing else
        return blocks + _safety_blocks(report, t)
    scrub = Scrubber(report)
    blocks += _position_blocks(report, t, scrub)
    blocks.append(Block(_text(t("term.not_diagnosis"), "dim")))
    if safety_mode == "notice":
        n = f"{report['safety']['messages']:,}"
        blocks.append(Block(_text(t("term.safety_notice", n=n))))
    else:  # no safety reading is no all-clear (docs/safety.md)
        blocks.append(Block(_text(t("term.safety_standing"), "dim")))
    if source["text_messages"]:
        blocks.append(Block(Text(""), priority=SPACER))
        blocks.append(Block(_answering(report, t), priority=2))
        blocks += _figures(report, t)
        blocks.append(Block(Text(""), priority=SPACER))
        blocks += _statement(report, "strength", t("term.strength"), "+", 1, scrub)
        blocks += _statement(report, "gap", t("term.gap"), "-", 1, scrub)
        blocks += _trends(report, t)
        focus = choose_focus(report)
        blocks.append(Block(_text(t("term.next", focus=t(f"next.focus.{focus.id}"))), priority=1))
    return blocks


def _height(renderable: RenderableType, width: int) -> int:
    probe = Console(
        width=width, file=io.StringIO(), color_system=None, highlight=False, legacy_windows=False
    )
    probe.print(renderable)
    return probe.file.getvalue().count("\n")  # type: ignore[attr-defined]


def fit(
    blocks: list[Block],
    width: int,
    max_lines: int = MAX_LINES,
    height: Callable[[RenderableType, int], int] = _height,
) -> list[Block]:
    """Drop optional blocks (highest priority number first) until the summary fits."""
    kept = list(blocks)
    heights = {id(b): height(b.renderable, width) for b in blocks}
    for priority in sorted({b.priority for b in blocks if b.priority}, reverse=True):
        if sum(heights[id(b)] for b in kept) <= max_lines:
            break
        kept = [b for b in kept if b.priority != priority]
    return kept


def print_summary(report: Report, console: Console) -> None:
    """Print the one-screen summary of a report.json document to ``console``."""
    for block in fit(summary_blocks(report), console.width):
        console.print(block.renderable, highlight=False)
