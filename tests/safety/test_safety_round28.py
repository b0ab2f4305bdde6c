"""Round twenty-eight (h-safety30, in round twenty-seven's shape): the brief's kinds spread
evenly in both languages, a twin per message, and no five-word / five-character run shared
with any lexicon string (examples, patterns, must-fire and must-not-fire lines) or with couple
rounds one to four."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from unmask_dev import couple_round
from unmask_dev import safety_probes as probes
from unmask_dev.overlap import is_zh, runs
from unmask_dev.safety_kinds import KINDS

LANG = Path(__file__).resolve().parents[2] / "src" / "unmask" / "lang"


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def test_round_twenty_eight_spreads_the_briefs_kinds_evenly() -> None:
    pairs = probes.ROUND28_KINDS
    assert len(probes.ROUND28_FORMS) == len(pairs) == 40
    assert {k for k, _ in pairs} <= set(KINDS)
    for zh in (False, True):
        forms = Counter(
            f for f, (_, t) in zip(probes.ROUND28_FORMS, pairs, strict=True) if is_zh(t) == zh
        )
        assert forms == {
            "threat": 3,
            "monitoring": 3,
            "isolation": 3,
            "degradation": 3,
            "money": 3,
            "sanction": 3,
            "care": 2,
        }
        assert sum(is_zh(t) == zh for t in probes.ROUND28_SAFE) == 20
    for form, (kind, _) in zip(probes.ROUND28_FORMS, pairs, strict=True):
        if form == "sanction":
            assert kind == "threat"
        elif form in ("money", "care"):
            assert kind in ("monitoring", "isolation")
        else:
            assert kind == form
    assert not set(probes.ROUND28) & set(probes.ROUND28_SAFE)


def test_round_twenty_eight_shares_no_run_with_a_lexicon_string_or_a_couple_round() -> None:
    lexicon = {s for p in LANG.rglob("*.yaml") for s in _strings(yaml.safe_load(p.read_text()))}
    # couple rounds one to four, and every earlier safety round (the compose test checks the
    # training sets and the acts set)
    couples = {m.text for path in couple_round.PATHS for m in couple_round.load(path)}
    assert len(lexicon) > 1000 and couples
    seen = set().union(*(runs(t) for t in lexicon | couples))
    mine = (*probes.ROUND28, *probes.ROUND28_SAFE)
    assert [t for t in mine if runs(t) & seen] == []
