"""The bundled helplines: every documented country, both languages, no links."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from unmask import yamlload
from unmask.helplines import help_for

DOCUMENTED = ("US", "GB", "CA", "AU", "IE", "CN", "HK", "TW", "SG")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "safety.md"


def test_every_documented_country_has_an_emergency_number_and_a_line_in_both_languages() -> None:
    for lang in ("en", "zh"):
        help_ = help_for(lang)
        assert {c.id for c in help_.countries} == set(DOCUMENTED)
        for c in help_.countries:
            assert c.emergency and c.lines and c.name
        assert help_.elsewhere and help_.checked


def _data() -> dict[str, Any]:
    text = (
        resources.files("unmask.lang")
        .joinpath("common/text/helplines.yaml")
        .read_text(encoding="utf-8")
    )
    data: dict[str, Any] = yamlload.safe_load(text)
    return data


def _shown(value: object) -> list[str]:
    """Every text of the file a page may show: all but the `source` fields."""
    if isinstance(value, dict):
        return [t for k, v in value.items() if k != "source" for t in _shown(v)]
    if isinstance(value, list):
        return [t for v in value for t in _shown(v)]
    return [str(value)]


def test_the_data_file_holds_no_link_outside_its_sources() -> None:
    for text in _shown(_data()):
        assert "http" not in text and "www." not in text and ".org" not in text, text
    for lang in ("en", "zh"):  # and what the pages receive
        for c in help_for(lang).countries:
            for line in c.lines + c.crisis:
                assert "http" not in line and "www." not in line, line


def test_every_crisis_line_names_the_public_pages_it_was_checked_against() -> None:
    for country in _data()["countries"]:
        for line in country["crisis"]:
            sources = line.get("source")
            assert isinstance(sources, list) and sources, country["id"]
            assert all(str(s).startswith(("https://", "http://")) for s in sources)


def test_docs_list_the_same_numbers_and_the_date_checked() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    help_ = help_for("en")
    assert help_.checked in docs
    for number in (
        "1-800-799-7233",
        "0808 2000 247",
        "1800 737 732",
        "1800 341 900",
        "12338",
        "2343 2255",
        "113",
        "1800 777 0000",
    ):
        assert number in docs
