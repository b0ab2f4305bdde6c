"""A wish handed back at a goodbye is no comfort (h-esconv, issue 10; `support.emotional`
version 46, the `returned` part of `lang/<lang>/guards/false_comfort.yaml`).

The whole message returns the other's wish with farewell words only ("Goodnight to you as
well!", "You as well!", 你也是！晚安): a pleasantry, which the model read as comfort. A wish
or comfort of the writer's own beside it keeps its reading."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import PRESENT, false_comfort
from unmask.signals.scorer import score_texts

RETURNED = ["Goodnight to you as well!", "You as well!"]
KEPT = ["You as well, and I'm so glad you're feeling better now. You did great today."]


def _support(texts: list[str]) -> list[float]:
    return [float(np.nan_to_num(v)) for v in score_texts(texts).scores["support.emotional"]]


def test_a_returned_wish_is_no_comfort() -> None:
    assert all(v < PRESENT for v in _support(RETURNED))


def test_the_rule_is_what_removes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(false_comfort, "apply", lambda texts, langs, scores, evidence: None)
    assert all(v >= PRESENT for v in _support(RETURNED))


@pytest.mark.parametrize("text", KEPT)
def test_comfort_of_the_writers_own_beside_it_stays(text: str) -> None:
    assert false_comfort.false_comfort(text, "en") is None
    assert _support([text])[0] >= PRESENT
