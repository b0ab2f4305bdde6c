"""Reply-level data files as tables, one language at a time: shared by the tests of every
language (``tests/lang/<code>/test_responsiveness_<code>.py``).

Entries describe replies, so each example is scored as the answer to a fixed
disclosure in that language (weak cues need one). must_not_fire replies are
scored after the same disclosure: the stricter case.
"""

from __future__ import annotations

import re

import pytest

from unmask.signals.reply import SIGNAL_OF, context_cues, score_reply_text
from unmask.signals.reply_lexicon import CONTEXT, MECHANISMS, load, negated
from unmask.signals.types import PRESENT


def responsiveness_tests(lang: str, disclosure: str) -> type:
    """A test class over ``lang``'s reply-level files: every example fires, must_not_fire
    stays low. ``disclosure`` is the fixed message each reply answers."""
    entries = [
        (part, e.source, e.pattern, e.example, e.negatable)
        for part in MECHANISMS
        for e in load(lang, part).entries
    ]
    must_not = [(part, m) for part in MECHANISMS for m in load(lang, part).must_not_fire]
    context_entries = [(e.source, e.example) for e in load(lang, CONTEXT).entries]

    class ResponsivenessTables:
        def test_the_fixed_disclosure_is_context(self) -> None:
            assert context_cues([disclosure], [lang])[0] >= PRESENT

        @pytest.mark.parametrize(("part", "source", "pattern", "example", "negatable"), entries)
        def test_every_example_fires(
            self, part: str, source: str, pattern: str, example: str, negatable: bool
        ) -> None:
            own = re.search(pattern, example, re.IGNORECASE)
            assert own is not None, source
            assert not (negatable and negated(example, own.start(), lang)), source
            result = score_reply_text(example, lang, disclosure)
            score = result.scores[SIGNAL_OF[part]]
            assert score is not None and score >= PRESENT, source
            assert result.evidence[SIGNAL_OF[part]], source

        @pytest.mark.parametrize(("part", "message"), must_not)
        def test_must_not_fire(self, part: str, message: str) -> None:
            score = score_reply_text(message, lang, disclosure).scores[SIGNAL_OF[part]]
            assert score is not None and score < PRESENT

        @pytest.mark.parametrize(("source", "example"), context_entries)
        def test_context_examples_count_as_context(self, source: str, example: str) -> None:
            assert context_cues([example], [lang])[0] >= PRESENT, source

        @pytest.mark.parametrize("message", load(lang, CONTEXT).must_not_fire)
        def test_context_must_not_fire(self, message: str) -> None:
            assert context_cues([message], [lang])[0] < PRESENT

    return ResponsivenessTables
