"""Safety rounds twenty-seven (h-safety29) to forty-two (h-safety56; the later ones in round
twenty-seven's shape): the brief's kinds spread evenly in both languages, a twin per message,
and no five-word / five-character run shared with any lexicon string (examples, patterns,
must-fire and must-not-fire lines) or with the couple rounds that existed when the round was
written (the compose test checks the training sets and the acts set)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from unmask_dev import couple_round
from unmask_dev import safety_probes as probes
from unmask_dev.overlap import is_zh, runs, yaml_strings
from unmask_dev.safety_kinds import KINDS

LANG = Path(__file__).resolve().parents[2] / "src" / "unmask" / "lang"
#: each fresh round and the couple rounds written before it: round four was written in the
#: same hour as round twenty-seven, apart from it, and neither was tuned to the other (they
#: share one common five-character run, 我哪儿也不, by chance); couple round five was written
#: after round twenty-eight, so it is not among round twenty-eight's
ROUNDS: dict[int, tuple[Path, ...]] = {
    27: (couple_round.PATH, couple_round.PATH2, couple_round.PATH3),
    28: couple_round.PATHS[:4],
    # round twenty-nine was written beside couple rounds five and six and shares no run with them
    29: couple_round.PATHS[:6],
    30: couple_round.PATHS[:6],
    # round thirty-one was written after couple round seven (round eight is held out and
    # was not read)
    31: couple_round.PATHS[:7],
    # round thirty-two was written after couple round eight (round nine is held out and was
    # not read)
    32: couple_round.PATHS[:8],
    # round thirty-three was written after couple round nine (round ten is held out and was
    # not read)
    33: couple_round.PATHS[:9],
    # round thirty-four was written after couple round ten (round eleven is held out and was
    # not read)
    34: couple_round.PATHS[:10],
    # round thirty-five was written after couple round eleven (round twelve is held out and
    # was not read)
    35: couple_round.PATHS[:11],
    # round thirty-six was written after couple round twelve (round thirteen is held out and
    # was being written beside it; the lead checks that pair)
    36: couple_round.PATHS[:12],
    # round thirty-seven was written after couple round thirteen (round fourteen is held out
    # and was being written beside it; the lead checks that pair)
    37: couple_round.PATHS[:13],
    # round thirty-eight was written after couple round fourteen (round fifteen is held out
    # and was being written beside it; the lead checks that pair)
    38: couple_round.PATHS[:14],
    # round thirty-nine was written after couple round fifteen (round sixteen is held out and
    # was being written beside it; the lead checks that pair)
    39: couple_round.PATHS[:15],
    # round forty was written after couple round sixteen (round seventeen is held out and was
    # being written beside it; the lead checks that pair)
    40: couple_round.PATHS[:16],
    # round forty-one was written after couple round seventeen (round eighteen is held out and
    # was being written beside it; the lead checks that pair)
    41: couple_round.PATHS[:17],
    # round forty-two was written after couple round eighteen (round nineteen is held out and
    # was being written beside it; the lead checks that pair)
    42: couple_round.PATHS[:18],
}
#: how many lines of each form a language holds in a round
FORMS = {
    "threat": 3,
    "monitoring": 3,
    "isolation": 3,
    "degradation": 3,
    "money": 3,
    "sanction": 3,
    "care": 2,
}


def _round(n: int, part: str) -> tuple[Any, ...]:
    return tuple(getattr(probes, f"ROUND{n}{part}"))


@pytest.mark.parametrize("n", sorted(ROUNDS))
def test_the_round_spreads_the_briefs_kinds_evenly(n: int) -> None:
    pairs, forms_of = _round(n, "_KINDS"), _round(n, "_FORMS")
    assert len(forms_of) == len(pairs) == 40
    assert {k for k, _ in pairs} <= set(KINDS)
    for zh in (False, True):
        forms = Counter(f for f, (_, t) in zip(forms_of, pairs, strict=True) if is_zh(t) == zh)
        assert forms == FORMS
        assert sum(is_zh(t) == zh for t in _round(n, "_SAFE")) == 20
    for form, (kind, _) in zip(forms_of, pairs, strict=True):
        if form == "sanction":
            assert kind == "threat"
        elif form in ("money", "care"):
            assert kind in ("monitoring", "isolation")
        else:
            assert kind == form
    assert not set(_round(n, "")) & set(_round(n, "_SAFE"))


@pytest.mark.parametrize("n", sorted(ROUNDS))
def test_the_round_shares_no_run_with_a_lexicon_string_or_an_earlier_couple_round(n: int) -> None:
    lexicon = {s for p in LANG.rglob("*.yaml") for s in yaml_strings(yaml.safe_load(p.read_text()))}
    couples = {m.text for path in ROUNDS[n] for m in couple_round.load(path)}
    assert len(lexicon) > 1000 and couples
    seen = set().union(*(runs(t) for t in lexicon | couples))
    mine = (*_round(n, ""), *_round(n, "_SAFE"))
    assert [t for t in mine if runs(t) & seen] == []


def test_the_calm_thanks_are_off_by_default_and_share_no_run_with_round_thirty_one() -> None:
    """h-safety34's calm Chinese thanks (``train_safety --calm``, a measured variant): Chinese,
    left out of the default fit, and no five-character run shared with round thirty-one (the
    clean read), so a fit with them never reads that round through a paraphrase."""
    from unmask_dev import train_safety as ts

    assert ts.CALM_ZH and all(is_zh(t) for t in ts.CALM_ZH)
    assert "calm" not in ts.SETTINGS
    clean = set().union(*(runs(t) for t in (*probes.ROUND31, *probes.ROUND31_SAFE)))
    assert [t for t in ts.CALM_ZH if runs(t) & clean] == []


def _no_other_fit_holds(number: int) -> None:
    """The round's messages and twins, checked against every training round, twin set,
    labelled text, varied pair and weak pair (h-safety51) of ``train_safety`` but its own."""
    from unmask_dev import train_safety as ts

    name = f"ROUND{number}"
    kept = set(getattr(probes, name)) | set(getattr(probes, f"{name}_SAFE"))
    assert len(kept) == 80
    assert name not in ts.ROUNDS and name not in ts.TWINS
    assert not kept & set(ts.KIND_OF)
    assert not kept & {t for texts in (*ts.ROUNDS.values(), *ts.TWINS.values()) for t in texts}
    assert not kept & {t for _, c, w in ts.varied_pairs() for t in (c, w)}
    assert not kept & {t for _, c, w in ts.weak_pairs() for t in (c, w)}


@pytest.mark.parametrize("number", [34, 35, 36, 37, 38, 39, 40])
def test_a_judged_round_joins_a_fit_only_through_last(number: int) -> None:
    """Rounds thirty-four (h-safety39) and thirty-five (h-safety41), judged and read, can be
    trained on since h-safety43 (``--last 35``), rounds thirty-six (h-safety42) and thirty-seven
    (h-safety46) since h-safety49 (``--last 37``), round thirty-eight (h-safety48) since h-safety51
    (``--last 38``), round thirty-nine (h-safety50) since h-safety53 (``--last 39``), round forty
    (h-safety52) since h-safety55 (``--last 40``), with their own kinds and twins: no other
    training round, twin set, labelled text or varied pair of ``train_safety`` holds one of
    their messages or twins (the keep-out check of a judged round, h-safety41's, now for the
    rounds after them)."""
    from unmask_dev import train_safety as ts

    _no_other_fit_holds(number)
    assert number in ts.LATER_ROUNDS and max(ts.LATER_ROUNDS) == 40


@pytest.mark.parametrize("number", [41, 42])
def test_a_judged_round_is_kept_out_of_every_fit(number: int) -> None:
    """Rounds forty-one (h-safety54; judged and read, but no fit holds it yet) and forty-two
    (h-safety56) are the clean reads a session's end is judged on: ``--last`` never reaches
    them and no fold or group holds them (h-safety53; h-safety55 for round forty-one), and no
    training round, twin set, labelled text or varied pair of ``train_safety`` holds one of
    their messages or twins."""
    from unmask_dev import safety_families as sf
    from unmask_dev import safety_probes as probes
    from unmask_dev import train_safety as ts

    assert number not in ts.LATER_ROUNDS and max(ts.LAST_ROUND.values()) < number
    assert max(ts.LATER_ROUNDS) == sf.LAST < number
    assert f"ROUND{number}" not in sf.FOLDS
    assert not any(f"ROUND{number}" in rs for rs in sf.GROUPS.values())
    assert getattr(probes, f"ROUND{number}")
    _no_other_fit_holds(number)
