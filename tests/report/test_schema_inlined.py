"""The report.json validator reads the schema with its definitions inlined: the same checks."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from unmask.report.writer import _inlined, _validator, load_schema


def _errors(schema: dict[str, Any], document: Any) -> list[tuple[str, str]]:
    validator = jsonschema.Draft202012Validator(schema)
    return sorted(
        ("/".join(str(p) for p in e.path), str(e.validator))
        for e in validator.iter_errors(document)
    )


def test_no_reference_to_a_definition_is_left() -> None:
    inlined = _inlined(load_schema())
    assert "#/$defs/" not in json.dumps(inlined["properties"])
    assert _validator().schema == inlined


def _broken(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Copies of ``report`` with one value a definition checks made wrong."""
    out = []
    for path, value in [
        (("profile", "depth"), "deep"),  # a number that is a string
        (("profile", "surface"), {"value": 1}),
        (("responses",), []),
        (("statements",), [{"text": 3}]),
        (("examples",), {"depth": [{"timestamp": 1}]}),
    ]:
        broken = copy.deepcopy(report)
        node = broken
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        out.append(broken)
    return out


@pytest.mark.parametrize("which", ["report_en", "report_zh", "report_redacted"])
def test_inlined_schema_finds_what_the_schema_finds(
    which: str, request: pytest.FixtureRequest
) -> None:
    report = request.getfixturevalue(which)
    schema = load_schema()
    inlined = _inlined(schema)
    assert _errors(inlined, report) == _errors(schema, report) == []
    for broken in _broken(report):
        found = _errors(schema, broken)
        assert found, "the broken copy should fail the schema"
        assert _errors(inlined, broken) == found
