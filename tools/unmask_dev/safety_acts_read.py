"""Read a trial safety model on rounds eighteen to twenty-one and every held-out
false-alarm set, as if it shipped (h-safety22; dev only).

``python -m unmask_dev.safety_acts_read [--trial DIR --cue EN ZH] [--round ROUND22]``: the
shipped model layer (:mod:`unmask.signals.safety_model`) is pointed at ``DIR``'s weights
and the construct cue's thresholds at ``EN ZH`` (a trial's ``cue_threshold``), then
:mod:`unmask_dev.safety_rate` reads the rounds (any signal, en + zh / en / zh), their twins
counted, the messages the model adds on each held-out set and the dialogues in safety
mode, and the rounds' chats (:func:`unmask_dev.validity.safety._chats_of`) are read
through the whole pipeline. Rounds eighteen to twenty-one are tuning data (read since
h-safety16 / h-safety18); round twenty-two is read only when named (a counted read,
docs/validity.md). Needs the development sets under ``/work/shared/data``.
"""

from __future__ import annotations

import argparse
import json

#: the rounds read by default (tuning data; round twenty-two only when named)
ROUNDS: tuple[str, ...] = ("ROUND18", "ROUND19", "ROUND20", "ROUND21")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trial", help="read this folder's weights (a trial's) instead")
    parser.add_argument("--cue", nargs=2, type=float, metavar=("EN", "ZH"), help="its cue")
    parser.add_argument("--round", action="append", help="read these rounds instead")
    args = parser.parse_args()
    from pathlib import Path

    from unmask.signals import safety_model as sm
    from unmask_dev import safety_probes as probes
    from unmask_dev import safety_rate as rate
    from unmask_dev.validity import safety as vs

    rounds = tuple(args.round or ROUNDS)
    rate.ROUNDS = rounds
    if args.trial:
        folder = Path(args.trial)
        sm._weights_ref = lambda lang: folder / sm.WEIGHTS_FILES[lang]
    if args.cue:
        sm.CUE_THRESHOLD.update(zip(sm.LANGS, args.cue, strict=True))
        rate.CUE.update(zip(sm.LANGS, args.cue, strict=True))
    _, sets = rate.read_all()
    thresholds = {lang: sm._cache[lang].get().threshold for lang in sm.LANGS}
    out: dict[str, object] = {"thresholds": thresholds, "cue": dict(sm.CUE_THRESHOLD)}
    out.update(rate.figures(sets, thresholds))
    for attr in rounds:
        pairs = getattr(probes, f"{attr}_KINDS")
        fear = frozenset(t for k, t in pairs if k == "fear")
        entered, chats = vs._chats_of(tuple(t for _, t in pairs), f"acts{attr}", True, fear)
        out[f"{attr} chats"] = f"{entered} of {chats}"
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
