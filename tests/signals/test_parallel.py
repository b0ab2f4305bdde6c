"""Scoring over two processes gives the same numbers as scoring in one.

``score_table`` (scores only, as ``unmask analyze`` asks) runs the message-level
layer in a forked child while the reply layer runs in the parent
(:mod:`unmask.signals.parallel`). These tests lower the size threshold so a
few thousand generated messages take that path, and compare it with
``UNMASK_WORKERS=1`` bit for bit.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pytest
from counted_forks import counted_forks

from unmask.ingest import read_table
from unmask.signals import model as model_layer
from unmask.signals import model_zh, parallel, score_table
from unmask.signals import scorer as scorer_module
from unmask.signals.parallel import Claims, Forked
from unmask_dev.synth import generate_large, write_whatsapp


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> pa.Table:
    path = Path(tmp_path_factory.mktemp("parallel")) / "chat.txt"
    write_whatsapp(generate_large(3_000, seed=11), path, layout="android")
    result: pa.Table = read_table(path)
    return result


def _run(table: pa.Table, workers: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    forks = counted_forks(workers, monkeypatch)
    done: list[int] = []
    result = score_table(table, evidence=False, progress=done.append)
    return {
        "forks": len(forks),
        "scores": {k: v.tobytes() for k, v in result.scores.items()},
        "lang": result.lang,
        "ids": result.message_id,
        "versions": result.versions,
        "progress": sum(done),
        "control": None if result.control is None else result.control.tobytes(),
    }


def test_two_workers_give_the_same_scores_as_one(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _run(table, "1", monkeypatch)
    two = _run(table, "2", monkeypatch)
    assert (one.pop("forks"), two.pop("forks")) == (0, 1 if sys.platform == "linux" else 0)
    assert one == two
    assert one["progress"] == table.num_rows
    # the safety model's control sums kept for the weak-control rule, by both alike
    control = np.frombuffer(one["control"], dtype=np.float64)  # type: ignore[arg-type]
    assert (~np.isnan(control)).sum() > table.num_rows // 2
    # the generated chat is bilingual and its message-level signals do fire
    assert {"en", "zh"} <= set(one["lang"])  # type: ignore[arg-type]
    fired = [np.frombuffer(v, dtype=np.float64) for v in one["scores"].values()]  # type: ignore[attr-defined]
    assert sum(int(np.sum(np.nan_to_num(c) >= 0.5)) for c in fired) > 100


#: replies in languages other than English and Chinese, and mixed ones: the reply layer
#: runs before the child has told "en" from "other" (it only needs to know what is Chinese)
_OTHER_TEXTS = (
    "te quiero mucho pero estoy muy cansada de todo",
    "je suis très triste, tu me manques",
    "ありがとう、大丈夫？",
    "사랑해 so much, are you ok?",
    "so sorry 我真的很难过",
    "😢😢",
    "ich bin nicht sicher, ob du mich liebst",
)


def test_two_workers_agree_on_replies_in_other_languages(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = table.column("text").to_pylist()
    kinds = table.column("kind").to_pylist()
    text_rows = [i for i, kind in enumerate(kinds) if kind == "text"]
    for j, i in enumerate(text_rows[::5]):
        texts[i] = _OTHER_TEXTS[j % len(_OTHER_TEXTS)]
    index = table.schema.get_field_index("text")
    mixed = table.set_column(index, table.schema.field(index), pa.array(texts, pa.string()))
    one = _run(mixed, "1", monkeypatch)
    two = _run(mixed, "2", monkeypatch)
    one.pop("forks")
    two.pop("forks")
    assert one == two
    langs = one["lang"]
    assert isinstance(langs, list)
    assert {langs[i] for i in text_rows[::5]} == {"zh", "other"}
    replied = np.frombuffer(one["scores"]["responsiveness"], dtype=np.float64)  # type: ignore[index]
    assert int(np.sum(replied[text_rows[::5]] >= 0.5)) > 10  # replies among them score


def test_workers_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    assert parallel.workers() == 1
    monkeypatch.setenv("UNMASK_WORKERS", "not a number")
    assert parallel.workers() == 1
    monkeypatch.setenv("UNMASK_WORKERS", "3")
    assert parallel.workers() == (3 if sys.platform == "linux" else 1)


def test_forked_child_fills_shared_memory() -> None:
    parent = os.getpid()

    def fill(out: np.ndarray) -> None:
        out[:] = np.arange(out.size, dtype=np.float64).reshape(out.shape) * 0.5
        if os.getpid() == parent:  # computed here only if the child failed
            out[0, 0] = -1.0

    got = Forked((3, 4), fill).result()
    assert got.tolist() == (np.arange(12).reshape(3, 4) * 0.5).tolist()


def test_a_failing_child_is_replaced_by_the_parent() -> None:
    parent = os.getpid()

    def fill(out: np.ndarray) -> None:
        if os.getpid() != parent:
            raise MemoryError("the child ran out")
        out[:] = 7.0

    forked = Forked((2, 5), fill)
    assert forked.result().tolist() == [[7.0] * 5] * 2
    assert forked.result().shape == (2, 5)  # a second call returns the same matrix


def test_evidence_later_asks_the_child_and_never_loads_the_lexicons_here(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where this process takes no piece, it never loads the message lexicons: with
    ``evidence_later`` the child stays to answer the first ``lexicon_lookup`` (the same
    scores and evidence as here), then leaves; later lookups are worked out here."""
    import gc

    from unmask.signals import score_texts
    from unmask.signals.matcher import compile_language

    class ChildTakesAll(Claims):  # this process takes no piece, so compiles nothing for one
        def take(self, front: bool) -> int | None:
            return super().take(front) if front else None

    forks: list[Forked] = []

    class Counted(Forked):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            forks.append(self)

    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setattr(scorer_module, "Claims", ChildTakesAll)
    monkeypatch.setattr(scorer_module, "Forked", Counted)
    compile_language.cache_clear()
    result = score_table(table, evidence=False, evidence_later=True)
    texts = [t for t in table.column("text").to_pylist()[:400] if t]
    assert result.lexicon_lookup is not None
    if sys.platform == "linux":
        assert forks[-1].serving
    asked = result.lexicon_lookup(texts)
    assert compile_language.cache_info().currsize == 0  # the child answered
    assert not forks or not forks[-1].serving  # and is gone
    here = score_texts(texts, model=False)
    assert asked.evidence == here.evidence and asked.evidence
    assert {k: v.tobytes() for k, v in asked.scores.items()} == {
        k: v.tobytes() for k, v in here.scores.items()
    }
    again = result.lexicon_lookup(texts[:5])  # worked out here now
    assert again.evidence == here.evidence[:5]
    # a lookup nobody asks lets its child go when it is dropped
    dropped = score_table(table, evidence=False, evidence_later=True)
    assert sys.platform != "linux" or forks[-1].serving
    del dropped
    gc.collect()
    assert not forks or not forks[-1].serving
    # above SERVE_MAX_TEXTS distinct texts the child does not stay: the lookup is local
    monkeypatch.setattr(scorer_module, "SERVE_MAX_TEXTS", 10)
    large = score_table(table, evidence=False, evidence_later=True)
    assert not forks or not forks[-1].serving
    assert large.lexicon_lookup is not None
    assert large.lexicon_lookup(texts[:5]).evidence == here.evidence[:5]


def test_a_serving_child_answers_one_request_and_a_failed_one_none() -> None:
    parent = os.getpid()

    def fill(out: np.ndarray) -> None:
        out[:] = 2.0

    def serve(request: Any) -> Any:
        if request == "fail":
            raise ValueError("cannot")
        return (os.getpid() != parent, request * 2)

    forked = Forked((1, 3), fill, serve=serve)
    assert forked.result().tolist() == [[2.0] * 3]
    assert forked.serving
    assert forked.ask("ab") == (True, "abab")  # answered by the child
    assert not forked.serving and forked.ask("ab") is None  # one request, then it is gone
    failing = Forked((1, 1), fill, serve=serve)
    failing.result()
    assert failing.ask("fail") is None  # the caller works it out itself
    idle = Forked((1, 1), fill, serve=serve)
    idle.result()
    idle.close()  # no request: the child leaves and is reaped
    assert not idle.serving and idle.ask("x") is None


def test_a_child_let_go_after_its_matrix_is_read_is_reaped_without_a_zombie() -> None:
    def fill(out: np.ndarray) -> None:
        out[:] = 1.0

    for asked in (True, False):
        forked = Forked((1, 2), fill, serve=lambda request: request)
        forked.result()
        if asked:
            assert forked.ask("x") == "x"
        else:
            forked.close()
        deadline = time.monotonic() + 10
        while forked._status is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert forked._status is not None and os.waitstatus_to_exitcode(forked._status) == 0
        with pytest.raises(ChildProcessError):  # reaped: nothing left to wait for
            os.waitpid(forked._pid, os.WNOHANG)


def test_a_request_sent_ahead_is_answered_later_and_never_left_waiting() -> None:
    parent = os.getpid()

    def fill(out: np.ndarray) -> None:
        out[:] = 1.0

    def serve(request: Any) -> Any:
        return (os.getpid() != parent, request * 3)

    forked = Forked((1, 2), fill, serve=serve)
    assert not forked.send("x")  # not before the matrix is read
    forked.result()
    assert forked.answer() is None  # nothing sent: nothing to read
    assert forked.send("ab")  # the child works on it while this process goes on
    assert forked.serving
    assert forked.answer() == (True, "ababab")
    assert not forked.serving and not forked.send("ab") and forked.answer() is None
    # an answer nobody reads (a large one, more than a pipe holds) is read away on close
    dropped = Forked((1, 1), fill, serve=serve)
    dropped.result()
    assert dropped.send("z" * 200_000)
    dropped.close()
    assert not dropped.serving and dropped.answer() is None


def test_evidence_prefetched_by_the_analysis_is_the_childs_answer(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``lexicon_lookup.prefetch`` hands the texts to the serving child ahead of the call;
    the call with the same texts reads its answer (the same as here), other texts are
    worked out here."""
    from unmask.signals import score_texts
    from unmask.signals.matcher import compile_language

    class ChildTakesAll(Claims):
        def take(self, front: bool) -> int | None:
            return super().take(front) if front else None

    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setattr(scorer_module, "Claims", ChildTakesAll)
    compile_language.cache_clear()
    texts = [t for t in table.column("text").to_pylist()[:300] if t]
    result = score_table(table, evidence=False, evidence_later=True)
    prefetch = getattr(result.lexicon_lookup, "prefetch", None)
    assert prefetch is not None or sys.platform != "linux"
    if prefetch is None:
        return
    prefetch(texts)
    assert result.lexicon_lookup is not None
    asked = result.lexicon_lookup(texts)
    assert compile_language.cache_info().currsize == 0  # the child answered
    here = score_texts(texts, model=False)
    assert asked.evidence == here.evidence and asked.evidence
    assert {k: v.tobytes() for k, v in asked.scores.items()} == {
        k: v.tobytes() for k, v in here.scores.items()
    }
    other = score_table(table, evidence=False, evidence_later=True)
    assert other.lexicon_lookup is not None
    other_prefetch = getattr(other.lexicon_lookup, "prefetch", None)
    assert other_prefetch is not None
    other_prefetch(texts[:10])
    assert other.lexicon_lookup(texts[5:20]).evidence == here.evidence[5:20]  # not those


def test_finished_tells_without_waiting_whether_the_child_exited() -> None:
    parent = os.getpid()
    read_end, write_end = os.pipe()

    def fill(out: np.ndarray) -> None:
        if os.getpid() != parent:
            os.read(read_end, 1)  # the child waits for the parent's word
            raise MemoryError("the child ran out")
        out[:] = 3.0  # the parent's recomputation

    forked = Forked((2, 3), fill)
    try:
        assert not forked.finished()  # blocked on the pipe: still running
    finally:
        os.write(write_end, b"x")
        os.close(write_end)
        os.close(read_end)
    while not forked.finished():  # the child exits (with an error) right after the byte
        os.sched_yield()
    assert forked.finished()
    # the status reaped by finished() still counts: the failed child is recomputed here
    assert forked.result().tolist() == [[3.0] * 3] * 2
    forked.cancel()  # nothing left to stop


def test_while_waiting_jobs_run_only_while_the_child_scores(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The caller's warm-up jobs fill the parent's wait for the child: they run in order
    while the child has not finished, stop once it has, never run without a child, and
    leave the scores alone."""
    ran: list[str] = []
    polls: list[bool] = []

    class DoneAfterOnePoll(Forked):  # the child "finishes" after the first job
        def finished(self) -> bool:
            polls.append(True)
            return len(polls) > 1

    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setattr(scorer_module, "Forked", DoneAfterOnePoll)
    jobs = (lambda: ran.append("first"), lambda: ran.append("second"))
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    alone = score_table(table, evidence=False, while_waiting=jobs)
    assert ran == [] and polls == []
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    forked = score_table(table, evidence=False, while_waiting=jobs)
    forked.scores["disclosure.emotional"]  # noqa: B018 - reading the scores waits for them
    assert ran == ["first"] and len(polls) == 2
    assert {k: v.tobytes() for k, v in alone.scores.items()} == {
        k: np.asarray(v).tobytes() for k, v in forked.scores.items()
    }


def test_beside_jobs_run_before_this_process_takes_pieces_and_only_with_a_child(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The caller's ``beside`` jobs run in this process once its reply scan is done and
    before it takes its first message-level piece (the child scores meanwhile); without a
    child they never run, and they leave the scores alone."""
    events: list[str] = []

    class Logged(Claims):
        def take(self, front: bool) -> int | None:
            got = super().take(front)
            if not front and os.getpid() == parent:
                events.append("take")
            return got

    parent = os.getpid()
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setattr(scorer_module, "Claims", Logged)
    jobs = (lambda: events.append("first"), lambda: events.append("second"))
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    alone = score_table(table, evidence=False, beside=jobs)
    assert events == []
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(scorer_module, "PARENT_MIN_LEFT", 0)
    forked = score_table(table, evidence=False, beside=jobs)
    forked.scores["disclosure.emotional"]  # noqa: B018 - reading the scores waits for them
    if sys.platform == "linux":
        assert events[:2] == ["first", "second"] and set(events[2:]) == {"take"}
    assert {k: v.tobytes() for k, v in alone.scores.items()} == {
        k: np.asarray(v).tobytes() for k, v in forked.scores.items()
    }
    # with fewer pieces left than PARENT_MIN_LEFT this process takes none: the child does
    events.clear()
    monkeypatch.setattr(scorer_module, "PARENT_MIN_LEFT", 10**9)
    late = score_table(table, evidence=False, beside=jobs)
    late.scores["disclosure.emotional"]  # noqa: B018
    assert events == (["first", "second"] if sys.platform == "linux" else [])
    assert {k: v.tobytes() for k, v in alone.scores.items()} == {
        k: np.asarray(v).tobytes() for k, v in late.scores.items()
    }


def test_pieces_are_a_few_thousand_texts_and_never_more_than_a_batch() -> None:
    assert scorer_module._piece_size(26_000) == scorer_module.CLAIM_MIN
    assert scorer_module._piece_size(160_000) == 10_000  # at most CLAIMS_MAX pieces
    assert scorer_module._piece_size(1_000_000) == scorer_module.BATCH_SIZE
    # what is claimed is a quarter of a piece
    assert scorer_module._unit_size(26_000) == 1_000 and scorer_module._units(26_000) == 26
    assert scorer_module._units_per_piece(26_000) == 4
    assert scorer_module._unit_size(1_000_000) == 5_000


def test_a_process_takes_a_piece_while_much_is_left_and_one_unit_near_the_end() -> None:
    """Each take is at most a piece (4 units), a quarter of what is left (rounded up) near
    the end, at least one unit; the units of one take follow one another, from either end."""
    claims = Claims(26)
    runs = []
    while run := scorer_module._take_run(claims, True, 4):
        runs.append(run)
    claims.close()
    assert [len(r) for r in runs] == [4, 4, 4, 4, 3, 2, 2, 1, 1, 1]
    assert [u for r in runs for u in r] == list(range(26))
    back = Claims(10)
    assert scorer_module._take_run(back, False, 4) == [9, 8, 7]
    back.close()
    # a run's units as spans of texts: consecutive units joined, from either end
    assert scorer_module._spans([4, 5, 6], 10, 65) == [(40, 65)]  # the last one short
    assert scorer_module._spans([6, 5], 10, 65) == [(50, 65)]
    assert scorer_module._spans([1, 3], 10, 65) == [(10, 20), (30, 40)]


def test_pieces_that_cut_across_batches_give_the_same_scores(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text's scores do not depend on the texts scored beside it: pieces of 7 texts
    shared by two processes give one process's scores (one batch) bit for bit."""
    one = _run(table, "1", monkeypatch)
    monkeypatch.setattr(scorer_module, "CLAIM_MIN", 7)
    monkeypatch.setattr(scorer_module, "CLAIMS_MAX", 10_000)
    two = _run(table, "2", monkeypatch)
    one.pop("forks")
    two.pop("forks")
    assert one == two


@pytest.mark.parametrize("who", ["both", "parent", "child"])
def test_batches_shared_out_in_any_way_give_the_same_scores(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch, who: str
) -> None:
    """The child takes batches' units from the front, this process from the back once its
    reply scan is done: however they share them (here also forced: all to one side), every
    batch is scored once, as in one process."""
    monkeypatch.setattr(scorer_module, "BATCH_SIZE", 256)  # a dozen batches
    monkeypatch.setattr(scorer_module, "PARENT_MIN_LEFT", 0)
    one = _run(table, "1", monkeypatch)
    taken: dict[str, int] = {"parent": 0}

    class Forced(Claims):
        def take(self, front: bool) -> int | None:
            if (who == "parent" and front) or (who == "child" and not front):
                return None
            got = super().take(front)
            if got is not None and not front:
                taken["parent"] += 1
            return got

    monkeypatch.setattr(scorer_module, "Claims", Forced)
    two = _run(table, "2", monkeypatch)
    if sys.platform == "linux":
        assert two.pop("forks") == 1
        if who == "parent":  # every batch of distinct texts (each text is scored once)
            kinds = table.column("kind").to_pylist()
            texts = table.column("text").to_pylist()
            distinct = {t for t, k in zip(texts, kinds, strict=True) if k == "text"}
            assert len(distinct) < len(texts)
            # every claimed unit (a quarter of a batch-sized piece) taken once
            assert taken["parent"] == scorer_module._units(len(distinct)) == -(-len(distinct) // 64)
        if who == "child":
            assert taken["parent"] == 0
    one.pop("forks")
    two.pop("forks", None)
    assert one == two


def test_claims_hand_out_each_piece_once_across_the_fork() -> None:
    claims = Claims(40)

    def fill(out: np.ndarray) -> None:  # the child: pieces from the front, marked +1
        while (b := claims.take(True)) is not None:
            out[0, b] += 1.0

    forked = Forked((1, 40), fill)
    mine = []
    while (b := claims.take(False)) is not None:  # this process: from the back, marked +1
        forked.out[0, b] += 1.0
        mine.append(b)
    got = forked.result()
    assert claims.take(True) is None and claims.take(False) is None  # nothing left
    claims.close()
    assert got.tolist() == [[1.0] * 40]  # every piece once, by one of the two
    assert mine == sorted(mine, reverse=True)  # taken from the back


def test_a_failing_child_leaves_the_same_scores_and_languages(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the child dies, this process scores (and detects the languages of) every batch
    itself: the languages the child would have handed back come out the same."""
    one = _run(table, "1", monkeypatch)
    parent = os.getpid()

    class ChildDies(Forked):
        def __init__(
            self, shape: tuple[int, int], fill: Any, fallback: Any = None, **kwargs: Any
        ) -> None:
            def dying(out: np.ndarray) -> None:
                if os.getpid() != parent:
                    raise MemoryError("the child ran out")
                fill(out)

            super().__init__(shape, dying, fallback, **kwargs)

    monkeypatch.setenv("UNMASK_WORKERS", "2")
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setattr(scorer_module, "Forked", ChildDies)
    result = score_table(table, evidence=False)
    assert result.lang == one["lang"]
    assert {k: v.tobytes() for k, v in result.scores.items()} == one["scores"]


def test_the_analysis_hands_the_report_s_example_texts_to_the_child_ahead(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``analyze()`` prefetches exactly the texts the report's examples then look up (so
    the child's answer is used), and the examples are those of a one-process run."""
    from unmask.analyze import analyze

    calls: list[tuple[str, list[str]]] = []
    prefetch, call = scorer_module._Lookup.prefetch, scorer_module._Lookup.__call__

    def spy_prefetch(self: Any, texts: list[str]) -> None:
        calls.append(("prefetch", list(texts)))
        prefetch(self, texts)

    def spy_call(self: Any, texts: list[str]) -> Any:
        calls.append(("call", list(texts)))
        return call(self, texts)

    monkeypatch.setattr(scorer_module._Lookup, "prefetch", spy_prefetch)
    monkeypatch.setattr(scorer_module._Lookup, "__call__", spy_call)
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    forked = analyze("chat.txt", table=table).report()["examples"]
    if sys.platform == "linux":
        assert [kind for kind, _ in calls] == ["prefetch", "call"]
        assert calls[0][1] == calls[1][1] and calls[0][1]
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    assert analyze("chat.txt", table=table).report()["examples"] == forked


def _english_model_file(tmp_path: Path, damage: str) -> Path:
    """A copy of the bundled English weights file, damaged one way: its weights non-finite
    under a header that reads well, or a header that names another model version."""
    with model_layer._weights_ref().open("rb") as fh, np.load(fh) as npz:
        arrays = {name: npz[name] for name in npz.files}
    meta = json.loads(str(arrays["meta"]))
    if damage == "nan_weights":
        arrays["weights"] = np.full_like(arrays["weights"], np.nan)
    else:
        arrays["meta"] = np.array(json.dumps({**meta, "model_version": "other-9"}))
    path = tmp_path / model_layer.WEIGHTS_FILE
    np.savez_compressed(path, allow_pickle=False, **arrays)
    return path


@pytest.mark.parametrize("damage", ["nan_weights", "wrong_version"])
@pytest.mark.parametrize("early", [False, True])
def test_a_damaged_model_file_reads_the_same_in_two_processes(
    damage: str, early: bool, table: pa.Table, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent names the model layers from the files' headers when its child did all the
    scoring; where the weights do not load under a header that reads well, the child fails
    and the parent scores, so the versions always name what scored."""
    path = _english_model_file(tmp_path, damage)
    monkeypatch.setattr(model_layer, "_weights_ref", lambda: path)
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    model_layer._cache.clear()
    try:
        assert model_layer.declared() == (damage == "nan_weights")
        assert not model_layer.available()
        model_layer._cache.clear()  # the children load it themselves
        monkeypatch.setenv("UNMASK_WORKERS", "1")
        one = score_table(table, evidence=False)
        model_layer._cache.clear()
        monkeypatch.setenv("UNMASK_WORKERS", "2")
        standby = scorer_module.standby(model=True) if early else None
        two = score_table(table, evidence=False, standby=standby)
        if standby is not None:
            assert not standby.ready  # adopted
    finally:
        model_layer._cache.clear()
    assert two.versions == one.versions
    assert not any(f"model:{model_layer.MODEL_VERSION}" in v for v in one.versions.values())
    assert any(f"model:{model_zh.MODEL_VERSION}" in v for v in one.versions.values())
    assert two.lang == one.lang
    assert {k: v.tobytes() for k, v in two.scores.items()} == {
        k: v.tobytes() for k, v in one.scores.items()
    }


@pytest.mark.skipif(sys.platform != "linux", reason="fork is only used on Linux")
@pytest.mark.parametrize("size", [100, 300_000, 3_000_000])
def test_a_serving_childs_answer_comes_back_whole(size: int) -> None:
    """Answers within and beyond the pipe's room (:data:`parallel.PIPE_BYTES`): the child
    writes what fits while this process is busy, and the rest as it is read."""
    answer = bytes(range(256)) * (size // 256) + b"end"
    forked = Forked((1, 4), lambda out: out.fill(2.0), serve=lambda request: answer + request)
    assert forked.result().tolist() == [[2.0] * 4]
    assert forked.send(b"!")
    time.sleep(0.05)
    assert forked.answer() == answer + b"!"


@pytest.mark.skipif(sys.platform != "linux", reason="fork is only used on Linux")
def test_a_serving_childs_pipes_hold_a_scorer_answer() -> None:
    """Linux lets any user's pipe hold 1 MiB (its default ``pipe-max-size``)."""
    import fcntl

    read, write = parallel._pipe()
    try:
        assert fcntl.fcntl(write, fcntl.F_GETPIPE_SZ) == parallel.PIPE_BYTES
    finally:
        os.close(read)
        os.close(write)
