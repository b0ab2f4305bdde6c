"""h-speed38: the caps' cheaper searches find what the h-couple and h-zh10 patterns find."""

from __future__ import annotations

import pytest

from unmask.signals import model, model_zh, prefilter


def test_lookaheads_are_the_patterns_first_characters() -> None:
    assert prefilter.first_class([model._AT_READER.pattern]) == "[fisuy]"
    assert prefilter.first_class([model._ANGRY_AT_READER.pattern]) == "[iuy]"
    assert prefilter.first_class([model_zh._AIMED_ANYWHERE_SOURCE]) == model_zh._AIMED_FIRST


def test_every_dismissal_holds_a_piece() -> None:
    literals = prefilter.required_literals([model._DISMISS_READER.pattern])
    assert literals
    assert all(model._DISMISS_PIECES.search(lit) for lit in literals)


EN = [
    "god you're so useless",
    "you're overreacting, it's not a big deal",
    "ugh you're so sensitive",
    "just get over it",
    "Get over it.",
    "ok. get over yourself",
    "stop being so dramatic",
    "you're making this all about you",
    "you're not overreacting",
    "I don't think you're being dramatic",
    "I'm overreacting, sorry",
    "I can't get over it, I miss her so much",
    "i'm so angry at you",
    "i can't even look at you right now",
    "you make me so mad",
    "I'm so angry for you",
    "I'm angry at him for what he did to you",
    "so sorry your life is so hard 🙄",
    "I'm here for you, that must have been scary",
    "love you, see you tonight",
    "",
]


@pytest.mark.parametrize("text", EN)
def test_english_caps_search_as_before(text: str) -> None:
    low = text.lower().replace("\u2019", "'")
    for fast, slow in (
        (model._AT_READER_AHEAD, model._AT_READER),
        (model._ANGRY_AHEAD, model._ANGRY_AT_READER),
    ):
        a, b = fast.search(low), slow.search(low)
        assert (a and a.span()) == (b and b.span())
    dismissed = any(
        not model._DENIED.search(low[max(0, hit.start() - 40) : hit.start()])
        for hit in model._DISMISS_READER.finditer(low)
    )
    assert model._dismisses_reader(low) == dismissed


def _slow_rest(text: str) -> str | None:
    kept, cut = [], False
    clauses = [m.group() for m in model_zh._CLAUSE.finditer(text)]
    for k, clause in enumerate(clauses):
        after = clauses[k + 1] if k + 1 < len(clauses) else ""
        if model_zh.aimed_clause(clause) or (after and model_zh.reader_condition(clause, after)):
            cut = True
        else:
            kept.append(clause)
    return "".join(kept).strip() if cut else None


ZH = [
    "你烦不烦啊，我真的好累",
    "你有病吧",
    "滚",
    "好吧，滚！",
    "我累了\n滚开",
    "  滚吧~",
    "我说滚就滚",
    "你还好吗？我有点担心",
    "你最近是不是有什么心事？",
    "你今天开心吗？",
    "你今天开心吗，我好想你",
    "我是不是太矫情了",
    "你是不是不爱我了",
    "别跟我说话。我很难过",
    "有什么好哭的…",
    "我不想理他",
    "今天好累啊，晚上吃什么",
    "！！你怎么了",
    "如果你难过，就跟我说",
    "如果我难受，我会告诉你",
    "害怕很正常，先睡一觉",
    "我难过很正常",
    "",
]


@pytest.mark.parametrize("text", ZH)
def test_chinese_rest_as_before(text: str) -> None:
    assert model_zh.unaimed_rest(text) == _slow_rest(text)
