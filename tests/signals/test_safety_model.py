"""The safety model layer (``safety-lr-7``, unmask.signals.safety_model): loading, hits
beside the lexicons, no hits on everyday lines, the English features shared with the
English model layer, versions; the bundled samples and scripted chats in safety mode as
without it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from model_files import write_changed
from unmask.analyze import AnalyzeOptions, analyze
from unmask.errors import ModelError
from unmask.report.html import render_html
from unmask.samples import SAMPLES, sample_path
from unmask.signals import features, safety_struct, score_texts
from unmask.signals import model as model_layer
from unmask.signals import safety_model as sm
from unmask.signals.types import MESSAGE_SIGNALS, SAFETY_SIGNALS
from unmask_dev import safety_chats

SOURCE = "model:safety-lr-10"
#: our own sentences the lexicons do not read as control and the model does (kind)
MODEL_ONLY = (
    # h-safeparts' "every item put past the writer" reads "forward me every message he sends you
    # from now on" by its words now (the lexicons no longer miss it): a line of safety round
    # twelve that only the model reads stands in its place
    (
        "I checked the mileage on the car. 46 miles to go to Tesco and back? Where did you "
        "actually go",
        "safety.monitoring",
    ),
    ("以后你每天几点出门几点回家都要跟我汇报", "safety.monitoring"),
)
#: the lexicons read it below 0.5; the model lifts it to 0.75 with its own evidence
LIFTED = ("why is your phone face down? what are you hiding from me", "safety.monitoring")
EVERYDAY = (
    "what time is dinner tonight",
    "can you grab milk on the way home",
    "I miss you so much, call me when you land",
    "the meeting ran late, home by 8",
    "lol you're such a dork, love you",
    "你晚上想吃什么",
    "周末一起去看电影吧",
    "我到家了，早点休息",
)


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    for c in sm._cache.values():
        c.clear()
    yield
    for c in sm._cache.values():
        c.clear()


def test_both_files_load_and_declare_this_model() -> None:
    assert sm.available() and sm.declared()
    assert sm.CLASSES[0] == "none" and len(sm.CLASSES) == len(SAFETY_SIGNALS) + 1


def _write(path: Path, lang: str, **change: object) -> None:
    write_changed(sm._weights_ref(lang), path, **change)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"model_version": "safety-lr-0"}, "does not match"),
        ({"threshold": 0.2}, "invalid threshold"),
        ({"n_buckets": 1000}, "invalid bucket count"),
        ({"bias": np.zeros(3)}, "wrong shape"),
        ({"bias": np.full(8, np.nan)}, "non-finite"),
    ],
)
def test_a_damaged_file_is_a_model_error_and_the_layer_stays_off(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, change: dict[str, object], why: str
) -> None:
    path = Path(tempfile.mkdtemp(prefix="unmask-safety-model-")) / "safety_zh_v1.npz"
    _write(path, "zh", **change)
    real = sm._weights_ref
    monkeypatch.setattr(sm, "_weights_ref", lambda lang: path if lang == "zh" else real(lang))
    # the structural reader reads the line too (h-safety28): the model layer is what is tested
    monkeypatch.setattr(safety_struct, "ENABLED", False)
    assert not sm.available()
    with pytest.raises(ModelError, match=why):
        sm.predict(["你好"], "zh")
    result = score_texts(["以后你每天几点出门几点回家都要跟我汇报"])
    assert "+model:safety" not in result.versions["safety.monitoring"]
    assert result.scores["safety.monitoring"][0] < 0.5


def test_a_missing_file_is_a_model_error(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sm, "_weights_ref", lambda lang: Path("/nonexistent") / "x.npz")
    assert not sm.available() and not sm.declared()
    with pytest.raises(ModelError):
        sm.predict(["hello"], "en")


@pytest.mark.parametrize(("text", "kind"), MODEL_ONLY)
def test_the_model_reads_control_the_lexicons_miss(
    text: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the structural reader reads the zh line too (h-safety28): the model layer is tested
    monkeypatch.setattr(safety_struct, "ENABLED", False)
    without = score_texts([text], model=False)
    assert all(without.scores[n][0] < 0.5 for n in SAFETY_SIGNALS)
    result = score_texts([text])
    assert result.scores[kind][0] == sm.MODEL_SCORE
    [ev] = result.evidence[0][kind]
    assert (ev.start, ev.end, ev.source, ev.match) == (0, len(text), SOURCE, text)
    assert ev.weight >= 0.9
    assert result.versions[kind].endswith("+model:" + sm.MODEL_VERSION)


def test_a_weak_lexicon_reading_is_lifted_never_to_severe() -> None:
    text, kind = LIFTED
    assert 0 < score_texts([text], model=False).scores[kind][0] < 0.5
    result = score_texts([text])
    assert result.scores[kind][0] == sm.MODEL_SCORE < 0.9
    assert [e.source for e in result.evidence[0][kind]][-1] == SOURCE


def test_no_hit_on_everyday_lines() -> None:
    result = score_texts(list(EVERYDAY))
    for n in SAFETY_SIGNALS:
        assert (np.asarray(result.scores[n]) == 0).all(), n
    for lang, texts in (("en", EVERYDAY[:5]), ("zh", EVERYDAY[5:])):
        p_any = 1.0 - sm.predict(texts, lang)[:, 0]
        assert (p_any < 0.5).all()


def test_a_depth_reading_keeps_the_model_away() -> None:
    probs = np.zeros((1, len(sm.CLASSES)))
    # sure of some kind, most of all a threat, the control kinds below the control gate's
    # level (control_gate.LEVELS)
    probs[0, sm.CLASSES.index("threat")] = 0.6
    probs[0, sm.CLASSES.index("fear")] = 0.4
    scores = np.zeros((1, len(MESSAGE_SIGNALS)))
    scores[0, MESSAGE_SIGNALS.index("disclosure.vulnerable")] = 0.6
    sm.apply(["I'm afraid of losing you"], [0], probs, "en", scores, [{}])
    assert scores[0, MESSAGE_SIGNALS.index("safety.threat")] == 0.0
    # the control kinds alone at the level: the depth reading gives way (h-gate)
    sure = np.zeros((1, len(sm.CLASSES)))
    sure[0, sm.CLASSES.index("threat")] = 1.0
    sm.apply(["I'm afraid of losing you"], [0], sure, "en", scores, [{}])
    assert scores[0, MESSAGE_SIGNALS.index("safety.threat")] == sm.MODEL_SCORE
    scores[0, MESSAGE_SIGNALS.index("safety.threat")] = 0.0
    scores[0, MESSAGE_SIGNALS.index("disclosure.vulnerable")] = 0.0
    evidence: list[dict[str, list[object]]] = [{}]
    sm.apply(["I'm afraid of losing you"], [0], probs, "en", scores, evidence)  # type: ignore[arg-type]
    assert scores[0, MESSAGE_SIGNALS.index("safety.threat")] == sm.MODEL_SCORE
    assert len(evidence[0]["safety.threat"]) == 1


def test_english_features_are_shared_with_the_model_layer() -> None:
    """The safety model reads the English model layer's hashing (more buckets, low bits
    kept): the same probabilities as hashing into its own bucket count."""
    texts = [t for t, _ in MODEL_ONLY[:1]] + [LIFTED[0], *EVERYDAY[:5]]
    own = sm.predict(texts, "en")
    big = features.hash_texts(texts, model_layer._load().n_buckets)
    assert big.n_buckets > sm._cache["en"].get().n_buckets
    np.testing.assert_allclose(sm.predict_en_hashed(big), own, rtol=0, atol=1e-12)
    seen: list[int] = []
    model_layer.predict(texts, on_features=lambda start, f, v: seen.append(f.n_rows))
    assert sum(seen) == len(texts)


def test_class_sums_gather_all_classes_at_once_with_the_same_bits() -> None:
    """One gather of each feature's row of weights, then each class's products and bincount
    sums: the bits of a gather per class (the way before), English and Chinese texts, the
    loaded weights and random ones, any batch."""
    from unmask.signals import model_zh

    rng = np.random.default_rng(11)
    samples = {
        "en": [t for t, _ in MODEL_ONLY] + [LIFTED[0], *EVERYDAY, ""],
        "zh": ["以后你每天几点出门几点回家都要跟我汇报", "你晚上想吃什么", "我好想你", ""],
    }
    for lang, texts in samples.items():
        loaded = sm._cache[lang].get()
        random_w = rng.normal(size=loaded.weights.shape).astype(np.float32)
        for weights in (loaded.weights, random_w):
            w = sm._Weights(weights, loaded.dense, loaded.bias, loaded.threshold, loaded.n_buckets)
            for lo, hi in [(0, len(texts)), (0, 1), (1, 3)]:
                part = texts[lo:hi]
                if lang == "en":
                    f = features.hash_texts(part, w.n_buckets)
                    row, bucket, value = f.row, f.bucket, features.occurrence_values(f)
                    dense = f.cues
                else:
                    h = model_zh.hash_texts(part, w.n_buckets)
                    row, bucket, value = h.row, h.bucket, h.value
                    dense = np.ones((len(part), 1))
                got = sm._probs(row, bucket, value, dense, w)
                n = len(part)
                logits = np.empty((n, len(sm.CLASSES)))
                for j in range(len(sm.CLASSES)):
                    column = np.ascontiguousarray(weights[:, j])
                    logits[:, j] = np.bincount(row, weights=column[bucket] * value, minlength=n)
                logits += model_layer.fixed_order_dot(dense, w.dense) + w.bias
                logits -= logits.max(axis=1, keepdims=True)
                e = np.exp(logits)
                assert got.tobytes() == (e / e.sum(axis=1, keepdims=True)).tobytes()


def test_without_the_model_the_versions_name_no_safety_model() -> None:
    off = score_texts(["hello"], model=False).versions
    on = score_texts(["hello"]).versions
    for n in SAFETY_SIGNALS:
        assert "+model" not in off[n] and on[n] == f"{off[n]}+model:{sm.MODEL_VERSION}"


WITH_MODEL = AnalyzeOptions(model=True, bootstrap_resamples=40)
WITHOUT = AnalyzeOptions(model=False, bootstrap_resamples=40)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_bundled_samples_stay_out_of_safety_mode_with_the_model(name: str) -> None:
    reading = analyze(sample_path(name), options=WITH_MODEL).safety
    assert reading is not None and reading.mode == "none"


@pytest.mark.parametrize("name", list(safety_chats.CHATS))
def test_scripted_chats_keep_their_safety_mode_with_the_model(name: str) -> None:
    _, controlling = safety_chats.CHATS[name]
    folder = Path(tempfile.mkdtemp(prefix="unmask-safety-model-"))
    path = safety_chats.write(name, folder)
    on, off = (analyze(path, options=o).safety for o in (WITH_MODEL, WITHOUT))
    assert on is not None and off is not None
    # safety mode as without the model (a heated chat may get a notice: docs/model.md)
    assert (on.mode == "safety") is (off.mode == "safety") is controlling
    assert len(on.messages) >= len(off.messages)


def test_a_model_only_example_says_no_words_are_marked(tmp_path: Path) -> None:
    # a chat whose control is read partly by the lexicons, partly by the model alone: an
    # example the model alone read names its signals in `by_model` and has no spans for
    # them, and the safety page says beside it (and only beside it) that no words are marked
    model_only = MODEL_ONLY[0][0]
    by_lexicon = ("give me your phone password", "you are not allowed to see your friends anymore")
    lines = (model_only, *by_lexicon)
    script = {day: [(1, lines[k % 3]), (0, "ok")] for k, day in enumerate(range(2, 40, 4))}
    path = tmp_path / "WhatsApp Chat - model_only.txt"
    path.write_text(safety_chats.export_script("model_only", "en", script), encoding="utf-8")
    a = analyze(path, options=WITH_MODEL)
    assert a.safety is not None and a.safety.mode == "safety"
    report = a.report(lang="en")
    examples = report["safety"]["examples"]
    marked = [e for e in examples if e["text"] == model_only]
    assert marked and all(
        e["by_model"] == ["safety.monitoring"] and e["spans"] == [] for e in marked
    )
    others = [e for e in examples if e["text"] in by_lexicon]
    assert others and all("by_model" not in e and e["spans"] for e in others)
    shown = render_html(report, "en").split("<details>", 1)[1]
    assert shown.count("no single words are marked") == len(marked)
    assert render_html(report, "zh").count("没有标出具体词语") == len(marked)


def _kind_at(text: str, lang: str, p_any: float, **threshold: float) -> float:
    """The monitoring score after :func:`sm.apply` of a model sure of monitoring at
    ``p_any`` (1 - p(none)) for ``text``."""
    probs = np.zeros((1, len(sm.CLASSES)))
    probs[0, 0] = 1.0 - p_any
    probs[0, sm.CLASSES.index("monitoring")] = p_any
    scores = np.zeros((1, len(MESSAGE_SIGNALS)))
    sm.apply([text], [0], probs, lang, scores, [{}], **threshold)  # type: ignore[arg-type]
    return float(scores[0, MESSAGE_SIGNALS.index("safety.monitoring")])


@pytest.mark.parametrize(
    ("lang", "with_cue", "without"),
    [
        # the lines without the cue hold an element of watching (h-falsealarm: "see", 看),
        # else no model monitoring counts on them at any level
        (
            "en",
            "where were you after work? the office closed at six",
            "how was your day at work, did you see the snow",
        ),
        ("zh", "你下班以后跟谁出去吃饭了", "晚上一起出去看电影吧"),
    ],
)
def test_the_lower_threshold_counts_only_with_the_construct_cue(
    lang: str, with_cue: str, without: str
) -> None:
    shipped = sm._cache[lang].get().threshold
    low = sm.CUE_THRESHOLD[lang]
    assert low < shipped
    between = (low + shipped) / 2
    assert sm.has_cue(with_cue, lang) and not sm.has_cue(without, lang)
    assert _kind_at(with_cue, lang, between) == sm.MODEL_SCORE
    assert _kind_at(without, lang, between) == 0.0
    assert _kind_at(without, lang, shipped) == sm.MODEL_SCORE
    assert _kind_at(with_cue, lang, low - 0.01) == 0.0
    # a trial's threshold alone reads no cue; with its own cue threshold it does
    assert _kind_at(with_cue, lang, between, threshold=shipped) == 0.0
    assert _kind_at(with_cue, lang, between, threshold=shipped, cue_threshold=low) == sm.MODEL_SCORE


#: h-falsealarm: a message with no element of monitoring (the writer watching, checking or
#: asking account) keeps no model reading of monitoring, however sure; (line, its twin with
#: one such element): the twin keeps it
NO_WATCH = [
    (
        "en",
        "the kitchen flooded but nobody got hurt, still my whole universe, heading your way",
        "the kitchen flooded but nobody got hurt, now show me the receipts, heading your way",
    ),
    (
        "en",
        "i'd cross any ocean for you, you're all i've got",
        "i'd cross any ocean for you, but i'll know where you slept",
    ),
    (
        "zh",
        "仓库烧了不要紧，人平安就好，你就是我的全世界",
        "仓库烧了不要紧，你把定位开着，我要知道",
    ),
    ("zh", "你是我的全部，我这就往你那边赶", "你是我的全部，你的手机密码我得有"),
]


@pytest.mark.parametrize(("lang", "warm", "watched"), NO_WATCH)
def test_model_monitoring_needs_an_element_of_watching(lang: str, warm: str, watched: str) -> None:
    shipped = sm._cache[lang].get().threshold
    assert _kind_at(warm, lang, 0.999) == 0.0
    assert _kind_at(watched, lang, shipped) == sm.MODEL_SCORE
    # the other kinds stand on the warm line
    probs = np.zeros((1, len(sm.CLASSES)))
    probs[0, sm.CLASSES.index("isolation")] = 1.0
    scores = np.zeros((1, len(MESSAGE_SIGNALS)))
    sm.apply([warm], [0], probs, lang, scores, [{}])
    assert scores[0, MESSAGE_SIGNALS.index("safety.isolation")] == sm.MODEL_SCORE
