"""A line whose depth the control gate withholds by the safety model's probability alone
(h-ctrldepth2) earns no reply credit, no vulnerable disclosure from the crisis rule and no
dyad credit either: no bid, no turn toward the other's bid, no responsive answer (h-gate).
A controlling answer never turns toward a bid, whichever way the gate reads it."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

from text_tables import answer_chat
from unmask.dyad import bid_outcomes, build_runs
from unmask.dyad import bids as bids_module
from unmask.dyad.bids import BID_CATEGORIES
from unmask.dyad.columns import DyadColumns, mask_control_turns
from unmask.dyad.responses import RESPONSE_CATEGORIES
from unmask.dyad.safety import NOT_DEPTH
from unmask.signals import control_gate, score_table
from unmask.signals import scorer as scorer_module
from unmask.signals.reply import score_replies
from unmask.signals.types import MESSAGE_SIGNALS, ScoreResult
from unmask_dev.ctrl_depth import dyad_read

#: the other's turn: a bad day told, then a bid
OTHER = (
    "I had such a rough day, my boss yelled at me in front of everyone and I feel awful.",
    "look at this photo from today! how was your day?",
)
#: an order over the other's food with watching promised (written by h-safety55): no control
#: signal counts it, the safety model reads it past the control gate's level (.962 under
#: safety-lr-10, below its own threshold .97); without the gate it is a substantive answer, a
#: turn toward the bid. (safety-lr-10 counts the line that stood here before, couple round
#: eleven's "ur getting weighed every sunday morning ...", .981, as safety-lr-9 counted the
#: one before it, "Photo of the gym sign-in sheet every single visit, ...")
HELD = "ur not having seconds anymore, i'll be watching at dinner and i'll know"
#: control in love's words: the lexicons read affection, which kept the safety model's
#: reading from counting until its control kinds alone past the gate's level waived that
#: (h-gate); without the levels it reads as exploration and a turn toward the bid. (h-safeparts'
#: "every item put past the writer" reads the line written before, "... I need to read every
#: message you send ...", as monitoring by its words: this one says it without those words.)
LOVING = (
    "you're my whole heart, so your messages are mine to read too."
    " Couples shouldn't keep secrets, sweetheart ❤️"
)
#: an order to report, counted as monitoring
COUNTED = "who were you texting last night? send me screenshots of all your chats right now"
#: a warm answer: keeps every credit
WARM = "oh no love, that sounds awful. what did he say to you?"


def _chat(answers: list[str]) -> pa.Table:
    """One session per answer, a day apart: the other's turn (:data:`OTHER`), the answer."""
    return answer_chat([(OTHER, answer) for answer in answers])


ANSWERS = [HELD, COUNTED, WARM, LOVING]
#: the answers' rows in :func:`_chat`
ROWS = np.arange(2, 3 * len(ANSWERS), 3)


def _credit(res: ScoreResult, table: pa.Table) -> list[set[str]]:
    """Per answer: its reply credit, and the dyad's (bid turned toward, disclosure answered
    responsively), read as ``unmask analyze`` reads them."""
    cols, runs, responses, bids = dyad_read(table, res)
    toward = bids.answer_run[bids.category == BID_CATEGORIES.index("toward")].tolist()
    responsive = responses.answer_run[
        responses.category == RESPONSE_CATEGORIES.index("responsive")
    ].tolist()
    out = []
    for k, row in enumerate(ROWS.tolist()):
        run = 2 * k + 1  # the other's turn, then the answer, per session
        assert runs.start[run] == np.searchsorted(cols.row, row)
        got = set()
        if np.nan_to_num(res.scores["responsiveness"][row], nan=0.0) >= 0.5:
            got.add("reply")
        if run in toward:
            got.add("toward")
        if run in responsive:
            got.add("responsive")
        out.append(got)
    return out


def test_likely_at_reads_the_rows_asked() -> None:
    p = np.array([0.96, 0.94, 0.97, 0.5, 0.99, np.nan, 0.95])
    langs = ["en", "en", "zh", "zh", "fr", "en", "zh"]
    rows = np.array([6, 0, 5, 4, 2, 1])
    want = control_gate.likely_control(p, langs)[rows]
    assert control_gate.likely_at(p, langs, rows).tolist() == want.tolist()
    assert want.tolist() == [True, True, False, False, True, False]


def test_the_reply_layers_view_of_the_gate_takes_the_level_and_keeps_fear() -> None:
    n = 3
    scores = {"safety.fear": np.array([0.0, 0.9, np.nan])}
    likely = np.array([True, True, False])
    # past the level with no control signal: gated, unless the writer's fear
    assert control_gate.gated_by_name(scores, n, likely).tolist() == [True, False, False]
    assert not control_gate.gated_by_name(scores, n).any()


def test_a_crisis_statement_past_the_level_is_no_vulnerable_disclosure() -> None:
    text = "I don't want to be alive anymore"
    col = MESSAGE_SIGNALS.index("disclosure.vulnerable")
    fear = MESSAGE_SIGNALS.index("safety.fear")
    for likely, afraid, want in ((False, 0.0, 0.9), (True, 0.0, 0.0), (True, 0.9, 0.9)):
        scores = np.zeros((1, len(MESSAGE_SIGNALS)))
        scores[0, fear] = afraid
        scorer_module._apply_crisis([text], scores, [{}], likely=np.array([likely]))
        assert scores[0, col] == pytest.approx(want), (likely, afraid)


@pytest.fixture(scope="module")
def table() -> pa.Table:
    return _chat(ANSWERS)


def test_the_held_line_reads_as_control_only_by_the_probability(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    res = score_table(table, evidence=False)
    assert res.control is not None
    held, counted, warm, loving = ROWS.tolist()
    assert res.control[held] >= control_gate.LEVELS["en"]
    assert all(res.scores[name][held] < 0.5 for name in control_gate.CONTROL_SIGNALS)
    assert res.scores["safety.monitoring"][counted] >= 0.5
    assert res.control[warm] < 0.5
    # the model's reading of control in love's words counts past the level
    assert res.scores["safety.monitoring"][loving] >= 0.5
    monkeypatch.setattr(control_gate, "LEVELS", {})
    loose = score_table(table, evidence=False)
    assert all(loose.scores[name][loving] < 0.5 for name in control_gate.CONTROL_SIGNALS)
    assert loose.scores["affection"][loving] >= 0.5


def test_a_held_line_earns_no_reply_or_dyad_credit(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    got = _credit(score_table(table, evidence=False), table)
    # the held line and the counted ones earn nothing; the warm answer everything
    assert got == [set(), set(), {"reply", "toward", "responsive"}, set()]
    # without the levels the held line turns toward the bid, and the loving one reads as
    # exploration too
    monkeypatch.setattr(control_gate, "LEVELS", {})
    loose = _credit(score_table(table, evidence=False), table)
    assert loose[0] == {"toward"}
    assert loose[3] == {"reply", "toward", "responsive"}
    assert loose[1:3] == got[1:3]


def test_the_reply_layer_drops_the_mechanisms_of_a_line_past_the_level(
    table: pa.Table,
) -> None:
    langs = ["en"] * table.num_rows
    plain, _ = score_replies(table, langs, {})
    warm = int(ROWS[2])
    assert plain["responsiveness"][warm] >= 0.5
    likely = np.zeros(table.num_rows, dtype=bool)
    likely[warm] = True
    held, _ = score_replies(table, langs, {}, likely=lambda: likely)
    assert held["responsiveness"][warm] == 0.0
    others = np.ones(table.num_rows, dtype=bool)
    others[warm] = False
    for name, values in held.items():
        assert np.array_equal(values[others], plain[name][others], equal_nan=True), name


def test_the_forked_scorer_reads_the_gate_as_one_process_does(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scorer_module, "MIN_PARALLEL", 0)
    monkeypatch.setenv("UNMASK_WORKERS", "1")
    one = score_table(table, evidence=False)
    monkeypatch.setenv("UNMASK_WORKERS", "2")
    two = score_table(table, evidence=False)
    assert {k: v.tobytes() for k, v in two.scores.items()} == {
        k: v.tobytes() for k, v in one.scores.items()
    }
    assert _credit(two, table) == _credit(one, table)


def _cols(answer: dict[str, bool], held: bool = False) -> DyadColumns:
    """The other's bid, then an answer with the given flags (and held by the gate)."""
    flags = {name: np.array([False, value]) for name, value in answer.items()}
    flags["bid"] = np.array([True, False])
    return DyadColumns(
        row=np.arange(2, dtype=np.int64),
        who=np.array([0, 1], dtype=np.int8),
        time=np.array([0, 60], dtype=np.int64),
        month=np.zeros(2, dtype=np.int64),
        session=np.zeros(2, dtype=np.int64),
        is_text=np.ones(2, dtype=bool),
        minimal=np.zeros(2, dtype=bool),
        flags=flags,
        held=np.array([False, True]) if held else None,
    )


@pytest.mark.parametrize(
    ("answer", "held", "want"),
    [
        ({"responsiveness": True}, False, "toward"),
        ({"we_talk": True}, False, "toward"),
        # a controlling answer, counted or held: away, its warmth cleared with it
        ({"responsiveness": True, "safety.monitoring": True}, False, "away"),
        ({"responsiveness": True}, True, "away"),
        ({"safety.isolation": True}, False, "away"),
        # dismissive and controlling: against, as before
        ({"dismissal": True, "safety.degradation": True}, False, "against"),
        # the writer's fear alone is no control: counted, a turn toward (h-gate2: not
        # counted, below)
        ({"safety.fear": True}, False, "toward"),
    ],
)
def test_a_controlling_answer_never_turns_toward_a_bid(
    answer: dict[str, bool], held: bool, want: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bids_module, "COUNT_FEAR_ANSWERS", True)
    runs = build_runs(_cols(answer, held))
    bids = bid_outcomes(runs)
    assert [BID_CATEGORIES[c] for c in bids.category.tolist()] == [want]


def test_a_bid_answered_in_fear_is_counted_neither_way() -> None:
    runs = build_runs(_cols({"safety.fear": True, "responsiveness": True}))
    bids = bid_outcomes(runs)
    assert len(bids) == 0
    assert bids.answered_in_fear.tolist() == [1]
    # the writer's fear with counted control is left out too (the writer's fear is exempt)
    runs = build_runs(_cols({"safety.fear": True, "safety.monitoring": True}))
    assert len(bid_outcomes(runs)) == 0


def test_a_held_turn_loses_its_depth_bid_and_response_flags() -> None:
    cols = _cols({"responsiveness": True, "affection": True, "bid": True}, held=True)
    cols.flags["bid"] = np.array([False, True])  # the held answer's own bid
    runs = build_runs(cols)
    assert runs.held is not None and runs.held.tolist() == [False, True]
    for name in NOT_DEPTH:
        if name in runs.any_flags:
            assert not runs.any_flags[name][1], name
    masked = mask_control_turns(cols, runs)
    assert not masked.flags["affection"].any() and not masked.flags["bid"].any()
