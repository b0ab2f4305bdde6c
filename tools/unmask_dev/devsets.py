"""Loaders of the real-dialogue development sets in ``shared/data/`` (benchmarks only).

Tests never read these files: a clone without ``../shared`` must pass ``make test``. Each
loader raises :class:`DevSetMissing` (with the path it looked for) when the file is absent,
so a benchmark can say so plainly and go on with the figures it can compute.

Sources and licences (``shared/data/dialog/README.md``; credited in README.md and docs):

- ESConv (Liu et al., ACL 2021), CC BY-NC 4.0: evaluation and threshold tuning only, never
  shipped weights;
- MultiWOZ 2.1 (Budzianowski et al., EMNLP 2018), MIT; CrossWOZ (Zhu et al., TACL 2020),
  Apache 2.0; CPED (Chen et al., 2022), Apache 2.0; SmileChat (Qiu et al., 2023), CC0;
- CL-Aff OffMyChest (AffCon @ AAAI 2019), CC BY 4.0 (:mod:`unmask_dev.claff_split`).
"""

from __future__ import annotations

import csv
import json
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

#: ``$UNMASK_SHARED`` or the ``shared/`` folder beside the repository
ENV = "UNMASK_SHARED"


class DevSetMissing(FileNotFoundError):
    """A development set is not on this machine (no ``../shared`` beside the repo)."""


def shared_dir() -> Path:
    env = os.environ.get(ENV)
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared"
        if (candidate / "data").is_dir():
            return candidate
        candidate = parent.parent / "shared"
        if (candidate / "data").is_dir():
            return candidate
    return here.parents[2].parent / "shared"


def dialog_file(name: str) -> Path:
    path = shared_dir() / "data" / "dialog" / name
    if not path.is_file():
        raise DevSetMissing(
            f"{path} is absent: the development sets live in shared/data/dialog/ beside the "
            f"repository (or set ${ENV})"
        )
    return path


@dataclass(frozen=True)
class Turn:
    """One speaker turn of a dialogue; ``speaker`` is dataset-specific (see each loader)."""

    speaker: str
    text: str
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Dialogue:
    id: str
    turns: tuple[Turn, ...]


@cache
def multiwoz() -> tuple[Dialogue, ...]:
    """MultiWOZ 2.1 validation: English booking chats. Speakers ``user`` / ``system``."""
    with zipfile.ZipFile(dialog_file("multiwoz_val.json.zip")) as z:
        data = json.load(z.open("val.json"))
    out = []
    for did, d in data.items():
        turns = tuple(
            Turn("user" if i % 2 == 0 else "system", t["text"].strip())
            for i, t in enumerate(d["log"])
        )
        out.append(Dialogue(did, turns))
    return tuple(out)


@cache
def crosswoz() -> tuple[Dialogue, ...]:
    """CrossWOZ validation: Chinese travel-planning chats. Speakers ``usr`` / ``sys``."""
    with zipfile.ZipFile(dialog_file("crosswoz_val.json.zip")) as z:
        data = json.load(z.open("val.json"))
    return tuple(
        Dialogue(did, tuple(Turn(m["role"], m["content"].strip()) for m in d["messages"]))
        for did, d in data.items()
    )


@cache
def cped() -> tuple[Dialogue, ...]:
    """CPED validation: Chinese TV dialogue. Speaker = character name; labels ``sentiment``
    (positive/neutral/negative), ``emotion`` (13 classes) and ``da`` (dialogue act, e.g.
    ``comfort``)."""
    by_dialogue: dict[str, list[Turn]] = {}
    with dialog_file("cped_valid.csv").open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            by_dialogue.setdefault(row["Dialogue_ID"], []).append(
                Turn(
                    row["Speaker"],
                    row["Utterance"].strip(),
                    {"sentiment": row["Sentiment"], "emotion": row["Emotion"], "da": row["DA"]},
                )
            )
    return tuple(Dialogue(k, tuple(v)) for k, v in by_dialogue.items())


@cache
def smilechat() -> tuple[Dialogue, ...]:
    """SmileChat: Chinese client / counsellor dialogues (machine-rewritten from PsyQA).
    Speakers ``client`` / ``counselor``."""
    out = []
    with dialog_file("smilechat_1000-3999.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            turns = tuple(Turn(t["role"], t["content"].strip()) for t in d["dialogue"])
            out.append(Dialogue(str(d["id"]), turns))
    return tuple(out)


def _esconv_turn(raw: str) -> tuple[int, Turn]:
    emo, speaker, index, text = raw.strip().split(" ", 3)
    labels = {"emotion": emo}
    if speaker == "1" and text.startswith("["):
        strategy, _, text = text[1:].partition("] ")
        labels["strategy"] = strategy.rstrip("]")
    return int(index), Turn("supporter" if speaker == "1" else "seeker", text.strip(), labels)


@cache
def esconv() -> tuple[Dialogue, ...]:
    """ESConv dev: help-seeker / supporter chats rebuilt from the context windows.

    Speakers ``seeker`` / ``supporter``; supporter turns carry ``strategy`` (Questions,
    Restatement or Paraphrasing, Reflection of feelings, Self-disclosure, Affirmation and
    Reassurance, Providing Suggestions, Information, Others). Each line of the file is a
    sliding window of numbered turns ending in one turn; windows of one conversation agree
    on the turns they share, and a window that disagrees (or restarts at turn 0 with other
    text) starts the next conversation.
    """
    dialogues: list[dict[int, Turn]] = []
    current: dict[int, Turn] = {}
    with dialog_file("esconv_dev.tsv").open(encoding="utf-8") as f:
        for line in f:
            window = [_esconv_turn(p) for p in line.rstrip("\n").split(" EOS ") if p.strip()]
            same = all(i not in current or current[i].text == t.text for i, t in window) and any(
                i in current for i, _ in window
            )
            if not same:
                if current:
                    dialogues.append(current)
                current = {}
            for i, t in window:
                current.setdefault(i, t)
    if current:
        dialogues.append(current)
    return tuple(
        Dialogue(f"esconv-{n}", tuple(d[i] for i in sorted(d))) for n, d in enumerate(dialogues)
    )


def iter_pairs(dialogue: Dialogue) -> Iterator[tuple[Turn, Turn]]:
    """(previous turn, turn) for every turn after the first."""
    yield from zip(dialogue.turns, dialogue.turns[1:], strict=False)
