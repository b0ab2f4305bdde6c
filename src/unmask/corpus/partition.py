"""Cutting a corpus into partitions: batches of whole couples, the unit of work and resume.

A partition is a list of input files, or of some conversations of one file (so
always of whole conversations): exports are batched in path order until about
``target_bytes``; a canonical file's conversations are batched until about
``target_messages``, so a worker holds one partition's messages whatever the
size of the files (it streams a big Parquet file and keeps only its
conversations). The plan
depends only on the inputs, never on the engine or the worker count, so every
engine writes the same partitions. A partition's id names its position and a
digest of its files (path, size, modification time) and the run's parameters:
a changed input or parameter gives a new id, and a resumed run redoes exactly
the partitions whose id has no finished record.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from unmask.corpus.inputs import Couple, InputFile

#: about this many input bytes of exports per partition (~100k messages)
DEFAULT_TARGET_BYTES = 8 * 1024 * 1024
#: about this many messages of canonical files per partition
DEFAULT_TARGET_MESSAGES = 200_000


@dataclass(frozen=True)
class Partition:
    """One unit of work: whole files, so whole couples."""

    id: str
    files: tuple[InputFile, ...]

    @property
    def couples(self) -> int:
        return sum(len(f.couples) for f in self.files)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


def _digest(files: list[InputFile], parameters: dict[str, Any]) -> str:
    h = hashlib.sha256(json.dumps(parameters, sort_keys=True).encode())
    for f in files:
        h.update(f"{f.path}\0{f.size}\0{f.mtime_ns}\0".encode())
        for c in f.couples:
            h.update(f"{c.couple_id}\0{c.conversation}\0{c.partners}\0".encode())
    return h.hexdigest()[:12]


def _slices(f: InputFile, target_messages: int) -> list[InputFile]:
    """A canonical file cut into runs of whole conversations of about ``target_messages``."""
    out: list[InputFile] = []
    chunk: list[Couple] = []
    n = 0
    for couple in f.couples:
        size = couple.messages or 0
        if chunk and n + size > target_messages:
            out.append(dataclasses.replace(f, couples=tuple(chunk)))
            chunk, n = [], 0
        chunk.append(couple)
        n += size
    if chunk or not out:
        out.append(dataclasses.replace(f, couples=tuple(chunk)))
    return out


def plan(
    files: list[InputFile],
    parameters: dict[str, Any],
    target_bytes: int = DEFAULT_TARGET_BYTES,
    target_messages: int = DEFAULT_TARGET_MESSAGES,
) -> list[Partition]:
    """The partitions of ``files`` (in their order)."""
    groups: list[list[InputFile]] = []
    batch: list[InputFile] = []
    batch_bytes = 0
    for f in files:
        if f.canonical:
            groups.extend([part] for part in _slices(f, target_messages))
            continue
        if batch and batch_bytes + f.size > target_bytes:
            groups.append(batch)
            batch, batch_bytes = [], 0
        batch.append(f)
        batch_bytes += f.size
    if batch:
        groups.append(batch)
    return [
        Partition(f"{index:05d}-{_digest(group, parameters)}", tuple(group))
        for index, group in enumerate(groups)
    ]


__all__ = ["DEFAULT_TARGET_BYTES", "DEFAULT_TARGET_MESSAGES", "Partition", "plan"]
