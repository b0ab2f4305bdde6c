"""What a corpus run reads: a folder of exports, a manifest CSV, or canonical files.

Three forms of INPUT (docs/corpus.md):

* a folder of exports in any importable format, one couple per file; the
  couple id is the file's path inside the folder without its suffix;
* a manifest CSV with the columns ``file,couple_id`` and optionally
  ``partner_a,partner_b`` (the two partners' sender names, in that role
  order); files are relative to the manifest's folder;
* canonical messages (docs/format.md) as Parquet or JSON Lines files, each
  holding whole conversations: every ``conversation_id`` is one couple.
  A folder may mix them with exports.

Everything is checked before any work starts: a couple id used twice, a file
listed twice, a line with a missing column or file is refused with the
manifest line (or the two files) named. Only names, sizes and, for canonical
files, the conversation-id column are read here, never the messages.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from unmask.errors import InputError, UsageError
from unmask.model import FIELDS

MANIFEST_COLUMNS = ("file", "couple_id")
ROLE_COLUMNS = ("partner_a", "partner_b")
CANONICAL_SUFFIXES = (".parquet", ".jsonl", ".ndjson")
_PARQUET_MAGIC = b"PAR1"
#: files a folder walk never treats as exports
_SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


class ManifestError(UsageError):
    """The corpus manifest (or the folder standing for one) is inconsistent."""

    code = "E220"


@dataclass(frozen=True)
class Couple:
    """One couple of the corpus: where its messages are and who the two partners are."""

    couple_id: str
    #: for canonical files: the conversation_id holding this couple's messages
    conversation: str | None = None
    partners: tuple[str, str] | None = None
    #: for canonical files: how many messages the conversation has (for partitioning)
    messages: int | None = None


@dataclass(frozen=True)
class InputFile:
    """One file of the corpus and the couples in it (one for an export)."""

    path: str
    size: int
    mtime_ns: int
    canonical: bool
    couples: tuple[Couple, ...]


def is_canonical(path: Path) -> bool:
    """Parquet, or JSON Lines whose first object has every canonical field."""
    try:
        with path.open("rb") as handle:
            head = handle.read(65_536)
    except OSError:
        return False
    if head.startswith(_PARQUET_MAGIC):
        return True
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        return False
    first = head.split(b"\n", 1)[0].strip()
    try:
        record = json.loads(first.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(record, dict) and set(FIELDS) <= set(record)


def conversation_counts(path: Path) -> dict[str, int]:
    """Each conversation id in a canonical file and its number of messages, in order of
    first appearance.

    Reads the one column (Parquet) or each line's id (JSON Lines); an unreadable file
    gives ``{}`` and fails later, in the errors table.
    """
    counts: dict[str, int] = {}
    try:
        with path.open("rb") as handle:
            parquet = handle.read(4) == _PARQUET_MAGIC
        if parquet:
            import pyarrow.compute as pc
            import pyarrow.parquet as pq

            column = pq.read_table(path, columns=["conversation_id"]).column(0)
            sizes = {item["values"]: item["counts"] for item in pc.value_counts(column).to_pylist()}
            for value in column.unique().to_pylist():
                if value is not None:
                    counts[str(value)] = int(sizes[value])
            return counts
        with path.open("rb") as handle:
            for line in handle:
                line = line.strip()
                if not line:
                    continue
                value = json.loads(line).get("conversation_id")
                if value is not None:
                    counts[str(value)] = counts.get(str(value), 0) + 1
    except Exception:  # noqa: BLE001 - recorded when the partition reads the file
        return {}
    return counts


def _stat(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _canonical_file(path: Path) -> InputFile:
    size, mtime = _stat(path)
    ids = conversation_counts(path)
    couples = tuple(Couple(couple_id=c, conversation=c, messages=n) for c, n in ids.items())
    if not couples:  # unreadable: one placeholder couple, so the error is recorded
        couples = (Couple(couple_id=path.stem),)
    return InputFile(str(path), size, mtime, True, couples)


def _export_file(path: Path, couple: Couple) -> InputFile:
    size, mtime = _stat(path)
    return InputFile(str(path), size, mtime, False, (couple,))


def _check_unique(files: list[InputFile], where: dict[str, str]) -> None:
    owner: dict[str, str] = {}
    for f in files:
        for c in f.couples:
            if c.couple_id in owner:
                first = owner[c.couple_id]
                raise ManifestError(
                    f"couple id {c.couple_id!r} appears twice ({where.get(first, first)} and "
                    f"{where.get(f.path, f.path)}); each couple needs its own id."
                )
            owner[c.couple_id] = f.path


def from_folder(folder: Path) -> list[InputFile]:
    """Every file under ``folder`` (sorted; hidden files skipped)."""
    files: list[InputFile] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder)
        if path.name in _SKIPPED_NAMES or any(part.startswith(".") for part in rel.parts):
            continue
        if is_canonical(path):
            files.append(_canonical_file(path))
        else:
            couple_id = rel.with_suffix("").as_posix()
            files.append(_export_file(path, Couple(couple_id=couple_id)))
    if not files:
        raise InputError(f"{folder}: no files found; expected chat exports or canonical files.")
    _check_unique(files, {})
    return files


def from_manifest(manifest: Path) -> list[InputFile]:
    """The files a manifest CSV lists (errors name the manifest line)."""
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ManifestError(f"{manifest}: cannot read it as UTF-8 CSV ({error}).") from None
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in MANIFEST_COLUMNS if c not in header]
    if missing:
        raise ManifestError(
            f"{manifest} line 1: missing column(s) {', '.join(missing)}; expected the header "
            "file,couple_id[,partner_a,partner_b]."
        )
    roles = all(c in header for c in ROLE_COLUMNS)
    files: list[InputFile] = []
    seen_file: dict[Path, int] = {}
    seen_couple: dict[str, int] = {}
    where: dict[str, str] = {}
    for line, record in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in record.items()}
        at = f"{manifest} line {line}"
        name, couple_id = row.get("file", ""), row.get("couple_id", "")
        if not name or not couple_id:
            raise ManifestError(f"{at}: 'file' and 'couple_id' must both be filled in.")
        path = (manifest.parent / name).resolve()
        if path in seen_file:
            raise ManifestError(
                f"{at}: {name!r} is already listed on line {seen_file[path]}; "
                "one file belongs to one couple."
            )
        if couple_id in seen_couple:
            raise ManifestError(
                f"{at}: couple id {couple_id!r} is already used on line "
                f"{seen_couple[couple_id]}; each couple needs its own id."
            )
        if not path.is_file():
            raise ManifestError(f"{at}: file {name!r} not found.")
        partners: tuple[str, str] | None = None
        if roles:
            a, b = row.get("partner_a", ""), row.get("partner_b", "")
            if bool(a) != bool(b):
                raise ManifestError(f"{at}: give both partner_a and partner_b, or neither.")
            if a and a == b:
                raise ManifestError(f"{at}: partner_a and partner_b are the same name.")
            partners = (a, b) if a else None
        seen_file[path] = line
        seen_couple[couple_id] = line
        couple = Couple(couple_id=couple_id, partners=partners)
        if is_canonical(path):
            counts = conversation_counts(path)
            if len(counts) > 1:
                raise ManifestError(
                    f"{at}: {name!r} holds {len(counts)} conversations; a manifest line names "
                    "one couple's file (pass a folder of canonical files instead)."
                )
            conversation, n = next(iter(counts.items()), (None, None))
            couple = Couple(couple_id, conversation, partners, n)
            size, mtime = _stat(path)
            files.append(InputFile(str(path), size, mtime, True, (couple,)))
        else:
            files.append(_export_file(path, couple))
        where[str(path)] = at
    if not files:
        raise ManifestError(f"{manifest}: lists no files.")
    _check_unique(files, where)
    return files


def discover(source: Path | str) -> list[InputFile]:
    """The corpus at ``source``: a folder, a manifest ``.csv``, or one canonical file."""
    path = Path(source)
    if path.is_dir():
        return from_folder(path)
    if not path.is_file():
        raise InputError(
            f"{path}: not found; expected a folder, a manifest CSV or a canonical file."
        )
    if path.suffix.lower() == ".csv" and not is_canonical(path):
        return from_manifest(path)
    if is_canonical(path):
        files = [_canonical_file(path)]
        _check_unique(files, {})
        return files
    raise InputError(
        f"{path}: expected a folder of exports, a manifest CSV (file,couple_id,...) or "
        "canonical Parquet/JSON Lines."
    )


__all__ = [
    "CANONICAL_SUFFIXES",
    "Couple",
    "InputFile",
    "ManifestError",
    "conversation_counts",
    "discover",
    "from_folder",
    "from_manifest",
    "is_canonical",
]
