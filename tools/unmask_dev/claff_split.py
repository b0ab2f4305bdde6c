"""The CL-Aff "OffMyChest" data set and our fixed train/dev/test split.

One module so that the training recipe (scripts/train_claff.py), the quality
benchmark (benchmarks/quality.py) and the tests read the data and split it
the same way. Not used at run time by the analysis.

Data: 12,860 English Reddit sentences from r/OffMyChest relationship threads,
labelled by crowd workers (CL-Aff shared task 2020, CC BY 4.0; see
docs/model.md for the credit). The CSV lives outside the package, in
``shared/data/claff-offmychest/labeled_training_set.csv``.

Split: by thread (column ``id``), so sentences of one thread never sit on
both sides. Threads are ordered by ``sha256(SPLIT_SALT + id)`` and assigned
in that order to train until 70% of the sentences are taken, then to dev
until 85%, the rest to test. Hash order (not a seeded shuffle) keeps a
thread's side stable however the file is ordered.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from unmask.errors import InputError

SPLIT_SALT = "unmask-claff-split-v1:"
SPLIT_FRACTIONS = (0.70, 0.15, 0.15)
SPLITS = ("train", "dev", "test")

#: data-set column -> our signal name
LABEL_COLUMNS: dict[str, str] = {
    "Emotional_disclosure": "disclosure.emotional",
    "Information_disclosure": "disclosure.informational",
    "Emo_support": "support.emotional",
    "Info_support": "support.informational",
}

DATA_ENV = "UNMASK_CLAFF_CSV"
_RELATIVE = Path("shared/data/claff-offmychest/labeled_training_set.csv")
_REPO_COPY = Path("tests/data/claff-offmychest/labeled_training_set.csv")
_ESCAPE = re.compile(r"<U\+([0-9A-Fa-f]{2,8})>")


@dataclass(frozen=True)
class Sentence:
    """One labelled sentence; ``labels`` maps our signal names to 0/1."""

    sentence_id: str
    thread_id: str
    text: str
    labels: dict[str, int]


def default_csv() -> Path:
    """Where the CSV is: ``$UNMASK_CLAFF_CSV``, else the repository's copy (tests/data/,
    with its licence and credit), else ``shared/`` beside the repo."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    repo_copy = here.parents[2] / _REPO_COPY
    if repo_copy.is_file():
        return repo_copy
    for parent in here.parents:
        candidate = parent / _RELATIVE
        if candidate.is_file():
            return candidate
    return here.parents[3] / _RELATIVE


def _unescape(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    if 0x80 <= code <= 0x9F:  # the export wrote Windows-1252 bytes as code points
        return bytes([code]).decode("cp1252", errors="replace")
    return chr(code) if code <= 0x10FFFF else ""


def normalise(text: str) -> str:
    """Undo the export's ``<U+0092>`` escapes (training/eval input only)."""
    return _ESCAPE.sub(_unescape, text)


def load(path: Path | None = None) -> list[Sentence]:
    """Read and normalise every labelled sentence of the CSV."""
    path = path or default_csv()
    if not path.is_file():
        raise InputError(
            f"CL-Aff data not found at {path}; set {DATA_ENV} to the path of "
            "labeled_training_set.csv"
        )
    out: list[Sentence] = []
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = {"sentenceid", "id", "full_text", *LABEL_COLUMNS} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{path}: missing columns {sorted(missing)}")
        for line, row in enumerate(reader, start=2):
            try:
                labels = {sig: int(row[col]) for col, sig in LABEL_COLUMNS.items()}
            except ValueError as exc:
                raise InputError(f"{path}:{line}: a label column is not 0/1") from exc
            out.append(Sentence(row["sentenceid"], row["id"], normalise(row["full_text"]), labels))
    return out


def thread_order(thread_ids: set[str]) -> list[str]:
    """Threads in their fixed, salted-hash order."""
    return sorted(thread_ids, key=lambda t: hashlib.sha256((SPLIT_SALT + t).encode()).hexdigest())


def assign(sentences: list[Sentence]) -> dict[str, str]:
    """thread id -> "train" | "dev" | "test"."""
    sizes = Counter(s.thread_id for s in sentences)
    total = sum(sizes.values())
    bounds = (SPLIT_FRACTIONS[0] * total, (SPLIT_FRACTIONS[0] + SPLIT_FRACTIONS[1]) * total)
    side: dict[str, str] = {}
    taken = 0
    for thread in thread_order(set(sizes)):
        side[thread] = "train" if taken < bounds[0] else "dev" if taken < bounds[1] else "test"
        taken += sizes[thread]
    return side


def split(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """The three sides of the fixed split, in file order."""
    side = assign(sentences)
    parts: dict[str, list[Sentence]] = {name: [] for name in SPLITS}
    for s in sentences:
        parts[side[s.thread_id]].append(s)
    return parts


RANDOM_SEED = 20190127  # the leaky comparison split (see random_split)


def random_split(sentences: list[Sentence], seed: int = RANDOM_SEED) -> dict[str, list[Sentence]]:
    """A sentence-level random 70/15/15 split, stratified by the four labels.

    **Leaky, for comparison only**: sentences of one thread (often near
    duplicates, quoted replies) fall on both sides, which is how the ~0.70
    TF-IDF + LR figure quoted for this data is usually obtained. The headline
    figures use :func:`split` (by thread). Deterministic: sentences are put in
    id order, each label combination is shuffled with a seeded generator and
    cut at 70% and 85%; the result is in file order.
    """
    ordered = sorted(sentences, key=lambda s: (s.thread_id, s.sentence_id))
    strata: dict[tuple[int, ...], list[Sentence]] = {}
    for s in ordered:
        strata.setdefault(tuple(s.labels[sig] for sig in LABEL_COLUMNS.values()), []).append(s)
    rng = np.random.default_rng(seed)
    side: dict[int, str] = {}
    for key in sorted(strata):
        group = strata[key]
        perm = rng.permutation(len(group))
        cut1 = round(SPLIT_FRACTIONS[0] * len(group))
        cut2 = round((SPLIT_FRACTIONS[0] + SPLIT_FRACTIONS[1]) * len(group))
        for rank, k in enumerate(perm):
            side[id(group[k])] = "train" if rank < cut1 else "dev" if rank < cut2 else "test"
    parts: dict[str, list[Sentence]] = {name: [] for name in SPLITS}
    for s in sentences:
        parts[side[id(s)]].append(s)
    return parts


SPLIT_MODES = ("thread", "random")


def split_by(mode: str, sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """``split`` (mode ``thread``, the headline) or ``random_split`` (``random``)."""
    if mode == "thread":
        return split(sentences)
    if mode == "random":
        return random_split(sentences)
    raise ValueError(f"split mode must be one of {SPLIT_MODES}, not {mode!r}")
