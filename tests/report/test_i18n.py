"""Both report languages hold the same strings, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from unmask.report.i18n import LANGUAGES, LocaleError, load, strings

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "unmask" / "report"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_languages_have_the_same_keys_and_placeholders() -> None:
    en, zh = load("en"), load("zh")
    assert set(en) == set(zh)
    for key, text in en.items():
        other = zh[key]
        if isinstance(text, tuple):
            assert isinstance(other, tuple) and len(other) == len(text), key
        else:
            assert isinstance(other, str) and _fields(text) == _fields(other), key


def test_chinese_strings_are_chinese() -> None:
    zh = load("zh")
    han = re.compile(r"[\u4e00-\u9fff]")
    untranslated = []
    for key, value in zh.items():
        words = re.sub(r"\{[^}]*\}", "", value) if isinstance(value, str) else ""
        if re.search(r"[A-Za-z]{4,}", words) and not han.search(words):
            untranslated.append(key)
    assert untranslated == []


def test_every_key_the_code_uses_exists() -> None:
    used: set[str] = set()
    for path in list(TEMPLATES.glob("*.py")) + list(TEMPLATES.glob("templates/*.j2")):
        used |= set(re.findall(r"""\bt\(\s*['"]([a-z_.]+)['"]""", path.read_text("utf-8")))
    assert used, "no t('...') calls found"
    assert used - set(load("en")) == set()


def test_unknown_language_and_missing_key_fail_clearly() -> None:
    with pytest.raises(LocaleError, match="en, zh"):
        strings("fr")
    with pytest.raises(LocaleError, match="no text 'nope'"):
        strings("en")("nope")
    assert LANGUAGES == ("en", "zh")


def test_formatting_helpers() -> None:
    t = strings("en")
    assert t.percent(0.234) == "23%" and t.percent(None) == "–"
    assert t.minutes(9.7) == "10 min" and t.minutes(150) == "2.5 h"
    assert strings("zh").minutes(30) == "30 分钟"


def test_slopes_that_round_to_zero_have_no_sign() -> None:
    from unmask.report.view import fmt_slope

    t = strings("en")
    assert fmt_slope(t, -0.004, "share") == "0 points"
    assert fmt_slope(t, 0.126, "share") == "+13 points"
    assert fmt_slope(t, -0.04, "per_100_messages") == "0"
    assert fmt_slope(t, -1.26, "per_100_messages") == "-1.3"
