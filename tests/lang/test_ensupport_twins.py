"""Twins of the h-ensupport support entries (docs/validity.md, "Partners' comfort in English
(h-ensupport)"): a partner's comfort in forms the file missed (the other's hurt called right,
a chore put off for their rest, "you've done enough today", "lean on me", a verdict faced side
by side, rest for as long as they need) fires ``support.emotional``; sarcasm, a threat, a
complaint, control and task talk in the same words do not. The zh twins likewise."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, support.emotional fires)
SUPPORT = [
    # the brief's lines: comfort fires; mock sympathy and control dressed as love do not
    ("hey, you did everything you could", True),
    ("i'm right here, we'll figure it out", True),
    ("proud of you no matter what happens tmrw", True),
    ("oh poor you, must be so hard", False),
    ("I'm only doing this because I love you", False),
    # the other's anger or hurt called right
    ("you're totally right to be angry, i forgot your birthday dinner", True),
    ("ur allowed to be upset about the move, it's a lot", True),
    ("it makes total sense you're hurt, i should've called", True),
    ("your feelings about it are fair, i'd be gutted too", True),
    ("you're right to be scared of me after what you did", False),
    ("oh you're allowed to be upset now? cute", False),
    ("you're allowed to be upset but you're not going to that party", False),
    # a chore put off for the other's rest
    ("go lie down, the laundry can wait", True),
    ("close the laptop babe, the essay can wait till tomorrow", True),
    ("the washing up can wait forever apparently", False),
    ("work can wait, you're not leaving this flat tonight", False),
    ("the plumber can wait until 3", False),
    # "you've done enough"
    ("put your feet up, you've done more than enough this week", True),
    ("you've done enough damage for one day", False),
    ("you've done enough, just leave me alone", False),
    ("you haven't done enough to earn it", False),
    # worth and blame
    ("it wasn't anything you did, babies just come early sometimes", True),
    ("you're not worthless for needing a break", True),
    ("failing one exam says nothing about you", True),
    ("ur not useless, just lazy", False),
    # leaning, facing together, rest for as long as needed
    ("lean on me tonight, ok?", True),
    ("don't lean on me, i'm sweaty", False),
    ("we'll get through the biopsy results together, whatever they are", True),
    ("we'll get through the test results spreadsheet first, then lunch", False),
    ("no need to be strong for me, cry if you want", True),
    ("cry as long as you need, i'm not going anywhere", True),
    ("the meeting can run as often as you need it to", False),
    ("you come first in the queue", False),
    ("im staying home with you so you can't go to the party", False),
    # the zh twins
    ("你生气是应该的，是我没先跟你商量就答应了", True),
    ("你有理由难过，这事换谁都受不了", True),
    ("你有理由生气吗？", False),
    ("你有什么资格生气", False),
    ("你的感受很合理，我不该那样说", True),
    ("你先去躺着，衣服明天再洗", True),
    ("工作可以等，你哪儿也不许去", False),
    ("你可以靠着我，别一个人扛", True),
    ("别靠着我，热死了", False),
    ("在我面前不用逞强", True),
    ("孩子我来哄，你想睡多久就睡多久", True),
    ("你想睡多久？", False),
]


@pytest.mark.parametrize(("text", "fires"), SUPPORT)
def test_support_twins(text: str, fires: bool) -> None:
    assert fires_alone(text, "support.emotional") is fires, text
