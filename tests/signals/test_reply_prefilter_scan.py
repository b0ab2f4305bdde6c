"""The reply prefilter's literal scan: what it skips must change no candidate.

:func:`unmask.signals.reply_prefilter.candidates` runs one automaton over the batch. It
steps over each run of characters that no literal holds as one filler character, and or-s
each text's requirement bits in 64-bit words; an entry whose pattern is common on its own
("?") keeps a second required set. None of this may change which entries are candidates
where their pattern matches, and the filler must not join two literals' halves.
"""

from __future__ import annotations

import dataclasses
import random
import re

import numpy as np

from unmask.signals import reply_lexicon as rl
from unmask.signals.reply_prefilter import (
    _compressed,
    build_scan,
    candidates,
    prefilter,
    required_literals,
)


def test_runs_no_literal_holds_become_one_filler_and_separators_stay() -> None:
    scan = build_scan([prefilter([r"ab", r"好累"])])
    text = "xxab12好累累\x00zz\x00ab"
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    out = _compressed(cps, scan.in_literal).tobytes().decode("utf-32-le")
    assert out == "\x01ab\x01好累累\x00\x01\x00ab"


def test_the_scan_finds_what_it_found_before_it_stepped_over_runs() -> None:
    """Random texts mixing letters, Han characters, digits and emoji: the candidates with
    the runs stepped over are those of the scan of every character, and each entry whose
    pattern matches a text is among them."""
    patterns = [r"so+\s+sor+y+", r"a\s*b", r"抱抱", r"[难難]受", r"ba", r"\?", r"😢"]
    scan = build_scan([prefilter(patterns)])
    plain = dataclasses.replace(scan, in_literal=None)
    rng = random.Random(5)
    alphabet = "abso ry?12😢🙂抱难受好的xyz,\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(3000)]
    texts += ["a1b", "a b", "抱x抱", "难1受", "so sorry?", "b\x00a"]
    rows = list(range(len(texts)))
    fast = candidates(scan, texts, rows)
    assert fast == candidates(plain, texts, rows)
    found = dict(fast)
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    for k, text in enumerate(texts):
        for i, pattern in enumerate(compiled):
            if pattern.search(text.replace("\x00", " ")):
                assert found.get(k, 0) >> i & 1, (patterns[i], text)
    assert found.get(len(texts) - 4, 0) >> 2 & 1 == 0  # "抱x抱": the filler joins nothing


def test_more_than_64_requirements_are_read_across_words() -> None:
    patterns = [f"w{i:03d}x" for i in range(150)] + [r"w149x\s+w003x"]
    scan = build_scan([prefilter(patterns)])
    assert scan.words.shape[1] >= 3
    texts = ["w001x", "w149x w003x", "nothing", "w149x", "w070x and w120x"]
    found = dict(candidates(scan, texts, list(range(len(texts)))))
    assert found == {0: 1 << 1, 1: 1 << 149 | 1 << 3 | 1 << 150, 3: 1 << 149, 4: 1 << 70 | 1 << 120}


def test_a_common_set_keeps_the_next_one() -> None:
    """ "?" alone is common and so are the auxiliaries: a question to the other needs both."""
    needs = required_literals(r"\b(do|are)\s+\w+[^.!?\n]*\?")
    assert needs is not None and frozenset({"?"}) in needs
    assert any("do " in need for need in needs)
    # a rare best set keeps only rare further ones
    needs = required_literals(r"\bheartbroken\b.*\byou\b")
    assert needs == (frozenset({"heartbroken"}),)


def test_gates_as_arrays_and_repeated_rows() -> None:
    lexicons = tuple(rl.load("en", part) for part in (*rl.MECHANISMS, rl.CONTEXT))
    examples = [e.example for lexicon in lexicons for e in lexicon.entries][:40]
    rng = random.Random(13)
    texts = [rng.choice(examples) for _ in range(200)]
    gates = [[rng.random() < 0.6 for _ in texts] for _ in range(2)]
    as_lists = [*[gates[0]] * len(rl.MECHANISMS), gates[1]]
    as_arrays = [*[np.array(gates[0])] * len(rl.MECHANISMS), np.array(gates[1])]
    rows = list(range(len(texts)))
    expected = rl.find_many(lexicons, texts, rows, as_lists)
    assert rl.find_many(lexicons, texts, rows, as_arrays) == expected
    assert sum(map(len, expected)) > 50
    # a row given twice takes its hits twice (the reply layer never does this)
    twice = rl.find_many(lexicons, texts, [*rows, 0], None)
    once = rl.find_many(lexicons, texts, rows, None)
    for a, b in zip(twice, once, strict=True):
        assert len(a) == len(b) + sum(1 for h in b if h.row == 0)


def test_entries_decided_in_numpy_are_those_of_the_test_per_entry() -> None:
    """:meth:`Scan.decide` (numpy, for a batch's many sets of requirement bits) caches the
    same entry bits as :meth:`Scan.entries` works out one entry at a time: entries whose
    needs span two or three 64-bit words, entries that need nothing, sets with bits no
    entry needs."""
    # three required sets from the 64th requirement bit on: needs across two words
    patterns = [f"w{i:03d}x" for i in range(63)] + [r"w010x.*w100x.*w140x"]
    patterns += [f"w{i:03d}x" for i in range(63, 150)]
    patterns += [r"w149x\s+w003x", r"(w020x|w021x)\s+w130x", r"."]
    scan = build_scan([prefilter(patterns), prefilter([r"q\d+z", r"w007x\s+q"])])
    assert scan.words.shape[1] >= 3 and scan.always  # "." and "q\d+z" need nothing
    assert any(need >> 64 and need & (2**64 - 1) for _, need in scan.needs)
    rng = random.Random(29)
    met = scan.met.bit_length()
    presents = [0, scan.met, *(1 << b for b in range(met))]
    for _ in range(400):
        picked = rng.sample(range(met), rng.randint(1, 12))
        presents.append(sum(1 << b for b in picked))
    for _, need in scan.needs[-6:]:  # exactly some entry's needs, and one bit short of them
        presents += [need, need & (need - 1)]
    fast = dataclasses.replace(scan, decided={})
    fast.decide(presents)
    assert len(fast.decided) == len(set(presents))
    slow = dataclasses.replace(scan, decided={})
    for present in presents:
        assert fast.decided[present] == slow.entries(present), bin(present)
    # a few new sets go the per-entry way, also into the cache
    few = dataclasses.replace(scan, decided={})
    few.decide(presents[:3])
    assert few.decided == {p: slow.entries(p) for p in presents[:3]}
