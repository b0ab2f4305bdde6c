"""The structural reader in src (h-safety28: ``unmask.signals.safety_struct``, the word
classes in ``lang/<code>/safety_struct.yaml``): each form occurs in its example, the
file's must-fire and must-not-fire lines hold, twins by kind in both languages stay quiet
beside the control they resemble, the batch prefilter is a superset, and the scorer reads
the signal the act names. Lines written fresh for these tests, not round lines."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pytest

from unmask.signals import safety_struct as ss
from unmask.signals import score_texts
from unmask.signals.lexicon import LexiconError, read_yaml
from unmask.signals.registry import SIGNALS
from unmask.signals.types import MESSAGE_SIGNALS


@pytest.mark.parametrize("lang", ss.LANGS)
def test_every_form_occurs_in_its_example(lang: str) -> None:
    sf = ss.reader(lang).file
    for name, form in sf.forms():
        text = form.example.lower().replace("\u2019", "'")
        clauses = [c.strip() for c in re.split(r"[.!?;\n。！？；…]+", text)]
        lead = sf.leads.get(name, "")
        rx = re.compile(lead + f"(?:{form.regex})", re.I)
        if name == "own":  # the writer's own: right before a domain word
            dom = ss.reader(lang).rx["domain"]
            assert any(rx.search(c[: m.start()]) for c in clauses for m in dom.finditer(c))
        else:
            assert any(rx.search(c) for c in clauses), (lang, name, form.regex)


@pytest.mark.parametrize("lang", ss.LANGS)
def test_the_files_lines_hold(lang: str) -> None:
    sf = ss.reader(lang).file
    for line in sf.must_fire:
        assert ss.read(line) is not None, line
    for line in sf.must_not_fire:
        assert ss.read(line) is None, line


@pytest.mark.parametrize("lang", ss.LANGS)
def test_the_file_shares_the_version_of_its_signals(lang: str) -> None:
    version = ss.parse(lang, read_yaml(lang, ss.FILE)).version
    assert {SIGNALS[s].version for s in ss.SIGNALS} == {version}
    parts = read_yaml(lang, "safety_parts.yaml")["version"]
    assert parts == version


#: twins by kind, en / zh: each quiet line beside a controlling line of the same setting
TWINS = {
    "care": (
        ("text me when you get home safe, love you", "stop texting your friends after dark"),
        ("到家了给我发个定位，注意安全", "以后每天把定位发我"),
    ),
    "advice with a shared plan": (
        (
            "quit that job if it drains you, we'll manage together",
            "quit that job, from now on you stay home",
        ),
        ("工作太累就辞了吧，咱俩一起想办法", "你把工作辞了，以后在家待着"),
    ),
    "a request to share something fun": (
        (
            "send me the pics from your trip with the girls",
            "send me your texts with the girls, now",
        ),
        ("把聚会的照片发我看看", "把聊天记录发我，马上"),
    ),
    "a helping purpose": (
        (
            "send me your location when the party ends, i'll pick you up",
            "send me your location every hour from now on",
        ),
        ("聚会完发个定位，我去接你", "以后每天把定位发我"),
    ),
    "a treat offered": (
        (
            "pick a place for dinner with your friends, my treat",
            "you pick: me or your friends, from now on",
        ),
        ("你挑一家店，我请你和闺蜜吃饭", "以后不许跟闺蜜出去，在家待着"),
    ),
    "a joke sanction": (
        (
            "if you finish my chips again I'm changing the wifi password",
            "if you go out with him again i'll smash your phone",
        ),
        ("你要是再偷吃我的零食，我就改wifi密码", "你再去那个群试试"),
    ),
    "reported speech": (
        (
            "he said I'm not allowed to see my friends anymore",
            "you're done with your friends from now on",
        ),
        ("他说以后不许我见朋友", "以后不许跟同学出去玩，在家待着"),
    ),
    "a request about the writer's own thing": (
        ("stop using my phone charger", "stop using your phone at dinner or i'll take it"),
        ("以后别拿我的手机充电器", "以后工资卡交给我"),
    ),
}


@pytest.mark.parametrize("kind", list(TWINS))
def test_twins_by_kind_stay_quiet_beside_control(kind: str) -> None:
    for quiet, control in TWINS[kind]:
        assert ss.read(quiet) is None, (kind, quiet)
        assert ss.read(control) is not None, (kind, control)


def test_the_writers_own_thing_is_the_only_narrowing_of_h_safety28() -> None:
    """Without the ``own`` guard a request about the writer's own thing read as control
    (h-safety27 left it); a domain of the reader's beside it still reads."""
    line = "stop using my phone charger"
    assert ss.read(line, own=False) == "safety.isolation"
    assert ss.read(line) is None
    assert ss.read("stop using my car to go see your ex") is not None
    assert ss.read("give me my phone back") is None


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("from now on you give me your phone password", "safety.monitoring"),
        ("以后你每天把微信聊天记录发我", "safety.monitoring"),
        ("quit that job, from now on", "safety.isolation"),
        ("退出那个群，拉黑他", "safety.isolation"),
        ("if you go to his party i'll smash your phone", "safety.threat"),
        ("你敢去聚会，我就砸烂你的手机", "safety.threat"),
    ],
)
def test_the_act_names_the_signal(text: str, signal: str) -> None:
    assert ss.read(text) == signal


def test_a_long_message_is_an_account_not_the_move() -> None:
    line = "give me your phone password, now"
    assert ss.read(line) is not None
    assert (
        ss.read(line + " " + "and that is what he wrote to me last year, word for word." * 3)
        is None
    )
    assert ss.read("以后工资卡交给我" + "。" + "这是他去年对我说的话，我一直记得" * 6) is None


def test_the_prefilter_is_a_superset() -> None:
    lines = [
        line
        for lang in ss.LANGS
        for line in (*ss.reader(lang).file.must_fire, *ss.reader(lang).file.must_not_fire)
    ]
    lines += [q for pairs in TWINS.values() for pair in pairs for q in pair]
    lines += [f.example for lang in ss.LANGS for _, f in ss.reader(lang).file.forms()]
    lines += ["x\ngive me your", "phone now. " * 20, "你再\n试试", ""]
    kept = set(ss.candidates(lines))
    assert {i for i, t in enumerate(lines) if ss.read(t) is not None} <= kept
    assert len(kept) < len(lines)


def test_the_scorer_reads_the_signal_with_its_evidence() -> None:
    texts = ["send me your location every hour from now on", "stop using my phone charger"]
    result = score_texts(texts)
    col = np.asarray(result.scores["safety.monitoring"], dtype=np.float64)
    assert col[0] >= 0.5
    sources = [e.source for es in result.evidence[1].values() for e in es]
    assert not any(ss.FILE in s for s in sources)


def test_the_evidence_is_the_clause_that_reads() -> None:
    text = "ok. From now on you give me your phone password! see you at 6"
    found = ss.reader("en").hit(text)
    assert found is not None
    name, start, end = found
    assert name == "safety.monitoring"
    assert text[start:end] == "From now on you give me your phone password"
    scores = np.zeros((1, len(MESSAGE_SIGNALS)))
    evidence: list[dict[str, list[Any]]] = [{}]
    ss.apply([text], ["en"], scores, evidence)
    (ev,) = evidence[0][name]
    assert (ev.match, ev.start, ev.end) == (text[start:end], start, end)
    assert ev.source == "lexicon:en/safety_struct.yaml#reader"


def test_the_reader_can_be_set_aside() -> None:
    text = "pick: me or your friends. from now on you stay home"
    scores = np.zeros((1, len(MESSAGE_SIGNALS)))
    ss.ENABLED = False
    try:
        ss.apply([text], ["en"], scores, [])
        assert not scores.any()
    finally:
        ss.ENABLED = True
    ss.apply([text], ["en"], scores, [])
    assert scores.max() >= 0.5


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 21}, r"safety_struct\.yaml: 'version' must be a quoted string"),
        ({"max_chars": 5}, r"safety_struct\.yaml: 'max_chars' must be a whole number"),
        ({"weight": 0.3}, r"safety_struct\.yaml: 'weight' must count"),
        ({"guard": []}, r"safety_struct\.yaml, guard: expected a non-empty list of forms"),
        ({"must_fire": ["ok", ""]}, r"'must_fire' must be a non-empty list of messages"),
    ],
)
def test_a_bad_struct_file_names_the_file_and_field(change: dict[str, Any], message: str) -> None:
    data = {**read_yaml("en", ss.FILE), **change}
    with pytest.raises(LexiconError, match=message):
        ss.parse("en", data)


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"regex": "(?:x", "example": "x"}, r"class watch, form 0: 'regex' does not compile"),
        ("just a string", r"class watch, form 0: expected a mapping with regex and example"),
        ({"regex": "x"}, r"class watch, form 0: 'example' must be a non-empty string"),
    ],
)
def test_a_bad_struct_form_is_named(form: Any, message: str) -> None:
    data = dict(read_yaml("en", ss.FILE))
    classes = dict(data["classes"])
    watch = dict(classes["watch"])
    watch["forms"] = [form, *watch["forms"][1:]]
    classes["watch"] = watch
    data["classes"] = classes
    with pytest.raises(LexiconError, match=message):
        ss.parse("en", data)
