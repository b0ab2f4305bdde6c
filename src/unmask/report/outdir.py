"""The report folder's files and the check made before any work (:func:`check_output`).

Kept apart from :mod:`unmask.report.writer` so that ``unmask analyze`` can refuse a folder
before it forks its scoring child without importing the writer (which the command imports
only after the hand-over, beside the child: docs/validity.md, h-speed58).
"""

from __future__ import annotations

from pathlib import Path

from unmask.errors import OutputExistsError

OUTPUT_FILES = ("report.json", "messages.parquet", "report.html")


def check_output(out_dir: Path, force: bool, source: Path | str | None = None) -> None:
    """Refuse an output folder that would lose data (before any work is done).

    A non-empty folder needs ``force``; even then the export being analysed
    must not be one of the files the report replaces.
    """
    if source is not None and Path(source).exists():
        for name in OUTPUT_FILES:
            target = out_dir / name
            if target.exists() and target.resolve() == Path(source).resolve():
                raise OutputExistsError(
                    f"{target} is the export being analysed; writing the report there would "
                    "replace it. Choose another -o."
                )
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputExistsError(f"{out_dir} exists and is not a directory; choose another -o.")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not force:
        raise OutputExistsError(
            f"{out_dir} already exists and is not empty; choose another -o, or add --force "
            f"to replace the report files in it (only {', '.join(OUTPUT_FILES)} are written; "
            "other files are left alone)."
        )
