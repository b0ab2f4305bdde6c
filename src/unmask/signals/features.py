"""Hashed text features shared by model training and inference.

Why our own hashing: the shipped model is a table of weights indexed by
feature bucket, so inference must compute *exactly* the buckets training
saw, with numpy only (no scikit-learn at run time) and fast enough for a
decade of chat (hundreds of thousands of short messages a second). Python's
``hash()`` is salted per process and a per-n-gram Python loop is far too
slow, so everything here is vectorised over a whole batch of texts:

* the batch is joined into one array of code points, texts separated by a
  sentinel, each text lower-cased and padded with one space on each side;
* **char n-grams** (n = 2..5) are polynomial hashes of shifted slices of that
  array (uint64 arithmetic that wraps, then a 64-bit mixer), dropped where
  the window crosses a sentinel;
* **words** are maximal runs of letters, digits and apostrophes (each emoji
  is a word of its own); a word's hash is a wrapped sum of per-character
  hashes that include the position inside the word, summed with
  ``np.add.reduceat``; **word bigrams** combine two neighbouring word hashes.

A feature is ``(row, bucket, value)``: each group (words+bigrams, char
n-grams) is L2-normalised per text, like the two blocks of a TF matrix
(IDF weighting was tried and did not help on dev). Duplicated buckets are kept as separate
occurrences; a linear model sums them, so training (a sparse matrix that sums
duplicates) and inference (``np.bincount``) compute the same function.

Every constant below is part of the model contract: changing any of them
requires retraining and a new ``MODEL_VERSION``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from unmask.npset import unique

#: feature-hash version; stored in the weights file and checked at load time
FEATURES_VERSION = "hash-3"
SENTINEL = 0  # code point that separates texts (NUL never survives _clean)
CHAR_NGRAMS: tuple[int, ...] = (2, 3, 4, 5)
MAX_CHARS = 2_000  # longer texts are cut: bounded time per message

_PRIME = np.uint64(0x100000001B3)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SHIFT30, _SHIFT27, _SHIFT31 = np.uint64(30), np.uint64(27), np.uint64(31)
_WORD_SEED = np.uint64(0x9E3779B97F4A7C15)
_BIGRAM_SEED = np.uint64(0xC2B2AE3D27D4EB4F)
_POS_SHIFT = np.uint64(24)


@dataclass(frozen=True)
class HashedFeatures:
    """Feature occurrences of a batch of texts, one entry per occurrence.

    ``group`` is 0 for word unigrams/bigrams and 1 for char n-grams; the two
    groups share one bucket space of size ``n_buckets``.
    """

    n_rows: int
    n_buckets: int
    row: np.ndarray  # int64, text index of each occurrence
    bucket: np.ndarray  # int64 in [0, n_buckets)
    group: np.ndarray  # int8, 0 = words, 1 = chars
    cues: np.ndarray  # (n_rows, len(CUE_NAMES)) float64, see _cues


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the output. ``h`` is mixed in
    place and returned: every caller hands a fresh array of its own (the same operations
    as on copies, so the same bits, without five temporaries of its size)."""
    shifted = h >> _SHIFT30
    h ^= shifted
    h *= _MIX1
    np.right_shift(h, _SHIFT27, out=shifted)
    h ^= shifted
    h *= _MIX2
    np.right_shift(h, _SHIFT31, out=shifted)
    h ^= shifted
    return h


_TRANSLATE = str.maketrans({"\x00": " ", "\u2019": "'", "\u2018": "'"})


def _clean(text: str) -> str:
    """Lower-case, cut very long texts, drop NUL (our sentinel) and make the
    typographic apostrophe that phones type (I’m) the ASCII one (I'm)."""
    return text[:MAX_CHARS].lower().translate(_TRANSLATE)


def codepoints(texts: Sequence[str]) -> np.ndarray:
    """All texts as one uint64 code-point array: ``SEP ' ' text ' ' SEP ...``.

    Lone surrogates (possible in strings decoded with ``surrogateescape``)
    become ``?`` instead of failing.

    Each text is cut and lower-cased on its own (as :func:`_clean` does), but the
    apostrophes are replaced once in the joined batch (``str.translate`` visits every
    character from Python-level lookups: it was most of this function's time). Where a
    text holds a NUL (the separator) the batch is cleaned text by text instead.
    """
    body = " \x00 ".join([t[:MAX_CHARS].lower() for t in texts])
    if body.count("\x00") == max(len(texts) - 1, 0):
        body = body.replace("\u2019", "'").replace("\u2018", "'")
    else:
        body = " \x00 ".join(_clean(t) for t in texts)
    joined = "\x00 " + body + " \x00"
    raw = joined.encode("utf-32-le", errors="replace")
    return np.frombuffer(raw, dtype=np.uint32).astype(np.uint64)


def _word_char_mask(cp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(is part of a word, is a one-character token such as an emoji)."""
    ascii_word = np.zeros(128, dtype=bool)
    for lo, hi in ((48, 57), (97, 122), (65, 90)):
        ascii_word[lo : hi + 1] = True
    ascii_word[39] = True  # apostrophe: don't, i'm
    small = cp < 128
    word = np.zeros(cp.shape, dtype=bool)
    word[small] = ascii_word[cp[small].astype(np.int64)]
    # Non-ASCII: letters of every script are word characters, except general
    # punctuation/symbol blocks; pictographs are tokens on their own.
    big = ~small
    symbol = (cp >= 0x2000) & (cp < 0x2C00) | (cp >= 0x3000) & (cp < 0x3040)
    single = (cp >= 0x1F000) | (cp >= 0x2600) & (cp < 0x2800)
    word |= big & (cp >= 0xC0) & ~symbol & ~single & (cp != 0xFFFD)
    return word, single


def _char_ngrams(
    cp: np.ndarray, doc: np.ndarray, is_sep: np.ndarray
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Hashes and rows of char n-grams that do not cross a text boundary.

    ``ok`` marks the n-grams that hold no separator, one order from the one before (the
    (n-1)-gram at the same place holds none, nor does the n-th character): the same marks
    as counting the separators in each window, on one byte a place instead of eight."""
    not_sep = ~is_sep
    ok = not_sep
    rows: list[np.ndarray] = []
    hashes: list[np.ndarray] = []
    h = cp
    for n in range(2, max(CHAR_NGRAMS) + 1):
        h = h[:-1] * _PRIME
        h += cp[n - 1 :]
        ok = ok[:-1] & not_sep[n - 1 :]
        if n not in CHAR_NGRAMS:
            continue
        m = len(cp) - n + 1
        kept = h[ok]
        kept += np.uint64(n)
        hashes.append(_mix(kept))
        rows.append(doc[:m][ok])
    return hashes, rows


def _words(
    cp: np.ndarray, doc: np.ndarray, masks: tuple[np.ndarray, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray, int]:
    """Hashes and rows of word unigrams followed by word bigrams, and the
    number of unigrams (``masks``: :func:`_word_char_mask` if already known)."""
    word, single = masks if masks is not None else _word_char_mask(cp)
    idx = np.arange(len(cp), dtype=np.int64)
    prev_word = np.concatenate(([False], word[:-1]))
    starts_mask = (word & ~prev_word) | single
    token = word | single
    starts = np.flatnonzero(starts_mask)
    if len(starts) == 0:
        empty = np.zeros(0, dtype=np.uint64)
        return empty, np.zeros(0, dtype=np.int64), 0
    start_of = np.maximum.accumulate(np.where(starts_mask, idx, 0))
    pos = (idx - start_of).astype(np.uint64)
    char_h = _mix(cp + (pos << _POS_SHIFT) + _WORD_SEED)
    char_h[~token] = 0
    # A token runs from its start to the next start or the next non-token char;
    # non-token chars add 0, so summing from start to the next start is exact.
    word_h = _mix(np.add.reduceat(char_h, starts))
    word_row = doc[starts]
    same = word_row[1:] == word_row[:-1]
    bigram_h = _mix(word_h[:-1][same] * _PRIME + word_h[1:][same] + _BIGRAM_SEED)
    bigram_row = word_row[:-1][same]
    hashes = np.concatenate((word_h, bigram_h))
    return hashes, np.concatenate((word_row, bigram_row)), len(word_h)


# --- Cue features -----------------------------------------------------------
# A linear model over n-grams cannot express "a first-person word AND a
# feeling word somewhere in the sentence" or "you ... should": these few
# conjunctions and shape cues are what annotators keyed on (the CL-Aff
# instructions: *the author's* feelings, sympathy *to someone*, advice), so
# they are computed here as a small dense block beside the hashed buckets.
# Membership is tested on the word/bigram hashes already computed above, so
# the block costs a few vectorised passes, not a regex per message.

_FIRST_PERSON = "i i'm im i've ive i'd i'll me my myself mine"
_FEELING = (
    "feel feels feeling feelings felt love loved loves loving hate hated hates sad happy glad "
    "scared afraid angry mad cry crying cried tears tear hurt hurts upset jealous proud excited "
    "worried anxious miss missed sorry lucky grateful thankful heart lol haha hahaha omg awesome "
    "beautiful amazing wow funny cute sweet wish hope enjoy enjoyed disgusted disgusting annoyed "
    "annoying frustrated frustrating depressed depressing depression lonely ashamed embarrassed "
    "embarrassing terrified devastated heartbroken fuck fucking damn ugh wtf aww awww yay thanks "
    "thank appreciate laughed laughing laugh smile smiling blessed touched melted envy nervous "
    "stress stressed stressful scary terrible horrible worst best favorite favourite"
)
#: feeling words that are the writer's own state, not an evaluation ("the best thing",
#: "amazing") or a formula ("thanks", "lol"): what "first person & own feeling" needs
_EVALUATIVE_WORDS = (
    "best worst favorite favourite awesome amazing beautiful wow funny cute sweet lucky "
    "thanks thank appreciate lol haha hahaha omg terrible horrible"
)
_EVALUATIVE = frozenset(_EVALUATIVE_WORDS.split())
_OWN_FEELING = " ".join(w for w in _FEELING.split() if w not in _EVALUATIVE)
#: the same words, for the model's text checks (``model._happy_to_serve``)
OWN_FEELING_WORDS = _OWN_FEELING
#: the first-person words of the ``first_person`` cue (read by ``model.spares_surface`` too)
FIRST_PERSON_WORDS = _FIRST_PERSON
#: an eye-roll (🙄, 😒): what it stands beside is mock, not warmth ("so sorry your life is so
#: hard 🙄"); the model's support caps and the reply signals' take-back check both read it
EYE_ROLL = re.compile("[\U0001f644\U0001f612]")

_YOU = "you your you're youre yours yourself u ur you've you'll you'd"
_SUPPORT = (
    "sorry hope luck hug hugs deserve deserves strong proud best great wonderful congrats "
    "congratulations glad amazing awesome beautiful happy love okay ok fine alright sweet cute "
    "lucky brave worth keep hang care support supportive wish wishing kind good better heal "
    "healing strength virtual internet|here_for"
)
_ADVICE = (
    "should shouldn't must could try tell consider maybe suggest recommend get go ask therapy "
    "therapist counseling counselling counselor divorce leave would never don't "
    "|need_to needs_to have_to talk_to make_sure do_not why_not if_you best_thing you_can "
    "can_do"
)
_NEGATION = "not no never don't dont can't cant won't didn't isn't wasn't nothing nobody"
_THIRD = (
    "he she his her him they their them husband wife boyfriend girlfriend bf gf son daughter "
    "mom dad mother father kid kids parent parents"
)
_PEOPLE = (
    "husband wife boyfriend girlfriend bf gf son daughter mom mum dad mother father kid kids "
    "parents family brother sister friend partner fiance fiancee dog cat job boss"
)
_MY_PEOPLE = " ".join(f"{p}_{w}" for p in ("my", "our") for w in _PEOPLE.split())  # noqa: SIM905
_IMPERATIVE = (
    "just please try talk get go tell don't do make be ask take find stop leave keep give let"
)
_START_I = "i i'm im i've i'd i'll"
_THANK = "thank thanks thx"
_THANKS_FORMULA = "thank thanks thx appreciate appreciated"
FORMULA_MAX_WORDS = 10  # a thanks formula is short: "Great, thank you so much for your help!"
_EMOTICON_PAIRS = np.array(
    [ord(a) * 0x110000 + ord(b) for a, b in (":)", ":(", ";)", ":d", ":p", "<3")], dtype=np.uint64
)

#: names of the cue columns, in order (part of the features contract)
CUE_NAMES: tuple[str, ...] = (
    "first_person", "feeling", "first_person&feeling", "you", "support_word", "you&support",
    "you&advice", "advice", "negation", "negation&feeling", "exclamation", "question", "emoji",
    "third_person", "my_people", "short", "long", "log_length", "starts_you", "starts_i",
    "starts_thank", "starts_imperative", "first_person&own_feeling", "addressed",
    "thanks_formula",
)  # fmt: skip
CUE_SCALE = 0.5  # cue values are 0/1 (log_length ~0.5..1) times this


_LISTS: tuple[tuple[str, str], ...] = (
    ("first_person", _FIRST_PERSON), ("feeling", _FEELING), ("you", _YOU),
    ("support", _SUPPORT), ("advice", _ADVICE), ("negation", _NEGATION),
    ("third_person", _THIRD), ("my_people", "|" + _MY_PEOPLE), ("imperative", _IMPERATIVE),
    ("start_i", _START_I), ("thank", _THANK), ("own_feeling", _OWN_FEELING),
    ("formula", _THANKS_FORMULA),
)  # fmt: skip
_BIT = {name: np.uint32(1 << k) for k, (name, _) in enumerate(_LISTS)}


def _phrase_hashes(phrases: Sequence[str]) -> np.ndarray:
    """The word hash of each one-word phrase, the bigram hash of each two-word phrase,
    all hashed in one batch (a word's hash depends on its own characters only, a bigram's
    on its two words: the hashes each phrase gets alone, without a numpy pass per phrase,
    which was ~22 ms of every new scoring process)."""
    cp = codepoints(phrases)
    doc = np.cumsum(cp == SENTINEL, dtype=np.int64) - 1
    hashes, rows, n_words = _words(cp, doc)
    per_phrase = np.bincount(rows[:n_words], minlength=len(phrases))
    bad = np.flatnonzero((per_phrase < 1) | (per_phrase > 2))
    if len(bad):
        raise ValueError(f"cue phrase {phrases[int(bad[0])]!r} must be one or two words")
    out = np.zeros(len(phrases), dtype=np.uint64)
    one = per_phrase[rows[:n_words]] == 1
    out[rows[:n_words][one]] = hashes[:n_words][one]
    out[rows[n_words:]] = hashes[n_words:]  # the one bigram of each two-word phrase
    return out


def _cue_table() -> tuple[np.ndarray, np.ndarray]:
    """A collision-free direct-address table of every cue word/bigram hash.

    Slot ``h & (size - 1)`` holds the hash and a bit per list it belongs to;
    the size doubles until no two cue hashes share a slot, so a lookup is one
    gather and one comparison (a binary search was the slowest step here).
    """
    names: list[str] = []
    phrases: list[str] = []
    for name, spec in _LISTS:
        words, _, bigrams = spec.partition("|")
        listed = words.split() + [b.replace("_", " ") for b in bigrams.split()]
        names.extend([name] * len(listed))
        phrases.extend(listed)
    bits: dict[int, int] = {}
    for name, h in zip(names, _phrase_hashes(phrases).tolist(), strict=True):
        bits[h] = bits.get(h, 0) | int(_BIT[name])
    hashes = np.array(sorted(bits), dtype=np.uint64)
    size = 4096
    while len(unique(hashes & np.uint64(size - 1))) < len(hashes):
        size *= 2
    slot = (hashes & np.uint64(size - 1)).astype(np.int64)
    keys = np.zeros(size, dtype=np.uint64)  # no word hash is 0 in practice; 0 bits anyway
    key_bits = np.zeros(size, dtype=np.uint32)
    keys[slot] = hashes
    key_bits[slot] = [bits[int(h)] for h in hashes]
    return keys, key_bits


_TABLE: list[tuple[np.ndarray, np.ndarray]] = []


def _cues(
    cp: np.ndarray,
    doc: np.ndarray,
    single: np.ndarray,
    n_rows: int,
    tokens: tuple[np.ndarray, np.ndarray, int],
) -> np.ndarray:
    """The ``(n_rows, len(CUE_NAMES))`` cue block of a batch.

    ``tokens`` is what :func:`_words` returns: hashes and rows of the word
    unigrams (the first ``n_words``) then bigrams; ``single`` marks emoji.
    """
    hashes, rows, n_words = tokens
    if not _TABLE:
        _TABLE.append(_cue_table())
    keys, key_bits = _TABLE[0]
    slot = (hashes & np.uint64(len(keys) - 1)).astype(np.int64)
    bits = np.where(keys[slot] == hashes, key_bits[slot], np.uint32(0))
    found = np.flatnonzero(bits)  # few: the lists are short
    hit_bits, hit_rows = bits[found], rows[found]

    def has(name: str, at_start: bool = False) -> np.ndarray:
        b, r = (start_bits, start_rows) if at_start else (hit_bits, hit_rows)
        return np.bincount(r[(b & _BIT[name]) != 0], minlength=n_rows) > 0

    def any_rows(r: np.ndarray) -> np.ndarray:
        return np.bincount(r, minlength=n_rows) > 0

    uni_rows = rows[:n_words]
    count = np.bincount(uni_rows, minlength=n_rows)
    first = np.flatnonzero(np.concatenate((uni_rows[:1] >= 0, uni_rows[1:] != uni_rows[:-1])))
    start_bits, start_rows = bits[first], uni_rows[first]
    fp, feel, you = has("first_person"), has("feeling"), has("you")
    supp, adv, neg = has("support"), has("advice"), has("negation")
    starts_you, starts_imp = has("you", True), has("imperative", True)
    fp_own = fp & has("own_feeling")
    # addressed to the other (advice, "you ...", an imperative) with no feeling of the
    # writer's own: advice about someone else, not a disclosure (model.ADDRESSED_CAP)
    addressed = ((you & adv) | starts_you | starts_imp) & ~fp_own
    # a short thanks with no feeling word of the writer's own ("Perfect, thank you so
    # much!"): politeness, not a disclosure (model.ADDRESSED_CAP)
    formula = has("formula") & ~has("own_feeling") & (count <= FORMULA_MAX_WORDS)
    pair = cp[:-1] * np.uint64(0x110000) + cp[1:]
    emo_rows = np.concatenate((doc[:-1][np.isin(pair, _EMOTICON_PAIRS)], doc[single]))
    cols = (
        fp, feel, fp & feel, you, supp, you & supp, you & adv, adv, neg, neg & feel,
        any_rows(doc[cp == 33]), any_rows(doc[cp == 63]), any_rows(emo_rows),
        has("third_person"), has("my_people"), count <= 4, count >= 25, np.log1p(count) / 4,
        starts_you, has("start_i", True), has("thank", True), starts_imp, fp_own, addressed,
        formula,
    )  # fmt: skip
    return np.stack(cols, axis=1).astype(np.float64) * CUE_SCALE


def hash_texts(texts: Sequence[str], n_buckets: int) -> HashedFeatures:
    """Hash a batch of texts into word and char n-gram feature occurrences."""
    if n_buckets <= 0 or n_buckets & (n_buckets - 1):
        raise ValueError("n_buckets must be a power of two")
    cp = codepoints(texts)
    is_sep = cp == SENTINEL
    doc = np.cumsum(is_sep, dtype=np.int64) - 1  # text index of each code point
    masks = _word_char_mask(cp)
    tokens = _words(cp, doc, masks)
    word_h, word_row, _ = tokens
    char_hs, char_rows = _char_ngrams(cp, doc, is_sep)
    mask = np.uint64(n_buckets - 1)
    all_h = np.concatenate([word_h, *char_hs])
    bucket = ((all_h >> np.uint64(20)) & mask).astype(np.int64)
    row = np.concatenate([word_row, *char_rows])
    group = np.concatenate(
        (np.zeros(len(word_h), dtype=np.int8), np.ones(len(all_h) - len(word_h), dtype=np.int8))
    )
    cues = _cues(cp, doc, masks[1], len(texts), tokens)
    return HashedFeatures(len(texts), n_buckets, row, bucket, group, cues)


def interleave_order(row: np.ndarray) -> np.ndarray:
    """A reordering of occurrences (``row``: the text of each) that keeps each text's own
    occurrences in their order and puts mostly different texts side by side.

    Why: a linear model sums each text's weights with ``np.bincount``, one addition after
    another in the occurrences' order; where neighbours belong to the same text (a hashed
    batch is a few runs - words, bigrams, each n-gram order - each sorted by text) every
    addition waits for the one before it. Each text's sum adds the same values in the same
    order either way (bit for bit), only the additions of different texts interleave.

    ``row`` is cut into stretches where it does not decrease (each run of the hashed batch,
    at most one block of a text in each); the order is by stretch, then by place inside the
    text's block: the first occurrence of every text of the stretch, then every second
    occurrence, and so on (a stable sort, so ties keep the texts' order)."""
    n = len(row)
    if n < 3:
        return np.arange(n, dtype=np.int64)
    change = np.empty(n, dtype=bool)
    change[0] = True
    np.not_equal(row[1:], row[:-1], out=change[1:])
    starts = np.flatnonzero(change)  # each block: one text's occurrences side by side
    lengths = np.diff(starts, append=n)
    stretch = np.zeros(len(starts), dtype=np.int64)
    stretch[1:] = row[starts[1:]] < row[starts[:-1]]
    np.cumsum(stretch, out=stretch)
    width = int(lengths.max())
    # key: the place inside the block plus stretch * width (index - block start + ...)
    shift = stretch * width - starts
    if (int(stretch[-1]) + 1) * width <= 1 << 16 and n < 1 << 31:  # a radix sort of 16 bits
        key = np.arange(n, dtype=np.int32)
        key += np.repeat(shift.astype(np.int32), lengths)
        return np.argsort(key.astype(np.uint16), kind="stable")
    return np.argsort(np.arange(n, dtype=np.int64) + np.repeat(shift, lengths), kind="stable")


def interleaved(feats: HashedFeatures) -> HashedFeatures:
    """``feats`` in :func:`interleave_order`: the same occurrences, each text's in its
    order, so every per-text sum over them is the same to the bit, summed faster."""
    order = interleave_order(feats.row)
    return HashedFeatures(
        feats.n_rows,
        feats.n_buckets,
        feats.row[order],
        feats.bucket[order],
        feats.group[order],
        feats.cues,
    )


def occurrence_values(feats: HashedFeatures) -> np.ndarray:
    """Per-occurrence value: 1 / sqrt(occurrences of its group in its text).

    That is the L2 normalisation of each group's count vector, with the norm
    taken over occurrences (duplicates counted separately) so training and
    inference compute it the same way without sorting.
    """
    key = feats.row * 2 + feats.group
    counts = np.bincount(key, minlength=feats.n_rows * 2).astype(np.float64)
    counts[counts == 0] = 1.0
    return (1.0 / np.sqrt(counts))[key]
