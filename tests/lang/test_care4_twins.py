"""Twins of the h-care4 constructs (docs/signals.md: safety.monitoring version 31): a
location asked for one outing with a practical or safe-arrival reason, the reason told after
a question mark ("can you turn on location sharing for the fair? in case we get separated")
or as "in case we lose each other", is no demand; the same request standing ("at all
times", "always", "every time") or with a reason that watches ("so I can see where you
are") still reads. zh (the parts file's forbid part): a ban on a third person with no 你 in its
clause (我表姐说她老公不许她出门) is someone else's control told about; the ban aimed at the
reader, at "them" or with a 你 later in the clause still reads. Lines written for the tests,
not round lines."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, score_texts

MONITORING = "safety.monitoring"


def _lexicon_fires(text: str) -> bool:
    """``safety.monitoring`` of ``text`` scored alone by the lexicons reaches PRESENT."""
    return bool(score_texts([text], model=False).scores[MONITORING][0] >= PRESENT)


# (message, safety.monitoring fires from the lexicons)
LOCATION = [
    ("can you share your location for the fair? in case we get separated", False),
    ("turn on your live location for the hike, in case we lose track of each other", False),
    ("turn on your location for the ferry? just so I know you made it ok", False),
    ("share your location for the night bus? so I know you got home safe", False),
    # the same request standing, or a reason that watches
    ("share your location at all times? so I know you're safe", True),
    ("turn on your location at all times in case we get separated", True),
    ("share your location always? in case we lose each other", True),
    ("share your location at all times so I know you're safe", True),
    ("share your location? so I can see where you are", True),
    ("turn on your location. in case we lose each other", True),
    ("turn on your location", True),
]


@pytest.mark.parametrize(("text", "fires"), LOCATION)
def test_location_for_one_outing_with_a_reason(text: str, fires: bool) -> None:
    assert _lexicon_fires(text) is fires, text


ISOLATION = "safety.isolation"

# (message, safety.isolation fires from the lexicons)
THIRD_PERSON_BAN = [
    ("我表姐说她老公不许她出门，我陪她去妇联问了问", False),
    ("听同事讲她男朋友不准她加班，我让她找工会聊聊", False),
    # the ban aimed at the reader
    ("我不许你出门，听见没有", True),
    ("以后不准你跟同事出去", True),
]


@pytest.mark.parametrize(("text", "fires"), THIRD_PERSON_BAN)
def test_a_ban_on_a_third_person_is_told_about(text: str, fires: bool) -> None:
    got = score_texts([text], model=False).scores[ISOLATION][0] >= PRESENT
    assert bool(got) is fires, text
