"""The report's interface strings in English and Chinese.

The data is in ``lang/<code>/text/report.yaml``, beside every other user-facing string.

Data, not logic: each language is one YAML file of ``key: text`` (or a list
of texts for the next-step ladders), loaded lazily with importlib.resources
and cached. Sentences about the couple's own figures are not here: they come
translated inside report.json. A missing key is a bug, so it raises rather
than showing an empty heading; tests check both files hold the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from unmask import yamlload
from unmask.errors import UnmaskError

LANGUAGES: tuple[str, ...] = ("en", "zh")


class LocaleError(UnmaskError):
    """A locale file is missing, malformed or lacks a key (a packaging bug)."""

    code = "E700"


@cache
def load(lang: str) -> dict[str, str | tuple[str, ...]]:
    """All strings of ``lang`` (cached)."""
    if lang not in LANGUAGES:
        raise LocaleError(f"report language must be one of {', '.join(LANGUAGES)}, not {lang!r}.")
    path = resources.files("unmask.lang").joinpath(f"{lang}/text/report.yaml")
    data = yamlload.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise LocaleError(f"unmask/lang/{lang}/text/report.yaml must be a mapping of key: text.")
    out: dict[str, str | tuple[str, ...]] = {}
    for key, value in data.items():
        if isinstance(value, str):
            out[str(key)] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[str(key)] = tuple(value)
        else:
            raise LocaleError(
                f"unmask/lang/{lang}/text/report.yaml: {key!r} must be a text or a list of texts."
            )
    return out


@dataclass(frozen=True)
class Strings:
    """The strings of one language, with ``str.format`` placeholders filled on demand."""

    lang: str

    def __call__(self, key: str, **values: object) -> str:
        raw = load(self.lang).get(key)
        if not isinstance(raw, str):
            raise LocaleError(f"unmask/lang/{self.lang}/text/report.yaml has no text {key!r}.")
        return raw.format(**values) if values else raw

    def items(self, key: str) -> tuple[str, ...]:
        """A list entry (the steps of a next-step ladder)."""
        raw = load(self.lang).get(key)
        if not isinstance(raw, tuple):
            raise LocaleError(f"unmask/lang/{self.lang}/text/report.yaml has no list {key!r}.")
        return raw

    def percent(self, value: float | None) -> str:
        return "–" if value is None else f"{100 * value:.0f}%"

    def number(self, value: float | None, digits: int = 1) -> str:
        return "–" if value is None else f"{value:,.{digits}f}"

    def count(self, value: int) -> str:
        return f"{value:,}"

    def minutes(self, value: float | None) -> str:
        """A reply time, in minutes below two hours and hours above."""
        if value is None:
            return self("latency.none")
        if value < 120:
            return self("minutes", m=f"{value:.0f}")
        return self("hours", h=f"{value / 60:.1f}")


def strings(lang: str) -> Strings:
    """The :class:`Strings` of ``lang`` (raises :class:`LocaleError` for unknown languages)."""
    load(lang)
    return Strings(lang)
