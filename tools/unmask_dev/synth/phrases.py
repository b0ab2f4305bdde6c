"""Phrase banks: template text with slots, filled and roughened like real typing.

The banks are data (``templates/en.yaml``, ``templates/zh.yaml``), loaded
once per language with :mod:`importlib.resources`. Filling a template picks
slot values, formats amounts, times and links, and then applies *noise* the
way people type on phones: lower-case starts, dropped full stops, typos and
abbreviations, emoji, the odd message in traditional characters (Chinese).
All randomness comes from the ``random.Random`` passed in.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

_SLOT = re.compile(r"\{(\w+)\}")
#: separators of paired templates: "ask || answer | other answer"
PAIR = " || "
ALT = " | "
_COMPUTED = {"amount", "half", "time", "day", "link", "pet"}
#: slots that keep their value through one exchange (ask and answer agree)
_SHARED = frozenset({"amount", "half", "bill", "person", "worry", "place", "time", "day"})
_LINK_CHARS = string.ascii_letters + string.digits

_EN_DAYS = ("tomorrow", "Monday", "Tuesday", "Wed", "Thursday", "Fri", "Saturday", "today")
_ZH_DAYS = ("明天", "后天", "周一", "周二", "周三", "周四", "周五", "周六", "今天")
_ZH_HOURS = ("七", "八", "九", "十", "六", "五", "三", "两")
_EN_LINKS = (
    "https://youtu.be/",
    "https://www.instagram.com/p/",
    "https://vm.tiktok.com/",
    "https://www.bbc.co.uk/news/articles/",
    "https://www.airbnb.com/rooms/",
)
_ZH_LINKS = (
    "https://b23.tv/",
    "https://www.xiaohongshu.com/explore/",
    "https://v.douyin.com/",
    "https://mp.weixin.qq.com/s/",
)


@dataclass(frozen=True)
class PhraseBank:
    """One language's banks, slot lists, emoji and noise tables."""

    lang: str
    banks: dict[str, tuple[str, ...]]
    slots: dict[str, tuple[str, ...]]
    emoji: tuple[str, ...]
    warm_emoji: tuple[str, ...]
    pet_names: tuple[str, ...]
    typos: dict[str, str]
    traditional: dict[str, str]

    def fill(
        self, rng: random.Random, bank: str, pet: str, memo: dict[str, str] | None = None
    ) -> str:
        """A random template of ``bank`` with its slots filled (no noise yet).

        ``memo`` holds the slot values of the current exchange: the answer to
        "your half of the internet is 23" transfers 23 for the internet, not
        some other sum for some other bill.
        """
        template = rng.choice(self.banks[bank]).split(PAIR)[0]
        return self._fill(rng, template, pet, memo)

    def fill_pair(
        self, rng: random.Random, bank: str, pet: str, memo: dict[str, str] | None = None
    ) -> tuple[str, str | None]:
        """An ask and a fitting answer from a paired bank (``ask || answer | answer``).

        The answer is ``None`` when the template has none.
        """
        memo = {} if memo is None else memo
        template = rng.choice(self.banks[bank])
        ask, _, answers = template.partition(PAIR)
        answer = rng.choice(answers.split(ALT)) if answers else None
        filled = self._fill(rng, ask, pet, memo)
        return filled, None if answer is None else self._fill(rng, answer, pet, memo)

    def _fill(
        self, rng: random.Random, template: str, pet: str, memo: dict[str, str] | None
    ) -> str:
        memo = {} if memo is None else memo
        if ("{amount}" in template or "{half}" in template) and "amount" not in memo:
            memo["amount"], memo["half"] = _money(rng, self.lang)

        def slot(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in _SHARED:
                return self._slot(rng, name, pet)
            if name not in memo:
                memo[name] = self._slot(rng, name, pet)
            return memo[name]

        return _SLOT.sub(slot, template)

    def money(self, rng: random.Random) -> tuple[str, str]:
        """A bill total and its half, written alike."""
        return _money(rng, self.lang)

    def _slot(self, rng: random.Random, name: str, pet: str) -> str:
        if name == "pet":
            return pet
        if name == "time":
            return _time(rng, self.lang)
        if name == "day":
            return rng.choice(_ZH_DAYS if self.lang == "zh" else _EN_DAYS)
        if name == "link":
            return _link(rng, self.lang)
        return rng.choice(self.slots[name])

    def roughen(self, rng: random.Random, text: str, warm: float) -> str:
        """Phone-typing noise; ``warm`` in [0, 1] raises the chance of a warm emoji."""
        text = self._roughen_zh(rng, text) if self.lang == "zh" else self._roughen_en(rng, text)
        r = rng.random()
        if r < 0.22 * warm:
            text += rng.choice(("", " ")) + rng.choice(self.warm_emoji)
        elif r < 0.22 * warm + 0.06:
            text += rng.choice(("", " ")) + rng.choice(self.emoji)
        return text

    def _roughen_en(self, rng: random.Random, text: str) -> str:
        if text[:1].isupper() and not text.startswith(("I ", "I'")) and rng.random() < 0.3:
            text = text[0].lower() + text[1:]
        elif text[:1].islower() and rng.random() < 0.25:
            text = text[0].upper() + text[1:]
        if rng.random() < 0.05:
            words = text.split(" ")
            hits = [i for i, w in enumerate(words) if w.lower() in self.typos]
            if hits:
                i = rng.choice(hits)
                words[i] = self.typos[words[i].lower()]
                text = " ".join(words)
        if rng.random() < 0.03 and len(text) > 6:
            i = rng.randrange(1, len(text) - 2)
            if text[i].isalpha() and text[i + 1].isalpha():
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if rng.random() < 0.12 and text[-1:].isalpha():
            text += rng.choice((".", "!", "...", "!!"))
        return text

    def _roughen_zh(self, rng: random.Random, text: str) -> str:
        if rng.random() < 0.03:
            hits = [c for c in self.typos if c in text]
            if hits:
                c = rng.choice(hits)
                text = text.replace(c, self.typos[c], 1)
        if rng.random() < 0.08 and text[-1:] not in "？！。?!":
            text += rng.choice(("哈哈", "哈哈哈", "啊", "呢", "~", "。", "！"))
        if rng.random() < 0.03:
            converted = "".join(self.traditional.get(c, c) for c in text)
            if _all_traditional(converted):
                text = converted
        return text


def _all_traditional(text: str) -> bool:
    """True when every CJK character exists in Big5 (the traditional charset).

    The conversion table is small; a message it cannot convert completely
    stays in simplified characters rather than becoming a mix.
    """
    for c in text:
        if "\u4e00" <= c <= "\u9fff":
            try:
                c.encode("big5")
            except UnicodeEncodeError:
                return False
    return True


def _money(rng: random.Random, lang: str) -> tuple[str, str]:
    """A total and its half, written alike (same currency style), as people split bills."""
    cents = rng.randint(0, 99) if (lang == "en" and rng.random() < 0.4) else 0
    value = rng.choice((rng.randint(8, 120), rng.randint(20, 400), rng.randint(300, 2400)))
    total = value * 100 + cents
    if lang == "zh":
        style = rng.choice(("{}", "{}元", "¥{}", "{}块"))
    else:
        style = rng.choice(("{}", "${}", "£{}", "€{}"))
    return style.format(_number(total)), style.format(_number((total + 1) // 2))


def _number(cents: int) -> str:
    whole, rest = divmod(cents, 100)
    return f"{whole}.{rest:02d}" if rest else str(whole)


def _time(rng: random.Random, lang: str) -> str:
    hour = rng.randint(1, 11)
    half = rng.random() < 0.35
    if lang == "zh":
        word = rng.choice(_ZH_HOURS)
        return rng.choice((f"{hour}点", f"{word}点半" if half else f"{word}点", f"{hour}:30"))
    return rng.choice(
        (f"{hour}:30" if half else f"{hour}", f"{hour}pm", f"{hour}:{rng.choice(('15', '45'))}")
    )


def _link(rng: random.Random, lang: str) -> str:
    base = rng.choice(_ZH_LINKS if lang == "zh" else _EN_LINKS)
    return base + "".join(rng.choice(_LINK_CHARS) for _ in range(rng.randint(8, 11)))


def _tuple_map(raw: Any, key: str) -> dict[str, tuple[str, ...]]:
    table = raw.get(key) or {}
    return {str(k): tuple(str(v) for v in vs) for k, vs in table.items()}


@cache
def load_bank(lang: str) -> PhraseBank:
    """The phrase bank of ``lang`` ("en" or "zh"), read from the package data."""
    if lang not in ("en", "zh"):
        raise ValueError(f"no phrase bank for language {lang!r} (have: en, zh)")
    path = resources.files("unmask_dev.synth").joinpath("templates", f"{lang}.yaml")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    banks = _tuple_map(raw, "banks")
    slots = _tuple_map(raw, "slots")
    for name, templates in banks.items():
        for template in templates:
            for slot in _SLOT.findall(template):
                if slot not in slots and slot not in _COMPUTED:
                    raise ValueError(f"{lang}.yaml bank {name!r}: unknown slot {{{slot}}}")
    return PhraseBank(
        lang=lang,
        banks=banks,
        slots=slots,
        emoji=tuple(raw.get("emoji", ())),
        warm_emoji=tuple(raw.get("warm_emoji", ())),
        pet_names=tuple(raw.get("pet_names", ())),
        typos={str(k): str(v) for k, v in (raw.get("typos") or {}).items()},
        traditional={str(k): str(v) for k, v in (raw.get("traditional") or {}).items()},
    )
