"""The guide's content: the ladder, the exercises, the counsellor page and the safety steps.

Content checks run over the bundled files of every language: every prompt tagged, both
languages complete with the same ids, no duplicates (also near-duplicates), enough prompts
per level and component for three months of practice, kindness rules, and the loader's
errors on malformed data.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any

import pytest

from unmask.assess.schema import builtin_instrument
from unmask.dyad.rates import COMPONENT_BY_ID
from unmask.guide import content
from unmask.guide.content import (
    COMPONENTS,
    FREQUENCIES,
    LANGUAGES,
    LEVELS,
    PROFILE_TARGETS,
    SAFETY_COMPONENTS,
    SCALE_TARGETS,
    GuideError,
    counsellor_page,
    exercises,
    individual_exercises,
    ladder,
    levels,
    prompt_id_prefix,
    safety_steps,
)
from unmask.profile.composite import AXIS_COMPONENTS

#: three months, about two prompts a day, five days a week
THREE_MONTHS = 2 * 5 * 12

#: the exercises issue 14 names, by id
REQUIRED_EXERCISES = {
    "reflect-before-solving": "responsiveness",
    "turning-toward-bids": "turning_toward",
    "day-without-bookkeeping": "beyond_bookkeeping",
    "say-your-preference": "own_preference",
    "dreams-in-five-years": "shared_future",
    "feelings-at-home": "family_of_origin",
    "daily-emotion-note": "emotional_awareness",
}

#: what no prompt, exercise or safety step may ask for (proof of loyalty, passwords,
#: whereabouts) and pressure words; per language
FORBIDDEN = {
    "en": re.compile(
        r"password|passcode|\bprove\b|\bproof of\b|loyal|where were you|who were you with"
        r"|check (?:my|your) phone|your location|\byou must\b|\byou have to\b|\bobey",
        re.I,
    ),
    "zh": re.compile(
        r"密码|证明|忠诚|忠心|你去哪(?![些个一])|你(?:刚才|昨晚|昨天|今天|现在|到底)?在哪(?:里|儿)?(?![些个一])|跟谁在一起|和谁在一起"
        r"|查手机|定位|必须|听话"
    ),
}


def _normalised(text: str) -> str:
    """Lower case, letters and digits only: punctuation and spacing do not make a new prompt."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _all_texts(lang: str) -> list[str]:
    out: list[str] = []
    for p in ladder(lang):
        out.append(p.text)
        if p.follow_up:
            out.append(p.follow_up)
    for e in exercises(lang):
        out.extend([e.title, e.purpose, *e.steps, *e.notice])
    page = safety_steps(lang)
    out.extend([page.title, page.intro, page.closing])
    for s in page.steps:
        out.extend([s.title, s.text])
    return out


# -- the ladder ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_prompt_is_tagged_with_a_valid_level_and_component(lang: str) -> None:
    prompts = ladder(lang)
    for p in prompts:
        assert p.level in LEVELS, p.id
        assert p.component in COMPONENTS, p.id
        assert p.id.startswith(prompt_id_prefix(p.level, p.component)), p.id
        assert p.text.strip() and (p.follow_up is None or p.follow_up.strip()), p.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_enough_prompts_for_three_months_without_repeats(lang: str) -> None:
    prompts = ladder(lang)
    assert len(prompts) >= 150
    assert len(prompts) >= THREE_MONTHS
    per_level = Counter(p.level for p in prompts)
    # a couple spends weeks on a level: three and a half weeks of prompts on each, and a
    # plan on level 3 that also draws from the levels below has three months without repeats
    assert min(per_level[level] for level in LEVELS) >= 35, per_level
    assert sum(per_level[level] for level in (1, 2, 3)) >= THREE_MONTHS, per_level
    per_component = Counter(p.component for p in prompts)
    assert set(per_component) == set(COMPONENTS), set(COMPONENTS) - set(per_component)
    assert min(per_component.values()) >= 15, per_component
    # every component can be practised on every level
    for component in COMPONENTS:
        at = {p.level for p in prompts if p.component == component}
        assert at == set(LEVELS), (component, sorted(at))


def test_both_languages_have_the_same_prompts() -> None:
    en = {p.id: p for p in ladder("en")}
    zh = {p.id: p for p in ladder("zh")}
    assert set(en) == set(zh), sorted(set(en) ^ set(zh))
    for pid, p in en.items():
        assert (zh[pid].level, zh[pid].component) == (p.level, p.component), pid
        assert (zh[pid].follow_up is None) == (p.follow_up is None), pid
    assert [p.id for p in ladder("en")] == [p.id for p in ladder("zh")]


def test_chinese_content_is_written_in_chinese() -> None:
    for text in _all_texts("zh"):
        han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        assert han >= 0.6 * len(_normalised(text)), text


@pytest.mark.parametrize(("lang", "most"), [("en", 110), ("zh", 40)])
def test_prompts_can_be_read_aloud_in_one_breath(lang: str, most: int) -> None:
    long = [p.id for p in ladder(lang) if len(p.text) > most]
    assert long == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_duplicate_ids_or_texts(lang: str) -> None:
    prompts = ladder(lang)
    ids = Counter(p.id for p in prompts)
    assert [i for i, n in ids.items() if n > 1] == []
    texts = Counter(_normalised(p.text) for p in prompts)
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_near_duplicate_prompts(lang: str) -> None:
    prompts = [(p.id, _normalised(p.text)) for p in ladder(lang)]
    close = []
    for (a, ta), (b, tb) in combinations(prompts, 2):
        matcher = SequenceMatcher(None, ta, tb, autojunk=False)
        if matcher.real_quick_ratio() > 0.8 and matcher.ratio() > 0.8:
            close.append((a, b))
    assert close == []


def test_near_duplicate_check_catches_a_reworded_prompt() -> None:
    a = _normalised("What was the best moment of your day, even a tiny one?")
    b = _normalised("What was the best moment of your day, even a small one?")
    assert SequenceMatcher(None, a, b, autojunk=False).ratio() > 0.8


@pytest.mark.parametrize("lang", LANGUAGES)
def test_levels_say_passing_is_fine(lang: str) -> None:
    found = levels(lang)
    assert [lv.level for lv in found] == list(LEVELS)
    pass_word = {"en": re.compile(r"\bpass\b", re.I), "zh": re.compile("跳过")}[lang]
    for lv in found:
        assert lv.name and lv.description
        assert pass_word.search(lv.pass_note), (lang, lv.level)
    assert len({lv.name for lv in found}) == len(LEVELS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nothing_asks_for_proof_passwords_whereabouts_or_obedience(lang: str) -> None:
    bad = [t for t in _all_texts(lang) if FORBIDDEN[lang].search(t)]
    assert bad == []


def test_the_kindness_check_would_catch_a_controlling_prompt() -> None:
    assert FORBIDDEN["en"].search("Show me your phone password to prove you are loyal")
    assert FORBIDDEN["zh"].search("把手机密码告诉我，证明你对我忠诚")
    assert FORBIDDEN["zh"].search("你昨晚在哪，跟谁在一起？")
    assert FORBIDDEN["zh"].search("你到底在哪里？")
    # "in which ways" and "what is good about it" are not whereabouts
    assert not FORBIDDEN["zh"].search("你在哪些时候觉得自己不太像自己？")
    assert not FORBIDDEN["zh"].search("它好在哪里？")


# -- exercises -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_issues_exercises_are_there(lang: str) -> None:
    found = {e.id: e.component for e in exercises(lang)}
    for eid, component in REQUIRED_EXERCISES.items():
        assert found.get(eid) == component, eid
    assert len(found) > len(REQUIRED_EXERCISES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_exercise_has_every_field(lang: str) -> None:
    for e in exercises(lang):
        assert e.component in COMPONENTS and e.min_level in LEVELS, e.id
        assert e.title and e.purpose and e.steps and e.notice, e.id
        assert 1 <= e.minutes <= 90 and e.frequency in FREQUENCIES, e.id
        assert isinstance(e.asks_disclosure_to_partner, bool), e.id


def test_both_languages_have_the_same_exercises() -> None:
    en = exercises("en")
    zh = {e.id: e for e in exercises("zh")}
    assert [e.id for e in en] == list(zh)
    for e in en:
        z = zh[e.id]

        def shape(x: content.Exercise) -> tuple[object, ...]:
            return (x.component, x.min_level, x.minutes, x.frequency, x.asks_disclosure_to_partner)

        assert shape(e) == shape(z), e.id
        assert (len(e.steps), len(e.notice)) == (len(z.steps), len(z.notice)), e.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_safety_mode_has_an_individual_exercise_for_each_of_its_components(lang: str) -> None:
    alone = individual_exercises(lang)
    assert all(not e.asks_disclosure_to_partner for e in alone)
    for component in SAFETY_COMPONENTS:
        assert any(e.component == component for e in alone), component
    # the daily emotion note is done alone: the plan relies on it in safety mode
    assert "daily-emotion-note" in {e.id for e in alone}
    assert "reflect-before-solving" not in {e.id for e in alone}


#: asking something of the partner: never in an individual exercise or a safety step
TOWARDS_PARTNER = {
    "en": re.compile(
        r"\b(?:tell|ask|show|share (?:it )?with|talk to|read (?:it )?to)"
        r" (?:your partner|the other)\b",
        re.I,
    ),
    "zh": re.compile(r"(?:告诉|问|念给|拿给|分享给|和|跟)(?:你的)?(?:伴侣|对方)"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_individual_exercises_and_safety_steps_ask_nothing_of_the_partner(lang: str) -> None:
    texts = [t for e in individual_exercises(lang) for t in (e.purpose, *e.steps, *e.notice)]
    texts += [s.text for s in safety_steps(lang).steps]
    assert [t for t in texts if TOWARDS_PARTNER[lang].search(t)] == []
    # the check reads what the shared exercises do ask
    shared = [t for e in exercises(lang) if e.asks_disclosure_to_partner for t in e.steps]
    assert any(TOWARDS_PARTNER[lang].search(t) for t in shared)


def test_every_component_has_exercises_on_two_levels() -> None:
    # a plan gives one exercise per weak component a week: each needs more than one
    for component in COMPONENTS:
        at = {e.min_level for e in exercises("en") if e.component == component}
        assert len(at) >= 2, (component, sorted(at))


# -- the map to the profile and the questionnaire ------------------------------------


def test_targets_name_real_profile_components_and_scales() -> None:
    profile_ids = set(COMPONENT_BY_ID) | {c for cs in AXIS_COMPONENTS.values() for c in cs}
    scale_ids = {s.id for s in builtin_instrument().scales}
    assert set(PROFILE_TARGETS) == set(COMPONENTS) == set(SCALE_TARGETS)
    for component in COMPONENTS:
        assert set(PROFILE_TARGETS[component]) <= profile_ids, component
        assert set(SCALE_TARGETS[component]) <= scale_ids, component
        assert PROFILE_TARGETS[component] or SCALE_TARGETS[component], component
    # every depth and surface component of the profile is trained by something
    trained = {t for ts in PROFILE_TARGETS.values() for t in ts}
    depth_and_surface = {c for cs in AXIS_COMPONENTS.values() for c in cs}
    assert depth_and_surface <= trained


# -- counsellor page and safety steps ------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_counsellor_page_in_both_languages(lang: str) -> None:
    page = counsellor_page(lang)
    assert page.title and page.intro and page.closing
    assert len(page.signs) >= 4 and len(page.finding) >= 2
    assert page.help.countries and page.help.elsewhere
    if lang == "zh":
        assert page.help.countries[0].id == "CN"
    emergency = {"en": "emergency", "zh": "紧急"}[lang]
    assert emergency in page.safety


def test_counsellor_pages_match_in_shape() -> None:
    en, zh = counsellor_page("en"), counsellor_page("zh")
    assert (len(en.signs), len(en.finding)) == (len(zh.signs), len(zh.finding))


def test_safety_steps_in_both_languages() -> None:
    en, zh = safety_steps("en"), safety_steps("zh")
    assert [s.id for s in en.steps] == [s.id for s in zh.steps]
    assert "danger-now" in {s.id for s in en.steps}
    assert "talk-to-someone-trained" in {s.id for s in en.steps}


# -- the loader ----------------------------------------------------------------------


def test_content_is_cached() -> None:
    assert ladder("en") is ladder("en")
    assert exercises("zh") is exercises("zh")


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(GuideError, match="language must be one of en, zh"):
        ladder("fr")


def _with(monkeypatch: pytest.MonkeyPatch, data: dict[str, Any]) -> None:
    for f in (content.ladder, content.levels, content.exercises, content.safety_steps):
        f.cache_clear()
    monkeypatch.setattr(content, "_read", lambda lang, name: data)


@pytest.fixture(autouse=True)
def _fresh_cache() -> Any:
    yield
    for f in (content.ladder, content.levels, content.exercises, content.safety_steps):
        f.cache_clear()


GOOD_PROMPT = {"id": "l2-support-01", "level": 2, "component": "support", "text": "How?"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"level": 6}, r"'level' must be a whole number from 1 to 5"),
        ({"level": "2"}, r"'level' must be a whole number from 1 to 5"),
        ({"component": "trust"}, r"'component' must be one of disclosure, "),
        ({"text": "  "}, r"'text' must be a non-empty text"),
        ({"id": "l3-support-01"}, r"the id must be 'l2-support-NN'"),
        ({"colour": "red"}, r"unknown field 'colour'"),
    ],
)
def test_malformed_prompt_names_file_entry_and_expectation(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, object], message: str
) -> None:
    _with(monkeypatch, {"prompts": [{**GOOD_PROMPT, **change}]})
    with pytest.raises(GuideError) as info:
        ladder("en")
    text = str(info.value)
    assert text.startswith("[E702] unmask/lang/en/guide/ladder.yaml: prompt ")
    assert re.search(message, text), text


def test_duplicate_prompt_id_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _with(monkeypatch, {"prompts": [GOOD_PROMPT, {**GOOD_PROMPT, "text": "Other?"}]})
    with pytest.raises(GuideError, match="'l2-support-01' appears twice"):
        ladder("en")


def test_exercise_missing_a_field_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    exercise = {
        "id": "x",
        "component": "support",
        "min_level": 1,
        "title": "T",
        "purpose": "P",
        "steps": ["a"],
        "minutes": 5,
        "frequency": "daily",
        "notice": ["n"],
    }
    _with(monkeypatch, {"exercises": [exercise]})
    with pytest.raises(GuideError, match="field 'asks_disclosure_to_partner' is missing"):
        exercises("en")
    _with(monkeypatch, {"exercises": [{**exercise, "asks_disclosure_to_partner": "no"}]})
    with pytest.raises(GuideError, match="'asks_disclosure_to_partner' must be true or false"):
        exercises("en")
    _with(monkeypatch, {"exercises": [{**exercise, "asks_disclosure_to_partner": False}]})
    assert exercises("en")[0].steps == ("a",)


def test_levels_must_cover_one_to_five(monkeypatch: pytest.MonkeyPatch) -> None:
    one = {"name": "n", "description": "d", "pass_note": "p"}
    _with(monkeypatch, {"levels": {1: one, 2: one}})
    with pytest.raises(GuideError, match="'levels' must map each of 1-5"):
        levels("en")


def test_a_missing_file_is_named() -> None:
    with pytest.raises(GuideError, match=r"unmask/lang/en/guide/nothing\.yaml is missing"):
        content._read("en", "nothing")


def test_prompts_by_id_find_the_same_prompt_in_both_languages() -> None:
    en, zh = content.prompt_by_id("en"), content.prompt_by_id("zh")
    assert en["l5-disclosure-01"].level == zh["l5-disclosure-01"].level == 5
    assert "relationship" in en["l5-disclosure-01"].text and "关系" in zh["l5-disclosure-01"].text
