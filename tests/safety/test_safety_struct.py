"""The structural reader and inputs of h-safety26 (unmask_dev.safety_struct; dev only): round
twenty-six is never judged on, the classes fire on paired en/zh control and stay off care,
requests and reports, and the inputs have one column per class and cross."""

from __future__ import annotations

import pytest

from unmask_dev import safety_struct as ss


def test_round_twenty_six_is_never_a_judged_round() -> None:
    assert 26 not in ss.ROUNDS
    assert tuple(range(9, 26)) == ss.ROUNDS


FIRES = [
    ("give me your phone, now", "以后工资卡交给我"),
    ("delete his number or else", "你再跟他聊天试试"),
]
QUIET = [
    ("text me when you get home safe", "到家了告诉我一声"),
    (
        "I get a bit jealous when you're out late, but I trust you",
        "我有点吃醋，不过我相信你，玩得开心",
    ),
    (
        "can you send me your half for the phone plan when you get a sec",
        "你可以试试和父母坐下来聊聊",
    ),
    ("he says I'm not allowed to see my friends", "他说不许我见朋友"),
    ("you need to start looking for a new job", "要不要我帮你看看工资卡的账单"),
]


@pytest.mark.parametrize(("en", "zh"), FIRES)
def test_the_reader_reads_control_aimed_at_the_reader(en: str, zh: str) -> None:
    assert ss.fires(en) and ss.fires(zh)


@pytest.mark.parametrize(("en", "zh"), QUIET)
def test_the_reader_leaves_care_requests_and_reports_alone(en: str, zh: str) -> None:
    assert not ss.fires(en) and not ss.fires(zh)


def test_the_inputs_have_a_column_per_class_and_cross() -> None:
    x = ss.features(["give me your phone, now", "see you at six"], "en")
    assert x.shape == (2, len(ss.CLASSES) + len(ss.CROSSES))
    assert x[0].sum() > x[1].sum()
