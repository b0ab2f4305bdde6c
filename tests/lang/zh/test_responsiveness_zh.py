"""Chinese reply-level data files as tables: every example fires, must_not_fire stays low.

Entries describe replies, so each example is scored as the answer to a fixed
disclosure (weak cues need one). must_not_fire replies are scored after the
same disclosure: the stricter case.
"""

from __future__ import annotations

import re

import pytest

from unmask.signals.reply import SIGNAL_OF, context_cues, score_reply_text
from unmask.signals.reply_lexicon import CONTEXT, MECHANISMS, load, negated
from unmask.signals.types import PRESENT

LANG = "zh"
DISCLOSURE = "今天好难过，感觉自己好失败"

ENTRIES = [
    (part, e.source, e.pattern, e.example) for part in MECHANISMS for e in load(LANG, part).entries
]
MUST_NOT = [(part, m) for part in MECHANISMS for m in load(LANG, part).must_not_fire]
CONTEXT_ENTRIES = [(e.source, e.example) for e in load(LANG, CONTEXT).entries]


def test_the_fixed_disclosure_is_context() -> None:
    assert context_cues([DISCLOSURE], [LANG])[0] >= PRESENT


@pytest.mark.parametrize(("part", "source", "pattern", "example"), ENTRIES)
def test_every_example_fires(part: str, source: str, pattern: str, example: str) -> None:
    own = re.search(pattern, example, re.IGNORECASE)
    assert own is not None and not negated(example, own.start(), LANG), source
    result = score_reply_text(example, LANG, DISCLOSURE)
    score = result.scores[SIGNAL_OF[part]]
    assert score is not None and score >= PRESENT, source
    assert result.evidence[SIGNAL_OF[part]], source


@pytest.mark.parametrize(("part", "message"), MUST_NOT)
def test_must_not_fire(part: str, message: str) -> None:
    score = score_reply_text(message, LANG, DISCLOSURE).scores[SIGNAL_OF[part]]
    assert score is not None and score < PRESENT


@pytest.mark.parametrize(("source", "example"), CONTEXT_ENTRIES)
def test_context_examples_count_as_context(source: str, example: str) -> None:
    assert context_cues([example], [LANG])[0] >= PRESENT, source


@pytest.mark.parametrize("message", load(LANG, CONTEXT).must_not_fire)
def test_context_must_not_fire(message: str) -> None:
    assert context_cues([message], [LANG])[0] < PRESENT
