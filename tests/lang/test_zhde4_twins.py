"""Twins of the h-zhde4 rules (docs/signals.md: disclosure.emotional version 48,
disclosure.vulnerable 26): on partners' lines, the writer dwelling on the reader's looks or
dress, the reader's feeling said to be understood, pride or joy for the reader and an offer
to manage a load alone are no disclosure of the writer's. Each twin keeps the other
reading. Our own lines, worded apart from the couple rounds and the safety rounds."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, model_zh, score_texts

EMO = "disclosure.emotional"
VUL = "disclosure.vulnerable"


def _fires(text: str, signal: str, model: bool = True) -> bool:
    return bool(score_texts([text], model=model).scores[signal][0] >= PRESENT)


# (message, disclosure.emotional fires)
NOT_THE_WRITERS = [
    # a flirt: the writer dwelling on the reader's looks or dress
    ("你今天那身碎花裙子我还在想😳", False),
    ("一整天都在想你那件格子衬衫", False),
    ("你系着围巾站在雪里的样子我一直忘不掉", False),
    ("你新剪的发型我还一直在想", False),
    # the reader's feeling said to be understood
    ("我太能理解你这份委屈", False),
    # pride or joy for the reader
    ("一稿就过了，我真为你骄傲", False),
    # twins: the writer's own feeling keeps its reading
    ("你离开那晚的神情我至今都忘不了，心里好难受", True),
    ("我理解你，可我心里也好委屈", True),
    ("替你高兴，可我心里空落落的", True),
    ("我好骄傲，终于做到了", True),
    ("我一个人搞得定吗？心里好没底", True),
]


@pytest.mark.parametrize(("text", "fires"), NOT_THE_WRITERS)
def test_emotional_on_partners_lines(text: str, fires: bool) -> None:
    assert _fires(text, EMO) is fires, text


@pytest.mark.parametrize(
    ("text", "signal", "fires"),
    [
        # the reader's dress before 忘不了: the frame absorbs it
        ("你穿着白衬衫的模样我至今都忘不了", VUL, False),
        # twins: no dress (the reader's act, a scene) keeps the wound
        ("你离开那晚的神情我至今都忘不了", VUL, True),
        ("急诊室那一夜我至今都忘不了", VUL, True),
        # an offer to manage alone: the frame absorbs 我一个人
        ("我一个人照顾得过来，你安心出差", VUL, False),
        ("猫我一个人喂得过来，你踏实出差", VUL, False),
        # twins: alone and not managing, or asked, keep it
        ("娃我一个人哪顾得过来，好累", VUL, True),
        ("我一个人搞得定吗？心里好没底", VUL, True),
        # 想你 before the reader's dress: the frame absorbs it
        ("一整天都在想你那件格子衬衫", EMO, False),
        # pride for the reader: the frame absorbs the feeling word
        ("真替你开心，面试顺利就好", EMO, False),
    ],
)
def test_the_frames_in_the_lexicon(text: str, signal: str, fires: bool) -> None:
    assert _fires(text, signal, model=False) is fires, text


def test_dwelling_on_looks_is_a_clause_aimed_at_the_reader() -> None:
    assert model_zh.dwells_on_looks("你穿西服那副模样我至今忘不了")
    assert model_zh.dwells_on_looks("还在想你那件红毛衣")
    assert model_zh.aimed_clause("还在想你那件红毛衣")
    # no dress: the reader's act or pain is not a look
    assert not model_zh.dwells_on_looks("你哭红了眼的模样我至今忘不了")
    # the writer's own state beside it
    assert not model_zh.dwells_on_looks("你那件红毛衣我一看就难过")
    # no lingering thought
    assert not model_zh.dwells_on_looks("你那件红毛衣我洗了")


def test_the_readers_feeling_understood() -> None:
    assert model_zh.understands_reader_feeling("我都懂你为啥憋屈")
    assert model_zh.understands_reader_feeling("我能理解你的难受")
    assert not model_zh.understands_reader_feeling("我懂你的意思，我也难受")
    assert not model_zh.understands_reader_feeling("你能理解我有多难过吗")
    assert model_zh.unaimed_rest("我都懂你为啥憋屈，先睡一觉") == "先睡一觉"


def test_gladness_for_the_reader() -> None:
    assert model_zh.glad_for_reader("我打心底为你自豪")
    assert model_zh.glad_for_reader("打心眼里替你高兴")
    assert not model_zh.glad_for_reader("替你高兴，我却更孤单了")
    assert not model_zh.glad_for_reader("我好自豪")
