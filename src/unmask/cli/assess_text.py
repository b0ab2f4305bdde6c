"""What ``unmask assess`` says, in English and Chinese (kept apart from the flow).

The strings live in ``lang/<code>/text/assess.yaml`` (:mod:`unmask.lang.strings`); this
module gives the flow its two views of them: ``UI[lang][key]`` for one-line texts and
``INTRO[lang]`` for the intro screen's paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from unmask.lang.strings import LANGUAGES, strings

#: seconds per screen used for the intro's time estimate
SECONDS_PER_SCREEN = 10


class _Texts(Mapping[str, str]):
    """The one-line texts of one language (the intro's paragraphs are in :data:`INTRO`)."""

    def __init__(self, lang: str) -> None:
        self._lang = lang

    def _all(self) -> dict[str, str]:
        return {k: v for k, v in strings(self._lang, "assess").items() if isinstance(v, str)}

    def __getitem__(self, key: str) -> str:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


class _Intro(Mapping[str, list[str]]):
    def __getitem__(self, lang: str) -> list[str]:
        value = strings(lang, "assess")["intro"]
        return list(value) if isinstance(value, tuple) else [value]

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


UI: dict[str, Mapping[str, str]] = {lang: _Texts(lang) for lang in LANGUAGES}
#: the intro screen, one paragraph per entry
INTRO: Mapping[str, list[str]] = _Intro()
