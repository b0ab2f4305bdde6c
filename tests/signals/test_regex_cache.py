"""The programs of the code's own regular expressions, kept between runs (h-speed61):
``compiled_cache.regex`` is ``re.compile`` with the program read back where this Python
compiled the same source and flags before."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from unmask.signals import compiled_cache as cc

SOURCES: list[tuple[str, int]] = [
    (r"(?<![a-z])(?P<feel>sad|upset)\b(?!\s+about\s+(?:the|a)\b)", re.IGNORECASE),
    (r"我(?:真的|好)?(?:难过|伤心)+", 0),
    (r"  \d+ \s* (?:min|mins|minutes)  # a duration\n", re.VERBOSE),
    (r"^(?:ok|okay)$", re.MULTILINE),
]
TEXT = "Not sad about the rent.\nok\n我真的难过  10 minutes  sad, Upset"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own and a process state that has read nothing yet."""
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv(cc.ENV, str(folder))
    monkeypatch.setattr(cc, "_patterns", cc._Patterns())
    monkeypatch.setattr(cc.atexit, "register", lambda *args: None)
    return folder


def _stored(folder: Path) -> list[Path]:
    return sorted(folder.glob("patterns-*.pickle"))


def _compile_from_source_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object) -> None:
        raise AssertionError("compiled from source")

    monkeypatch.setattr(cc.re, "compile", refused)


def test_the_programs_are_stored_at_exit_and_read_back_the_same(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [cc.regex(source, flags) for source, flags in SOURCES]
    assert first == [re.compile(source, flags) for source, flags in SOURCES]
    assert _stored(fresh) == []  # nothing is written before the process ends
    cc._save_patterns(os.getpid())
    (path,) = _stored(fresh)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    monkeypatch.setattr(cc, "_patterns", cc._Patterns())  # the next process
    with monkeypatch.context() as inner:
        _compile_from_source_refused(inner)
        again = [cc.regex(source, flags) for source, flags in SOURCES]
    for before, after in zip(first, again, strict=True):
        assert after == before  # a pattern's equality compares its compiled program
        assert after.groupindex == before.groupindex
        assert [m.span() for m in after.finditer(TEXT)] == [m.span() for m in before.finditer(TEXT)]
    assert cc._patterns.fresh == {}  # all read back: nothing to store at exit


def test_a_new_pattern_is_added_to_the_stored_ones(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cc.regex(*SOURCES[0])
    cc._save_patterns(os.getpid())
    monkeypatch.setattr(cc, "_patterns", cc._Patterns())
    cc.regex(*SOURCES[0])
    cc.regex(*SOURCES[1])
    assert list(cc._patterns.fresh) == [SOURCES[1]]
    cc._save_patterns(os.getpid())
    monkeypatch.setattr(cc, "_patterns", cc._Patterns())
    assert set(cc._known_programs()) == {SOURCES[0], SOURCES[1]}


def test_a_program_the_engine_refuses_is_compiled_from_source(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cc.regex(*SOURCES[0])
    cc._save_patterns(os.getpid())
    monkeypatch.setattr(cc, "_patterns", cc._Patterns())

    class Refuses:
        @staticmethod
        def compile(*args: object) -> None:
            raise RuntimeError("invalid SRE code")

    monkeypatch.setattr(cc, "_engine", lambda: Refuses)
    assert cc.regex(*SOURCES[0]) == re.compile(*SOURCES[0])


def test_nothing_is_stored_with_the_cache_off_in_a_fork_or_once_the_folder_is_gone(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cc.regex(*SOURCES[0])
    cc._save_patterns(os.getpid() + 1)  # a forked child's copy of the handler
    assert _stored(fresh) == []
    fresh.rmdir()  # as after a test run
    cc._save_patterns(os.getpid())
    assert not fresh.exists()
    monkeypatch.setenv(cc.ENV, "off")
    monkeypatch.setattr(cc, "_patterns", cc._Patterns())
    assert cc.regex(*SOURCES[1]) == re.compile(*SOURCES[1])
    assert cc._patterns.fresh == {}


def test_a_file_others_may_write_is_not_read(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cc.regex(*SOURCES[0])
    cc._save_patterns(os.getpid())
    (path,) = _stored(fresh)
    path.chmod(0o666)
    monkeypatch.setattr(cc, "_patterns", cc._Patterns())
    assert cc._known_programs() == {}


def test_the_file_is_named_by_the_python_that_compiled_it(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = cc._patterns_path()
    monkeypatch.setattr(cc.sys, "version", cc.sys.version + " (another build)")
    assert cc._patterns_path() != before


MODULES = (
    "unmask.signals.model",
    "unmask.signals.model_zh",
    "unmask.signals.reply_structure",
    "unmask.signals.reply_guard",
    "unmask.signals.context",
    "unmask.signals.reply_mirror",
    "unmask.signals.reply_echo",
    "unmask.signals.couple_model",
    "unmask.signals.safety_struct",
    "unmask.report.redact",
)
#: a process that imports the modules and compiles the guards' and the crisis statements'
#: patterns (from the language files), then ends (its exit stores the programs)
COMPILE = f"""
import importlib
for name in {MODULES!r}:
    importlib.import_module(name)
from unmask.dyad import crisis
from unmask.signals import couple_guards
for lang in crisis.LANGS:
    crisis.lexicon(lang)
for guard, langs in couple_guards.TEMPLATES.items():
    for lang in langs:
        couple_guards.patterns(guard, lang)
from unmask.signals import compiled_cache as cc
print(len(cc._patterns.fresh), len(cc._known_programs()))
"""
#: a process that reads the stored programs back and checks each against the source's
CHECK = """
import re
from unmask.signals import compiled_cache as cc
stored = cc._known_programs()
engine = cc._engine()
same = sum(engine.compile(*args) == re.compile(*key) for key, args in stored.items())
print(len(stored), same)
"""


def _python(code: str, folder: Path) -> list[int]:
    env = {**os.environ, cc.ENV: str(folder)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    return [int(word) for word in out.split()]


def test_the_code_s_patterns_read_back_are_the_ones_compiled_from_source(
    tmp_path: Path,
) -> None:
    # every pattern compiled through regex() by the scoring modules (module level, the
    # guards' and the crisis statements'): stored at the first process's exit, and read
    # back by the next equal (same source, flags and program) to re.compile's
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    fresh, known = _python(COMPILE, folder)
    assert fresh > 300 and known == 0
    (path,) = _stored(folder)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored, same = _python(CHECK, folder)
    assert stored == same == fresh
    fresh, known = _python(COMPILE, folder)  # the next run compiles none from source
    assert (fresh, known) == (0, stored)
