"""Check the outside (not bundled) development files against the table in docs/validity.md.

The ``UNMASK_*`` rows of ``benchmarks/validity.py`` read files kept outside the repository
(docs/validity.md, "Outside files rebuilt again (h-data2, 2026-12-06)"). This prints, for
each variable, the file it names, that file's sha256 and its size as the loaders count it
(posts, or dialogues and turns), next to the figures the table gives:

    PYTHONPATH=src:tools python -m unmask_dev.ext_check

A line ends ``ok`` (same sha256 and size), ``differs``, ``missing`` (variable unset or no
such file) or ``not in the table``. The exit status is 1 when a file differs, else 0.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from unmask_dev import nlpcc2018, outside_tod, smp2020


@dataclass(frozen=True)
class Expected:
    name: str
    sha256: str | None
    size: tuple[int, ...] | None


#: variable -> the file docs/validity.md names, its sha256 and its size (posts, or dialogues
#: and turns); ``None`` for a file with no agreed copy
TABLE: dict[str, Expected] = {
    "UNMASK_NLPCC2018_DEV": Expected(
        "nlpcc2018_dev.txt",
        "9aa7c695ac7646f2711b0b79ab09182542d1fe64566a2c7caaf6e4448824d533",
        (728,),
    ),
    "UNMASK_SMP2020_SAMPLE": Expected(
        "smp2020_usual_train_tune.tsv",
        "e0133dbc54696d9c1234e2de6f0ce5fb151636e8ff6c9e82bc11c3aa77d1f504",
        (589,),
    ),
    "UNMASK_SMP2020_FRESH": Expected(
        "smp2020_usual_fresh.tsv",
        "b62707698536011751b6331606cd150d0b7a709c24974d81c7312a35fc9813f7",
        (290,),
    ),
    "UNMASK_SGD_SAMPLE": Expected(
        "sgd_train_sample.tsv",
        "fe9f249f975c322ffb65a35b42f5acf3e4f25f59b7b1a11571b3478b1fee4160",
        (38, 526),
    ),
    "UNMASK_SGD_TUNE": Expected(
        "sgd_train_more.tsv",
        "f1b98b054c73ea15c9e5ba9af24a6e112c02b50f6821e76c8ec334ef68c17c2f",
        (37, 436),
    ),
    "UNMASK_RISAWOZ_SAMPLE": Expected(
        "risawoz_sample.tsv",
        "c60ef37ea1921550bf51815e00c3cfc3cd6415c47316fd33404f88fd3b338276",
        (32, 412),
    ),
    "UNMASK_TASKMASTER_SAMPLE": Expected(
        "taskmaster_train.tsv",
        "6f8373e35f4ef960fb4601270a8a4a472485b58ef0c5b81bfcb9625f00a0a656",
        (26, 256),
    ),
    "UNMASK_ABCD_SAMPLE": Expected(
        "abcd_train.tsv",
        "3a79b7343bf5fac7ecb40793bff3e63eb460900a7c6eb5e16c4d753e4d2e8fae",
        (3, 63),
    ),
    "UNMASK_ZH_SERVICE_SAMPLE": Expected(
        "zh_service_train.tsv",
        "e41751443a5470834a05045ce74904ab7d571e391efbb9b92aef56c618b07d91",
        (29, 393),
    ),
}


def size(variable: str, text: str) -> tuple[int, ...]:
    """Posts, or (dialogues, turns), as the loader behind ``variable`` reads ``text``."""
    if variable == "UNMASK_NLPCC2018_DEV":
        return (len(nlpcc2018.parse(text)),)
    if variable in ("UNMASK_SMP2020_SAMPLE", "UNMASK_SMP2020_FRESH"):
        return (len(smp2020.parse(text)),)
    dialogues = outside_tod.parse(text)
    return (len(dialogues), sum(len(d.turns) for d in dialogues))


def check(variable: str, environ: dict[str, str] | None = None) -> tuple[str, str]:
    """One line for ``variable`` and its verdict (ok, differs, missing, not in the table)."""
    env = os.environ if environ is None else environ
    expected = TABLE[variable]
    path = env.get(variable)
    if not path or not Path(path).is_file():
        return f"{variable}: unset or no file ({expected.name})", "missing"
    raw = Path(path).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    got = size(variable, raw.decode("utf-8"))
    shown = "/".join(map(str, got))
    line = f"{variable}: {path} sha256 {digest} size {shown}"
    if expected.sha256 is None or expected.size is None:
        return line, "not in the table"
    if digest == expected.sha256 and got == expected.size:
        return line, "ok"
    want = "/".join(map(str, expected.size))
    return f"{line} (table: {expected.sha256} size {want})", "differs"


def main(argv: list[str] | None = None) -> int:
    del argv
    differs = False
    for variable in TABLE:
        line, verdict = check(variable)
        print(f"{line}  {verdict}")
        differs = differs or verdict == "differs"
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
