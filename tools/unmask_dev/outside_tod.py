"""Booking chats from sources outside ``shared/``: an optional check of the task-talk
figures on other assistants' chats (issue 10 measures them on "other sources" too).

Not bundled and not committed: samples of the *training* splits of two public datasets,
copied into a TSV (header ``dialogue_id``, ``turn``, ``speaker``, ``text``; one utterance a
row, in order). Used for figures and for reading misses on the tune half; nothing is
trained on them.

- English, ``$UNMASK_SGD_SAMPLE``: the Schema-Guided Dialogue dataset (Rastogi et al.,
  AAAI 2020, "Towards Scalable Multi-domain Conversational Modeling: The Schema-Guided
  Dialogue Dataset"; CC BY-SA 4.0; github.com/google-research-datasets/
  dstc8-schema-guided-dialogue, ``train/``): assistants for restaurants, banks, films,
  events, homes, dentists and salons, flights, buses.
- English, ``$UNMASK_SGD_TUNE``: a second, larger sample of the same training split (h-claff2:
  498 turns of 49 dialogues across flights, buses, cars, hotels, homes, events, films, music,
  restaurants, salons, doctors, dentists, banks, weather and calendars; none of the first
  sample's dialogue ids; a dialogue cut at the start of a read is named ``<file>_p<offset>``).
  All of it is a *tuning* set (misses may be read): it has no report half.
- Chinese, ``$UNMASK_RISAWOZ_SAMPLE``: RiSAWOZ (Quan et al., EMNLP 2020, "RiSAWOZ: A
  Large-Scale Multi-Domain Wizard-of-Oz Dataset with Rich Semantic Annotations for
  Task-Oriented Dialogue Modeling"; CC BY 4.0), from the X-RiSAWOZ few-shot file of
  github.com/stanford-oval/dialogues (``dialogues/risawoz/data/original/zh_fewshot.json``,
  described there as a training subset): weather, hospitals, attractions, films, cars,
  laptops, hotels, restaurants, flights, trains.

Sources of another design (h-tod3, 2026-12-05; see docs/validity.md "Sources"):

- English, ``$UNMASK_TASKMASTER_SAMPLE``: Taskmaster-3 (Byrne et al., Google, 2020; CC BY
  4.0; github.com/google-research-datasets/Taskmaster, ``TM-3-2020/splits/train/
  train-bc.tsv``): people booking movie tickets with a human playing the assistant, typed
  in free form (the file holds one context and next turn a row; a row's utterances, API
  calls dropped, are one dialogue here).
- English, ``$UNMASK_ABCD_SAMPLE``: ABCD, the Action-Based Conversations Dataset (Chen et
  al., NAACL 2021; asappresearch/abcd, ``data/abcd_sample.json``: three conversations of the
  training split): live chat between a customer and an agent of an online clothing shop
  (returns, refunds, promo codes). Too small for halves: a tuning set as a whole.
- Chinese, ``$UNMASK_ZH_SERVICE_SAMPLE``: JDDC, the JD.com customer-service corpus of the
  JDDC 2019 contest (Chen et al., LREC 2020), the 0.1% sample of its training chat log
  kept in github.com/EndlessLethe/jddc2019-3th-retrieve-model (``data/chat_0.1per.txt``):
  real e-commerce service chats (orders, invoices, refunds, delivery), personal data
  masked by the organisers (``[订单x]``, ``[金额x]``). Research use under the contest's
  terms: figures and reading only.

The dialogues fall in two halves by a salted hash of their id: ``tune`` (misses may be read
there) and ``report`` (figures only); a source in :data:`TUNE_ONLY` is read whole, as a
tuning set.
"""

from __future__ import annotations

import csv
import io
import os
import zlib
from pathlib import Path
from typing import Literal

from unmask_dev.devsets import Dialogue, Turn

SOURCES: dict[str, tuple[str, str]] = {
    "sgd": ("UNMASK_SGD_SAMPLE", "Schema-Guided Dialogue (train) sample"),
    "sgd_tune": ("UNMASK_SGD_TUNE", "Schema-Guided Dialogue (train) second sample"),
    "risawoz": ("UNMASK_RISAWOZ_SAMPLE", "RiSAWOZ (train) sample"),
    "taskmaster": ("UNMASK_TASKMASTER_SAMPLE", "Taskmaster-3 (train) sample"),
    "abcd": ("UNMASK_ABCD_SAMPLE", "ABCD customer service (train) sample"),
    "jddc": ("UNMASK_ZH_SERVICE_SAMPLE", "JDDC e-commerce service (train) sample"),
}
SALT = "unmask-ood-v1:"
Half = Literal["tune", "report"]
#: sources that are tuning sets as a whole (no report half)
TUNE_ONLY = frozenset({"sgd_tune", "abcd"})


class Missing(FileNotFoundError):
    """The source's environment variable is unset or names no readable file."""


def half(dialogue_id: str) -> Half:
    return ("tune", "report")[zlib.crc32((SALT + dialogue_id).encode("utf-8")) % 2]


def parse(raw: str) -> tuple[Dialogue, ...]:
    """Dialogues of a TSV sample, in the order they first appear, turns in ``turn`` order;
    rows without the four fields or with an empty text are skipped."""
    turns: dict[str, list[tuple[int, Turn]]] = {}
    for row in csv.DictReader(io.StringIO(raw), delimiter="\t"):
        dialogue, turn = row.get("dialogue_id"), row.get("turn")
        text, speaker = (row.get("text") or "").strip(), (row.get("speaker") or "").strip()
        if not dialogue or not turn or not turn.strip().isdigit() or not text:
            continue
        turns.setdefault(dialogue, []).append((int(turn), Turn(speaker.lower(), text)))
    return tuple(
        Dialogue(key, tuple(t for _, t in sorted(items, key=lambda x: x[0])))
        for key, items in turns.items()
    )


def load(source: str, which: Half | None = None) -> tuple[Dialogue, ...]:
    """The dialogues of one source's sample (one half, or all); :class:`Missing` if unset."""
    env, name = SOURCES[source]
    path = os.environ.get(env)
    if not path or not Path(path).is_file():
        raise Missing(f"set ${env} to a TSV sample of the {name} to get this figure")
    dialogues = parse(Path(path).read_text(encoding="utf-8"))
    return tuple(d for d in dialogues if which is None or half(d.id) == which)
