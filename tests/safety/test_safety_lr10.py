"""safety-lr-10 (h-safety53's option (c) of h-safety51, rebuilt by h-safety55): the counted English
safety model refitted by ``safety-lr-9``'s recipe on safety rounds one to forty (``train_safety
--lang en --last 40 --claff-tune --claff-weight 3 --weak-kind 10``, threshold .97, cue .50); the
Chinese weights are ``safety-lr-8``'s under the new version. English weak control is read by a
frozen weak reader of its own, ``safety-weak-1`` (``safety_en_weak_v1.npz``: ``safety-lr-9``'s
English weights bit for bit, checked on its own), so the refit moves neither the English weak level
(.55) nor the weak lines; the weak-control rule reads the weak reader on the English messages it
reads (the scorer keeps the Chinese sums in
:attr:`unmask.signals.types.ScoreResult.weak_control` and leaves the English ones NaN: h-speed64).
docs/validity.md, "The English safety refit with a frozen weak reader (h-safety53)"
and "The English safety refit on rounds 1-40 (h-safety55)"."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from model_files import write_changed
from unmask.dyad import safety
from unmask.errors import ModelError
from unmask.signals import control_gate, score_texts
from unmask.signals import couple_model as cm
from unmask.signals import safety_model as sm
from unmask.signals.model import read_meta
from unmask.signals.types import PRESENT, SAFETY_SIGNALS
from unmask_dev import safety_probes as probes

_HAN = re.compile("[\u4e00-\u9fff]")
WEAK_EN = [
    "who said you could spend that much",
    "I don't like you seeing her so often",
    "you don't need to go to that party",
]


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    caches = (*sm._cache.values(), *sm._weak_cache.values())
    for c in caches:
        c.clear()
    yield
    for c in caches:
        c.clear()


def test_the_versions_the_thresholds_and_the_levels() -> None:
    assert sm.MODEL_VERSION == "safety-lr-10"
    assert sm.WEAK_MODEL_VERSION == "safety-weak-1"
    assert sm.WEAK_FILES == {"en": "safety_en_weak_v1.npz"}
    assert sm.CUE_THRESHOLD == {"en": 0.5, "zh": 0.785}
    assert sm._cache["en"].get().threshold == 0.97
    assert sm._cache["zh"].get().threshold == 0.97  # safety-lr-8's Chinese weights
    assert sm._weak_cache["en"].get().threshold == 0.97  # safety-lr-9's English weights
    assert [safety.weak_level(lang) for lang in ("en", "zh", "fr")] == [0.55, 0.65, 0.5]
    assert cm.P_LINE == {"en": 0.5, "zh": 0.5}
    assert control_gate.LEVELS == {"en": 0.95, "zh": 0.95}
    assert sm.available() and sm.declared()


def test_the_weak_reader_is_safety_lr9s_english_file_under_its_own_version() -> None:
    meta = read_meta(sm._weak_ref("en"), sm.WEAK_FILES["en"])
    assert meta["model_version"] == "safety-weak-1" and meta["weights_of"] == "safety-lr-9"
    counted, weak = sm._cache["en"].get(), sm._weak_cache["en"].get()
    assert weak.weights.shape == counted.weights.shape
    assert not np.array_equal(weak.weights, counted.weights)


@pytest.mark.parametrize("n", [36, 37, 38, 39, 40])
def test_the_english_lines_of_rounds_36_to_40_read_now(n: int) -> None:
    """In the fit now: every English controlling line of the round fires a safety signal
    (``safety-lr-9``'s English weights, fitted on rounds 1-35, read .50 / .65 / .65 and rounds
    thirty-nine and forty less than all)."""
    texts = [t for _, t in getattr(probes, f"ROUND{n}_KINDS") if not _HAN.search(t)]
    assert len(texts) == 20
    scores = score_texts(texts).scores
    fired = np.zeros(len(texts), dtype=bool)
    for name in SAFETY_SIGNALS:
        fired |= np.nan_to_num(np.asarray(scores[name], dtype=np.float64)) >= PRESENT
    assert fired.all(), [i for i, f in enumerate(fired) if not f]


def test_english_weak_control_is_the_weak_readers_and_chinese_the_counted_models() -> None:
    """The weak test's English lines read as ``safety-lr-9`` read them (.870 / .555 / .657),
    at or above the English level, whatever the counted model reads; Chinese weak control is
    the counted model's sum."""
    scored = score_texts(WEAK_EN)
    p = safety.weak_control_of(WEAK_EN, scored.lang, np.zeros(len(WEAK_EN), dtype=bool))
    weak = sm.control_sum(sm.predict(WEAK_EN, "en", weak=True))
    counted = sm.control_sum(sm.predict(WEAK_EN, "en"))
    np.testing.assert_array_equal(p, weak)
    assert not np.array_equal(p, counted)
    assert np.round(p, 3).tolist() == [0.87, 0.555, 0.657]
    assert (p >= safety.weak_level("en")).all()
    zh = ["谁让你花这么多钱的"]
    p_zh = safety.weak_control_of(zh, ["zh"], np.zeros(1, dtype=bool))
    np.testing.assert_array_equal(p_zh, sm.control_sum(sm.predict(zh, "zh")))
    np.testing.assert_array_equal(sm.predict(zh, "zh", weak=True), sm.predict(zh, "zh"))


def test_the_scorer_keeps_both_sums() -> None:
    """``ScoreResult.control`` is the counted model's sum (the control gate reads it),
    ``weak_control`` the same sum for Chinese and NaN for English (h-speed64: the rule reads
    the English weak reader itself, :func:`unmask.dyad.safety.weak_control_of`), which
    gives the weak reader's sum of each English text, bit for bit, through the table's
    reader (:func:`unmask.dyad.safety.weak_reader_of`)."""
    from unmask.signals import score_table
    from unmask_dev import safety_chats

    script = {
        1: [(0, WEAK_EN[0]), (1, "ok")],
        2: [(0, "谁让你花这么多钱的"), (1, "好")],
    }
    folder = Path(tempfile.mkdtemp(prefix="unmask-lr10-"))
    path = folder / "WhatsApp Chat - lr10.txt"
    path.write_text(safety_chats.export_script("lr10", "en", script), encoding="utf-8")
    from unmask.ingest import read_table

    table = read_table(path)
    scored = score_table(table, evidence=False)
    assert scored.control is not None and scored.weak_control is not None
    texts = table.column("text").to_pylist()
    for i, (text, lang) in enumerate(zip(texts, scored.lang, strict=True)):
        if lang not in ("en", "zh") or not isinstance(text, str):
            continue
        counted = sm.control_sum(sm.predict([text], lang))[0]
        weak = sm.control_sum(sm.predict([text], lang, weak=True))[0]
        assert scored.control[i] == counted
        if lang == "en":
            assert np.isnan(scored.weak_control[i])
        else:
            assert scored.weak_control[i] == weak
    reader = safety.weak_reader_of(table.column("text"), scored, np.arange(table.num_rows))
    assert reader is not None
    every = np.arange(table.num_rows)
    read = reader(every)
    gated = safety.weak_gated(scored.scores, every)
    checked = set()
    for i, (text, lang) in enumerate(zip(texts, scored.lang, strict=True)):
        if lang not in ("en", "zh") or not isinstance(text, str) or gated[i]:
            continue
        if not safety.laughs(text):
            assert read[i] == sm.control_sum(sm.predict([text], lang, weak=True))[0]
            checked.add(lang)
    assert checked == {"en", "zh"}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"model_version": "safety-lr-9"}, "does not match"),
        ({"threshold": 0.2}, "invalid threshold"),
    ],
)
def test_a_damaged_weak_reader_is_a_model_error_naming_its_file(
    fresh_cache: None, monkeypatch: pytest.MonkeyPatch, change: dict[str, object], why: str
) -> None:
    path = Path(tempfile.mkdtemp(prefix="unmask-safety-weak-")) / "safety_en_weak_v1.npz"
    write_changed(sm._weak_ref("en"), path, **change)
    monkeypatch.setattr(sm, "_weak_ref", lambda lang: path)
    assert not sm.available() and not sm.declared()
    with pytest.raises(ModelError, match=f"safety_en_weak_v1.npz .*{why}"):
        sm.predict(["hello"], "en", weak=True)
    assert sm.predict(["hello"], "en").shape == (1, len(sm.CLASSES))  # the counted file reads
