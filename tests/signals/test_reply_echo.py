"""Echo questions (h-quest14, issue 10, responsiveness round 27; `inner_question` version 21).

The other's own words asked back ("Cheating on you?" right after "My partner is cheating on
me.", 你心里难受？ after 我心里好难受) check that the writer heard right; the couple model
reads the text alone and added ``inner_question`` to them. In the table API, where the
other's last message is known, :mod:`unmask.signals.reply_echo` takes back what a model
added to such a reply; questions of the writer's own keep what they read.
"""

from __future__ import annotations

import numpy as np
import pytest
from exchange_table import exchange

from unmask.signals import couple_model, reply_echo, score_table
from unmask.signals.context import LEXICON_READ
from unmask.signals.types import PRESENT, Evidence

CHEATING = "Hello i am very sad today. My partner is cheating on me."
ALONE = "I've felt so alone since my sister moved away."
HURTS = "我今天跟妈妈吵架了，心里好难受"


@pytest.mark.parametrize(
    ("text", "heard", "lang"),
    [
        ("Cheating on you?", CHEATING, "en"),
        ("Your partner?", CHEATING, "en"),
        ("You feel alone?", ALONE, "en"),
        ("So your sister moved away?", ALONE, "en"),
        ("你说他骗你？", "我男朋友骗我，我好难过", "zh"),
        ("你心里难受？", HURTS, "zh"),
        ("跟妈妈吵架了？", HURTS, "zh"),
    ],
)
def test_the_others_words_asked_back_are_an_echo(text: str, heard: str, lang: str) -> None:
    assert reply_echo.echo_question(text, heard, lang)


@pytest.mark.parametrize(
    ("text", "heard", "lang"),
    [
        # a question of the writer's own: a question word, an inverted auxiliary
        ("Are you cheating?", CHEATING, "en"),
        ("How did you find out he's cheating on you?", CHEATING, "en"),
        ("Cheating on you? how did you find out?", CHEATING, "en"),
        ("Do you feel alone?", ALONE, "en"),
        # words the other did not say
        ("You feel scared?", ALONE, "en"),
        ("Your brother moved away?", ALONE, "en"),
        # no content word, or not a question
        ("Really?", CHEATING, "en"),
        ("Cheating on you.", CHEATING, "en"),
        # too long to be an echo
        ("So your partner is cheating on you and you are very sad today?", CHEATING, "en"),
        ("他骗你什么了？", "我男朋友骗我，我好难过", "zh"),
        ("你心里难受吗？", HURTS, "zh"),
        ("是不是跟妈妈吵架了？", HURTS, "zh"),
        ("你害怕？", HURTS, "zh"),
        ("你心里难受？", "", "zh"),
    ],
)
def test_a_question_of_the_writers_own_is_no_echo(text: str, heard: str, lang: str) -> None:
    assert not reply_echo.echo_question(text, heard, lang)


def _inner_question(first: str, second: str) -> tuple[float, list[Evidence]]:
    result = score_table(exchange(first, second))
    return float(result.scores["inner_question"][1]), result.evidence[1].get("inner_question", [])


def _model_reads(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The couple model made to read ``text`` as an inner question: ``couple-lr-6`` read
    "Cheating on you?" so on ESConv (h-quest13); ``couple-lr-9`` (h-couplemodel15) reads it
    as none, so the echo is tested on the reading the older model gave."""
    column = couple_model.KINDS.index("inner_question")
    real = couple_model._from_hashed

    def reads(texts, rows, lang, picked, hashed, head="kinds"):  # type: ignore[no-untyped-def]
        probs = real(texts, rows, lang, picked, hashed, head)
        if head != "kinds":
            return probs
        for j, k in enumerate(picked):
            if texts[int(rows[k])] == text:
                probs[j, column] = 0.99
        return probs

    monkeypatch.setattr(couple_model, "_from_hashed", reads)


def test_the_couple_models_inner_question_is_taken_back_from_an_echo(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert couple_model.ENABLED
    _model_reads(monkeypatch, "Cheating on you?")
    # the model alone reads it (as couple-lr-6 did when it was found on ESConv)...
    with monkeypatch.context() as m:
        m.setattr(reply_echo, "apply", lambda *a, **k: np.zeros(0, np.int64))
        score, evidence = _inner_question(CHEATING, "Cheating on you?")
        assert score >= PRESENT and evidence[0].source.startswith("model:")
    # ... and as an echo of the other's words it is no inner question
    score, evidence = _inner_question(CHEATING, "Cheating on you?")
    assert score == reply_echo.HELD_BELOW and evidence == []
    # the same words after something else, and the same question alone, keep it
    assert _inner_question("How was your day?", "Cheating on you?")[0] >= PRESENT
    # the writer's own question keeps what the lexicons read
    assert _inner_question(CHEATING, "Are you ok?")[0] >= PRESENT
    # Chinese: the model reads 你心里难受？ alone; asked back after 心里好难受 it is an echo
    assert _inner_question("今天下雨了，我在家看书", "你心里难受？")[0] >= PRESENT
    assert _inner_question(HURTS, "你心里难受？") == (reply_echo.HELD_BELOW, [])


def test_only_what_no_lexicon_read_is_taken_back() -> None:
    texts = ["Are you lonely? You feel alone?", "I've felt so alone lately", "You feel alone?"]
    heard = np.array([1, -1, 1])
    bit = 1 << LEXICON_READ.index("inner_question")
    columns = {"inner_question": np.array([0.9, np.nan, 0.6])}
    kept = [Evidence("inner_question", "lonely", 4, 10, "lexicon:en/inner_question.yaml")]
    evidence: list[dict[str, list[Evidence]]] = [
        {"inner_question": list(kept)},
        {},
        {"inner_question": [Evidence("inner_question", texts[2], 0, 15, "model:couple-lr-9")]},
    ]
    held = reply_echo.apply(
        columns,
        texts,
        np.array([True, False, True]),
        heard,
        ["en", "en", "en"],
        np.array([bit, 0, 0]),
        LEXICON_READ,
        evidence,
    )
    assert held.tolist() == [2]
    assert columns["inner_question"][0] == 0.9 and np.isnan(columns["inner_question"][1])
    assert columns["inner_question"][2] == reply_echo.HELD_BELOW
    assert evidence[0]["inner_question"] == kept and "inner_question" not in evidence[2]
    # a lexicon's reading of the echo itself is kept
    columns = {"inner_question": np.array([0.0, np.nan, 0.6])}
    read = np.array([0, 0, bit])
    args = (texts, np.array([False, False, True]), heard, ["en"] * 3, read, LEXICON_READ)
    assert reply_echo.apply(columns, *args).tolist() == []
    assert columns["inner_question"][2] == 0.6
