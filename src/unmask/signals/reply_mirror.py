"""A reply that turns the other's words back on them is not an interpretation (h-refl).

In a fight a partner may restate the other's complaint only to throw it back: "So you're
tired of being ignored? I'm tired of your messages all day!", "You feel ignored? I feel
ignored by YOU every day!", "所以你觉得很累？我还累呢，天天被你烦",
"所以你觉得被忽视了？我才觉得被你忽视了呢！". The first sentence reads as a
restatement check (interpretation); the reply as a whole is parroting, not understanding.
What marks it is a *mirror*: a sentence of the same reply in which the replier claims the
other's complaint for themselves, with the other as its cause, repeating the other's own
words:

* English: a sentence that opens on "I" (or "me"), names the other as the cause ("by you /
  your", "tired / sick / fed up / done / scared of you / your", "your fault", "because of
  you", "thanks to you") and shares a content word with the other's messages
  (:func:`unmask.signals.reply_structure.content_words`, plan words left out);
* Chinese: a clause with the retort 我才 / 我还 / 我更 ... 呢 (not a wish or "too": 我还想他呢)
  that shares a content character with the other's messages (function characters and the
  verbs of thinking and feeling left out: 觉得 is not the other's content).

A mirror with an apology or warmth in it ("I'm sorry, I've been distant, I was hurt by your
words too", 对不起，是我不好) is not one. The reply's interpretation cues are then dropped
(:func:`drop_turned_back`); its other mechanisms, and the message-level signals that read the
blame, are left as they are. Everything needs the other's words: without them nothing is
dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from unmask.signals.compiled_cache import regex
from unmask.signals.reply_lexicon import MECHANISMS, Hit
from unmask.signals.reply_structure import _LIFE_NOUN, echoes

_INTERPRETATION = MECHANISMS.index("interpretation")

#: the other, or a thing of theirs that is not one of their people or their work: "sick of
#: your excuses" blames them, "sick of your boss too" sides with them
_YOU = rf"(?:(?:you|u)\b|(?:your|ur)\b(?!\s+{_LIFE_NOUN}\b))"
#: a sentence that opens on the replier: "I'm tired of...", "well I feel ignored by..."
_OPENS_ON_I = regex(
    r"^\W*(?:(?:well|oh|yeah|yes|and|but|ha+|lol|ok(?:ay)?|wow|no|please)\W+)*"
    r"(?:i|i['’]m|im|i['’]ve|ive|me)\b",
    re.IGNORECASE,
)
#: the other named as the cause of the replier's complaint
_BLAMES_YOU = regex(
    rf"\bby\s+{_YOU}|\b(?:tired|sick|fed\s+up|done|scared|afraid)\s+of\s+{_YOU}|"
    rf"\byour\s+fault\b|\bbecause\s+of\s+{_YOU}|\bthanks\s+to\s+{_YOU}",
    re.IGNORECASE,
)
#: an apology or warmth: the sentence is repair or care, not a retort
_WARM_EN = regex(
    r"\b(?:sorry|apologi[sz]e|forgive|my\s+(?:fault|bad)|love|proud|glad|happy|thank|"
    r"moved|touched|miss)",
    re.IGNORECASE,
)
_SENTENCE_EN = regex(r"[^.!?\n]+[.!?]*")

#: a Chinese retort that claims the complaint for the replier: 我才…呢, 我还…呢, 我更…呢 (not
#: a wish or "too": 我还想多玩几个地方呢, 我还想他呢 - missing him too is shared, not thrown back)
_RETORT_ZH = regex(r"我(?:才|还|更)(?![^，。！？!?,\n]{0,12}?[想要也])[^，。！？!?,\n]{0,12}呢")
_WARM_ZH = regex(r"对不起|抱歉|不好意思|是我不好|我的错|怪我|心疼|爱你|谢谢")
_CLAUSE_ZH = regex(r"[^，。！？!?,;；\n]+")
#: characters that are not the other's content: function characters and the verbs of
#: thinking, feeling and saying
_NOT_CONTENT_ZH = frozenset(
    "的了是我你他她它们在有就都也和与吗呢吧啊呀哦嗯么着过得地这那个不没很还要会能说到去来给把被让又再才"
    "更觉想以为知道看真太好多少一"
)


def _content_chars(text: str) -> set[str]:
    return {c for c in text if "\u4e00" <= c <= "\u9fff" and c not in _NOT_CONTENT_ZH}


def turned_back(text: str, lang: str, heard: Sequence[str]) -> bool:
    """Whether reply ``text`` holds a mirror of the other's messages ``heard`` (module
    docstring): a sentence claiming their complaint for the replier, with them as its
    cause, in their own words."""
    if not heard:
        return False
    if lang == "zh":
        if "我" not in text or _RETORT_ZH.search(text) is None:
            return False
        said: set[str] = set()
        for other in heard:
            said |= _content_chars(other)
        for m in _CLAUSE_ZH.finditer(text):
            clause = m.group()
            if (
                _RETORT_ZH.search(clause)
                and not _WARM_ZH.search(text)
                and _content_chars(clause) & said
            ):
                return True
        return False
    if _BLAMES_YOU.search(text) is None or _WARM_EN.search(text):
        return False
    for m in _SENTENCE_EN.finditer(text):
        sentence = m.group()
        if (
            _OPENS_ON_I.search(sentence)
            and _BLAMES_YOU.search(sentence)
            and echoes(sentence, heard, least=1)
        ):
            return True
    return False


def drop_turned_back(
    found: list[list[Hit]],
    texts: Sequence[str],
    langs: Sequence[str],
    heard: Callable[[int], Sequence[str]] | None,
) -> None:
    """Drop, in place, the interpretation hits of ``found`` (one list per mechanism,
    ``MECHANISMS`` order) on replies that turn the other's words back on them
    (:func:`turned_back`; ``heard(row)``: the other's messages the reply answers)."""
    hits = found[_INTERPRETATION]
    if heard is None or not hits:
        return
    gone = {row for row in {h.row for h in hits} if turned_back(texts[row], langs[row], heard(row))}
    if gone:
        hits[:] = [h for h in hits if h.row not in gone]
