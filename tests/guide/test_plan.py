"""Plan selection on constructed profiles: the weakest components, the level from depth,
abstaining, safety, no repeated prompts across weeks, and determinism."""

from __future__ import annotations

import pytest
from guide_reports import questionnaire, report

from unmask.guide.content import COMPONENTS, exercises, ladder
from unmask.guide.plan import MAX_START_LEVEL, PROMPTS_PER_WEEK, build_plan
from unmask.guide.readings import MIN_EPISODES, read_profile
from unmask.guide.render import plan_to_dict


def _focus(plan: object) -> list[str]:
    return [f.component for f in plan.focus]  # type: ignore[attr-defined]


def test_the_weakest_component_comes_first() -> None:
    # answers to disclosure are poor (20%), everything else above its line
    plan = build_plan(report(responsive=(20, 80)))
    assert _focus(plan)[0] == "responsiveness"
    assert "20%" in plan.focus[0].reason and "100 disclosures" in plan.focus[0].reason
    # only one is below its line: a second one is added and said to be above it
    assert len(plan.focus) == 2
    assert "not below the line" in plan.focus[1].reason


def test_three_weak_components_are_ranked_weakest_first() -> None:
    plan = build_plan(report(responsive=(30, 70), toward=(10, 90), appeasement=0.20, depth=0.45))
    assert _focus(plan) == ["turning_toward", "own_preference", "responsiveness"]
    assert all("below this tool's line" in f.reason for f in plan.focus)


def test_prompts_and_exercises_train_the_focus() -> None:
    plan = build_plan(report(responsive=(20, 80), toward=(15, 85)))
    focus = set(_focus(plan))
    assert len(plan.prompts) == PROMPTS_PER_WEEK
    assert {p.prompt.component for p in plan.prompts} <= focus
    assert all(p.prompt.level <= plan.level for p in plan.prompts)
    assert {e.exercise.component for e in plan.exercises} == focus
    assert all(e.exercise.min_level <= plan.level for e in plan.exercises)
    assert all(p.reason and e.reason for p, e in zip(plan.prompts, plan.exercises, strict=False))


def test_a_share_on_too_few_episodes_is_not_called_weak() -> None:
    few = report(responsive=(0, MIN_EPISODES - 1), toward=(20, 80))
    assert "responsiveness" not in read_profile(few)
    assert "responsiveness" not in _focus(build_plan(few))
    assert _focus(build_plan(few))[0] == "turning_toward"


def test_a_report_that_could_not_place_the_couple_gives_no_weakness() -> None:
    unplaced = report(placed=False, responsive=(0, 100), toward=(0, 100))
    assert read_profile(unplaced) == {}
    plan = build_plan(unplaced)
    assert plan.kind == "practice"
    assert all(f.reading is None for f in plan.focus)
    assert any("could not read" in n for n in plan.notes)
    assert plan.level == 1


@pytest.mark.parametrize(
    ("depth", "vulnerable", "level"),
    [(0.10, 0.0, 1), (0.30, 0.0, 2), (0.45, 0.5, 3), (0.55, 3.0, 4)],
)
def test_the_start_level_follows_the_depth_now(depth: float, vulnerable: float, level: int) -> None:
    plan = build_plan(report(depth=depth, vulnerable=vulnerable))
    assert plan.level == level
    assert f"{depth:.2f}" in plan.level_reason
    assert plan.level <= MAX_START_LEVEL


def test_the_questionnaire_can_lower_the_start_level() -> None:
    q = questionnaire({"own_disclosure": (1.8, 2.2)})
    assert build_plan(report(depth=0.55, vulnerable=3.0)).level == 4
    plan = build_plan(report(depth=0.55, vulnerable=3.0, questionnaire=q))
    assert plan.level == 1  # openness 2.0 of 5: the lower of the two starts
    assert "2.0 of 5" in plan.level_reason


def test_a_plan_from_the_questionnaire_alone() -> None:
    q = questionnaire(
        {
            "own_disclosure": (3.4, 3.8),
            "shared_dreams": (1.5, 2.0),
            "appeasement": (4.5, 4.0),  # a surface scale: high is weak
            "affection": (4.5, 4.8),
        }
    )
    plan = build_plan(None, q)
    assert plan.sources == ("questionnaire",)
    assert _focus(plan)[:2] == ["shared_future", "own_preference"]
    assert "shared dreams" in plan.focus[0].reason
    assert plan.level == 3  # openness 3.6 of 5
    assert "3.6 of 5" in plan.level_reason


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_safety_mode_asks_for_no_disclosure(lang: str) -> None:
    plan = build_plan(report(mode="safety", responsive=(5, 95)), lang=lang)
    assert plan.kind == "safety"
    assert plan.prompts == ()
    assert plan.exercises
    assert not any(e.exercise.asks_disclosure_to_partner for e in plan.exercises)
    assert plan.counsellor
    view = plan_to_dict(plan)["view"]
    assert view["safety_steps"]["steps"] and view["help"] and view["counsellor"]


def test_a_positive_screening_gives_the_safety_plan() -> None:
    plan = build_plan(report(responsive=(5, 95)), screening_positive=True)
    assert plan.kind == "safety" and plan.safety_reason == "screening"
    assert plan.prompts == ()
    assert not any(e.exercise.asks_disclosure_to_partner for e in plan.exercises)


def test_notice_mode_keeps_the_plan_and_adds_the_counsellor_page() -> None:
    plan = build_plan(report(mode="notice", responsive=(5, 95)))
    assert plan.kind == "practice" and plan.counsellor
    assert any("counsellor" in n for n in plan.notes)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_prompt_is_repeated_across_weeks(lang: str) -> None:
    profile = report(responsive=(20, 80), toward=(15, 85), depth=0.1)
    history: list = []
    seen: set[str] = set()
    known = {p.id for p in ladder(lang)}
    for _ in range(8):
        plan = build_plan(profile, lang=lang, history=tuple(history), change="stay")
        ids = [p.prompt.id for p in plan.prompts]
        assert ids and set(ids) <= known
        assert not seen & set(ids)
        seen |= set(ids)
        history.append(plan.record())


def test_the_same_inputs_give_the_same_plan() -> None:
    profile = report(responsive=(20, 80), toward=(30, 70), appeasement=0.12)
    first = build_plan(profile, lang="zh")
    second = build_plan(report(responsive=(20, 80), toward=(30, 70), appeasement=0.12), lang="zh")
    assert plan_to_dict(first) == plan_to_dict(second)
    assert first.record() == second.record()


def test_later_weeks_move_from_the_previous_level() -> None:
    profile = report(depth=0.30)
    week1 = build_plan(profile)
    up = build_plan(profile, history=(week1.record(),), change="up")
    down = build_plan(profile, history=(week1.record(),), change="down")
    stay = build_plan(profile, history=(week1.record(),), change=None)
    assert (week1.level, up.level, down.level, stay.level) == (2, 3, 1, 2)
    assert up.week == 2 and up.change == "up"
    assert all(p.prompt.level <= 3 for p in up.prompts)


def test_every_component_has_a_name_in_both_languages() -> None:
    from unmask.lang.strings import strings

    for lang in ("en", "zh"):
        assert all(f"component.{c}" in strings(lang, "guide") for c in COMPONENTS)
    assert exercises("en")


def test_a_focus_without_an_exercise_at_its_level_gets_a_first_step() -> None:
    plan = build_plan(report(depth=0.10, responsive=(20, 80)))
    assert plan.level == 1 and _focus(plan)[0] == "disclosure"
    assert not [e for e in exercises("en") if e.component == "disclosure" and e.min_level == 1]
    first = plan.exercises[0]
    assert first.exercise.component == "emotional_awareness"
    assert first.exercise.min_level == 1
    assert "a first step towards sharing your own feelings" in first.reason


def test_a_safety_plan_shows_no_ladder_level() -> None:
    view = plan_to_dict(build_plan(report(mode="safety")))["view"]
    assert view["level_title"] == "" and view["prompts"] == []
    practice = plan_to_dict(build_plan(report()))["view"]
    assert practice["level_title"].startswith("Level ")


@pytest.mark.parametrize("region", ["open_distress", "stormy_closeness"])
def test_distress_or_conflict_now_brings_the_counsellor_page(region: str) -> None:
    profile = report(responsive=(20, 80))
    assert not build_plan(profile).counsellor
    profile["profile"]["recent"]["region"] = region
    plan = build_plan(profile)
    assert plan.kind == "practice" and plan.counsellor
    assert plan_to_dict(plan)["view"]["counsellor"]["signs"]


def test_two_weeks_down_in_a_row_bring_the_counsellor_page() -> None:
    profile = report(depth=0.45)
    week1 = build_plan(profile)
    week2 = build_plan(profile, history=(week1.record(),), change="down")
    assert not week2.counsellor
    week3 = build_plan(profile, history=(week1.record(), week2.record()), change="down")
    assert week3.counsellor and any("two weeks in a row" in n for n in week3.notes)
