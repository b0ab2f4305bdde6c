"""Control read by its grammatical parts - who is addressed, the mood (a command or a
condition), the act (restrict, watch, threaten, demean) and the domain of the partner's life
- as features and as a reader (h-safety26). Since h-safety28 the reader ships as
:mod:`unmask.signals.safety_struct` and its word classes are language data
(``lang/<code>/safety_struct.yaml``): this module reads them from there (one copy) and
keeps the dev variants and the judge.

Written from the kinds' general shapes before any round's misses were read, so every round
is held out from it: small word classes per language, each a regex on the folded lower-case
text, read clause by clause (a clause: text between sentence marks).

- :func:`classes` gives, per clause, which classes occur; :func:`features` turns a message
  into a dense vector (each class anywhere, and the crosses of addressee x mood x act x
  domain within one clause), the inputs of the ``struct`` family of
  :mod:`unmask_dev.safety_families`, so an unseen wording of a known act shares inputs with
  the seen ones.
- :func:`reads` is the cheaper structural reader: a clause aimed at the reader (a second
  person, or a bare command opening it), in a command or a condition mood, with an act of
  control and a domain of the partner's life, and none of the care / offer / report guards.

``python -m unmask_dev.safety_struct [--held] [--cache DIR] [--json F]`` judges the reader
on rounds nine to twenty-five (as the validity rows read them: any safety signal, lexicons +
the shipped model, base -> with the reader) and on the false-alarm sets (tuning and, with
``--held``, held-out halves; couple round one's lines labelled neither control nor fight).
Round twenty-six is read before and after but never tuned on. Prints counts only.

``narrow`` (h-safety27) is ``act`` narrowed by the kinds of rounds 9-25's twins it fired
on (so those twins are in-sample for it; the rounds' controlling lines and round 26 are
not): the message-level guards (``message_guard``) and an act that is not only the
domain's own word (``_act_apart``). ``shipped`` (h-safety28) adds the ``own`` guard (a
domain that is the writer's own thing). The judge reads its base with the shipped reader
set aside (:data:`unmask.signals.safety_struct.ENABLED`); ``act`` and ``plain`` read the
shipped clause guard, so h-safety28's guards by kind reach them too.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from unmask.signals import safety_struct

ROUNDS: tuple[int, ...] = tuple(range(9, 26))
_HAN = re.compile("[\u4e00-\u9fff]")


def _zh(text: str) -> bool:
    return bool(_HAN.search(text))


def _reader(lang: str) -> Any:
    return safety_struct.reader(lang)


#: the classes and the clause split of the shipped reader (``lang/<code>/safety_struct.yaml``,
#: h-safety28: the one copy of the word classes)
CLASSES = safety_struct.CLASSES
_SPLIT = safety_struct._SPLIT


def _norm(text: str) -> str:
    return text.lower().replace("\u2019", "'")


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _SPLIT.split(_norm(text)) if c.strip()]


def classes(clause: str, lang: str) -> set[str]:
    return {k for k, r in _reader(lang).rx.items() if r.search(clause)}


#: the crosses read within one clause
CROSSES: tuple[tuple[str, ...], ...] = (
    ("aimed", "mood", "act", "domain"),
    ("aimed", "mood", "domain"),
    ("aimed", "act", "domain"),
    ("aimed", "mood", "act"),
    ("aimed", "demean"),
    ("aimed", "threaten"),
    ("condition", "threaten"),
    ("imperative", "domain"),
    ("me_ctrl", "domain"),
    ("must", "domain"),
    ("guard",),
)


def _tags(clause: str, lang: str) -> set[str]:
    return set(_reader(lang).tags(clause))


def features(texts: list[str], lang: str) -> np.ndarray:
    """(len(texts), classes + crosses): a class anywhere in the message, a cross within one
    clause with no guard (the guard itself is an input too)."""
    n = len(CLASSES) + len(CROSSES)
    out = np.zeros((len(texts), n), dtype=np.float64)
    for i, text in enumerate(texts):
        for cl in clauses(text[:400]):
            tags = _tags(cl, lang)
            for j, k in enumerate(CLASSES):
                if k in tags:
                    out[i, j] = 1.0
            for j, cross in enumerate(CROSSES):
                if set(cross) <= tags and (cross == ("guard",) or "guard" not in tags):
                    out[i, len(CLASSES) + j] = 1.0
    return out


def fires(text: str, need_act: bool = True, narrow: bool = False, own: bool = False) -> bool:
    """The structural reader: one clause aimed at the reader, in a command or condition
    mood, with an act of control (restrict, watch, threaten) and a domain, or aimed at the
    reader with a condition and a threat, and no guard; ``narrow``: the shipped reader
    (:func:`unmask.signals.safety_struct.read`, h-safety27's guards by kind; with
    ``need_act`` only), with its ``own`` guard (h-safety28) only where ``own`` is given:
    without it, the reader h-safety27 measured."""
    from unmask.signals import safety_struct

    if narrow and need_act:
        return safety_struct.read(text, own=own) is not None
    lang = "zh" if _zh(text) else "en"
    if len(text) > _reader(lang).file.max_chars:
        return False
    for cl in clauses(text):
        tags = _tags(cl, lang)
        if "guard" in tags:
            continue
        if {"aimed", "mood", "domain"} <= tags and ("act" in tags or not need_act):
            return True
        if {"aimed", "condition", "threaten"} <= tags:
            return True
    return False


def reads(
    texts: list[str], need_act: bool = True, narrow: bool = False, own: bool = False
) -> np.ndarray:
    return np.fromiter(
        (fires(t, need_act, narrow, own) for t in texts), dtype=bool, count=len(texts)
    )


#: the reader's variants judged: with an act of control, and the brief's plain form (a
#: command or condition + a domain + the reader addressed)
VARIANTS: dict[str, tuple[bool, bool, bool]] = {
    "act": (True, False, False),
    "plain": (False, False, False),
    "narrow": (True, True, False),
    "shipped": (True, True, True),
}


def couple_calm() -> list[str]:
    """Couple round one's lines labelled neither control nor fight."""
    from unmask_dev import couple_round
    from unmask_dev.validity.couple import SAFETY_KINDS

    return [m.text for m in couple_round.load() if m.kind not in SAFETY_KINDS]


def judge(held: bool, cache: Path | None) -> dict[str, Any]:
    from unmask.signals import safety_struct
    from unmask_dev import safety_probes as probes
    from unmask_dev.safety_frames import alarm_row, false_alarm_sets, lang_mask
    from unmask_dev.safety_threats import _cached

    safety_struct.ENABLED = False  # the base: lexicons + model without the reader
    out: dict[str, Any] = {"rounds": {}, "false_alarms": {}}
    for n in (*ROUNDS, 26):
        name = f"ROUND{n}"
        texts = [t for _, t in getattr(probes, f"{name}_KINDS")]
        safe = list(getattr(probes, f"{name}_SAFE"))
        fired, laugh = _cached(name, texts, cache)
        sfired, slaugh = _cached(name + "_SAFE", safe, cache)
        for lang in ("en", "zh"):
            m, sm = lang_mask(texts, lang), lang_mask(safe, lang)
            row = {
                "base": round(float(fired[m].mean()), 3),
                "twins_base": round(float((sfired & ~slaugh)[sm].mean()), 3),
            }
            for v, (need, narrow, own) in VARIANTS.items():
                plus = fired | (reads(texts, need, narrow, own) & ~laugh)
                splus = sfired | reads(safe, need, narrow, own)
                row[v] = round(float(plus[m].mean()), 3)
                row[f"twins_{v}"] = round(float((splus & ~slaugh)[sm].mean()), 3)
            out["rounds"][f"{name} {lang}"] = row
    for lang in ("en", "zh"):
        rows = [out["rounds"][f"ROUND{n} {lang}"] for n in ROUNDS]
        out[f"mean {lang}"] = {
            k: round(float(np.mean([r[k] for r in rows])), 4)
            for k in ("base", *VARIANTS, "twins_base", *(f"twins_{v}" for v in VARIANTS))
        }
    sets = false_alarm_sets(held)
    sets["couple round one calm"] = couple_calm()
    for name, texts in sets.items():
        fired, laugh = _cached(name, texts, cache)
        for v, (need, narrow, own) in VARIANTS.items():
            added = reads(texts, need, narrow, own) & ~fired & ~laugh
            out["false_alarms"][f"{name} [{v}]"] = alarm_row(texts, added)
    return out


def main() -> None:
    from unmask_dev.safety_frames import print_alarms

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held", action="store_true")
    parser.add_argument("--cache")
    parser.add_argument("--json")
    args = parser.parse_args()
    cache = Path(args.cache) if args.cache else None
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    result = judge(args.held, cache)
    for key, row in result["rounds"].items():
        print(
            f"{key:12} {row['base']:.2f} -> act {row['act']:.2f} plain {row['plain']:.2f}"
            f" narrow {row['narrow']:.2f} shipped {row['shipped']:.2f}"
            f"   twins {row['twins_base']:.2f} -> act"
            f" {row['twins_act']:.2f} plain {row['twins_plain']:.2f} narrow"
            f" {row['twins_narrow']:.2f} shipped {row['twins_shipped']:.2f}"
        )
    for lang in ("en", "zh"):
        print(lang, result[f"mean {lang}"])
    print_alarms(result["false_alarms"])
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
