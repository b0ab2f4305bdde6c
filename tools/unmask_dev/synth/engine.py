"""The simulation: days made of sessions, sessions made of scripted exchanges.

One *exchange* is a small script: a partner starts something (a disclosure,
a bid, a bill to split...) and the other answers in the way the month's
schedule says (responsive, deflecting, appeasing, silent...). Every message
carries the label of what it was generated for, so tests and the analysis
benchmarks can count what was built in.

Timing choices (documented in docs/samples.md):

* sessions start at hours drawn from a daily rhythm (morning commute, lunch,
  evening peak; later and flatter at weekends); a day has a Poisson number of
  sessions; a session holds 1-6 exchanges a few minutes apart;
* a reply comes after a log-normal delay around the responder's median for
  that kind of message: ``latency_depth`` for answers to disclosures, bids,
  affection and questions, ``latency_surface`` for money, logistics and duty.
  The drifting profiles slow down on depth while staying prompt on logistics
  (the chores still get done); the close ones answer feelings fast;
* a sender's own follow-up comes seconds later, plus typing time.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from unmask_dev.synth.phrases import PhraseBank
from unmask_dev.synth.profile import (
    BID_RESPONSES,
    INITIATE,
    RESPONSES,
    CoupleProfile,
    Curve,
    PartnerSchedule,
)

#: every label a generated message can carry (docs/samples.md explains each)
LABELS: tuple[str, ...] = (
    "disclosure.emotional",
    "disclosure.vulnerable",
    "followup",
    "response.responsive",
    "response.minimal",
    "response.deflecting",
    "response.dismissive",
    "after_support",
    "nudge",
    "bid",
    "bid.toward",
    "bid.away",
    "bid.against",
    "transactional",
    "logistics",
    "duty",
    "decision",
    "preference",
    "appeasement",
    "affection",
    "gratitude",
    "future",
    "future.away",
    "we_talk",
    "we_talk.reply",
    "inner_question",
    "inner_deflect",
    "minimal",
    "chatter",
    "chatter.reply",
    "media",
    "media.reply",
    "deleted",
)

_WEEKDAY_HOURS = (
    0.3, 0.1, 0.03, 0.0, 0.0, 0.02, 0.3, 1.2, 1.5, 0.8, 0.6, 0.8,
    1.6, 1.3, 0.7, 0.6, 0.8, 1.4, 1.6, 1.5, 1.8, 2.0, 1.6, 0.9,
)  # fmt: skip
_WEEKEND_HOURS = (
    0.6, 0.3, 0.1, 0.02, 0.0, 0.0, 0.05, 0.2, 0.6, 1.1, 1.4, 1.5,
    1.5, 1.3, 1.2, 1.2, 1.3, 1.4, 1.5, 1.6, 1.8, 1.8, 1.5, 1.1,
)  # fmt: skip
_MEDIA_NAMES = ("image omitted", "video omitted", "audio omitted", "sticker omitted", "GIF omitted")
_MEDIA_WEIGHTS = (70.0, 10.0, 8.0, 8.0, 4.0)
_PET_LABELS = frozenset({"affection", "response.responsive", "chatter", "logistics", "bid"})
_WARM_LABELS = frozenset(
    {"affection", "response.responsive", "gratitude", "future", "bid.toward", "after_support"}
)


@dataclass(frozen=True)
class PartnerMonth:
    """A partner's schedule evaluated at one month."""

    initiate: tuple[float, ...]
    respond: tuple[float, ...]
    bids: tuple[float, ...]
    appease: float
    openness: float
    initiative: float
    latency_depth: float
    latency_surface: float
    pet: float

    @property
    def toward(self) -> float:
        """Share of bids this partner turns toward."""
        total = sum(self.bids)
        return self.bids[0] / total if total > 0 else 0.0


@dataclass(frozen=True)
class MonthParams:
    sessions_per_day: float
    partners: tuple[PartnerMonth, PartnerMonth]


def _eval(sched: PartnerSchedule, month: float) -> PartnerMonth:
    def weights(table: Mapping[str, Curve], names: Sequence[str]) -> tuple[float, ...]:
        return tuple(max(0.0, table[n].at(month)) if n in table else 0.0 for n in names)

    return PartnerMonth(
        initiate=weights(sched.initiate, INITIATE),
        respond=weights(sched.respond, RESPONSES),
        bids=weights(sched.bids, BID_RESPONSES),
        appease=sched.appease.at(month),
        openness=sched.openness.at(month),
        initiative=sched.initiative.at(month),
        latency_depth=sched.latency_depth.at(month),
        latency_surface=sched.latency_surface.at(month),
        pet=sched.pet.at(month),
    )


def month_params(profile: CoupleProfile, month: int) -> MonthParams:
    """The profile's schedule evaluated at the middle of month ``month``."""
    m = month + 0.5
    a, b = profile.schedules
    return MonthParams(profile.sessions_per_day.at(m), (_eval(a, m), _eval(b, m)))


class Event(NamedTuple):
    time: datetime
    sender: int
    label: str
    text: str
    kind: str


class _Line(NamedTuple):
    sender: int
    label: str
    text: str
    kind: str
    delay: float  # seconds after the previous line


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


class Simulator:
    """Generates the events of consecutive days for one couple in one language.

    State is only the clock (the time of the last message), so that sessions
    never overlap and the output is chronological across days.
    """

    def __init__(self, rng: random.Random, bank: PhraseBank, pet_names: tuple[str, str]) -> None:
        self.rng = rng
        self.bank = bank
        self.pet_names = pet_names
        self.clock: datetime | None = None
        #: the least silence between two sessions, in minutes (the large benchmark
        #: chat lowers it to fit its dense pace into the day)
        self.min_gap_minutes = 10.0
        #: multiplier on every delay inside a session (1 = the documented latencies)
        self.tempo = 1.0
        #: slot values shared by the messages of the current exchange
        self.memo: dict[str, str] = {}

    # -- days and sessions -------------------------------------------------

    def day(self, day: date, mp: MonthParams, scale: float = 1.0) -> list[Event]:
        rng = self.rng
        weekend = day.weekday() >= 5
        lam = mp.sessions_per_day * scale * (1.15 if weekend else 1.0)
        hours = _WEEKEND_HOURS if weekend else _WEEKDAY_HOURS
        starts = sorted(
            datetime(day.year, day.month, day.day, rng.choices(range(24), hours)[0])
            + timedelta(seconds=rng.randrange(3600))
            for _ in range(_poisson(rng, lam))
        )
        events: list[Event] = []
        for start in starts:
            gap = self.min_gap_minutes
            if self.clock is not None and start < self.clock + timedelta(minutes=gap):
                start = self.clock + timedelta(minutes=rng.uniform(gap, 9 * gap))
            events.extend(self._session(start, mp))
        return events

    def _session(self, start: datetime, mp: MonthParams) -> list[Event]:
        rng = self.rng
        speaker = rng.choices((0, 1), (mp.partners[0].initiative, mp.partners[1].initiative))[0]
        n = 1
        while n < 6 and rng.random() < 0.5:
            n += 1
        t = start
        out: list[Event] = []
        for k in range(n):
            if k:
                t += timedelta(seconds=self.tempo * _lognormal(rng, 240.0, 0.9, 20.0, 3600.0))
                speaker = 1 - speaker if rng.random() < 0.6 else speaker
            pm = mp.partners[speaker]
            if sum(pm.initiate) <= 0:
                continue
            component = rng.choices(INITIATE, pm.initiate)[0]
            for i, line in enumerate(self._exchange(component, speaker, mp)):
                if i or k:
                    t += timedelta(seconds=self.tempo * line.delay)
                out.append(
                    Event(t.replace(microsecond=0), line.sender, line.label, line.text, line.kind)
                )
        if out:
            self.clock = out[-1].time
        return out

    # -- exchanges ------------------------------------------------------------

    def _exchange(self, component: str, s: int, mp: MonthParams) -> list[_Line]:
        script = _SCRIPTS[component.split(".")[0]]
        self.memo = {}
        lines: list[_Line] = []
        script(self, lines, component, s, mp)
        return lines

    def say(
        self,
        lines: list[_Line],
        sender: int,
        bank: str,
        label: str,
        delay: float,
        mp: MonthParams,
        text: str | None = None,
    ) -> None:
        """Append one message of ``bank`` (or the given ``text``) by ``sender``."""
        rng = self.rng
        pm = mp.partners[sender]
        pet = self.pet_names[sender]
        if text is None:
            text = self.bank.fill(rng, bank, pet, self.memo)
        if label in _PET_LABELS and pet not in text and rng.random() < pm.pet:
            text = _with_pet(rng, text, pet, self.bank.lang)
        warm = pm.pet + 0.3 if label in _WARM_LABELS else 0.05
        text = self.bank.roughen(rng, text, min(1.0, warm))
        typing = 0.25 * len(text) if self.bank.lang == "en" else 0.6 * len(text)
        lines.append(_Line(sender, label, text, "text", delay + typing))

    def reply_delay(self, responder: PartnerMonth, depth: bool) -> float:
        median = (responder.latency_depth if depth else responder.latency_surface) * 60.0
        return _lognormal(self.rng, median, 1.0, 4.0, 8 * 3600.0)

    def quick(self) -> float:
        return self.rng.uniform(3.0, 45.0)

    def media(self, lines: list[_Line], sender: int, delay: float) -> None:
        text = self.rng.choices(_MEDIA_NAMES, _MEDIA_WEIGHTS)[0]
        kind = "sticker" if text.startswith("sticker") else "media"
        lines.append(_Line(sender, "media", text, kind, delay))

    def merge_last(self, lines: list[_Line]) -> None:
        """Join the last two lines (same sender) into one multi-line message."""
        a, b = lines[-2], lines[-1]
        if a.sender == b.sender and a.kind == b.kind == "text":
            lines[-2:] = [a._replace(text=a.text + "\n" + b.text)]


def _with_pet(rng: random.Random, text: str, pet: str, lang: str) -> str:
    """Add a pet name where people put it: in front, or before the final ?/!."""
    if lang == "zh":
        return f"{pet}，{text}" if rng.random() < 0.5 else f"{text}{pet}"
    if rng.random() < 0.3:
        return f"{pet}, {text}"
    if text[-1:] in "?!":
        return f"{text[:-1]} {pet}{text[-1]}"
    return f"{text} {pet}"


def _lognormal(rng: random.Random, median: float, sigma: float, lo: float, hi: float) -> float:
    return min(hi, max(lo, median * math.exp(rng.gauss(0.0, sigma))))


# -- the scripts: one function per component -------------------------------------

Script = Callable[[Simulator, list[_Line], str, int, MonthParams], None]


def _disclosure(
    sim: Simulator, lines: list[_Line], component: str, s: int, mp: MonthParams, delay: float = 0.0
) -> None:
    rng = sim.rng
    bank = "disclosure_vulnerable" if component.endswith("vulnerable") else "disclosure_emotional"
    sim.say(lines, s, bank, component, delay, mp)
    if rng.random() < 0.3:
        sim.say(lines, s, "disclosure_more", "followup", sim.quick(), mp)
        if rng.random() < 0.3:
            sim.merge_last(lines)
    _answer_disclosure(sim, lines, s, mp)


def _answer_disclosure(sim: Simulator, lines: list[_Line], s: int, mp: MonthParams) -> None:
    rng, o = sim.rng, 1 - s
    po = mp.partners[o]
    how = rng.choices(RESPONSES, po.respond)[0] if sum(po.respond) > 0 else "none"
    if how == "none":
        if rng.random() < 0.35:
            lines.append(
                _Line(
                    s,
                    "nudge",
                    sim.bank.fill(rng, "after_silence", ""),
                    "text",
                    rng.uniform(1200.0, 5400.0),
                )
            )
        return
    sim.say(lines, o, f"response_{how}", f"response.{how}", sim.reply_delay(po, True), mp)
    if how == "responsive":
        if rng.random() < 0.4:
            sim.say(lines, o, "response_responsive", "response.responsive", sim.quick(), mp)
        if rng.random() < 0.6:
            sim.say(
                lines,
                s,
                "after_support",
                "after_support",
                sim.reply_delay(mp.partners[s], True),
                mp,
            )
    elif how == "deflecting" and rng.random() < 0.5:
        bank, label = ("appeasement", "appeasement")
        if rng.random() < 0.5:
            bank, label = "logistics_answer", "logistics"
        sim.say(lines, s, bank, label, sim.reply_delay(mp.partners[s], False), mp)
    elif how == "dismissive" and rng.random() < 0.4:
        sim.say(lines, s, "after_silence", "nudge", sim.reply_delay(mp.partners[s], True), mp)


def _bid(sim: Simulator, lines: list[_Line], component: str, s: int, mp: MonthParams) -> None:
    rng, o = sim.rng, 1 - s
    po = mp.partners[o]
    sim.say(lines, s, "bid", "bid", 0.0, mp)
    how = rng.choices(BID_RESPONSES, po.bids)[0] if sum(po.bids) > 0 else "away"
    if how == "away" and rng.random() < 0.5:
        return  # ignored: no answer at all
    sim.say(lines, o, f"bid_{how}", f"bid.{how}", sim.reply_delay(po, True), mp)
    if how == "toward" and rng.random() < 0.5:
        sim.say(
            lines, s, "chatter_back", "chatter.reply", sim.reply_delay(mp.partners[s], True), mp
        )


def _surface(ask: str, answer: str | None, label: str, appease: bool) -> Script:
    """Ask something practical; the other appeases, answers, or (rarely) says nothing.

    ``ask`` may be a paired bank (``ask || answer``): its own answer is used
    most of the time, else the generic ``answer`` bank.
    """

    def script(sim: Simulator, lines: list[_Line], component: str, s: int, mp: MonthParams) -> None:
        o = 1 - s
        po = mp.partners[o]
        text, fitting = sim.bank.fill_pair(sim.rng, ask, sim.pet_names[s], sim.memo)
        sim.say(lines, s, ask, component, 0.0, mp, text=text)
        delay = sim.reply_delay(po, False)
        if appease and sim.rng.random() < po.appease:
            sim.say(lines, o, "appeasement", "appeasement", delay, mp)
        elif sim.rng.random() < 0.92:
            if fitting is not None and (answer is None or sim.rng.random() < 0.75):
                sim.say(lines, o, "", label, delay, mp, text=fitting)
            elif answer is not None:
                sim.say(lines, o, answer, label, delay, mp)

    return script


def _transactional(
    sim: Simulator, lines: list[_Line], component: str, s: int, mp: MonthParams
) -> None:
    o = 1 - s
    sim.say(lines, s, "money_ask", "transactional", 0.0, mp)
    if sim.rng.random() < 0.9:
        sim.say(
            lines, o, "money_settle", "transactional", sim.reply_delay(mp.partners[o], False), mp
        )
        if sim.rng.random() < 0.6:
            sim.say(
                lines, s, "money_ack", "transactional", sim.reply_delay(mp.partners[s], False), mp
            )


def _warm(
    ask: str, label: str, toward: str, toward_label: str, away: str, away_label: str
) -> Script:
    """An exchange whose answer depends on how the other turns toward bids."""

    def script(sim: Simulator, lines: list[_Line], component: str, s: int, mp: MonthParams) -> None:
        o = 1 - s
        po = mp.partners[o]
        sim.say(lines, s, ask, label, 0.0, mp)
        if sim.rng.random() < po.toward:
            sim.say(lines, o, toward, toward_label, sim.reply_delay(po, True), mp)
        elif sim.rng.random() < 0.6:
            sim.say(lines, o, away, away_label, sim.reply_delay(po, True), mp)

    return script


def _inner_question(
    sim: Simulator, lines: list[_Line], component: str, s: int, mp: MonthParams
) -> None:
    rng, o = sim.rng, 1 - s
    po = mp.partners[o]
    sim.say(lines, s, "inner_question", "inner_question", 0.0, mp)
    if rng.random() < po.openness:
        kind = "disclosure.vulnerable" if rng.random() < 0.4 else "disclosure.emotional"
        _disclosure(sim, lines, kind, o, mp, delay=sim.reply_delay(po, True))
    else:
        sim.say(lines, o, "inner_deflect", "inner_deflect", sim.reply_delay(po, True), mp)


def _chatter(sim: Simulator, lines: list[_Line], component: str, s: int, mp: MonthParams) -> None:
    rng, o = sim.rng, 1 - s
    if rng.random() < 0.01:
        lines.append(_Line(s, "deleted", "This message was deleted", "deleted", 0.0))
    sim.say(lines, s, "chatter", "chatter", sim.quick() if lines else 0.0, mp)
    if rng.random() < 0.25:
        sim.say(lines, s, "chatter", "chatter", sim.quick(), mp)
        if rng.random() < 0.15:
            sim.merge_last(lines)
    if rng.random() < 0.3 + 0.4 * mp.partners[o].toward:
        sim.say(
            lines, o, "chatter_back", "chatter.reply", sim.reply_delay(mp.partners[o], True), mp
        )


def _media(sim: Simulator, lines: list[_Line], component: str, s: int, mp: MonthParams) -> None:
    rng, o = sim.rng, 1 - s
    sim.media(lines, s, 0.0)
    if rng.random() < 0.3:
        sim.media(lines, s, sim.quick())
    if rng.random() < 0.2 + 0.5 * mp.partners[o].toward:
        sim.say(lines, o, "media_reply", "media.reply", sim.reply_delay(mp.partners[o], True), mp)


_SCRIPTS: dict[str, Script] = {
    "disclosure": _disclosure,
    "bid": _bid,
    "transactional": _transactional,
    "logistics": _surface("logistics_ask", "logistics_answer", "logistics", True),
    "duty": _surface("duty_ask", "duty_answer", "duty", True),
    "decision": _surface("decision_ask", None, "preference", True),
    "affection": _warm(
        "affection", "affection", "affection_back", "affection", "response_minimal", "minimal"
    ),
    "gratitude": _warm(
        "gratitude", "gratitude", "gratitude_back", "gratitude", "response_minimal", "minimal"
    ),
    "future": _warm("future", "future", "future_toward", "future", "future_away", "future.away"),
    "we_talk": _warm(
        "we_talk", "we_talk", "we_talk_back", "we_talk.reply", "response_minimal", "minimal"
    ),
    "inner_question": _inner_question,
    "chatter": _chatter,
    "media": _media,
}
