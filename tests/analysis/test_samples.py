"""The analysis tells the close and drifting sample couples apart.

Two layers: (1) on the generator's own labels (a perfect scorer, see
oracle.py), the dyad metrics must recover what the truth files say was
built in; (2) end to end on the bundled WhatsApp exports with the real
importer and scorer, the same contrasts must show.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import pytest

from analysis.oracle import oracle_scores, table_of
from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.report.writer import validate_report
from unmask_dev.synth import PROFILES, generate_labelled, truth

LANGS = ("en", "zh")


@cache
def oracle_analysis(name: str) -> Analysis:
    labelled = generate_labelled(PROFILES[name])
    return analyze(
        name,
        table=table_of(labelled.messages),
        scores=oracle_scores(labelled.messages, labelled.labels),
        options=AnalyzeOptions(bootstrap_resamples=200),
    )


@cache
def oracle_report(name: str) -> dict[str, Any]:
    report = oracle_analysis(name).report()
    validate_report(report)
    return report


def _responsive_share(report: dict[str, Any]) -> float:
    by = report["responses"]["by_responder"].values()
    return sum(r["counts"]["responsive"] for r in by) / sum(r["total"] for r in by)


@pytest.mark.parametrize("lang", LANGS)
def test_close_couple_is_placed_in_genuine_intimacy_now_and_overall(lang: str) -> None:
    profile = oracle_report(f"close_{lang}")["profile"]
    assert profile["placed"]
    assert profile["region"] == "genuine_intimacy"
    assert profile["recent"]["region"] == "genuine_intimacy"


@pytest.mark.parametrize("lang", LANGS)
def test_drifting_couple_ends_in_pseudo_intimacy(lang: str) -> None:
    profile = oracle_report(f"drifting_{lang}")["profile"]
    assert profile["recent"]["region"] == "pseudo_intimacy"
    close = oracle_report(f"close_{lang}")["profile"]
    assert profile["surface"]["value"] > close["surface"]["value"]
    assert profile["depth"]["value"] < close["depth"]["value"]


@pytest.mark.parametrize("lang", LANGS)
def test_drift_is_shown_as_trends_with_dates(lang: str) -> None:
    series = oracle_report(f"drifting_{lang}")["trends"]["series"]
    assert series["disclosure"]["direction"] == "down"
    assert series["responsive_share"]["direction"] == "down"
    assert series["transactional"]["direction"] == "up"
    assert series["depth"]["change_points"], "the fall in depth should have a date"
    close = oracle_report(f"close_{lang}")["trends"]["series"]
    assert close["transactional"]["direction"] != "up"


@pytest.mark.parametrize("lang", LANGS)
def test_responsiveness_follows_the_built_in_schedule(lang: str) -> None:
    """Per partner: the measured responsive share moves the way the truth schedule moves."""
    name = f"drifting_{lang}"
    schedule = truth(PROFILES[name])["schedule"]
    analysis = oracle_analysis(name)
    monthly = analysis.monthly
    half = monthly.months // 2
    for who, partner in enumerate(analysis.partners.names):
        built = [m["partners"][partner]["respond_to_disclosure"]["responsive"] for m in schedule]
        built_change = np.mean(built[len(built) // 2 :]) - np.mean(built[: len(built) // 2])
        answered, received = monthly.responsive[:, who], monthly.disclosures_received[:, who]
        late = answered[half:].sum() / received[half:].sum()
        early = answered[:half].sum() / received[:half].sum()
        assert np.sign(late - early) == np.sign(built_change)
        assert abs((late - early) - built_change) < 0.25


@pytest.mark.parametrize("lang", LANGS)
def test_drifting_couple_answers_disclosure_less_responsively(lang: str) -> None:
    assert (
        _responsive_share(oracle_report(f"drifting_{lang}"))
        < _responsive_share(oracle_report(f"close_{lang}")) - 0.1
    )


@cache
def sample_report(name: str) -> dict[str, Any]:
    from unmask.samples import sample_path

    analysis = analyze(sample_path(name), options=AnalyzeOptions(bootstrap_resamples=200))
    report = analysis.report()
    validate_report(report)
    return report


@pytest.mark.parametrize("lang", LANGS)
def test_bundled_samples_end_to_end_tell_the_couples_apart(lang: str) -> None:
    close, drifting = sample_report(f"close_{lang}"), sample_report(f"drifting_{lang}")
    assert close["profile"]["depth"]["value"] > drifting["profile"]["depth"]["value"]
    assert close["profile"]["surface"]["value"] < drifting["profile"]["surface"]["value"]
    assert _responsive_share(close) > _responsive_share(drifting)
    assert drifting["trends"]["series"]["depth"]["direction"] == "down"
    assert drifting["trends"]["series"]["transactional"]["direction"] == "up"
