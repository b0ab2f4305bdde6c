"""A one-time safety check-in is care, not monitoring (issue 10, h-care).

"Text me when you land so I know you're safe", "send me your location when you get home so I
don't worry", 到家了把定位发给我，我才放心, 落地了报个平安: a request tied to *one* event of
the other's journey (getting home, landing, arriving) with a care reason (so I know you're
safe, so I don't worry, 我才放心, 报个平安) is care. Such a message keeps no
``safety.monitoring`` score, from the lexicons or the safety model layer
(:func:`apply`, the last step of a batch before the crisis rule).

It stays monitoring where the request is ongoing or standing ("every hour", "at all times",
"from now on", 随时, 以后每天都要, 一直), carries a sanction or urgency ("or else", "right now",
不然你等着, 现在, 马上), or checks up on company or asks for proof ("a photo of who you're
with", 跟谁在一起, 拍张照片): :data:`_KEEP`. Only ``safety.monitoring`` is touched; a threat or
an isolation read in the same message stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from unmask.signals.langdetect import LANG_EN, LANG_ZH
from unmask.signals.types import MESSAGE_SIGNALS, Evidence

SIGNAL = "safety.monitoring"

_YOU = r"(?:you|u)"
#: one event of the other's journey: "when you get home", "once you land", "as soon as you
#: arrive", "when you're back"
_EVENT_EN = re.compile(
    rf"\b(?:when|once|as soon as|after|the moment|the minute) {_YOU}(?:'ve| have)? "
    r"(?:get (?:home|back|in|there|to (?:the |your |ur )?\w+)|got (?:home|back|in|there)"
    r"|land|landed|arrive|arrived|make it (?:home|back|there)|made it (?:home|back|there)"
    r"|(?:are|'re|r) (?:home|back|there|safe)|reach (?:home|the \w+))\b"
)
#: the care reason: "so I know you're safe", "so I don't worry", "so I can sleep", "I'll worry"
_REASON_EN = re.compile(
    r"\bso (?:i|we) (?:know (?:you|u)(?:'re| are| r|'ve| have| got| made it| get)? ?(?:safe|ok|"
    r"okay|alright|all right|fine|home|back|landed|made it)|don'?t (?:have to )?worry|won'?t "
    r"worry|stop worrying|can stop worrying|can (?:sleep|relax|rest)|(?:'m|am) not "
    r"(?:worried|worrying))\b"
    r"|\b(?:just )?to know (?:you|u)(?:'re| are| r|'ve| have) (?:safe|ok|okay|alright|home|"
    r"landed|back)\b|\bi(?:'ll| will) (?:worry|be worried)\b|\bso i can stop worrying\b"
    r"|\bso (?:i'm|i am) not (?:worried|worrying)\b"
)
#: ongoing or standing demands, a sanction or urgency, company or proof: still monitoring
_KEEP_EN = re.compile(
    r"\bevery (?:hour|half hour|time|day|night|morning|minute|\d+)|\bat all times\b|\ball the "
    r"time\b|\b24/7\b|\balways\b|\bfrom now on\b|\bwhenever\b|\bor else\b|\bor i(?:'ll| will| "
    r"swear)\b|\bor (?:we're|we are) (?:done|over|through)\b|\botherwise\b|\bright now\b"
    r"|\bimmediately\b|\bthis (?:second|minute)\b|\bwho (?:you're|you are|u r|you were|ur) with\b"
    r"|\bwho with\b|\b(?:photo|pic|picture|selfie|video|proof|prove|screenshot)s?\b"
    r"|\bdon'?t (?:you )?dare\b|\bno excuses\b|\b(?:lie|lying|liar|cheat|cheating|really)\b"
)
#: one event: 到家了, 落地了, 到了, 下飞机, 到酒店了
_EVENT_ZH = re.compile(
    r"(?:到家|回到家|落地|下飞机|下了飞机|下车|到站|到公司|到学校|到宿舍|到酒店|到那边|到那儿|到那里|"
    r"到了)(?:了|以后|之后|后|的时候)?"
)
#: 我才放心, 我好放心, 让我放心, 报个平安, 免得我担心, 省得我惦记
_REASON_ZH = re.compile(
    r"我(?:才|就|也|好|会)?(?:能|会|好)?(?:放心|安心)|(?:才|好)(?:能)?(?:放心|安心)|报(?:个|一声|声)?平安"
    r"|(?:免得|省得|不然|要不然|要不)我(?:会)?(?:担心|惦记|着急|睡不着|不放心)|别让我(?:担心|惦记|着急)"
)
#: 随时, 以后, 每天, 一直, 现在, 马上, 不然你..., 跟谁, 照片: still monitoring
_KEEP_ZH = re.compile(
    r"随时|以后|今后|从今天起|从现在起|每(?:天|次|回|个|一个|小时|半小时|到|隔)|一直|天天|时时刻刻|"
    r"24小时|二十四小时|全天|永远|现在|马上|立刻|立即|赶紧|赶快|(?:不然|否则|要不然|要不)(?!我(?:会)?"
    r"(?:担心|惦记|着急|睡不着|不放心))|你等着|后果|骗|撒谎|老实|跟谁|和谁|谁在一起|照片|视频|自拍|拍张|拍个|证明|截图"
)

_FORMS = {
    LANG_EN: (_EVENT_EN, _REASON_EN, _KEEP_EN),
    LANG_ZH: (_EVENT_ZH, _REASON_ZH, _KEEP_ZH),
}


def is_care_checkin(text: str, lang: str) -> bool:
    """Whether ``text`` (of language ``lang``) is a one-time safety check-in asked in care:
    an event and a care reason, and nothing standing, urgent, sanctioning or about company
    (:data:`_KEEP_EN`, :data:`_KEEP_ZH`)."""
    forms = _FORMS.get(lang)
    if forms is None:
        return False
    event, reason, keep = forms
    low = text.lower()
    return bool(event.search(low) and reason.search(low) and not keep.search(low))


def apply(
    texts: Sequence[str],
    langs: Sequence[str],
    scores: np.ndarray,
    evidence: list[dict[str, list[Evidence]]],
) -> None:
    """Drop ``safety.monitoring`` (score and evidence) of the one-time care check-ins among
    ``texts``; ``scores``: messages x signals, in place."""
    col = MESSAGE_SIGNALS.index(SIGNAL)
    for i in np.flatnonzero(scores[:, col] > 0).tolist():
        if is_care_checkin(texts[i], langs[i]):
            scores[i, col] = 0.0
            if evidence:
                evidence[i].pop(SIGNAL, None)
