"""The wheel a user installs: built from this tree, installed into a new venv, runs the demo.

``python -m build`` makes the wheel and the sdist (no build isolation: hatchling comes with
the test extras, so nothing is fetched). The wheel goes into a fresh virtual environment
with no network index (``--no-index``); its dependencies come from the test venv through a
``.pth`` line (a path added that way never runs the test venv's editable-install hooks, so
``unmask`` can only come from the wheel). ``unmask demo`` must then work, and the wheel must
carry the runtime only: no developer tools, no training split, no sample generator.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPO)])
    return out


def test_wheel_and_sdist_are_built(dist: Path) -> None:
    wheels = list(dist.glob("unmask-*.whl"))
    sdists = list(dist.glob("unmask-*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1


def test_wheel_carries_the_runtime_only(dist: Path) -> None:
    (wheel,) = dist.glob("unmask-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "unmask/py.typed" in names
    assert "unmask/cli/main.py" in names
    assert any(n.startswith("unmask/samples/") and n.endswith(".txt") for n in names)
    assert any(n.startswith("unmask/signals/models/") for n in names)
    assert any(n.startswith("unmask/lang/zh/") for n in names)
    assert {f"unmask/lang/{lang}/guide/ladder.yaml" for lang in ("en", "zh")} <= set(names)
    # the web app's pages, script and stylesheet (`unmask serve` needs nothing else)
    assert {"unmask/web/templates/base.html", "unmask/web/static/progress.js"} <= set(names)
    assert "unmask/lang/zh/text/web.yaml" in names
    assert not [n for n in names if n.startswith("unmask_dev/") or "claff_split" in n]
    assert not [n for n in names if "/synth/" in n or n.startswith(("tests/", "benchmarks/"))]


def test_installed_wheel_runs_the_demo(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("unmask-*.whl")
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)]
    )  # fmt: skip
    target_site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
        ).stdout.strip()
    )
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    deps.append(sysconfig.get_path("purelib"))
    (target_site / "test_deps.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    where = _run(
        [str(python), "-c", "import unmask, importlib.util as u; print(unmask.__file__);"
         "print(u.find_spec('unmask_dev'))"],
        cwd=tmp_path, env=env,
    ).stdout.split()  # fmt: skip
    assert where[0].startswith(str(venv)), where
    assert where[1] == "None"
    demo = _run([str(venv / "bin" / "unmask"), "demo", "-o", "reports"], cwd=tmp_path, env=env)
    reports = sorted(p.name for p in (tmp_path / "reports").iterdir())
    assert len(reports) == 4, demo.stdout
    for name in reports:
        for file in ("report.html", "report.json", "messages.parquet"):
            assert (tmp_path / "reports" / name / file).stat().st_size > 0
