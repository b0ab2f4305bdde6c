"""Couple-talk twins of the h-reaction reply changes (issue 10, `responsiveness.reaction`
version 33): a hardness in the writer's own story, in a condition or in a question about the
other's view is no reaction, nor "sorry" for the writer's own slip or delay; the other's
future eased ("you'll be okay"), a feeling allowed ("that's okay to feel") and normalising
("we've all been there") are, unless asked, turned into a brush-off or said of a thing."""

from __future__ import annotations

import pytest

from unmask.signals.reply import score_reply_text
from unmask.signals.types import PRESENT

REACTION = "responsiveness.reaction"
SHARED = "my sister stopped talking to me and I keep crying at work"

#: (the partner's message, reply, reaction present)
TWINS = [
    (SHARED, "I lost my dad last year, that was rough.", False),
    (SHARED, "I had the same thing with my cousin. It was awful for months", False),
    (SHARED, "you lost your sister's trust? that was so unfair of her", True),
    (SHARED, "I heard what happened. It was so hard to hear", True),
    (SHARED, "if it's hard tomorrow, ring me and I'll come get you", False),
    (SHARED, "it's hard, love, I'm so sorry", True),
    (SHARED, "do you think things will get better with her?", False),
    (SHARED, "I think things will get better with her", True),
    (SHARED, "sorry, was driving, what did you need", False),
    (SHARED, "sorry it took me ages to answer", False),
    (SHARED, "sorry, typo, I meant thursday", False),
    (SHARED, "oh no, sorry love", True),
    (SHARED, "you'll be okay, I'm right here", True),
    (SHARED, "you're going to be alright, we'll talk to her together", True),
    (SHARED, "you'll be ok without me this weekend", False),
    (SHARED, "you'll be okay with takeaway tonight?", False),
    (SHARED, "you'll be okay, quit making a drama of it", False),
    (SHARED, "that's okay to feel, honestly", True),
    (SHARED, "that's okay to feel?", False),
    (SHARED, "we've all been there, love", True),
    (SHARED, "we all have weeks like that, come here", True),
    (SHARED, "we all went through that door at the same time", False),
    (SHARED, "we all feel that way, so get over it", False),
]


@pytest.mark.parametrize(("other", "reply", "fires"), TWINS)
def test_twins(other: str, reply: str, fires: bool) -> None:
    score = score_reply_text(reply, "en", other).scores[REACTION]
    assert score is not None
    assert (score >= PRESENT) is fires
