"""A one-time safety check-in asked in care is not monitoring (unmask.signals.safety_care)."""

from __future__ import annotations

import pytest

from unmask.signals import PRESENT, score_text
from unmask.signals.safety_care import is_care_checkin

SIGNAL = "safety.monitoring"

# (care check-in, its controlling twin): the twin keeps the request and adds what makes it
# monitoring (standing, urgent, sanctioned, or about company)
TWINS = [
    (
        "en",
        "send me your location when you get home so I know you are safe",
        "send me your location every hour so I know you are safe",
    ),
    (
        "en",
        "send me your location when you land so I don't worry",
        "send me your location right now so I don't worry",
    ),
    (
        "en",
        "send me your location when you get home so I know you're safe",
        "send me your location when you get home or else",
    ),
    (
        "en",
        "text me when you land so I know you are safe",
        "send me a photo of who you're with when you land so I know you are safe",
    ),
    ("zh", "到家了把定位发给我，我才放心", "随时把定位发给我，我才放心"),
    ("zh", "到家了把定位发给我，我才放心", "以后每天都要把定位发给我"),
    ("zh", "到家了把定位发给我，我才放心", "现在把定位发给我"),
    ("zh", "到家了把定位发给我，我才放心", "到家了把定位发给我，不然你等着"),
    ("zh", "到了给我发个定位，我好放心", "拍张照片给我看看你跟谁在一起，我好放心"),
]

CARE = sorted({(lang, care) for lang, care, _ in TWINS}) + [
    ("en", "text me when you get home so I don't worry"),
    ("en", "call me once you land so I know you're ok"),
    ("zh", "到家了告诉我一声"),
    ("zh", "落地了给我发个消息报个平安"),
    ("zh", "到家了给我发个定位，不然我不放心"),
    # "you're" and "ur" with no space before them; 以后 after the event is when, not "from now on"
    ("en", "text me when you're home so I know you're safe"),
    ("en", "text me when ur back so I don't worry"),
    ("zh", "到家以后给我发个消息，我才放心"),
]

CONTROL = [(lang, twin) for lang, _, twin in TWINS] + [
    ("en", "I need to know where you are at all times, so I know you're safe"),
    ("en", "text me every time you get home so I know you're safe"),
    ("zh", "到家了记得发定位给我，每次都要"),
    ("zh", "把定位发给我"),
    ("en", "text me every time you're home so I know you're safe"),
    ("zh", "你以后到家了都要给我发定位，我才放心"),
]


@pytest.mark.parametrize(("lang", "text"), CARE)
def test_a_one_time_check_in_asked_in_care_is_not_monitoring(lang: str, text: str) -> None:
    score = score_text(text)
    assert score.lang == lang
    assert (score.scores[SIGNAL] or 0.0) < PRESENT, text
    assert SIGNAL not in score.evidence


@pytest.mark.parametrize(("lang", "text"), CONTROL)
def test_a_standing_urgent_or_sanctioned_demand_still_reads(lang: str, text: str) -> None:
    score = score_text(text)
    assert score.lang == lang
    assert (score.scores[SIGNAL] or 0.0) >= PRESENT, text
    assert not is_care_checkin(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an event with no care reason, or a care reason with no event: not a check-in
        ("en", "send me your location when you get home"),
        ("en", "send me your location so I know you're safe"),
        ("zh", "到家了把定位发给我"),
        ("zh", "把定位发给我，我才放心"),
        # a "so I know" that checks the other's word is no care reason
        ("en", "send me your location when you get home so I know you're not lying"),
        ("en", "send me your location when you get home so I know you're really there"),
        ("zh", "到家了把定位发给我，我才放心，别骗我"),
        ("fr", "quand tu arrives, dis-moi que tu vas bien"),
    ],
)
def test_a_check_in_needs_both_the_event_and_the_care_reason(lang: str, text: str) -> None:
    assert not is_care_checkin(text, lang)


def test_threat_in_a_check_in_still_reads() -> None:
    """Only monitoring is dropped: a threat beside a care reason stands."""
    text = "text me when you get home so I know you're safe, or I'll hurt you"
    assert not is_care_checkin(text, "en")
