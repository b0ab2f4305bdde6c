"""The bundled disclosure/support model, its features and the CL-Aff split."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np
import pytest

from unmask import yamlload
from unmask.errors import ModelError
from unmask.signals import control_gate, features, model, score_text, score_texts
from unmask.signals.features import (
    CUE_NAMES,
    FEATURES_VERSION,
    codepoints,
    hash_texts,
    occurrence_values,
)
from unmask_dev import claff_split

EMOTIONAL = [
    "I'm sobbing, my heart is breaking",
    "I'm so scared and lonely, I cry every night",
    "Honestly I feel so hurt and angry right now",
]
NEUTRAL_FACTS = [
    "It's a book by Hemingway",
    "The train leaves at 9 from platform 4",
    "It's a terrible day for rain.",
]
SUPPORTIVE = ["I'm so sorry you are going through this, sending you hugs"]

CHAT = [
    "",
    "ok",
    "😂😂😂",
    "can you pick up milk on the way home",
    "我今天好难过",
    "x" * 100_000,
    "\ud800 lone surrogate \x00 and NUL",
    "مرحبا كيف حالك",
]


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Drop the loaded weights before and after, so a test can swap the file."""
    model._cache.clear()
    yield
    model._cache.clear()


def test_signals_are_the_four_claff_labels() -> None:
    assert set(model.MODEL_SIGNALS) == set(claff_split.LABEL_COLUMNS.values())
    assert model.available()


def test_shapes_range_and_determinism() -> None:
    texts = EMOTIONAL + NEUTRAL_FACTS + CHAT
    first = model.predict(texts)
    second = model.predict(list(reversed(texts)))
    assert set(first) == set(model.MODEL_SIGNALS)
    for sig, p in first.items():
        assert p.shape == (len(texts),)
        assert p.dtype == np.float64
        assert np.all((p >= 0) & (p <= 1))
        # Same text, same score, whatever the batch around it.
        np.testing.assert_array_equal(p, second[sig][::-1])


def test_batches_do_not_change_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = EMOTIONAL + NEUTRAL_FACTS + CHAT
    whole = model.predict(texts)
    monkeypatch.setattr(model, "BATCH", 2)
    for sig, p in model.predict(texts).items():
        np.testing.assert_array_equal(p, whole[sig])


def test_bucket_logits_gather_all_signals_at_once_with_the_same_bits() -> None:
    # one gather of each feature's row of weights, then the products and bincount sums of
    # each signal: the bits of a gather per signal (the way before), for any batch; the
    # loaded weights and random ones, English chat and texts with Chinese or no words
    texts = [*EMOTIONAL, *NEUTRAL_FACTS, *CHAT, "", "ok", "where were you? answer me", "我好想你"]
    rng = np.random.default_rng(5)
    loaded = model._load()
    for weights in (loaded.weights, rng.normal(size=(1 << 12, 4)).astype(np.float32)):
        for lo, hi in [(0, len(texts)), (0, 1), (2, 9), (len(texts) - 3, len(texts))]:
            feats = hash_texts(texts[lo:hi], len(weights))
            values = occurrence_values(feats)
            n = hi - lo
            got = model._bucket_logits(weights, feats, values, n)
            for j in range(weights.shape[1]):
                column = np.ascontiguousarray(weights[:, j])
                want = np.bincount(feats.row, weights=column[feats.bucket] * values, minlength=n)
                assert got[:, j].tobytes() == want.tobytes()


@pytest.mark.parametrize("shape", [(22, 4), (7,)])
def test_fixed_order_dot_gives_each_row_the_same_bits_in_any_batch(
    shape: tuple[int, ...],
) -> None:
    rng = np.random.default_rng(3)
    matrix = rng.random((5_000, shape[0]))
    weights = rng.normal(size=shape)
    whole = model.fixed_order_dot(matrix, weights)
    np.testing.assert_allclose(whole, matrix @ weights, rtol=0, atol=1e-12)
    for lo, hi in [(0, 1), (1, 4), (17, 2_500), (4_999, 5_000), (3, 4_099)]:
        np.testing.assert_array_equal(model.fixed_order_dot(matrix[lo:hi], weights), whole[lo:hi])


def test_empty_input() -> None:
    out = model.predict([])
    assert all(p.shape == (0,) for p in out.values())


def test_emotional_disclosures_high_neutral_facts_low() -> None:
    emo = model.predict(EMOTIONAL)["disclosure.emotional"]
    facts = model.predict(NEUTRAL_FACTS)["disclosure.emotional"]
    assert np.all(emo >= 0.5), emo
    assert np.all(facts < 0.5), facts
    assert emo.min() > facts.max()


def test_sympathy_scores_as_emotional_support() -> None:
    sup = model.predict(SUPPORTIVE + NEUTRAL_FACTS)["support.emotional"]
    assert sup[0] >= 0.5
    assert np.all(sup[1:] < 0.5)


# booking and service talk (written for this test, in the style of hotel/train chats)
TASK_TALK = [
    "That's everything I needed today. Thanks so much for your help!",
    "I need to make a reservation for 4 nights starting Friday.",
    "It is 17 minutes.",
    "Please specify your price range.",
    "I appreciate your help today.",
    "I'm afraid there are no trains leaving after 21:00 on Sunday.",
    "Your booking was successful, the reference number is 8XK2P1.",
    "Can I get the postcode and phone number of the guesthouse?",
    "Awesome, that's perfect. Thank you so much!",
    "Thank you, you have been very helpful.",
]


def test_task_talk_is_not_disclosure_or_support() -> None:
    probs = model.predict(TASK_TALK)
    for sig in ("disclosure.emotional", "support.emotional"):
        assert np.all(probs[sig] < 0.5), (sig, probs[sig])


# supporter turns of an emotional-support chat, written for this test: reassurance,
# validation and suggestions in chat words the Reddit-trained model scores low
CHAT_SUPPORT = [
    ("You made the right decision, and anyone would feel hurt after that.", "support.emotional"),
    ("It's completely normal to feel stressed right now.", "support.emotional"),
    ("How about talking to her about it this weekend?", "support.informational"),
    ("Have you looked into counseling at your school?", "support.informational"),
]


def test_a_strong_support_lexicon_hit_stands_beside_the_model() -> None:
    texts = [t for t, _ in CHAT_SUPPORT]
    lexicon = score_texts(texts, model=False).scores
    both = score_texts(texts).scores
    only_model = model.predict(texts)
    for i, (text, sig) in enumerate(CHAT_SUPPORT):
        assert lexicon[sig][i] >= model.LEXICON_FLOOR[sig], text
        assert both[sig][i] == max(lexicon[sig][i], only_model[sig][i]) >= 0.5, text
    # ... which the model alone misses ("How about talking to her ...": 0.05)
    assert min(only_model[sig][i] for i, (_, sig) in enumerate(CHAT_SUPPORT)) < 0.5
    # below the floor the model decides alone: a weak "you should" hit in a booking chat
    booking = ["You should book the taxi for 5 pm, the reference is 8XK2P1."]
    weak = score_texts(booking, model=False).scores["support.informational"][0]
    assert 0.5 <= weak < model.LEXICON_FLOOR["support.informational"]
    assert score_texts(booking).scores["support.informational"][0] == pytest.approx(
        model.predict(booking)["support.informational"][0]
    )
    for text in TASK_TALK:
        assert score_texts([text]).scores["support.emotional"][0] < 0.5, text


def test_the_two_support_heads_are_kept_apart() -> None:
    texts = [
        "You could look for an online support group.",  # advice: emotional support 0.50
        "What has you feeling so stuck lately?",  # a question alone is not comfort
        "It's best to breathe slowly and talk to someone who can guide you.",  # both strong
        "Do you want me to come over? You don't deserve this, I'm so sorry.",
        "I'm sorry to hear that, have you talked to her about it?",
    ]
    p = model.predict(texts)
    emo, info = p["support.emotional"], p["support.informational"]
    assert emo[0] < 0.5 <= info[0]
    assert emo[1] < 0.5
    assert emo[2] >= model.SUPPORT_BOTH and info[2] >= model.SUPPORT_BOTH
    assert emo[3] >= 0.5 > info[3]
    assert [model._only_question(t) for t in texts] == [False, True, False, False, True]
    # a sympathy phrase of the lexicon still stands beside the capped model score
    assert emo[4] < 0.5
    assert (
        score_texts(texts[4:]).scores["support.emotional"][0]
        >= model.LEXICON_FLOOR["support.emotional"]
    )


def test_a_service_closing_is_not_emotional_support() -> None:
    # each read as emotional support (0.88-0.92) by the weights alone
    closings = [
        "You're so welcome, I'm happy to help you!",
        "Happy holidays to you as well!",
        "Happy new year to you and yours!",
        "Hope I helped you in some way.",
    ]
    caring = ["You're welcome. I really hope things start to go well with you and your mum soon."]
    assert all(model._service_closing(t) for t in closings)
    assert not model._service_closing(caring[0])  # more than CLOSING_WORDS words
    p = model.predict(closings + caring)["support.emotional"]
    assert np.all(p[:4] < 0.5), p
    assert p[4] >= 0.5


def test_a_services_confirmation_is_a_closing_not_comfort() -> None:
    # a booking assistant's lines (other assistants than the training chats' hotels)
    confirmations = [
        "Congrats, your reservation is confirmed",
        "Great! Your transfer is successful.",
        "Congratulations, its done.",
        "I hope you have a pleasant day.",
        "Nope, you've been great. Thanks so much.",
        "Fine and dandy. I really appreciate your assistance.",
    ]
    assert all(model._service_closing(t) for t in confirmations)
    p = model.predict(confirmations)["support.emotional"]
    assert np.all(p < 0.5), p
    # good news between partners is not a service's confirmation
    for text in ("Congrats, your promotion came through! So proud of you", "congrats babe!!"):
        assert not model._service_closing(text)


def test_the_writers_apology_for_sharing_is_not_emotional_support() -> None:
    # each read as emotional support (0.85-0.98) by the weights alone
    apologies = [
        "sorry for dumping this on you",
        "Sorry for dumping all this on you, I just needed to vent",
        "sorry to bother you with all this",
        "sorry for the long message, things have been rough",
    ]
    sympathy = [
        "Sorry for rambling. I'm so sorry you're going through this too",
        "I'm sorry you had to go through that",
        "sorry to hear about your dad",
    ]
    assert all(model._self_apology(t) for t in apologies)
    assert not any(model._self_apology(t) for t in sympathy)
    p = model.predict(apologies + sympathy)["support.emotional"]
    assert np.all(p[:4] < 0.5), p
    assert np.all(p[4:] >= 0.5), p
    # the apology does not hide the feeling beside it
    assert model.predict(apologies[1:2])["disclosure.emotional"][0] >= 0.5


def test_a_wish_to_someone_else_is_not_disclosure() -> None:
    # the weights alone read "Happy birthday babe!" at 0.60 and "happy new year" at 0.57
    wishes = [
        "Happy birthday babe!",
        "happy new year",
        "Happy anniversary ❤️",
        "Happy holidays to you and your family",
        "Merry Christmas and happy new year xx",
        "Good night, sweet dreams",
    ]
    feelings = [
        "Happy birthday! I miss you so much",
        "happy birthday and I miss you",
        "Happy birthday to you, I am so happy today",
        "good night, I feel so alone",
        "I wish you were here",
    ]
    assert all(model._only_wishes(t) for t in wishes)
    assert not any(model._only_wishes(t) for t in feelings)
    p = model.predict(wishes + feelings)["disclosure.emotional"]
    assert np.all(p[: len(wishes)] < 0.5), p
    assert np.all(p[len(wishes) :] >= 0.5), p


def test_a_customers_request_or_acceptance_is_not_disclosure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # written for this test: a customer's request or acceptance of an offer
    service = [
        "Okay, that works for me.",
        "It seems good for me.",
        "Great, I want to reserve that one",
        "We'd like to reserve a table near the window.",
        "I want to find a one way flight to Denver.",
        "That seems like it would work.",
        "Yes, sounds right to me.",
        "Sure, I'd like to learn more about it.",
    ]
    own = [
        "I feel so lonely here, I just want to book a flight home",
        "I want to find someone who actually loves me",
    ]
    assert all(
        model._SERVICE_TALK.search(t.lower()) or model._ACCEPTANCE.fullmatch(t.lower())
        for t in service
    )
    assert not model._SERVICE_TALK.search("i'd like to learn more about why i feel this way")
    assert model._ACCEPTANCE.fullmatch("that one sounds great.")
    assert not model._ACCEPTANCE.fullmatch("that sounds great, i'm so relieved")
    p = model.predict(service + own)["disclosure.emotional"]
    assert np.all(p[: len(service)] < 0.5), p
    assert np.all(p[len(service) :] >= 0.5), p
    # without the rule the weights read the first three as the writer's feeling
    monkeypatch.setattr(model, "_SERVICE_TALK", re.compile(r"(?!)"))
    monkeypatch.setattr(model, "_ACCEPTANCE", re.compile(r"(?!)"))
    assert np.all(model.predict(service[:3])["disclosure.emotional"] >= 0.5)


def test_the_emotional_decision_point_moved_to_a_half_positive_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the shift is added to the logit before the caps: a score of 0.43 before it is 0.5
    texts = EMOTIONAL + NEUTRAL_FACTS + ["I miss her.", "Train at 9."]  # the last two: short
    shifted = model.predict(texts)["disclosure.emotional"]
    monkeypatch.setattr(model, "EMOTIONAL_SHIFT", 0.0)
    plain = model.predict(texts)["disclosure.emotional"]
    logit = np.log(shifted / (1 - shifted)) - np.log(plain / (1 - plain))
    uncapped = (shifted != model.ADDRESSED_CAP) & (plain != model.ADDRESSED_CAP)
    long = np.array([len(model._WORD.findall(t.lower())) > 4 for t in texts])
    assert (uncapped & long).any() and (uncapped & ~long).any()
    assert np.allclose(logit[uncapped & long], np.log(0.57 / 0.43))
    assert np.allclose(logit[uncapped & ~long], 0.0)
    # a message of four words or fewer keeps the training file's decision point
    short = ["Oh, nice.", "I like spicy food.", "Okay."]
    plain_short = model.predict(short)["disclosure.emotional"]
    monkeypatch.setattr(model, "EMOTIONAL_SHIFT", np.log(0.57 / 0.43))
    assert np.array_equal(model.predict(short)["disclosure.emotional"], plain_short)
    monkeypatch.setattr(model, "SHIFT_SKIPS_SHORT", False)
    assert np.all(model.predict(short)["disclosure.emotional"] > plain_short)
    monkeypatch.setattr(model, "SHIFT_SKIPS_SHORT", True)
    monkeypatch.setattr(model, "EMOTIONAL_SHIFT", 0.0)
    other = model.predict(texts)["support.emotional"]
    monkeypatch.setattr(model, "EMOTIONAL_SHIFT", np.log(0.57 / 0.43))
    assert np.array_equal(model.predict(texts)["support.emotional"], other)


def test_advice_about_someone_else_is_not_disclosure() -> None:
    advice = [
        "I think the best thing you can do right now is distance yourself from her.",
        "You should talk to him before you decide anything.",
        "Tell her how you feel and give it a week.",
    ]
    own = ["I feel so hurt that she left without a word"]
    p = model.predict(advice + own)["disclosure.emotional"]
    assert np.all(p[:3] < 0.5), p
    assert p[3] >= 0.5


def test_cues_tell_politeness_and_advice_from_the_writers_feelings() -> None:
    texts = [
        "Perfect, thank you so much!",
        "thank you for always being there, I love you",
        "You should talk to him before you decide anything.",
        "I feel lost and I need to talk to him",
    ]
    cues = hash_texts(texts, 2**10).cues > 0
    formula = cues[:, CUE_NAMES.index("thanks_formula")]
    addressed = cues[:, CUE_NAMES.index("addressed")]
    own = cues[:, CUE_NAMES.index("first_person&own_feeling")]
    assert formula.tolist() == [True, False, False, False]
    assert addressed.tolist() == [False, False, True, False]
    assert own.tolist() == [False, True, False, True]


@pytest.mark.parametrize("nul", [False, True])
def test_batch_code_points_are_each_text_cleaned_alone(nul: bool) -> None:
    """The batch is lower-cased text by text and its apostrophes replaced once; a text
    with a NUL (the separator) takes the text-by-text path. Both give the same array as
    cleaning every text on its own."""
    texts = ["I\u2019M Fine", "ΟΔΟΣ", "\u2018Quoted\u2019", "", "İstanbul", "x" * 2_500]
    if nul:
        texts.append("a\x00b")
    expected = [0, 32]
    for t in texts:
        cleaned = t[:2_000].lower().replace("\x00", " ").replace("\u2019", "'")
        expected += [ord(c) for c in cleaned.replace("\u2018", "'")] + [32, 0, 32]
    assert codepoints(texts).tolist() == expected[:-1]


def test_features_ignore_batch_neighbours() -> None:
    alone = hash_texts(["I miss you so much"], 2**12)
    batch = hash_texts(["hello there", "I miss you so much", "🙂"], 2**12)
    mine = batch.row == 1
    assert sorted(alone.bucket.tolist()) == sorted(batch.bucket[mine].tolist())
    # Every text's group vectors are L2-normalised over occurrences.
    v = occurrence_values(batch)
    sq = np.bincount(batch.row * 2 + batch.group, weights=v * v)
    np.testing.assert_allclose(sq[sq > 0], 1.0)
    np.testing.assert_array_equal(alone.cues[0], batch.cues[1])


def _phrase_hash_alone(phrase: str) -> int:
    """A cue phrase hashed on its own: its word's hash, or the bigram of its two words."""
    cp = codepoints([phrase])
    hashes, _, n_words = features._words(cp, np.zeros(len(cp), dtype=np.int64))
    assert n_words in (1, 2)
    return int(hashes[-1])


def test_cue_phrases_hashed_in_one_batch_as_each_alone() -> None:
    phrases = [
        p.replace("_", " ") for _, spec in features._LISTS for p in spec.replace("|", " ").split()
    ] + ["you’re", "x", "my mum", "🙂"]
    batched = features._phrase_hashes(phrases).tolist()
    assert batched == [_phrase_hash_alone(p) for p in phrases]
    keys, key_bits = features._cue_table()
    slots = [h & (len(keys) - 1) for h in batched[:-4]]
    assert all(keys[s] == h and key_bits[s] for s, h in zip(slots, batched, strict=False))
    with pytest.raises(ValueError, match="one or two words"):
        features._phrase_hashes(["thank", "thank you so"])
    with pytest.raises(ValueError, match="one or two words"):
        features._phrase_hashes(["..."])


def _cues(text: str) -> set[str]:
    row = hash_texts([text], 2**10).cues[0]
    return {name for name, value in zip(CUE_NAMES, row, strict=True) if value > 0}


def test_cues_mark_who_feels_and_who_is_addressed() -> None:
    mine = _cues("Honestly I’m so scared of losing him")
    assert {"first_person", "feeling", "first_person&feeling"} <= mine
    assert "starts_i" in _cues("I'm so scared of losing him")
    assert "you" not in mine and "you&support" not in mine
    reported = _cues("She was really mad at him")
    assert "first_person&feeling" not in reported and "third_person" in reported
    support = _cues("You deserve so much better, sending hugs!")
    assert {"you", "support_word", "you&support", "starts_you", "exclamation"} <= support
    advice = _cues("You need to talk to your husband about it")
    assert {"you&advice", "starts_you"} <= advice
    imperative = _cues("Try couples therapy")
    assert {"starts_imperative", "advice", "short"} <= imperative
    assert "starts_imperative" not in _cues("I tried couples therapy")
    assert {"my_people", "first_person"} <= _cues("My wife is a nurse in Leeds")
    assert {"emoji", "short"} <= _cues("love you 😂")
    assert "emoji" in _cues("that's sweet :)")
    assert {"negation", "negation&feeling"} <= _cues("I'm not sad anymore")


def test_cues_of_empty_and_wordless_texts() -> None:
    feats = hash_texts(["", "😂😂", "!!!", "?"], 2**10)
    assert feats.cues.shape == (4, len(CUE_NAMES))
    names = [{n for n, v in zip(CUE_NAMES, row, strict=True) if v > 0} for row in feats.cues]
    assert names[0] == {"short"}
    assert "emoji" in names[1] and "first_person" not in names[1]
    assert names[2] == {"short", "exclamation"}
    assert names[3] == {"short", "question"}


def test_emoji_are_words_of_their_own() -> None:
    one = hash_texts(["love😂"], 2**16)
    two = hash_texts(["love 😂"], 2**16)
    words_one = set(one.bucket[one.group == 0].tolist())
    words_two = set(two.bucket[two.group == 0].tolist())
    assert words_one == words_two  # same tokens: "love", "😂", and their bigram
    assert len(words_one) == 3


def test_typographic_apostrophe_is_the_ascii_one() -> None:
    """Phones type I’m; the training data mostly has I'm."""
    curly = model.predict(["I’m so sad and I can’t stop crying"])
    plain = model.predict(["I'm so sad and I can't stop crying"])
    for sig in model.MODEL_SIGNALS:
        assert curly[sig][0] == plain[sig][0]


def _point_at(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    def ref() -> Traversable:
        return path

    monkeypatch.setattr(model, "_weights_ref", ref)


def _valid_bytes() -> bytes:
    return model._weights_ref().read_bytes()


def _npz(**arrays: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, allow_pickle=False, **arrays)
    return buf.getvalue()


def _damaged_files() -> dict[str, bytes]:
    good = _valid_bytes()
    meta = {
        "model_version": model.MODEL_VERSION,
        "features_version": FEATURES_VERSION,
        "n_buckets": 8,
        "signals": list(model.MODEL_SIGNALS),
    }
    cues = np.zeros((len(CUE_NAMES), 4), np.float32)
    return {
        "garbage": b"not a model at all" * 100,
        "truncated": good[: len(good) // 2],
        "empty": b"",
        "wrong_shape": _npz(
            weights=np.zeros((4, 4), np.float16),
            cue_weights=cues,
            bias=np.zeros(4, np.float32),
            meta=np.array(json.dumps(meta)),
        ),
        "wrong_cue_shape": _npz(
            weights=np.zeros((8, 4), np.float16),
            cue_weights=np.zeros((3, 4), np.float32),
            bias=np.zeros(4, np.float32),
            meta=np.array(json.dumps(meta)),
        ),
        "no_cue_weights": _npz(
            weights=np.zeros((8, 4), np.float16),
            bias=np.zeros(4, np.float32),
            meta=np.array(json.dumps(meta)),
        ),
        "wrong_version": _npz(
            weights=np.zeros((8, 4), np.float16),
            cue_weights=cues,
            bias=np.zeros(4, np.float32),
            meta=np.array(json.dumps({**meta, "model_version": "other-9"})),
        ),
        "old_features": _npz(
            weights=np.zeros((8, 4), np.float16),
            cue_weights=cues,
            bias=np.zeros(4, np.float32),
            meta=np.array(json.dumps({**meta, "features_version": "hash-1"})),
        ),
        "nan_weights": _npz(
            weights=np.full((8, 4), np.nan, np.float16),
            cue_weights=cues,
            bias=np.zeros(4, np.float32),
            meta=np.array(json.dumps(meta)),
        ),
        "nan_cue_weights": _npz(
            weights=np.zeros((8, 4), np.float16),
            cue_weights=np.full((len(CUE_NAMES), 4), np.inf, np.float32),
            bias=np.zeros(4, np.float32),
            meta=np.array(json.dumps(meta)),
        ),
        "no_meta": _npz(
            weights=np.zeros((8, 4), np.float16), cue_weights=cues, bias=np.zeros(4, np.float32)
        ),
    }


def test_a_well_formed_file_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    """The damaged files below differ from this one in one respect each."""
    meta = {
        "model_version": model.MODEL_VERSION,
        "features_version": FEATURES_VERSION,
        "n_buckets": 8,
        "signals": list(model.MODEL_SIGNALS),
    }
    ok = tmp_path / "ok.npz"
    ok.write_bytes(
        _npz(
            weights=np.zeros((8, 4), np.float16),
            cue_weights=np.zeros((len(CUE_NAMES), 4), np.float32),
            bias=np.zeros(4, np.float32),
            meta=np.array(json.dumps(meta)),
        )
    )
    _point_at(monkeypatch, ok)
    out = model.predict(["I feel sad", "I feel sad about how the whole week went"])
    shifted = 1 / (1 + np.exp(-model.EMOTIONAL_SHIFT))  # zero weights: the shift alone
    assert out["disclosure.emotional"][0] == 0.5  # four words or fewer: no shift
    assert out["disclosure.emotional"][1] == pytest.approx(shifted)
    # Advice read weakly in a text with no mark of advice is held under the line (h-inform).
    assert np.all(out["support.informational"] == model.SUPPORT_CAP)
    held = {"disclosure.emotional", "support.informational"}
    assert all(np.all(p == 0.5) for name, p in out.items() if name not in held)


@pytest.mark.parametrize("kind", sorted(_damaged_files()))
def test_damaged_weights_raise_model_error(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    bad = tmp_path / model.WEIGHTS_FILE
    bad.write_bytes(_damaged_files()[kind])
    _point_at(monkeypatch, bad)
    with pytest.raises(ModelError) as info:
        model.predict(["I feel sad"])
    assert model.WEIGHTS_FILE in str(info.value)
    assert "I feel sad" not in str(info.value)
    assert not model.available()


def test_missing_weights_raise_model_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    _point_at(monkeypatch, tmp_path / "nowhere.npz")
    with pytest.raises(ModelError, match="missing"):
        model.predict(["hello"])


@pytest.fixture(scope="module")
def claff() -> list[claff_split.Sentence]:
    return claff_split.load()


def test_split_is_fixed_and_disjoint(claff: list[claff_split.Sentence]) -> None:
    parts = claff_split.split(claff)
    again = claff_split.split(list(reversed(claff)))
    threads = {name: {s.thread_id for s in part} for name, part in parts.items()}
    for name in claff_split.SPLITS:
        assert threads[name] == {s.thread_id for s in again[name]}
        assert {s.sentence_id for s in parts[name]} == {s.sentence_id for s in again[name]}
    assert not threads["train"] & threads["dev"]
    assert not threads["train"] & threads["test"]
    assert not threads["dev"] & threads["test"]
    sizes = {name: len(part) for name, part in parts.items()}
    assert sum(sizes.values()) == len(claff) == 12_860
    assert abs(sizes["train"] / len(claff) - 0.70) < 0.01
    assert abs(sizes["test"] / len(claff) - 0.15) < 0.01


def test_split_matches_the_trained_model(claff: list[claff_split.Sentence]) -> None:
    """The shipped weights were trained on this split (salt recorded in the file)."""
    with model._weights_ref().open("rb") as fh, np.load(fh) as npz:
        meta = json.loads(str(npz["meta"]))
    assert meta["split_salt"] == claff_split.SPLIT_SALT
    assert meta["split_mode"] == "thread"
    assert tuple(meta["cues"]) == CUE_NAMES


def test_random_split_is_fixed_stratified_and_leaky(claff: list[claff_split.Sentence]) -> None:
    """The comparison split: by sentence, same labels mix on every side."""
    parts = claff_split.split_by("random", claff)
    again = claff_split.random_split(list(reversed(claff)))
    ids = {name: {s.sentence_id for s in part} for name, part in parts.items()}
    for name in claff_split.SPLITS:
        assert ids[name] == {s.sentence_id for s in again[name]}
    assert sum(len(p) for p in parts.values()) == len(claff)
    assert not ids["train"] & ids["test"] and not ids["dev"] & ids["test"]
    for sig in model.MODEL_SIGNALS:
        rates = [np.mean([s.labels[sig] for s in parts[n]]) for n in claff_split.SPLITS]
        assert max(rates) - min(rates) < 0.01, (sig, rates)
    threads = {name: {s.thread_id for s in part} for name, part in parts.items()}
    assert threads["train"] & threads["test"]  # leaky by design: why it is not the headline
    assert abs(len(parts["test"]) / len(claff) - 0.15) < 0.01
    with pytest.raises(ValueError):
        claff_split.split_by("by-author", claff)


def test_windows_1252_escapes_are_normalised() -> None:
    assert claff_split.normalise("I<U+0092>m sobbing") == "I\u2019m sobbing"
    assert claff_split.normalise("<U+0093>hi<U+0094> <U+0001F602>") == "\u201chi\u201d \U0001f602"


def test_a_clerks_apology_for_something_unavailable_is_not_emotional_support() -> None:
    apologies = [
        "sorry, that hotel is full",
        "I'm so sorry, we are fully booked that night",
        "Unfortunately there are no tables left at 7",
        "I'm sorry, I don't have any trains leaving at that time.",
    ]
    sympathy = [
        "so sorry to hear the hotel was full, that must have been stressful",
        "sorry, I know your plate is full right now",
        "I'm so sorry you're going through this",
    ]
    assert all(model._service_apology(t) for t in apologies)
    assert not any(model._service_apology(t) for t in sympathy)
    p = model.predict(apologies + sympathy[:1] + sympathy[2:])["support.emotional"]
    assert np.all(p[:4] < 0.5), p
    assert np.all(p[4:] >= 0.5), p


def test_a_put_down_is_not_emotional_support() -> None:
    put_downs = [
        "you don't deserve this family",
        "you don't deserve me",
        "honestly you don't deserve anything from me",
    ]
    sympathy = ["you didn't deserve any of that", "you don't deserve this."]
    assert all(model._PUT_DOWN.search(t.lower()) for t in put_downs)
    assert not any(model._PUT_DOWN.search(t.lower()) for t in sympathy)
    p = model.predict(put_downs + sympathy)["support.emotional"]
    assert np.all(p[:3] < 0.5), p
    # claff-lr-5 reads "you didn't deserve any of that" at 0.35 (claff-lr-3 0.78): a comfort
    # the couple lines cost, named in docs/validity.md (h-encouple2); the other still holds
    assert p[4] >= 0.5, p


def test_told_you_so_and_at_least_you_have_are_not_emotional_support() -> None:
    """Blame for not listening and what the other still has after a loss (h-fail3): the
    model's reading stays below 0.5 unless sympathy stands beside it."""
    not_comfort = [
        "well I told you so",
        "I told you he was like that",
        "at least you still have your health",
        "didn't I warn you about that guy",
    ]
    kept = [
        "I told you I'd always be here for you",
        "at least you tried, and that took guts",
        "I'm so sorry, at least you still have your health but this is awful",
    ]
    assert all(model._not_comfort(t) for t in not_comfort)
    assert not any(model._not_comfort(t) for t in kept)
    p = model.predict(not_comfort + kept[:1])["support.emotional"]
    assert np.all(p[:4] < 0.5), p
    assert p[4] >= 0.5, p


def test_thanks_for_support_received_is_gratitude_not_emotional_support() -> None:
    """h-claff4: the writer thanking the other for support received is gratitude, not
    support offered (CL-Aff's guide: "Thank you for your time." is not supportive); the
    model read such lines at 0.6-0.9. Sympathy said beside the thanks keeps its support,
    and in a couple's chat the thanks still reads as gratitude (a depth signal)."""
    thanks = [
        "Thank you for the kind words.",
        "thanks so much for all your support",
        "Thank you for your kind words stranger, I really needed them.",
        "I definitely felt your support",
        "thank you for listening babe",
        "your kind words mean a lot",
    ]
    kept = [
        "Thank you for your kind words, I'm so sorry you went through it too",
        "thanks for the support, hugs back to you",
        "I'm so sorry you're going through this",
    ]
    assert all(model._thanks_for_support(t) for t in thanks)
    assert not any(model._thanks_for_support(t) for t in kept)
    assert not model._thanks_for_support("thank you for your help with the booking")
    scored = score_texts(thanks + kept).scores
    assert np.all(np.asarray(scored["support.emotional"][:6]) < 0.5), scored["support.emotional"]
    assert np.all(np.asarray(scored["support.emotional"][6:]) >= 0.5), scored["support.emotional"]
    couple = [
        "Thank you for the kind words.",
        "thanks so much for all your support",
        "thank you for listening babe",
        "I really appreciate your support",
    ]
    for text in couple:
        assert score_text(text, "en").scores["gratitude"] >= 0.5, text
    # thanks for comfort received is no thanks formula for disclosure (the model decides);
    # a bare thanks formula still is
    assert model._THANKS_FOR_COMFORT.search("thank you for the kind words")
    assert not model._THANKS_FOR_COMFORT.search("thank you so much for your help")
    p = model.predict(["Thank you for the kind words.", "Perfect, thank you so much!"])
    assert p["disclosure.emotional"][0] >= 0.5 > p["disclosure.emotional"][1], p


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # validation of who the other is or what they want (v13)
        ("there's nothing wrong with being bisexual", True),
        ("honestly there is nothing wrong with how you feel babe", True),
        ("there's nothing wrong with wanting time for yourself", True),
        ("there's nothing wrong with the car, the garage checked it", False),
        # control dressed as validation never reads as comfort
        ("there's nothing wrong with wanting to know where you are every minute", False),
        ("there's nothing wrong with being jealous, it shows I care", False),
        ("there's nothing wrong with checking your phone if you have nothing to hide", False),
        ("there's nothing wrong with doing what he tells you", False),
        # confidence in the other's recovery (v13)
        ("you can and will turn this around", True),
        ("I can tell you'll come out on top of this", True),
        ("you'll bounce back from this, I know it", True),
        ("you'll come out at the station, turn left", False),
        ("you will turn this around by friday or I'm leaving", False),
        # warmth sent the other's way (v13)
        ("sending you strength and positive thoughts", True),
        ("good vibes your way for tomorrow", True),
        ("sending the tickets to your email now", False),
        ("sending my thoughts to the team on the proposal", False),
    ],
)
def test_validation_recovery_and_warmth_entries(text: str, fires: bool) -> None:
    """support_emotional.yaml version 13 (h-claff4): must-fire and must-not-fire twins,
    the lexicon alone and the message-level score (lexicon and model together)."""
    lexicon = score_text(text, "en", model=False).scores["support.emotional"]
    full = score_text(text, "en").scores["support.emotional"]
    if fires:
        assert lexicon >= 0.7 and full >= 0.5, (text, lexicon, full)
    else:
        assert lexicon < 0.5 and full < 0.5, (text, lexicon, full)


@pytest.mark.parametrize(
    ("text", "support", "gratitude"),
    [
        # the Chinese twins (v13 / gratitude v5): thanks for comfort is gratitude, not support
        ("谢谢你的安慰", False, True),
        ("谢谢你的支持，我真的很感动", False, True),
        ("你难过没什么不对的", True, False),
        ("你有这种感觉没有错", True, False),
        ("你一定能挺过去的", True, False),
        ("你查我手机没什么不对的", False, False),
        ("我查你手机没有什么错", False, False),
        ("你这周必须熬过去，否则我就走", False, False),
        ("从这个路口走过去就到了", False, False),
    ],
)
def test_chinese_twins_of_the_validation_and_thanks_constructs(
    text: str, support: bool, gratitude: bool
) -> None:
    scores = score_text(text, "zh").scores
    assert (scores["support.emotional"] >= 0.5) == support, (text, scores["support.emotional"])
    assert (scores["gratitude"] >= 0.5) == gratitude, (text, scores["gratitude"])


def test_approval_of_complying_with_control_is_not_emotional_support() -> None:
    """lang/en/guards/compliance.yaml: the guard catches its examples and leaves its
    must_not_fire lines; the model keeps approval of compliance below 0.5 and still reads
    approval of a step of the writer's own partner as support."""
    path = resources.files("unmask.lang").joinpath("en", "guards", "compliance.yaml")
    data = yamlload.safe_load(path.read_text(encoding="utf-8"))
    assert data["examples"] and data["must_not_fire"]
    assert all(model.praises_compliance(t) for t in data["examples"])
    assert not any(model.praises_compliance(t) for t in data["must_not_fire"])
    complying = ["you did the right thing to obey him", "Good girl, you gave him your password."]
    own_step = ["you did the right thing to leave him", "so proud of you for standing up to him"]
    p = model.predict(complying + own_step)["support.emotional"]
    assert np.all(p[:2] < 0.5), p
    # the model alone reads "... to leave him" at 0.494 under claff-lr-5 (claff-lr-3 0.62);
    # the scorer still reads both as support (the support lexicon, 0.90 and 0.94)
    assert p[3] >= 0.5, p
    assert np.all(score_texts(own_step).scores["support.emotional"] >= 0.5)
    for text in complying:  # the message-level score, lexicon and model together
        assert score_text(text, "en").scores["support.emotional"] < 0.5, text


#: damaged files whose header still names this model: only the weights show the damage
_HEADER_READS_WELL = {
    "wrong_shape",
    "wrong_cue_shape",
    "no_cue_weights",
    "nan_weights",
    "nan_cue_weights",
}


@pytest.mark.parametrize("kind", sorted(_damaged_files()))
def test_declared_reads_the_header_alone(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    """``declared`` checks what the header says (versions, signals, bucket count) without
    the weights; ``available`` checks the weights too."""
    assert model.declared()
    bad = tmp_path / model.WEIGHTS_FILE
    bad.write_bytes(_damaged_files()[kind])
    _point_at(monkeypatch, bad)
    assert model.declared() == (kind in _HEADER_READS_WELL)
    assert not model.available()


def test_decoded_weights_are_cached_by_the_files_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    """load_npz keeps the decoded arrays in the compiled cache, named by a hash of the file's
    bytes: a second load reads the cached copy (the same bits), a changed file is decoded
    again (a damaged one is still a ModelError), and without a cache the file is read."""
    monkeypatch.setenv("UNMASK_CACHE_DIR", str(tmp_path / "cache"))
    good, damaged = _valid_bytes(), _damaged_files()
    path = tmp_path / model.WEIGHTS_FILE
    path.write_bytes(good)
    _point_at(monkeypatch, path)
    wanted = {"weights": np.float32, "cue_weights": np.float64, "bias": np.float64}
    first, meta = model.load_npz(path, model.WEIGHTS_FILE, wanted)
    stored = sorted((tmp_path / "cache").glob("weights-*"))
    assert len(stored) == 1
    decoded: list[bool] = []
    real_decode = model._decode

    def counting(*args: object, **kwargs: object) -> object:
        decoded.append(True)
        return real_decode(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(model, "_decode", counting)
    again, meta_again = model.load_npz(path, model.WEIGHTS_FILE, wanted)
    assert not decoded and meta_again == meta
    for name in wanted:
        assert again[name].dtype == first[name].dtype
        assert again[name].tobytes() == first[name].tobytes()
    assert model.available() and not decoded  # the layer itself reads the cached copy
    # other types asked for: another cached copy
    model.load_npz(path, model.WEIGHTS_FILE, {**wanted, "weights": np.float64})
    assert decoded
    for kind, data in damaged.items():
        if kind in {"garbage", "truncated", "empty"}:
            path.write_bytes(data)
            with pytest.raises(ModelError):
                model.load_npz(path, model.WEIGHTS_FILE, wanted)
    path.unlink()
    with pytest.raises(ModelError, match="missing"):
        model.load_npz(path, model.WEIGHTS_FILE, wanted)
    monkeypatch.setenv("UNMASK_CACHE_DIR", "off")
    path.write_bytes(good)
    off, _ = model.load_npz(path, model.WEIGHTS_FILE, wanted)
    assert off["weights"].tobytes() == first["weights"].tobytes()


_OWN_EXPERIENCE_TWINS = [
    # the writer's own experience beside words addressed to the other: the model decides
    "Something similar happened to my husband, so I totally get what you are saying.",
    "You're right that it's unfair to expect my partner to fulfill every single need I have.",
    "You know, when my dad left I couldn't get out of bed for a week, so take your time.",
]
_ADDRESSED_TWINS = [
    # advice, demands and opinions about the other stay capped
    "I think you should leave him.",
    "If I were you I'd talk to her before deciding.",
    "I want you to tell me where you are every night.",
    "I told you so, you should have listened to me.",
    # an insult at the reader is never the writer's disclosure
    "You're pathetic, I can't believe I married you.",
    "You're such a liar, I gave you everything.",
    "You disgust me, I wasted my twenties on you",
    # a customer's request
    "Could you book me a table for two at 7?",
]


def test_own_experience_beside_words_to_the_other() -> None:
    """disclosure.emotional version 14 (h-claff5): a text addressed to the other in which
    the writer speaks of their own experience (``model._own_experience``) is not capped as
    advice; advice frames, demands, insults at the reader and requests still are. A
    request naming "my reservation" is the writer's, but the model reads it low."""
    assert all(model._own_experience(t) for t in _OWN_EXPERIENCE_TWINS)
    assert not any(model._own_experience(t) for t in _ADDRESSED_TWINS)
    request = ["You should call the hotel and ask about my reservation."]
    p = np.asarray(
        score_texts(_OWN_EXPERIENCE_TWINS + _ADDRESSED_TWINS + request).scores[
            "disclosure.emotional"
        ]
    )
    n = len(_OWN_EXPERIENCE_TWINS)
    assert np.all(p[:n] >= 0.5), p
    assert np.all(p[n:] < 0.5), p


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # signs of a feeling with no feeling word (disclosure.emotional v14, h-claff5)
        ("I couldn't sleep at all last night after what you said", True),
        ("my hands were shaking when I read your message", True),
        ("I just sat in my car for an hour before I could go inside", True),
        ("I lay awake thinking about us", True),
        ("看到你的消息我手一直在抖", True),
        ("我在车里坐了一个小时才进门", True),
        # the same words about a noise, a wait, a baby or a dog
        ("I couldn't sleep because of the noise from the neighbours", False),
        ("I just sat in the car for an hour waiting for the tow truck", False),
        ("the baby can't sleep, can you bring the white noise machine", False),
        ("the dog's legs were shaking after the bath, is that normal", False),
        ("宝宝的手在抖，是不是冷了", False),
        ("我在车里坐了一个小时等修车的人", False),
    ],
)
def test_signs_of_a_feeling_without_a_feeling_word(
    text: str, fires: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """en and zh disclosure_emotional.yaml version 14: the entries stand beside the models
    (English: ``model.LEXICON_FLOOR`` at 0.95); must-fire and must-not-fire twins. Read
    before the control gate (h-ctrldepth): the safety model reads monitoring in
    "看到你的消息我手一直在抖" (a false alarm), and the gate drops its depth."""
    monkeypatch.setattr(control_gate, "apply", lambda scores, evidence, likely=None: None)
    full = float(score_texts([text]).scores["disclosure.emotional"][0])
    assert (full >= 0.5) is fires, (text, full)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # thanks for the other's sharing is a gratitude formula, not the thanker's own
        # feeling (issue 10's construct; h-claff6 tried it as disclosure for CL-Aff's
        # "Thanks for sharing the story." and the lead took it out: +.001 on the test side)
        ("Thanks for sharing the story.", False),
        ("Thank you for sharing this with me, babe.", False),
        ("thanks for opening up to me", False),
        # the thanker's own feeling beside the thanks still reads
        ("thank you for sharing this with me, I feel so much closer to you now", True),
        # thanks for a thing shared, for news or help, a chore, and sarcasm at the reader
        ("thanks for sharing the address, see you at 7", False),
        ("Thank you for sharing that information, let me check your order.", False),
        ("thanks for telling me, I'll pick you up at 6", False),
        ("thanks for letting me know", False),
        ("thank you for your help with the booking", False),
        ("thanks for reading the contract before you signed it", False),
        ("thanks for sharing, genius", False),
        ("Thanks for sharing, nobody asked.", False),
    ],
)
def test_thanks_for_the_others_sharing_is_no_disclosure(text: str, fires: bool) -> None:
    """Thanks for sharing, for news, help or a thing is a formula: the English model's
    ``thanks_formula`` cap holds it below 0.5 unless the thanker names a feeling of their
    own; must-fire and must-not-fire twins."""
    full = float(score_texts([text]).scores["disclosure.emotional"][0])
    assert (full >= 0.5) is fires, (text, full)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # h-claff7: the cap held the writer's own feeling said in a clause beside words to
        # the other: "can't tell you how" (an intensifier, no refusal), "me" as the one who
        # feels, and a state named beside a thanks
        ("I can't tell you how much it meant to me.", True),
        ("I can't tell you how much that meant to me, babe.", True),
        ("It's just the silence that kills me, you hardly say anything back.", True),
        # h-couplemodel13: with "you never" the line is a reproach at the other, whose feeling
        # the couple layer's English rule drops (couple_model.SHAPE_RULE); the cap lets it by
        ("It's just the silence that kills me, you never say anything back.", False),
        ("It breaks me to see you like this, you should rest.", True),
        # claff-lr-5: "thanks babe, I was so relieved" 0.498 (claff-lr-3 0.65), so longer
        ("thanks babe, I was so relieved you made it", True),
        ("Thanks for answering, I was actually curious", True),
        # a refusal, "me" after a request or a frame, insults, and thanks formulas stay capped
        ("I can't tell you where he is, you should ask him.", False),
        ("Don't even get me started, you should just ignore him.", False),
        ("Trust me, you should call him", False),
        ("Pm me if you want any more info!", False),
        ("Could you book me a table for two at 7?", False),
        ("You make me sick.", False),
        ("you make me want to throw up, get out", False),
        ("Thank you so much this means a lot to me!!", False),
        ("thanks, I'm good", False),
        ("thanks, I'm free at 6", False),
        ("thanks, I was lost on the way to the hotel", False),
        ("Thanks, I was confused about the times, can you book the 7pm train?", False),
    ],
)
def test_the_cap_keeps_to_the_clause_it_describes(text: str, fires: bool) -> None:
    """``_cap_addressed`` (h-claff7): ``_own_experience`` counts "me" as the one who feels
    (``_EXPERIENCER_ME``) and no longer takes "I can't tell you how" for a frame; a thanks
    formula beside the writer's own state (``_OWN_STATE``) is left to the model. Must-fire
    and must-not-fire twins."""
    full = float(score_texts([text]).scores["disclosure.emotional"][0])
    assert (full >= 0.5) is fires, (text, full)


def test_experiencer_me_and_own_state_patterns() -> None:
    """The two patterns alone: "me" as the one who feels, not after a request; a state, not
    gratitude or a plan."""
    assert model._EXPERIENCER_ME.search("that meant so much to me")
    assert model._EXPERIENCER_ME.search("it really gets to me when you do that")
    assert not model._EXPERIENCER_ME.search("could you get me a table")
    assert not model._EXPERIENCER_ME.search("text me when you get home")
    assert model._OWN_STATE.search("thank you, i've been so overwhelmed")
    assert not model._OWN_STATE.search("thank you, i'm so grateful")
    assert not model._OWN_STATE.search("thanks, i'm free at 6")
    assert model._own_experience("I can't tell you how relieved I was")
    assert not model._own_experience("I can't tell you what to do, you should decide")


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # h-claff7: the writer names a feeling of their own in a clause beside a word the
        # logistics lexicon reads ("attraction", "2 hours", "the hotel"): the model decides
        ("I feel sexual attraction to women but never any romantic attraction.", True),
        ("The 2 hours on that train terrified me.", True),
        ("It still hurts me to drive past the hotel where we met.", True),
        # a customer's feeling beside a request, an opinion, a clerk's formula: surface talk
        ("I'm so excited to visit Cambridge, can you book a taxi?", False),
        ("I do not feel that way, the 7pm train is fine.", False),
        ("Sorry I couldn't be of more help, the taxi will arrive in 10 minutes.", False),
        ("No, I do not wish to make an appointment.", False),
        ("I'd love a table for 2 people at 7pm.", False),
        ("I hope the hotel has free wifi.", False),
    ],
)
def test_the_surface_guard_spares_the_writers_own_feeling(text: str, fires: bool) -> None:
    """``model.spares_surface`` (h-claff7): the surface guard of ``scorer._apply_model``
    leaves a clause with a first-person word and a feeling word to the model, unless the text
    asks for something; must-fire and must-not-fire twins."""
    full = float(score_texts([text]).scores["disclosure.emotional"][0])
    assert (full >= 0.5) is fires, (text, full)


def test_spares_surface_only_the_rows_asked() -> None:
    texts = ["The 2 hours on that train terrified me.", "I feel like the 7pm is better."]
    assert model.spares_surface(texts, np.array([True, True])).tolist() == [True, False]
    assert model.spares_surface(texts, np.array([False, True])).tolist() == [False, False]
    insult = ["You're pathetic, the 2 hours with you terrified me."]
    assert not model.spares_surface(insult, np.array([True]))
