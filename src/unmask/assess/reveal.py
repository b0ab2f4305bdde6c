"""Sealed sheets in the store, and "reveal together".

The store only sees bytes; this module turns them into answer sheets and
back. :func:`reveal_together` is the only way to a comparison from stored
answers: it needs *both* partners unlocked in the same session (two
:class:`~unmask.store.Unlocked` keys), both sheets finished, and it logs the
reveal (who, which sections, when - never the content).
"""

from __future__ import annotations

from unmask.assess.answers import AnswerSheet, empty_sheet, sheet_from_bytes, sheet_to_bytes
from unmask.assess.dyad import Comparison, compare_partners
from unmask.assess.instrument import Instrument
from unmask.errors import AuthError, InputError, PartnerError, UsageError
from unmask.store import Store, Unlocked

REVEALED_SECTIONS = ("scales", "predictions", "domains", "hopes")


def load_sheet(store: Store, who: Unlocked, instrument: Instrument) -> AnswerSheet:
    """The partner's decrypted sheet (empty if they have not started)."""
    payload = store.load_sheet(who, instrument.id)
    if payload is None:
        return empty_sheet(instrument)
    try:
        return sheet_from_bytes(payload, instrument, "stored answers")
    except InputError:
        raise AuthError(
            f"the stored answers of {who.partner!r} decrypt but do not fit instrument "
            f"{instrument.id!r} {instrument.version}; use the instrument they were given with"
        ) from None


def save_sheet(store: Store, who: Unlocked, sheet: AnswerSheet) -> None:
    store.save_sheet(
        who, sheet.instrument_id, sheet_to_bytes(sheet, who.couple_id, who.partner), sheet.finished
    )


def reveal_together(
    store: Store, instrument: Instrument, first: Unlocked, second: Unlocked
) -> Comparison:
    """Compare two unlocked partners of one couple, if both finished; log the reveal."""
    if first.couple_id != second.couple_id:
        raise PartnerError("both partners must belong to the same couple")
    if first.partner == second.partner:
        raise PartnerError("a comparison needs two different partners")
    sheets = {}
    for who in (first, second):
        sheet = load_sheet(store, who, instrument)
        if not sheet.finished:
            done, total = sheet.progress(instrument)
            raise UsageError(
                f"{who.partner!r} has not finished yet ({done} of {total} screens); answers stay "
                f"sealed until both finish: `unmask assess --couple {who.couple_id} "
                f"--partner {who.partner}`"
            )
        sheets[who.partner] = sheet
    comparison = compare_partners(instrument, sheets, couple=first.couple_id)
    store.record_reveal(
        first.couple_id, instrument.id, (first.partner, second.partner), REVEALED_SECTIONS
    )
    return comparison
