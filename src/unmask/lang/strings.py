"""Every user-facing string of a language, in one place: ``lang/<code>/text/<domain>.yaml``.

A domain is one part of the product (``assess``: the questionnaire's screens; ``report``:
the report's interface; ``wording``: the report's sentences about the couple). Each file
is a mapping of ``key: text`` (a list of texts where a screen has several paragraphs),
loaded lazily through importlib.resources (works from a wheel) and cached. Every
language has the same keys in every domain (tests/lang/test_strings.py checks it).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from unmask import yamlload
from unmask.errors import UnmaskError

LANGUAGES: tuple[str, ...] = ("en", "zh")
DOMAINS: tuple[str, ...] = ("assess", "report", "wording", "guide", "web", "cli")

Strings = dict[str, str | tuple[str, ...]]


class StringsError(UnmaskError):
    """A strings file is missing or malformed (a packaging bug)."""

    code = "E701"


@cache
def strings(lang: str, domain: str) -> Strings:
    """All strings of ``domain`` in ``lang`` (cached)."""
    if lang not in LANGUAGES:
        raise StringsError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}.")
    where = f"unmask/lang/{lang}/text/{domain}.yaml"
    try:
        text = (
            resources.files("unmask.lang")
            .joinpath(f"{lang}/text/{domain}.yaml")
            .read_text(encoding="utf-8")
        )
    except FileNotFoundError:
        raise StringsError(f"{where} is missing from the installation.") from None
    data = yamlload.safe_load(text)
    if not isinstance(data, dict):
        raise StringsError(f"{where} must be a mapping of key: text.")
    out: Strings = {}
    for key, value in data.items():
        if isinstance(value, str):
            out[str(key)] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[str(key)] = tuple(value)
        else:
            raise StringsError(f"{where}: {key!r} must be a text or a list of texts.")
    return out


def text(lang: str, domain: str, key: str) -> str:
    """One string (a KeyError names the file when the key is missing)."""
    value = strings(lang, domain).get(key)
    if not isinstance(value, str):
        raise StringsError(f"unmask/lang/{lang}/text/{domain}.yaml has no text {key!r}.")
    return value
