"""h-speed43's seam in the structural reader (:mod:`unmask.signals.safety_struct`): each
language's :class:`Reader`, its key automaton built, is kept compiled between runs
(:mod:`unmask.signals.compiled_cache`). The reader read back from the cache has the same
file, the same patterns (sources and flags) and the same keys, and reads every line of its
file and seeded splices of them as the reader built from the file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from unmask.signals import compiled_cache as cc
from unmask.signals import safety_struct as ss


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cc.ENV, str(folder))
    ss.reader.cache_clear()
    yield folder
    ss.reader.cache_clear()


def _lines(r: ss.Reader) -> list[str]:
    f = r.file
    forms = [form.example for _, form in f.forms()]
    base = [*f.must_fire, *f.must_not_fire, *forms]
    rng = random.Random(43)
    marks = [". ", "! ", ", ", " ", "\n", "。", "，", " or else ", "İ", "\u2019"]
    splices = [rng.choice(base) + rng.choice(marks) + rng.choice(base).upper() for _ in range(2000)]
    return base + splices


@pytest.mark.parametrize("lang", ss.LANGS)
def test_the_cached_reader_reads_as_the_built_one(cache_dir: Path, lang: str) -> None:
    built = ss._build_reader(lang)
    first = ss.reader(lang)  # written to the cache
    assert len(list(cache_dir.glob(f"safety-struct-{lang}-*.pickle"))) == 1
    ss.reader.cache_clear()
    loaded = ss.reader(lang)  # read back
    assert loaded is not first and loaded is not built
    assert loaded.file == built.file
    for name in ss.CLASSES:
        assert (loaded.rx[name].pattern, loaded.rx[name].flags) == (
            built.rx[name].pattern,
            built.rx[name].flags,
        )
    for name in ("guard", "message_guard", "own", "gate"):
        a, b = getattr(loaded, name), getattr(built, name)
        assert (a.pattern, a.flags) == (b.pattern, b.flags)
    keys_loaded, keys_built = loaded.keys(), built.keys()
    assert (keys_loaded is None) == (keys_built is None)
    if keys_built is not None:
        assert sorted(keys_loaded.items()) == sorted(keys_built.items())
    lines = _lines(built)
    assert [loaded.hit(t) for t in lines] == [built.hit(t) for t in lines]
    assert [loaded.hit(t, own=False) for t in lines] == [built.hit(t, own=False) for t in lines]


def test_off_builds_the_reader_from_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cc.ENV, "off")
    ss.reader.cache_clear()
    try:
        r = ss.reader("en")
    finally:
        ss.reader.cache_clear()
    assert r.file == ss._build_reader("en").file
    assert hasattr(r, "_keys")  # built with its keys
