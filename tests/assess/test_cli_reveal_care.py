"""Reveal with care: what the partner will see is said first; private sections; talk guide."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner
from helpers_assess import ALEX_TINY, ENV, SAM_TINY, START, assess, compare, lines, whole

from unmask.assess import builtin_instrument, private_sections
from unmask.assess.report import MARKER
from unmask.cli.main import app
from unmask.store import Store

FAMILY_ITEM = "In the family I grew up in, feelings were welcome."


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "rep"
    folder.mkdir()
    (folder / "report.json").write_text("{}", encoding="utf-8")
    (folder / "report.html").write_text(f"<body>{MARKER}</body>", encoding="utf-8")
    return folder


def test_intro_says_what_the_partner_will_see_before_any_answer(tmp_path: Path) -> None:
    result = assess(tmp_path / "u.db", "alex", "q\n")
    out = " ".join(result.output.split())
    assert result.exit_code == 0 and "Saved." in out
    for phrase in (
        "What your partner will see",
        "your answer to every statement (item by item)",
        "your guesses about them next to their answers",
        "What your partner never sees",
        "How long: about",
        "type q at any question",
    ):
        assert phrase in out, phrase
    assert "About you - 1/" not in out  # q on the intro: nothing asked, nothing stored
    with Store(tmp_path / "u.db") as store:
        assert store.partner_names("default") == []


def test_sections_offered_before_sealing_are_the_groups_dreams_and_hopes() -> None:
    sections = private_sections(builtin_instrument())
    assert sections == ("surface", "depth", "motives", "roots", "dreams", "hopes")


def test_a_private_section_is_left_out_for_both_and_who_chose_is_not_said(
    tmp_path: Path,
) -> None:
    db = tmp_path / "u.db"
    inventory = builtin_instrument()
    n = len(inventory.items) + len(inventory.predicted_items) + len(inventory.domains)
    alex = [str(1 + i % 5) for i in range(n)] + ["hope-marker-alex by the sea", ""]
    sam = [str(5 - i % 5) for i in range(n)] + ["hope-marker-sam in the hills", ""]
    # alex keeps "roots" (4) and "hopes" (6) private
    result = assess(db, "alex", lines(START + alex + ["4 6"]))
    assert result.exit_code == 0, result.output
    assert "Before sealing: sections to keep private" in result.output
    assert "roots: Attachment anxiety" in result.output
    assert assess(db, "sam", whole(sam), "--new-partner").exit_code == 0
    folder = _folder(tmp_path)
    shown = compare(db, "--report", str(folder))
    assert shown.exit_code == 0, shown.output
    files = [
        shown.output,
        (folder / "report.json").read_text(encoding="utf-8"),
        (folder / "report.html").read_text(encoding="utf-8"),
    ]
    roots_names = ("Attachment anxiety", "Family emotional climate", "Self-acceptance")
    for text in files:
        assert FAMILY_ITEM not in text
        assert not any(name in text for name in roots_names)
        assert "hope-marker-alex" not in text and "hope-marker-sam" not in text
        assert "Bookkeeping" in text  # the shared sections are there
    flat = " ".join(shown.output.split())
    assert "Some sections were kept private" in flat and "does not say who" in flat
    data = json.loads(files[1])["questionnaire"]
    assert data["hidden_sections"] == ["roots", "hopes"]
    assert {s["group"] for s in data["scales"]} == {"surface", "depth", "motives"}
    with Store(db) as store:
        [reveal] = store.reveals("default")
    assert "hopes" not in reveal.sections and "domains" in reveal.sections


def test_invalid_private_choice_is_asked_again(tmp_path: Path, tiny_file: Path) -> None:
    text = lines(START + ALEX_TINY + ["9", "x", "2"])
    result = assess(tmp_path / "u.db", "alex", text, "--instrument", str(tiny_file))
    assert result.output.count("Please type numbers from 1 to 4") == 2
    out = tmp_path / "a.json"
    assess(tmp_path / "u.db", "alex", "", "--instrument", str(tiny_file), "--export", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["private"] == ["surface"]


def test_compare_shows_the_talk_guide_and_points_to_the_plan(
    tmp_path: Path, tiny_file: Path
) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner")
    folder = _folder(tmp_path)
    result = compare(db, *inst, "--report", str(folder))
    flat = " ".join(result.output.split())
    assert "how to talk about them" in flat
    assert "Listen first" in flat and "Ask before explaining" in flat
    assert "One item at a time" in flat
    assert "Exercises to practise this together: run `unmask plan`." in flat
    # the guide comes before the first miss is listed
    assert flat.index("Listen first") < flat.index("missed by 2 or more")
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert 'class="talk-guide"' in html and "Listen first" in html
    zh = compare(db, *inst, "--lang", "zh")
    assert "先倾听" in zh.output and "一次只谈一题" in zh.output


def test_the_guide_points_to_unmask_plan_once_it_exists(tmp_path: Path, tiny_file: Path) -> None:
    db = tmp_path / "u.db"
    inst = ["--instrument", str(tiny_file)]
    assess(db, "alex", whole(ALEX_TINY), *inst)
    assess(db, "sam", whole(SAM_TINY), *inst, "--new-partner")
    with_plan = click.Group("unmask", commands=dict(app.commands))
    with_plan.add_command(click.Command("plan", callback=lambda: None))
    envs = ["--passphrase-env", "alex=PASS_ALEX", "--passphrase-env", "sam=PASS_SAM"]
    result = CliRunner().invoke(with_plan, ["compare", "--db", str(db), *inst, *envs], env=ENV)
    flat = " ".join(result.output.split())
    assert result.exit_code == 0, result.output
    assert "Exercises to practise this together: run `unmask plan`." in flat
    assert "in a later version" not in flat
