"""The safety parts layer (unmask.signals.safety_parts): moves read by their parts."""

from __future__ import annotations

import re
from functools import cache

import pytest

from unmask.signals import PRESENT, score_text
from unmask.signals.lexicon import LexiconError, read_yaml
from unmask.signals.normalize import fold, lower_same_length
from unmask.signals.safety_parts import FILE, PartsFile, parse, rule_regex, version_agrees
from unmask.signals.variants import zh_regex

LANGS = ("en", "zh")


@cache
def _file(lang: str) -> PartsFile:
    return parse(lang, read_yaml(lang, FILE))


def _compile(lang: str, regex: str) -> re.Pattern[str]:
    return re.compile(zh_regex(regex) if lang == "zh" else regex)


def _folded(text: str) -> str:
    return fold(lower_same_length(text)).text


def _rules_firing(lang: str, text: str) -> set[str]:
    """The signals of the rules whose pattern matches ``text`` (as the engine reads it)."""
    pf = _file(lang)
    if len(text) > pf.max_chars:
        return set()
    return {r.signal for r in pf.rules if _compile(lang, rule_regex(pf, r)).search(_folded(text))}


def _forms(lang: str) -> list[tuple[str, str, str, str]]:
    return [
        (lang, name, form.regex, form.example)
        for name, forms in _file(lang).parts.items()
        for form in forms
    ]


FORMS = [f for lang in LANGS for f in _forms(lang)]


@pytest.mark.parametrize("lang", LANGS)
def test_the_file_is_valid_and_its_version_is_the_registry_s(lang: str) -> None:
    pf = _file(lang)
    assert version_agrees(pf)
    assert all(len(rule.parts) >= 2 for rule in pf.rules)


@pytest.mark.parametrize(("lang", "part", "regex", "example"), FORMS)
def test_every_part_form_occurs_in_its_example_and_a_rule_with_it_fires_there(
    lang: str, part: str, regex: str, example: str
) -> None:
    assert _compile(lang, regex).search(_folded(example)), f"{part} not in {example!r}"
    signals = {r.signal for r in _file(lang).rules if part in r.parts}
    assert signals & _rules_firing(lang, example), f"{part}: no rule fires on {example!r}"
    score = score_text(example, model=False).scores
    assert any((score[s] or 0.0) >= PRESENT for s in signals), example


@pytest.mark.parametrize(("lang", "part", "regex", "example"), FORMS)
def test_a_part_alone_never_fires(lang: str, part: str, regex: str, example: str) -> None:
    found = _compile(lang, regex).search(_folded(example))
    assert found is not None
    alone = example[found.start() : found.end()]
    assert _rules_firing(lang, alone) == set(), f"{part} alone ({alone!r}) fired"


@pytest.mark.parametrize(
    ("lang", "together", "apart"),
    [
        (
            "en",
            "you're not allowed to see your cousins",
            "you're not allowed to. your cousins said so!",
        ),
        (
            "en",
            "if you leave, I'll make sure you never see the kids again",
            "if you leave.\nI'll make sure you never see the kids again",
        ),
        ("en", "who were you with? tell me the truth", "who were you with. ok. tell me the truth"),
        ("zh", "跟谁吃的饭？老实交代", "跟谁吃的饭。\n老实说这家店一般"),
        ("zh", "不准跟你那些同学出去", "不准熬夜。你那些同学明天来"),
    ],
)
def test_parts_fire_in_one_sentence_only(lang: str, together: str, apart: str) -> None:
    assert _rules_firing(lang, together)
    assert _rules_firing(lang, apart) == set()


def test_a_weak_command_fires_only_for_good_and_not_as_a_question() -> None:
    assert _rules_firing("en", "you can't see your friends anymore") == {"safety.isolation"}
    assert _rules_firing("en", "you can't see your friends this weekend, we're away") == set()
    assert _rules_firing("en", "you can't see your friends anymore?") == set()
    assert _rules_firing("zh", "以后别跟她来往了") == {"safety.isolation"}
    assert _rules_firing("zh", "以后别跟她来往了？为什么") == set()


def test_long_messages_are_accounts_not_moves() -> None:
    move = "you're not allowed to see your cousins"
    account = (
        "My therapist asked me to write down what he says, so here it is: "
        + move
        + ", and after that he went quiet for the whole evening and I sat in the kitchen alone."
    )
    assert len(account) > _file("en").max_chars
    assert _rules_firing("en", move)
    assert _rules_firing("en", account) == set()


def test_the_layer_raises_a_score_the_phrase_lexicons_miss() -> None:
    text = "from now on your wages go into my account"
    assert _rules_firing("en", text) == {"safety.monitoring"}
    result = score_text(text, model=False)
    assert (result.scores["safety.monitoring"] or 0.0) >= PRESENT
    assert any(FILE in ev.source for ev in result.evidence["safety.monitoring"])


def test_a_rule_with_one_part_is_refused() -> None:
    data = {
        "version": "6",
        "max_chars": 100,
        "parts": {"a": [{"regex": "x", "example": "x"}]},
        "rules": [{"signal": "safety.threat", "parts": ["a"], "weight": 0.6, "example": "x"}],
        "must_not_fire": {"safety.threat": ["y"]},
    }
    with pytest.raises(LexiconError, match="two or more"):
        parse("en", data)


@pytest.mark.parametrize("weight", [0, 1.5, True, "0.6"])
def test_a_bad_weight_is_named_in_a_rule_and_in_the_frames(weight: object) -> None:
    data = dict(read_yaml("en", FILE))
    rules = [dict(r) for r in data["rules"]]
    rules[0]["weight"] = weight
    with pytest.raises(LexiconError, match=r"entry 0: 'weight' must be a number in \(0, 1\]"):
        parse("en", {**data, "rules": rules})
    frames = {**data["frames"], "weight": weight}
    with pytest.raises(LexiconError, match=r"frames: 'weight' must be a number in \(0, 1\]"):
        parse("en", {**data, "frames": frames})


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ("(?:x", r"part forbid form 0: 'regex' does not compile"),
        ("just a string", r"part forbid form 0: expected a mapping with regex and example"),
    ],
)
def test_a_bad_part_form_is_named(form: str, message: str) -> None:
    data = dict(read_yaml("en", FILE))
    bad = {"regex": form, "example": "x"} if form.startswith("(") else form
    data["parts"] = {**data["parts"], "forbid": [bad, *data["parts"]["forbid"][1:]]}
    with pytest.raises(LexiconError, match=message):
        parse("en", data)


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"regex": "(?:x", "example": "x"}, r"frame form 0: 'regex' does not compile"),
        (
            {"regex": "x", "example": "x", "weight": 1},
            r"frame form 0: unknown key\(s\) \['weight'\]",
        ),
    ],
)
def test_a_bad_frame_form_is_named(form: dict[str, object], message: str) -> None:
    data = dict(read_yaml("en", FILE))
    frames = dict(data["frames"])
    frames["frame"] = [form, *frames["frame"][1:]]
    data["frames"] = frames
    with pytest.raises(LexiconError, match=message):
        parse("en", data)


@pytest.mark.parametrize("lang", LANGS)
def test_the_model_cue_holds_in_its_examples_and_not_in_its_other_lines(lang: str) -> None:
    from unmask.signals.safety_model import has_cue

    cue = _file(lang).cue
    assert cue is not None
    for text in cue.examples:
        assert has_cue(text, lang), text
    for text in cue.not_cue:
        assert not has_cue(text, lang), text


def test_a_model_cue_names_parts_of_the_file() -> None:
    data = dict(read_yaml("en", FILE))
    data["model_cue"] = {
        "frame": ["forbid", "no_such_part"],
        "domain": ["domain"],
        "examples": ["x"],
        "not_cue": ["y"],
    }
    with pytest.raises(LexiconError, match="not parts of the file"):
        parse("en", data)


# --- frames: a control frame x a domain x a direction (h-safety24) -------------------------


def _frames_firing(lang: str, text: str) -> set[str]:
    """The signals whose frames entry matches ``text`` (as the engine reads it)."""
    from unmask.signals.safety_parts import frames_regex

    pf = _file(lang)
    assert pf.frames is not None
    if len(text) > pf.max_chars:
        return set()
    return {
        s
        for s in pf.frames.domain
        if re.compile(
            zh_regex(frames_regex(pf.frames, s, span=pf.max_chars))
            if lang == "zh"
            else frames_regex(pf.frames, s, span=pf.max_chars),
            re.M,
        ).search(_folded(text))
    }


def _frame_forms() -> list[tuple[str, str, str, str]]:
    out = []
    for lang in LANGS:
        fr = _file(lang).frames
        assert fr is not None
        for key in ("frame", "aimed", "opens"):
            out += [(lang, key, f.regex, f.example) for f in getattr(fr, key)]
        for signal, forms in fr.domain.items():
            out += [(lang, signal, f.regex, f.example) for f in forms]
    return out


@pytest.mark.parametrize(("lang", "key", "regex", "example"), _frame_forms())
def test_every_frames_form_occurs_in_its_example_and_the_frames_fire_there(
    lang: str, key: str, regex: str, example: str
) -> None:
    assert _compile(lang, regex).search(_folded(example)), example
    fired = _frames_firing(lang, example)
    assert fired if not key.startswith("safety.") else key in fired, example


@pytest.mark.parametrize("lang", LANGS)
def test_the_guards_examples_do_not_fire(lang: str) -> None:
    fr = _file(lang).frames
    assert fr is not None
    for f in (*fr.not_with, *fr.third):
        assert _compile(lang, f.regex).search(_folded(f.example)), f.example
        assert _frames_firing(lang, f.example) == set(), f.example


#: (en, zh) couple-talk twins: control read by its parts ...
FRAMES_FIRE = (
    ("from now on your phone stays on the table when we eat", "从今天起你的工资卡我来拿"),
    ("block that guy from the gym, I mean it", "你那个男同学马上给我删了"),
    ("you are not to see your college friends without me", "以后不许你跟同学出去喝酒"),
    ("your wages go to my account from today", "你的奖金都得转给我"),
)
#: ... and what must never read as control: care, a favour, a question, jealousy told with
#: respect, a joint plan, someone else's move told, the writer's own resolution
FRAMES_NOT = (
    ("please text me when you get home safe", "到家了告诉我一声"),
    ("send me your location when you land so I know you're safe", "到家了把定位发给我，我才放心"),
    ("quit that job if it is wearing you down, we'll manage", "工作太累就辞了吧，我们一起想办法"),
    ("I'll check the bank app later and split the bill", "账单我晚点核对一下，我们AA"),
    (
        "I got jealous seeing you with your ex at the party, but I trust you",
        "看到你跟前任聊天我有点吃醋，不过我信你",
    ),
    ("can you send me your location?", "能把定位发我吗？"),
    ("he says I'm not allowed to see my friends anymore", "他说以后不许我跟同事出去"),
    ("from now on I'm going to the gym every morning", "从今天起我每天早上去健身房"),
    (
        "you should take care of yourself, see your friends more",
        "你要好好照顾自己，多跟朋友出去走走",
    ),
)


@pytest.mark.parametrize(("en", "zh"), FRAMES_FIRE)
def test_frames_read_control_in_both_languages(en: str, zh: str) -> None:
    assert _frames_firing("en", en)
    assert _frames_firing("zh", zh)
    for lang, text in (("en", en), ("zh", zh)):
        result = score_text(text, model=False)
        assert any((result.scores[s] or 0.0) >= PRESENT for s in _frames_firing(lang, text))


@pytest.mark.parametrize(("en", "zh"), FRAMES_NOT)
def test_frames_leave_care_questions_and_accounts_alone(en: str, zh: str) -> None:
    assert _frames_firing("en", en) == set()
    assert _frames_firing("zh", zh) == set()


def test_frames_forms_name_only_written_rounds_never_the_clean_one() -> None:
    from unmask_dev import safety_frames
    from unmask_dev import safety_probes as probes

    for lang in LANGS:
        fr = _file(lang).frames
        assert fr is not None
        forms = [*fr.frame, *fr.aimed, *fr.opens, *fr.not_with, *fr.third]
        forms += [f for fs in fr.domain.values() for f in fs]
        for f in forms:
            for name in f.rounds:
                assert hasattr(probes, f"{name}_KINDS"), name
                assert name not in ("ROUND24", "ROUND25", "ROUND26"), name
    assert not {24, 25, 26} & set(safety_frames.ROUNDS)


def test_a_round_is_read_without_the_forms_it_suggested() -> None:
    from unmask_dev.safety_frames import Reader

    text = "the cards stay in my drawer, you come ask for them"
    assert Reader().fires(text)
    assert not Reader(frozenset({"ROUND21"})).fires(text)
    assert Reader(frozenset({"ROUND20"})).fires(text)
