"""h-speed42's seams in the structural reader (:mod:`unmask.signals.safety_struct`): the
prefilter's languages and lower-casing done once for all texts, the clause read class by
class only where the answer still depends on it, and the clauses passed over that hold none
of the strings every act's match holds. Each is checked against the code it replaced, on
the files' lines and on seeded splices of them (random case, odd letters, sentence marks,
Han, lone surrogates, long texts)."""

from __future__ import annotations

import random
from itertools import chain

import numpy as np
import pytest

from unmask.signals import safety_struct as ss


def _candidates_before(texts: list[str]) -> list[int]:
    """:func:`ss.candidates` as it was before h-speed42 (one language_of and one lower per
    text and language)."""
    out: list[int] = []
    for lang in ss.LANGS:
        r = ss.reader(lang)
        rows = [
            i
            for i, t in enumerate(texts)
            if len(t) <= r.file.max_chars and ss.language_of(t) == lang
        ]
        if not rows:
            continue
        norm = [texts[i].lower().replace("\u2019", "'") for i in rows]
        joined = ss._folded("\n".join(norm))
        starts = np.cumsum([0] + [len(t) + 1 for t in norm[:-1]])
        auto = ss._keys(lang)
        if auto is not None:
            flat = np.fromiter(chain.from_iterable(auto.iter(joined)), dtype=np.int64)
            hits = flat[0::2]
        else:
            hits = np.fromiter((m.start() for m in r.gate.finditer(joined)), dtype=np.int64)
        if len(hits):
            at = np.unique(np.searchsorted(starts, hits, side="right") - 1)
            out.extend(rows[k] for k in at.tolist())
    return sorted(out)


def _clause_before(r: ss.Reader, cl: str, own: bool) -> str | None:
    """``Reader._clause`` as it was before h-speed42 (every class searched)."""
    tags = r.tags(cl)
    if "guard" in tags:
        return None
    if {"aimed", "mood", "domain", "act"} <= tags:
        dom, theirs = r._domains(cl)
        if theirs or not own:
            act = r._act_apart(cl, dom) if dom else None
            return None if act is None else ss.ACTS[act]
    if {"aimed", "condition", "threaten"} <= tags:
        return ss.ACTS["threaten"]
    return None


def _ungated(lang: str) -> ss.Reader:
    """A reader of the shipped file that searches every clause's acts (no strings)."""
    r = ss.Reader(ss.reader(lang).file)
    r._keys = None
    return r


_ODD = ["İ", "ı", "ſ", "\u212a", "Σ", "ς", "\u2019", "\ud800", "你", "我", "。", "！", "\n"]
_MARKS = [". ", "! ", "? ", "; ", "\n", "。", "，", ", ", " ", "…", " and ", " or else "]


def _lines() -> list[str]:
    out: list[str] = []
    for lang in ss.LANGS:
        f = ss.reader(lang).file
        out += [*f.must_fire, *f.must_not_fire]
        out += [form.example for _, form in f.forms()]
    return out


def _recase(rng: random.Random, text: str) -> str:
    pick = rng.random()
    if pick < 0.2:
        return text.upper()
    if pick < 0.4:
        return "".join(c.upper() if rng.random() < 0.5 else c for c in text)
    return text


def _splices(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = _lines()
    words = [w for line in lines for w in line.split()]
    out = []
    for _ in range(n):
        parts = [rng.choice(lines) if rng.random() < 0.5 else rng.choice(words)]
        for _ in range(rng.randrange(0, 4)):
            parts.append(rng.choice(_MARKS))
            parts.append(rng.choice(lines) if rng.random() < 0.3 else rng.choice(words))
        text = _recase(rng, "".join(parts))
        if rng.random() < 0.3:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(_ODD) + text[at:]
        out.append(text)
    return out


def test_candidates_are_those_of_before_on_the_lines_and_splices() -> None:
    texts = _lines() + _splices(6000, 42)
    texts += [
        "",
        "x\ngive me your",
        "phone now. " * 20,
        "你再\n试试",
        "İstanbul give me your phone",
    ]
    texts += ["ΣΟΦΙΑ give me your password", "\ud800 give me your phone"]
    assert ss.candidates(texts) == _candidates_before(texts)
    for k in range(0, len(texts), 997):  # pieces of every size, single texts too
        piece = texts[k : k + (k % 7)]
        assert ss.candidates(piece) == _candidates_before(piece)
    assert ss.candidates([]) == []


def _clauses(seed: int) -> set[str]:
    """The clauses of the lines and of 4,000 splices (``seed``), as the reader sees them:
    lower case, straight apostrophes, split at sentence ends."""
    return {
        cl.strip()
        for text in _lines() + _splices(4000, seed)
        for cl in ss._SPLIT.split(text.lower().replace("\u2019", "'"))
        if cl.strip()
    }


@pytest.mark.parametrize("own", [True, False])
def test_the_clause_reads_as_before(own: bool) -> None:
    for lang in ss.LANGS:
        r = ss.reader(lang)
        clauses = _clauses(7)
        fired = 0
        for cl in sorted(clauses):
            found = r._clause(cl, own)
            assert found == _clause_before(r, cl, own), (lang, cl)
            fired += found is not None
        assert fired  # the check has readings to compare


def test_clauses_without_the_acts_strings_are_passed_over_alike() -> None:
    texts = _lines() + _splices(6000, 11)
    fired = 0
    for lang in ss.LANGS:
        gated, ungated = ss.reader(lang), _ungated(lang)
        assert gated.keys() is not None  # both files' acts list their strings
        for text in texts:
            for own in (True, False):
                found = gated.hit(text, own)
                assert found == ungated.hit(text, own), (lang, text)
                fired += found is not None
    assert fired


def test_the_keys_belong_to_the_reader_they_gate() -> None:
    r = ss.Reader(ss.reader("en").file)
    assert r.keys() is r.keys()
    assert ss._keys("en") is ss.reader("en").keys()
    text = "from now on you give me your phone password"
    for end, n in r.keys().iter(text):  # each string found with its length
        assert 0 < n <= end + 1


def test_the_gate_finds_an_act_in_a_clause_where_the_acts_do() -> None:
    """h-speed45: :meth:`ss.Reader.hit` asks the batch gate (the acts as one pattern kept
    within a line) whether a clause holds an act: a clause holds no "\\n", and there the
    gate finds one exactly where one of the acts' own patterns does."""
    for lang in ss.LANGS:
        r = ss.reader(lang)
        clauses = _clauses(13)
        acts = 0
        for cl in sorted(clauses):
            assert "\n" not in cl
            has_act = any(r.rx[a].search(cl) for a in ss.ACTS)
            assert (r.gate.search(cl) is not None) == has_act, (lang, cl)
            acts += has_act
        assert 0 < acts < len(clauses)
