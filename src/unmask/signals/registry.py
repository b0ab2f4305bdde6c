"""The one table of signals: every signal the project scores, declared once.

Scorers, the CLI, the docs test and the conformance test all read this table,
so a signal that is not here does not exist, and a signal that is here must be
scored, documented and tested. Names come from :mod:`unmask.signals.types`.
A signal's ``version`` changes whenever its lexicon or rules change in a way
that can change scores; lexicon files carry the same version string.
"""

from __future__ import annotations

from unmask.signals.types import ALL_SIGNALS, MESSAGE_SIGNALS, REPLY_SIGNALS, SignalSpec

LANGUAGES: tuple[str, ...] = ("en", "zh")

_MESSAGE_REQUIRES: tuple[str, ...] = ("text",)
_REPLY_REQUIRES: tuple[str, ...] = (
    "text",
    "sender",
    "conversation_id",
    "timestamp",
    "reply_to",
    "message_scores",
)

_DESCRIPTIONS: dict[str, str] = {
    "disclosure.emotional": "the writer shares their own feelings (mild or deep)",
    "disclosure.vulnerable": (
        "the writer exposes a soft side: fear, hurt, shame, loneliness, a need, "
        "a mistake, 'I'm not OK'"
    ),
    "disclosure.informational": "the writer shares personal facts about themselves or their people",
    "support.emotional": "sympathy, caring, encouragement, validation",
    "support.informational": "advice, a suggested course of action",
    "dismissal": "minimising or rejecting the other's feelings ('you're overreacting', '想多了')",
    "transactional": (
        "money and bookkeeping between the partners: paying, owing, splitting, transfers, "
        "receipts, 'AA'"
    ),
    "logistics": "schedules, chores, errands, shopping, pick-ups",
    "duty": "obligation language: have to, should, your turn, it's your job",
    "appeasement": "yielding without a view of one's own: ok, fine, up to you, 随便, 都行",
    "affection": "love, tenderness, pet names, affectionate emoji",
    "gratitude": "thanks and appreciation",
    "future": "shared dreams and plans: someday we, our future, 我们以后",
    "we_talk": "first-person plural (we, us, our / 我们, 咱们)",
    "bid": "a bid for the other's attention: a question, news or a link, 'look', 'guess what'",
    "inner_question": "asking about the other's inner state: how are you feeling, 你怎么了",
    "safety.threat": (
        "threats and intimidation: to hurt, to leave with the children, to expose, "
        "to harm oneself if the other leaves"
    ),
    "safety.monitoring": (
        "monitoring and control: demands for location, the phone, passwords, proof of "
        "where and with whom; counting unanswered calls"
    ),
    "safety.isolation": "keeping the other from friends, family, work or going out",
    "safety.degradation": (
        "degradation and humiliation: 'you're worthless', 'nobody else would want you'"
    ),
    "safety.jealousy": (
        "jealousy used as control: accusations, 'who is he', forbidding contact with others"
    ),
    "safety.fear": "fear of the partner, or harm done by them: 'I'm afraid of what you'll do'",
    "safety.remorse": ("the apology half of a cycle: 'it won't happen again', 'you made me do it'"),
    "responsiveness.reaction": (
        "a reply that expresses emotion in reaction to what the other shared: warmth, "
        "compassion, concern"
    ),
    "responsiveness.interpretation": (
        "a reply that shows understanding of the other's feelings or experience"
    ),
    "responsiveness.exploration": "a reply that asks to learn more about the other's experience",
    "responsiveness": "a reply that shows any of reaction, interpretation or exploration",
}


#: signals whose rules or lexicons changed since version 1 (docs/signals.md keeps the history)
_VERSIONS: dict[str, str] = {
    "disclosure.emotional": "50",
    "disclosure.informational": "2",
    "disclosure.vulnerable": "27",
    "support.emotional": "48",
    "support.informational": "16",
    "dismissal": "8",
    "logistics": "23",
    "affection": "22",
    "transactional": "7",
    "duty": "4",
    "appeasement": "2",
    "gratitude": "20",
    "we_talk": "18",
    "bid": "10",
    "future": "17",
    "inner_question": "28",
    "safety.threat": "37",
    "safety.monitoring": "37",
    "safety.isolation": "37",
    "safety.degradation": "20",
    "safety.jealousy": "15",
    "safety.fear": "15",
    "safety.remorse": "15",
    "responsiveness.reaction": "33",
    "responsiveness.interpretation": "29",
    "responsiveness.exploration": "31",
    "responsiveness": "45",
}


def _spec(name: str) -> SignalSpec:
    is_reply = name in REPLY_SIGNALS
    return SignalSpec(
        name=name,
        version=_VERSIONS.get(name, "1"),
        languages=LANGUAGES,
        level="reply" if is_reply else "message",
        description=_DESCRIPTIONS[name],
        requires=_REPLY_REQUIRES if is_reply else _MESSAGE_REQUIRES,
    )


#: every signal, in the public order of :data:`unmask.signals.types.ALL_SIGNALS`
SIGNALS: dict[str, SignalSpec] = {name: _spec(name) for name in ALL_SIGNALS}


def message_signals() -> tuple[SignalSpec, ...]:
    """The message-level specs, in public order."""
    return tuple(SIGNALS[name] for name in MESSAGE_SIGNALS)


def versions() -> dict[str, str]:
    """Signal name -> version, recorded with every scoring run."""
    return {name: spec.version for name, spec in SIGNALS.items()}
