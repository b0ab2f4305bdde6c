"""h-speed49: an entry's lookaheads narrow the messages its residual regex runs over (a
message where it matches holds a string of each lookahead's set), and the matches stay
the same."""

from __future__ import annotations

import random

import numpy as np
from batch_scan import scan

from unmask.signals.lexicon import load_language
from unmask.signals.matcher import _Lines, _run_residual, build_language
from unmask.signals.prefilter import lookahead_literals


def test_lookahead_literals_read_the_top_sequence_only() -> None:
    pattern = r"(?=[^.]{0,9}?(?:phone|money))(?!x)(?=[^.]{0,9}?\b(?:not allowed|forbid)\b)\w+"
    assert lookahead_literals(pattern) == (("money", "phone"), ("forbid", "not allowed"))
    assert lookahead_literals(r"(a|(?=zz)b)c") == ()  # inside a branch: not required
    assert lookahead_literals(r"(?=[^.]{0,9}? )\w+") == ()  # a space: too common to help
    assert lookahead_literals(r"(?<=so )(?=[a-z]+)sad") == ()  # no strings, a lookbehind


def test_lookahead_rows_keep_every_match() -> None:
    cl = build_language("en")
    with_sets = [k for k, sets in enumerate(cl.lookahead_ids) if sets]
    assert with_sets  # the control frames' domains and frames
    examples = [e.example for f in load_language("en") for e in f.entries if e.example]
    own = [cl.entries[cl.regexes[k].groups[1]].example for k in with_sets]
    words = [lit for k in with_sets for lit in cl.regexes[k].lookahead[0]]
    rng = random.Random(5)
    texts = [" ".join(rng.sample(examples, 2) + rng.sample(words, 1)) for _ in range(400)]
    texts += [f"{word} is fine" for word in words] + [t for t in own if t] + examples
    rng.shuffle(texts)
    folded, starts, runs = scan(cl, texts)
    narrowed = hits = 0
    for k in with_sets:
        rows, need = runs[k]
        assert need is not None
        residual = cl.regexes[k]
        if rows is None:  # a class prefilter alone (digits): its messages found by ``split``
            rows = np.flatnonzero(np.ones(len(texts), dtype=bool))
        plain = _run_residual(residual, folded, starts)
        fast = _run_residual(residual, folded, starts, rows, {}, _Lines(folded, starts), need)
        for a, b in zip(plain, fast, strict=True):
            assert np.array_equal(a, b)
        narrowed += len(rows) - len(np.intersect1d(rows, need))
        hits += len(plain[0])
    assert hits > 0  # the entries' own examples fire
    assert narrowed > 100  # a domain word alone is not enough to run the regex
