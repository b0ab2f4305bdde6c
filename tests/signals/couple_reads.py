"""A line that the couple model alone reads as its kind, with its evidence over the whole
line (the couple model's tests)."""

from __future__ import annotations

import pytest

from unmask.signals import couple_model as cm
from unmask.signals import score_texts

#: the source of the couple model's evidence, as shipped
SOURCE = "model:couple-lr-9"


def assert_model_reads(text: str, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``text`` reads ``kind`` at the model's score with one evidence item over the whole
    line from the model, and not with the layer switched off."""
    result = score_texts([text])
    assert result.scores[kind][0] == cm.MODEL_SCORE
    [ev] = result.evidence[0][kind]
    assert (ev.start, ev.end, ev.source, ev.match) == (0, len(text), SOURCE, text)
    assert result.versions[kind].endswith("+model:" + cm.MODEL_VERSION)
    monkeypatch.setattr(cm, "ENABLED", False)
    assert score_texts([text]).scores[kind][0] < 0.5
