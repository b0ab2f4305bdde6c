"""Safety over a whole conversation: what the safety signals add up to (docs/safety.md).

The seven ``safety.*`` message signals say what one message holds; this module reads
them over the conversation, partner by partner and over time, and decides whether the
report must switch to *safety mode* (no intimacy position, no praise, a calm page with
where help is). It also keeps these messages out of the depth reading: "you're
worthless without me" is not a disclosure, and "ok sorry" after "I called 6 times" is
not turning toward a bid.

Rules (each a documented constant below):

- **Laughing messages are set aside.** A safety match in a message that laughs in the
  writer's own voice ("lol", "haha", "😂", "哈哈", "开玩笑"; not a quoted laugh, 嘻嘻哈哈
  describing someone else or "I'm not kidding": :data:`NOT_OWN_LAUGH`) is read as teasing
  and not counted, except a threat or degradation the safety model reads at
  :data:`LAUGH_THREAT_LEVELS` (h-laugh). The price: a threat written with "lol" that the
  model reads lower is missed.
- **Control** is a counted message of ``threat``, ``monitoring``, ``isolation``,
  ``degradation`` or ``jealousy``; **fear** a counted ``fear`` message; a **cycle** a
  ``remorse`` message sent within :data:`CYCLE_HOURS` after an outburst (a ``threat`` or
  ``degradation`` message) by the same person. Remorse alone counts for nothing.
- **Safety mode** when, for either partner as the sender of control, any of:

  1. the other partner expressed fear (:data:`FEAR_WITH_CONTROL` fear messages) and this
     partner sent at least :data:`CONTROL_WITH_FEAR` control messages;
  2. the other partner expressed fear on :data:`FEAR_DAYS` different days;
  3. control on :data:`CONTROL_DAYS` different days within any :data:`WINDOW_DAYS`-day
     window, of at least :data:`CONTROL_KINDS` kinds (threats *and* monitoring, say);
  4. :data:`SEVERE_DAYS` days with a severe outburst (a ``threat`` or ``degradation``
     scored at least :data:`SEVERE`: an explicit threat to hurt, "no one else would ever
     want you"), or one severe day and a cycle;
  5. *weak control beside counted control* (h-safemode): within some
     :data:`WINDOW_DAYS`-day window, :data:`WEAK_DAYS` different days with this partner's
     control or weak control, at least :data:`WEAK_COUNTED_DAYS` of them with counted
     control and at least :data:`WEAK_ONLY_DAYS` with weak control only. A *weak control*
     message is one the safety model reads as one of the five control kinds with
     probability at least its language's level (:func:`weak_level`: English
     :data:`WEAK_CONTROL_EN`, Chinese :data:`WEAK_CONTROL_ZH`, any other :data:`WEAK_CONTROL`;
     below what counts one message alone) and
     that counts nothing itself: weak control never counts alone, not even in number,
     and is never shown as an example (:func:`weak_days`). A counted day holds the rule up
     only where the model reads one of its counted control messages at
     that level too (h-safemode2, :data:`WEAK_ANCHOR`).

- **A daily check-in is monitoring.** One "text me when you get home so I know you're
  safe" is care (:mod:`unmask.signals.safety_care` drops its monitoring score), but the
  same partner asking it on :data:`CHECKIN_DAYS` or more distinct days within
  :data:`CHECKIN_WINDOW_DAYS` days (every workday) is a routine of reporting in: those
  check-ins count as ``monitoring`` (:func:`count_daily_checkins`). A check-in after a
  late shift now and then stays care.
- **Notice** when anything was counted but no rule above holds: the report stays as it
  is and says, once, what was seen and where help is.

These are thresholds on words, not a risk assessment: a chat can be dangerous and show
none of this, and a chat that enters safety mode is not proof of anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from unmask.arrownp import array_of, numpy_of, scalar
from unmask.npset import unique
from unmask.signals import control_gate, safety_care, safety_model
from unmask.signals.compiled_cache import cached, regex
from unmask.signals.types import (
    CONTROL_SIGNALS,
    DEPTH_SIGNALS,
    FEAR_SIGNAL,
    REPLY_SIGNALS,
    SAFETY_SIGNALS,
    ScoreResult,
)

Mode = Literal["none", "notice", "safety"]

REMORSE_SIGNAL = "safety.remorse"
#: outbursts that a remorse message can follow to make a cycle
OUTBURST_SIGNALS: tuple[str, ...] = ("safety.threat", "safety.degradation")

#: flags that a message (and a run) carrying counted control or fear loses: it is not depth
NOT_DEPTH: tuple[str, ...] = (*DEPTH_SIGNALS, "disclosure.informational", "bid", *REPLY_SIGNALS)

CYCLE_HOURS = 72
FEAR_WITH_CONTROL = 1
CONTROL_WITH_FEAR = 2
FEAR_DAYS = 2
CONTROL_DAYS = 3
WINDOW_DAYS = 90
CONTROL_KINDS = 2
SEVERE = 0.9
SEVERE_DAYS = 2
#: a care check-in ("text me when you get to work so I know you're safe") asked by the same
#: partner on this many distinct days within :data:`CHECKIN_WINDOW_DAYS` days is monitoring
CHECKIN_DAYS = 5
CHECKIN_WINDOW_DAYS = 7
#: h-safemode, weak control: the safety model's probability of the five control kinds at
#: which a message that counts nothing itself is *weak control* (a message counts alone
#: only where the model's ``1 - p(none)`` reaches its threshold, .975 en / .975 zh).
#: h-safety37 re-chose it for English on ``safety-lr-7`` by h-safemode's rule (the lowest of
#: 0.1-0.6 two steps above the highest level at which a calm chat, the rounds' twins or
#: couple rounds one to nine's calm lines, enters safety mode: they enter at 0.3, so 0.5),
#: (docs/validity.md, h-safety37). Messages of any language but English and Chinese, and a
#: plain reader's (:func:`weak_at`), are read at it.
WEAK_CONTROL = 0.5
#: h-safety47: English messages' weak level on ``safety-lr-9``'s English weights (the refit on
#: safety rounds 1-35, h-safety45's candidate): couple rounds one to thirteen's calm English
#: chats enter safety mode at .50 (three of 52; one on ``safety-lr-8``), none at .55 (half a
#: step of margin where h-safemode's rule asks two, as h-safety44's Chinese level; the weak
#: test's English lines read .870 / .555 / .657: docs/validity.md, "The English safety refit
#: shipped (h-safety47)")
WEAK_CONTROL_EN = 0.55
#: h-safety44: Chinese messages' weak level on ``safety-lr-8``'s Chinese weights (the refit on
#: safety rounds 1-35 with weak control's kind x10), whose calm-line readings are higher:
#: couple rounds one to twelve's calm Chinese chats enter safety mode at .60 and below, none
#: at .65 (half a step of margin where h-safemode's rule asks two; an accepted cost,
#: docs/validity.md, "The Chinese safety refit shipped (h-safety44)")
WEAK_CONTROL_ZH = 0.65
#: days with control or weak control within a :data:`WINDOW_DAYS`-day window ...
WEAK_DAYS = 4
#: ... of which at least this many with counted control ...
WEAK_COUNTED_DAYS = 1
#: ... and at least this many with weak control only
WEAK_ONLY_DAYS = 2
#: h-safemode2: a counted control day holds the weak-control rule up only where the safety
#: model itself reads one of its counted control messages as control at :data:`WEAK_CONTROL`
#: or more (weak control is the model's reading, and so is what it stands beside). A day
#: resting on a lexicon reading the model does not share ("明天店交给我，你回老家好好送送奶奶，
#: 别惦记这边": monitoring 0.6 by its parts, the model .02) still counts (a notice), but weak
#: lines beside it add up to nothing. ``WEAK_ANCHOR``: a counted message scored at least this
#: holds its day up without the model; None (shipped): none does. h-safemode2 measured 0.65,
#: 0.8 and 0.9 (docs/validity.md).
WEAK_ANCHOR: float | None = None
#: lexicon readings of depth that keep a message from being weak control (as they keep a
#: model guess from counting: :data:`unmask.signals.safety_model.DEPTH_GATE`)
WEAK_GATE: tuple[str, ...] = safety_model.DEPTH_GATE
#: ... and the writer's own feeling told or comfort given, read strongly (a partner's hurt
#: after an affair, "看你跟别人发消息，我就忍不住想是不是又开始了，心里堵得难受", is near
#: control for the model and is not control). Read at :data:`WEAK_FEELING`, above the
#: models' readings of feeling in controlling words ("I don't like you seeing her so often"
#: 0.66, "钱怎么花我说了算" 0.69), which stay weak control.
WEAK_FEELING_GATE: tuple[str, ...] = ("disclosure.emotional", "support.emotional")
WEAK_FEELING = 0.8


def weak_gated(scores: Mapping[str, np.ndarray], at: np.ndarray) -> np.ndarray:
    """Which messages (``at``: rows of the score columns) are read as depth and so are never
    weak control: :data:`WEAK_GATE` at 0.5, :data:`WEAK_FEELING_GATE` at :data:`WEAK_FEELING`."""
    gated = np.zeros(len(at), dtype=bool)
    for names, level in ((WEAK_GATE, 0.5), (WEAK_FEELING_GATE, WEAK_FEELING)):
        for name in names:
            if name in scores:
                gated |= np.nan_to_num(np.asarray(scores[name], dtype=np.float64)[at]) >= level
    return gated


#: the weak-control reader of a conversation: the safety model's probability of the five
#: control kinds of the messages at the given dyad column indices
WeakReader = Callable[[np.ndarray], np.ndarray]


def weak_level(lang: str) -> float:
    """The weak-control level of a message in ``lang``: :data:`WEAK_CONTROL_EN` for
    English, :data:`WEAK_CONTROL_ZH` for Chinese, :data:`WEAK_CONTROL` for any other."""
    if lang == "en":
        return WEAK_CONTROL_EN
    return WEAK_CONTROL_ZH if lang == "zh" else WEAK_CONTROL


@dataclass(frozen=True)
class LevelledReader:
    """A weak-control reader (:data:`WeakReader`) that also names each message's language, so
    the rule reads each message at its language's level (:func:`weak_level`); a plain
    reader's messages are all read at :data:`WEAK_CONTROL`."""

    read: WeakReader
    langs: Callable[[np.ndarray], Sequence[str]]

    def __call__(self, idx: np.ndarray) -> np.ndarray:
        return self.read(idx)

    def levels(self, idx: np.ndarray) -> np.ndarray:
        """The weak level of each message of ``idx``."""
        return np.fromiter(
            (weak_level(lang) for lang in self.langs(idx)), dtype=np.float64, count=len(idx)
        )


def weak_at(weak: WeakReader, idx: np.ndarray) -> np.ndarray:
    """Where the messages ``idx`` are weak control: read by ``weak`` at their level."""
    levels = weak.levels(idx) if isinstance(weak, LevelledReader) else WEAK_CONTROL
    return np.asarray(weak(idx) >= levels, dtype=bool)


#: a message that laughs: its safety matches are read as teasing
LAUGH_PATTERN = (
    r"(?i)(?:\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|just kidding|kidding|joking)\b"
    r"|😂|🤣|😜|😝|😆|😹|😛|哈哈|嘻嘻|呵呵呵|开玩笑|逗你|\bxd\b)"
)


#: a laugh that is not the writer's own, taken out before :data:`LAUGH_PATTERN` is read
#: (h-laugh): a quoted line ("she said \"haha\""), a laugh word describing someone else
#: (跟那个教练嘻嘻哈哈的, 说说笑笑, 打哈哈, 哈哈镜), a joke denied ("I'm not kidding", 我可不是
#: 开玩笑, 别以为我在开玩笑) or asked about ("are you kidding me?"). RE2 (Arrow) and Python alike:
#: no look-arounds
NOT_OWN_LAUGH = (
    r"(?i)(?:\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|「[^」\n]{1,80}」|『[^』\n]{1,80}』"
    r"|嘻嘻哈哈|说说笑笑|有说有笑|打哈哈|哈哈镜"
    r"|\b(?:not|n['’]?t|never)(?: even| just)? (?:kidding|joking)\b"
    r"|\b(?:are|r) (?:you|u) (?:kidding|joking)\b"
    r"|\b(?:you['’]?re|youre|ur|you must be) (?:kidding|joking)\b"
    r"|(?:不是|没|没有|没在|不是在|可不是|别以为我|别当我|不是跟你|没跟你|谁跟你)(?:在)?(?:跟你)?(?:开玩笑|逗你))"
)


def laughing(texts: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """True where a text laughs in the writer's own voice (see :data:`LAUGH_PATTERN`,
    :data:`NOT_OWN_LAUGH`); vectorised in Arrow."""
    filled = pc.fill_null(texts, scalar("", texts.type))
    found = pc.match_substring_regex(filled, LAUGH_PATTERN)
    if not pc.any(found).as_py():
        return np.asarray(numpy_of(found), dtype=bool)
    where = np.flatnonzero(np.asarray(numpy_of(found), dtype=bool))
    own = pc.replace_substring_regex(filled.take(array_of(where)), NOT_OWN_LAUGH, "")
    out = np.zeros(len(filled), dtype=bool)
    out[where] = np.asarray(numpy_of(pc.match_substring_regex(own, LAUGH_PATTERN)), dtype=bool)
    return out


#: the safety model's summed control probability at or above which a laugh does not clear a
#: counted threat or degradation (h-laugh: "lol one more eye roll from you and that precious
#: dog of yours might not be so lucky 🙂" is a threat all the same). Chosen on the odd safety
#: rounds, checked on the even ones: the controlling lines set aside as laughing read .991 or
#: more, the teasing twins the scorer counts read .061 at most (docs/validity.md, h-laugh)
LAUGH_THREAT_LEVELS: dict[str, float] = {"en": 0.99, "zh": 0.99}
#: the signals whose laugh the level reads (an outburst)
LAUGH_THREAT_SIGNALS: tuple[str, ...] = ("safety.threat", "safety.degradation")


def laughing_threat(
    flags: dict[str, np.ndarray],
    where: np.ndarray,
    rows: np.ndarray,
    control: np.ndarray | None,
    langs: Sequence[str] | None,
) -> np.ndarray:
    """Per entry of ``where`` (flag entries): a counted threat or degradation the safety
    model reads at or above :data:`LAUGH_THREAT_LEVELS` (``control``: the model's summed
    control probability per table row, ``langs`` its language per table row; None: not
    read, nothing kept)."""
    out = np.zeros(len(where), dtype=bool)
    if control is None or langs is None or len(control) != len(langs):
        return out
    for name in LAUGH_THREAT_SIGNALS:
        if name in flags:
            out |= flags[name][where]
    if out.any():
        out &= control_gate.likely_at(control, langs, rows[where], LAUGH_THREAT_LEVELS)
    return out


def set_aside_laughing(
    flags: dict[str, np.ndarray],
    texts: pa.ChunkedArray | pa.Array,
    rows: np.ndarray,
    control: np.ndarray | None = None,
    langs: Sequence[str] | None = None,
) -> None:
    """Clear safety flags on messages that laugh in the writer's own voice (not a threat
    or degradation the safety model reads at :data:`LAUGH_THREAT_LEVELS`: ``control`` and
    ``langs`` per row of ``texts``, :attr:`unmask.signals.types.ScoreResult.control` and
    ``lang``), then depth flags where control or fear remains (in place). ``rows[i]`` is
    the row of ``texts`` of flag entry ``i``; only the few flagged texts are read."""
    hit = np.zeros(len(rows), dtype=bool)
    for name in SAFETY_SIGNALS:
        if name in flags:
            hit |= flags[name]
    if hit.any():
        where = np.flatnonzero(hit)
        laugh = np.zeros(len(rows), dtype=bool)
        laugh[where] = laughing(texts.take(array_of(rows[where]))) & ~laughing_threat(
            flags, where, rows, control, langs
        )
        counted_flags(flags, laugh)


def _checkin_reasons() -> tuple[str, ...]:
    """The pattern of the ``reason`` part of each language's care check-in guard
    (:func:`unmask.signals.safety_care.parts`), in the order of its languages."""
    reasons = []
    for lang in safety_care.LANGS:
        found = safety_care.parts(lang)
        if found is not None:
            reasons.append(found["reason"].pattern.pattern)
    return tuple(reasons)


def _checkin_prefilter() -> str:
    """One RE2 pattern that every care check-in of either language matches (its reason).

    The reasons' patterns are kept in the compiled cache (:mod:`unmask.signals.compiled_cache`:
    they depend only on the language files and the signals modules its file name hashes),
    so that a run reads a few strings instead of reading both guard files and compiling all
    their parts, ~7 ms after the scores are read (h-speed41); the parts are compiled as
    before where the prefilter finds a check-in to read."""
    reasons = cached("checkin-reasons", tuple, _checkin_reasons)
    return "(?i)" + "|".join(f"(?:{r})" for r in reasons)


def _daily(days: np.ndarray) -> np.ndarray:
    """Of sorted distinct ``days``, those inside some :data:`CHECKIN_WINDOW_DAYS`-day window
    that holds at least :data:`CHECKIN_DAYS` of them."""
    ends = np.searchsorted(days, days + CHECKIN_WINDOW_DAYS, side="left")
    marked = np.zeros(len(days), dtype=bool)
    for start in np.flatnonzero(ends - np.arange(len(days)) >= CHECKIN_DAYS).tolist():
        marked[start : ends[start]] = True
    return days[marked]


def checkin_candidates(texts: pa.ChunkedArray | pa.Array, picked_rows: np.ndarray) -> np.ndarray:
    """Whether the text of each of ``picked_rows`` matches :func:`_checkin_prefilter`
    (a null as ""): what :func:`count_daily_checkins` reads first, worked out from the texts
    alone, so that it can run before the scores are known (its ``prefiltered``). The pattern
    is run once per distinct text (h-speed38: a couple's texts repeat, and most chats hold
    no check-in at all): the distinct texts of the whole column where the rows are most of
    it, else of the rows'; the rows are looked up only where some distinct text matched."""
    whole = 2 * len(picked_rows) >= len(texts)
    distinct = pc.unique(texts if whole else texts.take(array_of(picked_rows)))
    hit = pc.match_substring_regex(
        pc.fill_null(distinct, scalar("", distinct.type)), _checkin_prefilter()
    )
    matched = pc.filter(distinct, hit)
    if len(matched) == 0:
        return np.zeros(len(picked_rows), dtype=bool)
    found = pc.is_in(texts.take(array_of(picked_rows)), value_set=matched)
    return np.asarray(numpy_of(found), dtype=bool)


def count_daily_checkins(
    flags: dict[str, np.ndarray],
    texts: pa.ChunkedArray | pa.Array,
    rows: np.ndarray,
    who: np.ndarray,
    time: np.ndarray,
    is_text: np.ndarray,
    prefiltered: Callable[[], np.ndarray] | None = None,
) -> int:
    """Set ``safety.monitoring`` (in place) on the care check-ins of a partner who asks
    them on :data:`CHECKIN_DAYS` or more distinct days within :data:`CHECKIN_WINDOW_DAYS`
    days; the number of messages so counted. ``rows[i]``: the row of ``texts`` of flag
    entry ``i``. Laughing check-ins are left out (they would be set aside anyway).
    ``prefiltered``: returns :func:`checkin_candidates` of ``texts`` and ``rows`` (the
    caller may have worked it out already; called only where a text is to be read)."""
    name = "safety.monitoring"
    if len(rows) < CHECKIN_DAYS or name not in flags:
        return 0
    candidate = is_text & ~flags[name]
    where = np.flatnonzero(candidate)
    if len(where) == 0:
        return 0
    # the same booleans either way: the prefilter reads each text on its own
    hits = (
        prefiltered()[where] if prefiltered is not None else checkin_candidates(texts, rows[where])
    )
    where = where[hits]
    checkin = np.zeros(len(rows), dtype=bool)
    for i, text in zip(where.tolist(), texts.take(array_of(rows[where])).to_pylist(), strict=True):
        if text and not laughs(text):
            checkin[i] = any(safety_care.is_care_checkin(text, lang) for lang in safety_care.LANGS)
    if checkin.sum() < CHECKIN_DAYS:
        return 0
    day = time // 86400
    counted = np.zeros(len(rows), dtype=bool)
    for partner in (0, 1):
        mine = checkin & (who == partner)
        if mine.sum() >= CHECKIN_DAYS:
            counted |= mine & np.isin(day, _daily(_days(time[mine])))
    flags[name] = flags[name] | counted
    return int(counted.sum())


#: :data:`LAUGH_PATTERN` compiled once (``re.search`` of the string looked it up in re's
#: cache for every text: half the cost of a weak-control read of a long chat)
_LAUGH = regex(LAUGH_PATTERN)
_NOT_OWN = regex(NOT_OWN_LAUGH)


def laughs(text: str) -> bool:
    """The same rule for one text."""
    return _LAUGH.search(text) is not None and _LAUGH.search(_NOT_OWN.sub("", text)) is not None


def counted_flags(flags: dict[str, np.ndarray], laugh: np.ndarray) -> None:
    """Clear safety flags on laughing messages, then depth flags where control or fear
    remains (in place; ``flags`` is :class:`~unmask.dyad.columns.DyadColumns` flags)."""
    for name in SAFETY_SIGNALS:
        if name in flags:
            flags[name] = flags[name] & ~laugh
    mask_depth(flags)


def control_or_fear(
    flags: dict[str, np.ndarray], held: np.ndarray | None = None
) -> np.ndarray | None:
    """Where a control or fear flag is set, or ``held`` (the control gate's probability
    level, h-gate: :attr:`unmask.dyad.columns.DyadColumns.held`) is; None: ``flags`` holds
    none of them and nothing is held."""
    hit: np.ndarray | None = None
    for name in (*CONTROL_SIGNALS, FEAR_SIGNAL):
        if name in flags:
            hit = flags[name] if hit is None else hit | flags[name]
    if held is not None:
        hit = held if hit is None else hit | held
    return hit


def mask_depth(
    flags: dict[str, np.ndarray],
    control: dict[str, np.ndarray] | None = None,
    held: np.ndarray | None = None,
) -> None:
    """Where a control or fear flag is set, clear every depth, bid and response flag;
    ``control``: where the control and fear flags are read (default: ``flags`` itself);
    ``held``: where else (the control gate's probability level, h-gate:
    :attr:`unmask.dyad.columns.DyadColumns.held`)."""
    hit = control_or_fear(flags if control is None else control, held)
    if hit is None or not hit.any():
        return
    for name in NOT_DEPTH:
        if name in flags:
            flags[name] = flags[name] & ~hit


@dataclass(frozen=True)
class PartnerSafety:
    """What one partner's messages hold (counts of counted messages)."""

    by_signal: dict[str, int]
    control: int
    control_days: int
    control_kinds: int
    window_days: int  # most control days within any WINDOW_DAYS-day window
    severe_days: int
    fear: int
    fear_days: int
    cycles: int
    #: days with weak control only, where the weak-control rule was read (:func:`weak_days`)
    weak_days: int = 0


@dataclass(frozen=True)
class SafetyReading:
    """The conversation's safety reading: per partner, the mode, and why."""

    mode: Mode
    partners: tuple[PartnerSafety, PartnerSafety]
    #: the rules that hold, e.g. ["fear_with_control:a"] (partner key of the control sender)
    reasons: list[str] = field(default_factory=list)
    #: indices into the dyad columns of every counted safety message, in time order
    messages: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    laughing_set_aside: int = 0


def _days(seconds: np.ndarray) -> np.ndarray:
    return unique(seconds // 86400)


def _max_in_window(days: np.ndarray, window: int) -> int:
    if len(days) == 0:
        return 0
    ends = np.searchsorted(days, days + window, side="left")
    return int((ends - np.arange(len(days))).max())


def _cycles(time: np.ndarray, outburst: np.ndarray, remorse: np.ndarray) -> int:
    """Remorse messages that follow an outburst of the same person within CYCLE_HOURS."""
    out_t = np.sort(time[outburst])
    rem_t = time[remorse]
    if len(out_t) == 0 or len(rem_t) == 0:
        return 0
    k = np.searchsorted(out_t, rem_t, side="right") - 1
    ok = k >= 0
    gap = rem_t[ok] - out_t[k[ok]]
    return int((gap <= CYCLE_HOURS * 3600).sum())


def _partner(
    who: int,
    partner: np.ndarray,
    time: np.ndarray,
    flags: dict[str, np.ndarray],
    scores: dict[str, np.ndarray],
) -> PartnerSafety:
    mine = partner == who
    zero = np.zeros(len(partner), dtype=bool)
    by_signal = {n: int((flags.get(n, zero) & mine).sum()) for n in SAFETY_SIGNALS}
    control = zero.copy()
    severe = zero.copy()
    kinds = 0
    for name in CONTROL_SIGNALS:
        f = flags.get(name, zero) & mine
        control |= f
        kinds += bool(f.any())
        if name in OUTBURST_SIGNALS and name in scores:
            severe |= f & (scores[name] >= SEVERE)
    fear = flags.get(FEAR_SIGNAL, zero) & mine
    outburst = zero.copy()
    for name in OUTBURST_SIGNALS:
        outburst |= flags.get(name, zero) & mine
    remorse = flags.get(REMORSE_SIGNAL, zero) & mine
    control_days = _days(time[control])
    return PartnerSafety(
        by_signal=by_signal,
        control=int(control.sum()),
        control_days=len(control_days),
        control_kinds=kinds,
        window_days=_max_in_window(control_days, WINDOW_DAYS),
        severe_days=len(_days(time[severe])),
        fear=int(fear.sum()),
        fear_days=len(_days(time[fear])),
        cycles=_cycles(time, outburst, remorse),
    )


def reasons_for(control_by: PartnerSafety, other: PartnerSafety) -> list[str]:
    """Which safety-mode rules hold with ``control_by`` as the sender of control."""
    out = []
    if other.fear >= FEAR_WITH_CONTROL and control_by.control >= CONTROL_WITH_FEAR:
        out.append("fear_with_control")
    if other.fear_days >= FEAR_DAYS:
        out.append("repeated_fear")
    if control_by.window_days >= CONTROL_DAYS and control_by.control_kinds >= CONTROL_KINDS:
        out.append("repeated_control")
    if control_by.severe_days >= SEVERE_DAYS or (
        control_by.severe_days >= 1 and control_by.cycles >= 1
    ):
        out.append("severe")
    return out


def weak_control_of(
    texts: Sequence[str],
    langs: Sequence[str],
    gated: np.ndarray,
    kept: np.ndarray | None = None,
) -> np.ndarray:
    """The safety model's probability of the five control kinds of each text (summed), 0
    where the text laughs, is not English or Chinese, or is read as depth (``gated``:
    :data:`WEAK_GATE`); the model reads only the texts that are left, by the language's weak
    reader (English: the frozen ``safety-weak-1``, :data:`unmask.signals.safety_model.WEAK_FILES`,
    h-safety53; Chinese: the counted model). ``kept``: each text's sum by that reader as the
    scorer kept it (NaN: not kept), read instead of the model where it is there."""
    out = np.zeros(len(texts), dtype=np.float64)
    for lang in safety_model.LANGS:
        pick = [
            k
            for k, (text, code) in enumerate(zip(texts, langs, strict=True))
            if code == lang and text and not gated[k] and not laughs(text)
        ]
        if pick and kept is not None:  # the scorer's own reading of them
            where = np.asarray(pick, dtype=np.int64)
            known = ~np.isnan(kept[where])
            out[where[known]] = kept[where[known]]
            pick = where[~known].tolist()
        if pick:  # each distinct text read once (a couple's texts repeat)
            distinct = list(dict.fromkeys(texts[k] for k in pick))
            probs = safety_model.control_sum(safety_model.predict(distinct, lang, weak=True))
            at = {text: i for i, text in enumerate(distinct)}
            out[pick] = probs[[at[texts[k]] for k in pick]]
    return out


def model_weak_reader(
    texts: pa.ChunkedArray | pa.Array,
    langs: Sequence[str],
    rows: np.ndarray,
    scores: dict[str, np.ndarray],
    control: np.ndarray | None = None,
) -> WeakReader | None:
    """The weak-control reader of an analysis (texts, languages and score columns of the
    message table; ``rows``: the dyad columns' table rows; ``control``: the table's
    :attr:`ScoreResult.weak_control`, where the scorer kept it), or None where the safety model
    is not there to read. With ``control`` the Chinese sums are the scorer's and the model's
    files are loaded here only where the rule reads an English message (the frozen weak
    reader, which the scorer leaves to the rule: h-speed64)."""
    if control is None and not safety_model.available():
        return None

    def read(idx: np.ndarray) -> np.ndarray:
        at = rows[idx]
        gated = weak_gated(scores, at)
        found = texts.take(array_of(at)).to_pylist()
        return weak_control_of(
            [t if isinstance(t, str) else "" for t in found],
            [langs[int(r)] for r in at],
            gated,
            None if control is None else control[at],
        )

    def langs_of(idx: np.ndarray) -> list[str]:
        return [langs[int(r)] for r in rows[idx]]

    return LevelledReader(read, langs_of)


def weak_reader_of(
    texts: pa.ChunkedArray | pa.Array, scores: ScoreResult, rows: np.ndarray
) -> WeakReader | None:
    """:func:`model_weak_reader` where ``scores`` were read with the safety model layer
    (their versions name it), else None: a run without the model reads no weak control."""
    mark = f"model:{safety_model.MODEL_VERSION}"
    if not any(mark in v for v in scores.versions.values()):
        return None
    control = scores.weak_control  # the weak readers' sums (h-safety53), as the scorer kept them
    if control is not None and len(control) != len(scores.lang):
        control = None  # not this table's rows: read by the model
    return model_weak_reader(texts, scores.lang, rows, scores.scores, control)


def _window_holds(counted: np.ndarray, weak: np.ndarray) -> bool:
    """Whether some :data:`WINDOW_DAYS`-day window holds :data:`WEAK_DAYS` of the distinct
    days ``counted`` and ``weak`` (disjoint, sorted), at least :data:`WEAK_COUNTED_DAYS`
    of the first and :data:`WEAK_ONLY_DAYS` of the second."""
    both = np.union1d(counted, weak)
    for start in both.tolist():
        end = start + WINDOW_DAYS
        inside = int(np.searchsorted(both, end) - np.searchsorted(both, start))
        c = int(np.searchsorted(counted, end) - np.searchsorted(counted, start))
        w = int(np.searchsorted(weak, end) - np.searchsorted(weak, start))
        if inside >= WEAK_DAYS and c >= WEAK_COUNTED_DAYS and w >= WEAK_ONLY_DAYS:
            return True
    return False


def weak_days(
    sender: int,
    who: np.ndarray,
    time: np.ndarray,
    flags: dict[str, np.ndarray],
    weak: WeakReader,
    is_text: np.ndarray | None = None,
    scores: Mapping[str, np.ndarray] | None = None,
) -> tuple[int, bool]:
    """(days with weak control only, whether the weak-control rule holds) for ``sender``.

    Only the sender's messages that count nothing (no safety flag) and lie within
    :data:`WINDOW_DAYS` days of one of the sender's counted control days are read, so a
    chat with no counted control costs nothing; ``is_text``: where the dyad columns are
    text messages (default: all). ``scores``: the messages' safety scores; where they hold
    the control columns, a counted day holds the rule up only by a counted message the
    model reads at its language's weak level or more (:func:`_anchor_days`)."""
    mine = who == sender
    zero = np.zeros(len(who), dtype=bool)
    control = zero.copy()
    for name in CONTROL_SIGNALS:
        control |= flags.get(name, zero)
    control &= mine
    counted = _days(time[control])
    if len(counted) < WEAK_COUNTED_DAYS:
        return 0, False
    flagged = zero.copy()
    for name in SAFETY_SIGNALS:
        flagged |= flags.get(name, zero)
    candidate = mine & ~flagged
    if is_text is not None:
        candidate &= is_text
    day = time // 86400
    # within a window of a counted day: some counted day in (day - WINDOW, day + WINDOW)
    k = np.searchsorted(counted, day)
    after = np.where(k < len(counted), counted[np.minimum(k, len(counted) - 1)] - day, WINDOW_DAYS)
    before = np.where(k > 0, day - counted[np.maximum(k - 1, 0)], WINDOW_DAYS)
    candidate &= np.minimum(after, before) < WINDOW_DAYS
    where = np.flatnonzero(candidate)
    if len(where) == 0:
        return 0, False
    hit = where[weak_at(weak, where)]
    weak_only = np.setdiff1d(_days(time[hit]), counted)
    anchors = counted if scores is None else _anchor_days(control, time, scores, weak)
    return len(weak_only), _window_holds(anchors, weak_only)


def _anchor_days(
    control: np.ndarray, time: np.ndarray, scores: Mapping[str, np.ndarray], weak: WeakReader
) -> np.ndarray:
    """The days of the counted control messages (``control``) that hold the weak-control
    rule up: those the model (``weak``) reads as control at their weak level or more
    (or scored :data:`WEAK_ANCHOR` or more, where it is set). Without the control score
    columns (a reading of flags alone) every counted day holds it up."""
    named = [np.asarray(scores[n], dtype=np.float64) for n in CONTROL_SIGNALS if n in scores]
    at = np.flatnonzero(control)
    if not named:
        return _days(time[at])
    if WEAK_ANCHOR is not None:
        top = np.max(np.nan_to_num(np.vstack(named)), axis=0)
        clear = at[top[at] >= WEAK_ANCHOR]
        at = at[top[at] < WEAK_ANCHOR]
    else:
        clear = at[:0]
    agreed = at[weak_at(weak, at)] if len(at) else at
    return _days(time[np.union1d(clear, agreed)])


def reading_of(
    who: np.ndarray,
    time: np.ndarray,
    flags: dict[str, np.ndarray],
    rows: np.ndarray,
    scores: dict[str, np.ndarray],
    weak: WeakReader | None = None,
) -> SafetyReading:
    """:func:`read_safety` of an analysis: dyad columns (``rows`` index the message
    table) and the table's full score columns, to count what laughing set aside;
    ``weak``: the weak-control reader (:func:`model_weak_reader`; None: no such rule)."""
    picked = {
        n: np.asarray(scores[n], dtype=np.float64)[rows] for n in SAFETY_SIGNALS if n in scores
    }
    raw = np.zeros(len(rows), dtype=bool)
    counted = np.zeros(len(rows), dtype=bool)
    for name, values in picked.items():
        raw |= values >= 0.5
        if name in flags:
            counted |= flags[name]
    # non-text messages have NaN scores (never >= 0.5), so raw holds text messages only
    is_text = None
    if weak is not None and picked:  # a text message has a score, a non-text one NaN
        is_text = ~np.isnan(next(iter(picked.values())))
    return read_safety(who, time, flags, picked, int((raw & ~counted).sum()), weak, is_text)


def read_safety(
    who: np.ndarray,
    time: np.ndarray,
    flags: dict[str, np.ndarray],
    scores: dict[str, np.ndarray] | None = None,
    laughing_set_aside: int = 0,
    weak: WeakReader | None = None,
    is_text: np.ndarray | None = None,
) -> SafetyReading:
    """The safety reading of a conversation.

    ``who`` (0/1), ``time`` (seconds) and ``flags`` are aligned dyad columns whose
    safety flags are already *counted* (:func:`counted_flags`); ``scores`` holds the
    same messages' safety scores (for severity; without it nothing is severe); ``weak``
    reads weak control (:func:`weak_days`; None: the rule is not read) where no other
    rule holds for the sender, of the messages ``is_text`` marks (default: all).
    """
    scores = scores or {}
    parts = [
        _partner(0, who, time, flags, scores),
        _partner(1, who, time, flags, scores),
    ]
    reasons = []
    for w in (0, 1):
        held = reasons_for(parts[w], parts[1 - w])
        if not held and weak is not None and parts[w].control:
            days, holds = weak_days(w, who, time, flags, weak, is_text, scores)
            parts[w] = replace(parts[w], weak_days=days)
            if holds:
                held = ["weak_control"]
        reasons += [f"{rule}:{'ab'[w]}" for rule in held]
    any_flag = np.zeros(len(who), dtype=bool)
    for name in (*CONTROL_SIGNALS, FEAR_SIGNAL):
        if name in flags:
            any_flag |= flags[name]
    counted = int(any_flag.sum())
    mode: Mode = "safety" if reasons else ("notice" if counted else "none")
    return SafetyReading(
        mode=mode,
        partners=(parts[0], parts[1]),
        reasons=reasons,
        messages=np.flatnonzero(any_flag),
        laughing_set_aside=laughing_set_aside,
    )
