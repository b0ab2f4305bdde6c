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
question (2): "好的，还有什么问题吗？". A closing question may also follow an answer this
pass has just read (the clerk's "Do you need anything else?" after "Two"), and asking for
the next step of an errand is not exploring the other's life: its reply signals are kept
below 0.5 (:data:`HELD_BELOW`). A message that thanks and then asks a task question
("thank you for dinner last night, what time are you home?") is task talk for its answer,
and keeps its gratitude.

3. **The clerk's register** (h-svc2, Chinese): a sender who says 您 or a shop's self-name
   (小妹, 客服) in at least :data:`REGISTER_MIN` messages of a conversation, and in at
   least :data:`REGISTER_SHARE` of their messages there, writes a
   service chat's formulas. In their messages that hold the register or the shop's 亲
   address, 亲亲 / 亲爱的 is the address and thanks a formula (``affection``,
   ``gratitude`` below 0.5), a wish with 祝您 is not the writer's feeling
   (``disclosure.emotional``), and where the shop's address or self-name is in the message
   no reply signal reads (您 alone: a child comforts a parent in the 您 register too).
   Partners rarely say 您 to each other; one 您 in jest is not a register.

The reading is the table API's only: :func:`unmask.signals.score_text` and
:func:`unmask.signals.score_texts` see no dialogue and leave these messages as they are.
Vectorised over the table: the text of a message is read only where its neighbours'
scores make it a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping, Sequence

import numpy as np

from unmask.signals.distinct import distinct as distinct_texts
from unmask.signals.types import (
    DEPTH_SIGNALS,
    MESSAGE_SIGNALS,
    PRESENT,
    REPLY_SIGNALS,
    Evidence,
)

#: recorded with the table API's versions, after the target's own (``logistics``: "7+context:1")
VERSION = "context:2"
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
    *DEPTH_SIGNALS,
    "dismissal",
    *(n for n in MESSAGE_SIGNALS if n.startswith("safety.")),
)
ANSWER_MAX_WORDS = 6
ANSWER_MAX_HAN = 8
CLOSING_MAX_WORDS = 10
CLOSING_MAX_HAN = 14
SOURCE_ANSWER = "context:answers-task-talk"
SOURCE_CLOSING = "context:closing-after-task-talk"
#: where a step keeps a signal from reading: just below PRESENT (the model's ADDRESSED_CAP)
HELD_BELOW = 0.49
#: the clerk's register (3): messages with 您 or a shop's self-name in one conversation
REGISTER_MIN = 2
#: ... and in at least this share of their text messages there: a clerk's every other
#: line; a partner's two jokes in years of chat are no register
REGISTER_SHARE = 0.25
#: what the register keeps from reading in its messages (disclosure.emotional: well-wishes)
REGISTER_CAPS: tuple[str, ...] = ("affection", "gratitude", "disclosure.emotional", *REPLY_SIGNALS)
_FORMAL = re.compile(r"您|小妹|妹子|妹纸|客服")
_SHOP = re.compile(
    r"小妹|妹子|妹纸|客服|亲亲|亲爱[的哒滴]|(?:^|[\s,，。!！~～])亲(?![人戚自近身切眼口手生属友情吻])",
    re.MULTILINE,
)
_REGISTER = re.compile(r"您|" + _SHOP.pattern, re.MULTILINE)
_WISH = re.compile(r"祝您")
#: a message ending in a question (its last sentence asks)
_ENDS_ASKING = re.compile(r"[?？]\s*$|[吗呢][。.!！~～]*\s*$")

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
    groups: Callable[[], np.ndarray] | None = None,
    codes: tuple[Sequence[str], np.ndarray] | None = None,
) -> np.ndarray:
    """Raise :data:`TARGET` in ``columns`` (all signals of a table, NaN off text) where the
    module docstring says; returns the rows raised.

    ``is_reply``, ``answered`` (per row, the other's last messages before the row's turn,
    latest first, -1 none: :class:`unmask.signals.reply.ReplyLinks`' context without the
    quote) and ``previous`` (the previous message with a sender in the same session, -1
    none) come from :func:`unmask.signals.reply.find_replies`. ``evidence`` (one dict per
    row), when given, gets an item for each raised row. ``groups`` (one code per row: its
    conversation and sender) gives the clerk's register (3); without it that step is
    skipped. ``codes`` (the distinct texts of the text rows and, per row, the index of its
    text among them: ``texts[i] == distinct[code[i]]`` where ``is_text[i]``; other rows'
    codes are never read) lets each text be read once however often a chat repeats it
    (the scorer has them); without it they are found here. The same rows either way."""
    n = len(texts)
    raised = np.zeros(n, dtype=bool)
    if n == 0 or TARGET not in columns:
        return raised
    distinct, code = codes if codes is not None else _codes(texts, is_text)
    if groups is not None:
        _clerks_register(columns, texts, is_text, groups, evidence, distinct, code)
    keeps_out = _present(columns, KEEPS_OUT, n)
    task = _present(columns, TASK_SIGNALS, n) & is_text
    # "thanks so much! What is your membership level?": thanks, then a task question
    thanked = task & _present(columns, ("gratitude",), n)
    thanked &= ~_present(columns, [s for s in KEEPS_OUT if s != "gratitude"], n)
    for i in np.flatnonzero(thanked).tolist():
        thanked[i] = _ENDS_ASKING.search(texts[i] or "") is not None
    heard = keeps_out & ~thanked  # what keeps a message from being task talk
    task &= ~heard
    message_more = [s for s in MESSAGE_SIGNALS if s not in (*SURFACE_OK, *KEEPS_OUT)]
    more = [*message_more, *REPLY_SIGNALS]
    signal_of_its_own = keeps_out | _present(columns, more, n)
    own_but_replies = keeps_out | _present(columns, message_more, n)
    target = np.asarray(columns[TARGET], dtype=np.float64)
    not_yet = is_text & ~(np.nan_to_num(target, nan=0.0) >= PRESENT)
    has_prev = previous >= 0
    after_task = has_prev & task[np.where(has_prev, previous, 0)]
    # the other's turn just before (its last messages): none of them depth, dismissal or
    # safety; a message of an earlier exchange does not count
    answered = answered.reshape(n, -1)
    has = answered[:, 0] >= 0
    heard_depth = has & heard[np.where(has, answered[:, 0], 0)]
    for k in range(1, answered.shape[1]):
        before = np.where(has, previous[np.where(has, answered[:, k - 1], 0)], -1)
        has = has & (answered[:, k] >= 0) & (answered[:, k] == before)
        heard_depth |= has & heard[np.where(has, answered[:, k], 0)]
    after_task &= ~heard_depth
    # 1. the turn's first message, right after the other's task talk
    first = is_reply & (answered[:, 0] == previous)
    # 2. a question right after task talk (either side's)
    values = target.copy()
    # rows this pass may raise as answers, so that a closing question may follow them
    may_answer = not_yet & after_task & first & ~signal_of_its_own
    after_answer = has_prev & may_answer[np.where(has_prev, previous, 0)]
    rows = np.flatnonzero(not_yet & ~own_but_replies & (after_task | after_answer))
    # each distinct text of the candidates read once (chats repeat their lines)
    read, back = np.unique(code[rows], return_inverse=True)
    short, asks = _read_texts([distinct[c] for c in read.tolist()])
    short, asks = short[back], asks[back]
    at_task = after_task[rows]
    answer = at_task & first[rows] & short & ~signal_of_its_own[rows]
    closes = ~answer & asks
    # a closing question may also follow an answer this pass has just read as task talk
    # (one read in a row order before it: a row after an answer is not after task talk,
    # and the answer it follows is)
    raised[rows[at_task & (answer | closes)]] = True
    before = previous[rows]
    hit = (answer | closes) & (at_task | ((before < rows) & raised[np.maximum(before, 0)]))
    raised[:] = False
    hits = rows[hit]
    raised[hits] = True
    values[hits] = CONTEXT_SCORE
    closing = rows[hit & closes]
    if evidence is not None:
        for i, is_answer in zip(hits.tolist(), answer[hit].tolist(), strict=True):
            text = texts[i] or ""
            source = SOURCE_ANSWER if is_answer else SOURCE_CLOSING
            evidence[i].setdefault(TARGET, []).append(
                Evidence(TARGET, text, 0, len(text), source, CONTEXT_SCORE)
            )
    columns[TARGET] = values
    # asking for the next step of an errand is not exploring the other's life (once for all
    # closing questions: the loop reads no reply column, and each cap copies the columns)
    if len(closing):
        _cap(columns, REPLY_SIGNALS, closing)
        _drop_evidence(evidence, closing.tolist(), REPLY_SIGNALS)
    return raised


def _codes(texts: Sequence[str], is_text: np.ndarray) -> tuple[list[str], np.ndarray]:
    """The distinct texts of the text rows and each row's index among them (0 off text)."""
    rows = np.flatnonzero(is_text)
    distinct, inverse = distinct_texts([texts[i] or "" for i in rows.tolist()])
    code = np.zeros(len(texts), dtype=np.int64)
    code[rows] = np.arange(len(rows)) if inverse is None else inverse
    return distinct, code


def _read_texts(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per text: short enough for an answer (1), and a closing question by its words and
    size (2). :func:`_size`'s Han characters counted by numpy over the texts' code points
    (``_HAN`` is one character of two ranges); the words by ``_WORD`` per text; the question
    and closing words searched only in texts of a closing question's size."""
    k = len(texts)
    points = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), np.uint32)
    sizes = np.fromiter(map(len, texts), dtype=np.int64, count=k)
    line = np.repeat(np.arange(k), sizes + 1)[: len(points)]
    is_han = ((points >= 0x3400) & (points <= 0x9FFF)) | ((points >= 0xF900) & (points <= 0xFAFF))
    han = np.bincount(line[is_han], minlength=k)
    find = _WORD.findall
    words = np.fromiter((len(find(text)) for text in texts), dtype=np.int64, count=k)
    short = (words + han > 0) & (words <= ANSWER_MAX_WORDS) & (han <= ANSWER_MAX_HAN)
    sized = np.flatnonzero((words <= CLOSING_MAX_WORDS) & (han <= CLOSING_MAX_HAN)).tolist()
    asks = np.zeros(k, dtype=bool)
    question, closing = _QUESTION.search, CLOSING.search
    asks[sized] = [question(texts[i]) is not None and closing(texts[i]) is not None for i in sized]
    return short, asks


def _clerks_register(
    columns: MutableMapping[str, np.ndarray],
    texts: Sequence[str],
    is_text: np.ndarray,
    groups: Callable[[], np.ndarray],
    evidence: list[dict[str, list[Evidence]]] | None,
    distinct: Sequence[str],
    code: np.ndarray,
) -> None:
    """3. The clerk's register: a sender who says 您 (or a shop's self-name, 小妹, 客服) in
    at least :data:`REGISTER_MIN` messages of a conversation writes a service chat's
    formulas; in their messages that hold the register or the shop's 亲 address, 亲亲 /
    亲爱的 is the address, thanks and well-wishes (祝您…开心) are formulas, and no reply reads
    as responsiveness (:data:`REGISTER_CAPS`). Partners rarely say 您 to each other.
    Each distinct text (``distinct``, ``code``: as :func:`apply` takes them) is searched
    once."""
    n = len(texts)
    # most chats hold no 您 at all: one search of the texts joined tells (_FORMAL is
    # literal words: it finds one in the joined texts where it finds one in a text)
    if _FORMAL.search("\n".join(distinct)) is None:
        return
    formal = _rows_matching(distinct, code, np.flatnonzero(is_text), _FORMAL)
    if len(formal) < REGISTER_MIN:
        return
    marked = _present(columns, REGISTER_CAPS, n) & is_text
    rows = _rows_matching(distinct, code, np.flatnonzero(marked), _REGISTER).tolist()
    if not rows:
        return
    codes = np.asarray(groups())
    found, counts = np.unique(codes[formal], return_counts=True)
    kinds, sizes = np.unique(codes[is_text], return_counts=True)
    share = counts / sizes[np.searchsorted(kinds, found)]
    registers = found[(counts >= REGISTER_MIN) & (share >= REGISTER_SHARE)]
    held = [i for i, h in zip(rows, np.isin(codes[rows], registers).tolist(), strict=True) if h]
    if not held:
        return
    # thanks and 亲 address in the register; a wish for the other with 祝您; replies only
    # with the shop's own address or self-name (您 alone: a child to a parent comforts too)
    for names, rows_of in (
        (("affection", "gratitude"), held),
        (("disclosure.emotional",), [i for i in held if _WISH.search(texts[i] or "")]),
        (REPLY_SIGNALS, [i for i in held if _SHOP.search(texts[i] or "")]),
    ):
        if rows_of:
            _cap(columns, names, np.array(rows_of))
            _drop_evidence(evidence, rows_of, names)


def _rows_matching(
    distinct: Sequence[str], code: np.ndarray, rows: np.ndarray, pattern: re.Pattern[str]
) -> np.ndarray:
    """:func:`_matching` of ``rows`` (ascending) whose texts are ``distinct[code[rows]]``:
    each distinct text searched once (all of them where the rows are as many)."""
    read = np.arange(len(distinct)) if len(rows) >= len(distinct) else np.unique(code[rows])
    found = np.zeros(len(distinct), dtype=bool)
    found[_matching(distinct, read, pattern)] = True
    return rows[found[code[rows]]]


def _matching(texts: Sequence[str], rows: np.ndarray, pattern: re.Pattern[str]) -> np.ndarray:
    """The ``rows`` whose text ``pattern`` finds (one search over the texts joined: a row
    per line, a match belongs to the line of its last character; the patterns match at
    least one character of their own line and never across a line break)."""
    if len(rows) == 0:
        return rows
    parts = [(texts[i] or "").replace("\n", " ") for i in rows.tolist()]
    ends = np.cumsum([len(x) + 1 for x in parts])
    starts = [m.end() - 1 for m in pattern.finditer("\n".join(parts))]
    if not starts:
        return rows[:0]
    return np.unique(rows[np.searchsorted(ends, starts, side="right")])


def _cap(columns: MutableMapping[str, np.ndarray], names: Sequence[str], rows: np.ndarray) -> None:
    """Keep ``names`` just below :data:`PRESENT` on ``rows`` (NaN stays NaN)."""
    for name in names:
        if name in columns:
            col = np.asarray(columns[name], dtype=np.float64).copy()
            col[rows] = np.minimum(col[rows], HELD_BELOW)
            columns[name] = col


def _drop_evidence(
    evidence: list[dict[str, list[Evidence]]] | None, rows: Sequence[int], names: Sequence[str]
) -> None:
    if evidence is None:
        return
    for i in rows:
        for name in names:
            evidence[i].pop(name, None)
