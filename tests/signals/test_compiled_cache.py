"""The on-disk cache of compiled lexicons: same results, any bad file is a miss, no text."""

from __future__ import annotations

import os
import pickle
import re
import shutil
import stat
from pathlib import Path

import numpy as np
import pytest

from unmask.signals import compiled_cache as cc
from unmask.signals import reply_lexicon as rl
from unmask.signals.engine import match_language
from unmask.signals.matcher import CompiledLanguage, build_language

TEXTS = [
    "I'm so scared I'll lose my job, I haven't slept in days",
    "not sad at all, just tired. love you!",
    "我真的很难过，最近一直睡不好",
    "can you pick up milk at 5? $12.50 for the tickets",
    "你愿意多说说吗",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cc.ENV, str(folder))
    return folder


def _matches(cl: CompiledLanguage) -> list[tuple[int, int, int, int, float]]:
    found = match_language(cl, TEXTS)
    assert found is not None
    return sorted(
        zip(
            found.msg.tolist(),
            found.start.tolist(),
            found.end.tolist(),
            found.signal.tolist(),
            found.weight.tolist(),
            strict=True,
        )
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_cached_language_matches_as_the_compiled_one(cache_dir: Path, lang: str) -> None:
    built = cc.cached(f"message-{lang}", CompiledLanguage, lambda: build_language(lang))
    files = list(cache_dir.glob(f"message-{lang}-*.pickle"))
    assert len(files) == 1
    loaded = cc.cached(f"message-{lang}", CompiledLanguage, lambda: pytest.fail("rebuilt"))
    assert loaded is not built
    assert loaded.keys == built.keys
    assert np.array_equal(loaded.item_entry, built.item_entry)
    assert _matches(loaded) == _matches(built)


def test_a_cached_reply_lexicon_finds_the_same_hits(cache_dir: Path) -> None:
    texts = ["I'm so sorry, that sounds really hard. How did that feel?", "你愿意多说说吗？"]
    for lang in rl.LANGS:
        for part in rl.PARTS:
            built = rl.parse(lang, part, rl.read_yaml(lang, rl.file_name(part)))
            cc.cached(f"reply-{lang}-{part}", rl.ReplyLexicon, lambda b=built: b)  # type: ignore[misc]
            loaded = cc.cached(f"reply-{lang}-{part}", rl.ReplyLexicon, lambda: pytest.fail("x"))
            # every entry's pattern comes back compiled: the same program as compiling it
            assert len(loaded.compiled) == len(built.entries)
            for i, entry in enumerate(built.entries):
                assert loaded.compiled[i] == re.compile(entry.pattern, re.IGNORECASE)
            assert loaded.alternation == built.alternation
            rows = list(range(len(texts)))
            assert rl.find_many([loaded], texts, rows) == rl.find_many([built], texts, rows)


def test_a_corrupt_or_foreign_file_is_rebuilt_silently(cache_dir: Path) -> None:
    cc.cached("thing", list, lambda: [1, 2, 3])
    (path,) = cache_dir.glob("thing-*.pickle")
    path.write_bytes(b"not a pickle")
    assert cc.cached("thing", list, lambda: [4]) == [4]
    path.write_bytes(b"")  # truncated
    assert cc.cached("thing", list, lambda: [5]) == [5]
    assert cc.cached("thing", dict, lambda: {"a": 1}) == {"a": 1}  # another type: a miss


def test_files_are_private_and_older_ones_are_replaced(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cc.cached("thing", list, lambda: [1])
    (first,) = cache_dir.glob("thing-*.pickle")
    assert stat.S_IMODE(os.stat(cache_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(first).st_mode) == 0o600
    monkeypatch.setattr(cc, "fingerprint", lambda: "0" * 32)  # a changed file or version
    assert cc.cached("thing", list, lambda: [2]) == [2]
    assert [p.name for p in cache_dir.glob("thing-*.pickle")] == [f"thing-{'0' * 32}.pickle"]


def test_a_file_others_may_write_is_not_read(cache_dir: Path) -> None:
    cc.cached("thing", list, lambda: [1])
    (path,) = cache_dir.glob("thing-*.pickle")
    path.chmod(0o666)
    assert cc.cached("thing", list, lambda: [2]) == [2]  # rebuilt, and stored privately again
    (path,) = cache_dir.glob("thing-*.pickle")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert cc.cached("thing", list, lambda: [3]) == [2]


def test_an_unwritable_folder_only_costs_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(cc.ENV, str(blocker / "cache"))
    assert cc.cached("thing", list, lambda: [7]) == [7]


def test_off_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cc.ENV, "off")
    assert cc.folder() is None
    calls: list[int] = []
    for _ in range(2):
        cc.cached("thing", list, lambda: calls.append(1) or [1])
    assert len(calls) == 2


def test_the_key_follows_every_language_file(tmp_path: Path) -> None:
    lang_dir = Path(rl.__file__).parents[1] / "lang"
    copy = tmp_path / "lang"
    shutil.copytree(lang_dir, copy)
    before = cc.digest([copy])
    assert cc.digest([copy]) == before
    target = copy / "en" / "disclosure_emotional.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "# one more line\n", encoding="utf-8")
    changed = cc.digest([copy])
    assert changed != before
    (copy / "zh" / "new_file.yaml").write_text("signal: x\n", encoding="utf-8")
    assert cc.digest([copy]) not in (before, changed)


def test_no_message_text_is_stored(cache_dir: Path) -> None:
    unique = "zqxv unmistakably-private sentence about my sister"
    for lang in ("en", "common"):
        compiled = cc.cached(f"message-{lang}", CompiledLanguage, lambda g=lang: build_language(g))
        match_language(compiled, [unique, *TEXTS])
    lexicon = rl.load("en", "reaction")
    cc.cached("reply-en-reaction", rl.ReplyLexicon, lambda: lexicon)
    rl.find_many([lexicon], [unique], [0])
    stored = list(cache_dir.glob("*.pickle"))
    assert len(stored) == 3
    for path in stored:
        assert b"unmistakably" not in path.read_bytes()


PATTERNS = [
    re.compile(r"(?<![a-z])(?P<feel>sad|upset)\b(?!\s+about\s+(?:the|a)\b)", re.IGNORECASE),
    re.compile(r"我(?:真的|好)?(?:难过|伤心)+"),
    re.compile(r"  \d+ \s* (?:min|mins|minutes)  # a duration\n", re.VERBOSE),
    re.compile(r"^(?:ok|okay)$", re.MULTILINE),
]


def test_patterns_come_back_with_the_same_program_and_behaviour() -> None:
    loaded = pickle.loads(cc.dumps(PATTERNS))
    text = "Not sad about the rent.\nok\n我真的难过  10 minutes  sad, Upset"
    for before, after in zip(PATTERNS, loaded, strict=True):
        assert after == before  # a pattern's equality compares its compiled program
        assert after.groupindex == before.groupindex
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_a_program_the_engine_refuses_is_compiled_from_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = cc.dumps(PATTERNS)
    assert b"_restore_pattern" in data

    class Refuses:
        @staticmethod
        def compile(*args: object) -> None:
            raise RuntimeError("invalid SRE code")

    monkeypatch.setattr(cc, "_engine", lambda: Refuses)
    assert pickle.loads(data) == PATTERNS
    # and where the program cannot be had at all, the source is stored, as re does
    assert b"_restore_pattern" not in cc.dumps(PATTERNS)
    assert pickle.loads(cc.dumps(PATTERNS)) == PATTERNS


def test_the_key_follows_pyahocorasicks_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pyahocorasick's automata are pickled: its extension module's bytes are in the key
    import ahocorasick

    lang_dir = tmp_path / "lang"
    lang_dir.mkdir()
    before = cc.digest([lang_dir])
    assert len(cc._aho_build()) == 32
    other = tmp_path / "ahocorasick.so"
    other.write_bytes(Path(ahocorasick.__file__ or "").read_bytes() + b"\0")
    monkeypatch.setattr(ahocorasick, "__file__", str(other))
    assert cc.digest([lang_dir]) != before
    monkeypatch.setattr(ahocorasick, "__file__", str(tmp_path / "missing.so"))
    assert cc._aho_build() == "?"
    assert cc.digest([lang_dir]) != before


def test_the_post_structure_is_kept_compiled(cache_dir: Path) -> None:
    # lang/zh/posts/structure.yaml's patterns (unmask.signals.posts_zh) read back from the
    # cache with the same sources and flags, finding the same
    from unmask.signals import posts_zh

    posts_zh.structure.cache_clear()
    try:
        built = posts_zh.structure()
        assert len(list(cache_dir.glob("posts-zh-*.pickle"))) == 1
        posts_zh.structure.cache_clear()
        loaded = posts_zh.structure()
    finally:
        posts_zh.structure.cache_clear()
    assert loaded is not built
    assert loaded == posts_zh.build_structure()
    for name in ("quoted", "broadcast", "voice", "audience", "quotation"):
        a, b = getattr(loaded, name), getattr(built, name)
        assert (a.pattern, a.flags) == (b.pattern, b.flags)
    texts = [*built.broadcast_examples, *built.voice_examples, *built.must_not_match]
    assert [bool(loaded.broadcast.search(t)) for t in texts] == [
        bool(built.broadcast.search(t)) for t in texts
    ]
    assert any(loaded.broadcast.search(t) for t in texts)
