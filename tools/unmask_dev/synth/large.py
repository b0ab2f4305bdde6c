"""A streaming, very large chat for the speed benchmarks.

One two-person conversation (the analysis needs two partners), but with
several couples' worth of variety: every 90 days the behaviour switches to a
random month of a random bundled profile (close or drifting), and each day is
written in Chinese with probability ``lang_mix``, else in English. The pace is
dense, 300 messages a day (more beyond 1.1M messages, to stay within ten
years), as the ingest benchmark's generator does; delays inside sessions are
compressed to fit it. Messages are yielded day by day: memory stays flat.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from unmask.model import Message
from unmask_dev.synth.engine import Simulator, month_params
from unmask_dev.synth.generate import PLATFORM
from unmask_dev.synth.phrases import load_bank
from unmask_dev.synth.profiles import PROFILES

LARGE_START = date(2014, 1, 1)
#: mean messages per session, measured on the bundled profiles (for the pace)
_MESSAGES_PER_SESSION = 4.5


def generate_large(
    n_messages: int,
    seed: int,
    lang_mix: float = 0.5,
    partners: tuple[str, str] = ("Sam", "Lin"),
    conversation_id: str = "large",
) -> Iterator[Message]:
    """Yield ``n_messages`` chronological messages between ``partners``.

    ``lang_mix`` is the share of days written in Chinese (0 = all English,
    1 = all Chinese). Same arguments, same messages.
    """
    if n_messages < 0:
        raise ValueError("n_messages must not be negative")
    if not 0.0 <= lang_mix <= 1.0:
        raise ValueError("lang_mix must be between 0 and 1")
    rng = random.Random(seed)
    sims = {
        lang: Simulator(
            rng, load_bank(lang), ("babe", "love") if lang == "en" else ("宝", "亲爱的")
        )
        for lang in ("en", "zh")
    }
    span_days = min(max(n_messages / 300.0, 30.0), 3650.0)
    per_day = max(1.0, n_messages / span_days)
    scale_sessions = per_day / _MESSAGES_PER_SESSION
    for sim in sims.values():
        # a dense pace only fits into the day with shorter pauses: compress time
        sim.min_gap_minutes = 1.0
        sim.tempo = min(1.0, 60.0 / per_day)
    names = sorted(PROFILES)
    count = 0
    day = LARGE_START
    clock = None
    mp = None
    while count < n_messages:
        if mp is None or (day - LARGE_START).days % 90 == 0:
            profile = PROFILES[rng.choice(names)]
            base = month_params(profile, rng.randrange(profile.months))
            scale = scale_sessions / max(0.1, base.sessions_per_day)
            mp = base
        sim = sims["zh" if rng.random() < lang_mix else "en"]
        sim.clock = clock
        for event in sim.day(day, mp, scale):
            count += 1
            yield Message(
                conversation_id=conversation_id,
                message_id=f"{conversation_id}:{count}",
                timestamp=event.time.isoformat(timespec="seconds"),
                sender=partners[event.sender],
                text=event.text,
                kind=event.kind,
                platform=PLATFORM,
            )
            if count >= n_messages:
                return
        clock = sim.clock
        day += timedelta(days=1)
