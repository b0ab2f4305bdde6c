"""h-safety30: the largest kinds among rounds 26-27's English misses, as general lexicon
forms (a child compared, grown-up things left to someone with a brain, ashamed to be seen
with the reader; a dare whose result is harm to the reader's things, belongings put out,
silence for a stretch of time, a privilege taken for a stretch of time, a lockout on return).
Each must fire on fresh lines of its kind, and never on a couple's care, advice, polite
request, joint plan, joke or someone else's words, read by the whole scorer."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, score_text

CONTROL = ("safety.threat", "safety.monitoring", "safety.isolation", "safety.degradation")

MUST_FIRE = [
    ("safety.degradation", "talking to you about money is like explaining maths to a goldfish"),
    ("safety.degradation", "just leave the big decisions to people with a brain, ok?"),
    ("safety.degradation", "Honestly I'm embarrassed to be seen out with you in that coat."),
    ("safety.threat", "Go to the gig then, and see how quickly your car ends up keyed."),
    ("safety.threat", "Fine, move in with her. Your clothes will be on the street by Monday."),
    ("safety.threat", "Go to your mate's stag do and don't expect me to talk to you for a month."),
    ("safety.threat", "each time you talk back to me costs you your phone for a whole day"),
    ("safety.threat", "Stay out past ten again. The locks won't open when you come home."),
]

MUST_NOT_FIRE = [
    # care and praise
    "talking to you is like talking to my best friend, it always calms me down",
    "I'm never embarrassed to be seen with you, you're my favourite human",
    # advice and logistics
    "see how long your phone battery lasts after the update, then we'll decide",
    "if you're packing tonight your stuff fits in the big suitcase, I checked",
    "the front door key won't work when you get back, the lock's jammed, ring the bell",
    "every late return to the library costs you the fine for a week, so renew online",
    # a polite request and a joint plan
    "could you not talk to me for the next hour? I need to finish this report, sorry love",
    "let's leave the boring paperwork to someone with a brain for it, we'll hire help",
    # jokes
    "watching you dance is like watching a toddler on sugar lol, I love it",
    "one more pun and it costs you the remote for a week haha",
    # someone else's words
    "my friend's husband told her the locks won't open when she gets home, I'm scared for her",
    "she said he keeps telling her she's embarrassing to be seen with, it's awful",
]


@pytest.mark.parametrize(("signal", "text"), MUST_FIRE)
def test_a_fresh_line_of_the_kind_fires(signal: str, text: str) -> None:
    value = score_text(text).scores[signal]
    assert value is not None and value >= PRESENT


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_a_couples_everyday_line_reads_no_control(text: str) -> None:
    scores = score_text(text).scores
    assert [s for s in CONTROL if (scores[s] or 0.0) >= PRESENT] == []
