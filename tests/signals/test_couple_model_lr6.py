"""couple-lr-6's new kinds (h-couplemodel9; docs/validity.md, "couple-lr-6: rounds one to
nine, with support, surface and bids (h-couplemodel9)"): ``support.emotional``, ``bid`` and
the surface ``logistics`` head, in both languages; our own lines in words the lexicons miss
read their kind by the model (and not without it); the brief's lines read their kind
through the whole scorer; a controlling line gains no kind at all; the surface guard reads
the lexicons' logistics alone."""

from __future__ import annotations

import numpy as np
import pytest
from couple_reads import SOURCE, assert_model_reads

from unmask.signals import couple_model as cm
from unmask.signals import score_texts
from unmask.signals.types import DEPTH_SIGNALS, MESSAGE_SIGNALS
from unmask_dev import safety_probes as probes

#: our own partners' lines, twins in both languages, that only the model reads as the kind
MODEL_READS = (
    ("换谁遇到这事都会崩溃的，你已经很好了", "support.emotional"),
    ("ok this song is literally us", "bid"),
    ("快出来看晚霞", "bid"),
    ("下周二孩子看牙，记一下", "logistics"),
)
#: the brief's lines (and their Chinese twins): each reads its kind, the layer on
READS = (
    ("pick up milk on ur way? and the dry cleaning closes at 6", "logistics"),
    ("下班顺路买瓶酱油，干洗店六点关门", "logistics"),
    ("ugh that sounds exhausting, im here ok? call me on ur break", "support.emotional"),
    ("听着就好累，我在呢，休息的时候给我打个电话", "support.emotional"),
    ("babe look at this 😂😂", "bid"),
    ("宝贝快看这个😂😂", "bid"),
)
#: controlling lines (ours, both languages): no depth kind and no bid, with or without the layer
CONTROL = (
    "you're not going out tonight, call me on ur break so i know where you are",
    "今晚不准出去，休息的时候给我打电话，让我知道你在哪",
    "u dont need to see ur sister this weekend, ur staying in",
    "这周末不准去你姐那儿，在家待着",
)
DEPTH_SIDE = (*DEPTH_SIGNALS, "bid")


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cm, "ENABLED", True)


def test_the_new_kinds_are_read_and_logistics_is_the_surface_one() -> None:
    assert cm.KINDS[5:] == ("support.emotional", "bid", "logistics")
    assert frozenset({"logistics"}) == cm.SURFACE_KINDS
    assert not cm.SURFACE_KINDS & set(DEPTH_SIDE)
    # every kind on but English support (off: ESConv Affirmation and Reassurance -> support
    # .4376 -> .4310 with it, past the rule's .005) and English logistics (off: it read "love
    # you too" and "The late one." as logistics, which the context pass's tests pin)
    off = {
        (lang, k)
        for lang in cm.LANGS
        for k, t in zip(cm.KINDS, cm.thresholds(lang), strict=True)
        if t >= cm.OFF
    }
    assert off == {("en", "support.emotional"), ("en", "logistics")}
    # each signal whose reading the layer changes is named once (its version gains the model)
    assert len(set(cm.MODEL_SIGNALS)) == len(cm.MODEL_SIGNALS)
    assert set(cm.KINDS) | set(cm.VETOES) == set(cm.MODEL_SIGNALS)


@pytest.mark.parametrize(("text", "kind"), MODEL_READS)
def test_a_line_only_the_model_reads_gains_its_kind(
    text: str, kind: str, on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_model_reads(text, kind, monkeypatch)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # h-ensupport: the line before ("... were facing it together") is now read by the
        # en file's facing-together entry (support.emotional v32); this one no entry reads
        ("whatever the scan says we take it on as one", "support.emotional"),
        # h-enlogist: "parcel coming between 2 and 4, ..." is now read by the en file (logistics
        # v23 names a parcel); this one no entry reads
        ("someone needs to be in for the meter man between 2 and 4", "logistics"),
    ],
)
def test_the_english_kinds_left_off_stay_with_the_lexicons(text: str, kind: str, on: None) -> None:
    """The English twins of the Chinese support and logistics lines the model reads: both
    kinds are off in English in couple-lr-6, so these lines in words the lexicons miss stay
    unread (the model alone would read them: p above .5)."""
    j = cm.KINDS.index(kind)
    assert cm.predict([text], "en")[0, j] >= 0.5
    assert score_texts([text]).scores[kind][0] < 0.5


@pytest.mark.parametrize(("text", "kind"), READS)
def test_the_briefs_lines_read_their_kind(text: str, kind: str, on: None) -> None:
    assert score_texts([text]).scores[kind][0] >= 0.5


@pytest.mark.parametrize("text", CONTROL)
def test_a_controlling_line_reads_no_depth_kind(
    text: str, on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = score_texts([text])
    assert [n for n in DEPTH_SIDE if result.scores[n][0] >= 0.5] == []
    assert not any(e.source == SOURCE for row in result.evidence for v in row.values() for e in v)


def test_no_controlling_line_of_rounds_18_to_32_gains_a_new_kind(
    on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate's promise for the new kinds (``logistics`` too: no new reading of any kind):
    the lines of safety rounds eighteen to thirty-two, through the whole scorer, the layer on
    and off. (One line of round thirty-two, read now, gains ``disclosure.vulnerable`` under
    couple-lr-5 and couple-lr-6 alike: docs/validity.md, h-couplemodel9.)"""
    texts = sorted({t for n in range(18, 33) for t in getattr(probes, f"ROUND{n}")})
    new = ("support.emotional", "bid", "logistics")

    def read() -> np.ndarray:
        r = score_texts(texts)
        return np.stack([np.asarray(r.scores[n]) >= 0.5 for n in new], axis=1)

    got = read()
    monkeypatch.setattr(cm, "ENABLED", False)
    gained = [texts[i] for i in np.flatnonzero((got & ~read()).any(axis=1))]
    assert gained == []


def test_a_model_logistics_reading_keeps_no_inner_question_off() -> None:
    """The surface guard reads the lexicons' logistics, before this layer adds its own: a
    line the model alone reads as logistics may still gain ``inner_question``."""
    text = "你跟你爸打完电话之后心里还好吗？"
    probs = np.zeros((1, len(cm.KINDS)))
    for kind in ("inner_question", "logistics"):
        j = cm.KINDS.index(kind)
        probs[0, j] = cm.thresholds("zh")[j]
    scores = np.zeros((1, len(MESSAGE_SIGNALS)))
    cm.add([text], [0], [0], probs, "zh", scores, [])
    assert scores[0, MESSAGE_SIGNALS.index("logistics")] == cm.MODEL_SCORE
    assert scores[0, MESSAGE_SIGNALS.index("inner_question")] == cm.MODEL_SCORE
