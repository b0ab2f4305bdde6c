"""The fast lexicon machinery gives exactly what the plain regexes give.

Regex entries are listed as strings and joined to one trie (expand.py), the
trie is scanned with skips (trie.py), leftover regexes run behind prefilters
(prefilter.py), letter runs are folded with numpy (normalize.py), and the
language word lists are one trie (langdetect.py). Each is checked here against
the straightforward implementation it replaces, on the data files' own
examples and on generated text.
"""

from __future__ import annotations

import pickle
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unmask.signals import compiled_cache, langdetect, score_text, score_texts
from unmask.signals.expand import expand_regex
from unmask.signals.keyscan import _bmp_word
from unmask.signals.keyscan import build as build_key_scan
from unmask.signals.lexicon import load_language, load_modifiers
from unmask.signals.normalize import fold
from unmask.signals.prefilter import first_class, required_prefilter
from unmask.signals.trie import is_word, non_overlapping, scan_regex, split_positions
from unmask.signals.variants import expand_macros, zh_regex


def _texts(lang: str) -> list[str]:
    files = load_language(lang)
    out = [e.example for f in files for e in f.entries] + [
        m for f in files for m in f.must_not_fire
    ]
    return [t.lower() for t in out]


def _patterns(lang: str) -> list[str]:
    mods = load_modifiers(lang)
    out = []
    for f in load_language(lang):
        for e in f.entries:
            if e.regex is not None:
                p = expand_macros(e.regex, mods.chat_spelling)
                out.append(zh_regex(p) if lang == "zh" else p)
    return out


def _first_listed(strings: dict[str, int], text: str, pos: int, bounded: bool) -> int | None:
    """End of the first-ranked listed string matching at ``pos`` under the trie rule."""
    best: tuple[int, int] | None = None
    for end in range(pos + 1, min(len(text), pos + 80) + 1):
        rank = strings.get(text[pos:end])
        if rank is None:
            continue
        if bounded and is_word(text[pos]) and pos > 0 and is_word(text[pos - 1]):
            continue
        if bounded and is_word(text[end - 1]) and end < len(text) and is_word(text[end]):
            continue
        if best is None or rank < best[0]:
            best = (rank, end)
    return None if best is None else best[1]


def _assert_same_as_regex(
    pattern: str, strings: list[str], texts: list[str], bounded: bool
) -> None:
    rx = re.compile(pattern)
    ranks = {s: i for i, s in reversed(list(enumerate(strings)))}
    for text in texts:
        for pos in range(len(text)):
            m = rx.match(text, pos)
            got = _first_listed(ranks, text, pos, bounded)
            assert (m.end() if m and m.end() > pos else None) == got, (pattern, text, pos)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_listed_regexes_match_exactly_what_the_regex_matches(lang: str) -> None:
    bounded = load_modifiers(lang).word_bounded
    texts = _texts(lang)
    listed = 0
    for pattern in _patterns(lang):
        strings = expand_regex(pattern, bounded)
        if strings is None:
            continue
        listed += 1
        _assert_same_as_regex(pattern, strings, texts, bounded)
    assert listed > 0


def test_expansion_keeps_the_regex_preference_order() -> None:
    # greedy tries "more" first, lazy tries "less" first, alternation in order
    assert expand_regex(r"\bi (?:so )?sad\b", True) == ["i so sad", "i sad"]
    assert expand_regex(r"\bi (?:so )??sad\b", True) == ["i sad", "i so sad"]
    assert expand_regex(r"\b(?:a|ab){0,2}c\b", True) == [
        "aac",
        "aabc",
        "ac",
        "abac",
        "ababc",
        "abc",
        "c",
    ]
    # a boundary inside that cannot hold drops the string, one at an end that the trie
    # would not apply refuses the whole pattern
    assert expand_regex(r"\bsad\b(?:ly| day)\b", True) == ["sad day"]
    assert expand_regex(r"sad\b", True) is None
    assert expand_regex(r"\bsad\d+", True) is None
    assert expand_regex(r"(?i)\bsad\b", True) is None


_WORDS = ["i", "so", "sad", "not", "ok", "x", "you", "u", "'m", "love"]
_PIECES = st.sampled_from(
    [r"\b", " ", "(?:so |really )?", "(?:sad|so sad|s)", "(?:you|u)??", "x{1,3}", "i'?m", "ok"]
)


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(_PIECES, min_size=1, max_size=5),
    words=st.lists(st.sampled_from([*_WORDS, " ", ".", "!"]), max_size=14),
)
def test_generated_regexes_agree_with_re(parts: list[str], words: list[str]) -> None:
    pattern = "".join(parts)
    text = "".join(words)
    for bounded in (True, False):
        strings = expand_regex(pattern, bounded)
        if strings is not None:
            _assert_same_as_regex(pattern, strings, [text], bounded)


def _naive_longest(keys: list[str], text: str, bounded: bool) -> list[tuple[int, str]]:
    out = []
    for pos in range(len(text)):
        if bounded and pos > 0 and is_word(text[pos - 1]) and is_word(text[pos]):
            starts_ok = {k for k in keys if not is_word(k[0])}
        else:
            starts_ok = set(keys)
        best = None
        for k in starts_ok:
            end = pos + len(k)
            if text.startswith(k, pos) and not (
                bounded and is_word(k[-1]) and end < len(text) and is_word(text[end])
            ):
                best = k if best is None or len(k) > len(best) else best
        if best is not None:
            out.append((pos, best))
    return out


@settings(max_examples=200, deadline=None)
@given(
    keys=st.lists(
        st.sampled_from(["so", "so sad", "sad", "ad", "a", ":(", "<3", "哭", "好哭"]),
        min_size=1,
        max_size=6,
        unique=True,
    ),
    text=st.text(alphabet="so ad:(<3好哭\n.x", max_size=30),
)
def test_trie_scan_finds_the_longest_key_at_every_position(keys: list[str], text: str) -> None:
    for bounded in (True, False):
        pos, found = split_positions(scan_regex(keys, bounded), text)
        assert list(zip(pos.tolist(), found, strict=True)) == _naive_longest(keys, text, bounded)


@settings(max_examples=300, deadline=None)
@given(
    keys=st.lists(
        st.sampled_from(
            ["so", "so sad", "sad", "ad", "a", ":(", "<3", "哭", "好哭", "_x", "x_", "😀", "é a"]
        ),
        min_size=1,
        max_size=7,
        unique=True,
    ),
    text=st.text(alphabet="so ad:(<3好哭\n.x_é😀", max_size=40),
)
def test_automaton_scan_equals_the_trie_regex_scan(keys: list[str], text: str) -> None:
    # the matcher's Aho-Corasick scan replaces the regex scan: same positions, same keys
    for bounded in (True, False):
        pos, found = split_positions(scan_regex(keys, bounded), text)
        starts, ids = build_key_scan(keys, bounded).find(text)
        assert starts.tolist() == pos.tolist()
        assert [keys[i] for i in ids.tolist()] == found


@settings(max_examples=300, deadline=None)
@given(
    keys=st.lists(
        st.sampled_from(["so", "so sad", "sad", "ad", "a", ":(", "哭", "好哭", "_x", "😀"]),
        min_size=1,
        max_size=6,
        unique=True,
    ),
    extra=st.lists(
        st.sampled_from(["sad", "a", "\n", "\nso", "d\n", "哭", "x", "😀"]),
        min_size=1,
        max_size=5,
        unique=True,
    ),
    text=st.text(alphabet="so ad:(好哭\n.x_😀", max_size=40),
)
def test_extra_strings_are_found_in_the_key_scans_own_pass(
    keys: list[str], extra: list[str], text: str
) -> None:
    # find_all: the keys as find() finds them (with or without the extra strings), and every
    # occurrence of every extra string in "\n" + text, keys among them included
    for bounded in (True, False):
        plain = build_key_scan(keys, bounded)
        both = build_key_scan(keys, bounded, extra)
        assert both.keys() == tuple(keys) == plain.keys()
        starts, ids, ends, number = both.find_all(text)
        want = plain.find(text)
        assert starts.tolist() == want[0].tolist()
        assert ids.tolist() == want[1].tolist()
        assert both.find(text)[0].tolist() == want[0].tolist()
        padded = "\n" + text
        naive = sorted(
            (at + len(s) - 2, k)
            for k, s in enumerate(extra)
            for at in range(len(padded))
            if padded.startswith(s, at)
        )
        assert sorted(zip(ends.tolist(), number.tolist(), strict=True)) == naive


@settings(max_examples=200, deadline=None)
@given(
    keys=st.lists(
        st.sampled_from(["so", "so sad", "sad", "ad", "a", ":(", "哭", "好哭", "哭了", "😀"]),
        min_size=1,
        max_size=8,
        unique=True,
    ),
    extra=st.lists(st.sampled_from(["sad", "a", "\nso", "哭", "x"]), max_size=3, unique=True),
    order=st.text(alphabet="so ad:(好哭了x😀", max_size=12),
    text=st.text(alphabet="so ad:(好哭了\n.x😀", max_size=40),
)
def test_the_order_keys_are_added_in_changes_no_hit(
    keys: list[str], extra: list[str], order: str, text: str
) -> None:
    # build(..., order=): the strings go into the automaton in the order of their characters'
    # places in ``order`` (speed only): the same keys, codes and hits as in the given order
    for bounded in (True, False):
        plain = build_key_scan(keys, bounded, extra)
        ordered = build_key_scan(keys, bounded, extra, order)
        assert ordered.keys() == plain.keys() == tuple(keys)
        assert ordered.codes.tolist() == plain.codes.tolist()
        assert [a.tolist() for a in ordered.find_all(text)] == [
            a.tolist() for a in plain.find_all(text)
        ]
        assert [a.tolist() for a in ordered.find(text)] == [a.tolist() for a in plain.find(text)]


def test_the_automaton_holds_slots_and_reads_back_from_its_pickle() -> None:
    # the codes (key id, extra string's number: wider than 32 bits) are KeyScan.codes; the
    # automaton holds 32-bit slots (STORE_INTS): the same hits after the compiled cache's
    # pickle round trip
    keys, extra = ["so", "so sad", "哭", "sad"], ["sad", "\nso", "x"]
    scan = build_key_scan(keys, True, extra)
    assert max(scan.automaton.values()) < len(scan.codes) <= len(keys) + len(extra)
    assert int(scan.codes.max()) >= 1 << 32
    back = pickle.loads(compiled_cache.dumps(scan))
    text = "so sad x\nso 哭 sad"
    found = [a.tolist() for a in back.find_all(text)]
    assert found == [a.tolist() for a in scan.find_all(text)]
    assert found[1] == [1, 3, 0, 2, 3]  # so sad, (its) sad, so, 哭, sad
    assert back.keys() == tuple(keys)


def test_extra_strings_need_keys_without_a_newline() -> None:
    with pytest.raises(ValueError):
        build_key_scan(["a\nb"], False, ["a"])


def test_automaton_scan_on_the_lexicons_own_keys() -> None:
    # every compiled language's real key set, over its own examples and must-not-fire texts
    from unmask.signals.matcher import compile_language

    for lang in ("en", "zh", "common"):
        cl = compile_language(lang)
        keys = list(cl.keys)
        bounded = load_modifiers(lang).word_bounded
        text = "\n".join(_texts(lang) + _texts("en" if lang == "zh" else "zh"))
        pos, found = split_positions(scan_regex(keys, bounded), text)
        starts, ids = cl.key_scan.find(text)
        assert len(found) > 10
        assert starts.tolist() == pos.tolist()
        assert [keys[i] for i in ids.tolist()] == found


def test_non_overlapping_is_what_finditer_reports() -> None:
    starts, ends = np.array([0, 2, 5, 6, 9]), np.array([4, 3, 7, 8, 10])
    assert non_overlapping(starts, ends).tolist() == [True, False, True, False, True]


_RUN = re.compile(r"([a-z])\1{2,}")


def _reference_fold(text: str) -> str:
    return _RUN.sub(r"\1", text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aaooss \n😭é\u00e9x", max_size=40))
def test_fold_matches_the_regex_and_maps_back(text: str) -> None:
    folded = fold(text)
    assert folded.text == _reference_fold(text)
    # every folded position maps to the original character it came from
    pos = np.arange(len(folded.text))
    back = folded.to_original(pos)
    assert all(text[o] == folded.text[p] for p, o in zip(pos.tolist(), back.tolist(), strict=True))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_prefilters_are_necessary_conditions(lang: str) -> None:
    bounded = load_modifiers(lang).word_bounded
    texts = [*_texts(lang), "it was $45", "at 5pm", "how r u", "xx", "吗", "3点半"]
    for pattern in _patterns(lang):
        if expand_regex(pattern, bounded) is not None:
            continue
        rx = re.compile(pattern)
        first = first_class([pattern])
        pre = required_prefilter([pattern])
        for text in texts:
            for m in rx.finditer(text):
                if m.end() == m.start():
                    continue
                if first is not None:
                    assert re.match(first, text[m.start()]), (pattern, text)
                if pre is not None:
                    assert pre.search("\n" + text), (pattern, text)


# (batch neighbour, message): what a message scores may not depend on its neighbours
NEIGHBOURS = [
    ("hello", "xx"),
    ("it was 5 $", "5 bucks"),
    ("see you at", "5pm then"),
    ("love u x", "x"),
    ("吗", "3点半见"),
    ("I sent you $", "20 for dinner"),
]


@pytest.mark.parametrize(("first", "second"), NEIGHBOURS)
def test_a_message_scores_the_same_alone_and_in_a_batch(first: str, second: str) -> None:
    batch = score_texts([first, second], model=False)
    for i, text in enumerate((first, second)):
        alone = score_text(text, model=False)
        for name, value in alone.scores.items():
            if value is not None:
                assert batch.scores[name][i] == pytest.approx(value), (text, name)
        assert batch.evidence[i] == alone.evidence
        for items in batch.evidence[i].values():
            assert all(text[e.start : e.end] == e.match and e.match for e in items)


def test_a_regex_cannot_reach_into_the_next_message() -> None:
    result = score_texts(["hello", "xx"], model=False)
    assert result.scores["affection"][0] < 0.5
    assert "affection" not in result.evidence[0]
    assert result.scores["affection"][1] >= 0.5


def test_scores_are_never_negative_zero() -> None:
    value = score_text("the weather", model=False).scores["affection"]
    assert value == 0.0 and str(value) == "0.0"


@pytest.mark.parametrize("lang", ["en", "zh", "common"])
def test_anchored_entries_fire_on_their_example_whatever_its_neighbours(lang: str) -> None:
    """A batch is its messages joined by "\\n": an entry anchored with "$" or "^" must see
    each message's own end and start, so a message scores the same first, in the middle,
    last or alone (it once fired only on a batch's last message)."""
    anchored = [
        e
        for f in load_language(lang)
        for e in f.entries
        if e.regex and re.search(r"(?<!\\)[$^]", e.regex.replace("[^", "["))
    ]
    assert anchored or lang == "common"
    # neighbours that hold the same words (so the entry's prefilter keeps them in the run)
    # with text after them: "再说一遍试试看吧" once hid "以后再让我丢脸试试" before it
    neighbours = [e.example + suffix for e in anchored for suffix in ("看吧", " ok then")]
    for entry in anchored:
        alone = score_text(entry.example, model=False).scores.get(entry.signal) or 0.0
        for batch in (
            [entry.example, *neighbours],
            [*neighbours, entry.example, *neighbours],
            [entry.example],
        ):
            scored = score_texts(batch, model=False)
            at = batch.index(entry.example)
            value = float(np.nan_to_num(scored.scores[entry.signal][at]))
            assert value == pytest.approx(alone), (entry.source, batch)


def test_a_stronger_entry_is_not_hidden_by_a_weaker_one_listed_before_it() -> None:
    """At one position a signal's first matching entry counts: entries are tried strongest
    first (after the weight-0.01 frames that absorb a bare word), so each of these reaches
    its own entry's weight, not that of a weaker entry listed earlier in its file."""
    from unmask.signals import score_text

    for text, signal, weight in [
        ("you will get through this", "support.emotional", 0.9),
        ("You're nothing", "safety.degradation", 0.75),
        ("Tell me who you were with or I'm coming over", "safety.monitoring", 0.7),
        ("我小时候经常搬家", "disclosure.informational", 0.85),
        ("把定位发给我", "safety.monitoring", 0.75),
    ]:
        assert score_text(text, model=False).scores[signal] >= weight, text
    # and a frame still absorbs the bare word inside it
    assert score_text("We have several hotels in the centre.", model=False).scores["we_talk"] < 0.5


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_leftover_entries_run_apart_find_what_one_alternation_finds(lang: str) -> None:
    """Each leftover regex runs alone, only on the messages that hold its own prefilter
    (``matcher._residuals``); the batch finds what each signal's entries as one
    alternation over every message find (the first entry that matches at a place)."""
    import dataclasses

    from unmask.signals import matcher
    from unmask.signals.line_bound import within_line
    from unmask.signals.normalize import lower_same_length

    split = matcher.build_language(lang)
    assert any(len(r.groups) == 1 and r.prefilter is not None for r in split.regexes)
    mods = load_modifiers(lang)
    by_signal: dict[int, list[tuple[int, str]]] = {}
    for residual in split.regexes:
        for idx in residual.groups.values():
            raw = expand_macros(split.entries[idx].regex or "", mods.chat_spelling)
            pattern = within_line(zh_regex(raw) if lang == "zh" else raw)
            by_signal.setdefault(int(split.entry_signal[idx]), []).append((idx, pattern))
    # the same entries as one alternation per signal, in entry order, with no prefilter
    whole = tuple(
        dataclasses.replace(
            matcher._residual_of(sorted(parts)),
            prefilter=None,
            literals=None,
            class_prefilter=None,
        )
        for parts in by_signal.values()
    )
    joined = dataclasses.replace(split, regexes=whole, literal_scan=None, literal_ids=())
    texts = _texts(lang)
    starts = np.zeros(len(texts), dtype=np.int64)
    starts[1:] = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64)[:-1] + 1)
    folded = fold(lower_same_length("\n".join(texts)))
    at = folded.to_folded(starts)
    a, b = split.scan(folded.text, at), joined.scan(folded.text, at)
    found_a = sorted(zip(a.start.tolist(), a.end.tolist(), a.entry.tolist(), strict=True))
    found_b = sorted(zip(b.start.tolist(), b.end.tolist(), b.entry.tolist(), strict=True))
    assert found_a == found_b
    assert len(found_a) > 100


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_branch_running_into_the_next_message_does_not_hide_one_inside_it(lang: str) -> None:
    """A signal's leftover regexes were one alternation that reports its first matching
    branch at a position; a negated class (``[^，]{0,8}``) could cross the "\\n" between
    two messages (no leftover class can now: ``line_bound``), and that branch, dropped for
    running past the message, once hid a later branch that matched inside it
    ("你再跟他说话我们就分手" fired alone, not before "你敢离开我，我就打断你的腿").
    Every regex example scores the same alone and in a batch of the others, in file
    order and reversed."""
    examples = list(
        dict.fromkeys(e.example for f in load_language(lang) for e in f.entries if e.regex)
    )
    alone = [score_text(t, model=False).scores for t in examples]
    for batch in (examples, examples[::-1]):
        scored = score_texts(batch, model=False).scores
        for i, text in enumerate(batch):
            want = alone[examples.index(text)]
            for name, value in want.items():
                got = float(np.nan_to_num(scored[name][i]))
                assert got == pytest.approx(value or 0.0), (text, name)


def test_the_word_table_is_is_word_of_every_bmp_code_point() -> None:
    expected = [is_word(chr(c)) for c in range(0x10000)]
    assert _bmp_word().tolist() == expected
    assert _bmp_word()[ord("_")] and _bmp_word()[ord("é")] and not _bmp_word()[ord("-")]


def _languages_scanning_every_word(texts: list[str]) -> list[str]:
    """:func:`langdetect.detect_many` with the full word scan over every Latin text (what
    it did before it looked for foreign words first)."""
    c = langdetect.script_counts(texts)
    en_hits = np.zeros(len(texts), dtype=np.int64)
    foreign_hits = np.zeros(len(texts), dtype=np.int64)
    rows = np.flatnonzero((c.latin > 0) & (c.han * 4 < c.latin))
    if len(rows):
        sub = [texts[i] for i in rows.tolist()]
        en_hits[rows], foreign_hits[rows] = langdetect._word_hits(sub, "\n".join(sub).lower())
    foreign = (foreign_hits >= 2) & (foreign_hits > en_hits)
    out = []
    for i in range(len(texts)):
        if c.kana_hangul[i] > c.kana[i] or 0 < c.kana[i] >= c.han[i] / 8:
            out.append("other")
        elif c.han[i] >= 1 and c.han[i] * 4 >= c.latin[i]:
            out.append("zh")
        elif c.other_script[i] > c.latin[i]:
            out.append("other")
        else:
            out.append("en" if c.latin[i] > 0 and not foreign[i] else "other")
    return out


_FUNCTION_WORDS = [
    "i", "you", "the", "it's", "i'm", "ok", "que", "el", "je", "c'est", "tu", "ich", "und",
    "du", "ve", "çok", "değil", "é", "eu", "não", "aku", "ik", "x", "我", "かな", "Ça",
    "İ", "ı", "ß", "Σ", "ok!", "'", "-", "_", "3",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(_FUNCTION_WORDS), max_size=7).map(" ".join)
        | st.text(alphabet="ab eu'tİı\nçé.", max_size=12),
        max_size=12,
    )
)
def test_foreign_words_first_give_the_languages_of_the_full_word_scan(texts: list[str]) -> None:
    assert langdetect.detect_many(texts) == _languages_scanning_every_word(texts)


def test_foreign_words_first_on_chosen_lines() -> None:
    texts = [
        "ich bin so müde und du",  # foreign words outnumber English ones
        "je pense que the train is late",  # two foreign, two English: English
        "que",  # one foreign word is not enough
        "İ think ich bin da und du",  # lowercasing lengthens "İ": the full scan for all
        "see you at the station",
        "c'est très bien",
    ]
    expected = ["other", "en", "en", "other", "en", "other"]
    assert langdetect.detect_many(texts) == expected == _languages_scanning_every_word(texts)
    assert langdetect.detect_many(texts[1:]) == expected[1:]
