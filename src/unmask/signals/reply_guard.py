"""Replies whose warmth or understanding is undone by the same message (h-epi3, issue 10).

A reaction cue ("I'm so sorry", 心疼你) or an understanding cue ("I understand", "I hear you",
我能理解) says nothing warm when the same message takes it back:

* **an eye-roll** (🙄, 😒): "oh I'm so sorry your life is so hard 🙄", 哦我好心疼你哦🙄 -
  sarcasm marked by the writer (a few entries of the lexicons carried this guard each; here
  it holds for every cue of the two mechanisms);
* **a verdict on the other's plans** - the writer decides what the other will do:
  "I understand, so you'll stay home then", "I understand how you feel, but you're not
  going", "I hear you. Now give me your phone", 我能理解，所以你周末就别出去了,
  你哪儿也别去, 把手机给我 (control, not comfort; not "you're not going through this
  alone", "so you're staying home tonight?", 所以你别太难过了);
* **a one-up** that makes the other's trouble the writer's: "So you're exhausted. Welcome to
  my life", "try being me", "you think you're tired?", 谁不累啊, 你以为就你累,
  我比你还累 (the other's words thrown back; :mod:`unmask.signals.reply_mirror` reads
  the form that repeats their words with them as the cause).

The reaction and interpretation hits of such a reply are dropped (:func:`drop_undone`); its
exploration hits and the message-level signals (which read the control or the blame) are
left as they are. The text alone decides, so a chat and a single exchange read alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from unmask.signals.reply_lexicon import MECHANISMS, Hit

_UNDONE_PARTS = tuple(MECHANISMS.index(part) for part in ("reaction", "interpretation"))

_EYE_ROLL = re.compile("[\U0001f644\U0001f612]")

_YOU_ARE = r"(?:you|u)(?:['’]re|\s+are|\s+r)"
_YOU_WILL = r"(?:you|u)(?:['’]ll|\s+will|['’]re|\s+are|\s+r)"
#: the writer decides the other's plans, or asks for their phone
_VERDICT_EN = re.compile(
    rf"\b{_YOU_ARE}\s+not\s+going\b(?!\s+(?:to|through|alone)\b)(?=\s*(?:anywhere|out|tonight|"
    r"then|there)?\s*(?:[.!,;]|$))"
    rf"|\b(?:so|then)\s+{_YOU_WILL}\s+(?:be\s+)?(?:stay(?:ing)?\s+(?:home|in|here)|not\s+"
    r"(?:go|going|see|seeing|leave|leaving))\b(?![^.!?\n]*\?)"
    r"|\b(?:give|hand|show)\s+me\s+(?:your|ur)\s+(?:phone|password|passcode|pin|messages|texts|"
    r"chats)\b",
    re.IGNORECASE,
)
_VERDICT_ZH = re.compile(
    r"(?:别|不许|不准)(?:出去|出门|去了|去见|走了)|你哪(?:儿|里)?也(?:别|不许|不准)去"
    r"|你(?:不许|不准)(?:去|出去|走|见)|(?:就|给我)(?:待|呆)在家"
    r"|(?:手机|密码)(?:拿来|给我|交出来)|把(?:手机|密码)(?:给我|交出来|拿来)"
)
#: the other's trouble made the writer's
_ONE_UP_EN = re.compile(
    r"\bwelcome\s+to\s+my\s+(?:life|world)\b|\btry\s+being\s+me\b"
    r"|\b(?:you|u)\s+think\s+(?:you|u)(?:['’]re|\s+are|\s+r)\s+(?:tired|stressed|busy|exhausted)\b"
    r"|\bcry\s+me\s+a\s+river\b|\bboo\s*-?\s*hoo\b",
    re.IGNORECASE,
)
_ONE_UP_ZH = re.compile(
    r"谁不(?:累|难受|辛苦|烦)|你以为(?:就)?(?:只有)?你(?:累|辛苦|难受|委屈)|我比你(?:还|更)"
    r"|你有我(?:累|辛苦|惨)吗"
)


def undone(text: str, lang: str) -> bool:
    """Whether reply ``text`` takes its own warmth or understanding back (module
    docstring): an eye-roll, a verdict on the other's plans, or a one-up."""
    if _EYE_ROLL.search(text):
        return True
    if lang == "zh":
        return bool(_VERDICT_ZH.search(text) or _ONE_UP_ZH.search(text))
    return bool(_VERDICT_EN.search(text) or _ONE_UP_EN.search(text))


def read_undone(
    found: list[list[Hit]],
    texts: Sequence[str],
    langs: Sequence[str],
    read: dict[int, bool] | None = None,
) -> dict[int, bool]:
    """:func:`undone` of each row with a reaction or interpretation hit in ``found``, by row
    (added to ``read``, where given, for the rows not in it yet): each distinct text and
    language read once. The reply layer reads the English rows before the scores are read
    (h-speed34), so :func:`drop_undone` after them only looks up the rows it knows."""
    read = {} if read is None else read
    seen: dict[tuple[str, bool], bool] = {}
    rows = {h.row for part in _UNDONE_PARTS for h in found[part]}
    rows.difference_update(read)
    for row in rows:
        key = (texts[row], langs[row] == "zh")
        got = seen.get(key)
        if got is None:
            got = seen[key] = undone(key[0], "zh" if key[1] else "en")
        read[row] = got
    return read


def drop_undone(
    found: list[list[Hit]],
    texts: Sequence[str],
    langs: Sequence[str],
    read: dict[int, bool] | None = None,
) -> None:
    """Drop, in place, the reaction and interpretation hits of ``found`` (one list per
    mechanism, ``MECHANISMS`` order) on replies that take them back (:func:`undone`).
    ``read``: :func:`read_undone` of (some of) these rows, worked out before; the rest are
    read here and added to it."""
    read = read_undone(found, texts, langs, read)
    gone = {row for row, is_undone in read.items() if is_undone}
    if not gone:
        return
    for part in _UNDONE_PARTS:
        hits = found[part]
        hits[:] = [h for h in hits if h.row not in gone]
