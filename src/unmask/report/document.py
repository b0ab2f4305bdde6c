"""Assemble report.json (schema: src/unmask/report/schema/report.schema.json).

Pure: takes an :class:`~unmask.analyze.Analysis` and returns a JSON-able
dict. Every figure the HTML and the terminal summary show is here, with its
count and denominator, so a reader can check each statement.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import numpy as np

from unmask._version import __version__
from unmask.dyad.bids import BID_CATEGORIES, BidResult
from unmask.dyad.rates import COMPONENTS, quartiles_minutes
from unmask.dyad.responses import RESPONSE_CATEGORIES
from unmask.profile import composite as comp
from unmask.profile.evidence import ExamplePicker
from unmask.profile.limits import (
    MIN_DISCLOSURES_FOR_STATEMENT,
    MIN_TEXT_MESSAGES,
    Limit,
    minimums,
)
from unmask.profile.safety import apply_safety_mode, crisis_section, safety_section
from unmask.profile.series import Series
from unmask.profile.wording import label, text
from unmask.report import types as T
from unmask.report.redact import Redactor
from unmask.report.types import Report

if TYPE_CHECKING:
    from unmask.analyze import Analysis

SCHEMA_VERSION: Final = "1.1"
StatementKind = Literal["strength", "gap", "trend", "difference", "limit", "position", "everyday"]
KEYS: tuple[Literal["a"], Literal["b"]] = ("a", "b")


def _num(value: float | np.floating | np.ndarray | None, digits: int = 4) -> float | None:
    if value is None:
        return None
    value = float(value)
    return None if math.isnan(value) else round(value, digits)


def _series(values: np.ndarray) -> list[float | None]:
    return [_num(v) for v in values]


def _share(count: int, total: int) -> float | None:
    return round(count / total, 4) if total else None


def _breakdown(counts: dict[str, int]) -> T.Breakdown:
    total = sum(counts.values())
    return {
        "total": total,
        "counts": counts,
        "shares": {k: _share(v, total) for k, v in counts.items()},
    }


def _bids(bids: BidResult) -> T.Bids:
    """``report/bids``: the answers by responder, and the bids left out as answered in fear
    (by responder, only where any was: h-gate2, :data:`unmask.dyad.bids.COUNT_FEAR_ANSWERS`)."""
    out: T.Bids = {
        "categories": list(BID_CATEGORIES),
        "by_responder": {KEYS[w]: _breakdown(bids.counts(w)) for w in (0, 1)},
    }
    if len(bids.answered_in_fear):
        fear = np.bincount(bids.answered_in_fear, minlength=2)
        out["answered_in_fear"] = {KEYS[w]: int(fear[w]) for w in (0, 1)}
    return out


def _quartiles(seconds: np.ndarray) -> T.Quartiles:
    q = quartiles_minutes(seconds)
    return {
        "n": int(q["n"] or 0),
        "median_minutes": q["median_minutes"],
        "q1_minutes": q["q1_minutes"],
        "q3_minutes": q["q3_minutes"],
    }


def _components(a: Analysis, lang: str) -> dict[str, T.Component]:
    out: dict[str, T.Component] = {}
    text_n = a.rates.text_messages
    for c in COMPONENTS:
        counts = a.rates.component_counts[c.id]
        out[c.id] = {
            "label": label(lang, c.id, c.label),
            "group": c.group,
            "unit": c.unit,
            "couple": {
                "value": _num(a.rates.value(c.id)),
                "count": int(counts.sum()),
                "denominator": int(text_n.sum()),
            },
            "by_partner": {
                KEYS[w]: {
                    "value": _num(a.rates.value(c.id, w)),
                    "count": int(counts[w]),
                    "denominator": int(text_n[w]),
                }
                for w in (0, 1)
            },
        }
    return out


def _axis(a: Analysis, axis: str) -> T.Axis:
    totals = a.partner_totals.sum(axis=0)
    parts = comp.axis_components(totals)
    surface, depth = comp.scores(totals)
    value = surface if axis == "surface" else depth
    interval = a.bootstrap.surface if axis == "surface" else a.bootstrap.depth
    ids = comp.AXIS_COMPONENTS[axis]
    return {
        "value": _num(value),
        "ci": [_num(interval.low), _num(interval.high)],
        "components": [
            {"id": i, "value": _num(parts[i]), "weight": round(1 / len(ids), 4)} for i in ids
        ],
    }


def _recent(a: Analysis, placed: bool) -> T.ProfileRecent:
    """The position over the last months only (sessions of the last RECENT_MONTHS months)."""
    from unmask.profile.uncertainty import RECENT_MONTHS

    totals = a.recent_totals.sum(axis=0)
    surface, depth = comp.scores(totals)
    region_index = int(comp.regions(surface, depth, comp.conflict_per_100(totals)))
    text_n = int(totals[comp.T["text"]])
    ok = placed and region_index >= 0 and text_n >= MIN_TEXT_MESSAGES // 2
    boot = a.recent_bootstrap
    months = a.monthly.labels()
    return {
        "months": RECENT_MONTHS,
        "from": months[max(0, len(months) - RECENT_MONTHS)] if months else None,
        "text_messages": text_n,
        "placed": ok,
        "surface": {
            "value": _num(surface),
            "ci": [_num(boot.surface.low), _num(boot.surface.high)],
        },
        "depth": {"value": _num(depth), "ci": [_num(boot.depth.low), _num(boot.depth.high)]},
        "region": comp.REGION_IDS[region_index] if ok else None,
        "region_probabilities": boot.region_probabilities if ok else {},
        "change": _change(a, ok),
    }


def _change(a: Analysis, recent_placed: bool) -> T.ProfileRecentChange:
    """The recent months against the whole history (joint bootstrap): ``changed`` when the
    recent position lies in another region in at least CHANGE_CONFIDENCE of the draws."""
    from unmask.profile.uncertainty import CHANGE_CONFIDENCE

    ch = a.change
    if ch is None or not ch.resamples:
        return {"changed": False, "other_region": None, "confidence": CHANGE_CONFIDENCE}
    return {
        "changed": bool(recent_placed and ch.changed),
        "other_region": ch.other_region,
        "confidence": CHANGE_CONFIDENCE,
        "surface_difference": [_num(ch.surface.low), _num(ch.surface.high)],
        "depth_difference": [_num(ch.depth.low), _num(ch.depth.high)],
        "surface_change": _num(ch.surface_point),
        "depth_change": _num(ch.depth_point),
    }


def _profile(a: Analysis, lang: str) -> T.Profile:
    totals = a.partner_totals.sum(axis=0)
    surface, depth = comp.scores(totals)
    conflict = comp.conflict_per_100(totals)
    region_index = int(comp.regions(surface, depth, conflict))
    placed = a.limits.placed and region_index >= 0
    recent = _recent(a, placed)
    by_partner: dict[str, T.ProfileByPartnerValue] = {}
    for w in (0, 1):
        s, d = comp.scores(a.partner_totals[w])
        by_partner[KEYS[w]] = {"surface": _num(s), "depth": _num(d)}
    return {
        "placed": placed,
        "surface": _axis(a, "surface"),
        "depth": _axis(a, "depth"),
        "region": comp.REGION_IDS[region_index] if placed else None,
        "region_probabilities": a.bootstrap.region_probabilities if placed else {},
        "by_partner": by_partner,
        "regions": [
            {"id": rid, "label": text(lang, f"region.{rid}"), "surface": s, "depth": d}
            for rid, s, d in comp.REGIONS
        ],
        "conflict_per_100": _num(conflict),
        "recent": recent,
        "changed": recent["change"]["changed"]
        and recent["region"] != (comp.REGION_IDS[region_index] if placed else None),
    }


def _trend(s: Series, months: list[str], lang: str) -> T.Trend:
    t = s.trend
    return {
        "label": label(lang, s.id, s.label),
        "unit": s.unit,
        "couple": _series(s.couple),
        "by_partner": {KEYS[w]: _series(s.by_partner[w]) for w in (0, 1)},
        "slope_per_year": {"value": _num(t.slope_per_year), "ci": [_num(v) for v in t.ci]},
        "change_points": [
            {"month": months[cp.index], "before": round(cp.before, 4), "after": round(cp.after, 4)}
            for cp in t.change_points
        ],
        "direction": t.direction,
    }


def _unreadable(a: Analysis) -> bool:
    """True when the couple is not placed because too little of the text can be read."""
    return any(item.code.startswith("unreadable") for item in a.limits.items)


def _readable(a: Analysis) -> T.LimitsReadable:
    """Share of counted text messages the signals can read, of the couple and each partner."""
    from unmask.profile.readability import MIN_KNOWN_WORD_SHARE, MIN_READABLE_SHARE

    r = a.readable
    return {
        "share": _num(r.share()) if r else None,
        "by_partner": {KEYS[w]: (_num(r.share(w)) if r else None) for w in (0, 1)},
        "counted": int(r.counted.sum()) if r else 0,
        "min_share": MIN_READABLE_SHARE,
        "min_known_word_share": MIN_KNOWN_WORD_SHARE,
    }


REDACTED_FILE_NAME = "[file]"


def redacted_senders(a: Analysis) -> dict[str, str]:
    """Real sender name -> placeholder: the partners "[name] A"/"[name] B", others C, D, ..."""
    out = {name: f"[name] {'AB'[w]}" for w, name in enumerate(a.partners.names)}
    letters = iter("CDEFGHIJKLMNOPQRSTUVWXYZ")
    for name in a.senders:
        if name not in out:
            out[name] = f"[name] {next(letters, '?')}"
    return out


def _source(a: Analysis, redact: bool) -> T.Source:
    """Where the numbers come from; under ``redact`` no file name and no sender name."""
    cols = a.cols
    first = last = None
    if len(cols):
        first = str(np.datetime64(int(cols.time.min()), "s"))
        last = str(np.datetime64(int(cols.time.max()), "s"))
    days = int(cols.time.max() // 86400 - cols.time.min() // 86400) + 1 if len(cols) else 0
    shown = redacted_senders(a) if redact else {}
    return {
        "file_name": REDACTED_FILE_NAME if redact else Path(a.source).name,
        "format": a.import_report.format or "unknown",
        "messages": int(a.table.num_rows),
        "text_messages": int(a.rates.text_messages.sum()),
        "first": first,
        "last": last,
        "months": a.monthly.months,
        "days": days,
        "sessions": a.rates.sessions,
        "senders": [{"name": shown.get(n, n), "messages": c} for n, c in a.senders.items()],
    }


def _limit_values(item: Limit, names: tuple[str, str]) -> dict[str, Any]:
    """A limit's sentence values, with the partner's *shown* name (a placeholder when redacted)."""
    values = dict(item.values)
    who = values.pop("who", None)
    if isinstance(who, int):
        values["name"] = names[who]
    return values


def _fmt_share(value: float, signed: bool = False, lang: str = "en") -> str:
    """A share as percent (percentage points when signed: a change of a share)."""
    if signed:
        return f"{100 * value:+.0f}" + (" 个百分点" if lang == "zh" else " points")
    return f"{100 * value:.0f}%"


def _fmt_rate(value: float, signed: bool = False, lang: str = "en") -> str:
    return f"{value:+.1f}" if signed else f"{value:.1f}"


def _statements(
    a: Analysis, report: Report, lang: str, names: tuple[str, str]
) -> list[T.StatementsItem]:
    out: list[T.StatementsItem] = []

    def add(
        sid: str,
        kind: StatementKind,
        key: str,
        components: list[str],
        examples: str | None = None,
        **values: Any,
    ) -> None:
        entry: T.StatementsItem = {
            "id": sid,
            "kind": kind,
            "text": text(lang, key, **values),
            "components": components,
        }
        if examples:
            entry["examples"] = examples
        out.append(entry)

    for item in a.limits.items:
        add(
            f"limit.{item.code}.{len(out)}",
            "limit",
            f"limit.{item.code}",
            [],
            None,
            **_limit_values(item, names),
        )
    profile = report["profile"]
    if profile["placed"]:
        s, d = profile["surface"], profile["depth"]
        sentence = text(
            lang,
            "position",
            months=a.monthly.months,
            n=report["source"]["text_messages"],
            region=text(lang, f"region.{profile['region']}"),
            surface=s["value"],
            s_lo=s["ci"][0] or 0.0,
            s_hi=s["ci"][1] or 0.0,
            depth=d["value"],
            d_lo=d["ci"][0] or 0.0,
            d_hi=d["ci"][1] or 0.0,
        )
        region = profile["region"]
        other_p = 1.0 - (profile["region_probabilities"].get(region, 1.0) if region else 1.0)
        if profile["changed"]:
            # the headline itself says the conversation is elsewhere now (docs/profile.md)
            recent = profile["recent"]
            sentence += text(
                lang,
                "position.changed",
                months=recent["months"],
                since=recent["from"],
                region=text(lang, f"region.{recent['region']}"),
                surface=recent["surface"]["value"],
                depth=recent["depth"]["value"],
                p=recent["change"]["other_region"],
            )
        elif other_p >= 0.2:
            sentence += text(lang, "position.uncertain", p=other_p)
        out.append(
            {
                "id": "position",
                "kind": "position",
                "text": sentence,
                "components": ["surface", "depth"],
            }
        )
        recent = profile["recent"]
        if recent["placed"] and a.monthly.months > 2 * recent["months"]:
            out.append(
                {
                    "id": "position.recent",
                    "kind": "position",
                    "text": text(
                        lang,
                        "recent",
                        months=recent["months"],
                        since=recent["from"],
                        n=recent["text_messages"],
                        region=text(lang, f"region.{recent['region']}"),
                        surface=recent["surface"]["value"],
                        depth=recent["depth"]["value"],
                    ),
                    "components": ["surface", "depth"],
                }
            )
    if not report["source"]["text_messages"] or _unreadable(a):
        # nothing is said about a text the signals cannot read, beyond why
        return out
    for w in (0, 1):
        key, other = KEYS[w], names[1 - w]
        resp = report["responses"]["by_responder"][key]
        n = resp["total"]
        if n < MIN_DISCLOSURES_FOR_STATEMENT:
            if n:
                add(
                    f"limit.few_disclosures.{key}",
                    "limit",
                    "limit.few_disclosures",
                    [],
                    name=names[w],
                    other=other,
                    n=n,
                )
            continue
        shares = resp["shares"]
        flat = (shares["minimal"] or 0) + (shares["deflecting"] or 0)
        if (shares["responsive"] or 0) >= 0.5:
            add(
                f"strength.responsive.{key}",
                "strength",
                "strength.responsive",
                ["responsive_share"],
                f"response.responsive.{key}",
                name=names[w],
                other=other,
                share=shares["responsive"],
                n=n,
            )
        if flat >= 0.3:
            add(
                f"gap.flat.{key}",
                "gap",
                "gap.flat",
                ["flat_answer_share"],
                f"response.flat.{key}",
                name=names[w],
                other=other,
                share=flat,
                n=n,
            )
        if (shares["no_answer"] or 0) >= 0.3:
            add(
                f"gap.no_answer.{key}",
                "gap",
                "gap.no_answer",
                ["responsive_share"],
                f"response.no_answer.{key}",
                name=names[w],
                other=other,
                share=shares["no_answer"],
                n=n,
            )
        bids = report["bids"]["by_responder"][key]
        toward = bids["shares"]["toward"] or 0
        if bids["total"] >= MIN_DISCLOSURES_FOR_STATEMENT and toward >= 0.6:
            add(
                f"strength.toward.{key}",
                "strength",
                "strength.toward",
                ["turn_toward_share"],
                f"bid.toward.{key}",
                name=names[w],
                other=other,
                share=bids["shares"]["toward"],
                n=bids["total"],
            )
    comps = report["components"]
    warm_total = int(a.cols.any_of(("affection", "gratitude", "future", "we_talk")).sum())
    text_total = report["source"]["text_messages"]
    if warm_total and text_total:
        add(
            "strength.affection",
            "strength",
            "strength.affection",
            ["affection", "gratitude", "future", "we_talk"],
            "affection",
            share=warm_total / text_total,
        )
    # the everyday: described, never judged (no share of logistics is "too much" or "good")
    add(
        "surface.share",
        "everyday",
        "surface.share",
        ["surface_share", "transactional"],
        "bookkeeping",
        share=comps["surface_share"]["couple"]["value"] or 0.0,
        exchanges=report["bookkeeping"]["exchanges"],
    )
    rec = report["reciprocity"]
    total_disc = sum(rec["disclosures"].values())
    if total_disc >= 2 * MIN_DISCLOSURES_FOR_STATEMENT and rec["balance"] is not None:
        if rec["balance"] < 0.5:
            w = 0 if (rec["share"]["a"] or 0) > (rec["share"]["b"] or 0) else 1
            add(
                "difference.reciprocity",
                "difference",
                "difference.reciprocity",
                ["disclosure"],
                "disclosure",
                name=names[w],
                share=rec["share"][KEYS[w]],
                n=total_disc,
            )
        else:
            add(
                "strength.reciprocity",
                "strength",
                "strength.reciprocity",
                ["disclosure"],
                "disclosure",
                sa=rec["share"]["a"],
                sb=rec["share"]["b"],
            )
    init = report["initiations"]
    if init["sessions"] >= 20:
        for w in (0, 1):
            share = init["by_partner"][KEYS[w]]["share"] or 0.0
            if share >= 0.7:
                add(
                    f"difference.initiations.{KEYS[w]}",
                    "difference",
                    "initiations",
                    [],
                    name=names[w],
                    share=share,
                    n=init["sessions"],
                )
    trends = report["trends"]
    for sid in ("depth", "disclosure", "responsive_share", "surface", "transactional", "logistics"):
        series = trends["series"][sid]
        if series["direction"] not in ("up", "down"):
            continue
        valid = [v for v in series["couple"] if v is not None]
        head, tail = valid[:3], valid[-3:]
        fmt = _fmt_share if series["unit"] == "share" else _fmt_rate
        slope = series["slope_per_year"]
        value, (lo, hi) = slope["value"], slope["ci"]
        if value is None or lo is None or hi is None:  # an up/down trend always has all three
            continue
        sentence = text(
            lang,
            f"trend.{series['direction']}",
            label=series["label"],
            first=fmt(sum(head) / len(head), False, lang),
            last=fmt(sum(tail) / len(tail), False, lang),
            slope=fmt(value, True, lang),
            lo=fmt(lo, True, lang),
            hi=fmt(hi, True, lang),
        )
        if series["change_points"]:
            cp = series["change_points"][0]
            sentence += text(
                lang,
                "trend.change",
                month=cp["month"],
                before=fmt(cp["before"], False, lang),
                after=fmt(cp["after"], False, lang),
            )
        out.append({"id": f"trend.{sid}", "kind": "trend", "text": sentence, "components": [sid]})
    return out


def build_report(
    a: Analysis, lang: str = "en", redact: bool = False, examples: bool = True
) -> Report:
    """The report.json document of an analysis.

    ``examples=False`` leaves ``examples`` empty (corpus mode reads the figures only;
    picking the quoted messages is most of the document's cost).
    """
    if lang not in ("en", "zh"):
        raise ValueError(f"lang must be 'en' or 'zh', not {lang!r}")
    lang_id: Literal["en", "zh"] = "zh" if lang == "zh" else "en"
    # every sender's name, not only the partners': a third person may be named in an example
    redactor = Redactor(a.senders, a.table.column("text").to_pylist()) if redact else None
    shown = ("[name] A", "[name] B") if redact else a.partners.names
    names: tuple[str, str] = (shown[0], shown[1])
    rates = a.rates
    months = a.monthly.labels()
    disclosures = [int(rates.component_counts["disclosure"][w]) for w in (0, 1)]
    total_disc = sum(disclosures)
    per100 = [a.rates.value("disclosure", w) for w in (0, 1)]
    balance = None
    if per100[0] is not None and per100[1] is not None and per100[0] + per100[1] > 0:
        balance = 1.0 - abs(per100[0] - per100[1]) / (per100[0] + per100[1])
    opts = a.options
    report: Report = {
        "schema_version": SCHEMA_VERSION,
        "generator": {"tool": "unmask", "version": __version__},
        "parameters": {
            "session_gap_minutes": opts.session_gap_minutes,
            "model": opts.model,
            "seed": opts.seed,
            "bootstrap_resamples": a.bootstrap.resamples,
            "lang": lang_id,
            "redacted": redact,
            "thresholds": {
                "surface": comp.SURFACE_THRESHOLD,
                "depth": comp.DEPTH_THRESHOLD,
                "conflict_per_100": comp.CONFLICT_THRESHOLD_PER_100,
            },
            "minimums": minimums(),
        },
        "versions": {
            "unmask": __version__,
            "schema": SCHEMA_VERSION,
            "signals": dict(a.scores.versions),
        },
        "timings": {k: round(v, 4) for k, v in a.timings.items()},
        "source": _source(a, redact),
        "partners": [
            {
                "key": KEYS[w],
                "name": names[w],
                "is_me": a.partners.me == a.partners.names[w],
                "messages": int(rates.messages[w]),
                "text_messages": int(rates.text_messages[w]),
            }
            for w in (0, 1)
        ],
        "limits": {"placed": a.limits.placed, "cannot_tell": [], "readable": _readable(a)},
        "components": _components(a, lang),
        "responses": {
            "categories": list(RESPONSE_CATEGORIES),
            "by_responder": {KEYS[w]: _breakdown(a.responses.counts(w)) for w in (0, 1)},
        },
        "bids": _bids(a.bids),
        "latency": {
            "by_responder": {
                KEYS[w]: {
                    "disclosure": _quartiles(rates.latency_disclosure[w]),
                    "logistics": _quartiles(rates.latency_logistics[w]),
                }
                for w in (0, 1)
            }
        },
        "initiations": {
            "sessions": rates.sessions,
            "by_partner": {
                KEYS[w]: {
                    "count": int(rates.sessions_started[w]),
                    "share": _share(int(rates.sessions_started[w]), rates.sessions),
                }
                for w in (0, 1)
            },
        },
        "bookkeeping": {
            "exchanges": rates.bookkeeping_exchanges,
            "by_partner": {
                KEYS[w]: {
                    "started": int(rates.bookkeeping_started[w]),
                    "messages": int(rates.transactional_messages[w]),
                }
                for w in (0, 1)
            },
        },
        "reciprocity": {
            "disclosures": {KEYS[w]: disclosures[w] for w in (0, 1)},
            "share": {KEYS[w]: _share(disclosures[w], total_disc) for w in (0, 1)},
            "balance": _num(balance),
        },
        "trends": {"months": months, "series": {s.id: _trend(s, months, lang) for s in a.series}},
        "statements": [],
        "examples": {},
        # after the examples, as report.json has always written it
        "profile": _profile(a, lang),
    }
    report["limits"]["cannot_tell"] = [
        {"code": item.code, "text": text(lang, f"limit.{item.code}", **_limit_values(item, names))}
        for item in a.limits.items
    ]
    if examples:
        picker = ExamplePicker(
            a.table, a.cols, a.runs, transform=redactor, lookup=a.scores.lexicon_lookup
        )
        report["examples"] = picker.all_examples(a.responses, a.bids)
    report["statements"] = _statements(a, report, lang, names)
    # safety mode (docs/safety.md): the one branch that changes what the report may say
    report["safety"] = safety_section(a, redactor)
    if report["safety"]["mode"] == "safety":
        apply_safety_mode(report)
    # the crisis notice (docs/safety.md): counts only, never the messages
    report["crisis"] = crisis_section(a)
    return report
