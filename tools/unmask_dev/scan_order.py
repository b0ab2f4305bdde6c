"""Write ``src/unmask/lang/zh/scan_order.txt``: characters by how often they occur in
Chinese text the unmask developers wrote.

The Chinese key scan (:mod:`unmask.signals.keyscan`) is a pyahocorasick automaton whose
nodes look a character up among their children one by one, in the order the keys were
added; the root has ~800 children (every first character of a key). Adding the keys in the
order of their characters' frequency puts the common ones first, so a scan compares fewer
children per character (the same hits: the trie does not depend on that order). The
frequencies come from our own words only: the bundled Chinese sample chats, the examples and
must-not-fire lines of the Chinese lexicons, and ``data/zh_posts_train.tsv``.

    .venv/bin/python -m unmask_dev.scan_order          # rewrite the file
    .venv/bin/python -m unmask_dev.scan_order --check  # exit 1 if it is not up to date
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from unmask_dev.zh_posts import load_training

ROOT = Path(__file__).resolve().parents[2]
LANG_ZH = ROOT / "src" / "unmask" / "lang" / "zh"
SAMPLES = ROOT / "src" / "unmask" / "samples"
OUT = LANG_ZH / "scan_order.txt"
#: a character seen fewer times than this is left out (it goes after the ranked ones)
MIN_COUNT = 2
_LINE = re.compile(r"^\[[^\]]*\] [^:]*: (.*)$")
_HEADER = """\
# Characters, most frequent first, in Chinese text the unmask developers wrote (the bundled
# zh sample chats, the zh lexicons' examples and must-not-fire lines, and
# tools/unmask_dev/data/zh_posts_train.tsv); one a line (a longer line is a comment). The
# Chinese key scan adds its keys in this order of their characters (unmask.signals.keyscan):
# the same hits, fewer comparisons per character. Written by tools/unmask_dev/scan_order.py
# (--check: is it up to date); not a lexicon.
"""


def _examples(data: Any) -> Iterator[str]:
    """Every string under an ``example``, ``examples`` or ``must_not_fire`` key."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("example", "examples", "must_not_fire"):
                if isinstance(value, str):
                    yield value
                elif isinstance(value, list):
                    yield from (v for v in value if isinstance(v, str))
            else:
                yield from _examples(value)
    elif isinstance(data, list):
        for item in data:
            yield from _examples(item)


def texts() -> Iterator[str]:
    """The texts the ranking counts."""
    for path in sorted(SAMPLES.glob("*_zh.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found = _LINE.match(line)
            if found:
                yield found.group(1)
    for path in sorted(LANG_ZH.rglob("*.yaml")):
        yield from _examples(yaml.safe_load(path.read_text(encoding="utf-8")))
    for post in load_training():
        yield post.text


def ranking() -> list[str]:
    """Characters (not white space) seen :data:`MIN_COUNT` times or more, most frequent
    first (ties by code point). Latin letters and digits are in: the Chinese lexicons hold
    some English and number keys, and Chinese chats hold such characters."""
    counts = Counter(c for text in texts() for c in text if c.isprintable() and not c.isspace())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [c for c, n in ranked if n >= MIN_COUNT]


def render() -> str:
    return _HEADER + "".join(f"{c}\n" for c in ranking())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if same else 'stale'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(text.splitlines()) - _HEADER.count(chr(10))} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
