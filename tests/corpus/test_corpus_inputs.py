"""Corpus inputs: folders, manifest CSVs and canonical files, refused before any work when
they contradict themselves (the error names the manifest line)."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from unmask.analyze import analyze
from unmask.corpus import ManifestError, RunOptions, discover, open_run, plan, run_corpus
from unmask.corpus.engines import InProcessEngine
from unmask.errors import InputError
from unmask.model import ARROW_SCHEMA, Message
from unmask_dev.synth import write_whatsapp

Make = Callable[[str, int, str], list[Message]]


def test_a_folder_gives_one_couple_per_export_and_per_conversation(corpus_dir: Path) -> None:
    files = discover(corpus_dir)
    ids = [c.couple_id for f in files for c in f.couples]
    assert ids == [
        "conv-p1",
        "conv-p2",
        "exports/alice",
        "exports/bo",
        "exports/empty",
        "exports/noise",
        "conv-j1",
    ]
    canonical = {Path(f.path).name for f in files if f.canonical}
    assert canonical == {"batch.parquet", "more.jsonl"}


def test_the_plan_does_not_depend_on_anything_but_the_inputs(corpus_dir: Path) -> None:
    files = discover(corpus_dir)
    params = RunOptions().parameters()
    first = plan(files, params, 16_000)
    assert [p.id for p in first] == [p.id for p in plan(discover(corpus_dir), params, 16_000)]
    # every canonical file is a partition of its own; exports are batched
    assert sum(p.couples for p in first) == 7
    other = plan(files, {**params, "seed": 1}, 16_000)
    assert not {p.id for p in first} & {p.id for p in other}
    # a canonical file is cut between whole conversations when it holds more than the target
    small = plan(files, params, 16_000, target_messages=500)
    parquet = [p for p in small if p.files[0].path.endswith("batch.parquet")]
    assert [[c.couple_id for c in p.files[0].couples] for p in parquet] == [
        ["conv-p1"],
        ["conv-p2"],
    ]
    assert [p.couples for p in first if p.files[0].path.endswith("batch.parquet")] == [2]


def _manifest(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "corpus.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture()
def exports(corpus_dir: Path, tmp_path: Path) -> Path:
    for name in ("alice.txt", "bo.txt"):
        shutil.copy(corpus_dir / "exports" / name, tmp_path / name)
    return tmp_path


def test_a_manifest_maps_files_to_couples_and_partner_roles(
    exports: Path, tmp_path: Path, make_couple: Make
) -> None:
    a_messages = make_couple("close_en", 11, "x")
    first, second = sorted({m.sender for m in a_messages if m.sender})
    manifest = _manifest(
        exports,
        [
            "file,couple_id,partner_a,partner_b",
            f"alice.txt,C-1,{second},{first}",
            "bo.txt,C-2,,",
        ],
    )
    files = discover(manifest)
    assert [(f.couples[0].couple_id, f.couples[0].partners) for f in files] == [
        ("C-1", (second, first)),
        ("C-2", None),
    ]
    out = tmp_path / "out"
    run_corpus(manifest, out, engine=InProcessEngine())
    couples = open_run(out).couples().set_index("couple_id")
    # the named partner_a is role a: the counts follow the names the manifest gave
    named = analyze(exports / "alice.txt", partners=(second, first))
    swapped = analyze(exports / "alice.txt", partners=(first, second))
    assert couples.loc["C-1", "messages.a"] == named.rates.messages[0]
    assert couples.loc["C-1", "messages.b"] == named.rates.messages[1]
    assert named.rates.messages[0] == swapped.rates.messages[1]
    assert named.rates.messages[0] != named.rates.messages[1]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["file,couple_id", "alice.txt,C-1", "bo.txt,C-1"], "line 3: couple id 'C-1' is already"),
        (["file,couple_id", "alice.txt,C-1", "alice.txt,C-2"], "line 3: 'alice.txt' is already"),
        (["file,couple_id", "alice.txt,C-1", "missing.txt,C-2"], "line 3: file 'missing.txt'"),
        (["file,couple_id", "alice.txt,"], "line 2: 'file' and 'couple_id'"),
        (["file,couple", "alice.txt,C-1"], "line 1: missing column"),
        (
            ["file,couple_id,partner_a,partner_b", "alice.txt,C-1,Sam,"],
            "line 2: give both partner_a and partner_b",
        ),
        (
            ["file,couple_id,partner_a,partner_b", "alice.txt,C-1,Sam,Sam"],
            "line 2: partner_a and partner_b are the same",
        ),
    ],
)
def test_conflicting_manifests_are_refused_before_any_work(
    exports: Path, tmp_path: Path, lines: list[str], message: str
) -> None:
    manifest = _manifest(exports, lines)
    out = tmp_path / "out"
    with pytest.raises(ManifestError, match=message) as caught:
        run_corpus(manifest, out, engine=InProcessEngine())
    assert str(caught.value).startswith("[E220]")
    assert not out.exists()


def test_a_conversation_in_two_canonical_files_is_a_duplicate(
    tmp_path: Path, make_couple: Make
) -> None:
    rows = [m.to_dict() for m in make_couple("close_en", 3, "same")]
    table = pa.Table.from_pylist(rows, schema=ARROW_SCHEMA)
    pq.write_table(table.slice(0, 100), tmp_path / "a.parquet")
    with (tmp_path / "b.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows[100:]:
            handle.write(json.dumps(row) + "\n")
    with pytest.raises(ManifestError, match="couple id 'same' appears twice"):
        discover(tmp_path)


def test_two_exports_with_one_id_are_refused(tmp_path: Path, make_couple: Make) -> None:
    messages = make_couple("close_en", 4, "x")
    write_whatsapp(messages, tmp_path / "sam.txt")
    (tmp_path / "sam.zip").write_bytes((tmp_path / "sam.txt").read_bytes())
    with pytest.raises(ManifestError, match="couple id 'sam' appears twice"):
        discover(tmp_path)


def test_hidden_files_are_skipped_and_an_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"\0\0")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("x")
    with pytest.raises(InputError, match="no files found"):
        discover(tmp_path)


def test_a_single_canonical_file_is_a_corpus(tmp_path: Path, make_couple: Make) -> None:
    rows = [m.to_dict() for m in make_couple("close_zh", 5, "one")]
    rows += [
        dataclasses.replace(m, conversation_id="two").to_dict()
        for m in make_couple("drifting_en", 6, "x")
    ]
    pq.write_table(pa.Table.from_pylist(rows, schema=ARROW_SCHEMA), tmp_path / "c.parquet")
    files = discover(tmp_path / "c.parquet")
    assert [c.couple_id for c in files[0].couples] == ["one", "two"]
