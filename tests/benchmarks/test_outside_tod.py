"""Outside booking-chat samples (figures only): the TSV is read in dialogue and turn order,
halves are stable, and a missing file says how to get the figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from unmask_dev import outside_tod

SAMPLE = (
    "dialogue_id\tturn\tspeaker\ttext\n"
    "1_00000\t1\tSYSTEM\tWhich city should I search in?\n"
    "1_00000\t0\tUSER\tI am looking for a place to eat.\n"
    "1_00000\t2\tUSER\tIn San Jose\tplease.\n"
    "2_00001\t0\tUSER\tTransfer $270 to Pranav from checking.\n"
    "2_00001\tx\tSYSTEM\tnot a turn number\n"
    "2_00001\t1\tSYSTEM\t\n"
    "2_00001\t2\tSYSTEM\tYour transfer is complete.\n"
)


def test_parse_keeps_dialogues_in_order_and_turns_by_number() -> None:
    dialogues = outside_tod.parse(SAMPLE)
    assert [d.id for d in dialogues] == ["1_00000", "2_00001"]
    first, second = dialogues
    assert [t.text for t in first.turns] == [
        "I am looking for a place to eat.",
        "Which city should I search in?",
        "In San Jose",  # a stray tab ends the text field
    ]
    assert [t.speaker for t in first.turns] == ["user", "system", "user"]
    assert [t.text for t in second.turns] == [
        "Transfer $270 to Pranav from checking.",
        "Your transfer is complete.",
    ]


def test_halves_are_stable_and_both_used() -> None:
    ids = [f"{k}_{j:05d}" for k in range(1, 40) for j in range(3)]
    halves = [outside_tod.half(i) for i in ids]
    assert halves == [outside_tod.half(i) for i in ids]
    assert 0.3 < halves.count("tune") / len(halves) < 0.7


def test_load_reads_the_file_the_variable_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sgd.tsv"
    path.write_text(SAMPLE, encoding="utf-8")
    monkeypatch.setenv("UNMASK_SGD_SAMPLE", str(path))
    everything = outside_tod.load("sgd")
    assert len(everything) == 2
    parts = outside_tod.load("sgd", "tune") + outside_tod.load("sgd", "report")
    assert sorted(d.id for d in parts) == ["1_00000", "2_00001"]


def test_a_missing_sample_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNMASK_RISAWOZ_SAMPLE", raising=False)
    with pytest.raises(outside_tod.Missing, match="UNMASK_RISAWOZ_SAMPLE"):
        outside_tod.load("risawoz")


def test_rows_score_both_halves_of_a_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unmask_dev.validity import outside

    lines = ["dialogue_id\tturn\tspeaker\ttext"]
    for k in range(12):  # enough dialogues for both halves
        lines += [
            f"{k}_0\t0\tUSER\tI am looking for a two bedroom apartment in Santa Rosa.",
            f"{k}_0\t1\tSYSTEM\tWhich city should I search in?",
            f"{k}_0\t2\tUSER\tTransfer four hundred dollars to Pranav from checking.",
            f"{k}_0\t3\tSYSTEM\tYour transfer is complete.",
        ]
    path = tmp_path / "sgd.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("UNMASK_SGD_SAMPLE", str(path))
    rows = {r.figure: r for r in outside.rows("sgd", "task_talk")}
    assert len(rows) == 2 * len(outside.FIGURES)
    for half in ("report", "tune"):
        surface = rows[
            f"Schema-Guided Dialogue (train) sample, turns with logistics or money, {half} half"
        ]
        depth = rows[
            f"Schema-Guided Dialogue (train) sample, turns with any depth signal, {half} half"
        ]
        assert surface.n > 0 and surface.value == 1.0  # every one of these turns is task talk
        assert depth.value == 0.0
        assert surface.met and depth.met


TUNING_SETS = {
    # source: (variable, a user's turn and a clerk's answer, what the rows' notes name)
    "sgd_tune": (
        "UNMASK_SGD_TUNE",
        ("Book a table for two at 7 pm tomorrow.", "Your table is booked for 7 pm."),
        "3 dialogues",
    ),
    "abcd": (
        "UNMASK_ABCD_SAMPLE",
        (
            "I want to return the boots I ordered last week.",
            "Sure, can I have your order ID and email address?",
        ),
        "h-tod3",
    ),
}


@pytest.mark.parametrize("source", sorted(TUNING_SETS))
def test_a_tuning_set_is_scored_whole_and_says_so(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unmask_dev.validity import outside

    variable, (user, clerk), named = TUNING_SETS[source]
    lines = ["dialogue_id\tturn\tspeaker\ttext"]
    for k in range(3):
        lines += [f"{k}_p100\t0\tUSER\t{user}", f"{k}_p100\t1\tSYSTEM\t{clerk}"]
    path = tmp_path / f"{source}.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(variable, str(path))
    rows = outside.rows(source, "task_talk")
    assert len(rows) == len(outside.FIGURES)
    assert all(r.figure.endswith(", tune set") and named in r.note for r in rows)
    surface = next(r for r in rows if "logistics or money" in r.figure)
    assert surface.n == 6 and surface.value == 1.0
    monkeypatch.delenv(variable)
    missing = outside.rows(source, "task_talk")
    assert all(r.value is None and variable in r.note for r in missing)


@pytest.mark.parametrize(
    ("source", "variable"),
    [
        ("taskmaster", "UNMASK_TASKMASTER_SAMPLE"),
        ("abcd", "UNMASK_ABCD_SAMPLE"),
        ("jddc", "UNMASK_ZH_SERVICE_SAMPLE"),
    ],
)
def test_sources_of_another_design_name_their_variable(
    source: str, variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unmask_dev.validity import outside

    monkeypatch.delenv(variable, raising=False)
    with pytest.raises(outside_tod.Missing, match=variable):
        outside_tod.load(source)
    missing = outside.rows(source, "task_talk")
    assert missing and all(r.value is None and variable in r.note for r in missing)


def test_a_service_chat_sample_is_read_in_halves_and_says_who_read_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unmask_dev.validity import outside

    lines = ["dialogue_id\tturn\tspeaker\ttext"]
    for k in range(16):  # made-up e-commerce chats, enough dialogues for both halves
        lines += [
            f"s{k:03d}\t0\tUSER\t我的订单还没发货，能帮我查一下快递吗",
            f"s{k:03d}\t1\tSYSTEM\t亲，订单已经发货了，快递单号已经发到您手机上",
        ]
    path = tmp_path / "zh_service.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("UNMASK_ZH_SERVICE_SAMPLE", str(path))
    rows = outside.rows("jddc", "chinese")
    assert len(rows) == 2 * len(outside.FIGURES)
    assert {r.figure.rsplit(", ", 1)[1] for r in rows} == {"report half", "tune half"}
    tune = [r for r in rows if r.figure.endswith("tune half")]
    assert all("h-tod3" in r.note for r in tune)
    assert sum(r.n for r in rows if "logistics or money" in r.figure) == 32
