"""The couple model layer (``couple-lr-6``, unmask.signals.couple_model): the shipped files
load with the recipe's meta; the one switch turns the layer off bit for bit; the gate keeps
it off controlling lines (every line of safety rounds eighteen to twenty-eight); a
vulnerable line in words no lexicon reads is read, with its own evidence; the hashes the
scorer shares read as the layer's own; the precision head (the Chinese support head on, the
others off) drops its signal's score and evidence from its threshold up, and nothing where
it is off; a restatement check gains no inner_question (h-couplemodel5)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from couple_reads import SOURCE, assert_model_reads

from model_files import write_changed
from unmask.errors import ModelError
from unmask.signals import couple_model as cm
from unmask.signals import features, model_zh, score_texts
from unmask.signals import model as model_layer
from unmask.signals.types import DEPTH_SIGNALS, MESSAGE_SIGNALS, SAFETY_SIGNALS, ScoreResult
from unmask_dev import safety_probes as probes
from unmask_dev import train_couple

#: our own lines, in words the lexicons do not read as the kind, that the model reads
NEW_WORDS = (
    (
        "sometimes i lie awake scared that one day you'll just stop needing me",
        "disclosure.vulnerable",
    ),
    ("我一直没跟你说，我其实很没有安全感", "disclosure.vulnerable"),
    ("你最近心里是不是压着什么", "inner_question"),
)
EVERYDAY = (
    "what time is dinner tonight",
    "can you grab milk on the way home",
    "the meeting ran late, home by 8",
    "did you pay the electricity bill yet",
    "你晚上想吃什么",
    "我到家了，早点休息",
    "明天几点的火车",
)


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The layer switched on (as shipped since h-couplemodel3)."""
    monkeypatch.setattr(cm, "ENABLED", True)


def test_the_layer_is_on_as_shipped() -> None:
    assert cm.ENABLED is True
    text, kind = NEW_WORDS[0]
    result = score_texts([text])
    assert result.scores[kind][0] == cm.MODEL_SCORE
    assert result.versions[kind].endswith("+model:" + cm.MODEL_VERSION)


@pytest.mark.parametrize("lang", cm.LANGS)
def test_no_must_not_line_of_the_kinds_files_gains_its_kind(lang: str, on: None) -> None:
    """The lexicon files' near misses (``must_not_fire``) of each kind, negatives of the
    model since h-couplemodel3: none is read as its kind through the whole scorer
    (``couple-lr-1``, trained without them, read 3-6 of each kind's file as the kind).
    couple-lr-6's new kinds: none of their files' near misses gains the kind from this
    layer (the English support file has one the other layers read, as without the layer)."""
    for kind in cm.KINDS:
        lines = train_couple.yaml_must_not(lang, kind)
        assert lines, kind
        result = score_texts(lines)
        fired = [t for t, v in zip(lines, result.scores[kind], strict=True) if v >= 0.5]
        if kind in cm.KINDS[5:]:
            gained = [
                t
                for t, row in zip(lines, result.evidence, strict=True)
                if any(e.source == SOURCE for e in row.get(kind, []))
            ]
            assert gained == [], kind
            continue
        assert fired == [], kind


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    for c in cm._cache.values():
        c.clear()
    yield
    for c in cm._cache.values():
        c.clear()


def test_both_files_load_with_the_recipe_meta() -> None:
    assert cm.available() and cm.declared()
    for lang in cm.LANGS:
        meta = json.loads(str(np.load(str(cm._weights_ref(lang)))["meta"]))
        assert meta == train_couple.ship_meta(lang)
        assert meta["n_buckets"] == train_couple.N_BUCKETS == cm.bucket_count(lang)
        # small enough to ship: about 1.5-1.6 MB each (couple-lr-6: eight kinds, 1.36-1.5 MB;
        # five were under 1 MB; couple-lr-9, fifteen rounds: en 1.609 MB, zh 1.539 MB)
        assert Path(str(cm._weights_ref(lang))).stat().st_size < 1_700_000
    # the layer's bucket is the low bits of the hashes the scorer shares with it
    assert model_layer._load().n_buckets >= cm.bucket_count("en")
    assert model_zh.bucket_count() >= cm.bucket_count("zh")


def _write(path: Path, lang: str, **change: object) -> None:
    write_changed(cm._weights_ref(lang), path, **change)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"model_version": "couple-lr-0"}, "does not match"),
        ({"thresholds": [0.2, 0.9, 0.9, 0.9, 0.9]}, "invalid thresholds"),
        ({"veto_thresholds": [0.9]}, "invalid thresholds"),
        ({"vetoes": ["disclosure.emotional"]}, "does not match"),
        ({"veto_bias": np.zeros(3)}, "wrong shape"),
        ({"n_buckets": 1000}, "invalid bucket count"),
        ({"bias": np.zeros(3)}, "wrong shape"),
    ],
)
def test_a_damaged_file_is_a_model_error_and_the_layer_stays_off(
    fresh_cache: None,
    on: None,
    monkeypatch: pytest.MonkeyPatch,
    change: dict[str, object],
    why: str,
) -> None:
    path = Path(tempfile.mkdtemp(prefix="unmask-couple-model-")) / "couple_en_v7.npz"
    _write(path, "en", **change)
    real = cm._weights_ref
    monkeypatch.setattr(cm, "_weights_ref", lambda lang: path if lang == "en" else real(lang))
    assert not cm.available()
    with pytest.raises(ModelError, match=why):
        cm.predict(["hello there"], "en")
    text, kind = NEW_WORDS[0]
    result = score_texts([text])
    assert "+model:couple" not in result.versions[kind]
    assert result.scores[kind][0] < 0.5


def _everything(texts: list[str]) -> tuple[bytes, list[object], dict[str, str]]:
    r = score_texts(texts)
    scores = np.stack([np.asarray(r.scores[n]) for n in MESSAGE_SIGNALS]).tobytes()
    return scores, r.evidence, r.versions


def _sample() -> list[str]:
    lines = [t for t, _ in NEW_WORDS] + list(EVERYDAY)
    lines += [t for n in range(18, 29) for t in getattr(probes, f"ROUND{n}")[:8]]
    return lines


def test_the_switch_turns_the_layer_off_bit_for_bit(
    fresh_cache: None, on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _sample()
    on = _everything(texts)
    monkeypatch.setattr(cm, "ENABLED", False)
    off = _everything(texts)
    # without the layer at all (its files missing): the same bits as switched off
    monkeypatch.setattr(cm, "ENABLED", True)
    monkeypatch.setattr(cm, "_weights_ref", lambda lang: Path("/nonexistent") / "x.npz")
    for c in cm._cache.values():
        c.clear()
    assert not cm.available()
    gone = _everything(texts)
    assert off[0] == gone[0] and off[1] == gone[1] and off[2] == gone[2]
    # and the layer, on, did read something here (the test can fail)
    assert on[0] != off[0]
    for name in cm.KINDS:
        assert "+model:couple" not in off[2][name]


def _depth(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    r = score_texts(texts)
    depth = np.stack([np.asarray(r.scores[n]) >= 0.5 for n in DEPTH_SIGNALS], axis=1)
    safety = np.stack([np.asarray(r.scores[n]) >= 0.5 for n in SAFETY_SIGNALS], axis=1)
    return depth, safety.any(axis=1)


def test_no_controlling_line_of_rounds_18_to_29_gains_a_depth_kind(
    on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = sorted({t for n in range(18, 30) for t in getattr(probes, f"ROUND{n}")})
    on, _ = _depth(texts)
    monkeypatch.setattr(cm, "ENABLED", False)
    off, _ = _depth(texts)
    gained = [texts[i] for i in np.flatnonzero((on & ~off).any(axis=1))]
    assert gained == []


@pytest.mark.parametrize(("text", "kind"), NEW_WORDS)
def test_a_line_in_new_words_is_read_with_its_own_evidence(
    text: str, kind: str, on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_model_reads(text, kind, monkeypatch)


def test_no_kind_added_to_everyday_lines(on: None) -> None:
    """No depth-side kind (the surface ``logistics`` head may read an errand: it is one)."""
    on = score_texts(list(EVERYDAY))
    for name in (k for k in cm.KINDS if k not in cm.SURFACE_KINDS):
        for ev in (e for row in on.evidence for e in row.get(name, [])):
            assert ev.source != SOURCE, name


def _scores(n: int) -> np.ndarray:
    return np.zeros((n, len(MESSAGE_SIGNALS)))


def test_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "i have been feeling so low and tired lately"
    texts = [text] * 6 + ["you will tell me where you are every night or else"]
    scores = _scores(len(texts))
    scores[1, MESSAGE_SIGNALS.index("safety.monitoring")] = 0.1  # a safety part matched
    scores[2, MESSAGE_SIGNALS.index("safety.threat")] = 0.5  # a safety signal reads
    for name in cm.KINDS:  # every kind already read: nothing to add
        scores[3, MESSAGE_SIGNALS.index(name)] = 0.9
    texts[4] = "ok"  # too short
    p_any = np.zeros(len(texts))
    p_any[5] = cm.P_LINE["en"]  # the safety model unsure
    rows = list(range(len(texts)))
    # the shipped gate (``couple-lr-3``): no safety signal, the safety model sure enough
    # there is none, a kind left to read, long enough
    assert cm.GATE == "p"
    assert cm.candidates(texts, rows, "en", scores, p_any) == [0, 1, 6]
    monkeypatch.setattr(cm, "GATE", "")
    assert cm.candidates(texts, rows, "en", scores, p_any) == [0, 1, 5, 6]
    # the stricter parts, measured and not chosen, each still works
    monkeypatch.setattr(cm, "GATE", "psl")
    assert cm.candidates(texts, rows, "en", scores, p_any) == [0]
    assert cm.struct_aimed_act(texts[6], "en") and not cm.struct_aimed_act(text, "en")


@pytest.mark.parametrize("lang", cm.LANGS)
def test_shared_hashes_read_as_the_layers_own(lang: str) -> None:
    texts = (
        [t for t, _ in NEW_WORDS] + list(EVERYDAY[:4])
        if lang == "en"
        else ["我最近总觉得自己配不上你", *EVERYDAY[4:]]
    )
    own = cm.predict(texts, lang)
    # a few rows (their features picked out) and most rows (every row read, some kept)
    for at in ([0, 2], [0, 1, 2, len(texts) - 1]):
        picked = np.array(at, dtype=np.int64)
        if lang == "en":
            big = features.hash_texts(texts, model_layer._load().n_buckets)
            got = cm.predict_en_hashed(big, features.occurrence_values(big), picked)
        else:
            h = model_zh.hash_texts(texts, model_zh.bucket_count())
            got = cm.predict_zh_hashed(h, texts, picked)
        np.testing.assert_allclose(got, own[picked], rtol=0, atol=1e-12)


def test_a_question_about_a_time_is_no_inner_question(on: None) -> None:
    """The surface guard: a partner's question about a time ("what time are you home?")
    read as logistics by the lexicons gets no inner_question from the model, even at the
    kind's threshold; without the logistics reading it would."""
    text = "thank you for dinner last night, what time are you home?"
    result = score_texts([text])
    assert result.scores["logistics"][0] >= 0.5
    assert result.scores["inner_question"][0] < 0.5
    j = cm.KINDS.index("inner_question")
    col = MESSAGE_SIGNALS.index("inner_question")
    probs = np.zeros((1, len(cm.KINDS)))
    probs[0, j] = cm.thresholds("en")[j]
    scores = _scores(1)
    scores[0, MESSAGE_SIGNALS.index("logistics")] = result.scores["logistics"][0]
    cm.add([text], [0], [0], probs, "en", scores, [])
    assert scores[0, col] == 0.0
    # the guard is the only thing that stops it
    scores = _scores(1)
    cm.add([text], [0], [0], probs, "en", scores, [])
    assert scores[0, col] == cm.MODEL_SCORE


def test_only_the_chinese_heads_ship_on() -> None:
    """``couple-lr-3``: the Chinese ``support.emotional`` head is on at 0.80 (h-couplemodel5)
    and the Chinese ``disclosure.emotional`` head at 0.75, read only where the lexicons read
    no feeling (h-zhcouple; both passed their outside rows, docs/validity.md); the English
    heads are off. A chore with a cheer formula loses its comfort reading and a tease its
    feeling read by the model layer alone; comfort and a feeling of the writer's own keep
    theirs."""
    th = {lang: cm._cache[lang].get().veto_thresholds for lang in cm.LANGS}
    assert (th["en"] >= cm.OFF).all()
    assert th["zh"].tolist() == [0.75, 0.8]
    assert set(cm.VETOES) <= set(cm.MODEL_SIGNALS)
    assert frozenset({"disclosure.emotional"}) == cm.CUE_GATED
    chore, comfort = "加油哦，记得把垃圾带下去", "别难过了，我陪着你"
    tease = "你穿那件格子衬衫真像个老干部😂"
    result = score_texts([chore, comfort, "我今天真的好难过，心里堵得慌", tease])
    assert result.scores["support.emotional"][0] < 0.5
    assert "support.emotional" not in result.evidence[0]
    assert result.scores["support.emotional"][1] >= 0.5
    assert result.scores["disclosure.emotional"][2] >= 0.5
    assert result.scores["disclosure.emotional"][3] < 0.5
    assert "disclosure.emotional" not in result.evidence[3]
    for name in ("support.emotional", "disclosure.emotional"):
        assert result.versions[name].endswith("+model:" + cm.MODEL_VERSION)


def _without_and_with_head(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[ScoreResult, ScoreResult]:
    """``texts`` scored with the precision heads switched off, then on."""
    monkeypatch.setattr(cm, "VETO", False)
    without = score_texts(texts)
    monkeypatch.setattr(cm, "VETO", True)
    return without, score_texts(texts)


def _lexicon_cues(texts: list[str]) -> list[bool]:
    """Per text, whether the lexicons alone read a feeling cue (:func:`cm.lexicon_cue`)."""
    lexicon = score_texts(texts, model=False)
    matrix = np.zeros((len(texts), len(MESSAGE_SIGNALS)))
    for name in cm.CUE_SIGNALS:
        matrix[:, MESSAGE_SIGNALS.index(name)] = np.nan_to_num(lexicon.scores[name])
    return [bool(c) for c in cm.lexicon_cue(matrix)]


#: (h-zhcouple) our own partner's lines: the tease the Chinese model layer alone reads as
#: feeling, which the disclosure head drops (p .84, no feeling word); lines with a feeling
#: word the head reads high too (想你了 p .90) but never overrules. (h-zhde2: without 穿, which
#: the zh model layer now cuts as the reader's looks before the head reads it)
ZH_TEASE = "你那件格子衬衫真像个老干部😂"
ZH_FEELING = ("想你了，早点回来好不好", "今天被领导骂了，我好难过")


def test_the_chinese_disclosure_head_drops_only_a_model_layers_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [ZH_TEASE, *ZH_FEELING]
    off, on = _without_and_with_head(texts, monkeypatch)
    without, with_head = off.scores["disclosure.emotional"], on.scores["disclosure.emotional"]
    assert without[0] >= 0.5 > with_head[0]
    assert (without[1:] >= 0.5).all()
    assert (with_head[1:] == without[1:]).all()
    p = cm.predict(texts, "zh", "veto")[:, cm.VETOES.index("disclosure.emotional")]
    assert p[0] >= 0.75 and p[1] >= 0.75  # the head alone would drop the feeling too
    # the lexicons' cue: none in the tease, a feeling word in the others
    assert _lexicon_cues(texts) == [False, True, True]


#: (h-couplemodel10, the head retrained on rounds one to nine) our own lines: a partners'
#: plan that the Chinese model layer alone reads as feeling (.50, no feeling word), and two
#: feeling words the head reads as high (p .96, .81) but never overrules
ZH_PLAN = "今年过年去你家还是我家，早点定下来"
ZH_MISSING = ("好想你呀，周末快点到吧", "周末回来吧，我一个人在家好孤单")


def test_the_nine_round_head_drops_a_plan_and_keeps_a_feeling_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [ZH_PLAN, *ZH_MISSING]
    without, with_head = _without_and_with_head(texts, monkeypatch)
    before, after = without.scores["disclosure.emotional"], with_head.scores["disclosure.emotional"]
    assert before[0] >= 0.5 > after[0]
    assert "disclosure.emotional" not in with_head.evidence[0]
    assert (before[1:] >= 0.5).all() and (after[1:] == before[1:]).all()
    p = cm.predict(texts, "zh", "veto")[:, cm.VETOES.index("disclosure.emotional")]
    assert (p >= 0.75).all()  # the head reads all three as not the writer's feeling
    assert "+model:" + cm.MODEL_VERSION in with_head.versions["disclosure.emotional"]


@pytest.mark.parametrize(("bias", "dropped"), [(20.0, True), (-20.0, False)])
def test_the_precision_head_drops_its_signal_from_its_threshold_up(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, bias: float, dropped: bool
) -> None:
    """A head switched on (threshold 0.5) whose bias puts every line far above (below) it:
    the signal's score and evidence go (stay); support, its head off, always stays."""
    import dataclasses

    text = "我今天真的好难过，心里堵得慌"
    before = score_texts([text])
    col = MESSAGE_SIGNALS.index("disclosure.emotional")
    assert before.scores["disclosure.emotional"][0] >= 0.5
    real = cm._read

    def read(lang: str) -> object:
        w = real(lang)
        return dataclasses.replace(
            w,
            veto_bias=np.array([bias, bias]),
            veto_thresholds=np.array([0.5, cm.OFF]),
        )

    monkeypatch.setattr(cm, "_read", read)
    monkeypatch.setattr(
        cm, "_cache", {lang: cm.LazyWeights(lambda lang=lang: read(lang)) for lang in cm.LANGS}
    )
    scores = np.zeros((2, len(MESSAGE_SIGNALS)))
    scores[0, col] = before.scores["disclosure.emotional"][0]
    scores[1, MESSAGE_SIGNALS.index("support.emotional")] = 0.9
    evidence: list[dict[str, list]] = [
        {"disclosure.emotional": list(before.evidence[0]["disclosure.emotional"])},
        {},
    ]
    texts = [text, "别担心，我一直都在你身边"]
    # the disclosure head reads only where the lexicons read no feeling (h-zhcouple): a
    # cue, or no cue known, keeps the reading whatever the head says
    for cue in (None, np.array([True, False])):
        cm.veto(texts, [0, 1], "zh", scores, evidence, None, cue)
        assert scores[0, col] == before.scores["disclosure.emotional"][0]
    cm.veto(texts, [0, 1], "zh", scores, evidence, None, np.array([False, False]))
    assert bool(scores[0, col] == 0.0) is dropped
    assert ("disclosure.emotional" not in evidence[0]) is dropped
    assert scores[1, MESSAGE_SIGNALS.index("support.emotional")] == 0.9
    # its own switch off: nothing dropped
    monkeypatch.setattr(cm, "VETO", False)
    scores[0, col] = 0.8
    cm.veto([text], [0], "zh", scores, evidence, None, np.array([False]))
    assert scores[0, col] == 0.8


#: restatement checks (h-couplemodel5): the writer's reading of the other's feeling, put
#: to them to confirm; our own lines, each read as inner_question by the model (p at or
#: above the kind's threshold) before the guard
RESTATEMENT_CHECKS = (
    ("en", "It sounds like you're feeling really alone with all this. Is that right?"),
    ("en", "So you feel that your parents are judging you for the new job?"),
    ("en", "it sounds like you didn't feel listened to by your sister, is that right?"),
    ("en", "so what I'm hearing is that you feel stuck at home with the baby?"),
    ("en", "you feel like your mum never listens to you, is that right?"),
    ("zh", "你是觉得自己一个人扛着所有事，是不是？"),
)
#: their twins: questions about the other's inner life, which stay inner_question
RESTATEMENT_TWINS = (
    ("en", "how do you feel about your parents judging you for the new job?"),
    ("en", "do you feel alone with all this?"),
    ("zh", "你觉得你爸妈会怎么看你的新工作？"),
    ("zh", "你一个人扛着所有事的时候心里是什么感觉？"),
)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        *RESTATEMENT_CHECKS,
        ("en", "Ah, I get it. So what I'm understanding is that you feel helpless at work?"),
        ("en", "I'm sorry. It sounds like you feel alone, is that right?"),
        ("en", "so you're feeling like nobody at work sees you, did I get that right?"),
        ("en", "You feel let down by me. Am I reading that right?"),
        ("zh", "听起来你挺委屈的，是吗？"),
        ("zh", "所以你是觉得没人帮你，对吗？"),
        ("zh", "我懂了。你的意思是你很怕失去这份工作，我理解得对吗？"),
        ("zh", "所以你心里一直很孤单，对不对"),
    ],
)
def test_a_restatement_check_is_read_as_one(lang: str, text: str) -> None:
    assert cm.restatement_check(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        *RESTATEMENT_TWINS,
        ("en", "So how are you feeling about it?"),
        ("en", "It sounds like you're stressed, what happened?"),
        ("en", "So, do you feel like I don't care?"),
        ("en", "so you feel lonely, is that why you've been so quiet?"),
        ("en", "is that right? you're coming at 6?"),
        ("en", "do you ever feel lonely over there?"),
        ("zh", "你心里是不是压着什么？"),
        ("zh", "你是不是觉得我不在乎你？"),
        ("zh", "你觉得孤单吗？"),
        ("zh", "所以你今晚几点回来？"),
    ],
)
def test_a_question_about_the_inner_life_is_no_restatement_check(lang: str, text: str) -> None:
    assert not cm.restatement_check(text, lang)


def test_a_restatement_check_gains_no_inner_question(
    on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model reads each restatement check as inner_question at the kind's threshold,
    but the guard keeps it off; the twins stay inner questions."""
    j = cm.KINDS.index("inner_question")
    for lang, text in RESTATEMENT_CHECKS:
        assert cm.predict([text], lang)[0, j] >= cm.thresholds(lang)[j], text
    # couple-lr-5 (h-couplemodel8) reads 你觉得你爸妈会怎么看你的新工作？ (the others' view of
    # the job, asked of the other) at p .36, below the threshold: a twin no longer read, so
    # the scorer's check keeps the twins the model reads
    twins = tuple((lang, t) for lang, t in RESTATEMENT_TWINS if "爸妈" not in t)
    result = score_texts([t for _, t in RESTATEMENT_CHECKS + twins])
    got = result.scores["inner_question"]
    n = len(RESTATEMENT_CHECKS)
    assert all(s < 0.5 for s in got[:n])
    assert all(s >= 0.5 for s in got[n:])
    # the guard is what stops it
    text = RESTATEMENT_CHECKS[0][1]
    probs = np.zeros((1, len(cm.KINDS)))
    probs[0, j] = cm.thresholds("en")[j]
    scores = _scores(1)
    cm.add([text], [0], [0], probs, "en", scores, [])
    assert scores[0, MESSAGE_SIGNALS.index("inner_question")] == 0.0
    monkeypatch.delitem(cm.TEXT_GUARD, "inner_question")
    cm.add([text], [0], [0], probs, "en", scores, [])
    assert scores[0, MESSAGE_SIGNALS.index("inner_question")] == cm.MODEL_SCORE


#: a clerk's greetings and offers of help (h-couplemodel8): service chats' openers, which the
#: model must read as neither affection nor an inner question
CLERK_LINES = (
    ("en", "HEY HO!"),
    ("en", "good afternoon, how can I help you?"),
    ("en", "Hi there, thank you for contacting us. How may I assist you today?"),
    ("en", "Good morning."),
    ("en", "Is there anything else I can help you with?"),
    ("zh", "您好，请问有什么可以帮您？"),
    ("zh", "下午好！"),
    ("zh", "欢迎光临，很高兴为您服务"),
)
#: their twins between partners: an endearment, an emoji, a feeling
CLERK_TWINS = (
    ("en", "hey babe!! 😘"),
    ("en", "how can I help you, love? ❤️"),
    ("en", "good morning sweetheart"),
    ("en", "hey you"),
    ("en", "what can I do to help you feel better?"),
    ("zh", "宝贝有什么我能帮你的吗"),
    ("zh", "早上好呀宝贝❤️"),
    ("zh", "我好想你"),
)


@pytest.mark.parametrize(("lang", "text"), CLERK_LINES)
def test_a_clerks_greeting_is_read_as_one(lang: str, text: str) -> None:
    assert cm.clerk_greeting(text, lang)


@pytest.mark.parametrize(("lang", "text"), CLERK_TWINS)
def test_a_partners_greeting_is_no_clerks(lang: str, text: str) -> None:
    assert not cm.clerk_greeting(text, lang)


def test_a_clerks_greeting_gains_neither_affection_nor_an_inner_question(
    on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the whole scorer the clerk's lines read no affection and no inner_question;
    "hey babe!! 😘" keeps its affection; and the guard is what stops a model hit (a
    probability at the threshold is added without it)."""
    result = score_texts([t for _, t in CLERK_LINES] + ["hey babe!! 😘"])
    for kind in ("affection", "inner_question"):
        assert all(s < 0.5 for s in result.scores[kind][: len(CLERK_LINES)]), kind
    assert result.scores["affection"][-1] >= 0.5
    for kind in ("affection", "inner_question"):
        j = cm.KINDS.index(kind)
        text = "good afternoon, how can I help you?"
        probs = np.zeros((1, len(cm.KINDS)))
        probs[0, j] = cm.thresholds("en")[j]
        scores = _scores(1)
        cm.add([text], [0], [0], probs, "en", scores, [])
        assert scores[0, MESSAGE_SIGNALS.index(kind)] == 0.0, kind
        monkeypatch.setitem(cm.TEXT_GUARD, kind, lambda t, lang: False)
        cm.add([text], [0], [0], probs, "en", scores, [])
        assert scores[0, MESSAGE_SIGNALS.index(kind)] == cm.MODEL_SCORE, kind


#: (h-couplemodel12) our own lines: a chores reproach addressed to the other with a feeling
#: word the lexicons read (烦死了; the head p .86), a first-person post with the same feeling
#: word (p .21), and a feeling line the head reads high (想你了, p .89) with no reproach shape
#: (the head on rounds one to ten)
ZH_REPROACH = "你又把脏袜子扔沙发上了，烦死了"
ZH_OWN_POST = "我又加班到十点，烦死了"


def test_the_chinese_disclosure_head_overrules_a_feeling_word_only_in_a_reproach(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [ZH_REPROACH, ZH_OWN_POST, ZH_FEELING[0]]
    without, with_head = _without_and_with_head(texts, monkeypatch)
    before, after = without.scores["disclosure.emotional"], with_head.scores["disclosure.emotional"]
    assert (before >= 0.5).all()
    assert after[0] == 0.0 and "disclosure.emotional" not in with_head.evidence[0]
    assert (after[1:] == before[1:]).all()
    # each line carries the lexicons' feeling cue; only the reproach has the shape
    assert all(_lexicon_cues(texts))
    assert [cm.reproach(t, "zh") for t in texts] == [True, False, False]
    p = cm.predict(texts, "zh", "veto")[:, cm.VETOES.index("disclosure.emotional")]
    assert p[0] >= 0.75 > p[1] and p[2] >= 0.75  # the feeling line's cue still holds the head
    # the shape off: the reproach keeps its reading, as before h-couplemodel12
    monkeypatch.setattr(cm, "CUE_OVERRULE", {})
    assert score_texts(texts).scores["disclosure.emotional"][0] == before[0]


#: (h-couplemodel13) our own lines: English reproaches and sarcasm at the other with a feeling
#: word the lexicons read (0.57-0.88 before), a first-person line about one's own day, and
#: "you always" said fondly (the shape held back by the warmth)
EN_REPROACH = (
    "I feel like you never listen, as usual",
    "oh amazing, you slept straight through her crying again. i'm thrilled",
)
EN_OWN_DAY = "i feel so drained after that shift, the whole ward was chaos"
EN_FOND = "you always make me feel safe, love you"


def test_an_english_reproach_with_a_feeling_word_loses_disclosure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [*EN_REPROACH, EN_OWN_DAY, EN_FOND]
    without, with_rule = _without_and_with_head(texts, monkeypatch)
    before, after = without.scores["disclosure.emotional"], with_rule.scores["disclosure.emotional"]
    assert (before >= 0.5).all()
    assert (after[:2] == 0.0).all()
    assert all("disclosure.emotional" not in ev for ev in with_rule.evidence[:2])
    assert (after[2:] == before[2:]).all()
    assert "disclosure.emotional" in with_rule.evidence[2]
    # no head: the English disclosure head stays off; the first reproach carries the
    # lexicons' feeling cue, so a cue-gated head could not have dropped it
    head = cm.VETOES.index("disclosure.emotional")
    assert cm._cache["en"].get().veto_thresholds[head] >= cm.OFF
    assert _lexicon_cues(texts)[0]
    assert [cm.reproach(t, "en") for t in texts] == [True, True, False, False]
    # a hurt named beside the charge keeps its vulnerable reading: the depth stays credited
    hurt = score_texts(["every single time. you always do this and i'm so hurt"])
    assert hurt.scores["disclosure.emotional"][0] == 0.0
    assert hurt.scores["disclosure.vulnerable"][0] >= 0.5
    # the rule off: the reproaches keep their reading, as before h-couplemodel13
    monkeypatch.setattr(cm, "SHAPE_RULE", {})
    assert (score_texts(texts).scores["disclosure.emotional"] == before).all()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_kind_sums_keep_the_bits_of_a_gather_per_kind(lang: str) -> None:
    """Each kind's weights taken into one reused buffer and multiplied there (h-speed56):
    the bits of ``weights[j][bucket] * value`` summed by bincount, both heads, every kind
    read or only those on, the loaded weights and random ones, several batch cuts."""
    texts = {
        "en": [
            "i just feel so alone lately and i don't know who to talk to",
            "can you pick up milk on the way home",
            "do you still love me?",
            "ok",
            "",
        ],
        "zh": ["我最近真的好累，不知道该跟谁说", "你晚上想吃什么", "你还爱我吗", "嗯", ""],
    }[lang]
    loaded = cm._cache[lang].get()
    rng = np.random.default_rng(56)
    random_w = rng.normal(size=loaded.weights.shape)
    for weights in (loaded.weights, random_w):
        w = cm._Weights(
            weights,
            loaded.dense,
            loaded.bias,
            loaded.thresholds,
            loaded.n_buckets,
            loaded.veto,
            loaded.veto_dense,
            loaded.veto_bias,
            loaded.veto_thresholds,
        )
        for lo, hi in [(0, len(texts)), (0, 1), (1, 4)]:
            part = texts[lo:hi]
            if lang == "en":
                f = features.hash_texts(part, w.n_buckets)
                row, bucket, value, dense = f.row, f.bucket, features.occurrence_values(f), f.cues
            else:
                h = model_zh.hash_texts(part, w.n_buckets)
                row, bucket, value, dense = h.row, h.bucket, h.value, cm._zh_dense(part)
            for head in ("kinds", "veto"):
                for every in (True, False):
                    got = cm._probs(row, bucket, value, dense, w, head, every)
                    table, dense_w, bias = cm._linear(w, head)
                    k = table.shape[0]
                    off = (
                        np.zeros(k, dtype=bool)
                        if every or head != "kinds"
                        else w.thresholds >= cm.OFF
                    )
                    n = len(part)
                    logits = np.zeros((n, k))
                    for j in np.flatnonzero(~off):
                        logits[:, j] = np.bincount(
                            row, weights=table[j][bucket] * value, minlength=n
                        )
                    logits += model_layer.fixed_order_dot(dense, dense_w) + bias
                    want = 1.0 / (1.0 + np.exp(-logits))
                    want[:, off] = 0.0
                    assert got.tobytes() == want.tobytes()
