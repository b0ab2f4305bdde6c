"""The private safety screening: asked of each partner, shown to no one else, help at once."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers_assess import (
    ALEX_TINY,
    SAM_TINY,
    SHARE_ALL,
    START,
    assess,
    compare,
    lines,
    whole,
)

from unmask.assess import builtin_screening, help_resources, help_text
from unmask.assess.report import MARKER
from unmask.assess.screening import guess_country
from unmask.store import Store

#: intro, then "Yes" to fear, "No" to the rest, then Enter after the help screen
AFRAID = ["", "3", "1", "1", "1", "1", "1", ""]
SCREENING_TEXTS = [item.text["en"] for item in builtin_screening().items] + [
    item.text["zh"] for item in builtin_screening().items
]


def _report_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "rep"
    folder.mkdir()
    (folder / "report.json").write_text("{}", encoding="utf-8")
    (folder / "report.html").write_text(f"<body>{MARKER}</body>", encoding="utf-8")
    return folder


def test_a_positive_screen_shows_help_at_once_and_advises_against_comparing(
    tmp_path: Path, tiny_file: Path
) -> None:
    db = tmp_path / "u.db"
    result = assess(db, "alex", lines(AFRAID + ["q"]), "--instrument", str(tiny_file))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "I am afraid of my partner" in out
    # the help comes right after the last screening answer, before the first questionnaire item
    assert out.index("Where help is") < out.index("I tell my fears.")
    for expected in ("911", "1-800-799-7233", "0808 2000 247", "1800 737 732", "1800 341 900"):
        assert expected in out
    for expected in ("12338", "2343 2255", "113", "1800 777 0000", "1-866-863-0511"):
        assert expected in out
    flat = " ".join(out.split())  # the terminal wraps long lines
    assert "search for a local domestic-violence service" in flat
    assert "We suggest NOT running `unmask compare` together" in flat
    assert not re.search(r"https?://|www\.", out)  # no links, nothing that loads


def test_a_negative_screen_shows_no_help_page(tmp_path: Path, tiny_file: Path) -> None:
    result = assess(tmp_path / "u.db", "alex", lines(START + ["q"]), "--instrument", str(tiny_file))
    assert result.exit_code == 0
    assert "I am afraid of my partner" in result.output  # asked
    assert "Where help is" not in result.output and "We suggest NOT" not in result.output


def test_not_sure_counts_as_positive_and_chinese_help(tmp_path: Path) -> None:
    unsure = ["", "1", "2", "1", "1", "1", "1", ""]
    result = assess(tmp_path / "u.db", "alex", lines(unsure + ["q"]), "--lang", "zh")
    assert "私密问题" in result.output and "我害怕我的伴侣" in result.output
    assert "哪里可以求助" in result.output and "12338" in result.output
    assert "我们建议不要一起运行" in "".join(result.output.split())


def test_screening_answers_never_reach_compare_report_or_export(
    tmp_path: Path, tiny_file: Path
) -> None:
    """Same questionnaire answers, opposite screenings: what the couple sees is identical."""
    inst = ["--instrument", str(tiny_file)]
    outputs = {}
    for label, alex_start in (("pos", AFRAID), ("neg", START)):
        base = tmp_path / label
        base.mkdir()
        db = base / "u.db"
        assert assess(db, "alex", lines(alex_start + ALEX_TINY + SHARE_ALL), *inst).exit_code == 0
        assert assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner").exit_code == 0
        folder = _report_folder(base)
        result = compare(db, *inst, "--report", str(folder))
        assert result.exit_code == 0, result.output
        export = base / "alex.json"
        assert assess(db, "alex", "", *inst, "--export", str(export)).exit_code == 0
        texts = {
            "terminal": result.output,
            "json": (folder / "report.json").read_text(encoding="utf-8"),
            "html": (folder / "report.html").read_text(encoding="utf-8"),
            "export": export.read_text(encoding="utf-8"),
        }
        for name, text in texts.items():
            for marker in (*SCREENING_TEXTS, '"screening', "Where help is", "afraid"):
                assert marker not in text, (label, name, marker)
        outputs[label] = json.loads(texts["json"])["questionnaire"]
        raw = b"".join(p.read_bytes() for p in base.iterdir() if p.name.startswith("u.db"))
        assert b"afraid" not in raw and b'"fear"' not in raw  # sealed, never in clear
        with Store(db) as store:
            [reveal] = store.reveals("default")
            assert "screening" not in json.dumps(reveal.sections)
    for data in outputs.values():
        for person in data["rounds"]:
            data["rounds"][person]["date"] = None
    assert outputs["pos"] == outputs["neg"]


def test_each_partner_is_screened_and_each_round_again(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    sam = assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner")
    assert "I am afraid of my partner" in sam.output
    again = assess(db, "alex", lines(["y"] + START + ["q"]), *inst)
    assert "round 2" in again.output and "I am afraid of my partner" in again.output


def test_help_list_covers_the_documented_countries_offline() -> None:
    codes = {c.code for c in help_resources().countries}
    assert codes == {"US", "GB", "CA", "AU", "IE", "CN", "HK", "TW", "SG"}
    for country in help_resources().countries:
        assert country.emergency and country.lines and country.name["zh"]
    text = "\n".join(help_text("en", "AU"))
    assert text.index("Australia") < text.index("United States")  # the user's country first
    assert not re.search(r"https?://|www\.|\.(com|org|gov)\b", text)
    assert "search for a local domestic-violence service" in " ".join(text.split())


def test_country_from_locale() -> None:
    assert guess_country({"LANG": "en_GB.UTF-8"}) == "GB"
    assert guess_country({"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}) == "TW"
    assert guess_country({"LANG": "C.UTF-8"}) is None
    assert guess_country({}) is None


def test_stopping_right_after_a_yes_still_shows_where_help_is(
    tmp_path: Path, tiny_file: Path
) -> None:
    result = assess(
        tmp_path / "u.db", "alex", lines(["", "3", "q"]), "--instrument", str(tiny_file)
    )
    assert result.exit_code == 0 and "Saved." in result.output
    assert "Where help is" in result.output and "1-800-799-7233" in result.output
    assert "pushed, hit" not in result.output  # q at the second question: the third never shown


def test_every_screening_text_is_in_english_and_chinese() -> None:
    screening = builtin_screening()
    assert {i.id for i in screening.items} == {
        "fear",
        "threats",
        "physical",
        "control",
        "coercion",
        "honest",
    }
    for texts in (screening.title, screening.intro, screening.positive, screening.advice):
        assert set(texts) == {"en", "zh"} and all(t.strip() for t in texts.values())
    for item in screening.items:
        assert set(item.text) == {"en", "zh"}
    assert all(len(labels) == screening.high == 3 for labels in screening.labels.values())
    assert screening.is_positive({"fear": 2}) and screening.is_positive({"honest": 3})
    assert not screening.is_positive({"fear": 1, "threats": None})


def test_a_written_answer_about_not_wanting_to_live_shows_the_crisis_lines(
    tmp_path: Path, tiny_file: Path
) -> None:
    """The screening has no item about it; a hope in the partner's own words that speaks of
    not wanting to live is read as the chat report's crisis notice reads messages, and the
    crisis lines are shown at once (docs/safety.md)."""
    answers = ALEX_TINY[:-2] + ["honestly I don't want to be alive anymore", "", ""]
    result = assess(
        tmp_path / "u.db", "alex", lines(START + answers + ["q"]), "--instrument", str(tiny_file)
    )
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "talks about not wanting to live" in flat
    for number in ("988", "116 123", "13 11 14", "12356", "1767"):
        assert number in flat
    assert "We suggest NOT" not in flat  # not the screening's advice
    assert not re.search(r"https?://|www\.", result.output)


def test_a_romantic_or_laughing_hope_shows_no_crisis_lines(tmp_path: Path, tiny_file: Path) -> None:
    for hope in ("grow old and die in each other's arms", "not wanting to die of boredom lol"):
        answers = ALEX_TINY[:-2] + [hope, ""]
        result = assess(
            tmp_path / f"{len(hope)}.db",
            "alex",
            lines(START + answers + ["q"]),
            "--instrument",
            str(tiny_file),
        )
        assert result.exit_code == 0, result.output
        assert "talks about not wanting to live" not in " ".join(result.output.split()), hope


def test_the_crisis_lines_of_the_questionnaire_are_the_reports() -> None:
    from unmask.assess.screening import crisis_help_text, points_to_crisis
    from unmask.helplines import help_for

    for lang in ("en", "zh"):
        text = "\n".join(crisis_help_text(lang))
        for c in help_for(lang).crisis_countries:
            assert all(line in text for line in c.crisis), c.id
        assert help_for(lang).crisis_elsewhere in text
    assert crisis_help_text("zh")[2].startswith("中国大陆")  # the language's countries first
    assert crisis_help_text("en", "AU")[2].startswith("Australia")  # the user's country first
    assert points_to_crisis(["a quiet year", "活着好累，不如死了算了"])
    assert not points_to_crisis(["老了想死在你怀里", "I'm dying to see you more", ""])
