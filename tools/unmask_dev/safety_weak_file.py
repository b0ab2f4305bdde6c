"""Write the English weak reader's file from a safety model file (h-safety53, option (c)).

``python -m unmask_dev.safety_weak_file SOURCE OUT`` reads an English safety model file
(``safety_en_v1.npz`` of some version) and writes its weights, dense inputs and bias bit for
bit to ``OUT`` (``safety_en_weak_v1.npz``) with the meta's ``model_version`` set to
:data:`WEAK_VERSION` and ``weights_of`` naming the version it
was taken from; every other meta entry is kept. The file is written byte for byte the same each
time (:func:`unmask_dev.train_claff.save_npz`).

``safety-weak-1`` is ``safety-lr-9``'s English file: weak control in English stays where
``safety-lr-9`` read it (level .55, h-safety47) whatever the counted model is refitted on
(h-safety51's measurement of (c); docs/validity.md, h-safety53).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

#: the weak reader's version (``unmask.signals.safety_model.WEAK_MODEL_VERSION`` where option (c)
#: is in ``src/``)
WEAK_VERSION = "safety-weak-1"


def arrays_of(path: Path) -> dict[str, np.ndarray]:
    """The named arrays of an ``.npz`` file, as stored."""
    with np.load(path, allow_pickle=False) as z:
        return {name: z[name] for name in z.files}


def weak_file(source: Path, out: Path, version: str | None = None) -> dict[str, object]:
    """Write ``out`` from ``source`` (see the module); returns the new meta. ``version``
    (``--version``): only set ``model_version`` to it (a counted model's file re-saved under
    the shipped version, as h-safety47 did), no ``weights_of``."""
    from unmask_dev.train_claff import save_npz  # training only

    arrays = arrays_of(source)
    meta = json.loads(str(arrays["meta"]))
    if version is None:
        meta["weights_of"] = meta["model_version"]
        meta["model_version"] = WEAK_VERSION
    else:
        meta["model_version"] = version
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    save_npz(out, {k: arrays[k] for k in ("weights", "dense", "bias", "meta")})
    return dict(meta)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--version", help="only set model_version to this (a counted model's file)")
    args = ap.parse_args()
    meta = weak_file(args.source, args.out, args.version)
    print(json.dumps({k: meta.get(k) for k in ("model_version", "weights_of", "features_version")}))


if __name__ == "__main__":
    main()
