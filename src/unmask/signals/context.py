"""The context pass: a turn's place in its dialogue, for task talk.

Message-level signals read each text alone, so an answer to a clerk's question ("Two",
"Yes, that's right.", a film's title, 好的, 没有了, 要的) and a clerk's next-step question
("Do you need anything else?", 还有什么可以帮您) read as nothing: no lexicon should claim
them alone, since the same words answer anything. In a dialogue their place tells: they
answer or follow task talk. After the message-level and reply layers,
:func:`apply` (from :func:`unmask.signals.scorer.score_table`, the reading the report
uses) raises ``logistics`` to :data:`CONTEXT_SCORE` on two kinds of message of a table:

1. **A short answer to task talk.** The first message of a turn that answers the other
   person's turn in the same session (:func:`unmask.signals.reply.find_replies`, default
   gap three hours) and directly follows the other's message, when

   - that message is *task talk*: ``logistics`` or ``transactional`` at 0.5 or more and
     no signal of :data:`KEEPS_OUT` at 0.5 (no depth, dismissal or safety signal: "bought
     milk, love you" carries affection, so "love you too" after it stays the answer to
     affection; "be home by 7 or else" is a threat, not a schedule), and neither is any of
     the other's last ``CONTEXT_RUN`` (3) messages of the turn it answers ("I'm scared
     about tomorrow" then "what time is your flight?": "7" answers a disclosure's turn too);
   - the answer is short: at most :data:`ANSWER_MAX_WORDS` words (Latin script) and
     :data:`ANSWER_MAX_HAN` Han characters; and
   - the answer carries no signal of its own beyond surface talk: every message-level
     signal but :data:`SURFACE_OK` and every reply signal below 0.5 (so "Yes" to
     "Do you still love me?" is untouched since that question is not task talk, and "I'm
     scared" after "what time is the appointment?" keeps its disclosure and gains nothing).

2. **A closing question after a task step.** A short question (at most
   :data:`CLOSING_MAX_WORDS` words and :data:`CLOSING_MAX_HAN` Han characters, with "?",
   "？" or a final 吗 / 呢) that asks for the next step in :data:`CLOSING` words ("anything
   else?", "something else", "is that all?"; 还有什么 / 其他 / 别的, 还需要…吗) and directly
   follows task talk (as above, the last messages of the turn it answers included) in
   the same session, whoever wrote it, with no signal of its own beyond surface talk
   ("Anything else you want to tell me?" reads as an inner question, and stays one).

An answer, first message of its turn, that is too long for (1) may still be a closing
question (2): "好的，还有什么问题吗？".

The reading is the table API's only: :func:`unmask.signals.score_text` and
:func:`unmask.signals.score_texts` see no dialogue and leave these messages as they are.
Vectorised over the table: the text of a message is read only where its neighbours'
scores make it a candidate.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

import numpy as np

from unmask.signals.types import MESSAGE_SIGNALS, PRESENT, REPLY_SIGNALS, Evidence

#: recorded with the table API's versions, after the target's own (``logistics``: "7+context:1")
VERSION = "context:1"
#: the signal the pass raises, and to what
TARGET = "logistics"
CONTEXT_SCORE = 0.6
#: what makes a message task talk
TASK_SIGNALS: tuple[str, ...] = ("logistics", "transactional")
#: message-level signals an answer may carry and still be read by its place: surface talk
#: ("ok" / 好的 to a plan reads as appeasement too and keeps it)
SURFACE_OK: tuple[str, ...] = (
    "disclosure.informational",
    "transactional",
    "logistics",
    "duty",
    "appeasement",
)
#: signals that keep a message from being task talk: depth, dismissal, safety
KEEPS_OUT: tuple[str, ...] = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "support.emotional",
    "affection",
    "gratitude",
    "future",
    "we_talk",
    "inner_question",
    "dismissal",
    *(n for n in MESSAGE_SIGNALS if n.startswith("safety.")),
)
ANSWER_MAX_WORDS = 6
ANSWER_MAX_HAN = 8
CLOSING_MAX_WORDS = 10
CLOSING_MAX_HAN = 14
SOURCE_ANSWER = "context:answers-task-talk"
SOURCE_CLOSING = "context:closing-after-task-talk"

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_QUESTION = re.compile(r"[?？]|[吗呢嘛][。.!！~～]*\s*$")
#: the next-step words of a closing question
CLOSING = re.compile(
    r"(?i:\b(?:anything|something) else\b|\banything more\b|\bis that (?:all|everything|it)\b"
    r"|\bwill that be all\b|\bany other (?:questions?|requests?|items?)\b)"
    r"|还(?:有|需要|要)(?:什么|其他|其它|别的|啥)|(?:其他|其它|别的)(?:问题|需要|需求)"
)


def _size(text: str) -> tuple[int, int]:
    """(Latin-script words, Han characters) of a text."""
    return len(_WORD.findall(text)), len(_HAN.findall(text))


def _verdict(text: str, first: bool) -> str | None:
    """The evidence source of a candidate message (a short answer where ``first`` of its
    turn, else a closing question), None where it is neither."""
    words, han = _size(text)
    if first and words + han > 0 and words <= ANSWER_MAX_WORDS and han <= ANSWER_MAX_HAN:
        return SOURCE_ANSWER
    if (
        words <= CLOSING_MAX_WORDS
        and han <= CLOSING_MAX_HAN
        and _QUESTION.search(text) is not None
        and CLOSING.search(text) is not None
    ):
        return SOURCE_CLOSING
    return None


def _present(columns: MutableMapping[str, np.ndarray], names: Sequence[str], n: int) -> np.ndarray:
    """Any of ``names`` at 0.5 or more (NaN: not)."""
    out = np.zeros(n, dtype=bool)
    for name in names:
        if name in columns:
            out |= np.asarray(columns[name]) >= PRESENT
    return out


def apply(
    columns: MutableMapping[str, np.ndarray],
    texts: Sequence[str],
    is_text: np.ndarray,
    is_reply: np.ndarray,
    answered: np.ndarray,
    previous: np.ndarray,
    evidence: list[dict[str, list[Evidence]]] | None = None,
) -> np.ndarray:
    """Raise :data:`TARGET` in ``columns`` (all signals of a table, NaN off text) where the
    module docstring says; returns the rows raised.

    ``is_reply``, ``answered`` (per row, the other's last messages before the row's turn,
    latest first, -1 none: :class:`unmask.signals.reply.ReplyLinks`' context without the
    quote) and ``previous`` (the previous message with a sender in the same session, -1
    none) come from :func:`unmask.signals.reply.find_replies`. ``evidence`` (one dict per
    row), when given, gets an item for each raised row."""
    n = len(texts)
    raised = np.zeros(n, dtype=bool)
    if n == 0 or TARGET not in columns:
        return raised
    keeps_out = _present(columns, KEEPS_OUT, n)
    task = _present(columns, TASK_SIGNALS, n) & ~keeps_out & is_text
    more = [s for s in (*MESSAGE_SIGNALS, *REPLY_SIGNALS) if s not in (*SURFACE_OK, *KEEPS_OUT)]
    signal_of_its_own = keeps_out | _present(columns, more, n)
    target = np.asarray(columns[TARGET], dtype=np.float64)
    open_ = is_text & ~signal_of_its_own & ~(np.nan_to_num(target, nan=0.0) >= PRESENT)
    has_prev = previous >= 0
    after_task = has_prev & task[np.where(has_prev, previous, 0)]
    # the other's turn just before (its last messages): none of them depth, dismissal or
    # safety; a message of an earlier exchange does not count
    answered = answered.reshape(n, -1)
    has = answered[:, 0] >= 0
    heard_depth = has & keeps_out[np.where(has, answered[:, 0], 0)]
    for k in range(1, answered.shape[1]):
        before = np.where(has, previous[np.where(has, answered[:, k - 1], 0)], -1)
        has = has & (answered[:, k] >= 0) & (answered[:, k] == before)
        heard_depth |= has & keeps_out[np.where(has, answered[:, k], 0)]
    after_task &= ~heard_depth
    # 1. the turn's first message, right after the other's task talk
    first = is_reply & (answered[:, 0] == previous)
    # 2. a question right after task talk (either side's)
    values = target.copy()
    # chats repeat their lines: each (text, first of its turn or not) is read once
    verdicts: dict[tuple[str, bool], str | None] = {}
    rows: list[int] = []
    candidates = np.flatnonzero(open_ & after_task)
    for i, is_first in zip(candidates.tolist(), first[candidates].tolist(), strict=True):
        text = texts[i] or ""
        key = (text, is_first)
        if key in verdicts:
            source = verdicts[key]
        else:
            source = verdicts[key] = _verdict(text, is_first)
        if source is None:
            continue
        rows.append(i)
        if evidence is not None:
            evidence[i].setdefault(TARGET, []).append(
                Evidence(TARGET, text, 0, len(text), source, CONTEXT_SCORE)
            )
    raised[rows] = True
    values[rows] = CONTEXT_SCORE
    columns[TARGET] = values
    return raised
