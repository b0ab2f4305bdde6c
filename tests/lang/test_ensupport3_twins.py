"""Twins of the h-ensupport3 entries (docs/validity.md, "Partners' comfort on rounds one to
fourteen, forms that carry (h-ensupport3)"): a partner's comfort in forms read on at least two
couple rounds (worth kept after one setback, pride in how the other did it, leave not to be
ok, a loss shared, rest made room for by taking the task) fires ``support.emotional``; a
reproach, the writer's pride in the kids, a ban, sarcasm or a push in the same words does not.
zh twins likewise."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
SUPPORT = [
    # worth kept after one setback
    ("one bad shift doesn't make you a bad nurse, the ward would fall apart without you", True),
    ("one awkward tasting isnt proof of anything, the menu is strong", True),
    ("one text isn't proof of anything, ur being paranoid", False),
    ("one apology doesn't make you any less of a liar", False),
    # pride in how the other did it
    ("proud of how you stayed calm with the landlord today", True),
    ("i couldn't be prouder of the kids today", False),
    # leave not to be ok
    ("ur allowed to fall apart a bit after a week like this", True),
    ("no pressure to be fine by monday, take the days", True),
    ("you're not allowed to cry in the car", False),
    ("cry if you need to, but you're not going to that party", False),
    # a loss shared
    ("if the scan is bad we'll grieve it together, you're not facing any of this alone", True),
    # rest made room for by taking the task
    ("i'll handle the vet and the shopping, you just sleep", True),
    ("i'll cover for you again, you just sleep, like always", False),
    # the zh twins
    ("一次比赛输了证明不了什么，你练得多苦我知道", True),
    ("这一次说明不了什么吗？", False),
    ("手术没成功的话，我们一起伤心，然后再想办法", True),
    ("我们一起难过有什么用吗？", False),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
