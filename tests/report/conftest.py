"""Real report.json documents to render: bundled samples and a chat too short to place.

Analyses run once per session with the lexicon-only scorer and fewer bootstrap
draws (rendering does not depend on the model; it keeps the tests quick).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.report.writer import validate_report
from unmask.samples import sample_path

OPTIONS = AnalyzeOptions(model=False, bootstrap_resamples=200)

#: one day of chat, Alex writing nearly everything: too short and one-sided to place
SHORT_CHAT = (
    "\n".join(
        [
            f"3/6/21, 9:{m:02d} AM - Alex Morgan: I feel a bit lost today, see https://example.org/x"
            for m in range(0, 40)
        ]
        + ["3/6/21, 10:05 AM - Sam Okafor: ok", "3/6/21, 10:06 AM - Sam Okafor: call you later"]
    )
    + "\n"
)


def _report(analysis: Analysis, lang: str = "en", redact: bool = False) -> dict[str, Any]:
    report = analysis.report(lang=lang, redact=redact)
    validate_report(report)
    return report


@pytest.fixture(scope="session")
def drifting_analysis() -> Analysis:
    return analyze(sample_path("drifting_en"), options=OPTIONS)


@pytest.fixture(scope="session")
def report_en(drifting_analysis: Analysis) -> dict[str, Any]:
    return _report(drifting_analysis)


@pytest.fixture(scope="session")
def report_redacted(drifting_analysis: Analysis) -> dict[str, Any]:
    return _report(drifting_analysis, redact=True)


@pytest.fixture(scope="session")
def report_zh() -> dict[str, Any]:
    return _report(analyze(sample_path("close_zh"), options=OPTIONS), lang="zh")


@pytest.fixture(scope="session")
def short_analysis(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    path: Path = tmp_path_factory.mktemp("short") / "WhatsApp Chat with Alex Morgan.txt"
    path.write_text(SHORT_CHAT, encoding="utf-8")
    return analyze(path, options=OPTIONS)


@pytest.fixture(scope="session")
def report_unplaced(short_analysis: Analysis) -> dict[str, Any]:
    return _report(short_analysis)
