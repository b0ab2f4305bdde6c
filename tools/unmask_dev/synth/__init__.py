"""Realistic synthetic couple chats: scripted trajectories of surface and depth.

A :class:`CoupleProfile` scripts, month by month and partner by partner, how
often each component of the model (disclosure, responsiveness, bids,
bookkeeping, logistics, duty, appeasement, affection, gratitude, future and
we-talk, questions about the inner world, everyday chatter, media) happens;
:func:`generate` samples a chat from it with varied English or Chinese text
(phrase banks in ``templates/``), realistic timing and daily rhythm;
:func:`write_whatsapp` writes a real-looking export; :func:`truth` says what
was built in. Everything is deterministic given the profile's seed.
"""

from unmask_dev.synth.engine import LABELS
from unmask_dev.synth.generate import (
    Labelled,
    generate,
    generate_labelled,
    label_counts,
    truth,
)
from unmask_dev.synth.large import generate_large
from unmask_dev.synth.phrases import load_bank
from unmask_dev.synth.profile import (
    BID_RESPONSES,
    INITIATE,
    RESPONSES,
    CoupleProfile,
    Curve,
    PartnerSchedule,
    flat,
    ramp,
)
from unmask_dev.synth.profiles import PROFILES
from unmask_dev.synth.whatsapp import LAYOUTS, Layout, export_lines, write_whatsapp

__all__ = [
    "BID_RESPONSES",
    "INITIATE",
    "LABELS",
    "LAYOUTS",
    "PROFILES",
    "RESPONSES",
    "CoupleProfile",
    "Curve",
    "Labelled",
    "Layout",
    "PartnerSchedule",
    "export_lines",
    "flat",
    "generate",
    "generate_labelled",
    "generate_large",
    "label_counts",
    "load_bank",
    "ramp",
    "truth",
    "write_whatsapp",
]
