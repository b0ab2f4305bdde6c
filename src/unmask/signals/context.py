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
     signal but :data:`SURFACE_OK` and :data:`ANSWER_KEEPS` (the party's "we": "There will
     be 6 of us." to "how many people?" keeps its we-talk, h-mend2) and every reply
     signal below 0.5 (so "Yes" to
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

3. **A short answer whose only depth is a model's** (h-svc3): the answer of (1) whose
   only signal of its own is ``disclosure.emotional`` (:data:`MODEL_GUARDED`), with no
   mark of the writer's voice (an emoji, laughter, an emoticon; in Chinese also a tilde or
   a final particle: 上次也是我啊, 谢谢你没觉得我傻~), and in which no lexicon entry reads
   that signal (a film's title, "I'm a bronze" after a membership question, 好，我等下拿
   after 楼下有你的快递): the models' surface rule (:data:`unmask.signals.model.SURFACE_GUARD`,
   ``model_zh.SURFACE_THRESHOLD``) applied to the surface its place tells; the signal is
   kept below 0.5 and ``logistics`` raised. A feeling word of the answer's own ("I'm
   scared", "so nervous ugh", 我好难过) keeps the disclosure and gains nothing. Which depth
   the lexicons read comes with the scores (``lexicon_read``: worked out where the text is
   scored, in a forked child too, so this process loads no lexicon for it).

4. **The clerk's register** (h-svc2, Chinese): a sender who says 您 or a shop's self-name
   (小妹, 客服) in at least :data:`REGISTER_MIN` messages of a conversation, and in at
   least :data:`REGISTER_SHARE` of their messages there, writes a
   service chat's formulas. In their messages that hold the register or the shop's 亲
   address, 亲亲 / 亲爱的 is the address and thanks a formula (``affection``,
   ``gratitude`` below 0.5), a wish with 祝您 is not the writer's feeling
   (``disclosure.emotional``), and where the shop's address or self-name is in the message
   no reply signal reads (您 alone: a child comforts a parent in the 您 register too).
   Partners rarely say 您 to each other; one 您 in jest is not a register.

5. **An offer of help after the other's personal talk** (h-quest5): a short question that
   offers help (:data:`OFFER`: "How can I help you?", "Is there anything else I can help
   you with?", "How may I be of service?"; 有什么我可以帮你的吗, 我能为你做点什么) right after
   the other's turn, when that turn (its last :data:`CONTEXT_RUN` messages, as in 1)
   carries personal talk (:data:`PERSONAL`: a feeling or a hardship told, a question about
   the writer's inner life, affection) and no task talk, is an invitation to say what the
   other needs: ``inner_question`` is raised to :data:`CONTEXT_SCORE` and the clerk's
   formula is no longer read as ``logistics``. After task talk, or after thanks alone
   ("Thank you, have a great day." then "Anything else I can help you with?": a clerk's
   close) it stays logistics, and the register's 您 (还有什么可以帮您) is never an
   invitation. Checking-up and control questions are no offers and are not read here.
   An answer to a greeting, the whole message (:data:`SMALL_TALK`: "I'm doing fine.",
   "good thanks, and you?", 我很好，谢谢，你呢) is no personal talk here (h-quest8): "Great.
   How may I assist you today?" after it is the clerk's formula. An offer the other's next
   turn takes up with personal talk of their own (not small talk, no task talk) is an
   invitation too, where the other's turn before it, if any, is no task talk (h-esconv):
   "Hi, how can I help you today?" opening a chat, then "my sister stopped answering my
   calls and I feel so alone"; answered with an errand it stays the clerk's formula.

6. **A task question right after task talk** (h-svc3): a message that is task talk
   itself, asks (a "?" or a final 吗 / 呢), and directly follows task talk (as in 1), or an
   answer this pass has just read (1, 3), holds no reply signal (:data:`HELD_BELOW`):
   "Can you tell me what the price will be in total?" after a confirmed booking asks for
   an errand's next detail, and "How can I help you with anything else?" after "There
   will be 6 of us." offers the next step, not a question about the other's life. A
   question with depth of its own ("how do you feel about the move?", "are you nervous
   about it?") is not task talk and keeps what it reads.

7. **A service chat's model-only depth** (h-svc4): a conversation of strangers at an
   errand - at least :data:`SERVICE_MIN` text messages, task talk in at least
   :data:`SERVICE_SHARE` of them and ``affection`` in none (a couple's chat says "love you"
   somewhere), or one with a clerk's register (4) or, with no affection, a sender who
   writes the clerk's English formulas (:data:`_CLERK`: "how can I help you", "one moment
   please", "thank you for your patience") in as many of their messages as 4 asks - reads
   depth by the lexicons' feeling
   words only: a message in which no lexicon entry reads any depth, with no mark of the
   writer's voice (as in 3) and not naming the two of them together ("with you", "see
   you", 跟你 / 和你, 想你: :data:`_TOGETHER`), keeps the models' :data:`SERVICE_HELD` below
   0.5: a customer's opinion of the film on offer ("I loved the first film so much"), a
   complaint about a parcel with no feeling word (怎么又失踪了, 我一直没有收到 什么意思), a
   clerk's apology or confirmation, thanks. "I'm so frustrated, my order never came and I
   cried" and 快递又丢了我真的好崩溃 keep their disclosure (the lexicons read them), and the
   same opinion between partners keeps the model's reading. Runs first, after the
   register, so that a held message may be task talk for the steps above.

The reading is the table API's only: :func:`unmask.signals.score_text` and
:func:`unmask.signals.score_texts` see no dialogue and leave these messages as they are.
Vectorised over the table: the text of a message is read only where its neighbours'
scores make it a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping, Sequence

import numpy as np

from unmask.npset import unique
from unmask.signals.compiled_cache import regex
from unmask.signals.distinct import distinct as distinct_texts
from unmask.signals.lookahead import behind_first
from unmask.signals.types import (
    DEPTH_SIGNALS,
    MESSAGE_SIGNALS,
    PRESENT,
    REPLY_SIGNALS,
    Evidence,
)

#: recorded with the table API's versions, after the target's own (``logistics``: "7+context:1")
VERSION = "context:8"
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
#: depth an answer to task talk may carry and still be read by its place (1), keeping it: the
#: party's "we" ("There will be 6 of us." to "how many people?", "we'll be two", h-mend2)
ANSWER_KEEPS: tuple[str, ...] = ("we_talk",)
ANSWER_MAX_WORDS = 6
ANSWER_MAX_HAN = 8
CLOSING_MAX_WORDS = 10
CLOSING_MAX_HAN = 14
SOURCE_ANSWER = "context:answers-task-talk"
SOURCE_CLOSING = "context:closing-after-task-talk"
SOURCE_GUARD = "context:answers-task-talk-model-only"
#: the depth signals whose lexicon reading comes with the scores, one bit each in this
#: order (``lexicon_read``: bit k set where a lexicon entry reads ``LEXICON_READ[k]`` at
#: 0.5 or more, before any model layer)
LEXICON_READ: tuple[str, ...] = DEPTH_SIGNALS
#: depth the models read that a short answer to task talk loses where no lexicon entry
#: reads it (3): the English and Chinese model layers' feeling, and the kinds the couple
#: model may add (:data:`unmask.signals.couple_model.KINDS`: "I Feel Pretty." as a film's
#: title is read as neither)
MODEL_GUARDED: tuple[str, ...] = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "inner_question",
    "future",
    "affection",
    "gratitude",
    # couple-lr-6 (h-couplemodel9): the couple model may add support too
    "support.emotional",
)
#: the languages whose models have a surface rule (the English model's surface guard, the
#: Chinese model's ``SURFACE_THRESHOLD``) that (3) extends to the surface a place tells
GUARD_LANGS = frozenset({"en", "zh"})
#: the writer's own voice in an answer: an emoji, laughter, an emoticon; in Chinese a
#: tilde, laughter or crying, a final particle - the model's feeling stays ("hahaha stop
#: 😂 that's amazing", 上次也是我啊, 谢谢你没觉得我傻~)
_VOICE = regex(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?i:\b(?:a?ha(?:ha)+h?|he(?:he)+|lol|lmao|rofl)\b)"
    r"|[:;]-?[()DPp]"
    r"|[~～]|哈哈|嘻嘻|嘿嘿|呜呜|嘤|[啊呀啦嘛哇呢吧哦噢][\s。.!！?？…~～]*$"
)
#: where a step keeps a signal from reading: just below PRESENT (the model's ADDRESSED_CAP)
HELD_BELOW = 0.49
#: the clerk's register (4): messages with 您 or a shop's self-name in one conversation
REGISTER_MIN = 2
#: ... and in at least this share of their text messages there: a clerk's every other
#: line; a partner's two jokes in years of chat are no register
REGISTER_SHARE = 0.25
#: what the register keeps from reading in its messages (disclosure.emotional: well-wishes)
REGISTER_CAPS: tuple[str, ...] = ("affection", "gratitude", "disclosure.emotional", *REPLY_SIGNALS)
#: 7: a service chat (h-svc4): a conversation of at least SERVICE_MIN text messages, task
#: talk in at least SERVICE_SHARE of them and affection in none (strangers at an errand, not
#: partners: a couple's chat says "love you" somewhere), or one with a clerk's register (4)
SERVICE_MIN = 4
SERVICE_SHARE = 0.5
#: 7: the depth the models read that a service chat's message loses where no lexicon entry
#: reads any depth in it
SERVICE_HELD: tuple[str, ...] = ("disclosure.emotional", "support.emotional")
#: 7: the two of them together in a message: a partner's words whatever the chat looks like
#: ("I loved the film with you", "can't wait to see you", 跟你一起)
_TOGETHER = regex(
    r"(?i:\b(?:with|see|miss|missed|love|loved|need|without|hug|kiss)\s+(?:you|u|ya)\b)"
    r"|(?:和|跟|同)你|见你|想你|陪你"
)
#: 7: the clerk's formulas in English (a shop's 您 / 客服 of 4): helping "you" as a service,
#: putting the customer on hold, thanking them for contacting or for their patience,
#: apologising for the inconvenience; a partner's "one sec" or "let me check" is none
_CLERK = regex(
    r"(?i:\b(?:how|what) (?:can|may|could) i (?:help|assist) (?:you|u)\b"
    r"|\b(?:anything|something) else (?:that )?i (?:can|could|may) (?:help|assist) (?:you )?with\b"
    r"|\b(?:one|a|just a) (?:moment|minute|second),? please\b|\bplease (?:hold|wait a moment)\b"
    r"|\bthank(?:s| you) for (?:contacting|calling|choosing|shopping|your patience|holding)\b"
    r"|\b(?:sorry|apologi[sz]e) for (?:the|any) (?:inconvenience|wait|delay)\b)"
)
#: 4: what makes the other's turn personal talk (not thanks, we-talk or plans: a booking
#: chat's "thank you so much" and "there will be 6 of us" carry those)
PERSONAL: tuple[str, ...] = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "inner_question",
    "affection",
)
#: 4: small talk, the whole message: an answer to a greeting ("I'm doing fine.", "good
#: thanks, and you?", "not bad, how are you?", 我很好，谢谢，你呢, 还行吧) that the models or
#: the greeting's "how are you?" read as personal talk; an offer of help after it is a
#: clerk's formula (h-quest8). Not "I'm fine, just tired" nor "not great", 还好吧，就是有点累
SMALL_TALK = regex(
    r"(?i:\W*(?:(?:hi|hello|hey|hiya|yes|yeah|yep|oh|good\s+(?:morning|afternoon|evening)|"
    r"ok(?:ay)?|well|(?:i['’]?m\s+|i\s+am\s+|im\s+)?(?:so\s+|very\s+)?glad\s+to\s+hear"
    r"(?:\s+(?:that|it))?|(?:that['’]?s|that\s+is|good|great|nice)\s+to\s+hear(?:\s+(?:that|it))?|"
    r"(?:that['’]?s|that\s+is)\s+(?:good|great|nice)|nice\s+to\s+meet\s+(?:you|u))\W+)*"
    r"(?:(?:i['’]?m|i\s+am|im|am|i['’]ve\s+been|been|all\s+is|everything\s+is|everything['’]s|"
    r"things\s+are|it['’]?s|all)\s+)?(?:(?:doing|feeling|going|pretty|really|very|quite|just|"
    r"so|all|real)\s+)*(?:fine|good|great|well|ok(?:ay)?|alright|all\s+right|not\s+(?:too\s+)?bad|"
    r"fantastic|wonderful|excellent)(?:\s+(?:too|as\s+well|also|today|now|thanks?|thank\s+you))*"
    r"(?:\W+(?:thanks?|thank\s+you|thx|ty)(?:\s+(?:for\s+asking|so\s+much|very\s+much))?)?"
    r"(?:\W+(?:(?:and|how\s+about|what\s+about)\s+(?:you|u|yourself)|how\s+(?:are|r)\s+(?:you|u)"
    r"(?:\s+(?:doing|today))?|you|u|hbu|wbu|yourself))?[\W_]*$)"
    r"|[\s，,。！!~]*(?:嗯|哈喽|你好|您好)?[\s，,。！!~]*我?(?:很好|挺好(?:的)?|还好|还行(?:吧)?|还不错|"
    r"不错|蛮好(?:的)?|都好|一切都好)[啊呀呢的]?[\s，,。！!~]*(?:谢谢(?:你|关心)?)?[\s，,。！!~]*"
    r"(?:你呢|你怎么样|你还好吗|你好吗)?[\s？?。！!~]*$"
)
#: 4: the signal an offer of help after personal talk raises
INVITATION = "inner_question"
OFFER_MAX_WORDS = 16
OFFER_MAX_HAN = 20
SOURCE_OFFER = "context:offer-after-personal-talk"
SOURCE_TAKEN_UP = "context:offer-answered-with-personal-talk"
#: 4: an offer of help, asked (en: "how can I help", "anything (else) I can do"; zh with 你,
#: never the register's 您)
OFFER = regex(
    r"(?i:\bhow (?:can|may|could|shall) i "
    r"(?:help|assist|support|encourage|be of (?:help|service|assistance|use))\b"
    # not "how can I help it (if you keep lying)", "how could I help him": the other is asked
    r"(?=\s*(?:you|u|ya|with|to you|today|tonight|now|here|[?.!,\n]|$))"
    r"|\bwhat (?:can|could|may) i (?:help|assist|do for) (?:you|u)\b"
    r"|\b(?:anything|something) (?:else )?(?:that )?i (?:can|could|may) (?:help|assist|do)\b"
    r"|\b(?:can|could|may) i (?:help|assist) (?:you|u) with (?:anything|something)\b"
    r"|\b(?:need|want) (?:help|assistance) with (?:anything|something) else\b)"
    r"|(?:有什么|有啥|还有什么|还有啥)(?:我|是我)?(?:可以|能|能够)(?:帮|为)(?:到)?你(?!们)"
    r"|我(?:可以|能|能够)为你做(?:点|些)?什么"
)
#: where a match of :data:`OFFER` can start: the first character of each of its branches
#: (tests/signals/test_context.py reads them from the pattern and checks them here)
_OFFER_STARTS = r"(?i:[hwascmn])|[有还我]"
#: :data:`OFFER` for the scan of many texts joined (:func:`_offers`): the same matches,
#: each starting at one of :data:`_OFFER_STARTS` (a character class is tried at a
#: position in a fraction of the time of the seven branches)
_OFFER_SCAN = behind_first(OFFER, _OFFER_STARTS)
_NEGATED = regex(
    r"(?i:\b(?:not|no|never|nothing|don['’]?t|can['’]?t|isn['’]?t|wasn['’]?t|ain['’]?t|doesn['’]?t)\b|n['’]t\b)|不|没|别"
)
_FORMAL = regex(r"您|小妹|妹子|妹纸|客服")
_SHOP = regex(
    r"小妹|妹子|妹纸|客服|亲亲|亲爱[的哒滴]|(?:^|[\s,，。!！~～])亲(?![人戚自近身切眼口手生属友情吻])",
    re.MULTILINE,
)
_REGISTER = regex(r"您|" + _SHOP.pattern, re.MULTILINE)
_WISH = regex(r"祝您")
#: a message ending in a question (its last sentence asks)
_ENDS_ASKING = regex(r"[?？]\s*$|[吗呢][。.!！~～]*\s*$")

_WORD = regex(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_HAN = regex(r"[\u3400-\u9fff\uf900-\ufaff]")
_QUESTION = regex(r"[?？]|[吗呢嘛][。.!！~～]*\s*$")
#: the next-step words of a closing question
CLOSING = regex(
    r"(?i:\b(?:anything|something) else\b|\banything more\b|\bis that (?:all|everything|it)\b"
    r"|\bwill that be all\b|\bany other (?:questions?|requests?|items?)\b)"
    r"|还(?:有|需要|要)(?:什么|其他|其它|别的|啥)|(?:其他|其它|别的)(?:问题|需要|需求)"
)


def _size(text: str) -> tuple[int, int]:
    """(Latin-script words, Han characters) of a text."""
    return len(_WORD.findall(text)), len(_HAN.findall(text))


def _in_turn_before(
    answered: np.ndarray,
    previous: np.ndarray,
    mask: np.ndarray,
    chain: list[tuple[np.ndarray, np.ndarray]] | None = None,
) -> np.ndarray:
    """Per row: whether a message of the other's turn just before it (``answered``, latest
    first, as long as each is the message before the later one: not an earlier exchange's)
    is in ``mask``. ``chain``: :func:`_turn_chain` of ``answered`` and ``previous``, where
    the caller asks about several masks (the walk is the same for each)."""
    out = np.zeros(len(answered), dtype=bool)
    for has, at in chain if chain is not None else _turn_chain(answered, previous):
        out |= has & mask[at]
    return out


def _turn_chain(answered: np.ndarray, previous: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """The walk of :func:`_in_turn_before`, mask aside: per step k, which rows still have
    a k-th message of the other's turn just before them, and its row (0 where none)."""
    has = answered[:, 0] >= 0
    chain = [(has, np.where(has, answered[:, 0], 0))]
    for k in range(1, answered.shape[1]):
        before = np.where(has, previous[chain[-1][1]], -1)
        has = has & (answered[:, k] >= 0) & (answered[:, k] == before)
        chain.append((has, np.where(has, answered[:, k], 0)))
    return chain


def _present(
    columns: MutableMapping[str, np.ndarray],
    names: Sequence[str],
    n: int,
    seen: dict[str, np.ndarray] | None = None,
) -> np.ndarray:
    """Any of ``names`` at 0.5 or more (NaN: not). ``seen``: each column's own reading,
    kept across calls that read the same columns while none of them changes (a column
    compared once however many lists name it)."""
    out = np.zeros(n, dtype=bool)
    for name in names:
        if name in columns:
            if seen is None:
                out |= np.asarray(columns[name]) >= PRESENT
                continue
            if name not in seen:
                seen[name] = np.asarray(columns[name]) >= PRESENT
            out |= seen[name]
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
    conversations: Callable[[], np.ndarray] | None = None,
    langs: Sequence[str] | None = None,
    lexicon_read: np.ndarray | None = None,
    codes: tuple[Sequence[str], np.ndarray] | None = None,
) -> np.ndarray:
    """Raise :data:`TARGET` in ``columns`` (all signals of a table, NaN off text) where the
    module docstring says; returns the rows raised.

    ``is_reply``, ``answered`` (per row, the other's last messages before the row's turn,
    latest first, -1 none: :class:`unmask.signals.reply.ReplyLinks`' context without the
    quote) and ``previous`` (the previous message with a sender in the same session, -1
    none) come from :func:`unmask.signals.reply.find_replies`. ``evidence`` (one dict per
    row), when given, gets an item for each raised row. ``groups`` (one code per row: its
    conversation and sender) gives the clerk's register (4); ``langs`` (each row's
    language) and ``lexicon_read`` (per row, the bits of :data:`LEXICON_READ` the lexicons
    read) a short answer whose only depth is the model's (3); without them those steps
    are skipped. ``codes`` (the distinct texts of the text rows and, per row, the index of
    its text among them: ``texts[i] == distinct[code[i]]`` where ``is_text[i]``; other
    rows' codes are never read) lets each text be read once however often a chat repeats
    it (the scorer has them); without it they are found here. The same rows either way."""
    n = len(texts)
    raised = np.zeros(n, dtype=bool)
    if n == 0 or TARGET not in columns:
        return raised
    distinct, code = codes if codes is not None else _codes(texts, is_text)
    registers = None
    if groups is not None:
        registers = _clerks_register(columns, texts, is_text, groups, evidence, distinct, code)
    if conversations is not None and langs is not None and lexicon_read is not None:
        _service_chats(
            columns,
            texts,
            is_text,
            conversations,
            registers,
            langs,
            lexicon_read,
            evidence,
            groups,
            (distinct, code),
        )
    # each column's reading, until step 3 changes a column (below)
    seen: dict[str, np.ndarray] = {}
    keeps_out = _present(columns, KEEPS_OUT, n, seen)
    task = _present(columns, TASK_SIGNALS, n, seen) & is_text
    # "thanks so much! What is your membership level?": thanks, then a task question
    thanked = task & _present(columns, ("gratitude",), n, seen)
    thanked &= ~_present(columns, [s for s in KEEPS_OUT if s != "gratitude"], n, seen)
    for i in np.flatnonzero(thanked).tolist():
        thanked[i] = _ENDS_ASKING.search(texts[i] or "") is not None
    heard = keeps_out & ~thanked  # what keeps a message from being task talk
    task &= ~heard
    message_more = [s for s in MESSAGE_SIGNALS if s not in (*SURFACE_OK, *KEEPS_OUT)]
    more = [*message_more, *REPLY_SIGNALS]
    more_present = _present(columns, more, n, seen)
    signal_of_its_own = keeps_out | more_present
    answer_own = _present(columns, [s for s in KEEPS_OUT if s not in ANSWER_KEEPS], n, seen)
    answer_own |= more_present
    own_but_model = _present(columns, [s for s in KEEPS_OUT if s not in MODEL_GUARDED], n, seen)
    own_but_model |= more_present
    own_but_replies = keeps_out | _present(columns, message_more, n, seen)
    seen.clear()  # the columns change from here on
    target = np.asarray(columns[TARGET], dtype=np.float64)
    not_yet = is_text & ~(np.nan_to_num(target, nan=0.0) >= PRESENT)
    has_prev = previous >= 0
    after_task = has_prev & task[np.where(has_prev, previous, 0)]
    # the other's turn just before (its last messages): none of them depth, dismissal or
    # safety; a message of an earlier exchange does not count
    answered = answered.reshape(n, -1)
    chain = _turn_chain(answered, previous)  # asked again by 5 (_offers)
    after_task &= ~_in_turn_before(answered, previous, heard, chain)
    # 1. the turn's first message, right after the other's task talk
    first = is_reply & (answered[:, 0] == previous)
    # 2. a question right after task talk (either side's)
    values = target.copy()
    # rows this pass may raise as answers, so that a closing question may follow them
    may_answer = not_yet & after_task & first & ~answer_own
    after_answer = has_prev & may_answer[np.where(has_prev, previous, 0)]
    rows = np.flatnonzero(not_yet & ((~own_but_replies & (after_task | after_answer)) | may_answer))
    # each distinct text of the candidates read once (chats repeat their lines)
    read, back = np.unique(code[rows], return_inverse=True)
    short, asks = _read_texts([distinct[c] for c in read.tolist()])
    short, asks = short[back], asks[back]
    at_task = after_task[rows]
    answer = at_task & first[rows] & short & ~answer_own[rows]
    closes = ~answer & asks & ~own_but_replies[rows]
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
    # 3. a short answer whose only depth is the model's, none of the lexicons': the model's
    # surface guard (a film's title, "I'm a bronze" after a task question), as for surface
    # talk the lexicons read
    if langs is not None and lexicon_read is not None:
        candidates = not_yet & after_task & first & signal_of_its_own & ~own_but_model
        guarded: list[int] = []
        for i in np.flatnonzero(candidates).tolist():
            text = texts[i] or ""
            if langs[i] not in GUARD_LANGS or _VOICE.search(text):
                continue
            words, han = _size(text)
            if not (words + han > 0 and words <= ANSWER_MAX_WORDS and han <= ANSWER_MAX_HAN):
                continue
            fired = [s for s in MODEL_GUARDED if columns[s][i] >= PRESENT]
            if any(int(lexicon_read[i]) >> LEXICON_READ.index(s) & 1 for s in fired):
                continue  # a feeling word of its own: the disclosure stands
            guarded.append(i)
            raised[i] = True
            values[i] = CONTEXT_SCORE
            if evidence is not None:
                evidence[i].setdefault(TARGET, []).append(
                    Evidence(TARGET, text, 0, len(text), SOURCE_GUARD, CONTEXT_SCORE)
                )
        if guarded:
            _cap(columns, MODEL_GUARDED, np.array(guarded))
            _drop_evidence(evidence, guarded, MODEL_GUARDED)
    columns[TARGET] = values
    # 6. a task question right after task talk ("Which theater would you like to see it
    # at?" after "I'd like four tickets."): asking for an errand's next detail
    replied = _present(columns, REPLY_SIGNALS, n)
    # ... or right after an answer this pass has just read as task talk ("How can I help you
    # with anything else?" after "There will be 6 of us.", h-mend2)
    after_raised = has_prev & raised[np.where(has_prev, previous, 0)]
    asking = [
        i
        for i in np.flatnonzero(
            task & (after_task | after_raised) & replied & ~own_but_replies
        ).tolist()
        if _QUESTION.search(texts[i] or "") is not None
    ]
    if asking:
        closing = np.union1d(closing, np.array(asking, dtype=closing.dtype))
    # 5. an offer of help after the other's personal talk
    _offers(columns, texts, is_text, answered, previous, raised, evidence, (distinct, code), chain)
    # asking for the next step of an errand is not exploring the other's life (once for all
    # closing questions: the loop reads no reply column, and each cap copies the columns)
    if len(closing):
        _cap(columns, REPLY_SIGNALS, closing)
        _drop_evidence(evidence, closing.tolist(), REPLY_SIGNALS)
    return raised


def _offers(
    columns: MutableMapping[str, np.ndarray],
    texts: Sequence[str],
    is_text: np.ndarray,
    answered: np.ndarray,
    previous: np.ndarray,
    raised: np.ndarray,
    evidence: list[dict[str, list[Evidence]]] | None,
    codes: tuple[Sequence[str], np.ndarray] | None = None,
    chain: list[tuple[np.ndarray, np.ndarray]] | None = None,
) -> None:
    """4. An offer of help right after the other's personal talk (no task talk in their
    turn) reads as an invitation (:data:`INVITATION`), not as a clerk's formula.
    ``codes`` (as :func:`apply` takes them): each distinct text of the candidates searched
    once (without them, each candidate row's text); ``chain``: :func:`_turn_chain`."""
    if INVITATION not in columns:
        return
    n = len(texts)
    personal = _present(columns, PERSONAL, n) & is_text
    task_any = _present(columns, TASK_SIGNALS, n)
    # the other's turn just before (its last messages, as in 1: not an earlier exchange's)
    replying = answered[:, 0] >= 0
    chain = chain if chain is not None else _turn_chain(answered, previous)
    heard = _in_turn_before(answered, previous, personal, chain)
    busy = _in_turn_before(answered, previous, task_any, chain)
    # an offer with dismissal or a safety signal ("how can I help it if you never listen")
    # is no invitation
    hostile = _present(
        columns, ("dismissal", *(s for s in KEEPS_OUT if s.startswith("safety."))), n
    )
    candidates = replying & heard & ~busy & is_text & ~raised & ~hostile
    # ... or an offer the other answers with personal talk of their own (h-esconv): the
    # offer opening a chat ("Hi, how can I help you today?") taken up as an invitation
    # ("my best friend stopped talking to me and I feel so alone"); a clerk's opener is
    # answered with the errand and stays the clerk's formula
    taken_up = _answered_by(chain, personal & ~task_any & is_text, texts, n)
    taken_up &= ~busy & is_text & ~raised & ~hostile
    candidates = candidates | taken_up
    rows = []
    found = (
        _matching(texts, np.flatnonzero(candidates), _OFFER_SCAN)
        if codes is None
        else _rows_matching(codes[0], codes[1], np.flatnonzero(candidates), _OFFER_SCAN)
    )
    for i in found.tolist():
        text = texts[i] or ""
        words, han = _size(text)
        if (
            words <= OFFER_MAX_WORDS
            and han <= OFFER_MAX_HAN
            and _asks_offer(text)
            and (taken_up[i] or _heard_beyond_small_talk(i, texts, personal, chain))
        ):
            rows.append(i)
    if not rows:
        return
    at = np.array(rows)
    values = np.asarray(columns[INVITATION], dtype=np.float64).copy()
    values[at] = np.maximum(np.nan_to_num(values[at], nan=0.0), CONTEXT_SCORE)
    columns[INVITATION] = values
    _cap(columns, TASK_SIGNALS, at)
    _drop_evidence(evidence, rows, TASK_SIGNALS)
    if evidence is not None:
        for i in rows:
            text = texts[i] or ""
            source = SOURCE_TAKEN_UP if taken_up[i] else SOURCE_OFFER
            evidence[i].setdefault(INVITATION, []).append(
                Evidence(INVITATION, text, 0, len(text), source, CONTEXT_SCORE)
            )


def _answered_by(
    chain: list[tuple[np.ndarray, np.ndarray]],
    mask: np.ndarray,
    texts: Sequence[str],
    n: int,
) -> np.ndarray:
    """Per row: whether a message of the other's next turn (a row whose turn just before,
    as :func:`_in_turn_before` walks it, holds this row) is in ``mask`` and is not small
    talk (:data:`SMALL_TALK`: "I'm good thanks, you?" answers a greeting, not an offer)."""
    out = np.zeros(n, dtype=bool)
    for has, at in chain:
        for j in np.flatnonzero(has & mask).tolist():
            if not SMALL_TALK.match(texts[j] or ""):
                out[at[j]] = True
    return out


def _heard_beyond_small_talk(
    row: int,
    texts: Sequence[str],
    personal: np.ndarray,
    chain: list[tuple[np.ndarray, np.ndarray]],
) -> bool:
    """Whether a message of the other's turn just before ``row`` (as :func:`_in_turn_before`
    walks it) is personal talk that is not small talk (:data:`SMALL_TALK`): "I'm doing fine."
    or "good thanks, and you?" answers a greeting, and a clerk's "Great. How may I assist
    you today?" after it is the clerk's formula (h-quest8)."""
    for has, at in chain:
        if has[row] and personal[at[row]] and not SMALL_TALK.match(texts[at[row]] or ""):
            return True
    return False


def _asks_offer(text: str) -> bool:
    """The offer is asked: the message ends asking, or the offer opens its sentence ("please
    how may I be of help"), with no negation before it in that sentence ("there isn't
    anything I can do", 我不知道有什么我能帮你的)."""
    for m in OFFER.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?;。！？；\n") + 1
        lead = text[start : m.start()]
        if _NEGATED.search(lead):
            continue
        if _QUESTION.search(text) or len(_WORD.findall(lead)) + len(_HAN.findall(lead)) <= 2:
            return True
    return False


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
) -> np.ndarray | None:
    """4. The clerk's register: a sender who says 您 (or a shop's self-name, 小妹, 客服) in
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
        return None
    formal = _rows_matching(distinct, code, np.flatnonzero(is_text), _FORMAL)
    if len(formal) < REGISTER_MIN:
        return None
    codes = np.asarray(groups())
    registers = _frequent_writers(codes, formal, is_text)
    # the register's messages (its sender's that say 您 or a shop's self-name): their
    # conversations are service chats (7)
    in_register = formal[np.isin(codes[formal], registers)]
    marked = _present(columns, REGISTER_CAPS, n) & is_text
    rows = _rows_matching(distinct, code, np.flatnonzero(marked), _REGISTER).tolist()
    held = [i for i, h in zip(rows, np.isin(codes[rows], registers).tolist(), strict=True) if h]
    if not held:
        return in_register
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
    return in_register


def _service_chats(
    columns: MutableMapping[str, np.ndarray],
    texts: Sequence[str],
    is_text: np.ndarray,
    conversations: Callable[[], np.ndarray],
    registers: np.ndarray | None,
    langs: Sequence[str],
    lexicon_read: np.ndarray,
    evidence: list[dict[str, list[Evidence]]] | None,
    groups: Callable[[], np.ndarray] | None,
    codes: tuple[Sequence[str], np.ndarray],
) -> None:
    """7. A service chat's model-only depth: in a conversation of strangers at an errand
    (:data:`SERVICE_MIN`, :data:`SERVICE_SHARE`, no affection; or a clerk's register, 4, or
    its English formulas, :data:`_CLERK`, in a chat with no affection), a
    message in which no lexicon entry reads any depth and that has no mark of the writer's
    voice (:data:`_VOICE`) nor the two of them together (:data:`_TOGETHER`) keeps the
    models' :data:`SERVICE_HELD` below 0.5: a clerk's apology or confirmation, a
    customer's thanks, request or complaint about a parcel read by the models alone."""
    n = len(texts)
    candidates = _present(columns, SERVICE_HELD, n) & is_text & (lexicon_read == 0)
    if not candidates.any():
        return
    conv = np.asarray(conversations(), dtype=np.int64) + 1  # -1 (none) is a code too
    size = int(conv.max(initial=0)) + 1
    messages = np.bincount(conv[is_text], minlength=size)
    task = np.bincount(conv[_present(columns, TASK_SIGNALS, n) & is_text], minlength=size)
    fond = np.bincount(conv[_present(columns, ("affection",), n) & is_text], minlength=size)
    strangers = (messages >= SERVICE_MIN) & (fond == 0)
    service = strangers & (task >= SERVICE_SHARE * np.maximum(messages, 1))
    if registers is not None and len(registers):
        service[conv[registers]] = True
    # the clerk's English formulas, read only in the chats of strangers that hold a
    # candidate and are not yet a service chat (a couple's chat has affection somewhere)
    look = strangers & ~service & (np.bincount(conv[candidates], minlength=size) > 0)
    if groups is not None and look.any():
        service |= _clerk_chats(is_text & look[conv], conv, groups, codes)
    rows = [
        i
        for i in np.flatnonzero(candidates & service[conv]).tolist()
        if langs[i] in GUARD_LANGS
        and _VOICE.search(texts[i] or "") is None
        and _TOGETHER.search(texts[i] or "") is None
    ]
    if rows:
        _cap(columns, SERVICE_HELD, np.array(rows))
        _drop_evidence(evidence, rows, SERVICE_HELD)


def _clerk_chats(
    rows: np.ndarray,
    conv: np.ndarray,
    groups: Callable[[], np.ndarray],
    codes: tuple[Sequence[str], np.ndarray],
) -> np.ndarray:
    """7. Per conversation code (``conv``'s), whether a sender of it writes the clerk's
    English formulas (:data:`_CLERK`) in at least :data:`REGISTER_MIN` of their messages
    there and :data:`REGISTER_SHARE` of them, among ``rows`` (a mask of text rows)."""
    distinct, code = codes
    found = np.zeros(int(conv.max(initial=0)) + 1, dtype=bool)
    clerk = _rows_matching(distinct, code, np.flatnonzero(rows), _CLERK)
    if len(clerk) < REGISTER_MIN:
        return found
    group = np.asarray(groups())
    writers = _frequent_writers(group, clerk, rows)
    found[conv[clerk[np.isin(group[clerk], writers)]]] = True
    return found


def _frequent_writers(group: np.ndarray, hits: np.ndarray, text_rows: np.ndarray) -> np.ndarray:
    """The sender codes (``group``: one per row) that write ``hits`` (row indices) in at
    least :data:`REGISTER_MIN` of their messages and :data:`REGISTER_SHARE` of their
    ``text_rows`` (a mask): the clerk's register (4) and its English formulas (7)."""
    found, counts = np.unique(group[hits], return_counts=True)
    kinds, sizes = np.unique(group[text_rows], return_counts=True)
    share = counts / sizes[np.searchsorted(kinds, found)]
    return found[(counts >= REGISTER_MIN) & (share >= REGISTER_SHARE)]


def _rows_matching(
    distinct: Sequence[str], code: np.ndarray, rows: np.ndarray, pattern: re.Pattern[str]
) -> np.ndarray:
    """:func:`_matching` of ``rows`` (ascending) whose texts are ``distinct[code[rows]]``:
    each distinct text searched once (all of them where the rows are as many)."""
    read = np.arange(len(distinct)) if len(rows) >= len(distinct) else unique(code[rows])
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
    return unique(rows[np.searchsorted(ends, starts, side="right")])


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
