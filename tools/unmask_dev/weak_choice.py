"""h-safemode's weak-control rule simulated over levels (h-safety37; docs/validity.md,
"The English safety refit shipped, with weak control and the couple gate re-chosen").

Each chat is built as the validity rows build theirs and read once with the shipped safety
model (lexicons + model, the weak reader of :mod:`unmask_dev.validity.safety`); the
weak-control rule is then read again at every level of :data:`LEVELS` on the same
probabilities (:data:`unmask.dyad.safety.WEAK_CONTROL` set for the language of the chat: the
recorder's reader is a plain one, so every message of a chat is read at the swept level, not
at :func:`unmask.dyad.safety.weak_level`; h-safety44 shipped Chinese .65 from this sweep,
h-safety47 English .55 with ``--levels 0.5,0.55,0.6``).
Chats, per language:

- ``control``: rounds 9-40's controlling lines, two chats a round, one a fortnight
  (the rows' ``_chats_of``);
- ``twins``: the same rounds' everyday / heated / teasing twins, in halves and whole, one a
  fortnight and one a day, from one sender;
- ``couple``: the read couple rounds' lines (``couple_round.READ_PATHS``: every round but
  the newest, the judge; ``--couple-rounds N``: rounds one to N, h-safety43) neither control
  nor fight, one a day and one
  a week, from one sender and alternating.

``python -m unmask_dev.weak_choice [--lang en]`` prints, per level, the chats in safety mode.
Benchmarks only (reads no held-out round: safety rounds 9-40, couple rounds 1-17).
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from unmask.dyad import safety as rules
from unmask_dev import couple_round
from unmask_dev import safety_probes as probes
from unmask_dev.validity import safety as vs

LEVELS: tuple[float, ...] = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
#: safety rounds 9-40 (h-safemode2: 9-33; h-safety43: rounds thirty-four and thirty-five, read
#: and judged, join; h-safety49: thirty-six and thirty-seven, judged and read; round
#: thirty-eight, the session's judge, is not read; h-safety51: thirty-eight, judged and read,
#: joins; thirty-nine is not read; h-safety53: thirty-nine, judged and read, joins; forty is not;
#: h-safety55: forty, judged and read, joins; forty-one is not)
CONTROL_ROUNDS = tuple(range(9, 41))
#: the couple rounds whose calm chats are read (``--couple-rounds``; default every read round)
COUPLE_PATHS = couple_round.READ_PATHS
_HAN = re.compile("[\u4e00-\u9fff]")


def _recorder(modes: list[dict[float, str]]) -> Callable[..., Any]:
    original = rules.read_safety

    def read(who: Any, time: Any, flags: Any, scores: Any = None, **kw: Any) -> Any:
        weak = kw.pop("weak", None)
        if weak is None:
            return original(who, time, flags, scores, **kw)
        cache: dict[int, float] = {}

        def cached(idx: np.ndarray) -> np.ndarray:
            todo = [int(i) for i in idx.tolist() if int(i) not in cache]
            if todo:
                got = weak(np.asarray(todo, dtype=np.int64))
                cache.update(zip(todo, got.tolist(), strict=True))
            return np.asarray([cache[int(i)] for i in idx.tolist()], dtype=np.float64)

        saved = rules.WEAK_CONTROL
        at: dict[float, str] = {}
        try:
            for level in LEVELS:
                rules.WEAK_CONTROL = level
                at[level] = original(who, time, flags, scores, weak=cached, **kw).mode
        finally:
            rules.WEAK_CONTROL = saved
        modes.append(at)
        return original(who, time, flags, scores, weak=cached, **kw)

    return read


def _chat(folder: Path, name: str, lang: str, lines: list[str], gap: int, senders: str) -> None:
    reply = "ok" if lang == "en" else "好"
    script: dict[int, list[tuple[int, str]]] = {}
    for k, text in enumerate(lines):
        who = 0 if senders == "one" else k % 2
        script[5 + gap * k] = [(who, text), (1 - who, reply)]
    vs._in_safety_mode(folder, name, lang, script, True)


def run(langs: tuple[str, ...]) -> dict[str, list[dict[float, str]]]:
    out: dict[str, list[dict[float, str]]] = {}
    folder = Path(tempfile.mkdtemp(prefix="unmask-weak-choice-"))
    for group in ("control", "twins", "couple"):
        modes: list[dict[float, str]] = []
        vs.read_safety = _recorder(modes)
        for lang in langs:
            if group == "control":
                for n in CONTROL_ROUNDS:
                    pairs = getattr(probes, f"ROUND{n}_KINDS")
                    fear = frozenset(t for k, t in pairs if k == "fear")
                    texts = [t for _, t in pairs if (lang == "zh") == bool(_HAN.search(t))]
                    reply = "ok" if lang == "en" else "好"
                    for half, part in enumerate((texts[0::2], texts[1::2])):
                        script = {
                            5 + 14 * k: [(1, t)] if t in fear else [(0, t), (1, reply)]
                            for k, t in enumerate(part)
                        }
                        vs._in_safety_mode(folder, f"c{n}{half}{lang}", lang, script, True)
            elif group == "twins":
                for n in CONTROL_ROUNDS:
                    twins = [
                        t
                        for t in getattr(probes, f"ROUND{n}_SAFE", ())
                        if (lang == "zh") == bool(_HAN.search(t))
                    ]
                    for part, tag in ((twins[0::2], "a"), (twins[1::2], "b"), (twins, "w")):
                        for gap in (14, 1):
                            _chat(folder, f"t{n}{tag}{gap}{lang}", lang, part, gap, "one")
            else:
                for k, path in enumerate(COUPLE_PATHS, start=1):
                    calm = [
                        m.text
                        for m in couple_round.load(path)
                        if m.kind not in vs_safety_kinds() and m.lang == lang
                    ]
                    for gap in (1, 7):
                        for senders in ("one", "alt"):
                            _chat(folder, f"k{k}{gap}{senders}{lang}", lang, calm, gap, senders)
        out[group] = modes
    vs.read_safety = rules.read_safety
    return out


def frozen_weak(path: str) -> None:
    """h-safety51's (c), measured: English weak control read by the weights at ``path`` (a
    safety model file of this version: ``safety-lr-9``'s English weights kept as a file of their
    own), the counted control by the shipped ones; Chinese unchanged."""
    from pathlib import Path as _Path

    from unmask.signals import safety_model as sm

    saved_ref = sm._weights_ref
    sm._weights_ref = lambda lang: _Path(path)
    try:
        weights = sm._read("en")
    finally:
        sm._weights_ref = saved_ref

    class Frozen:
        def get(self) -> Any:
            return weights

    original = vs.weak_control_of

    def read(texts: Any, langs: Any, gated: Any, kept: Any = None) -> np.ndarray:
        counted = sm._cache["en"]
        sm._cache["en"] = Frozen()  # type: ignore[assignment]
        try:
            out: np.ndarray = original(texts, langs, gated, None)
        finally:
            sm._cache["en"] = counted
        return out

    vs.weak_control_of = read


def vs_safety_kinds() -> frozenset[str]:
    from unmask_dev.validity.couple import SAFETY_KINDS

    return frozenset(SAFETY_KINDS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lang", choices=("en", "zh"), action="append")
    ap.add_argument(
        "--anchor",
        type=float,
        help="WEAK_ANCHOR for the run (h-safemode2: a counted message scored this holds its day up "
        "without the model; 0.5: every counted day does, as before)",
    )
    ap.add_argument("--couple-rounds", type=int, help="couple rounds one to N (h-safety43)")
    ap.add_argument("--levels", help="comma-separated levels to read (default LEVELS; h-safety47)")
    ap.add_argument(
        "--weak-weights",
        help="English weak control read by this safety model file (h-safety51's (c), measured)",
    )
    args = ap.parse_args()
    if args.weak_weights:
        frozen_weak(args.weak_weights)
    if args.levels:
        global LEVELS
        LEVELS = tuple(float(x) for x in args.levels.split(","))
    if args.couple_rounds is not None:
        global COUPLE_PATHS
        COUPLE_PATHS = couple_round.PATHS[: args.couple_rounds]
    if args.anchor is not None:
        rules.WEAK_ANCHOR = args.anchor
    langs = tuple(args.lang or ("en", "zh"))
    got = run(langs)
    print(f"langs {','.join(langs)}; chats in safety mode at each level (of the chats)")
    for level in LEVELS:
        parts = []
        for group, modes in got.items():
            n = sum(m[level] == "safety" for m in modes)
            parts.append(f"{group} {n} / {len(modes)}")
        print(f"{level:.2f}: " + "; ".join(parts))


if __name__ == "__main__":
    main()
