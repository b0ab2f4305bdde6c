"""Plain data of the signal layer: specs, evidence, and scores.

These types are the contract between the signal scorers and everything
downstream (dyad metrics, profile, report). A score is a float in [0, 1];
0.5 or more means "present". Reply-level scores are NaN (null) for messages
that are not replies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

Level = Literal["message", "reply"]

#: message-level signal names, a public contract (docs/signals.md)
MESSAGE_SIGNALS: tuple[str, ...] = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "disclosure.informational",
    "support.emotional",
    "support.informational",
    "dismissal",
    "transactional",
    "logistics",
    "duty",
    "appeasement",
    "affection",
    "gratitude",
    "future",
    "we_talk",
    "bid",
    "inner_question",
    "safety.threat",
    "safety.monitoring",
    "safety.isolation",
    "safety.degradation",
    "safety.jealousy",
    "safety.fear",
    "safety.remorse",
)

#: the safety signals (docs/safety.md): read by :mod:`unmask.dyad.safety`, never as depth
SAFETY_SIGNALS: tuple[str, ...] = tuple(n for n in MESSAGE_SIGNALS if n.startswith("safety."))

#: control signals: what one partner does to the other (read by :mod:`unmask.dyad.safety`
#: and :mod:`unmask.signals.control_gate`; written once, here)
CONTROL_SIGNALS: tuple[str, ...] = (
    "safety.threat",
    "safety.monitoring",
    "safety.isolation",
    "safety.degradation",
    "safety.jealousy",
)
#: the writer's own fear of the other: not control, and it keeps a line's depth
FEAR_SIGNAL = "safety.fear"

#: reply-level signal names (null unless the message replies to the other person)
REPLY_SIGNALS: tuple[str, ...] = (
    "responsiveness.reaction",
    "responsiveness.interpretation",
    "responsiveness.exploration",
    "responsiveness",
)

ALL_SIGNALS: tuple[str, ...] = MESSAGE_SIGNALS + REPLY_SIGNALS

#: signals of depth (the depth components of :mod:`unmask.dyad.rates`, and what keeps a
#: message from being read as task talk by :mod:`unmask.signals.context`; written once, here)
DEPTH_SIGNALS: tuple[str, ...] = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "support.emotional",
    "affection",
    "gratitude",
    "future",
    "we_talk",
    "inner_question",
)

PRESENT = 0.5


@dataclass(frozen=True)
class SignalSpec:
    """One registered signal: what it is and what it needs."""

    name: str
    version: str
    languages: tuple[str, ...]
    level: Level
    description: str
    requires: tuple[str, ...] = ("text",)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a signal fired: the matched text, its character span, and where the rule lives."""

    signal: str
    match: str
    start: int
    end: int
    source: str  # e.g. "lexicon:en/disclosure.tsv", "pattern:zh/appeasement", "model:claff-lr-1"
    weight: float = 1.0


@dataclass
class TextScore:
    """Scores and evidence of one text."""

    lang: str
    scores: dict[str, float | None]
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)


@dataclass
class ScoreResult:
    """Scores of a whole message table, column by column.

    ``scores[name]`` is a float64 array aligned with ``message_id``; NaN means
    null (reply-level signal on a non-reply, or a non-text message).
    ``evidence[i]`` maps signal name to the evidence for message ``i``
    (only signals that have evidence appear).
    """

    message_id: list[str]
    lang: list[str]
    scores: dict[str, np.ndarray]
    evidence: list[dict[str, list[Evidence]]]
    versions: dict[str, str] = field(default_factory=dict)
    #: ``score_texts(texts, model=False)`` of other texts (the lexicons' scores and evidence),
    #: as the scorer offers it: answered by its scoring child where one ran
    #: (``score_table(..., evidence_later=True)``), so the caller need not load the lexicons
    lexicon_lookup: Callable[[list[str]], ScoreResult] | None = field(
        default=None, compare=False, repr=False
    )
    #: per message: a crisis statement, and one that laughs
    #: (:func:`unmask.dyad.crisis.marks`; False off text), where the scorer read them for
    #: every text message (with a forked child); None: the caller reads them itself
    crisis_marks: tuple[np.ndarray, np.ndarray] | None = field(
        default=None, compare=False, repr=False
    )
    #: per message: the safety model's summed probability of the five control kinds
    #: (:func:`unmask.signals.scorer.control_probability`; NaN where it did not read the
    #: message), kept by the scorer for the weak-control rule; None: read it again
    control: np.ndarray | None = field(default=None, compare=False, repr=False)
    #: per message: the weak readers' summed probability of the five control kinds where the
    #: scorer has it (Chinese: as :attr:`control`), for the weak-control rule
    #: (:func:`unmask.dyad.safety.weak_control_of`); NaN where that rule reads it itself
    #: (English, by its frozen weak reader, :data:`unmask.signals.safety_model.WEAK_FILES`,
    #: h-safety53: read only on the messages the rule reads, h-speed64) or the safety model
    #: did not read the message; None: read it again
    weak_control: np.ndarray | None = field(default=None, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.message_id)
