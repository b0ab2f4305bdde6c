"""The check set of readings that mislead a couple (unmask_dev.failure_modes, h-fail).

Each exchange is ours (no dev-set sentence); the failure modes of docs/responsiveness.md
("Known failure modes") that were fixed must stay fixed, and their twins must still read.
"""

from __future__ import annotations

import pytest

from unmask_dev.failure_modes import CASES, Case, passed, run

#: readings the check set records that are still wrong (docs/responsiveness.md lists them)
STILL_WRONG = frozenset(
    {
        "ugh the wifi is down again",
        "omg the dishwasher is leaking everywhere",
        "damn, the train got cancelled again",
        "这也太离谱了",
        "can you grab milk on the way home 🤗",
        "did you see my keys anywhere 🫂",
        "晚上吃火锅吗🫂",
        "I would talk to him about it, but I know it's hard",
        "I would go straight to HR, but I know how scary that is",
        "So you're saying I hurt you?",
        "so you're saying I made you feel left out?",
        "你是觉得自己被丢下了",
        "Is that really what you think?",
        "Do you really think I wanted that?",
        "Do you really think I did that on purpose.",
        "why are you telling me this?",
        "are you done?",
        "oh no, poor you 🙄",
        "poor you 🙄 must be so hard having a job",
        "so what do you want me to do about it?",
        "那你打算怎么办？",
        "I've been laid off too",
        "I had severe anxiety",
        "多喝热水",
        "我马上过来陪你",
        "你是不是最近压力太大了？",
        "I get it, anyway what do you want for dinner",
        "I hear you, anyway did you pay the gas bill",
        "我理解，对了晚上吃什么",
        "我懂，话说周末去哪玩",
    }
)


@pytest.fixture(scope="module")
def results() -> dict[Case, float]:
    return dict(run())


def test_the_set_has_twins_for_every_mode() -> None:
    modes = {c.mode for c in CASES}
    for mode in modes:
        expects = {c.expect for c in CASES if c.mode == mode}
        assert expects == {True, False}, mode
    assert {c.lang for c in CASES} == {"en", "zh"}
    assert len(CASES) >= 140


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.mode}:{c.reply[:30]}")
def test_each_reading(case: Case, results: dict[Case, float]) -> None:
    value = results[case]
    if case.reply in STILL_WRONG:
        assert not passed(case, value), f"fixed now: update STILL_WRONG and the docs ({value})"
    else:
        assert passed(case, value), f"{case.signal} {value:.2f} (expect {case.expect})"
