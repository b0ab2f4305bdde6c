"""h-speed51: an entry with no cheap piece of its own (the Chinese isolation frames: its
domain words hold single characters, "穿", "群") takes its lookaheads' rarest set of words
as its prefilter; it finds the same matches on far fewer messages."""

from __future__ import annotations

import random

import numpy as np
from batch_scan import scan

from unmask.signals.lexicon import load_language
from unmask.signals.matcher import _Lines, _Residual, _run_residual, build_language
from unmask.signals.prefilter import lookahead_prefilter

_FRAMES = "lexicon:zh/safety_parts.yaml#frames"


def test_the_rarest_set_of_words_is_the_prefilter() -> None:
    pattern = r"(?=[^。]{0,9}?(?:穿|衣服))(?=[^。]{0,9}?(?:不许|先问我))(?=[^。]{0,9}?你)\w+"
    taken = lookahead_prefilter(pattern, 0.3, 0.02)
    assert taken is not None
    prefilter, strings, others = taken
    assert strings == ("不许", "先问我")  # the other two sets hold a single character
    assert others == ()  # a single character ("穿", "你") narrows too little
    assert prefilter.search("\n以后不许你穿这件") is not None
    assert prefilter.search("\n你穿这件衣服真好看") is None
    # no set of words, or none cheap enough: no prefilter
    assert lookahead_prefilter(r"(?=[^。]{0,9}?(?:穿|你))\w+", 0.3, 0.02) is None
    taken = lookahead_prefilter(r"(?=[^。]{0,9}?(?:衣服|聚会))(?=[^。]{0,9}?不许)\w+", 0.3, 0.02)
    assert taken is not None and taken[1] == ("不许",) and taken[2] == (("聚会", "衣服"),)
    assert lookahead_prefilter(r"(?=[^.]{0,9}? the )\w+", 0.001, 0.02) is None  # .0014


def _frames(lang_code: str) -> tuple[int, _Residual]:
    cl = build_language(lang_code)
    found = [
        (k, r)
        for k, r in enumerate(cl.regexes)
        if any(cl.entries[i].source == _FRAMES for i in r.groups.values())
        and r.prefilter is not None
        and r.literals is not None
        and "不准" in r.literals
    ]
    assert len(found) == 1  # the isolation frames (the monitoring ones have their domain)
    return found[0]


def test_chinese_frames_match_the_same_on_fewer_messages() -> None:
    cl = build_language("zh")
    k, residual = _frames("zh")
    frames = [e for f in load_language("zh") for e in f.entries if e.source == _FRAMES]
    examples = [e.example for f in load_language("zh") for e in f.entries if e.example]
    own = [e.example for e in frames if e.example]
    rng = random.Random(51)
    texts = [
        "，".join(rng.sample(examples, 2)) for _ in range(300)
    ]  # examples side by side: a frame in one, a domain word in the other
    texts += own + examples + ["你穿这件衣服真好看", "周末和同事去唱歌吧"]
    rng.shuffle(texts)
    folded, starts, runs = scan(cl, texts)
    everywhere = _Residual(residual.pattern, residual.groups, None)  # as before: every message
    plain = _run_residual(everywhere, folded, starts)
    assert len(plain[0]) >= len(own) // 2  # the isolation frames' own examples fire
    rows, need = runs.get(k, (np.zeros(0, dtype=np.int64), None))
    assert rows is not None
    fast = _run_residual(residual, folded, starts, rows, {}, _Lines(folded, starts), need)
    for a, b in zip(plain, fast, strict=True):
        assert np.array_equal(a, b)
    assert len(rows) < len(texts) // 2  # far fewer messages than the whole batch
