"""The crisis notice (docs/safety.md, Crisis notice): words about not wanting to live point
to help. Lexicon twins in both languages, realistic small chats end to end, the schema, the
HTML page and the terminal summary."""

from __future__ import annotations

import html
import io
import json
import re
import tempfile
from functools import cache
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console

from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.dyad.crisis import LANGS, _prefilter, is_crisis, lexicon, statement_in
from unmask.helplines import help_for
from unmask.report.html import render_html
from unmask.report.terminal import print_summary
from unmask_dev.safety_chats import Line, export_script

OPTIONS = AnalyzeOptions(model=False, bootstrap_resamples=40)
SCHEMA = Path(__file__).resolve().parents[2] / "src" / "unmask" / "report" / "schema"

#: the brief's statements: each must be counted
MUST_FIRE = {
    "en": [
        "I want to die",
        "I don't want to be alive anymore",
        "I don't want to be here anymore",
        "I wish I could just disappear forever",
        "what's the point of living",
        "I've been cutting again",
        "honestly I don't want to be here anymore. everyone would be better off without me",
        "I’ve been feeling suicidal again",
        "I'll kill myself if you go",
    ],
    "zh": [
        "我不想活了",
        "活着没意思",
        "活着好累，不如死了算了",
        "好想消失在这个世界上",
        "想消失",
        "想结束这一切",
        "活着好累",
        "活著好累，不想活了",  # traditional characters
        "你知道吗，我真的不想活了",  # 你 in another clause: still the writer's own words
        "没有你我不想活了",  # 我 after 你: the writer's own
    ],
}

#: hyperbole, jokes, quotes, care and negation: never counted
MUST_NOT_FIRE = {
    "en": [
        "I'm dying to see you",
        "this traffic is killing me",
        "I could die of embarrassment lol",
        "I want to disappear into bed for a week",
        "are you thinking of hurting yourself?",
        "I watched that film where he says 'I want to die' and cried",
        'she said "I don\'t want to be alive anymore" in the show',
        "I'm not thinking about killing myself, I promise",
        "I want to die in your arms when we're old",
        "I don't want to exist without you",
        "I want to die lol",
    ],
    "zh": [
        "笑死我了",
        "累死了",
        "饿死了",
        "热死了",
        "想死你了",
        "你是不是想伤害自己？",
        "你不想活了是吧",
        "新闻里说那个人不想活了",
        "我没有想自杀，你别担心",
        "不想活了哈哈哈",
        "老了想死在你怀里",
        "我担心你不想活了，你跟我说说好吗",
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_example_fires_and_passes_the_prefilter(lang: str) -> None:
    pre = re.compile(_prefilter(lang).removeprefix("(?i)"), re.IGNORECASE)
    for entry in lexicon(lang).entries:
        assert statement_in(entry.example, lang), entry.example
        assert pre.search(entry.example), entry.example
    # each language's own prefilter passes every line that language counts
    for text in MUST_FIRE[lang]:
        if statement_in(text, lang):
            assert pre.search(text), text
        assert entry.pattern.search(entry.example.lower().replace("’", "'")), entry.example


@pytest.mark.parametrize("lang", LANGS)
def test_the_files_must_not_fire_lists_do_not_fire(lang: str) -> None:
    lex = lexicon(lang)
    assert len(lex.must_not_fire) >= 10 and lex.version
    for text in lex.must_not_fire:
        assert not is_crisis(text), text


@pytest.mark.parametrize("lang", LANGS)
def test_twins(lang: str) -> None:
    for text in MUST_FIRE[lang]:
        assert is_crisis(text), text
    for text in MUST_NOT_FIRE[lang]:
        assert not is_crisis(text), text


def test_every_country_has_a_crisis_line_in_both_languages() -> None:
    for lang in LANGS:
        help_ = help_for(lang)
        assert help_.crisis_elsewhere
        for c in help_.countries:
            assert c.crisis and all(c.crisis), c.id
    en = {c.id: " ".join(c.crisis) for c in help_for("en").countries}
    assert "988" in en["US"] and "988" in en["CA"] and "116 123" in en["GB"]


# -- realistic small chats, end to end --------------------------------------------------

SCRIPTS: dict[str, tuple[str, dict[int, list[Line]]]] = {
    "crisis_en": (
        "en",
        {
            20: [(1, "long week"), (0, "want to talk about it?"), (1, "not really")],
            40: [
                (1, "honestly I don't want to be here anymore"),
                (0, "hey. are you thinking of hurting yourself?"),
                (1, "sometimes. I don't know"),
                (0, "I'm here. can we call someone together tonight?"),
            ],
            90: [(1, "what's the point of living like this"), (0, "I love you, I'm coming home")],
        },
    ),
    "crisis_zh": (
        "zh",
        {
            30: [(1, "今天好累"), (0, "怎么了"), (1, "没事")],
            50: [
                (1, "活着好累，不如死了算了"),
                (0, "你是不是想伤害自己？我很担心你"),
                (1, "有时候会想消失在这个世界上"),
                (0, "我马上回来，我们一起想办法"),
            ],
        },
    ),
    "hyperbole_en": (
        "en",
        {
            10: [(0, "I'm dying to see you"), (1, "this traffic is killing me")],
            30: [(1, "I could die of embarrassment lol"), (0, "haha it was cute")],
            60: [(0, "I want to disappear into bed for a week"), (1, "same, sunday?")],
        },
    ),
    "hyperbole_zh": (
        "zh",
        {
            10: [(0, "笑死我了"), (1, "累死了，今天加班")],
            30: [(1, "饿死了"), (0, "热死了，想吃冰")],
            60: [(0, "想死你了"), (1, "我也是❤️")],
        },
    ),
}


@cache
def _analysis(name: str) -> Analysis:
    lang, script = SCRIPTS[name]
    folder = Path(tempfile.mkdtemp(prefix="unmask-crisis-"))
    path = folder / f"WhatsApp Chat - {name}.txt"
    path.write_text(export_script(name, lang, script), encoding="utf-8")
    return analyze(path, options=OPTIONS)


def _validate(report: object) -> None:
    schema = json.loads((SCHEMA / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)


@pytest.mark.parametrize(("name", "writer"), [("crisis_en", "Emma"), ("crisis_zh", "陈静")])
def test_a_chat_about_not_wanting_to_live_carries_the_notice(name: str, writer: str) -> None:
    a = _analysis(name)
    lang = SCRIPTS[name][0]
    report = a.report(lang=lang)
    _validate(report)
    crisis = report["crisis"]
    key = "ab"[a.partners.names.index(writer)]
    other = "b" if key == "a" else "a"
    assert crisis["messages"] >= 2 and crisis["by_partner"][key] == crisis["messages"]
    assert crisis["by_partner"][other] == 0  # the worried partner's question is care
    # not control: the safety mode and the map stay as they are
    assert report["safety"]["mode"] == "none"
    assert report["profile"]["region"] is not None or report["limits"]["cannot_tell"]
    page = render_html(report, lang)
    notice = page[page.index('id="crisis-notice"') :]
    notice = notice[: notice.index("</div>")]
    first = help_for(lang).countries[0]
    assert html.escape(first.crisis[0], quote=False) in notice
    assert ("988" if lang == "en" else "12356") in notice
    # it quotes nothing and names no one
    for _, text in SCRIPTS[name][1][40 if lang == "en" else 50]:
        assert text not in notice
    assert writer not in notice
    console = Console(file=io.StringIO(), width=100, color_system=None)
    print_summary(report, console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert ("988" if lang == "en" else "12356") in out


@pytest.mark.parametrize("name", ["hyperbole_en", "hyperbole_zh"])
def test_hyperbole_carries_no_notice(name: str) -> None:
    a = _analysis(name)
    lang = SCRIPTS[name][0]
    report = a.report(lang=lang)
    _validate(report)
    assert report["crisis"]["messages"] == 0
    assert 'id="crisis-notice"' not in render_html(report, lang)
    console = Console(file=io.StringIO(), width=100, color_system=None)
    print_summary(report, console)
    assert "988" not in console.file.getvalue()  # type: ignore[attr-defined]


def test_reports_written_before_the_crisis_reading_render_without_it() -> None:
    report = dict(_analysis("crisis_en").report(lang="en"))
    del report["crisis"]
    assert 'id="crisis-notice"' not in render_html(report, "en")  # type: ignore[arg-type]


def test_the_safety_page_carries_the_notice_too() -> None:
    report = _analysis("crisis_en").report(lang="en")
    report["safety"]["mode"] = "safety"  # as if control had also been found
    page = render_html(report, "en")
    assert 'id="safety-lead"' in page and 'id="crisis-notice"' in page
    assert page.index('id="crisis-notice"') < page.index('id="safety-lead"')


def test_one_check_decides_the_notice_for_the_page_and_the_terminal() -> None:
    from unmask.report.safety_view import crisis_help

    report = _analysis("crisis_en").report(lang="en")
    help_ = crisis_help(report, "en")
    assert help_ is not None and help_.crisis_countries
    assert all(c.crisis for c in help_.crisis_countries)
    for crisis in (None, "none", {"messages": 0, "by_partner": {"a": 0, "b": 0}}):
        old = dict(report)
        if crisis is None:
            del old["crisis"]
        else:
            old["crisis"] = crisis
        assert crisis_help(old, "en") is None
        assert 'id="crisis-notice"' not in render_html(old, "en")  # type: ignore[arg-type]
        console = Console(file=io.StringIO(), width=100, color_system=None)
        print_summary(old, console)  # type: ignore[arg-type]
        assert "988" not in console.file.getvalue()  # type: ignore[attr-defined]


def test_reading_each_distinct_text_once_counts_what_each_row_counts() -> None:
    """``read_crisis`` reads each distinct text once and gives its marks to each of its
    rows: the counts per partner and the laughing lines set aside are those of each row
    read alone (``is_crisis``, laughing), both languages, repeated lines, nulls, a text
    column in several chunks and rows picked out of order."""
    import numpy as np
    import pyarrow as pa

    from unmask.dyad.crisis import laughs, read_crisis

    pool = [*MUST_FIRE["en"], *MUST_FIRE["zh"], *MUST_NOT_FIRE["en"], *MUST_NOT_FIRE["zh"]]
    pool += ["ok", "", None, "好的"]
    rng = np.random.default_rng(3)
    values = [pool[k] for k in rng.integers(0, len(pool), 400)]
    column = pa.chunked_array([pa.array(values[:150]), pa.array(values[150:])])
    for texts in (column, pa.array(values)):
        rows = rng.permutation(len(values))[:300]
        who = rng.integers(0, 2, len(rows))
        counted, laughing = [0, 0], 0
        for row, partner in zip(rows.tolist(), who.tolist(), strict=True):
            text = values[row] or ""
            counted[partner] += is_crisis(text)
            said = any(statement_in(text, lang) for lang in LANGS)
            laughing += said and laughs(text)
        got = read_crisis(texts, rows, who)
        assert got.by_partner == tuple(counted) and got.laughing_set_aside == laughing
        assert got.messages >= 20 and got.laughing_set_aside >= 1
