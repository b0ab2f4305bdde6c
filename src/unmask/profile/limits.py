"""Honest limits: what the report cannot tell, and when it does not place the couple.

Documented minimums (docs/profile.md). They are conventions of this tool,
chosen so that a position rests on enough conversations for the bootstrap
interval to mean something; they are not statistical guarantees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from unmask.profile.readability import ReadableShares

MIN_TEXT_MESSAGES = 300
MIN_MONTHS = 3
MIN_PARTNER_TEXT_MESSAGES = 30
MIN_DISCLOSURES_FOR_STATEMENT = 5


@dataclass(frozen=True)
class Limit:
    """One thing the report cannot tell: a code and the values its sentence needs.

    A limit about one partner holds ``who`` (0 = a, 1 = b), never the name: the
    report fills in the name it shows, which is a placeholder under ``--redact``.
    """

    code: str
    values: dict[str, object]


@dataclass(frozen=True)
class Limits:
    placed: bool
    items: tuple[Limit, ...]


def minimums() -> dict[str, float]:
    """The documented minimums, recorded in report.json parameters."""
    from unmask.profile.readability import MIN_KNOWN_WORD_SHARE, MIN_READABLE_SHARE
    from unmask.profile.trends import MIN_MONTH_DENOMINATOR, MIN_TREND_MONTHS

    return {
        "text_messages": MIN_TEXT_MESSAGES,
        "months": MIN_MONTHS,
        "partner_text_messages": MIN_PARTNER_TEXT_MESSAGES,
        "disclosures_for_statement": MIN_DISCLOSURES_FOR_STATEMENT,
        "trend_months": MIN_TREND_MONTHS,
        "trend_month_text_messages": MIN_MONTH_DENOMINATOR,
        "readable_share": MIN_READABLE_SHARE,
        "known_word_share": MIN_KNOWN_WORD_SHARE,
    }


def assess(
    text_messages: tuple[int, int],
    months: int,
    days: int,
    trend_months: int,
    readable: ReadableShares | None = None,
) -> Limits:
    """Decide whether the couple can be placed, and list everything that cannot be told."""
    from unmask.profile.trends import MIN_MONTH_DENOMINATOR, MIN_TREND_MONTHS

    items: list[Limit] = []
    total = sum(text_messages)
    if total == 0:
        items.append(Limit("no_text", {}))
    elif total < MIN_TEXT_MESSAGES:
        items.append(Limit("few_messages", {"n": total, "min": MIN_TEXT_MESSAGES}))
    if months < MIN_MONTHS:
        items.append(Limit("short_span", {"months": months, "days": days, "min": MIN_MONTHS}))
    for who in (0, 1):
        if total and text_messages[who] < MIN_PARTNER_TEXT_MESSAGES:
            items.append(
                Limit(
                    "silent_partner",
                    {"who": who, "n": text_messages[who], "min": MIN_PARTNER_TEXT_MESSAGES},
                )
            )
    if total and trend_months < MIN_TREND_MONTHS:
        items.append(
            Limit(
                "no_trend",
                {"min": MIN_TREND_MONTHS, "per": MIN_MONTH_DENOMINATOR, "months": trend_months},
            )
        )
    items.extend(_unreadable(readable, total))
    placed = not any(
        i.code in ("no_text", "few_messages", "short_span", "silent_partner")
        or i.code.startswith("unreadable")
        for i in items
    )
    return Limits(placed, tuple(items))


def _unreadable(readable: ReadableShares | None, total: int) -> list[Limit]:
    """``unreadable`` (the couple) or ``unreadable_partner`` limits: too little of the text
    is in a language and words the signals read (:mod:`unmask.profile.readability`)."""
    from unmask.profile.readability import MIN_READABLE_SHARE

    if readable is None or not total:
        return []
    share = readable.share()
    if share is not None and share < MIN_READABLE_SHARE:
        return [
            Limit(f"unreadable_{readable.reason()}", {"share": share, "min": MIN_READABLE_SHARE})
        ]
    out = []
    for who in (0, 1):
        share = readable.share(who)
        if share is not None and share < MIN_READABLE_SHARE:
            out.append(
                Limit(
                    f"unreadable_partner_{readable.reason(who)}",
                    {"who": who, "share": share, "min": MIN_READABLE_SHARE},
                )
            )
    return out
