"""`profile.evidence.clip`: how a long message is cut for a quote, so that the quote keeps
the evidence its claim names."""

from unmask.profile.evidence import MAX_EXAMPLE_CHARS, clip

FILLER = "we went to the market and then the bus was late again and it rained. "


def test_short_text_is_quoted_whole() -> None:
    text = "I have been so lonely since you moved out. Can we talk tonight?"
    assert clip(text, ["lonely", "?"]) == text


def test_evidence_near_the_start_keeps_the_head() -> None:
    text = "I feel so lonely lately. " + FILLER * 10
    out = clip(text, ["lonely"])
    assert out.startswith("I feel so lonely") and out.endswith("…")
    assert len(out) == MAX_EXAMPLE_CHARS


def test_late_evidence_is_shown_in_a_window_with_its_later_words() -> None:
    # the first evidence word comes late, and the question mark that makes it a question
    # comes 200 characters after it: both must stay in view
    text = FILLER * 6 + "how did it feel when your sister " + "x" * 160 + " said that?" + FILLER * 3
    out = clip(text, ["how did it feel", "?"])
    assert "how did it feel" in out and "?" in out
    assert out.startswith("…") and out.endswith("…")
    assert len(out) <= MAX_EXAMPLE_CHARS


def test_single_late_word_gets_a_third_of_the_quote_before_it() -> None:
    text = FILLER * 8 + "I miss you so much" + FILLER * 4
    out = clip(text, ["miss you"])
    before = out.index("miss you") - 1  # after the leading "…"
    assert before == MAX_EXAMPLE_CHARS // 3 - 1
    assert len(out) == MAX_EXAMPLE_CHARS


def test_words_too_far_apart_keep_the_first_and_drop_the_rest() -> None:
    text = FILLER * 5 + "scared" + "y" * 400 + "alone" + FILLER
    out = clip(text, ["scared", "alone"])
    assert "scared" in out and "alone" not in out
    assert len(out) <= MAX_EXAMPLE_CHARS


def test_no_evidence_cuts_the_head() -> None:
    text = FILLER * 10
    out = clip(text, [])
    assert out == text[: MAX_EXAMPLE_CHARS - 1] + "…"
