"""The couple model's ``P_LINE`` read over levels (h-safety37; docs/validity.md, "The English
safety refit shipped, with weak control and the couple gate re-chosen").

couple-lr-3's gate rule on the shipped safety model's probabilities, the couple model's
weights and thresholds as shipped: per level of :data:`LEVELS` (``P_LINE`` set for the
language read), through the whole scorer,

- ``hits``: (line, kind) pairs of the couple rounds' lines (``couple_round.READ_PATHS``:
  every round but the newest, the judge; one to ten since h-round11; ``--couple-rounds N``:
  one to N, h-safety43) labelled to fire one of
  the couple model's kinds (:data:`unmask.signals.couple_model.KINDS`) that fire it;
- ``must-not``: those rounds' lines firing a depth signal they must not;
- ``control``: the safety rounds' controlling lines (rounds one to thirty-three since
  h-safety40, to thirty-five since h-safety43, to thirty-seven since h-safety49, to
  thirty-eight since h-safety51, fear lines
  left out) to which the couple model adds a depth kind (evidence ``model:couple``), and those
  firing any depth kind at all;
- ``booking``: the share of MultiWOZ's (en) / CrossWOZ's (zh) tune quarter the couple model
  adds a kind to.

``python -m unmask_dev.p_line_choice --lang en`` prints a line a level. Benchmarks only
(reads no held-out round: safety rounds 1-40, couple rounds 1-17).
"""

from __future__ import annotations

import argparse
import re

from unmask.signals import couple_model as cm
from unmask.signals.scorer import ScoreResult, score_texts
from unmask.signals.types import CONTROL_SIGNALS, DEPTH_SIGNALS, PRESENT
from unmask_dev import couple_round
from unmask_dev import safety_probes as probes
from unmask_dev.train_couple import _booking
from unmask_dev.train_safety import KIND_OF

LEVELS: tuple[float, ...] = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
#: the couple rounds read (``--couple-rounds N``: rounds one to N, h-safety43)
COUPLE_PATHS = couple_round.READ_PATHS
_HAN = re.compile("[\u4e00-\u9fff]")
_CONTROL = frozenset(s.removeprefix("safety.") for s in CONTROL_SIGNALS)


def controlling(lang: str) -> list[str]:
    """Safety rounds one to thirty-seven's controlling lines in ``lang`` (distinct; rounds
    thirty-six and thirty-seven since h-safety49)."""
    early = (
        probes.TUNED,
        probes.HELD_OUT,
        probes.ROUND4,
        probes.FRESH,
        *(getattr(probes, f"ROUND{n}") for n in range(5, 9)),
    )
    kinds = dict(KIND_OF)
    out: list[str] = []
    for texts in early:
        out += [t for t in texts if kinds.get(t, "") in _CONTROL]
    for n in range(9, 41):
        out += [t for k, t in getattr(probes, f"ROUND{n}_KINDS") if k in _CONTROL]
    return sorted({t for t in out if (lang == "zh") == bool(_HAN.search(t))})


def measure(lang: str) -> list[str]:
    couple = [m for p in COUPLE_PATHS for m in couple_round.load(p) if m.lang == lang]
    ctrl = controlling(lang)
    booking = _booking(lang, "tune")
    texts = [m.text for m in couple] + ctrl + booking
    saved = cm.P_LINE
    rows = [f"{lang}: couple lines {len(couple)}, controlling {len(ctrl)}, booking {len(booking)}"]
    try:
        for level in LEVELS:
            cm.P_LINE = {**saved, lang: level}
            res = score_texts(texts)

            def fired(i: int, s: str, res: ScoreResult = res) -> bool:
                return bool(res.scores[s][i] >= PRESENT)

            def by_couple(i: int, res: ScoreResult = res) -> bool:
                return any(
                    ev.source.startswith("model:couple")
                    for s in cm.KINDS
                    if fired(i, s)
                    for ev in res.evidence[i].get(s, ())
                )

            hits = sum(fired(i, k) for i, m in enumerate(couple) for k in m.fire & set(cm.KINDS))
            wrong = sum(any(fired(i, s) for s in m.must_not) for i, m in enumerate(couple))
            off = len(couple)
            c_couple = sum(by_couple(off + j) for j in range(len(ctrl)))
            c_any = sum(any(fired(off + j, s) for s in DEPTH_SIGNALS) for j in range(len(ctrl)))
            off += len(ctrl)
            b = sum(by_couple(off + j) for j in range(len(booking))) / max(1, len(booking))
            rows.append(
                f"{level:.2f}: hits {hits}; must-not {wrong}; control by couple {c_couple}"
                f" (any depth {c_any}); booking {b:.4f}"
            )
    finally:
        cm.P_LINE = saved
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lang", choices=("en", "zh"), default="en")
    ap.add_argument("--couple-rounds", type=int, help="couple rounds one to N (h-safety43)")
    args = ap.parse_args()
    if args.couple_rounds is not None:
        global COUPLE_PATHS
        COUPLE_PATHS = couple_round.PATHS[: args.couple_rounds]
    print("\n".join(measure(args.lang)))


if __name__ == "__main__":
    main()
