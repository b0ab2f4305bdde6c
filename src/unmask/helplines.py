"""Where help is: the one bundled list of emergency numbers and hotlines
(``lang/common/text/helplines.yaml``), shown by the report's safety page, the terminal summary
and the questionnaire's private screening; each country's ``crisis`` lines (suicide and crisis
lines) are shown by the crisis notice.

Plain text for the safety page and the terminal; no links, nothing loads. The file
carries the date its numbers were checked (docs/safety.md lists the countries).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from unmask import yamlload
from unmask.report.i18n import LocaleError


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    emergency: str
    lines: tuple[str, ...]
    #: suicide and crisis lines (the crisis notice, docs/safety.md)
    crisis: tuple[str, ...] = ()


@dataclass(frozen=True)
class Help:
    checked: str
    countries: tuple[Country, ...]
    elsewhere: str
    #: where to turn elsewhere, for the crisis notice
    crisis_elsewhere: str = ""

    @property
    def crisis_countries(self) -> tuple[Country, ...]:
        """The countries with suicide and crisis lines, in this list's order."""
        return tuple(c for c in self.countries if c.crisis)


#: countries shown first for a report language (the rest follow in file order)
FIRST: dict[str, tuple[str, ...]] = {"zh": ("CN", "HK", "TW", "SG")}


@cache
def _data() -> dict[str, Any]:
    text = (
        resources.files("unmask.lang")
        .joinpath("common/text/helplines.yaml")
        .read_text(encoding="utf-8")
    )
    data = yamlload.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("countries"), list):
        raise LocaleError(
            "unmask/lang/common/text/helplines.yaml must hold 'checked', 'countries', 'elsewhere'."
        )
    return data


def help_for(lang: str) -> Help:
    """The help list in ``lang`` ("en"/"zh"), countries of that language first."""
    data = _data()
    countries = [
        Country(
            str(c["id"]),
            str(c["name"][lang]),
            str(c["emergency"]),
            tuple(str(line[lang]) for line in c["lines"]),
            tuple(str(line[lang]) for line in c.get("crisis") or ()),
        )
        for c in data["countries"]
    ]
    first = FIRST.get(lang, ())
    countries.sort(key=lambda c: first.index(c.id) if c.id in first else len(first))
    return Help(
        str(data["checked"]),
        tuple(countries),
        str(data["elsewhere"][lang]),
        str(data["crisis_elsewhere"][lang]),
    )
