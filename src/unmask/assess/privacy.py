"""Sections a partner keeps private, and the instrument a comparison may show.

Before sealing, each partner may mark sections as private: a group of scales
(for the built-in inventory: surface, depth, motives, roots), the life-domain
ratings (``dreams``) or the free-text ``hopes``. A private section is left out
of the comparison *for both partners* - their answers, their guesses about
each other, the scale scores and the item lists - so the report neither shows
it nor tells who asked for it to be left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from unmask.assess.instrument import Instrument

DREAMS = "dreams"
HOPES = "hopes"


def private_sections(instrument: Instrument) -> tuple[str, ...]:
    """The sections of ``instrument`` that can be kept private, in questionnaire order."""
    groups: list[str] = []
    for scale in instrument.scales:
        if scale.group not in groups:
            groups.append(scale.group)
    extra = [
        s for s, on in ((DREAMS, bool(instrument.domains)), (HOPES, instrument.max_hopes)) if on
    ]
    return tuple(groups + [s for s in extra if s not in groups])


def section_label(instrument: Instrument, section: str, lang: str) -> str:
    """``roots: Attachment anxiety, Family emotional climate, ...`` for the prompt."""
    names = [instrument.text(s.name, lang) for s in instrument.scales if s.group == section]
    if names:
        return f"{section}: {', '.join(names)}"
    labels = {
        DREAMS: {"en": "the next five years (life domains)", "zh": "未来五年（生活领域）"},
        HOPES: {"en": "your hopes (free text)", "zh": "你的期望（自由文字）"},
    }
    return (
        f"{section}: {labels.get(section, {}).get(lang) or labels.get(section, {}).get('en', '')}"
    )


def shown_instrument(instrument: Instrument, private: Iterable[str]) -> Instrument:
    """``instrument`` without the private sections (what a comparison may show)."""
    hidden = set(private)
    if not hidden:
        return instrument
    scales = tuple(s for s in instrument.scales if s.group not in hidden)
    hidden_items = {i for s in instrument.scales if s.group in hidden for i in s.items}
    kept_items = {i for s in scales for i in s.items}
    items = tuple(i for i in instrument.items if i.id in kept_items or i.id not in hidden_items)
    out = replace(instrument, scales=scales, items=items)
    if DREAMS in hidden:
        out = replace(out, domains=(), domain_scale=None, domain_prompt=None)
    if HOPES in hidden:
        out = replace(out, max_hopes=0, hopes_prompt=None)
    return out
