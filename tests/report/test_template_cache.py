"""The page templates' compiled code kept in the cache folder: the same page from it, a
file someone else may write or a damaged one is compiled again, nothing with the cache off."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment

from unmask.report import html
from unmask.signals import compiled_cache as cc


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cc.ENV, str(folder))
    return folder


def _fresh(monkeypatch: pytest.MonkeyPatch, compiles: list[str]) -> Environment:
    """A new environment (as in a new process) that notes each template it compiles."""
    monkeypatch.setattr(html, "_ENV", None)
    env = html.environment()
    compile_source = env.compile

    def counted(source: str, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        compiles.append(str(name))
        return compile_source(source, name, *args, **kwargs)

    monkeypatch.setattr(env, "compile", counted)
    return env


def _page(report: dict[str, Any], env: Environment) -> str:
    return env.get_template("report.html.j2").render(**html.context(report, "en"))


def test_the_second_process_reads_the_code_and_renders_the_same_page(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, report_en: dict[str, Any]
) -> None:
    compiles: list[str] = []
    first = _page(report_en, _fresh(monkeypatch, compiles))
    assert "report.html.j2" in compiles
    files = list(cache_dir.glob("template-*.bytecode"))
    assert files and all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    compiles.clear()
    again = _page(report_en, _fresh(monkeypatch, compiles))
    assert compiles == []
    assert again == first


def test_a_file_others_may_write_or_a_damaged_one_is_compiled_again(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, report_en: dict[str, Any]
) -> None:
    compiles: list[str] = []
    first = _page(report_en, _fresh(monkeypatch, compiles))
    (path,) = (f for f in cache_dir.glob("template-*.bytecode") if _holds(f, "report.html.j2"))
    os.chmod(path, 0o666)
    compiles.clear()
    assert _page(report_en, _fresh(monkeypatch, compiles)) == first
    assert "report.html.j2" in compiles
    path.write_bytes(b"not a template's code")
    os.chmod(path, 0o600)
    compiles.clear()
    assert _page(report_en, _fresh(monkeypatch, compiles)) == first
    assert "report.html.j2" in compiles


def _holds(path: Path, name: str) -> bool:
    """Whether the cache file ``path`` is the one of template ``name``."""
    bcc = html.TemplateCache(path.parent)
    return path.name.startswith(f"template-{bcc.get_cache_key(name, _filename(name))}-")


def _filename(name: str) -> str | None:
    env = html.environment()
    return env.loader.get_source(env, name)[1] if env.loader is not None else None


def test_off_keeps_no_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cc.ENV, "off")
    monkeypatch.setattr(html, "_ENV", None)
    assert html.environment().bytecode_cache is None
