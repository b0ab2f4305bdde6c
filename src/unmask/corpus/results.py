"""Reading a corpus run back as pandas frames, and the questionnaire in long format.

:func:`open_run` gives a :class:`CorpusRun` whose methods return one pandas
``DataFrame`` per dataset, sorted by couple (and message row or month) so
two runs compare row by row whatever engine wrote them. :func:`questionnaire`
reads answer files as ``unmask assess --export`` writes them (the unlocked,
unencrypted interchange form; docs/assess.md) into one row per person per
scale, with the partner's score beside it, and :meth:`CorpusRun.questionnaire`
joins that to each couple's profile by couple id.

pandas comes with the ``corpus`` extra (``pip install 'unmask[corpus]'``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unmask.corpus.engines import DASK_INSTALL
from unmask.corpus.runner import MANIFEST
from unmask.corpus.work import TABLES
from unmask.errors import InputError, UsageError

if TYPE_CHECKING:
    import pandas as pd

    from unmask.assess.instrument import Instrument

#: the sort keys of each dataset
SORT = {
    "messages": ["couple_id", "row"],
    "couples": ["couple_id"],
    "months": ["couple_id", "index"],
    "profiles": ["couple_id"],
    "errors": ["file", "couple_id"],
}
ERROR_COLUMNS = ("file", "couple_id", "stage", "code", "kind", "reason")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise UsageError(
            f"reading corpus results as frames needs pandas; install it with: {DASK_INSTALL}"
        ) from None
    return pandas


@dataclass(frozen=True)
class CorpusRun:
    """The datasets of one finished corpus run (a folder ``unmask corpus run`` wrote)."""

    path: Path

    @property
    def manifest(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))
        return data

    def table(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        """One dataset (``messages``, ``couples``, ``months``, ``profiles``, ``errors``);
        ``columns`` reads only those (the sort keys, e.g. couple_id, always come along)."""
        if name not in TABLES:
            raise UsageError(f"no dataset {name!r}; expected one of {', '.join(TABLES)}.")
        pd = _pandas()
        folder = self.path / name
        parts = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
        if not parts:
            empty = list(ERROR_COLUMNS) if name == "errors" else list(SORT[name])
            return pd.DataFrame(columns=columns or empty)
        import pyarrow.parquet as pq

        wanted = None
        if columns is not None:
            wanted = list(dict.fromkeys([*SORT[name], *columns]))
        frames = [pq.read_table(p, columns=wanted).to_pandas() for p in parts]
        frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        frame = frame.sort_values(SORT[name], kind="stable", ignore_index=True)
        return frame[wanted] if wanted is not None else frame

    def messages(self, columns: list[str] | None = None) -> pd.DataFrame:
        """Every message's scores (``columns`` to read only some: the table is the big one)."""
        return self.table("messages", columns)

    def couples(self) -> pd.DataFrame:
        """One row of metrics per couple (components, responses, bids, trends...)."""
        return self.table("couples")

    def months(self) -> pd.DataFrame:
        """One row per couple and month: every trend series, the couple's and each partner's."""
        return self.table("months")

    def profiles(self) -> pd.DataFrame:
        """One row per couple: the surface/depth position, its intervals, region, change."""
        return self.table("profiles")

    def errors(self) -> pd.DataFrame:
        """Files and couples that could not be read or analysed, with the reason."""
        return self.table("errors")

    def questionnaire(
        self, answers: Iterable[Path | str] | Path | str, instrument: Instrument | None = None
    ) -> pd.DataFrame:
        """:func:`questionnaire` of ``answers`` joined with each couple's profile."""
        long = questionnaire(answers, instrument)
        profile = self.profiles()[["couple_id", "placed", "region", "surface", "depth"]]
        merged: pd.DataFrame = long.merge(profile, on="couple_id", how="left")
        return merged


def open_run(path: Path | str) -> CorpusRun:
    """The results in ``path``; refuses a folder without a finished run's manifest."""
    folder = Path(path)
    if not (folder / MANIFEST).is_file():
        raise InputError(
            f"{folder}: no {MANIFEST}; expected the folder of a finished `unmask corpus run`."
        )
    return CorpusRun(folder)


def _answer_files(answers: Iterable[Path | str] | Path | str) -> list[Path]:
    if isinstance(answers, str | Path):
        root = Path(answers)
        return sorted(root.rglob("*.json")) if root.is_dir() else [root]
    return [Path(a) for a in answers]


def questionnaire(
    answers: Iterable[Path | str] | Path | str, instrument: Instrument | None = None
) -> pd.DataFrame:
    """Exported answer files (a folder of them, or a list) as one row per person per scale.

    Columns (see :func:`unmask.assess.to_long_format`): couple_id, role, partner_role,
    instrument, instrument_version, group, scale, score, partner_score, n_answered,
    n_items. The couple id and role are the ``couple`` and ``partner`` each file was
    exported with. Free-text hopes are never read into the frame.
    """
    from unmask.assess import Respondent, builtin_instrument, sheet_from_bytes, to_long_format

    pd = _pandas()
    inst = instrument or builtin_instrument()
    people: list[Respondent] = []
    seen: dict[tuple[str, str], Path] = {}
    for path in _answer_files(answers):
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"{path}: cannot read it ({error.strerror}).") from None
        sheet = sheet_from_bytes(data, inst, str(path))
        meta = json.loads(data.decode("utf-8-sig"))
        couple, partner = str(meta.get("couple", "")), str(meta.get("partner", ""))
        if not couple or not partner:
            raise InputError(f"{path}: expected 'couple' and 'partner' in the answers file.")
        if (couple, partner) in seen:
            raise InputError(
                f"{path}: partner {partner!r} of couple {couple!r} is already in "
                f"{seen[(couple, partner)]}; give each person's answers once."
            )
        seen[(couple, partner)] = path
        people.append(Respondent(couple_id=couple, role=partner, answers=dict(sheet.answers)))
    return pd.DataFrame(to_long_format(inst, people))


__all__ = ["CorpusRun", "open_run", "questionnaire"]
