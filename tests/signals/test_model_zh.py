"""The Chinese model layer (unmask.signals.model_zh): loading, behaviour, wiring."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np
import pytest

from unmask.errors import ModelError
from unmask.signals import (
    PRESENT,
    control_gate,
    model_zh,
    posts_zh,
    score_text,
    score_texts,
    scorer,
)
from unmask.signals import safety_model as sm
from unmask.signals.types import MESSAGE_SIGNALS

EMO = "disclosure.emotional"

# feelings of the writer, in several registers (none of these are training sentences)
FEELINGS = [
    "他一直反弹，感觉很难以处理。",
    "但是我总是觉得自己做得不够好",
    "最近工作压力好大，晚上老是睡不着",
    "考研又没过，心里特别难受",
    "和室友吵架了，越想越委屈",
    "终于拿到offer了，开心得想哭",
    # short posts: a bare feeling said with "！", a clause of its own, net slang and idioms
    "考试终于过了，开心！",
    "又下雨了，烦",
    "加班到十点，累成狗",
    "这周忙得焦头烂额，心力交瘁",
]
# booking, schedules and money: no feeling of the writer
TASK_TALK = [
    "帮我推荐一家人均消费100-150元的餐馆",
    "酒店的地址是北京东城区珠市口东大街19号",
    "营业时间是周一至周日 07:30-21:00",
    "明天上午九点开会，记得带电脑",
    "门票是多少钱？评分怎么样？",
    "好的，谢谢，没有其他问题了",
    "我转你了",
    "快回来",
    "我去买",
    "手机只剩3%了",
    "今晚看电影还是散步",
    # neutral posts: weather notes, notices, product news, requests, errands
    "北京今天最高气温35度，请注意防暑。",
    "【通知】本周六上午9点在三楼会议室召开年度总结会。",
    "新款手机将于下月发布，售价3999元起。",
    "据报道，该市地铁三号线将于年底开通运营。",
    "求推荐几本适合入门的摄影书",
    "今天去超市买了点水果和蔬菜",
    "不客气，祝你玩的开心！",
]


def test_weights_load() -> None:
    assert model_zh.available()


@pytest.mark.parametrize("text", FEELINGS)
def test_feelings_fire(text: str) -> None:
    result = score_text(text)
    assert result.lang == "zh"
    assert result.scores[EMO] is not None and result.scores[EMO] >= PRESENT
    assert result.evidence.get(EMO)


@pytest.mark.parametrize("text", TASK_TALK)
def test_task_talk_does_not_fire(text: str) -> None:
    value = score_text(text).scores[EMO]
    assert value is not None and value < PRESENT


def test_talk_about_the_readers_feelings_is_read_by_the_model() -> None:
    """A counsellor's explanation of the reader's anxiety is not the writer's disclosure,
    although the lexicon finds a feeling word in it."""
    text = "很多人刚上大学都会感到焦虑，你可以先给自己定一个小目标，慢慢适应新的学习节奏。"
    lexicon = score_text(text, model=False).scores[EMO]
    model = score_text(text).scores[EMO]
    assert lexicon is not None and lexicon >= PRESENT
    assert model is not None and model < PRESENT


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("你不在，我好难过", True),
        ("你以为你是谁啊，我也是醉了！", True),
        ("今天好累", True),
        ("你一定很难过吧", False),
        ("这件事让你很委屈", False),
        ("很高兴为您服务。", False),
        ("太好了，谢谢你啊！", False),
        ("我能理解，很多人都会这样，你可以先试着把每天的计划写下来，慢慢调整作息。", False),
    ],
)
def test_to_self_reads_short_messages_to_you_as_the_writers_own(text: str, own: bool) -> None:
    assert model_zh.to_self(text) is own


# long messages to "you" whose feeling is a clause in the writer's own voice (laughter,
# crying, swearing) that names no reader (written for these tests); the model alone reads
# them below 0.5
VOICED_TO_YOU = [
    "你们知道吗，今天老板又让我们周末去公司加班，还说是自愿参加的，哈哈哈哈哈，真是够了",
    "你说的那家店我们昨天排了两个小时的队，结果到了门口说今天卖完了，卧槽，白跑一趟",
    "你上次推荐的那个软件我装了，结果一打开就闪退，重装三遍还是一样，shit，白折腾一晚上",
    "你们还记得楼下那只橘猫吗，今天它居然跟着我一路走到公司门口，呜呜呜，舍不得赶它走",
]


@pytest.mark.parametrize("text", VOICED_TO_YOU)
def test_a_voiced_clause_in_a_message_to_you_is_the_writers_feeling(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not model_zh.to_self(text)
    voiced = score_text(text).scores[EMO]
    assert voiced is not None and voiced >= PRESENT
    monkeypatch.setattr(model_zh, "voice_scores", lambda texts: np.zeros(len(texts)))
    unvoiced = score_text(text).scores[EMO]
    assert unvoiced is not None and unvoiced < PRESENT


def test_voice_clauses_name_no_reader() -> None:
    assert model_zh.voice_clauses("你以为你是谁，我草！哈哈哈哈") == ["我草", "哈哈哈哈"]
    # laughter in a clause that names the reader is left to the model
    assert model_zh.voice_clauses("你们快看哈哈哈哈，这也太离谱了") == []
    # feeling words are not a voice: a counsellor's sentence keeps none
    counsel = "我理解你现在的焦虑和难过，很多人在这个阶段都会有类似的感受，你可以试着每天写下来。"
    assert model_zh.voice_clauses(counsel) == []
    assert score_text(counsel).scores[EMO] < PRESENT


# long messages whose "you" is an audience, an absent beloved or a crowd, or only a
# character's or a song's inside quotation marks (written for these tests); the model
# alone reads them below 0.5
AUDIENCE_YOU = [
    # an outburst of "！！" to a crowd
    "你们能想象吗？？今天地铁停运，我在站台上等了一个多小时，冻得要死，真的好崩溃",
    # love and longing for someone absent
    "窗外又下雨了，你那边冷不冷，我今天一个人去了我们常去的那家店，心里空落落的，好想你啊。",
    # a greeting to a crowd
    "亲们，明天就要回老家过年了，你们的票都买到了吗，我抢了三天才抢到，激动得睡不着",
    # the only "you" is a book's
    "书里有一句“你要相信，总会有人在等你”，读到这里的时候我真的很感动，眼泪止不住",
]


@pytest.mark.parametrize("text", AUDIENCE_YOU)
def test_a_message_to_an_audience_is_the_writers_feeling(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not model_zh.to_self(text)
    found = score_text(text).scores[EMO]
    assert found is not None and found >= PRESENT
    monkeypatch.setattr(model_zh, "audience_scores", lambda texts, lex: np.zeros(len(texts)))
    without = score_text(text).scores[EMO]
    assert without is not None and without < PRESENT


@pytest.mark.parametrize(
    "text",
    [
        # an outburst that ties the feeling to the reader: still the reader's feeling
        "你是不是一直都很焦虑？？这种感觉已经持续多久了，你可以试着每天记录一下自己的状态。",
        # a counsellor's reader, "I think you" (我想你) and friends who are not addressed
        "我想你可能需要先好好休息一下，失眠的时候感到焦虑是很正常的，你可以约朋友们一起走走。",
        # a "you" outside the quotation: the reader
        "你可以对他说“我很难过”，让他知道这件事对你的影响，很多人都会感到委屈和无助。",
    ],
)
def test_a_reader_is_not_an_audience(text: str) -> None:
    assert not model_zh.to_self(text)
    assert model_zh.audience_scores([text], np.ones(1))[0] < PRESENT


def test_audience_scores_keep_the_lexicon_score_or_read_without_quotations() -> None:
    lexicon = np.asarray([0.7, 0.7, 0.7])
    texts = [
        "窗外又下雨了，好想你啊。",  # an audience: the message's own lexicon score
        "他唱到那句“我一直在你身旁”，我好难过",  # the "you" is the song's: read without it
        "你可以试着告诉他你的感受，慢慢来。",  # a reader: nothing stands
    ]
    out = model_zh.audience_scores(texts, lexicon)
    assert out[0] == 0.7
    bare = score_text("他唱到那句，，我好难过", model=False).scores[EMO]
    assert out[1] == bare and bare >= PRESENT
    assert out[2] == 0.0


def test_a_short_feeling_beside_you_keeps_its_lexicon_score() -> None:
    """ "你不在，我好难过" names the reader but the feeling is the writer's: the lexicon's
    frame stands; a feeling tied to the reader is left to the model."""
    own = score_text("你不在，我好难过")
    assert own.scores[EMO] is not None and own.scores[EMO] >= PRESENT
    served = score_text("很高兴为您服务。")
    assert score_text("很高兴为您服务。", model=False).scores[EMO] >= PRESENT
    assert served.scores[EMO] is not None and served.scores[EMO] < PRESENT


def test_short_lines_without_feeling_words_need_a_sure_model() -> None:
    texts = ["快回来", "我去买", "邻居又在装修了"]
    lexicon = np.zeros((len(texts), len(MESSAGE_SIGNALS)))
    raw = model_zh.predict(texts, lexicon)
    scores = lexicon.copy()
    model_zh.apply(texts, range(len(texts)), scores, [])
    final = scores[:, MESSAGE_SIGNALS.index(EMO)]
    assert np.all(final < raw)
    lengths = np.asarray([len(t) for t in texts])
    threshold = model_zh.length_thresholds(lengths, lexicon)
    assert threshold.tolist() == [0.9, 0.9, 0.8]
    assert np.array_equal(final >= PRESENT, raw >= threshold)


def test_thresholds_fall_with_length_and_rise_for_surface() -> None:
    lengths = np.asarray([3, 8, 15, 40, 8, 40])
    lexicon = np.zeros((len(lengths), len(MESSAGE_SIGNALS)))
    lexicon[4:, MESSAGE_SIGNALS.index("logistics")] = 0.8
    threshold = model_zh.length_thresholds(lengths, lexicon).tolist()
    assert threshold[:4] == sorted(threshold[:4], reverse=True)
    assert threshold[3] == 0.5
    # a short line read as logistics needs the surface threshold; a long one does not
    assert threshold[4] == model_zh.SURFACE_THRESHOLD > threshold[1]
    assert threshold[5] == 0.5


# a weak cue exclaimed in its own sentence (h-zh5 round 2): a post's venting or delight
EXCLAIMED_FIRES = [
    "现在的人都怎么了，竟然这么多人说踹的对，真是滥到底了！",
    "数学考砸了，看来还是不够努力，真的有点无奈！",
    "樓上的小孩從早上彈琴彈到晚上，真的有點無奈啊，",
]
# and what it leaves alone: short lines, an errand with laughter, a cue in another sentence,
# a feeling of the reader's, no cue at all
EXCLAIMED_QUIET = [
    "哈哈哈！",
    "累了吧！",
    "哈哈哈，明天早上八点在地铁站门口见，别迟到！",
    "有点累。明天早上八点在地铁站门口见，记得带上身份证！",
    "你是不是有点累啊，今天辛苦了，早点休息，明天还要早起呢！",
    "明天早上八点出发，记得带上身份证和充电宝！",
]


# a couple's short lines and an insult at the reader, with the model layer and the
# exclamation rule in place: none is the writer's disclosure
COUPLE_QUIET = [
    "好的",
    "嗯",
    "哈哈",
    "晚安",
    "好的好的，晚安！",
    "你就是个傻逼",
    "你简直就是个傻子！",
]


@pytest.mark.parametrize("text", COUPLE_QUIET)
def test_a_couples_short_lines_and_insults_are_not_feeling(text: str) -> None:
    value = score_text(text).scores[EMO]
    assert value is not None and value < PRESENT, text


@pytest.mark.parametrize("text", EXCLAIMED_FIRES)
def test_a_weak_cue_exclaimed_in_a_long_message_is_the_writers_feeling(text: str) -> None:
    assert score_text(text, model=False).scores[EMO] < PRESENT
    value = score_text(text).scores[EMO]
    assert value is not None and value >= PRESENT, text


@pytest.mark.parametrize("text", EXCLAIMED_QUIET)
def test_an_exclamation_alone_or_away_from_the_cue_is_not_feeling(text: str) -> None:
    value = score_text(text).scores[EMO]
    assert value is not None and value < PRESENT, text


def test_exclaimed_scores_combine_the_cue_and_the_exclamation() -> None:
    texts = ["现在的人都怎么了，竟然这么多人说踹的对，真是滥到底了！"]
    lexicon = np.zeros((1, len(MESSAGE_SIGNALS)))
    lexicon[0, MESSAGE_SIGNALS.index(EMO)] = 0.3
    lengths = np.asarray([len(texts[0])])
    out = model_zh.exclaimed_scores(texts, lexicon, np.asarray([True]), lengths)
    assert out[0] == pytest.approx(1 - 0.7 * (1 - model_zh.EXCLAMATION_WEIGHT))
    # not the writer's own, or read as surface: nothing
    assert model_zh.exclaimed_scores(texts, lexicon, np.asarray([False]), lengths)[0] == 0.0
    lexicon[0, MESSAGE_SIGNALS.index("logistics")] = 0.8
    assert model_zh.exclaimed_scores(texts, lexicon, np.asarray([True]), lengths)[0] == 0.0


# h-zh9: a threat or a degradation aimed at the reader is an act on the reader, not the
# writer's disclosure (the model read the first at 0.61); fear of losing the reader and a
# feeling beside a negated condition with no comma still are
AIMED_QUIET = [
    "我会让你消失在这个世界上",
    "你给我等着",
    "你给我等着，我会让你后悔的",
    "你就是个傻逼",
    "你真恶心",
    "你真让我恶心",
]
AIMED_TWINS_FIRE = [
    "我好怕你会离开我",
    "你给我等着瞧，我真的很生气",
    "这菜真恶心",
    "你不在我好不开心",
    "你走了我好难过",
    "没有你我睡不着",
]


@pytest.mark.parametrize("text", AIMED_QUIET)
def test_a_threat_or_insult_at_the_reader_is_not_the_writers_feeling(text: str) -> None:
    value = score_text(text).scores[EMO]
    assert value is not None and value < PRESENT, text


@pytest.mark.parametrize("text", AIMED_TWINS_FIRE)
def test_fear_of_loss_and_a_feeling_after_a_condition_are_the_writers(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the model layer's reading, before the control gate (h-ctrldepth): "你给我等着瞧，…"
    # is read as a threat, and a threatening line gains no depth credit
    monkeypatch.setattr(control_gate, "apply", lambda scores, evidence, likely=None: None)
    value = score_text(text).scores[EMO]
    assert value is not None and value >= PRESENT, text


def test_the_model_is_capped_where_the_lexicon_reads_a_threat() -> None:
    texts = ["我会让你消失在这个世界上"]
    probe = np.zeros((1, len(MESSAGE_SIGNALS)))
    before = model_zh.predict(texts, probe)[0]
    assert before >= PRESENT  # the model alone reads it as feeling
    probe[0, MESSAGE_SIGNALS.index("safety.threat")] = 0.8
    scores = probe.copy()
    model_zh.apply(texts, [0], scores, [])
    assert scores[0, MESSAGE_SIGNALS.index(EMO)] <= model_zh.AIMED_CAP


def test_unaddressed_scores_read_the_clauses_that_name_no_reader() -> None:
    out = model_zh.unaddressed_scores(["你给我等着瞧，我真的很生气", "你真恶心", "你好"])
    assert out[0] >= PRESENT
    assert out[1] == 0.0 and out[2] == 0.0


def test_a_short_errand_is_not_read_as_feeling() -> None:
    """The model alone is unsure on short errands; the lexicon reading them as logistics
    keeps them out of disclosure."""
    for text in ("帮我带大米和鸡蛋", "记得交电费", "明天几点接孩子"):
        value = score_text(text).scores[EMO]
        assert value is not None and value < PRESENT, text


def test_model_evidence_spans_the_whole_text() -> None:
    text = "但是我总是觉得自己做得不够好"
    sources = {ev.source: ev for ev in score_text(text).evidence[EMO]}
    ev = sources[f"model:{model_zh.MODEL_VERSION}"]
    assert (ev.start, ev.end, ev.match) == (0, len(text), text)


def test_english_messages_are_not_touched() -> None:
    texts = ["can you pick up milk on the way home", "I'm so stressed about tomorrow"]
    scores = np.zeros((len(texts), len(MESSAGE_SIGNALS)))
    model_zh.apply(texts, [], scores, [])
    assert not scores.any()
    result = score_texts(texts)
    assert result.lang == ["en", "en"]
    sources = {ev.source for row in result.evidence for ev in row.get(EMO, [])}
    assert sources and not any(model_zh.MODEL_VERSION in s for s in sources)


def test_version_names_the_model() -> None:
    # the couple layer (h-zhcouple: its zh disclosure head) names itself after the zh layer
    assert f"+model:{model_zh.MODEL_VERSION}" in score_texts(["我好难过"]).versions[EMO]
    assert "zh" not in score_texts(["我好难过"], model=False).versions[EMO]


def test_scores_do_not_depend_on_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = FEELINGS + TASK_TALK
    alone = [score_text(t).scores[EMO] for t in texts]
    monkeypatch.setattr(model_zh, "BATCH", 3)
    together = score_texts(texts).scores[EMO].tolist()
    assert together == alone  # bit for bit: no sum depends on the other rows of a batch


def test_hashing_is_deterministic_and_in_range() -> None:
    a = model_zh.hash_texts(["我好难过", "", "价格是1691元"], 1024)
    b = model_zh.hash_texts(["我好难过", "", "价格是1691元"], 1024)
    assert np.array_equal(a.bucket, b.bucket) and np.array_equal(a.value, b.value)
    assert a.bucket.min() >= 0 and a.bucket.max() < 1024
    # 4 + 3 + 2 n-grams for the first text, none for the empty one
    assert np.bincount(a.row, minlength=3).tolist()[:2] == [9, 0]
    # digits are folded: other numbers give the same features
    c = model_zh.hash_texts(["价格是2345元"], 1024)
    assert sorted(c.bucket.tolist()) == sorted(a.bucket[a.row == 2].tolist())


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    model_zh._cache.clear()
    yield
    model_zh._cache.clear()


def _point_at(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def ref() -> Traversable:
        return path

    monkeypatch.setattr(model_zh, "_weights_ref", ref)


def _npz(**arrays: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, allow_pickle=False, **arrays)
    return buf.getvalue()


def _meta(**changes: object) -> np.ndarray:
    meta: dict[str, object] = {
        "model_version": model_zh.MODEL_VERSION,
        "features_version": model_zh.FEATURES_VERSION,
        "signals": list(model_zh.MODEL_SIGNALS),
        "lexicon_inputs": list(model_zh.LEXICON_INPUTS),
        "n_buckets": 8,
    }
    meta.update(changes)
    return np.array(json.dumps(meta))


def _damaged() -> dict[str, bytes]:
    dense = np.zeros(model_zh.N_DENSE)
    return {
        "garbage": b"not a model" * 50,
        "empty": b"",
        "wrong_shape": _npz(
            weights=np.zeros(4, np.float16), dense=dense, bias=np.zeros(1), meta=_meta()
        ),
        "wrong_version": _npz(
            weights=np.zeros(8, np.float16),
            dense=dense,
            bias=np.zeros(1),
            meta=_meta(model_version="zh-old"),
        ),
        "non_finite": _npz(
            weights=np.full(8, np.nan, np.float16), dense=dense, bias=np.zeros(1), meta=_meta()
        ),
    }


@pytest.mark.parametrize("kind", sorted(_damaged()))
def test_damaged_weights_are_refused(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    bad = tmp_path / "zh.npz"
    bad.write_bytes(_damaged()[kind])
    _point_at(monkeypatch, bad)
    assert not model_zh.available()
    with pytest.raises(ModelError, match="zh_emotion_v1.npz"):
        model_zh.predict(["我好难过"], np.zeros((1, len(MESSAGE_SIGNALS))))
    # the lexicon score stands when the model cannot load
    assert score_text("我好难过").scores[EMO] == score_text("我好难过", model=False).scores[EMO]


def test_missing_weights_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    _point_at(monkeypatch, tmp_path / "absent.npz")
    with pytest.raises(ModelError, match="missing"):
        model_zh.predict(["我好难过"], np.zeros((1, len(MESSAGE_SIGNALS))))


# social posts (unmask.signals.posts_zh): the writer's own words, broadcasts
OWN_FEELING_POSTS = [
    "太暖了，看哭了//@城市晚报:【外卖小哥冒雨送迷路老人回家】昨晚，一名骑手……",
    "回复@阿杰:哈哈哈哈对！我也笑疯了",
    "心态崩了，排了两个小时队，轮到我说卖完了 http://t.cn/A6pQr3x",
    # a personal post with a tag in 【】: a strong cue still counts
    "【吐槽】加班到凌晨，我真的好难过，气死我了",
]
NOT_THE_WRITERS_FEELING = [
    # others' feelings in a repost chain, with no comment of the writer's own
    "转发微博 //@小美:好难过，我的猫走了，心都碎了",
    "//@路人:气死我了！快递又丢了",
    # news and advice about feelings in general
    "男子因情绪激动在地铁站与人争执，警方已介入调查 http://t.cn/A6abCd1",
    "专家建议：焦虑时可以试试深呼吸和规律作息 #心理健康#",
    "【今日热点】多地网友称被刷屏的视频让人感动",
    # ads and lottery reposts with exclamations and "惊喜"
    "限时秒杀！全场五折包邮，惊喜不断，戳链接领券 http://t.cn/R2abCd9",
    "#抽奖# 关注+转发本条微博，抽3位送蓝牙耳机！开心过周末！",
]


@pytest.mark.parametrize("text", OWN_FEELING_POSTS)
def test_a_post_is_read_on_the_writers_own_words(text: str) -> None:
    assert score_text(text).scores[EMO] >= PRESENT


@pytest.mark.parametrize("text", NOT_THE_WRITERS_FEELING)
def test_reposted_news_ads_and_advice_are_not_the_writers_feeling(text: str) -> None:
    assert score_text(text).scores[EMO] < PRESENT


def test_evidence_in_the_repost_chain_is_dropped() -> None:
    result = score_text("好累//@小美:好难过，我的猫走了")
    matches = [ev.match for ev in result.evidence.get(EMO, [])]
    assert "难过" not in matches
    assert score_text("好累//@小美:好难过，我的猫走了", model=False).scores[EMO] >= PRESENT


def test_posts_read_the_same_alone_and_in_a_batch() -> None:
    texts = OWN_FEELING_POSTS + NOT_THE_WRITERS_FEELING + TASK_TALK
    batch = np.asarray(score_texts(texts).scores[EMO])
    alone = np.asarray([score_text(t).scores[EMO] for t in texts])
    assert np.allclose(batch, alone)


@pytest.mark.parametrize(
    "text",
    [
        "新年快乐",
        "新年快乐！！[爱你]",
        "祝你生日快乐宝贝",
        "祝大家新年快乐，万事如意",
        "节日快乐😘",
        "周末愉快~",
    ],
)
def test_a_wish_to_someone_else_is_not_the_writers_feeling(text: str) -> None:
    # a formula, like English "thank you so much": the model read "新年快乐" at 0.83
    assert model_zh.is_wish(text)
    assert score_text(text).scores[EMO] < PRESENT


@pytest.mark.parametrize(
    "text",
    ["今天生日，好快乐", "生日快乐，我好想你", "祝我生日快乐，今天好难过", "快乐", "我好快乐"],
)
def test_a_wish_beside_a_feeling_or_a_bare_feeling_word_is_not_a_wish(text: str) -> None:
    assert not model_zh.is_wish(text)


@pytest.mark.parametrize(
    "text",
    [
        "好的，我再考虑一下吧",
        "谢谢您，我会好好想想的",
        "嗯嗯，期待下次见面！",
        "好吧，谢谢，拜拜~",
        # "noted" and thanks for the help, with an intensifier
        "好嘞，我明白了，十分感谢您的推荐，拜拜",
        "嗯，清楚了，真是谢谢你的帮助",
    ],
)
def test_a_polite_close_is_not_the_writers_feeling(text: str) -> None:
    # a customer's or a clerk's formula, like English "I'll think about it, thanks": the
    # model read "好的，我再想想" at 0.86
    assert model_zh.is_closing(text)
    assert score_text(text).scores[EMO] < PRESENT


@pytest.mark.parametrize(
    "text",
    ["我再想想，心里好乱", "谢谢你，我好开心", "好的，我好难过", "期待和你见面，好想你"],
)
def test_a_close_beside_a_feeling_is_not_a_polite_close(text: str) -> None:
    assert not model_zh.is_closing(text)
    assert score_text(text).scores[EMO] >= PRESENT


@pytest.mark.parametrize(
    "text",
    [
        "今天玩得好high！",
        "这么冷的天真的hold不住了",
        "shit，又迟到了",
        "考砸了，好sad",
        "终于放假了，so happy",
    ],
)
def test_english_feeling_words_inside_chinese_count(text: str) -> None:
    result = score_text(text)
    assert result.lang == "zh"
    assert result.scores[EMO] >= PRESENT


@pytest.mark.parametrize("kind", sorted(_damaged()))
def test_declared_reads_the_header_alone(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    """``declared`` checks the header (versions, inputs, bucket count), not the weights."""
    assert model_zh.declared()
    bad = tmp_path / "zh.npz"
    bad.write_bytes(_damaged()[kind])
    _point_at(monkeypatch, bad)
    assert model_zh.declared() == (kind in {"wrong_shape", "non_finite"})
    assert not model_zh.available()


# texts whose own words (posts_zh.own_words) differ from the text: a repost chain, a reply
# prefix; written for this test
POSTS = ["好累啊//@阿明:今天又加班到深夜", "回复@小雨:我也特别想你", "//@路人甲:车又坏了，烦死了"]


def test_shared_hashes_give_the_same_numbers_bit_for_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Chinese model layer and the safety model layer read one hashing of the Chinese
    rows (the larger bucket count, low bits each); a post's own words are hashed again: the
    same probabilities and scores as each layer hashing on its own, whatever the batch."""
    texts = POSTS + FEELINGS + TASK_TALK + ["你再这样我就走了", "把手机给我看看"]
    own, changed = posts_zh.own_words_many(texts)
    assert changed  # the posts' own words are read
    lexicon = score_texts(texts, model=False)
    matrix = np.stack([lexicon.scores[name] for name in MESSAGE_SIGNALS], axis=1)
    for batch in (model_zh.BATCH, 4):
        monkeypatch.setattr(model_zh, "BATCH", batch)
        monkeypatch.setattr(sm, "BATCH", batch)
        n = max(model_zh.bucket_count(), sm.bucket_count("zh"))
        assert n > sm.bucket_count("zh")  # the safety layer reads low bits
        hashed = model_zh.hash_batches(texts, n)
        alone = model_zh.predict(own, matrix)
        assert model_zh.predict(own, matrix, hashed, changed).tobytes() == alone.tobytes()
        assert sm.predict(texts, "zh", hashed).tobytes() == sm.predict(texts, "zh").tobytes()
        shared = score_texts(texts)
        monkeypatch.setattr(scorer, "_zh_hashes", lambda _texts: None)
        apart = score_texts(texts)
        monkeypatch.undo()
        for name in MESSAGE_SIGNALS:
            assert shared.scores[name].tobytes() == apart.scores[name].tobytes(), name
    with pytest.raises(ValueError):  # one hashed batch per batch of texts
        model_zh.predict(own, matrix, [], changed)


# h-zh10: contempt, dismissal, a brush-off or a question about the reader's state is aimed at
# the reader, not the writer's disclosure (the model read 你最近是不是有什么心事？ at 0.73,
# 别跟我说话 at 0.66, the lexicon 有什么好哭的 at 0.70); the English twin is
# ``model._cold_to_reader`` ("god you're so useless", "you're overreacting")
COLD_QUIET = [
    "你有病吧",
    "你神經病啊",
    "你脑子有病吧",
    "有什么好哭的",
    "有什么好哭的，你哭给谁看",
    "你烦不烦",
    "你能不能别烦我",
    "别跟我说话",
    "我不想跟你说话",
    "你到底想怎样",
    "你最近是不是有什么心事？",
    "你最近是不是有什麼心事？",
    "你是不是不开心？",
    "宝宝你是不是不开心呀",
    "你今天开心吗？",
    "你怎么了",
    "你还好吗",
    # h-zh11: "X什么X" waves the reader's feeling away; a complaint at the reader's behaviour
    "哭什么哭",
    "急什么急",
    "你怎么又这样",
    "你怎么又迟到了",
    "你怎么老是这样",
    "你怎麼又這樣",
    "你又这样",
    "你为什么总是不回消息",
]
# the writer's own feeling beside such a clause, and the writer's fear, insecurity or hurt
# put as a question that names the writer, still read
COLD_TWINS_FIRE = [
    "你烦不烦啊，我真的好累",
    "你能不能别烦我，我现在真的很难受",
    "我不想跟你说话，我好难过",
    "你今天怎么了，我好担心你",
    "你还好吗？我有点担心",
    "你心情好点了吗？我一直很担心你",
    "你怎么了？我心里好乱",
    "你到底想怎样，我真的好累",
    "滚吧，我累了",
    "我好怕你不理我",
    "你是不是觉得我很烦",
    "你是不是不爱我了",
    "我是不是太矫情了",
    "你怎么又这样，我真的很失望",
    "你怎么老是让我难过",
    "你为什么总是不回消息，我好难过",
    "哭什么哭，我也好难过",
]


@pytest.mark.parametrize("text", COLD_QUIET)
def test_contempt_brushoffs_and_questions_at_the_reader_are_not_disclosure(text: str) -> None:
    value = score_text(text).scores[EMO]
    assert value is not None and value < PRESENT, text


@pytest.mark.parametrize("text", COLD_TWINS_FIRE)
def test_the_writers_feeling_beside_a_clause_at_the_reader_still_reads(text: str) -> None:
    value = score_text(text).scores[EMO]
    assert value is not None and value >= PRESENT, text


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("你烦不烦啊，我真的好累", "我真的好累"),
        ("你有病吧", ""),
        ("滚！我不想再看到你", "我不想再看到你"),
        ("你今天开心吗，", ""),
        ("你还好吗？我有点担心", "我有点担心"),
        ("我好怕你不理我", None),
        ("你是不是觉得我很烦", None),  # names the writer: not a question about the reader
        ("你的建议是不是就是放任他", None),  # the reader's advice, not the reader's state
        ("你们俩是不是不住在一起了", None),  # a plural you
        ("我是不是太矫情了", None),
        # comfort said to the reader in clauses of their own: no feeling of the writer's
        # (h-couple5), and no brush-off either
        ("别哭了，我在", ""),
        ("别哭了，我也好难过", "我也好难过"),
        ("我不想理他，太气人了", None),  # a third person, not the reader
        ("到底想怎样嘛这是", None),  # no reader named
        ("你怎么又这样，我真的很失望", "我真的很失望"),
        ("你怎么老是让我难过", None),  # names the writer
        ("他怎么又迟到了", None),  # a third person, not the reader
    ],
)
def test_unaimed_rest_cuts_only_clauses_aimed_at_the_reader(text: str, rest: str | None) -> None:
    assert model_zh.unaimed_rest(text) == rest


def test_a_cue_in_a_cut_clause_is_no_evidence() -> None:
    found = score_text("有什么好哭的，我真的好累").evidence.get(EMO, [])
    cues = [ev for ev in found if ev.source.startswith("lexicon")]
    assert cues and all("哭" not in ev.match for ev in cues)
    assert score_text("有什么好哭的").scores[EMO] < PRESENT
