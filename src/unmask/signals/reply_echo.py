"""Echo questions: the other's own words asked back (h-quest14, responsiveness round 27).

"Cheating on you?" right after "My partner is cheating on me.", "Your boss?", "You're
scared?", 你说他骗你？ after 我男朋友骗我: a short question whose every content word the
other has just said, with no question word of its own and no inverted auxiliary. It checks
that the writer heard right (a restatement check by echo); it asks nothing new about the
other's inner life. The couple model layer reads a text alone and may add
``inner_question`` to it (``couple-lr-5`` read "Cheating on you?" at .60), so after the
message-level and reply layers, :func:`apply` (from
:func:`unmask.signals.scorer.score_table`, the table API, where the other's last message
is known) keeps ``inner_question`` below :data:`~unmask.signals.types.PRESENT` on a reply
that is an echo question of the other's last message when no lexicon entry read it: only
what a model added is taken back. "Are you scared?", "What happened?", "Cheating on you?
how did you find out?", 他骗你什么了？, 你难过吗？ ask, and keep what they read.

The words are the reply layer's own structure (:func:`unmask.signals.reply_structure.
content_words` for English; for Chinese the Han characters left once the pronouns, the
particles and a lead-in such as 你说 are taken off), as with the restatement echo of
:mod:`unmask.signals.reply_structure`.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

import numpy as np

from unmask.signals.compiled_cache import regex
from unmask.signals.reply_structure import content_words
from unmask.signals.types import MESSAGE_SIGNALS, PRESENT, Evidence

#: the signal this pass holds back
TARGET = "inner_question"
#: the value it is kept at (just below :data:`PRESENT`), as the context pass's caps
HELD_BELOW = 0.49
#: an echo question is short: at most this many words (English) ...
MAX_WORDS = 6
#: ... and this many Han characters (Chinese)
MAX_HAN = 10

_WORDS = regex(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
#: the question ends the message ("?" or "？", then only closing marks or emoji)
_ASKS = regex(r"[?？]\W*$")
#: a question of the writer's own: a question word anywhere, or an inverted auxiliary or
#: modal opening it after a filler ("Are you scared?", "Did he cheat?", "Is it him?")
_EN_OWN_QUESTION = regex(
    r"\b(?:what|whats|why|how|hows|when|where|who|whom|whose|which|anything|something|else)\b"
    r"|^\W*(?:(?:oh|ok(?:ay)?|so|and|but|wait|well|hmm+|ah|i\s+see|really)\W+)*"
    r"(?:am|are|is|was|were|do|does|did|have|has|had|can|could|will|would|should|shall|may|"
    r"might|must|r)(?:n['’]?t)?\b",
    re.IGNORECASE,
)
#: Chinese: a question word, a question particle closing a yes/no question (吗, 么, 呢),
#: or an A-not-A question (是不是, 有没有, 好不好 ...)
_ZH_OWN_QUESTION = regex(
    r"什么|什麼|啥|怎|为什么|為什麼|为何|哪|谁|誰|几|幾|多少|多久|多大|如何|吗|嗎|么|呢|"
    r"(.)[不没沒]\1"
)
#: a Chinese lead-in that only frames the echo: 你说 / 你是说 / 你的意思是 / 所以 / 啊 ...
_ZH_LEAD = regex(r"^(?:[啊哦噢嗯诶欸唉哎呃]|所以|你是说|你说|你的意思是|也就是说)+")
#: pronouns, particles and small words that carry no content of the other's story
_ZH_SMALL = regex(r"[你我他她它您们們的了啊呀吧哦嗯呃也都就还還又很真是在着著过過]")
_HAN = regex(r"[\u4e00-\u9fff]")


def _zh_content(text: str) -> set[str]:
    return set(_HAN.findall(_ZH_SMALL.sub("", text)))


def echo_question(text: str, heard: str, lang: str) -> bool:
    """Whether ``text`` is an echo question of ``heard`` (the other's last message): a
    short question with no question word or inverted auxiliary of its own, at least one
    content word, and every content word said in ``heard`` ("Cheating on you?" after "My
    partner is cheating on me."; 你说他骗你？ after 我男朋友骗我)."""
    t = text.strip()
    if not heard or not _ASKS.search(t):
        return False
    if lang == "en":
        if len(_WORDS.findall(t)) > MAX_WORDS or _EN_OWN_QUESTION.search(t):
            return False
        own = content_words(t)
        return bool(own) and own <= content_words(heard)
    if lang == "zh":
        body = _ZH_LEAD.sub("", re.sub(r"[\s?？!！.。,，~～]+", "", t))
        if len(_HAN.findall(body)) > MAX_HAN or _ZH_OWN_QUESTION.search(body):
            return False
        han = _zh_content(body)
        return bool(han) and han <= _zh_content(heard)
    return False


def _bit(lexicon_order: Sequence[str]) -> int:
    """The bit of :data:`TARGET` in the lexicons' reading (``lexicon_read``, the scorer's
    bits of :data:`unmask.signals.context.LEXICON_READ`)."""
    return 1 << list(lexicon_order).index(TARGET)


def apply(
    columns: MutableMapping[str, np.ndarray],
    texts: Sequence[str | None],
    is_reply: np.ndarray,
    heard: np.ndarray,
    langs: Sequence[str],
    lexicon_read: np.ndarray,
    lexicon_order: Sequence[str],
    evidence: list[dict[str, list[Evidence]]] | None = None,
) -> np.ndarray:
    """Keep :data:`TARGET` below :data:`PRESENT` (:data:`HELD_BELOW`) on every reply that
    reads it though no lexicon entry does (``lexicon_read``: per row, the bits of
    ``lexicon_order`` the lexicons read) and that is an :func:`echo_question` of the
    other's last message (``heard``: its row, -1 none). Its model evidence is dropped.
    Returns the rows held."""
    if TARGET not in columns or TARGET not in MESSAGE_SIGNALS:
        return np.zeros(0, dtype=np.int64)
    col = np.asarray(columns[TARGET], dtype=np.float64)
    read = np.nan_to_num(col, nan=0.0) >= PRESENT
    unread = (np.asarray(lexicon_read, dtype=np.int64) & _bit(lexicon_order)) == 0
    rows = np.flatnonzero(read & unread & np.asarray(is_reply, dtype=bool) & (heard >= 0))
    held = [
        int(i)
        for i in rows.tolist()
        if isinstance(texts[i], str)
        and isinstance(texts[int(heard[i])], str)
        and echo_question(str(texts[i]), str(texts[int(heard[i])]), langs[i])
    ]
    if not held:
        return np.zeros(0, dtype=np.int64)
    out = col.copy()
    out[held] = np.minimum(out[held], HELD_BELOW)
    columns[TARGET] = out
    if evidence is not None:
        for i in held:
            kept = [e for e in evidence[i].get(TARGET, []) if not e.source.startswith("model:")]
            if kept:
                evidence[i][TARGET] = kept
            else:
                evidence[i].pop(TARGET, None)
    return np.asarray(held, dtype=np.int64)
