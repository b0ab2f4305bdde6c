"""Social-post structure (lang/zh/posts/structure.yaml, unmask.signals.posts_zh)."""

from __future__ import annotations

import re

import pytest

from unmask.signals import posts_zh
from unmask.signals.lexicon import LexiconError, read_yaml

DATA = read_yaml("zh", posts_zh.DATA)


def _items(key: str) -> list[tuple[str, str]]:
    return [(item["regex"], item["example"]) for item in DATA[key]]


@pytest.mark.parametrize(
    ("regex", "example"),
    _items("quoted")
    + _items("broadcast")
    + _items("voice")
    + _items("audience")
    + _items("quotation"),
)
def test_every_pattern_matches_its_example(regex: str, example: str) -> None:
    assert re.search(regex, example, re.IGNORECASE), regex


@pytest.mark.parametrize(("regex", "example"), _items("quoted"))
def test_every_quoted_example_is_cut(regex: str, example: str) -> None:
    # own_words skips texts with no QUOTE_MARKS: each quoted pattern needs one
    assert any(mark in example for mark in posts_zh.QUOTE_MARKS), regex
    assert posts_zh.own_words(example) != example, regex


@pytest.mark.parametrize(("regex", "example"), _items("broadcast"))
def test_every_broadcast_example_is_a_broadcast(regex: str, example: str) -> None:
    assert posts_zh.is_broadcast(posts_zh.own_words(example)), example


@pytest.mark.parametrize("text", posts_zh.structure().must_not_match)
def test_chat_lines_and_personal_posts_are_not_broadcasts(text: str) -> None:
    assert not posts_zh.is_broadcast(text)


@pytest.mark.parametrize(("regex", "example"), _items("voice"))
def test_every_voice_example_has_a_voice(regex: str, example: str) -> None:
    assert posts_zh.has_voice(example), regex


@pytest.mark.parametrize(("regex", "example"), _items("audience"))
def test_every_audience_example_has_an_audience(regex: str, example: str) -> None:
    assert posts_zh.has_audience(example), regex


@pytest.mark.parametrize("text", posts_zh.structure().audience_must_not_match)
def test_a_reader_and_chat_lines_are_no_audience(text: str) -> None:
    assert not posts_zh.has_audience(text)


@pytest.mark.parametrize(("regex", "example"), _items("quotation"))
def test_every_quotation_example_is_cut(regex: str, example: str) -> None:
    cut = posts_zh.unquoted(example)
    assert cut != example and "你" not in cut, regex


def test_an_audience_inside_a_quotation_is_not_the_writers() -> None:
    # a script the reader might say, quoted: not the writer's love
    assert posts_zh.has_audience("我爱你，晚安")
    assert not posts_zh.has_audience("你可以对妈妈说“我爱你”，她会明白的")
    assert posts_zh.unquoted("他说「你好」") == "他说，"


@pytest.mark.parametrize(
    "text",
    [
        # feeling words, advice and errands are not a voice of their own
        "我理解你现在的焦虑和难过",
        "很多人在这个阶段都会有类似的感受",
        "明天几点出发",
        "你可以试着每天写下来",
        # look-alikes: a place, a strawberry, a number, a word with "shit" inside
        "我靠近一点看看",
        "我草莓过敏",
        "房间号是5550",
        "买了shitake蘑菇",
        "啊，对",
    ],
)
def test_other_words_are_not_a_voice(text: str) -> None:
    assert not posts_zh.has_voice(text)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # the repost chain is others' words; the comment before it is the writer's
        ("太暖了，看哭了//@城市晚报:【外卖小哥冒雨送迷路老人回家】", "太暖了，看哭了"),
        ("我们小区也是这样 //@新闻速递: 物业上调停车费//@路人甲:离谱", "我们小区也是这样"),
        # a repost without comment: nothing of the writer's own
        ("转发微博", ""),
        ("转发微博 //@央视新闻:【今晚8点，飞船发射直播】", ""),
        ("//@小美:好难过，我的猫走了", ""),
        # reply prefix, mentions, links and their placeholders
        ("回复@小鹿不迷路:哈哈哈哈对！我也笑疯了", "哈哈哈哈对！我也笑疯了"),
        ("看这个 http://t.cn/A6xYz12 笑死我了", "看这个 笑死我了"),
        # a mention runs to the next space or punctuation (names have no other end)
        ("我分享了@读书日报的文章 网页链接", "我分享了"),
        ("恭喜@开心果果 获得本期一等奖", "恭喜 获得本期一等奖"),
        ("今天的晚霞太美了…展开全文c", "今天的晚霞太美了"),
        ("笑死 L搞笑日报的微博视频", "笑死"),
        ("全文背诵下来了", "全文背诵下来了"),
        # a check-in: the app's place line is cut, the writer's words stay
        ("我在这里:终于吃到这家的蛋挞了", "终于吃到这家的蛋挞了"),
        ("下雪了，好冷 我在这里：", "下雪了，好冷"),
        # chat lines are left alone
        ("明天几点出发", "明天几点出发"),
        ("我好想你啊", "我好想你啊"),
    ],
)
def test_own_words(text: str, own: str) -> None:
    assert posts_zh.own_words(text) == own


def test_a_check_in_is_not_a_broadcast() -> None:
    # the place line is the app's; the post is the writer's own (before v4: a broadcast)
    own = posts_zh.own_words("我在这里:下班路上看到的晚霞，太美了")
    assert own == "下班路上看到的晚霞，太美了" and not posts_zh.is_broadcast(own)
    # "I'm here" to a reader is no check-in
    assert posts_zh.own_words("别怕，我在这里陪着你") == "别怕，我在这里陪着你"


def test_a_pattern_without_an_example_is_refused() -> None:
    with pytest.raises(LexiconError, match="structure.yaml, quoted 0"):
        posts_zh._patterns({"quoted": [{"regex": "//@.*"}]}, "quoted")


def test_an_invalid_pattern_is_refused() -> None:
    with pytest.raises(LexiconError, match="invalid regex"):
        posts_zh._patterns({"broadcast": [{"regex": "(", "example": "x"}]}, "broadcast")


@pytest.mark.parametrize(("regex", "example"), _items("broadcast"))
def test_broadcast_patterns_stay_within_a_line(regex: str, example: str) -> None:
    # they run over a batch joined by "\n": a pattern that matched a line break could
    # reach from one message into the next
    assert "\\s" not in regex and "\\S" not in regex, regex


def test_batch_reading_is_the_same_as_one_by_one() -> None:
    texts = [example for _, example in _items("quoted") + _items("broadcast")]
    texts += list(posts_zh.structure().must_not_match) + [
        "",
        "多行\n【标题】内容",
        "第一行\n第二行",
    ]
    own, changed = posts_zh.own_words_many(texts)
    assert own == [posts_zh.own_words(t) for t in texts]
    assert changed == [k for k, t in enumerate(texts) if own[k] != t]
    flags = posts_zh.broadcast_many(own)
    assert flags.tolist() == [posts_zh.is_broadcast(t) for t in own]
    assert flags.any() and not flags.all()
