"""Whether a partner's own private screening was positive (only their key can tell).

The screening (:mod:`unmask.assess.screening`) is sealed under the partner's key; this
reads it only for a partner who unlocked in this session, and the answer changes only
what *that partner* is shown (a plan without disclosure towards the partner). Nothing
derived from it is written where the other partner can read it.
"""

from __future__ import annotations

from unmask.assess.screening import PRIVATE_KIND, ScreeningAnswers, builtin_screening, record_id
from unmask.store import Store, Unlocked


def screening_positive(store: Store, who: Unlocked, instrument_id: str) -> bool:
    """The partner's latest round with a screening answered it positive.

    The screening is asked before a round's first answer is saved, so the round after
    the last saved one (and round 1) are looked at too.
    """
    screening = builtin_screening()
    saved = [r.number for r in store.rounds(who.couple_id, who.partner, instrument_id)]
    for number in sorted({1, *saved, max(saved, default=0) + 1}, reverse=True):
        data = store.load_private(who, PRIVATE_KIND, record_id(instrument_id, number))
        if data is not None:
            return screening.is_positive(ScreeningAnswers.from_bytes(data, screening).answers)
    return False
