"""unmask.arrownp gives what pyarrow's own conversions give, without importing pandas."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from unmask.arrownp import array_of, numpy_of, repeated_strings, scalar, strings
from unmask.samples import sample_path

ARRAYS = [
    pa.array([1, 2, 3], pa.int64()),
    pa.array([1, None, 3], pa.int64()),
    pa.array([-1, 2, 7], pa.int8()),
    pa.array([5, None], pa.int32()),
    pa.array([1.5, None, float("nan")], pa.float64()),
    pa.array([True, False, True, True, False, False, True, True, False], pa.bool_()),
    pa.array([True, None, False], pa.bool_()),
    pa.array(["2024-05-01T10:00:00", None], pa.string()).cast(pa.timestamp("s")),
    pa.array([0, 86_400], pa.int64()).cast(pa.timestamp("s")),
    pa.array(["a", None, "日本"], pa.string()),
]


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype == object:
        return a.tolist() == b.tolist()
    return a.tobytes() == b.tobytes()


@pytest.mark.parametrize("array", ARRAYS, ids=lambda a: str(a.type))
def test_numpy_of_is_to_numpy(array: pa.Array) -> None:
    assert _same(numpy_of(array), array.to_numpy(zero_copy_only=False))
    sliced = array.slice(1)
    assert _same(numpy_of(sliced), sliced.to_numpy(zero_copy_only=False))
    chunked = pa.chunked_array([array, array.slice(1)])
    assert _same(numpy_of(chunked), chunked.to_numpy())


def test_no_chunks_at_all() -> None:
    for kind in (pa.int64(), pa.bool_(), pa.float64(), pa.string(), pa.timestamp("s")):
        empty = pa.chunked_array([], type=kind)
        assert _same(numpy_of(empty), empty.to_numpy())


def test_chunks_with_and_without_nulls() -> None:
    chunked = pa.chunked_array([pa.array([1, 2]), pa.array([None, 4])])
    assert _same(numpy_of(chunked), chunked.to_numpy())
    results = pc.greater(pa.chunked_array([pa.array([1, 5]), pa.array([7])]), 3)
    assert numpy_of(results).tolist() == [False, True, True]


def test_arrays_and_scalars_are_pyarrows() -> None:
    for values in (np.arange(5, dtype=np.int64), np.array([0.5, 2.0]), np.array([True, False])):
        assert array_of(values).equals(pa.array(values))
    assert array_of(np.arange(10)[::2]).equals(pa.array(np.arange(10)[::2]))
    floats = np.array([0.5, np.nan, 2.0, np.nan] * 5)
    assert array_of(floats, mask=np.isnan(floats)).equals(
        pa.array(floats, type=pa.float64(), mask=np.isnan(floats))
    )
    assert array_of(floats[:1], mask=np.isnan(floats[:1])).equals(pa.array(floats[:1]))
    assert strings(["a", None, "ü"]).equals(pa.array(["a", None, "ü"], pa.string()))
    for value in ("text", True, 3, 2.5):
        assert scalar(value).equals(pa.scalar(value))
    for kind in (pa.int8(), pa.int32(), pa.uint16(), pa.float32()):
        assert scalar(-1 if kind != pa.uint16() else 1, kind).equals(
            pa.scalar(-1 if kind != pa.uint16() else 1, kind)
        )
    assert scalar(False, pa.bool_()).equals(pa.scalar(False, pa.bool_()))
    with pytest.raises(ValueError, match="no"):
        scalar(3, pa.string())


def test_repeated_strings_are_strings() -> None:
    """The same string array, gathered from its distinct values (or built as by
    :func:`strings` where values are null or hardly repeat)."""
    cases: list[list[str | None]] = [
        [],
        ["en"],
        ["en", "zh", "other", "zh"] * 30,
        ["日本", "x"] * 20,
        ["a", None] * 20,
        [str(i) for i in range(40)],
    ]
    for values in cases:
        made = repeated_strings(values)
        assert made.type == pa.string() and made.equals(strings(values))
        assert made.to_pylist() == values


def test_nothing_here_imports_pandas() -> None:
    code = (
        "import sys, numpy as np, pyarrow as pa, pyarrow.compute as pc\n"
        "from unmask.arrownp import array_of, numpy_of, scalar, strings\n"
        "a = array_of(np.arange(4))\n"
        "numpy_of(pc.greater(a, scalar(1))); numpy_of(pc.fill_null(a, scalar(0)))\n"
        "i = pc.dictionary_encode(strings(['x', None, 'x'])).indices\n"
        "numpy_of(pc.fill_null(i, scalar(-1, i.type)))\n"
        "numpy_of(pc.equal(strings(['x', None]), scalar('x')))\n"
        "print('pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_unmask_analyze_leaves_pandas_out(tmp_path: Path) -> None:
    """``unmask analyze`` uses no pandas, and pyarrow is not made to import it (~0.15 s of
    the serial path): on a bundled sample in one process and with the scorer's forked
    child (its size threshold lowered), pandas being installed (the test extras)."""
    assert importlib.util.find_spec("pandas") is not None
    code = (
        "import sys\n"
        "from unmask.signals import scorer\n"
        "from unmask.cli.main import app\n"
        "scorer.MIN_PARALLEL = int(sys.argv[3])\n"
        "try:\n"
        "    app(['analyze', sys.argv[1], '-o', sys.argv[2], '--i-have-consent'])\n"
        "except SystemExit as done:\n"
        "    assert not done.code, done.code\n"
        "print('pandas' in sys.modules, 'pyarrow' in sys.modules)\n"
    )
    env = {**os.environ, "UNMASK_DATA_DIR": str(tmp_path / "data"), "UNMASK_WORKERS": "2"}
    for threshold in ("0", "1000000"):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                code,
                str(sample_path("close_en")),
                str(tmp_path / threshold),
                threshold,
            ],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        assert out.stdout.strip().splitlines()[-1] == "False True"
        assert (tmp_path / threshold / "messages.parquet").exists()


def test_distinct_values_index_every_row_among_the_values_first_seen() -> None:
    from unmask.arrownp import distinct_values

    texts = pa.chunked_array([["ok", "haha", "ok"], ["ok", "haha", "love you"]])
    values, index = distinct_values(texts)
    assert index is not None
    assert values.to_pylist() == ["ok", "haha", "love you"]
    assert [values[int(i)].as_py() for i in index] == texts.to_pylist()
    # a null, or more distinct values than repeats: every row as it is
    with_null = pa.array(["ok", None, "ok", "ok"])
    assert distinct_values(with_null) == (with_null, None)
    few = pa.array(["a", "b", "c", "a"])
    got, none = distinct_values(few)
    assert got is few and none is None
