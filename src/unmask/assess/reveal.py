"""Sealed sheets in the store, rounds, and "reveal together".

The store only sees bytes; this module turns them into answer sheets and
back. Every change goes through :func:`update_sheet`, a read-modify-write in
one database transaction, so two open sessions of the same partner merge their
answers instead of overwriting each other. Answering again after finishing
starts a new dated *round*; old rounds are kept and stay comparable.

:func:`reveal_together` is the only way to a comparison from stored answers:
it needs *both* partners unlocked in the same session (two
:class:`~unmask.store.Unlocked` keys), a finished round from each, leaves out
every section either partner kept private, and logs the reveal (who, which
sections, when - never the content). It never reads the private screening.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from unmask.assess.answers import AnswerSheet, empty_sheet, sheet_from_bytes, sheet_to_bytes
from unmask.assess.dyad import Comparison, compare_partners
from unmask.assess.instrument import Instrument
from unmask.assess.privacy import DREAMS, HOPES, shown_instrument
from unmask.errors import AuthError, InputError, PartnerError, UsageError
from unmask.store import Store, Unlocked

REVEALED_SECTIONS = ("scales", "predictions", "domains", "hopes")


def _parse(payload: bytes | None, who: Unlocked, instrument: Instrument) -> AnswerSheet:
    if payload is None:
        return empty_sheet(instrument)
    try:
        return sheet_from_bytes(payload, instrument, "stored answers")
    except InputError:
        raise AuthError(
            f"the stored answers of {who.partner!r} decrypt but do not fit instrument "
            f"{instrument.id!r} {instrument.version}; use the instrument they were given with"
        ) from None


def load_sheet(
    store: Store, who: Unlocked, instrument: Instrument, round_no: int = 1
) -> AnswerSheet:
    """The partner's decrypted sheet for one round (empty if not started)."""
    return _parse(store.load_sheet(who, instrument.id, round_no), who, instrument)


def save_sheet(store: Store, who: Unlocked, sheet: AnswerSheet, round_no: int = 1) -> None:
    """Replace the round's sheet (import; tests). Answering uses :func:`update_sheet`."""
    store.save_sheet(
        who,
        sheet.instrument_id,
        sheet_to_bytes(sheet, who.couple_id, who.partner),
        sheet.finished,
        round_no,
    )


def update_sheet(
    store: Store,
    who: Unlocked,
    instrument: Instrument,
    round_no: int,
    change: Callable[[AnswerSheet], AnswerSheet],
) -> AnswerSheet:
    """Apply ``change`` to the *stored* sheet in one transaction; return the result."""

    def apply(old: bytes | None) -> tuple[bytes, bool]:
        new = change(_parse(old, who, instrument))
        return sheet_to_bytes(new, who.couple_id, who.partner), new.finished

    return _parse(store.update_sheet(who, instrument.id, round_no, apply), who, instrument)


def current_round(store: Store, who: Unlocked, instrument: Instrument) -> tuple[int, AnswerSheet]:
    """The partner's latest round and its sheet (round 1, empty, if none)."""
    rounds = store.rounds(who.couple_id, who.partner, instrument.id)
    number = rounds[-1].number if rounds else 1
    return number, load_sheet(store, who, instrument, number)


def _finished_round(
    store: Store, who: Unlocked, instrument: Instrument, round_no: int | None
) -> tuple[int, str, AnswerSheet]:
    rounds = store.rounds(who.couple_id, who.partner, instrument.id)
    finished = [r for r in rounds if r.finished]
    if round_no is not None:
        finished = [r for r in finished if r.number == round_no]
    if not finished:
        latest = load_sheet(store, who, instrument, rounds[-1].number) if rounds else None
        done, total = latest.progress(instrument) if latest else (0, 0)
        which = f"round {round_no}" if round_no is not None else "a round"
        raise UsageError(
            f"{who.partner!r} has not finished {which} yet ({done} of {total} screens); answers "
            f"stay sealed until both finish: `unmask assess --couple {who.couple_id} "
            f"--partner {who.partner}`"
        )
    chosen = finished[-1]
    sheet = load_sheet(store, who, instrument, chosen.number)
    if not sheet.finished:
        raise AuthError(f"the stored 'finished' flag of {who.partner!r} does not match the answers")
    return chosen.number, chosen.updated_at[:10], sheet


def reveal_together(
    store: Store,
    instrument: Instrument,
    first: Unlocked,
    second: Unlocked,
    round_no: int | None = None,
) -> Comparison:
    """Compare two unlocked partners of one couple, if both finished; log the reveal.

    Uses each partner's latest finished round, or round ``round_no`` of both.
    """
    if first.couple_id != second.couple_id:
        raise PartnerError("both partners must belong to the same couple")
    if first.partner == second.partner:
        raise PartnerError("a comparison needs two different partners")
    picked = [_finished_round(store, who, instrument, round_no) for who in (first, second)]
    hidden = tuple(dict.fromkeys(p for _, _, sheet in picked for p in sheet.private))
    shown = shown_instrument(instrument, hidden)
    sheets = {}
    for who, (_, _, sheet) in zip((first, second), picked, strict=True):
        sheets[who.partner] = replace(sheet, hopes=()) if HOPES in hidden else sheet
    comparison = compare_partners(shown, sheets, couple=first.couple_id)
    comparison = replace(
        comparison,
        rounds=(picked[0][0], picked[1][0]),
        round_dates=(picked[0][1], picked[1][1]),
        hidden=hidden,
    )
    sections = [s for s in REVEALED_SECTIONS if not _section_hidden(s, hidden)]
    store.record_reveal(first.couple_id, instrument.id, (first.partner, second.partner), sections)
    return comparison


def _section_hidden(section: str, hidden: tuple[str, ...]) -> bool:
    return (section == "domains" and DREAMS in hidden) or (section == "hopes" and HOPES in hidden)
