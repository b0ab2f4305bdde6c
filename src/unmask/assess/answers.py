"""One partner's answer sheet, and its JSON interchange form.

A sheet holds the partner's own answers, their predictions of the partner's
answers, the life-domain ratings and free-text hopes. A key that is present
with ``None`` means "asked and skipped", so an interrupted questionnaire
resumes at the first item never shown. The same JSON form is what
``unmask assess --export/--import`` writes and reads, and what the store
encrypts; :func:`sheet_from_json` checks it against the instrument so a
damaged or foreign file can never produce a silent wrong score.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from unmask.assess.instrument import Instrument, ResponseScale
from unmask.assess.privacy import private_sections
from unmask.errors import InputError

FORMAT = "unmask-answers"
FORMAT_VERSION = 1
MAX_HOPE_CHARS = 500

Answers = Mapping[str, int | None]


@dataclass(frozen=True)
class AnswerSheet:
    """Everything one partner answered for one instrument."""

    instrument_id: str
    instrument_version: str
    answers: Answers = field(default_factory=dict)
    predictions: Answers = field(default_factory=dict)
    domains: Answers = field(default_factory=dict)
    hopes: tuple[str, ...] = ()
    hopes_done: bool = False
    finished: bool = False
    #: sections kept out of the comparison (see :mod:`unmask.assess.privacy`)
    private: tuple[str, ...] = ()

    def with_answer(self, section: str, key: str, value: int | None) -> AnswerSheet:
        """A copy with one more answer in ``section`` (answers/predictions/domains)."""
        current: dict[str, int | None] = dict(getattr(self, section))
        current[key] = value
        if section == "answers":
            return replace(self, answers=current)
        if section == "predictions":
            return replace(self, predictions=current)
        if section == "domains":
            return replace(self, domains=current)
        raise ValueError(f"unknown section {section!r}")

    def progress(self, instrument: Instrument) -> tuple[int, int]:
        """(screens done, total screens), hopes counted as one screen."""
        total = (
            len(instrument.items)
            + len(instrument.predicted_items)
            + len(instrument.domains)
            + (1 if instrument.max_hopes else 0)
        )
        done = (
            sum(1 for i in instrument.items if i.id in self.answers)
            + sum(1 for i in instrument.predicted_items if i.id in self.predictions)
            + sum(1 for d in instrument.domains if d.id in self.domains)
            + (1 if instrument.max_hopes and self.hopes_done else 0)
        )
        return done, total


def empty_sheet(instrument: Instrument) -> AnswerSheet:
    return AnswerSheet(instrument.id, instrument.version)


def sheet_to_json(sheet: AnswerSheet, couple: str, partner: str) -> dict[str, Any]:
    """The documented interchange form (docs/assess.md)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "instrument": {"id": sheet.instrument_id, "version": sheet.instrument_version},
        "couple": couple,
        "partner": partner,
        "answers": dict(sheet.answers),
        "predictions": dict(sheet.predictions),
        "domains": dict(sheet.domains),
        "hopes": list(sheet.hopes),
        "hopes_done": sheet.hopes_done,
        "finished": sheet.finished,
        "private": list(sheet.private),
    }


def sheet_to_bytes(sheet: AnswerSheet, couple: str, partner: str) -> bytes:
    return json.dumps(sheet_to_json(sheet, couple, partner), ensure_ascii=False).encode()


def sheet_from_bytes(data: bytes, instrument: Instrument, source: str) -> AnswerSheet:
    """Parse JSON bytes; any defect is an :class:`InputError` naming ``source``."""
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{source}: not UTF-8 text; expected an answers JSON file") from None
    except (json.JSONDecodeError, RecursionError) as error:
        line = getattr(error, "lineno", None)
        where = f" line {line}" if line else ""
        raise InputError(
            f"{source}{where}: not valid JSON; expected an answers JSON file"
        ) from None
    except ValueError:  # e.g. an integer longer than Python's int-conversion limit
        raise InputError(
            f"{source}: holds a number too large to read; expected an answers JSON file"
        ) from None
    return sheet_from_json(value, instrument, source)


def sheet_from_json(value: Any, instrument: Instrument, source: str) -> AnswerSheet:
    """Check an answers object against ``instrument`` and build the sheet."""

    def fail(what: str) -> InputError:
        return InputError(f"{source}: {what}")

    if not isinstance(value, dict):
        raise fail("expected a JSON object with format 'unmask-answers'")
    if value.get("format") != FORMAT or value.get("format_version") != FORMAT_VERSION:
        raise fail(f'expected "format": "{FORMAT}" and "format_version": {FORMAT_VERSION}')
    meta = value.get("instrument")
    if not isinstance(meta, dict) or meta.get("id") != instrument.id:
        raise fail(
            f"these answers are not for instrument {instrument.id!r}; "
            "pass the matching --instrument FILE"
        )
    if meta.get("version") != instrument.version:
        raise fail(
            f"these answers are for version {str(meta.get('version'))[:20]!r} of "
            f"{instrument.id!r}, not {instrument.version!r}"
        )
    answers = _ratings(
        value.get("answers", {}), "answers", instrument.item_ids, instrument.response_scale, fail
    )
    predicted_ids = tuple(i.id for i in instrument.predicted_items)
    predictions = _ratings(
        value.get("predictions", {}), "predictions", predicted_ids, instrument.response_scale, fail
    )
    domain_ids = tuple(d.id for d in instrument.domains)
    domains: dict[str, int | None] = {}
    if instrument.domain_scale is not None:
        domains = _ratings(
            value.get("domains", {}), "domains", domain_ids, instrument.domain_scale, fail
        )
    elif value.get("domains"):
        raise fail("'domains' given but the instrument rates no life domains")
    hopes = value.get("hopes", [])
    if not isinstance(hopes, list) or not all(isinstance(h, str) for h in hopes):
        raise fail("'hopes' must be a list of texts")
    if len(hopes) > instrument.max_hopes:
        raise fail(f"'hopes' has {len(hopes)} entries; at most {instrument.max_hopes} allowed")
    if any(len(h) > MAX_HOPE_CHARS or not h.strip() for h in hopes):
        raise fail(f"each hope must be non-empty and at most {MAX_HOPE_CHARS} characters")
    flags = {}
    for key in ("hopes_done", "finished"):
        flag = value.get(key, False)
        if not isinstance(flag, bool):
            raise fail(f"'{key}' must be true or false")
        flags[key] = flag
    private = value.get("private", [])
    allowed = private_sections(instrument)
    if not isinstance(private, list) or not all(p in allowed for p in private):
        raise fail(f"'private' must be a list of section names from {', '.join(allowed)}")
    return AnswerSheet(
        instrument.id,
        instrument.version,
        answers,
        predictions,
        domains,
        tuple(hopes),
        flags["hopes_done"],
        flags["finished"],
        tuple(dict.fromkeys(private)),
    )


def _ratings(
    raw: Any, name: str, allowed: tuple[str, ...], scale: ResponseScale, fail: Any
) -> dict[str, int | None]:
    if not isinstance(raw, dict):
        raise fail(f"'{name}' must be an object of id: answer")
    out: dict[str, int | None] = {}
    for key, answer in raw.items():
        if key not in allowed:
            shown = key[:40] if isinstance(key, str) else "?"
            raise fail(f"'{name}' has unknown id {shown!r}; expected one of the instrument's ids")
        if isinstance(answer, float) and math.isfinite(answer) and answer.is_integer():
            answer = int(answer)
        if answer is not None and not scale.contains(answer):
            raise fail(
                f"'{name}.{key}' must be a whole number from {scale.low} to {scale.high} "
                "or null (skipped)"
            )
        out[key] = answer
    return out
