"""The figures of ``benchmarks/validity.py``: one module per area, each with ``rows()``.

Every module here exposes ``rows() -> list[Row]`` and computes its figures on the shared
development sets (:mod:`unmask_dev.devsets`), the bundled samples or chats it builds
itself. A module whose data is absent returns rows with ``value=None`` and the reason in
``note``, so the table always shows every figure and says what could not be measured.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

#: the areas, in the order the table prints them (a module may not exist yet)
AREAS: tuple[str, ...] = (
    "task_talk",
    "chinese",
    "responsiveness",
    "profile",
    "safety",
    "couple",
    "ceilings",
)
#: areas run only when asked for by name (``--area``): slow diagnostics, not figures
ON_REQUEST: tuple[str, ...] = ("ceilings",)


@dataclass(frozen=True)
class Row:
    """One figure: ``value`` as measured (None when it could not be), ``target`` as text
    (e.g. ``"<= 0.05"``), ``n`` the number of items it rests on."""

    area: str
    figure: str
    value: float | None
    target: str
    n: int
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.value is None or not self.target:
            return None
        op, _, number = self.target.partition(" ")
        bound = float(number)
        return {"<=": self.value <= bound, ">=": self.value >= bound}.get(op)


def collectors() -> list[tuple[str, Callable[[], list[Row]]]]:
    """(area, rows function) for every area module present."""
    out = []
    for area in AREAS:
        try:
            module = importlib.import_module(f"unmask_dev.validity.{area}")
        except ModuleNotFoundError as exc:
            if exc.name != f"unmask_dev.validity.{area}":
                raise
            continue
        out.append((area, module.rows))
    return out
