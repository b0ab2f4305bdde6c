"""An on-disk cache of compiled lexicon structures (no message text is ever in it).

Compiling a language's lexicons (reading the YAML, listing every regex's strings,
the key tables, the Aho-Corasick automaton) costs about 0.7-0.9 CPU seconds per
language in every new process, more than scoring 100k messages takes. What the
compilation produces depends only on the language files and on unmask's own code,
so it is kept, pickled, in the user's cache folder (``platformdirs``; the
``UNMASK_CACHE_DIR`` environment variable names another folder, ``off`` turns the
cache off) and loaded by the next run instead.

The file name carries a hash of everything the result depends on: the bytes of
every file under ``unmask/lang`` and of every module under ``unmask/signals``, the
versions of unmask and Python, and the bytes of pyahocorasick's extension module. A
changed lexicon file, an upgrade or an edited module gives another name, so a stale
result is never read; older files of the same name are removed when a new one is
written. Any failure to read (missing, truncated, corrupt, unreadable) means "compile
again", silently; any failure to write is ignored (the run just compiles again next time). Files
are written whole (a private temporary file renamed into place), ``0600`` in a
``0700`` folder, and only read back when this user owns them and nobody else may
write them (a pickle can run code when it is read). Only the compiled language
data are stored: lexicon entries, key tables and automata, never a message or
anything read from one. The report page's template keeps its compiled code in the same
folder, under the same rules (:mod:`unmask.report.html`, :func:`read_trusted`), and so do the
bundled model files' weights, decoded (:func:`unmask.signals.model.load_npz`: named by a hash
of the file's bytes, as ``key``), the Chinese post patterns
(:func:`unmask.signals.posts_zh.structure`), the safety model's cue patterns
(:func:`unmask.signals.safety_model.has_cue`), the structural safety reader with its key
automaton (:func:`unmask.signals.safety_struct.reader`) and the strings the couple guards'
gates look for (:func:`unmask.signals.couple_guards.gate`).

A pickled regular expression is normally compiled again from its source when it is read
(the parser and compiler of ``re`` are pure Python: about a third of a second per run for
the lexicons' patterns). Here each pattern is stored with the program ``re`` compiled it to,
and read back by handing that program to the regex engine directly, as ``re`` itself does
at the end of a compile (:func:`_restore_pattern`). The program is only valid for the Python
that wrote it, which the file name already pins; should the engine refuse it anyway, the
pattern is compiled from its source, as a plain pickle would.

The regular expressions written in unmask's own modules (and those built from its language
files when a module is first used) are compiled the same way: :func:`regex` is
``re.compile`` that takes the program from one file of the folder (``patterns-*``, named by
the Python that compiled it: the program depends on nothing else), else compiles from source
and stores the new program when the process ends. Only patterns of the code and of the
language files go through it, never one built from a message.
"""

from __future__ import annotations

import atexit
import contextlib
import copyreg
import hashlib
import importlib
import io
import os
import pickle
import re
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import platformdirs

from unmask._version import __version__
from unmask.errors import OutputError
from unmask.fsutil import private_mkdir, write_private

T = TypeVar("T")
ENV = "UNMASK_CACHE_DIR"
#: bump when the cached objects change shape in a way the module hash would not catch
FORMAT = 1
_SUFFIX = ".pickle"
_HASHED = frozenset({".yaml", ".txt", ".py"})


def folder() -> Path | None:
    """Where compiled structures are kept; None when the cache is off."""
    raw = os.environ.get(ENV, "").strip()
    if raw.lower() == "off":
        return None
    if raw:
        return Path(raw)
    return Path(platformdirs.user_cache_dir("unmask", appauthor=False)) / "compiled"


def _package_dir(name: str) -> Path:
    module = sys.modules.get(name) or __import__(name, fromlist=["_"])
    return Path(module.__file__ or "").parent


def _aho_build() -> str:
    """pyahocorasick's build, whose automata the cache pickles: a hash of its extension
    module's bytes (another version or another build is another hash), "?" where there is
    none to read. Not its version from the installed metadata: ``importlib.metadata`` and
    the ``email`` package it brings cost each new process (a scoring child) ~8 ms."""
    import ahocorasick

    try:
        data = Path(ahocorasick.__file__ or "").read_bytes()
    except (AttributeError, OSError):
        return "?"
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def digest(roots: Sequence[Path]) -> str:
    """Hash of unmask's and Python's versions, pyahocorasick's build (:func:`_aho_build`)
    and of every language file and module (.yaml, .txt, .py) under ``roots``: names and
    bytes."""
    out = hashlib.blake2b(digest_size=16)
    out.update(f"{FORMAT}|{__version__}|{_aho_build()}|{sys.version}|{sys.platform}".encode())
    for root in roots:
        files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in _HASHED)
        out.update(f"{len(files)}\0".encode())
        for path in files:
            data = path.read_bytes()
            out.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
            out.update(data)
    return out.hexdigest()


@cache
def fingerprint() -> str:
    """:func:`digest` of ``unmask/lang`` and ``unmask/signals`` (once per process)."""
    return digest([_package_dir("unmask.lang"), _package_dir("unmask.signals")])


def _trusted(handle: BinaryIO) -> bool:
    """Only a file of this user's that nobody else may write is unpickled (a pickle can
    run code: a file planted by someone else is a miss, not a risk)."""
    if not hasattr(os, "getuid"):
        return True
    info = os.fstat(handle.fileno())
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def read_trusted(path: Path) -> bytes | None:
    """The bytes of a cache file that :func:`_trusted` lets be read (None: missing,
    unreadable, or someone else's to write), for other caches kept in :func:`folder`
    (the page template's compiled code: :mod:`unmask.report.html`)."""
    try:
        with path.open("rb") as handle:
            return handle.read() if _trusted(handle) else None
    except OSError:
        return None


def _read(path: Path) -> object | None:
    try:
        with path.open("rb") as handle:
            if not _trusted(handle):
                return None
            return pickle.load(handle)
    except Exception:  # noqa: BLE001 - any unreadable file just means "compile again"
        return None


def _re_module(name: str) -> Any:
    """``re``'s private module ``name`` (CPython's), or None where there is none."""
    try:
        return importlib.import_module(f"re.{name}")
    except ImportError:  # pragma: no cover - every CPython 3.11+ has them
        return None


def _engine() -> Any:
    """CPython's regex engine module (``_sre``), or None where there is none to be had."""
    return getattr(_re_module("_compiler"), "_sre", None)


def _program(pattern: re.Pattern[str]) -> tuple[Any, ...] | None:
    """The arguments ``re`` gives the engine when it compiles ``pattern`` (source, flags,
    program, groups), or None when they cannot be had or do not rebuild the same pattern."""
    engine = _engine()
    if engine is None:
        return None
    try:
        _compiler, _parser = _re_module("_compiler"), _re_module("_parser")
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = [int(op) for op in _compiler._code(parsed, pattern.flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for group, index in groupindex.items():
            indexgroup[index] = group
        args = (
            pattern.pattern,
            pattern.flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        twin = engine.compile(*args)
    except Exception:  # noqa: BLE001 - anything unexpected: pickle the source, as re does
        return None
    same = (twin.pattern, twin.flags, twin.groups, dict(twin.groupindex))
    if same != (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)):
        return None
    if twin != pattern:  # patterns are equal when their flags, source and program are
        return None
    return args


def _restore_pattern(
    source: str,
    flags: int,
    code: list[int],
    groups: int,
    groupindex: dict[str, int],
    indexgroup: tuple[str | None, ...],
) -> re.Pattern[str]:
    """A stored pattern, from its program (:func:`_program`), else compiled from source."""
    engine = _engine()
    if engine is not None:
        try:
            found: re.Pattern[str] = engine.compile(
                source, flags, code, groups, groupindex, indexgroup
            )
            return found
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile it
            pass
    return re.compile(source, flags)


def _reduce_pattern(pattern: re.Pattern[str]) -> tuple[Any, ...]:
    args = _program(pattern)
    if args is None:
        return re.compile, (pattern.pattern, pattern.flags)
    return _restore_pattern, args


class _Pickler(pickle.Pickler):
    """A pickler that stores each regular expression with its compiled program."""

    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[re.Pattern] = _reduce_pattern


def dumps(value: object) -> bytes:
    """``value`` pickled as the cache stores it (patterns with their programs)."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _write(where: Path, name: str, path: Path, value: object) -> None:
    try:
        data = dumps(value)
        private_mkdir(where)
        write_private(path, data)
    except (OSError, OutputError, pickle.PicklingError, TypeError, AttributeError):
        return
    for old in where.glob(f"{name}-*{_SUFFIX}"):  # results of older files or code
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()


#: (source, flags asked for) -> the arguments that rebuild the pattern (:func:`_program`)
Programs = dict[tuple[str, int], tuple[Any, ...]]
_PATTERNS = "patterns"
#: stored programs kept beside new ones up to this many (a run of the CLI uses ~700)
_KEEP = 10_000


class _Patterns:
    """This process's stored programs (read on first use) and the patterns it compiled from
    source (stored when it ends, :func:`_save_patterns`)."""

    def __init__(self) -> None:
        self.known: Programs | None = None
        self.path: Path | None = None
        self.fresh: dict[tuple[str, int], re.Pattern[str]] = {}


_patterns = _Patterns()


def _patterns_path() -> Path | None:
    """The file of stored programs: named by what a program depends on (the Python that
    compiled it, the engine's version), not by unmask's code (the key is the source)."""
    where = folder()
    if where is None:
        return None
    engine = _engine()
    pinned = f"{FORMAT}|{sys.version}|{sys.platform}|{getattr(engine, 'MAGIC', '?')}"
    name = hashlib.blake2b(pinned.encode(), digest_size=16).hexdigest()
    return where / f"{_PATTERNS}-{name}{_SUFFIX}"


def _known_programs() -> Programs:
    if _patterns.known is None:
        _patterns.known = {}
        try:
            _patterns.path = _patterns_path()
        except OSError:
            _patterns.path = None
        found = _read(_patterns.path) if _patterns.path is not None else None
        if isinstance(found, dict):
            _patterns.known = found
    return _patterns.known


def regex(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, the program taken from the stored ones where this
    Python compiled the same source and flags before (the same pattern: same source,
    flags and program). Only for patterns of unmask's code and language files."""
    key = (source, int(flags))
    known = _known_programs()
    args = known.get(key)
    engine = _engine() if args is not None else None
    if engine is not None and args is not None:
        try:
            found: re.Pattern[str] = engine.compile(*args)
            return found
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile it
            pass
    pattern = re.compile(source, flags)
    if _patterns.path is not None and key not in _patterns.fresh:
        if not _patterns.fresh:
            atexit.register(_save_patterns, os.getpid())
        _patterns.fresh[key] = pattern
    return pattern


def _save_patterns(pid: int) -> None:
    """Store the programs of the patterns compiled from source, with those read (at exit of
    the process that compiled them; not where the folder is gone, as after a test run)."""
    path, fresh = _patterns.path, _patterns.fresh
    if os.getpid() != pid or path is None or not fresh or not path.parent.is_dir():
        return
    known = _patterns.known or {}
    programs = dict(known) if len(known) < _KEEP else {}  # not without end across edits
    for key, pattern in fresh.items():
        args = _program(pattern)
        if args is not None:
            programs[key] = args
    _patterns.fresh = {}
    _write(path.parent, _PATTERNS, path, programs)


def cached(name: str, kind: type[T], build: Callable[[], T], key: str = "") -> T:
    """``build()``'s result, from the cache when a valid one is there (else built, stored).

    ``name`` identifies the structure ("message-en"); ``kind`` is the type the
    stored object must have (anything else counts as a miss). ``key``: what else the result
    depends on beyond :func:`fingerprint` (a hash of an input file's bytes; letters and
    digits), part of the file name.
    """
    where = folder()
    if where is None:
        return build()
    if key and not key.isalnum():
        raise ValueError("a cache key is letters and digits")
    try:
        path = where / f"{name}-{fingerprint()}{'-' + key if key else ''}{_SUFFIX}"
    except OSError:
        return build()
    found = _read(path)
    if isinstance(found, kind):
        return found
    value = build()
    _write(where, name, path, value)
    return value


__all__ = [
    "ENV",
    "cached",
    "digest",
    "dumps",
    "fingerprint",
    "folder",
    "read_trusted",
    "regex",
]
