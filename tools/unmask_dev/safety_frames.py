"""Control read by its parts - a frame x a domain x a direction - judged leave-one-round-out
(h-safety24; dev only).

``python -m unmask_dev.safety_frames [--held] [--json F]`` reads the ``frames`` of
``lang/<code>/safety_parts.yaml`` (:func:`unmask.signals.safety_parts.frames_regex`):

- **Rounds nine to twenty-three**, each read as its validity rows read it (any safety signal,
  lexicons + the shipped safety model), first without the frames (the base), then with them,
  a round read **without the frames forms that name it** in ``rounds`` (the forms its misses
  suggested; a form that two rounds suggested stays for each). Round twenty-four is never
  read here: it stays the clean read.
- **Twins** of each round: counted (a laughing message set aside) with and without.
- **False-alarm lines**: the messages the frames add (not laughing, not already counted) per
  message on the tuning sets (CL-Aff dev, the dialogue sets' tune quarters, the bundled
  couple samples, the outside booking samples' tune halves) and, with ``--held``, on the
  held-out halves (MultiWOZ, CrossWOZ, ESConv, CPED, SmileChat, CL-Aff test, booking report
  halves).

The base is read with the frames left out of the lexicon (``safety_parts.load(lang,
frames=False)``, compiled afresh: ``UNMASK_CACHE_DIR=off``). Prints counts and figures only,
never a message.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from functools import partial
from typing import Any

import numpy as np

ROUNDS: tuple[int, ...] = tuple(range(9, 24))
_HAN = re.compile("[\u4e00-\u9fff]")


def _zh(text: str) -> bool:
    return bool(_HAN.search(text))


def base_flags(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(any safety signal, laughing) under the lexicons + the shipped model, read with the
    frames left out (call :func:`without_frames` first)."""
    from unmask.dyad.safety import laughs
    from unmask.signals import score_texts
    from unmask.signals.types import SAFETY_SIGNALS

    scores = score_texts(texts).scores
    fired = np.zeros(len(texts), dtype=bool)
    for n in SAFETY_SIGNALS:
        fired |= np.nan_to_num(np.asarray(scores[n], dtype=np.float64)) >= 0.5
    laugh = np.fromiter((laughs(t) for t in texts), dtype=bool, count=len(texts))
    return fired, laugh


def without_frames() -> None:
    """Read the lexicons without the frames entries from here on (a fresh compile)."""
    from unmask.signals import safety_parts

    os.environ["UNMASK_CACHE_DIR"] = "off"
    safety_parts.load = partial(safety_parts.load, frames=False)


class Reader:
    """The frames of both languages as compiled regexes, some rounds' forms left out."""

    def __init__(self, drop: frozenset[str] = frozenset()) -> None:
        from unmask.signals.lexicon import read_yaml
        from unmask.signals.safety_parts import FILE, frames_regex, parse
        from unmask.signals.variants import zh_regex

        self.max: dict[str, int] = {}
        self.rx: dict[str, list[re.Pattern[str]]] = {}
        for lang in ("en", "zh"):
            pf = parse(lang, read_yaml(lang, FILE))
            assert pf.frames is not None
            self.max[lang] = pf.max_chars
            pats = [frames_regex(pf.frames, s, drop, pf.max_chars) for s in pf.frames.domain]
            self.rx[lang] = [re.compile(zh_regex(p) if lang == "zh" else p, re.M) for p in pats]

    def fires(self, text: str) -> bool:
        from unmask.signals.normalize import fold, lower_same_length

        lang = "zh" if _zh(text) else "en"
        if len(text) > self.max[lang]:
            return False
        folded = fold(lower_same_length(text)).text
        return any(r.search(folded) for r in self.rx[lang])

    def read(self, texts: list[str]) -> np.ndarray:
        return np.fromiter((self.fires(t) for t in texts), dtype=bool, count=len(texts))


def false_alarm_sets(held: bool) -> dict[str, list[str]]:
    from unmask_dev import claff_split, outside_tod
    from unmask_dev import train_safety as ts
    from unmask_dev.safety_families import sample_texts
    from unmask_dev.validity import safety as vs

    out: dict[str, list[str]] = {}
    for lang in ("en", "zh"):
        for name, texts in ts.tuning_sets(lang).items():
            out[f"tune {name}"] = texts
        out[f"tune couple samples {lang}"] = sample_texts(lang)
    for half in ("tune", "report") if held else ("tune",):
        for src in outside_tod.SOURCES:
            if half == "report" and src in outside_tod.TUNE_ONLY:
                continue
            try:
                ds = outside_tod.load(src, half)
            except outside_tod.Missing:
                continue
            key = "tune" if half == "tune" else "held"
            out[f"{key} booking {src}"] = [t.text for d in ds for t in d.turns if t.text.strip()]
    if held:
        for name, load in vs.SETS.items():
            out[f"held {name}"] = [
                t.text for d in load() if vs.held_out(d.id) for t in d.turns if t.text
            ]
        out["held CL-Aff test"] = [s.text for s in claff_split.split(claff_split.load())["test"]]
    return out


def lang_mask(texts: list[str], lang: str) -> np.ndarray:
    """Which of ``texts`` are in ``lang`` ("en" or "zh", by :func:`_zh`)."""
    return np.array([_zh(t) == (lang == "zh") for t in texts])


def alarm_row(texts: list[str], added: np.ndarray) -> dict[str, Any]:
    """A false-alarm set's figure: its size, the messages a reader adds, and their share."""
    return {
        "n": len(texts),
        "added": int(added.sum()),
        "rate": round(float(added.mean()) if texts else 0.0, 5),
    }


def print_alarms(false_alarms: dict[str, dict[str, Any]]) -> None:
    """One line per false-alarm set (:func:`alarm_row`)."""
    for name, row in false_alarms.items():
        print(f"{name:32} n={row['n']:6} added {row['added']:3} ({row['rate']:.5f})")


def judge(held: bool = False) -> dict[str, Any]:
    from unmask_dev import safety_probes as probes

    without_frames()
    out: dict[str, Any] = {"rounds": {}, "false_alarms": {}}
    full = Reader()
    for n in ROUNDS:
        name = f"ROUND{n}"
        texts = [t for _, t in getattr(probes, f"{name}_KINDS")]
        safe = list(getattr(probes, f"{name}_SAFE"))
        fired, laugh = base_flags(texts)
        sfired, slaugh = base_flags(safe)
        loro = Reader(frozenset({name}))
        plus = fired | (loro.read(texts) & ~laugh)
        splus = sfired | loro.read(safe)
        for lang in ("en", "zh"):
            m, sm = lang_mask(texts, lang), lang_mask(safe, lang)
            out["rounds"][f"{name} {lang}"] = {
                "base": round(float(fired[m].mean()), 3),
                "frames": round(float(plus[m].mean()), 3),
                "twins_base": round(float((sfired & ~slaugh)[sm].mean()), 3),
                "twins_frames": round(float((splus & ~slaugh)[sm].mean()), 3),
            }
    for lang in ("en", "zh"):
        rows = [out["rounds"][f"ROUND{n} {lang}"] for n in ROUNDS]
        fresh = [out["rounds"][f"ROUND{n} {lang}"] for n in range(19, 24)]
        out[f"mean {lang}"] = {
            "base": round(float(np.mean([r["base"] for r in rows])), 4),
            "frames": round(float(np.mean([r["frames"] for r in rows])), 4),
            "base 19-23": round(float(np.mean([r["base"] for r in fresh])), 4),
            "frames 19-23": round(float(np.mean([r["frames"] for r in fresh])), 4),
        }
    for name, texts in false_alarm_sets(held).items():
        fired, laugh = base_flags(texts)
        added = full.read(texts) & ~fired & ~laugh
        out["false_alarms"][name] = alarm_row(texts, added)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held", action="store_true", help="read the held-out halves too")
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args()
    result = judge(args.held)
    for key, row in result["rounds"].items():
        print(
            f"{key:12} {row['base']:.2f} -> {row['frames']:.2f}"
            f"   twins {row['twins_base']:.2f} -> {row['twins_frames']:.2f}"
        )
    for lang in ("en", "zh"):
        print(lang, result[f"mean {lang}"])
    print_alarms(result["false_alarms"])
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=1)


if __name__ == "__main__":
    main()
