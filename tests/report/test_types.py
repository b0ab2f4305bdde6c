"""The report's TypedDicts are generated from its JSON Schema and must not drift from it."""

from __future__ import annotations

import json
import typing
from pathlib import Path

from unmask.report import types
from unmask.report.writer import load_schema
from unmask_dev.schema_types import TARGET, render


def test_types_module_is_what_the_schema_generates() -> None:
    assert Path(types.__file__).resolve() == TARGET.resolve()
    expected = render(load_schema())
    assert TARGET.read_text(encoding="utf-8") == expected, (
        "report/types.py is out of date: run `python -m unmask_dev.schema_types`"
    )


def test_report_keys_match_the_schema_required_and_optional() -> None:
    schema = load_schema()
    hints = typing.get_type_hints(types.Report)
    assert set(hints) == set(schema["properties"])
    assert types.Report.__required_keys__ == frozenset(schema["required"])
    profile = schema["properties"]["profile"]
    assert types.Profile.__required_keys__ == frozenset(profile["required"])
    recent = profile["properties"]["recent"]
    assert "from" in types.ProfileRecent.__required_keys__
    assert set(typing.get_type_hints(types.ProfileRecent)) == set(recent["properties"])


def test_a_changed_schema_changes_the_types() -> None:
    schema = json.loads(json.dumps(load_schema()))
    schema["properties"]["source"]["properties"]["platforms"] = {
        "type": "array",
        "items": {"type": "string"},
    }
    source = render(schema)
    assert "platforms: NotRequired[list[str]]" in source
    assert source != TARGET.read_text(encoding="utf-8")
