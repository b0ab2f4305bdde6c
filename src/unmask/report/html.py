"""report.json -> report.html: one self-contained page that opens offline.

The page has no script, no external resource and no URL of any kind: CSS is
inline, charts are inline SVG drawn in Python (:mod:`unmask.report.charts`),
fonts are the reader's own. Text that comes from the chat (example messages,
names) could contain links; every dynamic value is HTML-escaped, its slashes
written as ``&#47;`` and the dot after a "www" as ``&#46;``, so a quoted
"https://..." shows as text but no URL string exists in the file and nothing
can be fetched or auto-linked.

The template carries the marker ``<!-- unmask:questionnaire -->`` where
``unmask compare`` later inserts the questionnaire comparison.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import Environment, PackageLoader, StrictUndefined
from jinja2.bccache import Bucket, BytecodeCache
from markupsafe import Markup, escape

from unmask._version import __version__
from unmask.errors import OutputError
from unmask.fsutil import private_mkdir, write_private
from unmask.report import charts
from unmask.report.i18n import Strings, strings
from unmask.report.safety_view import (
    crisis_context,
    notice_context,
    safety_context,
    standing_context,
)
from unmask.report.safety_view import mode as safety_mode
from unmask.report.svg import isolate_bidi
from unmask.report.types import Bids, Profile, ProfileRecent, Report, Responses
from unmask.report.view import (
    EMPTY_BREAKDOWN,
    KEYS,
    TREND_ORDER,
    Scrubber,
    component_rows,
    fmt_slope,
    minimums_text,
    names_of,
    next_step,
    rhythm_rows,
    sections,
    short_marks,
)

QUESTIONNAIRE_MARKER = "<!-- unmask:questionnaire -->"


def finalize(value: object) -> object:
    """Escape every printed value and encode its slashes (see the module docstring).

    A value holding a bidi control (U+202E RIGHT-TO-LEFT OVERRIDE and kin) is
    wrapped in a directional isolate, so it cannot reorder the text around it.
    """
    if isinstance(value, Markup):
        return value
    if value is None:
        return ""
    text = str(escape(isolate_bidi(str(value)))).replace("/", "&#47;")
    # a bare "www.host." would still auto-link in some readers: its first dot is encoded too
    return Markup(_WWW.sub(r"\1&#46;", text))


_WWW = re.compile(r"(?i)\b(www)\.")


class TemplateCache(BytecodeCache):
    """The templates' compiled code, kept in the compiled-lexicon cache folder
    (:func:`unmask.signals.compiled_cache.folder`): Jinja compiles report.html.j2 in ~45 ms
    in every new process; its code is read back in a few. A file's name holds the
    template's key (its name and path) and a hash of what the code depends on besides the
    template's source: this module (the environment's options), unmask's and jinja2's
    versions; Jinja checks the source's checksum and the Python version itself, and a
    stale, damaged or foreign file is compiled again. Files are 0600 in a 0700 folder and
    read only when this user owns them and nobody else may write them (the code runs when
    a page is rendered); failures to write are ignored."""

    def __init__(self, where: Path) -> None:
        self._where = where
        tag = f"{__version__}|{getattr(jinja2, '__version__', '?')}|".encode()
        self._tag = hashlib.blake2b(tag + Path(__file__).read_bytes(), digest_size=12).hexdigest()

    def _path(self, bucket: Bucket) -> Path:
        return self._where / f"template-{bucket.key}-{self._tag}.bytecode"

    def load_bytecode(self, bucket: Bucket) -> None:
        from unmask.signals.compiled_cache import read_trusted

        data = read_trusted(self._path(bucket))
        if data is None:
            return
        try:
            bucket.bytecode_from_string(data)  # a stale header or checksum: left empty
        except Exception:  # noqa: BLE001 - a damaged file just means "compile again"
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        path = self._path(bucket)
        try:
            private_mkdir(self._where)
            write_private(path, bucket.bytecode_to_string())
        except (OSError, OutputError):
            return
        for old in self._where.glob(f"template-{bucket.key}-*.bytecode"):  # older code
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()


def _template_cache() -> TemplateCache | None:
    """:class:`TemplateCache` in the cache folder; None when the cache is off (or this
    module cannot be read for its hash)."""
    from unmask.signals.compiled_cache import folder

    where = folder()
    if where is None:
        return None
    try:
        return TemplateCache(where)
    except OSError:  # this module's bytes unreadable: no cache, the templates compile
        return None


_ENV: Environment | None = None


def environment() -> Environment:
    """The Jinja2 environment (templates packaged under unmask/report/templates; their
    compiled code kept by :class:`TemplateCache`)."""
    global _ENV
    if _ENV is None:
        _ENV = Environment(
            loader=PackageLoader("unmask.report", "templates"),
            bytecode_cache=_template_cache(),
            autoescape=True,
            finalize=finalize,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    return _ENV


def _point(data: Profile | ProfileRecent) -> charts.Point | None:
    s, d = data["surface"], data["depth"]
    if s["value"] is None or d["value"] is None:
        return None
    return charts.Point(s["value"], d["value"], (s["ci"][0], s["ci"][1]), (d["ci"][0], d["ci"][1]))


def _map(report: Report, t: Strings) -> Markup:
    profile = report["profile"]
    thresholds = report["parameters"]["thresholds"]
    placed = bool(profile["placed"])
    marks = short_marks(report)
    partners: list[tuple[str, charts.Point]] = []
    if placed:
        for k in KEYS:
            p = profile["by_partner"].get(k)
            if p and p["surface"] is not None and p["depth"] is not None:
                partners.append((marks[k], charts.Point(p["surface"], p["depth"])))
    recent = profile["recent"]
    svg = charts.position_map(
        profile["regions"],
        (thresholds["surface"], thresholds["depth"]),
        label=t("map.label"),
        axis_labels=(t("map.axis_surface"), t("map.axis_depth")),
        current_region=profile["region"] if placed else None,
        position=_point(profile) if placed else None,
        recent=_point(recent) if placed and recent["placed"] else None,
        partners=partners,
        overlay_text="" if placed else t("position.not_placed"),
    )
    return Markup(svg)


def _section(report: Report, what: str) -> Responses | Bids:
    """The responses or the bids section (the two share a shape)."""
    return report["responses"] if what == "responses" else report["bids"]


def _bars(report: Report, t: Strings, what: str) -> Markup:
    data = _section(report, what)
    names = names_of(report)
    bars = []
    for k in KEYS:
        b = data["by_responder"].get(k, EMPTY_BREAKDOWN)
        other = names["b" if k == "a" else "a"]
        bars.append(
            charts.Bar(
                t("bar.answering", name=names[k], other=other, n=f"{b['total']:,}"), b["counts"]
            )
        )
    label = t("responses.chart_label" if what == "responses" else "bids.chart_label")
    return Markup(
        charts.stacked_bars(bars, data["categories"], label=label, empty_text=t("bar.empty"))
    )


def _legend(report: Report, t: Strings, what: str) -> list[dict[str, str]]:
    prefix = "response" if what == "responses" else "bid"
    return [
        {"label": t(f"{prefix}.{c}"), "colour": charts.CATEGORY_COLOURS.get(c, "#999")}
        for c in _section(report, what)["categories"]
    ]


def _bids_fear(report: Report, t: Strings) -> str | None:
    """The sentence saying how many bids were left out as answered in fear (h-gate2: an
    answer given in fear is not a free one); None where none was."""
    fear = report["bids"].get("answered_in_fear")
    n = sum(fear.values()) if fear else 0
    return t("bids.fear_left_out", n=f"{n:,}") if n else None


def _breakdown_rows(report: Report, t: Strings, what: str) -> list[dict[str, Any]]:
    names = names_of(report)
    rows = []
    for k in KEYS:
        b = _section(report, what)["by_responder"].get(k, EMPTY_BREAKDOWN)
        rows.append(
            {
                "name": names[k],
                "total": f"{b['total']:,}",
                "cells": [
                    f"{b['counts'].get(c, 0):,} ({t.percent(b['shares'].get(c))})"
                    for c in _section(report, what)["categories"]
                ],
            }
        )
    return rows


def _trends(report: Report, t: Strings) -> list[dict[str, Any]]:
    months = report["trends"]["months"]
    series = report["trends"]["series"]
    out = []
    for sid in TREND_ORDER:
        s = series.get(sid)
        if s is None or sum(v is not None for v in s["couple"]) < 2:
            continue
        slope = s["slope_per_year"]
        fan = None
        value, (low, high) = slope["value"], slope["ci"]
        if value is not None and low is not None and high is not None:
            fan = charts.Fan(value, low, high)
        lines = [charts.Line("couple", s["couple"])]
        lines += [charts.Line(k, s["by_partner"][k]) for k in KEYS if k in s["by_partner"]]
        svg = charts.trend_chart(
            months,
            lines,
            unit=s["unit"],
            label=t("trend.chart_label", label=s["label"]),
            fan=fan,
            change_months=[c["month"] for c in s["change_points"]],
            empty_text=t("trend.empty"),
        )
        caption = t(f"trend.direction.{s['direction']}")
        if fan is not None:
            caption += " · " + t(
                "trend.slope",
                slope=fmt_slope(t, slope["value"], s["unit"]),
                lo=fmt_slope(t, slope["ci"][0], s["unit"]),
                hi=fmt_slope(t, slope["ci"][1], s["unit"]),
            )
        out.append(
            {
                "id": sid,
                "label": s["label"],
                "svg": Markup(svg),
                "caption": caption,
                "direction": s["direction"],
            }
        )
    return out


def context(report: Report, lang: str) -> dict[str, Any]:
    """Everything the template needs, from one report.json document."""
    t = strings(lang)
    scrub = Scrubber(report)
    names = names_of(report)
    source = report["source"]
    profile = report["profile"]
    placed = bool(profile["placed"])
    probabilities = []
    if placed:
        labels = {r["id"]: r["label"] for r in profile["regions"]}
        ranked = sorted(profile["region_probabilities"].items(), key=lambda item: -item[1])
        probabilities = [
            {"label": labels.get(rid, rid), "share": t.percent(p), "value": p} for rid, p in ranked
        ]
    params = report["parameters"]
    return {
        "lang": lang,
        "t": t,
        "names": names,
        "marks": short_marks(report),
        "redacted": bool(params.get("redacted")),
        "source": source,
        "first": (source["first"] or "")[:10],
        "last": (source["last"] or "")[:10],
        "placed": placed,
        "cannot_tell": [scrub(c["text"]) for c in report["limits"]["cannot_tell"]],
        "sections": sections(report, t, scrub),
        "map_svg": _map(report, t),
        "probabilities": probabilities,
        "recent": profile["recent"],
        "conflict": params["thresholds"].get("conflict_per_100"),
        "responses_svg": _bars(report, t, "responses"),
        "bids_svg": _bars(report, t, "bids"),
        "responses_legend": _legend(report, t, "responses"),
        "bids_legend": _legend(report, t, "bids"),
        "responses_rows": _breakdown_rows(report, t, "responses"),
        "bids_rows": _breakdown_rows(report, t, "bids"),
        "response_labels": [t(f"response.{c}") for c in report["responses"]["categories"]],
        "bid_labels": [t(f"bid.{c}") for c in report["bids"]["categories"]],
        "bids_fear": _bids_fear(report, t),
        "rhythm": rhythm_rows(report, t),
        "components": component_rows(report, t),
        "trends": _trends(report, t),
        "line_colours": {k: str(v["stroke"]) for k, v in charts.LINE_STYLES.items()},
        "next": next_step(report, t) if source["text_messages"] else None,
        "params": params,
        "minimums": minimums_text(report, t),
        "versions": report["versions"],
        "safety_notice": notice_context(report, lang, t),
        "safety_standing": standing_context(report, lang, t),
        "crisis": crisis_context(report, lang, t),
    }


def render_html(report: Report, lang: str = "en") -> str:
    """The self-contained report.html for a report.json document, in ``lang`` ("en"/"zh")."""
    if safety_mode(report) == "safety":  # the calm page instead of the report (docs/safety.md)
        page = environment().get_template("safety.html.j2")
        t = strings(lang)
        return page.render(
            **safety_context(report, lang, t), crisis=crisis_context(report, lang, t)
        )
    template = environment().get_template("report.html.j2")
    return template.render(**context(report, lang))
