"""Choosing the two partners whose conversation is analysed.

A couple's chat normally has exactly two senders. Group chats, or exports
with a third sender (a bot, a relative added once), need ``--partners``; we
never guess, because analysing the wrong two people would be worse than
refusing. The error lists the senders with their message counts so the user
can copy the right names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.errors import PartnerError

#: name used for the second partner when only one person wrote in the chat
SILENT_PARTNER = "(the other partner)"


@dataclass(frozen=True)
class Partners:
    """The two partners: ``a`` and ``b`` are sender names; ``me`` is one of them or None."""

    a: str
    b: str
    me: str | None = None

    @property
    def names(self) -> tuple[str, str]:
        return (self.a, self.b)

    def key(self, name: str) -> str:
        """Report key ("a" or "b") of a partner name."""
        return "a" if name == self.a else "b"


def sender_counts(senders: pa.Array | pa.ChunkedArray | Sequence[str | None]) -> dict[str, int]:
    """Messages per sender (system lines without a sender are not counted), most first."""
    array = senders if isinstance(senders, pa.Array | pa.ChunkedArray) else pa.array(senders)
    counts = pc.value_counts(pc.drop_null(array))
    values = counts.field("values").to_pylist()
    numbers = counts.field("counts").to_pylist()
    order = np.argsort(-np.asarray(numbers, dtype=np.int64), kind="stable")
    return {str(values[i]): int(numbers[i]) for i in order}


def _parse(partners: str | Sequence[str]) -> list[str]:
    names = partners.split(",") if isinstance(partners, str) else list(partners)
    return [n.strip() for n in names if n.strip()]


#: senders named in an error message (the most active; the rest are counted)
MAX_LISTED = 8
#: characters of one sender name shown in an error message
MAX_NAME_CHARS = 40


def _listing(counts: dict[str, int]) -> str:
    """The most active senders with their counts; at most :data:`MAX_LISTED` are named."""
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    shown = [
        f'"{name if len(name) <= MAX_NAME_CHARS else name[:MAX_NAME_CHARS] + "..."}" '
        f"({n} message{'' if n == 1 else 's'})"
        for name, n in ranked[:MAX_LISTED]
    ]
    if len(ranked) > MAX_LISTED:
        shown.append(f"and {len(ranked) - MAX_LISTED:,} more")
    return ", ".join(shown)


def choose_partners(
    counts: dict[str, int],
    partners: str | Sequence[str] | None = None,
    me: str | None = None,
) -> Partners:
    """Pick the two partners from the sender counts.

    ``partners`` ("A,B" or a pair) wins; otherwise the chat must have exactly
    two senders. ``me`` must be one of the two and only changes wording.
    Raises :class:`PartnerError` with the senders and their counts otherwise.
    """
    if partners is not None:
        names = _parse(partners)
        if len(names) != 2 or names[0] == names[1]:
            raise PartnerError(
                f"--partners needs two different names separated by a comma, e.g. "
                f'--partners "A,B"; the senders are: {_listing(counts)}.'
            )
        unknown = [n for n in names if n not in counts]
        # a partner who never wrote is allowed only where the chat has one sender
        # (the report then says what cannot be told); otherwise it is a typo
        if unknown and not (len(unknown) == 1 and len(counts) == 1):
            raise PartnerError(
                f"--partners names {', '.join(repr(n) for n in unknown)} who never wrote in "
                f"this chat; the senders are: {_listing(counts)}."
            )
        a, b = names
    else:
        if len(counts) > 2:
            raise PartnerError(
                f"This chat has {len(counts)} senders; say which two to analyse with "
                f'--partners "A,B". The senders are: {_listing(counts)}.'
            )
        if len(counts) == 0:
            raise PartnerError("This chat has no messages with a sender; nothing to analyse.")
        if len(counts) == 1:
            # one partner never writes: analysed anyway, the report says what it cannot tell
            return _with_me(next(iter(counts)), SILENT_PARTNER, me)
        a, b = sorted(counts)
    return _with_me(a, b, me)


def _with_me(a: str, b: str, me: str | None) -> Partners:
    if me is not None and me not in (a, b):
        raise PartnerError(f"--me must be one of the two partners: {a!r} or {b!r}.")
    return Partners(a=a, b=b, me=me)
