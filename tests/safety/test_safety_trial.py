"""The trial safety model (unmask_dev.safety_model, not shipped): how its hits are read.

The trial's weights are not in git (scripts/train_safety.py writes them), so these tests
build small weight files of their own: what is tested is how a hit is combined with the
lexicons, not what the trained model reads.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from unmask.errors import ModelError
from unmask.signals import score_texts
from unmask.signals.types import MESSAGE_SIGNALS, SAFETY_SIGNALS
from unmask_dev import safety_model as sm
from unmask_dev.train_safety import choose_threshold, part_of

K = len(sm.CLASSES)


def _npz(bias: np.ndarray, threshold: float = 0.9, **meta_changes: object) -> bytes:
    meta: dict[str, object] = {
        "model_version": sm.MODEL_VERSION,
        "classes": list(sm.CLASSES),
        "n_buckets": 8,
        "threshold": threshold,
    }
    meta.update(meta_changes)
    buf = io.BytesIO()
    arrays = {
        "weights": np.zeros((8, K), np.float32),
        "bias": bias,
        "meta": np.array(json.dumps(meta)),
    }
    np.savez_compressed(buf, allow_pickle=False, **arrays)
    return buf.getvalue()


@pytest.fixture
def weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, bytes]]:
    """``weights[lang] = bytes`` before the first read sets that language's file."""
    files: dict[str, bytes] = {}

    def ref(lang: str) -> Path:
        path = tmp_path / f"{lang}.npz"
        path.write_bytes(files[lang])
        return path

    def read(lang: str) -> sm._Weights:
        # the dense block depends on the language: add it here, as the recipe does
        data = np.load(io.BytesIO(files[lang]), allow_pickle=False)
        meta = json.loads(str(data["meta"]))
        meta.setdefault("features_version", sm.FEATURES[lang])
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            allow_pickle=False,
            weights=data["weights"],
            dense=np.zeros((sm.n_dense(lang), K)),
            bias=data["bias"],
            meta=np.array(json.dumps(meta)),
        )
        files[lang] = buf.getvalue()
        return original(lang)

    original = sm._read
    monkeypatch.setattr(sm, "_weights_ref", ref)
    monkeypatch.setattr(sm, "_read", read)
    for c in sm._cache.values():
        c.clear()
    yield files
    for c in sm._cache.values():
        c.clear()


def _always(kind: str) -> np.ndarray:
    """A bias that reads every text as ``kind`` with p(none) about 0.0001."""
    bias = np.zeros(K)
    bias[sm.CLASSES.index(kind)] = 12.0
    bias[0] = 3.0
    return bias


def test_a_hit_is_counted_never_severe_and_evidence_spans_the_whole_message(
    weights: dict[str, bytes],
) -> None:
    weights["en"] = weights["zh"] = _npz(_always("monitoring"))
    # both hold an element of watching (hours), without which the model's monitoring is not
    # counted (guards/model_watch.yaml, h-falsealarm)
    texts = ["what time is dinner", "你几点回来"]
    out = sm.trial_scores(texts)
    assert (out["safety.monitoring"] == sm.MODEL_SCORE).all()
    assert sm.MODEL_SCORE >= 0.5 and sm.MODEL_SCORE < 0.9
    matrix = np.zeros((1, len(MESSAGE_SIGNALS)))
    evidence: list[dict[str, list]] = [{}]
    sm.apply(["what time is dinner"], ["en"], matrix, evidence)
    (ev,) = evidence[0]["safety.monitoring"]
    assert (ev.start, ev.end, ev.source) == (0, len("what time is dinner"), "model:safety-lr-10")


def test_a_lexicon_reading_of_depth_is_never_overridden(weights: dict[str, bytes]) -> None:
    weights["en"] = weights["zh"] = _npz(_always("fear"))
    text = "I'm afraid of losing you"
    assert score_texts([text], model=False).scores["disclosure.vulnerable"][0] >= 0.5
    out = sm.trial_scores([text, "see you at 7"])
    assert out["safety.fear"].tolist() == [0.0, sm.MODEL_SCORE]


def test_a_kind_the_lexicon_already_reads_keeps_its_score_and_evidence(
    weights: dict[str, bytes],
) -> None:
    weights["en"] = weights["zh"] = _npz(_always("threat"))
    text = "I swear I'll kill you"
    lexicon = score_texts([text], model=False).scores["safety.threat"][0]
    assert lexicon >= 0.9
    assert sm.trial_scores([text])["safety.threat"][0] == lexicon


def test_below_the_threshold_nothing_changes(weights: dict[str, bytes]) -> None:
    bias = np.zeros(K)
    bias[0] = 4.0  # p(none) about 0.9: 1 - p(none) below the threshold of 0.5
    weights["en"] = weights["zh"] = _npz(bias, threshold=0.5)
    texts = ["what time is dinner", "今晚吃什么"]
    out = sm.trial_scores(texts)
    base = score_texts(texts, model=False).scores
    for name in SAFETY_SIGNALS:
        assert np.array_equal(out[name], np.asarray(base[name]))


def test_probabilities_sum_to_one_whatever_the_batch(
    weights: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    weights["en"] = _npz(_always("isolation"))
    texts = ["a", "bb", "ccc dd", "what time", "ok"]
    whole = sm.predict(texts, "en")
    assert np.allclose(whole.sum(axis=1), 1.0)
    monkeypatch.setattr(sm, "BATCH", 2)
    assert np.allclose(sm.predict(texts, "en"), whole)


@pytest.mark.parametrize(
    ("change", "value"),
    [("model_version", "safety-old"), ("threshold", 0.2), ("n_buckets", 6)],
)
def test_damaged_weights_are_refused(weights: dict[str, bytes], change: str, value: object) -> None:
    weights["en"] = _npz(_always("threat"), **{change: value})
    with pytest.raises(ModelError, match="safety_en_v1.npz|trial safety model"):
        sm.predict(["hello"], "en")


def test_the_threshold_is_the_lowest_with_no_tuning_hit() -> None:
    tune = {"a": np.array([0.1, 0.62, 0.3]), "b": np.array([0.55, 0.0])}
    assert choose_threshold(tune) == 0.625
    assert choose_threshold({"a": np.array([0.2])}) == 0.5


def test_a_rate_threshold_lets_that_share_of_the_pooled_tuning_messages_through() -> None:
    from unmask_dev.safety_rate import rate_threshold

    tune = [np.array([0.97, 0.62, 0.3, 0.1]), np.array([0.91, 0.0, 0.2, 0.4, 0.5, 0.05])]
    assert rate_threshold(tune, 0.0) == 0.975  # no hit: the highest line decides
    assert rate_threshold(tune, 0.1) == 0.915  # one of ten may reach it
    assert rate_threshold(tune, 0.2) == 0.625
    assert rate_threshold(tune, 0.2, floor=0.7) == 0.7
    assert rate_threshold([np.array([0.999])], 0.0) == 0.995


def test_the_dialogue_split_has_three_parts_and_the_odd_half_is_held_out() -> None:
    parts = [part_of(f"dialogue-{i}") for i in range(400)]
    assert set(parts) == {"fit", "tune", "held"}
    assert 0.4 < parts.count("held") / 400 < 0.6


def test_the_big_tune_variant_moves_half_the_fit_share_to_tuning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from unmask_dev import train_safety

    ids = [f"dialogue-{i}" for i in range(800)]
    before = [part_of(i) for i in ids]
    monkeypatch.setitem(train_safety.SETTINGS, "big_tune", 1.0)
    after = [part_of(i) for i in ids]
    assert {(b, a) for a, b in zip(after, before, strict=True)} == {
        ("held", "held"),
        ("tune", "tune"),
        ("fit", "fit"),
        ("fit", "tune"),
    }
    assert 0.3 < after.count("fit") / before.count("fit") < 0.7


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_part_of_the_parts_file_is_one_feature_that_its_example_sets(lang: str) -> None:
    from unmask.signals import safety_parts
    from unmask.signals.lexicon import read_yaml

    pf = safety_parts.parse(lang, read_yaml(lang, safety_parts.FILE))
    names = sm.part_names(lang)
    assert names == tuple(pf.parts)
    examples = [forms[0].example for forms in pf.parts.values()]
    got = sm.part_features(examples, lang)
    assert got.shape == (len(names), len(names))
    assert (np.diag(got) == sm.PART_SCALE).all()
    assert not sm.part_features(["", "   "], lang).any()
    assert sm.n_dense(lang, parts=True) == sm.n_dense(lang) + len(names)
    row, bucket, value, dense = sm.hashed(examples[:2], lang, 8, parts=True)
    assert dense.shape == (2, sm.n_dense(lang, parts=True))
    assert np.array_equal(dense[:, -len(names) :], got[:2])


def _parts_npz(lang: str, names: list[str], dense_rows: int, **meta_changes: object) -> bytes:
    meta: dict[str, object] = {
        "model_version": sm.MODEL_VERSION,
        "features_version": sm.FEATURES[lang],
        "classes": list(sm.CLASSES),
        "n_buckets": 8,
        "threshold": 0.9,
        "parts_features": names,
    }
    meta.update(meta_changes)
    buf = io.BytesIO()
    np.savez_compressed(
        buf,
        allow_pickle=False,
        weights=np.zeros((8, K), np.float32),
        dense=np.zeros((dense_rows, K)),
        bias=_always("jealousy"),
        meta=np.array(json.dumps(meta)),
    )
    return buf.getvalue()


def test_a_parts_model_reads_the_parts_and_refuses_other_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files: dict[str, bytes] = {}

    def ref(lang: str) -> Path:
        path = tmp_path / f"{lang}.npz"
        path.write_bytes(files[lang])
        return path

    monkeypatch.setattr(sm, "_weights_ref", ref)
    names = list(sm.part_names("en"))
    files["en"] = _parts_npz("en", names, sm.n_dense("en", parts=True))
    sm._cache["en"].clear()
    try:
        probs = sm.predict(["what time is dinner"], "en")
        assert probs.shape == (1, K) and int(np.argmax(probs[0])) == sm.CLASSES.index("jealousy")
        files["en"] = _parts_npz("en", names[::-1], sm.n_dense("en", parts=True))
        sm._cache["en"].clear()
        with pytest.raises(ModelError, match="other parts"):
            sm.predict(["what time is dinner"], "en")
        files["en"] = _parts_npz("en", names, sm.n_dense("en"))
        sm._cache["en"].clear()
        with pytest.raises(ModelError, match="wrong shape"):
            sm.predict(["what time is dinner"], "en")
    finally:
        sm._cache["en"].clear()


def test_the_recipe_reads_rounds_to_seventeen_the_sets_and_labels_every_positive() -> None:
    from unmask_dev import safety_compose, safety_train_set
    from unmask_dev import safety_probes as probes
    from unmask_dev import train_safety as ts

    assert "ROUND17" in ts.ROUNDS and "ROUND17" in ts.TWINS
    assert ts.ROUNDS["ROUND17"] == probes.ROUND17
    assert ts.ROUNDS["TRAIN_SET"] == safety_train_set.TRAIN
    assert ts.TWINS["TRAIN_SET"] == safety_train_set.TRAIN_SAFE
    assert ts.ROUNDS["COMPOSED"] == safety_compose.COMPOSED
    assert ts.TWINS["COMPOSED"] == safety_compose.COMPOSED_SAFE
    assert set(ts.LORO_ROUNDS) <= set(ts.ROUNDS) and set(ts.LORO_ROUNDS) <= set(ts.TWINS)
    for texts in ts.ROUNDS.values():
        assert all(ts.KIND_OF[t] in sm.CLASSES[1:] for t in texts)


@pytest.mark.parametrize("n", range(18, 41))
def test_the_recipe_never_reads_the_rounds_kept_for_clean_reads(n: int) -> None:
    """Rounds eighteen on are read only where ``--last`` (the shipped ``LAST_ROUND``) reaches
    them (h-safety29); round thirty-two, the clean read of h-safety35, is read since
    h-safety37 (``safety-lr-7``'s English), round thirty-three (h-safety38's, read once) since
    h-safety40, rounds thirty-four and thirty-five (judged and read) since h-safety43, rounds
    thirty-six and thirty-seven (judged and read) since h-safety49, round thirty-eight (judged and
    read) since h-safety51, round thirty-nine (judged and read) since h-safety53, round forty
    (judged and read) since h-safety55; no later round is (nor is
    any varied pair one of a round's texts)."""
    from unmask_dev import safety_probes as probes
    from unmask_dev import train_safety as ts

    name = f"ROUND{n}"
    assert max(ts.LATER_ROUNDS) == 40 and max(ts.LAST_ROUND.values()) <= 40
    assert (n in ts.LATER_ROUNDS) == (n <= 40)
    assert not {t for _, c, w in ts.varied_pairs() for t in (c, w)} & (
        set(getattr(probes, name)) | set(getattr(probes, f"{name}_SAFE"))
    )
    kept = set(getattr(probes, name)) | set(getattr(probes, f"{name}_SAFE"))
    assert name not in ts.ROUNDS and name not in ts.TWINS
    assert not kept & set(ts.KIND_OF)
    assert not kept & {t for texts in ts.ROUNDS.values() for t in texts}
    assert not kept & {t for texts in ts.TWINS.values() for t in texts}


def test_the_couple_calm_negatives_are_rounds_one_to_eight_and_never_control() -> None:
    """h-safety35's ``--couple W``: the calm lines of couple rounds one to eight (round nine is
    held out), in the language asked, none of them a line any of those rounds labels control
    or fight; left out of the default fit."""
    from unmask_dev import couple_round
    from unmask_dev import train_safety as ts
    from unmask_dev.overlap import is_zh
    from unmask_dev.validity.couple import SAFETY_KINDS

    zh, en = ts.couple_calm("zh"), ts.couple_calm("en")
    assert ts.COUPLE_ROUNDS == 8 and len(zh) > 300 and len(en) > 300
    assert all(is_zh(t) for t in zh) and not any(is_zh(t) for t in en)
    messages = [m for path in couple_round.PATHS[:8] for m in couple_round.load(path)]
    assert len(zh) + len(en) == sum(m.kind not in SAFETY_KINDS for m in messages)
    unsafe = {m.text for m in messages if m.kind in SAFETY_KINDS}
    assert unsafe and not unsafe & {*zh, *en}
    assert "couple" not in ts.SETTINGS
