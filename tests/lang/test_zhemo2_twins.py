"""Twins of the h-zhemo2 entries (docs/signals.md: disclosure.emotional version 48): what the
Chinese reading could not see on Weibo posts, by construct (swearing at one's lot, idioms and
net words of a feeling, Cantonese feeling words, defiance said with a feeling denied, a
feeling told by the body, a feeling named with its negator, net hyperbole, a wrong that cannot
be taken, life felt, contempt said to no one in particular). Each entry fires on its line and
keeps quiet on a twin that shares its characters. Our own lines, worded apart from the couple
and safety rounds; read by the lexicons alone (the model layer is unchanged)."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, score_texts

EMO = "disclosure.emotional"


def _lexicon(text: str) -> float:
    return float(score_texts([text], model=False).scores[EMO][0])


# (the construct's line, its twin)
PAIRS = [
    ("我操，公交卡又刷不出来", "我操心的事太多了"),
    ("我草，这题又算错了", "我草拟了一份计划"),
    ("电梯又停了，擦你妹", "你妹妹几点放学"),
    ("拿到录取通知书那一刻喜出望外", "一点也不心急如焚"),
    ("体检报告出来，一切正常，如释重负", "如释重担这个词写错了"),
    ("结局反转成这样，天雷滚滚啊", "打雷了，记得收衣服"),
    ("钥匙锁在屋里了，肿么办", "这块地雷区不能进"),
    ("返工返到好攰", "今天好闷热"),
    ("阿妈又唠叨，好嬲", "好惊险的一场比赛"),
    ("你爱来不来，谁稀罕", "这种花很稀罕"),
    ("我已经不在乎了", "他不在乎钱"),
    ("听到那首老歌，眼眶一热", "小心一点，路滑"),
    ("看完信鼻子一酸", "市中心一带堵车"),
    ("昨晚的聚会闹得很不愉快", "想起过去不愉快的经历"),
    ("周一早上地铁挤成这样，都是不愉快。", "没什么不愉快的"),
    ("排了两小时队，饿到飞起", "冷成这样要多穿"),
    ("站岗一晚上，冻成狗", "狗冻着了，给它加个窝"),
    ("说好的事又变卦，这回真的无法接受了！", "到时候我能接受"),
    ("晒了一下午太阳，觉得生活美好", "觉得生活费够用吗"),
    ("插队还嚷嚷，真没教养", "教养孩子不容易"),
]


@pytest.mark.parametrize(("line", "twin"), PAIRS)
def test_construct_fires_and_twin_does_not(line: str, twin: str) -> None:
    assert _lexicon(line) >= PRESENT, line
    assert _lexicon(twin) < PRESENT, twin
