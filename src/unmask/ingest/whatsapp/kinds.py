"""What a WhatsApp line *is*: text, media placeholder, deletion, call, system line.

WhatsApp writes app-generated lines in the phone's language. Android writes
system lines without an author (``12/31/21, 9:05 PM - Messages and calls
are ...``); iOS writes them with a name as author and an invisible U+200E
mark before the text (``[..] Mei: \u200eMessages and calls are ...``), and it
puts the same mark before media placeholders, deletion notices, calls and the
edited marker. The tables below hold those phrases in several languages.

Only a small fraction of rows can be anything but plain text; the importer
finds them with vectorised tests (:data:`SPECIAL_PREFIXES`,
:data:`SPECIAL_SUFFIX`, :data:`EXACT_KINDS`, missing sender) and calls
:func:`classify` on those rows alone.

Decisions (see docs/format.md):
- a U+200E mark is removed only when it stands before a recognised app
  text (placeholder, notice, system line) or before the edited marker; a mark
  a person typed stays, so text remains byte-faithful;
- edited messages keep kind ``text`` and get ``edited=True``; the marker
  (`` <This message was edited>``) is removed from the text because it is
  the app's annotation, not the sender's words (it would otherwise inflate
  message length and word counts in every signal); ``edited`` keeps the
  information, so nothing is lost;
- system lines get sender ``None`` even when iOS shows a name;
- call notices (``Missed voice call``) become kind ``call`` with sender
  ``None``, as the export does not say reliably who called;
- ``sticker omitted`` becomes kind ``sticker``; other placeholders ``media``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unmask.ingest.whatsapp.header import LRM

#: rows whose text starts with one of these need a second look
SPECIAL_PREFIXES = (LRM, "<")
#: ... or ends with this (placeholders and edited markers end with ">")
SPECIAL_SUFFIX = ">"

#: exact texts (after removing a leading U+200E) and their kind
EXACT_KINDS: dict[str, str] = {
    # media placeholders, Android
    "<Media omitted>": "media",
    "<Medien ausgeschlossen>": "media",
    "<Multimedia omitido>": "media",
    "<Multimédia omis>": "media",
    "<Médias omis>": "media",
    "<Mídia oculta>": "media",
    "<Media omessi>": "media",
    "<Media weggelaten>": "media",
    "<省略影音内容>": "media",
    "<已省略媒体>": "media",
    "<メディアなし>": "media",
    "<미디어 파일 생략>": "media",
    # media placeholders, iOS
    "image omitted": "media",
    "video omitted": "media",
    "audio omitted": "media",
    "GIF omitted": "media",
    "document omitted": "media",
    "Contact card omitted": "media",
    "sticker omitted": "sticker",
    "Bild weggelassen": "media",
    "Video weggelassen": "media",
    "Audio weggelassen": "media",
    "GIF weggelassen": "media",
    "Sticker weggelassen": "sticker",
    "imagen omitida": "media",
    "video omitido": "media",
    "audio omitido": "media",
    "sticker omitido": "sticker",
    "图片已忽略": "media",
    "视频已忽略": "media",
    "音频已忽略": "media",
    "贴图已忽略": "sticker",
    # deleted
    "This message was deleted": "deleted",
    "This message was deleted.": "deleted",
    "You deleted this message": "deleted",
    "You deleted this message.": "deleted",
    "Diese Nachricht wurde gelöscht.": "deleted",
    "Diese Nachricht wurde gelöscht": "deleted",
    "Du hast diese Nachricht gelöscht.": "deleted",
    "Du hast diese Nachricht gelöscht": "deleted",
    "Se eliminó este mensaje.": "deleted",
    "Eliminaste este mensaje.": "deleted",
    "Ce message a été supprimé": "deleted",
    "Vous avez supprimé ce message": "deleted",
    "此消息已删除": "deleted",
    "你删除了此消息": "deleted",
    # calls
    "Missed voice call": "call",
    "Missed video call": "call",
    "Missed group voice call": "call",
    "Missed group video call": "call",
    "Voice call": "call",
    "Video call": "call",
    "Verpasster Sprachanruf": "call",
    "Verpasster Videoanruf": "call",
    "Llamada perdida": "call",
    "Videollamada perdida": "call",
    "未接语音通话": "call",
    "未接视频通话": "call",
}

#: attachment placeholders with a file name: ``<attached: 0042-PHOTO-....jpg>``
_ATTACHED = re.compile(
    r"<(?:attached|Anhang|adjunto|pièce jointe|anexo|allegato|附件)[:：] ?[^\n]+>"
)
#: the same test for Arrow's RE2, on whole texts (an optional U+200E before it)
ATTACHED_RE2 = "^\u200e?(?:" + _ATTACHED.pattern + ")$"
#: other iOS "... omitted" placeholders (``Mei.vcf contact card omitted``)
_OMITTED = re.compile(r"[^\n]* (?:omitted|weggelassen|omitid[oa])")
_CALL = re.compile(r"(?:Missed )?(?:group )?(?:voice|video) call(?:, [^\n]*)?", re.IGNORECASE)

#: app-written system texts (matched at the start, after any U+200E)
_SYSTEM = re.compile(
    r"(?:"
    r"Messages and calls are end-to-end encrypted"
    r"|Messages to this (?:chat|group) are now secured with end-to-end encryption"
    r"|Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt"
    r"|Los mensajes y las llamadas están cifrados de extremo a extremo"
    r"|Les messages et les appels sont chiffrés de bout en bout"
    r"|消息和通话已进行端到端加密"
    r"|Your security code with .+ changed"
    r"|Dein Sicherheitscode für .+ hat sich geändert"
    r"|.+ changed their phone number"
    r"|.+ changed to \+?[\d ()-]+$"
    r"|Disappearing messages were turned (?:on|off)"
    r"|.+ turned (?:on|off) disappearing messages"
    r"|You (?:created|blocked|unblocked|joined|left|added|removed|changed)\b"
    r"|.+ (?:created group|created this group|added|removed|left$"
    r"|joined using this group's invite link|changed the subject|changed this group's"
    r"|changed the group|deleted this group's icon"
    r"|was added|joined)"
    r"|This chat is with a business account"
    r"|This business (?:is now|uses)"
    r"|Tap to (?:learn more|change)"
    r")"
)

#: edited markers, with or without the U+200E mark iOS puts before them
_EDITED_MARKERS = (
    "<This message was edited>",
    "<Diese Nachricht wurde bearbeitet>",
    "<Se editó este mensaje.>",
    "<Ce message a été modifié>",
    "<Mensagem editada>",
    "<此消息已编辑>",
)
EDITED_SUFFIXES: tuple[str, ...] = tuple(
    sep + marker for marker in _EDITED_MARKERS for sep in (" " + LRM, " ")
)
_EDITED_TAIL = re.compile(
    " " + LRM + "?(?:" + "|".join(re.escape(marker) for marker in _EDITED_MARKERS) + r")\Z"
)
_EDITED_LONGEST = max(len(suffix) for suffix in EDITED_SUFFIXES)
#: the same test for Arrow's RE2 (``\\z``: end of text), on whole texts: the
#: leading ``.`` keeps a text that is nothing but the marker as it is
EDITED_TAIL_RE2 = "(?s)." + _EDITED_TAIL.pattern.removesuffix(r"\Z") + r"\z"
#: the same, capturing the character kept before the marker (for a RE2 replace with ``\1``)
EDITED_STRIP_RE2 = "(?s)(.)" + _EDITED_TAIL.pattern.removesuffix(r"\Z") + r"\z"


def strip_edited(text: str) -> tuple[str, bool]:
    """``text`` without a trailing edited marker, and whether it had one."""
    if text.endswith(">"):
        match = _EDITED_TAIL.search(text, max(1, len(text) - _EDITED_LONGEST))
        if match is not None:
            return text[: match.start()], True
    return text, False


#: phrases that give away an authorless Android group event mistaken for "sender: text"
_SYSTEM_SENDER_PHRASES = (
    " changed the subject",
    " changed this group's",
    " changed the group",
    " created group",
    " added ",
    " removed ",
)


@dataclass(frozen=True)
class Classified:
    """The canonical view of one special row."""

    kind: str
    text: str
    sender: str | None
    edited: bool = False


def looks_like_system_sender(candidate: str) -> bool:
    """True when a header's "sender" is really the start of an authorless system line.

    Android writes group events without an author; when their text contains
    ``": "`` (a quoted subject, say) the header split takes the words before
    it for a sender. Real display names never read like these events.
    """
    return any(phrase in candidate for phrase in _SYSTEM_SENDER_PHRASES)


def classify(text: str, sender: str | None) -> Classified:
    """Kind, cleaned text and sender of a row that failed the plain-text fast path."""
    kind = EXACT_KINDS.get(text)
    if kind is not None:  # the common case: a placeholder without any mark
        if kind in ("system", "call"):
            return Classified(kind, text, None)
        return Classified(kind, text, sender)
    text, edited = strip_edited(text)
    marked = text.startswith(LRM)
    core = text[1:] if marked else text
    kind = EXACT_KINDS.get(core)
    if kind is None:
        if _ATTACHED.fullmatch(core):
            kind = "media"
        elif (marked or sender is None) and _CALL.fullmatch(core):
            kind = "call"
        elif (marked or sender is None) and _OMITTED.fullmatch(core):
            kind = "media"
        elif sender is None or (marked and _SYSTEM.match(core)):
            kind = "system"
    if kind is None:
        return Classified("text", text, sender, edited)
    if kind in ("system", "call"):
        return Classified(kind, core, None, edited)
    return Classified(kind, core, sender, edited)
