"""Twins of the h-ensupport2 entries (docs/validity.md, "Partners' comfort and dismissal on
rounds one to thirteen (h-ensupport2)"): a partner's comfort in forms the file missed (leave
to feel, rest made room for by taking the task, a standing offer to be rung, the other called
right and the writer's own doing called unfair, a verdict worked out together, a quiet
presence) fires ``support.emotional``; a ban, a brush-off, a complaint, a threat or task talk
in the same words does not. A short reply that is only busy and no fires ``dismissal``; busy
with a promise to call back or love does not. zh twins likewise."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
SUPPORT = [
    # leave to feel
    ("take tomorrow off and let yourself be sad, i'll cover the shop", True),
    ("grieve her properly this week, i'll cancel everything", True),
    ("don't let yourself cry in front of them", False),
    ("let yourself be sad for a minute, then get over it", False),
    # rest made room for by taking the task
    ("go back to sleep babe, i'm taking the dog out", True),
    ("i'll cook tonight, you put your feet up", True),
    ("stay in bed, you're not going out today", False),
    ("go to bed, i'll call your boss and tell him you quit", False),
    ("you need a night to yourself, i'll take the kids", False),
    # a standing offer to be rung
    ("call me whenever tonight, even at 4am", True),
    ("call me any time about the quote", False),
    # the other called right, the writer's own doing called unfair to them
    ("you're right, i booked the trip without asking you, that wasn't fair", True),
    ("you're right, that wasn't fair on me", False),
    # a verdict worked out together; a quiet presence
    ("no matter what the vet says tomorrow, we'll sort it out together", True),
    ("sit there as long as you need, no need to talk, i'm next to you", True),
    # the zh twins
    ("今天别上班了，想哭就在家哭，别憋着", True),
    ("有什么好哭的，别憋着了", False),
    ("你再睡一会儿，早饭我来做", True),
    ("你躺着，哪儿也不许去", False),
    ("难受了随时给我发消息，我都回", True),
    ("在江边坐多久都行，不用说话", True),
]

# (message, dismissal fires)
DISMISSAL = [
    ("busy. later", True),
    ("at work, can't talk", True),
    ("in a meeting till 4, love you", False),
    ("driving, call you when i'm there", False),
    ("在上课，没空", True),
    ("加班呢，别打了", True),
    ("在开车，到了打给你", False),
    ("在开会，开完给你回电话❤️", False),
    ("在上班，下班给你带奶茶", False),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text


@pytest.mark.parametrize(("text", "fires"), DISMISSAL)
def test_dismissal_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "dismissal") is fires, text
