"""Twins of h-surface: the surface side of partners' texts - shorthand logistics, chores as
a reproach, money in partners' words, yielding to end a row and brushing the other off - in
English and Chinese, beside the lines they must leave alone (a promise of love, the
writer's own pain, a view argued). A line that is both money and fear keeps its disclosure:
surface never steals depth."""

from __future__ import annotations

import pytest
from twins import fires_alone

# (message, signal, fires)
SURFACE = [
    # chores as a reproach: a promise not kept, whose turn, the writer's count
    ("you said you'd sort the gutters before winter and they're still full", "duty", True),
    ("ur on bath time tonight, i'm wiped", "duty", True),
    ("i've done the bins three times running", "duty", True),
    ("the hoovering's on you this weekend, i did the kitchen", "duty", True),
    ("说好你周末把车洗了的，到现在还没动", "duty", True),
    ("这周该你倒垃圾了，上周全是我倒的", "duty", True),
    ("今天你接孩子哈", "duty", True),
    ("you said you'd always be there for me and you still are", "duty", False),
    ("you're on my mind tonight", "duty", False),
    ("你说要陪我去看海的，我一直记得", "duty", False),
    # partners' shorthand logistics
    ("kitchen bin's overflowing again", "logistics", True),
    ("the freezer needs defrosting before the shop comes", "logistics", True),
    ("left your lunch by the front door, dont forget it", "logistics", True),
    ("tea at your mum's on sunday?", "logistics", True),
    ("chinese or pizza tonight?", "logistics", True),
    ("landing call is 2100 my time", "logistics", True),
    ("饭在锅里温着，回来自己热", "logistics", True),
    ("快递放门口鞋柜上了，记得拿", "logistics", True),
    ("被子还没晾，下午要下雨", "logistics", True),
    ("晚上吃火锅还是吃烤肉？", "logistics", True),
    ("周日中午去我妈家吃饭", "logistics", True),
    ("on nights like this i miss you", "logistics", False),
    ("my heart needs mending", "logistics", False),
    ("变瘦才是硬道理，不然好看的衣服都没法穿", "logistics", False),
    # money in partners' words
    ("the van insurance went on my card, send half when you can", "transactional", True),
    ("electric bill is 212 this quarter, is the joint acc ok", "transactional", True),
    ("sofa is 450 new or 90 on gumtree", "transactional", True),
    ("can we afford a week in cornwall", "transactional", True),
    ("物业费这个月超支了，咱俩一人一半", "transactional", True),
    ("二手的八百，全新的两千", "transactional", True),
    ("i can't afford to lose you", "transactional", False),
    ("i can't afford therapy right now and it scares me", "transactional", False),
    ("一半是你的错，一半是我的", "transactional", False),
    # yielding to end the row
    ("fine, fine, you're right", "appeasement", True),
    ("alright alright, have it your way", "appeasement", True),
    ("my bad, let's drop it", "appeasement", True),
    ("forget i said anything", "appeasement", True),
    ("行吧，你说得对", "appeasement", True),
    ("好好好，算我错，不说了", "appeasement", True),
    ("you're right that we need a plan, and here's mine: we save first", "appeasement", False),
    ("yes yes", "appeasement", False),
    ("你说得对，我们先把钱存下来再说，我明天去问问银行", "appeasement", False),
    # the other's pain made small, the talk brushed off
    ("it's just a sniffle, stop fussing", "dismissal", True),
    ("stop milking it, you're fine", "dismissal", True),
    ("do we have to talk about this right now", "dismissal", True),
    ("not now, driving", "dismissal", True),
    ("不就是发烧嘛，别装了", "dismissal", True),
    ("你又反应过度了吧", "dismissal", True),
    ("忙着呢，回头再聊", "dismissal", True),
    ("it's just a scratch, i'm fine honestly", "dismissal", False),
    ("not now but maybe after the match we could grab food", "dismissal", False),
    ("我是不是反应过度了，心里好难受", "dismissal", False),
    ("你回家要点不就完了吗", "dismissal", False),
    # the "we" of ending a talk is no we-talk
    ("my bad, let's drop it", "we_talk", False),
    ("can we not do feelings tonight", "we_talk", False),
]


@pytest.mark.parametrize(("text", "signal", "fires"), SURFACE)
def test_the_surface_side_of_partners_texts(text: str, signal: str, fires: bool) -> None:
    assert fires_alone(text, signal) is fires, (text, signal)


# money and fear in one line: the money word fires and the disclosure stays
BOTH = [
    "the rent went up again and i'm terrified we'll lose the flat, i can't sleep",
    "your mum's bill came to 300 and honestly i'm scared we can't keep helping her",
    "房贷又涨了，我真的好怕撑不下去，晚上都睡不着",
]


@pytest.mark.parametrize("text", BOTH)
def test_surface_does_not_steal_depth(text: str) -> None:
    assert fires_alone(text, "transactional"), text
    assert fires_alone(text, "disclosure.emotional") or fires_alone(
        text, "disclosure.vulnerable"
    ), text
