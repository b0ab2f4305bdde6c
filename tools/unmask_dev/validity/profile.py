"""Profile figures on couples assembled from real dialogues (:mod:`unmask_dev.couples`).

Each couple is 12 calendar months of real two-person dialogues written by others (the
held-out quarter of each development set, :func:`unmask_dev.couples.split`):

* booking-only: MultiWOZ (en) / CrossWOZ (zh) booking chats, 8 a month: the depth margin
  below the genuine-intimacy line and the share of bootstrap draws in pseudo-intimacy;
* deep: ESConv (en) / SmileChat (zh) support chats, 5 a month: placed in genuine intimacy?
* drifting: deep for 6 months, then booking for 6: does the headline say it changed?
* stationary: the deep and booking couples with their months shuffled (3 orders each):
  change points claimed in any trend series (all spurious);
* lorem ipsum and everyday chat in German, Spanish and Japanese: not placed, with a reason;
* evidence: every example quoted under a claim, over all the couples above and the four
  bundled samples, carries the claim's signal with visible words.
"""

from __future__ import annotations

from collections.abc import Callable

from unmask.analyze import AnalyzeOptions, analyze
from unmask.dyad.columns import DEPTH_SIGNALS
from unmask.dyad.responses import DISCLOSURE_SIGNALS
from unmask.profile.composite import DEPTH_THRESHOLD
from unmask.profile.evidence import MESSAGE_CLAIMS
from unmask.report.types import Report
from unmask_dev import devsets
from unmask_dev.couples import (
    Couple,
    lorem_couple,
    phased,
    shuffled_months,
    split,
    unsupported_couple,
)
from unmask_dev.validity import Row

AREA = "profile"
RESAMPLES = 1000


def claim_signals(key: str) -> tuple[str, ...]:
    """The signals an example under ``key`` (report.json ``examples``) must carry."""
    if key in MESSAGE_CLAIMS:
        return MESSAGE_CLAIMS[key]
    if key == "depth":
        return DEPTH_SIGNALS
    if key.startswith("response."):
        return DISCLOSURE_SIGNALS
    if key.startswith("bid."):
        return ("bid",)
    return ()


def example_check(report: Report) -> tuple[int, int]:
    """(examples quoted under a statement, of which backed by visible evidence): the
    lexicons alone find the claim's signal in the text and the words are in it."""
    from unmask.signals import PRESENT, score_text

    quoted = backed = 0
    for statement in report["statements"]:
        key = statement.get("examples")
        if not key:
            continue
        signals = claim_signals(key)
        for example in report["examples"].get(key, []):
            quoted += 1
            text = example["text"]
            scores = score_text(text, model=False).scores
            fires = any((scores.get(s) or 0.0) >= PRESENT for s in signals)
            words = example.get("evidence") or []
            if fires and words and all(w.lower() in text.lower() for w in words):
                backed += 1
    return quoted, backed


def _report(couple: Couple) -> Report:
    a = analyze(
        couple.name,
        table=couple.table,
        partners=couple.partners,
        options=AnalyzeOptions(bootstrap_resamples=RESAMPLES),
    )
    return a.report()


def _change_points(report: Report) -> int:
    return sum(len(s["change_points"]) for s in report["trends"]["series"].values())


def _lang_rows(
    lang: str,
    booking: Callable[[], tuple[devsets.Dialogue, ...]],
    deep: Callable[[], tuple[devsets.Dialogue, ...]],
    deep_per_month: int,
    checks: list[tuple[int, int]],
) -> list[Row]:
    try:
        book_pool, deep_pool = split(booking()), split(deep())
    except devsets.DevSetMissing as exc:
        names = ("booking depth margin", "booking pseudo draws", "deep placed genuine")
        return [Row(AREA, f"{lang}: {n}", None, "", 0, str(exc)) for n in names]
    rows: list[Row] = []
    book = phased(f"booking_{lang}", [("booking", book_pool, 12)], seed=1)
    deep_c = phased(f"deep_{lang}", [("deep", deep_pool, 12)], per_month=deep_per_month, seed=2)
    drift = phased(f"drifting_{lang}", [("deep", deep_pool, 6), ("booking", book_pool, 6)], seed=3)
    rb, rd, rdr = _report(book), _report(deep_c), _report(drift)
    for r in (rb, rd, rdr):
        checks.append(example_check(r))
    pb = rb["profile"]
    depth = pb["depth"]["value"]
    margin = DEPTH_THRESHOLD - depth if pb["placed"] and depth is not None else None
    n_book = rb["source"]["text_messages"]
    rows.append(
        Row(
            AREA,
            f"{lang}: booking-only couple, depth below the genuine line",
            margin,
            ">= 0.10",
            n_book,
            "MultiWOZ" if lang == "en" else "CrossWOZ",
        )
    )
    rows.append(
        Row(
            AREA,
            f"{lang}: booking-only couple, bootstrap draws in pseudo-intimacy",
            pb["region_probabilities"].get("pseudo_intimacy") if pb["placed"] else None,
            ">= 0.95",
            RESAMPLES,
        )
    )
    pd = rd["profile"]
    rows.append(
        Row(
            AREA,
            f"{lang}: deep couple placed in genuine intimacy",
            float(pd["region"] == "genuine_intimacy"),
            ">= 1",
            rd["source"]["text_messages"],
            f"depth {pd['depth']['value']}",
        )
    )
    pr = rdr["profile"]
    rows.append(
        Row(
            AREA,
            f"{lang}: drifting couple (deep 6 months, then booking), headline says changed",
            float(bool(pr["changed"])),
            ">= 1",
            rdr["source"]["text_messages"],
            f"whole {pr['region']}, recent {pr['recent']['region']}",
        )
    )
    spurious = 0
    for base in (book, deep_c):
        for seed in (1, 2, 3):
            r = _report(shuffled_months(base, seed))
            spurious += _change_points(r)
            spurious += int(bool(r["profile"]["changed"]))
    rows.append(
        Row(
            AREA,
            f"{lang}: stationary couples (months shuffled), spurious change points",
            float(spurious),
            "<= 0",
            6,
            "all trend series and the 'changed' headline",
        )
    )
    return rows


def rows() -> list[Row]:
    checks: list[tuple[int, int]] = []
    out = _lang_rows("en", devsets.multiwoz, devsets.esconv, 5, checks)
    out += _lang_rows("zh", devsets.crosswoz, devsets.smilechat, 8, checks)
    unread = [lorem_couple(), *(unsupported_couple(lang) for lang in ("de", "es", "ja"))]
    not_placed = 0
    for couple in unread:
        r = _report(couple)
        said = any(c["code"].startswith("unreadable") for c in r["limits"]["cannot_tell"])
        quoted = sum(1 for s in r["statements"] if s.get("examples"))
        not_placed += int(not r["profile"]["placed"] and said and quoted == 0)
    out.append(
        Row(
            AREA,
            "lorem-ipsum / de / es / ja chats not placed, reason given, nothing quoted",
            not_placed / len(unread),
            ">= 1",
            len(unread),
        )
    )
    from unmask.samples import samples_dir

    for name in ("close_en", "drifting_en", "close_zh", "drifting_zh"):
        a = analyze(samples_dir() / f"{name}.txt", options=AnalyzeOptions(bootstrap_resamples=200))
        checks.append(example_check(a.report()))
    quoted = sum(q for q, _ in checks)
    backed = sum(b for _, b in checks)
    out.append(
        Row(
            AREA,
            "quoted examples backed by the claim's signal with visible words",
            backed / quoted if quoted else None,
            ">= 1",
            quoted,
            "assembled couples and the bundled samples",
        )
    )
    return out
