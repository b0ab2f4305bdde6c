"""Deciding a WhatsApp export's date order (d/m/y, m/d/y or y/m/d) from the whole file.

The export does not say which order its dates use, and ``03/04/21`` reads
both ways. :class:`DateOrderScan` is fed the header dates in file order and
settles the question as soon as the file does:

1. a first field with four digits means ``ymd``;
2. a first field above 12 means ``dmy``; a second field above 12 ``mdy``;
   a handful of such witnesses for one order and none for the other settles
   it (a single stray line with an impossible date cannot);
3. when no field ever exceeds 12 (a short chat), the order in which the dates
   run forward in time wins;
4. when both orders run forward, the export is *ambiguous*: the more likely
   order for the layout is used (``mdy`` for English 12-hour clocks with
   ``/``, else ``dmy``) and the report says so; ``--date-order`` overrides.

Only the first chunk of a large export is usually needed: the scan stops once
the order is settled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unmask.ingest.whatsapp.header import date_fields

#: witnesses (distinct dates) needed to settle the order early
SETTLE_WITNESSES = 3


@dataclass(frozen=True)
class DateOrderDecision:
    """The chosen order, whether the file left it open, and why (for the report)."""

    order: str
    ambiguous: bool
    reason: str


@dataclass
class DateOrderScan:
    """Accumulates evidence about the date order; see the module docstring."""

    day_first: set[str] = field(default_factory=set)
    month_first: set[str] = field(default_factory=set)
    year_first: set[str] = field(default_factory=set)
    #: distinct consecutive dates with both leading fields <= 12, in file order
    low: list[tuple[int, int, int]] = field(default_factory=list)
    _last: str = ""

    def feed(self, dates: list[str]) -> bool:
        """Take the header dates of one chunk (file order); True once the order is settled."""
        last = self._last
        for date in dates:
            if date == last:
                continue
            last = date
            fields = date_fields(date)
            if fields is None:
                continue
            a, b, c, digits = fields
            if digits == 4:
                self.year_first.add(date)
            elif a > 12 and b <= 12:
                self.day_first.add(date)
            elif b > 12 and a <= 12:
                self.month_first.add(date)
            elif a <= 12 and b <= 12:
                self.low.append((a, b, c))
        self._last = last
        return self.settled()

    def settled(self) -> bool:
        counts = sorted((len(self.day_first), len(self.month_first), len(self.year_first)))
        return counts[2] >= SETTLE_WITNESSES and counts[1] == 0

    def decide(self, likely: str) -> DateOrderDecision:
        """The order to use; ``likely`` is the layout's usual order for the ambiguous case."""
        votes = {
            "dmy": len(self.day_first),
            "mdy": len(self.month_first),
            "ymd": len(self.year_first),
        }
        best = max(votes, key=lambda order: votes[order])
        if votes[best] > 0 and sorted(votes.values())[1] < votes[best]:
            return DateOrderDecision(best, False, f"a date field above 12 ({best})")
        if self.year_first and votes[best] == votes["ymd"]:
            return DateOrderDecision("ymd", False, "four-digit years come first")
        backward = {order: _backward_steps(self.low, order) for order in ("dmy", "mdy")}
        if all(a == b for a, b, _ in self.low):
            return DateOrderDecision(likely, False, "day and month never differ")
        if backward["dmy"] != backward["mdy"]:
            order = min(backward, key=lambda order: backward[order])
            return DateOrderDecision(order, False, "the only order in which dates run forward")
        other = "mdy" if likely == "dmy" else "dmy"
        return DateOrderDecision(
            likely,
            True,
            f"no date field exceeds 12 and both orders run forward in time; read as {likely}, "
            f"pass --date-order {other} if that is wrong",
        )


def _backward_steps(dates: list[tuple[int, int, int]], order: str) -> int:
    """How often consecutive dates go back in time under ``order`` (or are impossible)."""
    steps = 0
    previous: tuple[int, int, int] | None = None
    for a, b, c in dates:
        key = (c, b, a) if order == "dmy" else (c, a, b)
        if previous is not None and key < previous:
            steps += 1
        previous = key
    return steps
