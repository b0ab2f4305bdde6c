"""The report's sentences in English and Chinese.

Describe patterns, not persons; name what goes well as clearly as what is
missing; never claim clinical meaning. Placeholders are filled with
``str.format``; names are the partners' display names. The sentences live in
``lang/<code>/text/wording.yaml`` and the Chinese component names in
``lang/zh/text/labels.yaml``, beside every other user-facing string
(:mod:`unmask.lang.strings`).
"""

from __future__ import annotations

from unmask.lang.strings import LANGUAGES, strings


def _table(lang: str, domain: str) -> dict[str, str]:
    return {k: v for k, v in strings(lang, domain).items() if isinstance(v, str)}


def text(lang: str, key: str, **values: object) -> str:
    """A sentence in ``lang`` (English when the language has no wording)."""
    table = _table(lang if lang in LANGUAGES else "en", "wording")
    return table[key].format(**values)


def label(lang: str, component_id: str, english: str) -> str:
    """A component label in ``lang``."""
    return _table("zh", "labels").get(component_id, english) if lang == "zh" else english
