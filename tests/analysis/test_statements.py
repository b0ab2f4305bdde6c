"""Statements: each one's examples illustrate exactly it; the everyday is not judged."""

from __future__ import annotations

from typing import Any

import pytest

from analysis.builders import run
from unmask.report.writer import validate_report

DAY = 24 * 60

#: statement id prefix -> answer categories its examples may show (None: no answer)
STATEMENT_CATEGORIES: dict[str, set[str | None]] = {
    "gap.flat": {"minimal", "deflecting"},
    "strength.responsive": {"responsive"},
    "gap.no_answer": {None},
    "strength.toward": {"toward"},
}


WARM = (
    "oh love, that sounds frightening. what happened today?",
    ("responsiveness", "inner_question"),
)
BILL = ("did you pay the gas bill?", ("logistics",))


def _asymmetric_rows() -> list[tuple]:
    """Ann mostly answers Ben's disclosures warmly; Ben mostly with "ok" or logistics.

    Both answer in every way now and then, so examples shared between the two
    directions would show the wrong partner's answers.
    """
    rows: list[tuple] = []
    for d in range(0, 240, 2):
        t = d * DAY
        ben_answer = WARM if d % 8 == 0 else ("ok", ()) if d % 4 else BILL
        ann_answer = BILL if d % 6 == 0 else WARM
        rows += [
            (
                "Ann",
                t,
                "can we talk? I feel so sad and lonely since the funeral",
                ("disclosure.emotional", "bid"),
            ),
            ("Ben", t + 5, ben_answer[0], ben_answer[1]),
            (
                "Ben",
                t + 300,
                "can we talk? honestly I'm scared I'll lose the job",
                ("disclosure.vulnerable", "bid"),
            ),
            ("Ann", t + 302, ann_answer[0], ann_answer[1]),
            ("Ann", t + 600, "we need milk and nappies", ("logistics",)),
            ("Ben", t + 601, "I'll get them on the way", ("logistics",)),
        ]
    return rows


def _answer_statements(report: dict[str, Any]) -> list[tuple[dict[str, Any], set[str | None]]]:
    out = []
    for s in report["statements"]:
        prefix, _, key = s["id"].rpartition(".")
        if prefix in STATEMENT_CATEGORIES:
            out.append((s, STATEMENT_CATEGORIES[prefix]))
    return out


def test_each_answer_statement_shows_only_the_answers_it_counts() -> None:
    report = run(_asymmetric_rows()).report()
    validate_report(report)
    statements = _answer_statements(report)
    ids = {s["id"] for s, _ in statements}
    # Ben (b) answers mostly flatly, Ann (a) mostly responsively
    assert {"gap.flat.a", "gap.flat.b", "strength.responsive.a", "strength.toward.a"} <= ids
    for statement, categories in statements:
        responder = statement["id"].rsplit(".", 1)[1]
        examples = report["examples"][statement["examples"]]
        assert examples, statement["id"]
        for example in examples:
            # the opening is the other partner's; the answer is the responder's
            assert example["sender"] != responder, statement["id"]
            answer = example["answer"]
            assert (answer["category"] if answer else None) in categories, statement["id"]
            if answer:
                assert answer["sender"] == responder, statement["id"]


def test_flat_answer_examples_include_minimal_answers() -> None:
    report = run(_asymmetric_rows()).report()
    flat = next(s for s in report["statements"] if s["id"] == "gap.flat.b")
    shown = {e["answer"]["category"] for e in report["examples"][flat["examples"]]}
    assert "minimal" in shown  # half of Ben's flat answers are a bare "ok"


@pytest.mark.parametrize("logistics_per_day", [1, 12])
def test_surface_share_is_described_never_judged(logistics_per_day: int) -> None:
    rows = []
    for d in range(0, 200, 2):
        t = d * DAY
        rows += [
            ("Ann", t, "I miss you, love you", ("affection",)),
            ("Ben", t + 2, "love you too", ("affection",)),
        ]
        rows += [
            ("Ann" if i % 2 else "Ben", t + 10 + i, "pick up the kids at 5", ("logistics",))
            for i in range(logistics_per_day)
        ]
    report = run(rows).report()
    validate_report(report)
    share = report["components"]["surface_share"]["couple"]["value"]
    assert (share < 0.5) if logistics_per_day == 1 else (share > 0.5)
    statement = next(s for s in report["statements"] if s["id"] == "surface.share")
    assert statement["kind"] == "everyday"
    assert not [
        s
        for s in report["statements"]
        if s["kind"] in ("strength", "gap") and "surface_share" in s["components"]
    ]
