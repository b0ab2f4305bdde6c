"""Turning a profile into messages, and writing out what was built in.

Everything is a pure function of the profile (its seed included): the same
profile gives byte-identical messages on every machine, which is what lets
the bundled samples be checked against a fresh generation.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from unmask.model import Message
from unmask_dev.synth.engine import LABELS, Event, MonthParams, Simulator, month_params
from unmask_dev.synth.phrases import load_bank
from unmask_dev.synth.profile import (
    BID_RESPONSES,
    INITIATE,
    RESPONSES,
    CoupleProfile,
    month_start,
)

PLATFORM = "whatsapp"


@dataclass(frozen=True)
class Labelled:
    """Generated messages with, in parallel, the component each was generated for."""

    messages: list[Message]
    labels: list[str]

    def __post_init__(self) -> None:
        if len(self.messages) != len(self.labels):
            raise ValueError("messages and labels must have the same length")


def _events(profile: CoupleProfile, scale: float) -> list[Event]:
    rng = random.Random(profile.seed)
    sim = Simulator(rng, load_bank(profile.lang), profile.pet_names)
    end = month_start(profile.start, profile.months)
    params: dict[int, MonthParams] = {}
    events: list[Event] = []
    day = profile.start
    while day < end:
        index = (day.year - profile.start.year) * 12 + day.month - profile.start.month
        mp = params.get(index)
        if mp is None:
            mp = params[index] = month_params(profile, index)
        events.extend(sim.day(day, mp, scale))
        day += timedelta(days=1)
    # a late session of the last day may run past midnight: the span is the span
    stop = datetime(end.year, end.month, end.day)
    while events and events[-1].time >= stop:
        events.pop()
    return events


def _to_labelled(profile: CoupleProfile, events: Sequence[Event]) -> Labelled:
    messages = [
        Message(
            conversation_id=profile.name,
            message_id=f"{profile.name}:{i}",
            timestamp=e.time.isoformat(timespec="seconds"),
            sender=profile.partners[e.sender],
            text=e.text,
            kind=e.kind,
            platform=PLATFORM,
        )
        for i, e in enumerate(events, start=1)
    ]
    return Labelled(messages, [e.label for e in events])


def generate_labelled(profile: CoupleProfile, n_messages: int | None = None) -> Labelled:
    """Messages of ``profile`` and the label (component) each was generated for.

    Without ``n_messages`` the profile's own activity decides the count. With
    it, the session rate is scaled so the whole time span is covered and the
    result is cut to exactly ``n_messages`` (the last days may be trimmed).
    """
    events = _events(profile, 1.0)
    if n_messages is not None:
        if n_messages < 1:
            raise ValueError("n_messages must be at least 1")
        scale = 1.0
        for _ in range(8):  # proportional correction: Poisson noise makes one step inexact
            if n_messages <= len(events) <= n_messages * 1.02:
                break
            scale *= n_messages / max(1, len(events)) * 1.01
            events = _events(profile, scale)
        while len(events) < n_messages:
            scale *= 1.05
            events = _events(profile, scale)
        events = events[:n_messages]
    return _to_labelled(profile, events)


def generate(profile: CoupleProfile, n_messages: int | None = None) -> list[Message]:
    """The chat of ``profile`` as canonical messages (platform "whatsapp"), chronological."""
    return generate_labelled(profile, n_messages).messages


def _shares(weights: Sequence[float], names: Sequence[str]) -> dict[str, float]:
    total = sum(weights)
    return {
        n: round(w / total, 4) if total > 0 else 0.0 for n, w in zip(names, weights, strict=True)
    }


def truth(profile: CoupleProfile) -> dict[str, Any]:
    """The intended schedule, month by month and partner by partner (JSON-able).

    ``initiate`` is the share of exchanges of each component among those the
    partner starts; ``respond_to_disclosure`` how the partner answers the
    other's disclosures; ``bid_response`` how they answer the other's bids;
    ``appeasement`` the chance of answering a plan, chore or decision with
    "up to you"; ``openness`` the chance of opening up when asked about
    feelings; latencies are median reply minutes.
    """
    months = []
    for index in range(profile.months):
        mp = month_params(profile, index)
        first = month_start(profile.start, index)
        partners = {}
        for name, pm in zip(profile.partners, mp.partners, strict=True):
            partners[name] = {
                "initiate": _shares(pm.initiate, INITIATE),
                "respond_to_disclosure": _shares(pm.respond, RESPONSES),
                "bid_response": _shares(pm.bids, BID_RESPONSES),
                "appeasement": round(pm.appease, 4),
                "openness": round(pm.openness, 4),
                "initiative": round(pm.initiative, 4),
                "latency_minutes": {
                    "depth": round(pm.latency_depth, 2),
                    "surface": round(pm.latency_surface, 2),
                },
            }
        months.append(
            {
                "month": f"{first.year:04d}-{first.month:02d}",
                "sessions_per_day": round(mp.sessions_per_day, 4),
                "partners": partners,
            }
        )
    return {
        "generator": "unmask_dev.synth",
        "profile": profile.name,
        "description": profile.description,
        "lang": profile.lang,
        "partners": list(profile.partners),
        "start": profile.start.isoformat(),
        "months": profile.months,
        "seed": profile.seed,
        "labels": list(LABELS),
        "schedule": months,
    }


def label_counts(labelled: Labelled) -> dict[str, dict[str, dict[str, int]]]:
    """Realised counts: month -> sender -> label -> number of messages."""
    counts: dict[str, dict[str, Counter[str]]] = {}
    for message, label in zip(labelled.messages, labelled.labels, strict=True):
        month = message.timestamp[:7]
        sender = message.sender or ""
        counts.setdefault(month, {}).setdefault(sender, Counter())[label] += 1
    return {
        month: {sender: dict(sorted(c.items())) for sender, c in sorted(by.items())}
        for month, by in sorted(counts.items())
    }


def span_days(profile: CoupleProfile) -> int:
    """Days from the profile's start to the end of its last month."""
    end: date = month_start(profile.start, profile.months)
    return (end - profile.start).days
