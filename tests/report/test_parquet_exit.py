"""An analysis whose messages.parquet is still encoding when the process ends (h-speed55).

``analyze(parquet_ahead=True)`` starts pyarrow's parquet encoder on a thread; a script that
never writes the report (or fails before it does) exits while that thread may still be
inside the encoder. As a daemon thread it kept running while the interpreter tore down
Arrow's globals under it ("cannot create default memory pool", an abort). The process must
wait for it and exit cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import unmask
from unmask.samples import sample_path

SRC = str(Path(unmask.__file__).resolve().parents[1])


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )


def test_the_process_waits_for_an_encoder_still_running_at_exit(tmp_path: Path) -> None:
    # the encoder is held until the main thread has reached its last line, then finishes
    # 0.3 s later: a daemon thread would be cut off at exit and never write its mark
    done = tmp_path / "encoded"
    script = """
        import sys, threading, time
        import numpy as np, pyarrow as pa
        from types import SimpleNamespace
        from unmask.report import writer

        leaving = threading.Event()
        parquet = writer._parquet

        def slow(table):
            leaving.wait()
            time.sleep(0.3)
            data = parquet(table)
            with open(sys.argv[1], "w") as handle:
                handle.write(str(data.size))
            return data

        writer._parquet = slow
        n = 2_000
        table = pa.table({"text": ["how was your day?"] * n, "time": np.arange(n)})
        scores = SimpleNamespace(lang=["en"] * n, scores={"warmth": np.linspace(0, 1, n)})
        row = np.arange(n)
        writer.ParquetAhead(table, row, row // 10, scores)
        leaving.set()
    """
    done_run = _run(script, str(done))
    assert done_run.returncode == 0, done_run.stderr[-2000:]
    assert done.exists(), "the encoder's thread was cut off at exit"
    assert int(done.read_text()) > 0


def test_exiting_while_pyarrow_encodes_does_not_abort() -> None:
    # the main thread ends 20 ms after the encoder entered pyarrow's writer (a large table:
    # it is still encoding when the interpreter is done); at 449213b this aborted (rc 134,
    # "cannot create default memory pool") in about half the runs
    script = """
        import threading, time
        from types import SimpleNamespace
        import numpy as np, pyarrow as pa, pyarrow.parquet as pq
        from unmask.report import writer

        n = 400_000
        rng = np.random.default_rng(7)
        hours = rng.integers(0, 60, (n, 3)).tolist()
        texts = pa.array([f"see you at {h}:{m:02d}, love {k}" for h, m, k in hours])
        table = pa.table({"text": texts, "time": np.arange(n)})
        values = {f"s{k}": rng.random(n) for k in range(20)}
        scores = SimpleNamespace(lang=["en"] * n, scores=values)
        encoding = threading.Event()
        write = pq.write_table

        def started(*args, **kwargs):
            encoding.set()
            return write(*args, **kwargs)

        pq.write_table = started
        row = np.arange(n)
        writer.ParquetAhead(table, row, row // 10, scores)
        encoding.wait()
        time.sleep(0.02)
    """
    for _ in range(2):
        done = _run(script)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "memory pool" not in done.stderr


def test_analyze_with_the_parquet_ahead_and_no_report_exits_cleanly() -> None:
    # as the script that aborted: two analyses, the encoder started by each, no report written
    script = """
        import sys
        from unmask.analyze import analyze

        for _ in range(2):
            analysis = analyze(sys.argv[1], parquet_ahead=True)
            assert analysis.parquet_ahead is not None
    """
    for name in ("close_en", "drifting_zh"):
        done = _run(script, str(sample_path(name)))
        assert done.returncode == 0, done.stderr[-2000:]
        assert "memory pool" not in done.stderr
