"""Corpus mode end to end: the same figures as ``analyze``, on every engine, with errors
recorded, resumed after an interruption, and a manifest that says how to reproduce them."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pandas.testing
import pytest

from unmask.analyze import AnalyzeOptions, analyze
from unmask.corpus import (
    DaskEngine,
    LocalEngine,
    RunOptions,
    open_run,
    run_corpus,
)
from unmask.corpus.engines import InProcessEngine
from unmask.corpus.work import RECORDS, TABLES, Task, run_partition
from unmask.errors import OutputExistsError, UsageError
from unmask.ingest import read_table

#: small partitions, so even this corpus is cut into several (batch.parquet into two)
SMALL = RunOptions(target_bytes=16_000, target_messages=500)
COUPLES = {"exports/alice", "exports/bo", "conv-p1", "conv-p2", "conv-j1"}


def frames(out: Path) -> dict[str, pd.DataFrame]:
    run = open_run(out)
    return {name: run.table(name) for name in TABLES}


def assert_same(a: Path, b: Path) -> None:
    fa, fb = frames(a), frames(b)
    for name in TABLES:
        assert len(fa[name]) > 0, name
        pandas.testing.assert_frame_equal(fa[name], fb[name], check_exact=True, obj=name)


@pytest.fixture(scope="module")
def reference(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ref") / "out"
    run_corpus(corpus_dir, out, engine=InProcessEngine(), options=SMALL)
    return out


def test_every_couple_is_analysed_and_bad_files_are_recorded(reference: Path) -> None:
    run = open_run(reference)
    profiles = run.profiles()
    assert set(profiles["couple_id"]) == COUPLES
    assert profiles["placed"].all()
    assert set(profiles["region"]) <= {
        "genuine_intimacy",
        "pseudo_intimacy",
        "open_distress",
        "stormy_closeness",
    }
    errors = run.errors()
    assert dict(zip(errors["couple_id"], errors["code"], strict=True)) == {
        "exports/empty": "E104",
        "exports/noise": "E101",
    }
    assert (errors["stage"] == "read").all()
    manifest = run.manifest
    assert manifest["counts"]["couples"] == 5
    assert manifest["counts"]["errors"] == 2
    assert manifest["counts"]["messages"] == len(run.messages())
    assert len(manifest["partitions"]) >= 3


def test_figures_are_those_of_analyze(corpus_dir: Path, reference: Path) -> None:
    source = corpus_dir / "exports" / "alice.txt"
    analysis = analyze(source, options=AnalyzeOptions())
    report = analysis.report()
    run = open_run(reference)
    profile = run.profiles().set_index("couple_id").loc["exports/alice"]
    assert profile["surface"] == report["profile"]["surface"]["value"]
    assert profile["depth"] == report["profile"]["depth"]["value"]
    assert profile["depth_low"] == report["profile"]["depth"]["ci"][0]
    assert profile["region"] == report["profile"]["region"]
    metrics = run.couples().set_index("couple_id").loc["exports/alice"]
    assert metrics["disclosure"] == report["components"]["disclosure"]["couple"]["value"]
    assert (
        metrics["responses.responsive.a"]
        == (report["responses"]["by_responder"]["a"]["counts"]["responsive"])
    )
    months = run.months()
    mine = months[months["couple_id"] == "exports/alice"]
    assert list(mine["month"]) == report["trends"]["months"]
    expected = [np.nan if v is None else v for v in report["trends"]["series"]["depth"]["couple"]]
    np.testing.assert_array_equal(mine["depth"].to_numpy(), np.array(expected, dtype=float))
    messages = run.messages()
    mine_m = messages[messages["couple_id"] == "exports/alice"]
    assert len(mine_m) == analysis.table.num_rows
    np.testing.assert_array_equal(
        mine_m["score.disclosure.emotional"].to_numpy(),
        analysis.scores.scores["disclosure.emotional"],
    )
    roles = mine_m["role"].dropna()
    assert set(roles) == {"a", "b"}


def test_canonical_conversations_are_split_by_id(corpus_dir: Path, reference: Path) -> None:
    table = read_table(corpus_dir / "batch.parquet")
    messages = open_run(reference).messages(["message_id"])
    for conversation in ("conv-p1", "conv-p2"):
        ids = [
            m
            for m, c in zip(
                table.column("message_id").to_pylist(),
                table.column("conversation_id").to_pylist(),
                strict=True,
            )
            if c == conversation
        ]
        assert list(messages.loc[messages["couple_id"] == conversation, "message_id"]) == ids


def test_local_and_dask_engines_give_identical_results(
    corpus_dir: Path, reference: Path, tmp_path: Path
) -> None:
    run_corpus(corpus_dir, tmp_path / "local2", engine=LocalEngine(2), options=SMALL)
    assert_same(reference, tmp_path / "local2")
    dask = DaskEngine(workers=2, memory_limit="1500MiB")
    summary = run_corpus(corpus_dir, tmp_path / "dask2", engine=dask, options=SMALL)
    assert summary.couples == 5
    assert open_run(tmp_path / "dask2").manifest["engine"]["engine"] == "dask"
    assert_same(reference, tmp_path / "dask2")


class Interrupting:
    """An engine that stops (as Ctrl-C would) after ``after`` partitions."""

    name = "inprocess"
    workers = 1

    def __init__(self, after: int) -> None:
        self.after = after
        self.ran: list[str] = []

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name, "workers": 1}

    def run(self, tasks: list[Task]) -> Iterator[dict[str, Any]]:
        for task in tasks:
            if len(self.ran) == self.after:
                raise KeyboardInterrupt
            self.ran.append(task.partition.id)
            yield run_partition(task)


def test_an_interrupted_run_resumes_without_redoing_finished_partitions(
    corpus_dir: Path, reference: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = Interrupting(after=2)
    with pytest.raises(KeyboardInterrupt):
        run_corpus(corpus_dir, out, engine=first, options=SMALL)
    assert not (out / "manifest.json").exists()
    assert len(list((out / RECORDS).glob("*.json"))) == 2
    second = Interrupting(after=100)
    summary = run_corpus(corpus_dir, out, engine=second, options=SMALL)
    assert summary.resumed == 2
    assert not set(first.ran) & set(second.ran)
    assert len(first.ran) + len(second.ran) == summary.partitions
    assert_same(reference, out)
    # a third run finds everything finished and does nothing
    third = Interrupting(after=0)
    assert run_corpus(corpus_dir, out, engine=third, options=SMALL).resumed == summary.partitions


def test_a_changed_input_redoes_only_its_partition(
    corpus_dir: Path, reference: Path, tmp_path: Path
) -> None:
    source = tmp_path / "in"
    shutil.copytree(corpus_dir, source)
    out = tmp_path / "out"
    run_corpus(source, out, engine=InProcessEngine(), options=SMALL)
    (source / "exports" / "noise.txt").unlink()
    engine = Interrupting(after=100)
    summary = run_corpus(source, out, engine=engine, options=SMALL)
    assert len(engine.ran) == 1
    assert summary.errors == 1
    assert list(open_run(out).errors()["couple_id"]) == ["exports/empty"]
    # the tables of the partition that changed are replaced, not kept beside the new ones
    assert len(list((out / RECORDS).glob("*.json"))) == summary.partitions


def test_manifest_records_versions_hashes_and_parameters(corpus_dir: Path, reference: Path) -> None:
    manifest = open_run(reference).manifest
    analysis = analyze(corpus_dir / "exports" / "alice.txt")
    versions = manifest["versions"]
    assert versions["signals"] == dict(analysis.scores.versions)
    assert any(k.startswith("lang/en/") and k.endswith(".yaml") for k in versions["data_files"])
    assert any(k.endswith(".npz") for k in versions["data_files"])
    assert manifest["parameters"]["seed"] == AnalyzeOptions().seed
    assert manifest["parameters"]["model"] is True
    by_path = {f["path"]: f for f in manifest["inputs"]}
    parquet = str(corpus_dir / "batch.parquet")
    digest = hashlib.sha256((corpus_dir / "batch.parquet").read_bytes()).hexdigest()
    assert by_path[parquet]["sha256"] == digest
    assert len(by_path) == 6


def test_output_folder_must_be_a_corpus_run_and_outside_the_input(
    corpus_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(OutputExistsError, match="holds no corpus run"):
        run_corpus(corpus_dir, other, engine=InProcessEngine())
    with pytest.raises(UsageError, match="inside the corpus folder"):
        run_corpus(corpus_dir, corpus_dir / "out", engine=InProcessEngine())
    assert not (corpus_dir / "out").exists()


def test_reading_results_refuses_a_folder_without_manifest(tmp_path: Path) -> None:
    from unmask.errors import InputError

    with pytest.raises(InputError, match="manifest.json"):
        open_run(tmp_path)


def test_records_are_json_with_file_hashes(reference: Path) -> None:
    records = [json.loads(p.read_text()) for p in sorted((reference / RECORDS).glob("*.json"))]
    assert sum(r["couples"] for r in records) == 5
    assert all(f["sha256"] and len(f["sha256"]) == 64 for r in records for f in r["files"])
