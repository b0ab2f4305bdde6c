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


#: h-safety27: the kinds of twins ``act`` fired on, narrowed (``narrow``): a joint plan, a
#: request to share something fun, a helping purpose, good wishes for an outing, a joke
#: whose only "act" is the domain's own word; written fresh, not round lines
NARROWED = [
    (
        "quit that job if it wears you down, we will manage on one salary",
        "工作不开心就辞了吧，钱的事咱俩慢慢想办法",
    ),
    ("send me the video of your dog from the gym", "你手机里那个视频发我，笑死我了"),
    ("send me your location tonight, I will come get you", "发个定位给我，我开车去接你"),
    (
        "have fun tonight, I will check the bank app later for the split",
        "玩得开心，账单截图发我一下",
    ),
    (
        "if you finish the ice cream I am changing the netflix password",
        "你要是再偷吃我的零食，我就改密码",
    ),
]
STILL = [
    *FIRES,
    ("we will see. delete his number or else", "咱俩走着瞧，你再跟他聊天试试"),
    ("send me your location every hour from now on", "以后每天把定位发我"),
]


@pytest.mark.parametrize(("en", "zh"), NARROWED)
def test_the_narrowed_reader_leaves_plans_shares_help_wishes_and_jokes(en: str, zh: str) -> None:
    assert ss.fires(en)  # the second draft's reader read it
    assert not ss.fires(en, True, True) and not ss.fires(zh, True, True)


@pytest.mark.parametrize(("en", "zh"), STILL)
def test_the_narrowed_reader_still_reads_control(en: str, zh: str) -> None:
    assert ss.fires(en, True, True) and ss.fires(zh, True, True)
