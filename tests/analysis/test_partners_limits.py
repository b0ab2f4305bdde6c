"""Partner selection errors and honest limits (silent partner, one day, only media)."""

from __future__ import annotations

import pytest

from analysis.builders import run
from unmask.dyad.partners import SILENT_PARTNER, choose_partners
from unmask.errors import PartnerError
from unmask.report.writer import validate_report

DAY = 24 * 60


def test_two_senders_are_chosen_without_asking() -> None:
    partners = choose_partners({"Ben": 10, "Ann": 12})
    assert partners.names == ("Ann", "Ben")


def test_more_senders_without_partners_lists_them_with_counts() -> None:
    with pytest.raises(PartnerError) as info:
        choose_partners({"Ann": 120, "Ben": 80, "Mum": 3})
    message = str(info.value)
    assert '"Ann" (120 messages)' in message and '"Mum" (3 messages)' in message
    assert "--partners" in message


def test_partners_option_picks_two_of_three() -> None:
    partners = choose_partners({"Ann": 120, "Ben": 80, "Mum": 3}, "Ann, Mum", me="Mum")
    assert partners.names == ("Ann", "Mum") and partners.me == "Mum"


@pytest.mark.parametrize("value", ["Ann", "Ann,Ann", "Ann,Bob"])
def test_bad_partners_option(value: str) -> None:
    with pytest.raises(PartnerError):
        choose_partners({"Ann": 120, "Ben": 80, "Mum": 3}, value)


def test_me_must_be_a_partner() -> None:
    with pytest.raises(PartnerError, match="--me"):
        choose_partners({"Ann": 1, "Ben": 1}, me="Mum")


def test_three_senders_in_analyze_raise_before_any_work() -> None:
    rows = [("Ann", 0, "hi", ()), ("Ben", 1, "hey", ()), ("Mum", 2, "dinner?", ())]
    with pytest.raises(PartnerError, match="3 senders"):
        run(rows)


def _codes(report: dict) -> set[str]:
    return {item["code"] for item in report["limits"]["cannot_tell"]}


def test_one_partner_never_writes() -> None:
    rows = [("Ann", d * DAY + i, "are you there?", ("bid",)) for d in range(120) for i in range(4)]
    a = run(rows)
    assert a.partners.b == SILENT_PARTNER
    report = a.report()
    validate_report(report)
    assert not report["profile"]["placed"] and report["profile"]["region"] is None
    assert "silent_partner" in _codes(report)
    assert report["bids"]["by_responder"]["b"]["counts"]["away"] == 120
    assert any(s["kind"] == "limit" and SILENT_PARTNER in s["text"] for s in report["statements"])


def test_one_day_chat_says_what_it_cannot_tell() -> None:
    rows = [("Ann" if i % 2 else "Ben", i * 2, f"message {i}", ()) for i in range(400)]
    report = run(rows).report()
    validate_report(report)
    assert report["source"]["days"] == 1
    assert not report["limits"]["placed"]
    assert {"short_span", "no_trend"} <= _codes(report)


def test_only_media_chat() -> None:
    rows = [("Ann" if i % 2 else "Ben", i * 60, "<Media omitted>", (), "media") for i in range(50)]
    report = run(rows).report()
    validate_report(report)
    assert report["source"]["text_messages"] == 0
    assert "no_text" in _codes(report)
    assert not report["profile"]["placed"]
    assert report["profile"]["surface"]["value"] is None
