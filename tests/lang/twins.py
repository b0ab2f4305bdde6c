"""Helpers of the twin tests (test_mend_twins, test_mend2_twins, the reply twins of
responsiveness rounds 23-25): a couple's chat as a table, a message a minute, whether one
message alone fires a signal, and whether a reply after the partner's message reads one."""

from __future__ import annotations

import pyarrow as pa

from unmask.model import ARROW_SCHEMA
from unmask.signals import PRESENT, score_text
from unmask.signals.reply import score_reply_text

REACTION = "responsiveness.reaction"
INTERPRETATION = "responsiveness.interpretation"
EXPLORATION = "responsiveness.exploration"
#: the partner's messages the reply twins answer: a hard day, and a complaint that discloses
#: a hurt (weak cues count after either, as after any disclosure)
HARD_EN = "my boss keeps moving the deadline and I had to stay until 11 again, I'm so tired of this"
HARD_ZH = "老板又把截止日期提前了，我又加班到十一点，真的好累"
HURT_EN = "I'm so hurt, you never listen to me and I feel alone in this"
HURT_ZH = "我真的很难过，你从来不听我说话，我觉得好孤单"


def chat_table(thread: list[tuple[str, str]]) -> pa.Table:
    """``thread`` (sender, text) as one conversation's table, a message a minute."""
    records = [
        {
            "conversation_id": "c",
            "message_id": f"m{k}",
            "timestamp": f"2024-03-01T08:{k:02d}:00",
            "sender": who,
            "text": text,
            "kind": "text",
            "platform": "test",
            "reply_to": None,
            "utc_offset": None,
            "edited": False,
        }
        for k, (who, text) in enumerate(thread)
    ]
    return pa.Table.from_pylist(records, schema=ARROW_SCHEMA)


def fires_alone(text: str, signal: str) -> bool:
    """``signal`` of ``text`` scored alone reaches :data:`PRESENT`."""
    value = score_text(text).scores[signal]
    return value is not None and value >= PRESENT


def reply_fires(reply: str, lang: str, other: str, signal: str) -> bool:
    """``signal`` of ``reply``, read by the reply layer after ``other``, reaches
    :data:`PRESENT` (the reply is read: its score is not null)."""
    score = score_reply_text(reply, lang, other).scores[signal]
    assert score is not None
    return score >= PRESENT
