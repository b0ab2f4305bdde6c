"""Controlling and fearful answers and the response credit (h-gate2).

A bid answered by a turn that reads its writer's fear is counted neither way, and the
report says how many were left out. A line no control signal counts, with no depth signal
of its own, that the safety model reads at or above a response credit's level below the
depth gate's (:data:`control_gate.ANSWER_LEVELS` under :data:`control_gate.LEVELS`) turns
toward no bid and answers no disclosure responsively, its depth kept: measured by h-gate2
(off), shipped by h-gate3 for English at .80 (Chinese at the depth gate's own level)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pyarrow as pa
import pytest

from text_tables import answer_chat
from unmask.dyad import bids as bids_module
from unmask.dyad import build_columns, choose_partners
from unmask.dyad.bids import BID_CATEGORIES
from unmask.dyad.responses import RESPONSE_CATEGORIES
from unmask.signals import control_gate, score_table
from unmask.signals.types import DEPTH_SIGNALS, ScoreResult
from unmask_dev.ctrl_depth import CONTEXT, dyad_read

#: the other's turn: a bad day told, then a bid (en, zh; the dev tool's context)
OTHER = CONTEXT
#: isolation in plain words (written by h-safety55; safety round thirty-six's line that stood
#: here is counted by safety-lr-10, in its fit, as round thirty-three's degradation line before it
#: was by safety-lr-9): no control signal counts it, no depth signal reads it; without the gate a
#: substantive answer, a turn toward the bid
PLAIN = (
    "I think the pottery evenings are done, you come back smelling of that studio and his"
    " aftershave"
)
#: comfort (written by h-safety55, true depth): the safety model reads it high all the same
#: (.908 under safety-lr-10, between the answer level and the depth gate's). Couple round six's
#: comfort line that stood here reads .966 under safety-lr-10 (.910 under safety-lr-9): past
#: the depth gate, its support withheld (docs/validity.md, h-safety55: a cost of the refit)
COMFORT = "you're no less of a person for asking, I'd rather you lean on me"
#: a Chinese warm answer (its language's level is the depth gate's own)
ZH_WARM = "抱抱你，他怎么能这样对你，后来呢？"
#: appeasement in fear (safety round eighteen's victim lines), en and zh
AFRAID = "please don't be angry when you get home, I'll make dinner again, just please don't"
ZH_AFRAID = "你别生气好不好，我错了，我马上改，求你今天别再那样了"
#: a warm answer
WARM = "oh no love, that sounds awful. what did he say to you?"

ANSWERS = [PLAIN, COMFORT, ZH_WARM, AFRAID, ZH_AFRAID, WARM]
LANGS = ["en", "en", "zh", "en", "zh", "en"]
#: the answers' rows in :func:`_chat`
ROWS = np.arange(2, 3 * len(ANSWERS), 3)


def _chat() -> pa.Table:
    """One session per answer, a day apart: the other's turn in the answer's language."""
    return answer_chat([(OTHER[lang], answer) for answer, lang in zip(ANSWERS, LANGS, strict=True)])


@pytest.fixture(scope="module")
def table() -> pa.Table:
    return _chat()


@pytest.fixture(scope="module")
def scored(table: pa.Table) -> ScoreResult:
    return score_table(table, evidence=False)


def _at(res: ScoreResult, p: float) -> ScoreResult:
    """``res`` with the safety model's control probability of every answer set to ``p``
    and the other's turns to 0 (what the gate reads is the probability the scorer kept)."""
    control = np.zeros(len(res.lang))
    control[ROWS] = p
    return dataclasses.replace(res, control=control)


def _read(res: ScoreResult, table: pa.Table) -> tuple[list[str], list[str], np.ndarray]:
    """Per answer: the bid's category ("left out" where it is not counted) and the
    disclosure's; the responders of the bids left out as answered in fear."""
    _, _, responses, bids = dyad_read(table, res)
    bid = {a: BID_CATEGORIES[c] for a, c in zip(bids.answer_run, bids.category, strict=True)}
    told = {
        a: RESPONSE_CATEGORIES[c]
        for a, c in zip(responses.answer_run, responses.category, strict=True)
    }
    runs_of = [2 * k + 1 for k in range(len(ANSWERS))]  # the other's turn, then the answer
    return (
        [bid.get(r, "left out") for r in runs_of],
        [told.get(r, "none") for r in runs_of],
        bids.answered_in_fear,
    )


def test_the_answers_read_as_the_rule_needs(scored: ScoreResult) -> None:
    plain, comfort, zh_warm, afraid, zh_afraid, warm = ROWS.tolist()
    for row in (plain, comfort, zh_warm, warm):
        assert all(scored.scores[s][row] < 0.5 for s in control_gate.CONTROL_SIGNALS)
        assert scored.scores["safety.fear"][row] < 0.5
    assert all(scored.scores[s][plain] < 0.5 for s in DEPTH_SIGNALS)
    assert any(scored.scores[s][comfort] >= 0.5 for s in DEPTH_SIGNALS)
    assert scored.scores["safety.fear"][afraid] >= 0.5
    assert scored.scores["safety.fear"][zh_afraid] >= 0.5
    # as shipped (h-gate3), English has a lower level for the response credit, Chinese none
    assert control_gate.answer_levels() == {"en": SHIPPED["en"]}


#: the response credit's levels shipped (h-gate3): English below the depth gate's
SHIPPED = {"en": 0.80, "zh": 0.95}
#: the response credit's levels measured by h-gate2: English below the depth gate's
MEASURED = {"en": 0.90, "zh": 0.95}


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(control_gate, "ANSWER_LEVELS", dict(MEASURED))
    assert control_gate.answer_levels() == {"en": 0.90}


def test_below_every_level_each_answer_keeps_its_credit(
    scored: ScoreResult, table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    bids, told, fear = _read(_at(scored, 0.5), table)
    # the fear answers are left out of the bids, counted for their responder (B)
    assert bids == ["toward", "toward", "toward", "left out", "left out", "toward"]
    assert fear.tolist() == [1, 1]
    assert told[5] == "responsive"
    # counted, the fear answers turn toward the bid (as before h-gate2)
    monkeypatch.setattr(bids_module, "COUNT_FEAR_ANSWERS", True)
    bids, _, fear = _read(_at(scored, 0.5), table)
    assert bids[3:5] == ["toward", "toward"] and not len(fear)


def test_as_shipped_an_answer_below_the_answer_level_keeps_its_credit(
    scored: ScoreResult, table: pa.Table
) -> None:
    p = SHIPPED["en"] - 0.05
    bids, _, _ = _read(_at(scored, p), table)
    assert bids == ["toward", "toward", "toward", "left out", "left out", "toward"]
    cols = build_columns(table, _at(scored, p), choose_partners({"A": 2, "B": 1}))
    assert cols.held is None and cols.answer_held is None


@pytest.mark.parametrize("levels", [SHIPPED, MEASURED], ids=["shipped", "measured"])
def test_a_plain_controlling_answer_past_the_answer_level_turns_nothing_toward(
    scored: ScoreResult, table: pa.Table, monkeypatch: pytest.MonkeyPatch, levels: dict[str, float]
) -> None:
    # as shipped (h-gate3) and at h-gate2's measured level: between the English answer level
    # and the depth gate's
    monkeypatch.setattr(control_gate, "ANSWER_LEVELS", dict(levels))
    assert control_gate.answer_levels() == {"en": levels["en"]}
    p = (levels["en"] + control_gate.LEVELS["en"]) / 2
    bids, told, _ = _read(_at(scored, p), table)
    # the plain line turns away; comfort keeps its credit (a depth signal of its own), the
    # Chinese line too (its language's level is the depth gate's); the warm answer's
    # depth-bearing reply keeps its credit
    assert bids == ["away", "toward", "toward", "left out", "left out", "toward"]
    assert told[0] != "responsive"
    # its depth is not withheld: nothing held at the depth gate's level
    cols = build_columns(table, _at(scored, p), choose_partners({"A": 2, "B": 1}))
    assert cols.held is None
    assert cols.answer_held is not None
    assert np.flatnonzero(cols.answer_held).tolist() == [int(np.searchsorted(cols.row, ROWS[0]))]


@pytest.mark.usefixtures("measured")
def test_a_disclosure_answered_past_the_answer_level_is_not_responsive(
    scored: ScoreResult, table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the warm answer read past the level with its depth flags gone: no responsive answer
    p = (MEASURED["en"] + control_gate.LEVELS["en"]) / 2
    res = _at(scored, p)
    warm = int(ROWS[5])
    scores = dict(res.scores)
    for name in DEPTH_SIGNALS:
        if name in scores:
            values = scores[name].copy()
            values[warm] = 0.0
            scores[name] = values
    _, told, _ = _read(dataclasses.replace(res, scores=scores), table)
    assert told[5] == "deflecting"
    # at the depth gate's own level for the response credit it stays responsive
    monkeypatch.setattr(control_gate, "ANSWER_LEVELS", dict(control_gate.LEVELS))
    _, told, _ = _read(dataclasses.replace(res, scores=scores), table)
    assert told[5] == "responsive"
