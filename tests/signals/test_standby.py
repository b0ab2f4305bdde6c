"""The scoring child forked before the read (:class:`unmask.signals.parallel.Standby`):
the same numbers as without it, and no child left behind on any path."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pytest

from unmask.errors import UnmaskError
from unmask.ingest import read_table
from unmask.signals import reply as reply_layer
from unmask.signals import score_table
from unmask.signals import scorer as scorer_module
from unmask.signals.parallel import Claims, Forked, Standby
from unmask_dev.synth import generate_large, write_whatsapp

#: the module (``unmask.analyze`` the attribute is the function)
analyze_module = importlib.import_module("unmask.analyze")
early_module = importlib.import_module("unmask.signals.early")


@pytest.fixture(scope="module")
def chat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("standby")) / "chat.txt"
    write_whatsapp(generate_large(3_000, seed=5), path, layout="android")
    return path


@pytest.fixture(scope="module")
def table(chat: Path) -> pa.Table:
    result: pa.Table = read_table(chat)
    return result


@pytest.fixture
def pids(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The pids of every standby child made while the test runs."""
    made: list[int] = []
    init = Standby.__init__

    def spy(self: Standby, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        assert self._pid is not None
        made.append(self._pid)

    monkeypatch.setattr(Standby, "__init__", spy)
    yield made


def _gone(pid: int) -> bool:
    """Whether ``pid`` has exited and been reaped (a zombie still takes signal 0)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.01)
    return False


def _fill_from_job(out: np.ndarray, claims: Claims, job: Any) -> None:
    while (b := claims.take(True)) is not None:
        out[:, b] = job[b]


def test_an_adopted_standby_runs_its_job_into_the_matrix() -> None:
    standby = Standby(lambda: None, _fill_from_job)
    standby.claims.reset(3)
    forked = Forked((2, 3), lambda out: None, standby=standby, job=[1.0, 2.0, 3.0])
    assert not standby.ready
    standby.close()  # a no-op once adopted
    assert forked.result().tolist() == [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]
    assert _gone(forked._pid)


def test_an_adopted_standby_serves_one_request_then_leaves() -> None:
    standby = Standby(lambda: None, _fill_from_job, serve=lambda request: request * 2)
    standby.claims.reset(2)
    forked = Forked((1, 2), lambda out: None, serve=print, standby=standby, job=[4.0, 5.0])
    assert forked.result().tolist() == [[4.0, 5.0]]
    assert forked.ask(21) == 42
    assert _gone(forked._pid)


def test_a_standby_that_could_not_get_ready_still_runs_its_job() -> None:
    def failing() -> None:
        raise MemoryError("no room for the lexicons")

    standby = Standby(failing, _fill_from_job)
    standby.claims.reset(1)
    forked = Forked((1, 1), lambda out: None, standby=standby, job=[7.0])
    assert forked.result().tolist() == [[7.0]]


def test_a_failing_standby_job_is_computed_here() -> None:
    def failing(out: np.ndarray, claims: Claims, job: Any) -> None:
        raise RuntimeError("the child failed")

    def fallback(out: np.ndarray) -> None:
        out[:] = 3.0

    for serve in (None, print):
        standby = Standby(lambda: None, failing, serve=print)
        forked = Forked((1, 2), fallback, serve=serve, standby=standby, job=None)
        assert forked.result().tolist() == [[3.0, 3.0]]
        forked.close()
        assert _gone(forked._pid)


def test_a_standby_never_adopted_is_stopped_and_reaped_even_while_getting_ready() -> None:
    for prepare in (lambda: time.sleep(30), lambda: None):
        standby = Standby(prepare, _fill_from_job)
        pid = standby._pid
        assert pid is not None
        started = time.monotonic()
        standby.close()
        assert time.monotonic() - started < 5  # stopped, not waited for
        assert not standby.ready
        with pytest.raises(ChildProcessError):  # reaped: no zombie
            os.waitpid(pid, os.WNOHANG)
        standby.close()  # twice is fine


def test_score_table_adopts_a_standby_with_the_same_numbers(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    one = score_table(table, evidence=False)
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    standby = scorer_module.standby(model=True)
    assert standby is not None
    pid = standby._pid
    assert pid is not None
    two = score_table(table, evidence=False, evidence_later=True, standby=standby)
    assert not standby.ready  # adopted: its child scored
    assert two.lang == one.lang
    assert two.versions == one.versions  # named from the model files' headers here
    assert {k: v.tobytes() for k, v in two.scores.items()} == {
        k: v.tobytes() for k, v in one.scores.items()
    }
    texts = [t for t in table.column("text").to_pylist()[:5] if isinstance(t, str)]
    assert two.lexicon_lookup(texts).scores.keys() == one.lexicon_lookup(texts).scores.keys()
    assert _gone(pid)


def test_score_table_leaves_a_standby_it_does_not_need_to_its_owner(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNMASK_WORKERS", "2")  # too few texts for a fork (MIN_PARALLEL)
    standby = scorer_module.standby(model=False)
    assert standby is not None
    score_table(table, evidence=False, standby=standby)
    assert standby.ready
    pid = standby._pid
    assert pid is not None
    standby.close()
    assert _gone(pid)


def test_no_standby_where_the_scorer_runs_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    assert scorer_module.standby() is None


def _report(chat: Path, early: bool) -> dict[str, Any]:
    report = dict(analyze_module.analyze(chat, early=early).report())
    report.pop("timings", None)
    return report


def test_an_early_analysis_reads_the_same_and_leaves_no_child(
    chat: Path, pids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(analyze_module, "EARLY_MIN_BYTES", 0)
    small = _report(chat, early=True)  # too few texts to fork: the standby is let go
    assert len(pids) == 1 and _gone(pids[0])
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    adopted = _report(chat, early=True)
    assert len(pids) == 2 and _gone(pids[1])
    monkeypatch.setattr(analyze_module, "EARLY_MIN_BYTES", 10**12)
    late = _report(chat, early=True)  # a small export: no standby
    assert len(pids) == 2
    assert small == adopted == late
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    assert _report(chat, early=False) == small


def test_a_failed_read_leaves_no_child(
    tmp_path: Path, pids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(analyze_module, "EARLY_MIN_BYTES", 0)
    bad = tmp_path / "chat.txt"
    bad.write_bytes(b"\x00\xff not a chat export\n" * 1000)
    with pytest.raises(UnmaskError):
        analyze_module.analyze(bad, early=True)
    assert len(pids) == 1 and _gone(pids[0])


@pytest.mark.parametrize("error", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_read_or_scoring_leaves_no_child(
    chat: Path,
    pids: list[int],
    monkeypatch: pytest.MonkeyPatch,
    error: type[BaseException],
) -> None:
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(analyze_module, "EARLY_MIN_BYTES", 0)
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise error("stopped")

    with monkeypatch.context() as patch:  # while reading
        patch.setattr(analyze_module, "_read", broken)
        with pytest.raises(error):
            analyze_module.analyze(chat, early=True)
    with monkeypatch.context() as patch:  # while scoring, the standby adopted
        patch.setattr(reply_layer, "score_replies", broken)
        with pytest.raises(error):
            analyze_module.analyze(chat, early=True)
    assert len(pids) == 2
    assert all(_gone(pid) for pid in pids)


@pytest.mark.parametrize("error", [KeyboardInterrupt, RuntimeError])
def test_an_error_after_the_fork_and_before_the_reply_layer_leaves_no_child(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch, error: type[BaseException]
) -> None:
    """Between forking the scoring child and reading the replies the scorer works out the
    languages and the rows; an error there stops and reaps the child too."""
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    made: list[int] = []
    init = Forked.__init__

    def spy(self: Forked, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        made.append(self._pid)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise error("stopped")

    monkeypatch.setattr(Forked, "__init__", spy)
    monkeypatch.setattr(scorer_module, "_merge_langs", broken)
    with pytest.raises(error):
        score_table(table, evidence=False)
    assert len(made) == 1 and _gone(made[0])


def test_an_early_standby_forked_before_the_imports_reads_the_same_and_leaves_no_child(
    chat: Path, pids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(early_module, "EARLY_MIN_BYTES", 10**12)
    assert early_module.early_standby(chat) is None  # a small export: no child
    assert early_module.early_standby(chat.parent) is None  # a folder: no child
    monkeypatch.setattr(early_module, "EARLY_MIN_BYTES", 0)
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    standby = early_module.early_standby(chat)
    assert standby is not None and len(pids) == 1
    adopted = dict(analyze_module.analyze(chat, standby=standby).report())
    assert _gone(pids[0])
    adopted.pop("timings", None)
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    assert early_module.early_standby(chat) is None  # one process: no child
    assert adopted == _report(chat, early=False)


def test_the_cli_forks_its_early_child_and_leaves_none(
    chat: Path, tmp_path: Path, pids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from unmask.cli.main import app

    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setenv("UNMASK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(early_module, "EARLY_MIN_BYTES", 0)
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    out = tmp_path / "report"
    result = CliRunner().invoke(
        app, ["analyze", str(chat), "-o", str(out), "--i-have-consent", "--no-model"]
    )
    assert result.exit_code == 0, result.output
    assert len(pids) == 1 and _gone(pids[0])
    assert (out / "report.json").is_file()


def test_the_analyze_command_imports_neither_the_analysis_nor_the_scorer() -> None:
    """What ``unmask analyze`` imports before it forks its scoring child (a fresh process)."""
    code = (
        "import sys; import unmask.cli.analyze_cmd; "
        "print(sorted(m for m in ('unmask.analyze', 'unmask.signals.scorer', "
        "'unmask.signals.reply', 'unmask.ingest.merge') if m in sys.modules))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"


def test_the_scorer_imports_the_engine_where_it_scores() -> None:
    """A parent whose forked child scores every piece never loads the lexicon engine (and
    its matcher): importing the scorer and the reply layer leaves them out; scoring a text
    brings them in, and the score matrix has the engine's rows."""
    code = (
        "import sys; import unmask.signals.scorer, unmask.signals.reply; "
        "names = ('unmask.signals.engine', 'unmask.signals.matcher'); "
        "print(sorted(m for m in names if m in sys.modules)); "
        "from unmask.signals import score_text; score_text('hi', model=False); "
        "print(sorted(m for m in names if m in sys.modules)); "
        "from unmask.signals import engine, scorer; print(engine.N_SIGNALS == scorer.N_SIGNALS)"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert found[:3] == [
        "[]",
        "['unmask.signals.engine', 'unmask.signals.matcher']",
        "True",
    ]


def test_spread_distinct_is_spread_with_a_column_of_its_own_per_signal() -> None:
    """The distinct texts' scores gathered to every row (the forked path) are what
    ``_spread`` gives from the rows' own scores (the one-process path), bit for bit, NaN on
    the rows that are not text messages; each column is an array of its own (no matrix of
    every signal, which numpy would back with huge pages)."""
    rng = np.random.default_rng(5)
    n_signals = len(scorer_module.MESSAGE_SIGNALS)
    n, d = 50, 9
    values = rng.random((n_signals, d))
    values[:, 3] = np.nan
    text_rows = np.flatnonzero(rng.random(n) < 0.8)
    inverse = rng.integers(0, d, len(text_rows))
    index = scorer_module._rows_of_distinct(n, text_rows, inverse, d)
    got = scorer_module._spread_distinct(values, index)
    expected = scorer_module._spread(n, text_rows, values[:, inverse])
    assert list(got) == list(expected) == list(scorer_module.MESSAGE_SIGNALS)
    for name in expected:
        assert got[name].tobytes() == expected[name].tobytes()
        assert got[name].base is None and got[name].flags.c_contiguous
    assert np.isnan(
        got[scorer_module.MESSAGE_SIGNALS[0]][np.setdiff1d(np.arange(n), text_rows)]
    ).all()


def test_chinese_of_counts_only_the_texts_beyond_ascii() -> None:
    """The parent's Chinese rows come from the script counts of its non-ASCII texts alone;
    an ASCII text has no Han character, so the rows are what counting every text gives."""
    from unmask.signals.langdetect import chinese, script_counts

    rng = np.random.default_rng(9)
    lines = [
        "",
        "ok see you at 6",
        "我们明天见",
        "ok 我知道了",
        "so sorry 抱抱",
        "今日はありがとう",
        "안녕 잘 자",
        "Привет, как дела",
        "café at noon?",
        "１２点见",
        "😀😀",
        "İstanbul'dayım",
        "好 ok ok ok ok ok ok",
        "x\ud800y",
    ]
    texts = [lines[i] for i in rng.integers(0, len(lines), 400)]
    got = scorer_module._chinese_of(texts)
    assert got.tolist() == chinese(script_counts(texts)).tolist()
    assert got.any() and not got.all()
    assert scorer_module._chinese_of(["only ascii", ""]).tolist() == [False, False]
    assert scorer_module._chinese_of([]).tolist() == []


def test_distinct_text_rows_are_the_distinct_texts_of_the_python_strings() -> None:
    """Arrow's hashing finds the text rows' distinct texts in the order they first occur and
    every row's index among them: what the dict over their Python strings gives."""
    import itertools

    from unmask.signals.distinct import distinct

    rng = np.random.default_rng(28)
    lines = ["", "ok", "OK", "ok ", "好的", "好的 ", "晚安 😴", "café", "cafe\u0301", "a\nb"]
    values = [lines[i] for i in rng.integers(0, len(lines), 300)]
    is_text = rng.random(300) < 0.7
    for kind in (pa.string(), pa.large_string()):
        column = pa.chunked_array(
            [
                pa.array(values[:120], kind),
                pa.array(values[120:121], kind),
                pa.array(values[121:], kind),
            ]
        )
        got = scorer_module._distinct_text_rows(column, is_text)
        assert got is not None
        want = distinct(list(itertools.compress(values, is_text)))
        assert got[0] == want[0]
        assert want[1] is not None and got[1] is not None
        assert got[1].dtype == np.int64 and got[1].tolist() == want[1].tolist()
    # no text repeats: no index, as distinct() gives
    unique = pa.chunked_array([pa.array(["a", "b", "ab", "好"])])
    assert scorer_module._distinct_text_rows(unique, np.ones(4, bool)) == (
        ["a", "b", "ab", "好"],
        None,
    )
    assert scorer_module._distinct_text_rows(unique, np.zeros(4, bool)) == ([], None)
    # a null or a column of another type: the Python strings' way
    with_null = pa.chunked_array([pa.array(["a", None, "a"])])
    assert scorer_module._distinct_text_rows(with_null, np.ones(3, bool)) is None
    assert (
        scorer_module._distinct_text_rows(pa.chunked_array([pa.array([1, 2])]), np.ones(2, bool))
        is None
    )


def test_langs_by_row_is_the_merge_of_the_spread_languages() -> None:
    """The languages the child detected (one code per distinct text), spread to every row
    at once, are what the merge of the rows' own list gives: the same names in the same
    places (the other rows' own languages; none; every text distinct)."""
    rng = np.random.default_rng(6)
    langs = scorer_module._LANGS
    for inverse_given in (True, False):
        n, d = 60, 11
        text_rows = np.flatnonzero(rng.random(n) < 0.8)
        inverse = rng.integers(0, d, len(text_rows)) if inverse_given else None
        if inverse is None:
            d = len(text_rows)
        codes = scorer_module._lang_codes([langs[k] for k in rng.integers(0, len(langs), d)])
        index = scorer_module._rows_of_distinct(n, text_rows, inverse, d)
        other_rows = np.setdiff1d(np.arange(n), text_rows).tolist()
        other_langs = [langs[k] for k in rng.integers(0, len(langs), len(other_rows))]
        per_text = np.asarray(langs, dtype=object)[codes.astype(np.int64)]
        sub_langs = (per_text if inverse is None else per_text[inverse]).tolist()
        want = scorer_module._merge_langs(n, text_rows, sub_langs, other_rows, other_langs)
        got = scorer_module._langs_by_row(codes, index, other_rows, other_langs)
        assert got == want and len(set(got)) > 1
        every = scorer_module._rows_of_distinct(
            len(text_rows), np.arange(len(text_rows)), inverse, d
        )
        assert scorer_module._langs_by_row(codes, every, [], []) == sub_langs


def test_declared_versions_are_read_before_the_childs_result(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the adopted child scores every piece, the parent reads the model headers'
    versions while it waits for the child, not after the result (the one-core stretch);
    the versions are the ones one process names."""
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setattr(scorer_module, "PARENT_MIN_LEFT", 10**9)  # the parent takes none
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    one = score_table(table, evidence=False)
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    seen: list[bool] = []  # per call: had the child's result been read
    read: list[bool] = []
    declared, result = scorer_module._declared_versions, Forked.result

    def record(model: bool) -> dict[str, str]:
        seen.append(bool(read))
        return declared(model)

    def first_result(self: Forked) -> Any:
        got = result(self)
        read.append(True)
        return got

    monkeypatch.setattr(scorer_module, "_declared_versions", record)
    monkeypatch.setattr(Forked, "result", first_result)
    standby = scorer_module.standby(model=True)
    assert standby is not None
    two = score_table(table, evidence=False, evidence_later=True, standby=standby)
    assert seen == [False]  # once, before the result
    assert two.versions == one.versions
    assert {k: v.tobytes() for k, v in two.scores.items()} == {
        k: v.tobytes() for k, v in one.scores.items()
    }


def test_the_lexicons_reading_by_row_is_the_spread_into_zeros() -> None:
    """The lexicons' reading of every row in one gather from the distinct texts' row of the
    shared matrix is the two steps it replaced (the distinct texts' values spread to the
    text rows, then placed in zeros): repeated texts, every text distinct, rows that are
    not text, no text at all."""
    rng = np.random.default_rng(8)
    for inverse_given in (True, False):
        n, d = 80, 13
        text_rows = np.flatnonzero(rng.random(n) < 0.8)
        inverse = rng.integers(0, d, len(text_rows)) if inverse_given else None
        if inverse is None:
            d = len(text_rows)
        read = rng.integers(0, 1 << 8, d).astype(np.float64)  # bits, as the matrix holds them
        index = scorer_module._rows_of_distinct(n, text_rows, inverse, d)
        want = np.zeros(n, dtype=np.int64)
        want[text_rows] = scorer_module._expand(read, inverse)
        got = scorer_module._read_by_row(read, index)
        assert got.dtype == want.dtype and got.tobytes() == want.tobytes() and got.any()
    none = scorer_module._rows_of_distinct(5, np.zeros(0, dtype=np.int64), None, 0)
    assert scorer_module._read_by_row(np.zeros(0), none).tolist() == [0] * 5


def test_texts_by_row_are_the_columns_strings() -> None:
    """The rows' strings built from the text rows' distinct texts (and the other rows' own
    values) equal what the column gives as Python strings, in both languages, whether texts
    repeat or not, with text rows only, none, or a column in several chunks."""
    rng = np.random.default_rng(37)
    lines = [
        "",
        "ok",
        "OK",
        "ok ",
        "好的",
        "好的 ",
        "晚安 😴",
        "café",
        "cafe\u0301",
        "a\nb",
        "我想你了",
    ]
    lines += ["I miss you", "<Media omitted>", "你在哪", " ", "谢谢你，我现在感觉好多了"]
    for size, share in ((300, 0.7), (40, 1.0), (25, 0.0), (4, 0.5)):
        values = [lines[i] for i in rng.integers(0, len(lines), size)]
        is_text = rng.random(size) < share
        for kind in (pa.string(), pa.large_string()):
            cut = size // 3
            column = pa.chunked_array([pa.array(values[:cut], kind), pa.array(values[cut:], kind)])
            found = scorer_module._distinct_text_rows(column, is_text)
            assert found is not None
            distinct, inverse = found
            rows = np.flatnonzero(is_text)
            got = scorer_module._texts_by_row(column, is_text, rows, distinct, inverse)
            assert got == scorer_module._strings_of(column) == values
            assert all(type(text) is str for text in got)
    # no text repeats: no index
    column = pa.chunked_array([pa.array(["a", "b", "好", "x"])])
    is_text = np.array([True, True, True, False])
    found = scorer_module._distinct_text_rows(column, is_text)
    assert found == (["a", "b", "好"], None)
    got = scorer_module._texts_by_row(column, is_text, np.flatnonzero(is_text), *found)
    assert got == ["a", "b", "好", "x"]


def test_distinct_text_array_holds_the_distinct_texts() -> None:
    """The Arrow dictionary the scorer keeps holds the distinct texts of _distinct_text_rows,
    with the same index; None where that is None."""
    values = ["ok", "好的", "ok", "I love you", "好的", "我爱你"]
    column = pa.chunked_array([pa.array(values[:2]), pa.array(values[2:])])
    is_text = np.array([True, True, True, True, False, True])
    held = scorer_module._distinct_text_array(column, is_text)
    rows = scorer_module._distinct_text_rows(column, is_text)
    assert held is not None and rows is not None
    assert held[0].to_pylist() == rows[0] == ["ok", "好的", "I love you", "我爱你"]
    assert held[1] is not None and rows[1] is not None
    assert held[1].tolist() == rows[1].tolist() == [0, 1, 0, 2, 3]
    with_null = pa.chunked_array([pa.array(["a", None, "a"])])
    assert scorer_module._distinct_text_array(with_null, np.ones(3, bool)) is None
