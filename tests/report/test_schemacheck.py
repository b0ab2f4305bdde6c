"""The quick schema check (h-speed39) never passes what jsonschema fails, and passes the
real reports: the writer then never imports jsonschema for a report that follows the schema."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from unmask.errors import UnmaskError
from unmask.report.schemacheck import compile_check
from unmask.report.writer import _inlined, _quick_check, load_schema, validate_report

#: wrong (or oddly typed) values put in place of each value of a real report
WRONG: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    1.0,
    2.5,
    -0.5,
    float("nan"),
    "",
    "x",
    "2021-13",
    "depth",
    [],
    [1],
    ["x"],
    {},
    {"x": 1},
)


def _paths(node: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node[:3]):  # the first items: the same item schema after
            yield from _paths(value, (*at, i))


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    out = copy.deepcopy(doc)
    _get(out, path[:-1])[path[-1]] = value
    return out


def _variants(report: dict[str, Any]) -> Iterator[Any]:
    """``report`` with one value replaced (a quarter of its values, three of :data:`WRONG`
    each, in turn), one key dropped or added, or one array item too many or too few:
    changed in place and put back after each (a copy per variant would take minutes)."""
    for k, path in enumerate(list(_paths(report))):
        if not path or k % 4:  # a quarter of the values (all took minutes)
            continue
        parent, key = _get(report, path[:-1]), path[-1]
        old = parent[key]
        for j in range(3):
            parent[key] = WRONG[(3 * k + j) % len(WRONG)]
            yield report
        if isinstance(parent, dict):
            del parent[key]
            yield report
        parent[key] = old
        if isinstance(old, dict):
            old["unexpected_key"] = 1
            yield report
            del old["unexpected_key"]
        elif isinstance(old, list) and old:
            old.append(old[-1])
            yield report
            old.pop()
            last = old.pop()
            yield report
            old.append(last)


def test_the_shipped_schema_gets_a_quick_check() -> None:
    assert _quick_check() is not None


@pytest.mark.parametrize("which", ["report_en", "report_zh", "report_redacted", "report_unplaced"])
def test_real_reports_pass_the_quick_check(which: str, request: pytest.FixtureRequest) -> None:
    report = request.getfixturevalue(which)
    check = _quick_check()
    assert check is not None and check(report)
    assert jsonschema.Draft202012Validator(_inlined(load_schema())).is_valid(report)


def test_the_quick_check_never_passes_what_jsonschema_fails(report_zh: dict[str, Any]) -> None:
    report = copy.deepcopy(report_zh)
    check = _quick_check()
    assert check is not None
    validator = jsonschema.Draft202012Validator(_inlined(load_schema()))
    passed = failed = 0
    for doc in _variants(report):
        if check(doc):
            passed += 1
            assert validator.is_valid(doc), "the quick check passed a report the schema fails"
        else:
            failed += 1
            if failed % 50 == 1 and not validator.is_valid(doc):  # the writer's own error
                with pytest.raises(UnmaskError, match="does not follow its schema"):
                    validate_report(doc)
    assert passed > 20 and failed > 300, (passed, failed)  # both kinds seen
    assert report == report_zh  # every change put back


def test_where_only_jsonschema_passes_the_writer_still_passes(
    report_en: dict[str, Any],
) -> None:
    # an integral float where the schema asks for an integer: jsonschema passes it, the
    # quick check leaves it to jsonschema
    doc = _set(report_en, ("parameters", "bootstrap_resamples"), 200.0)
    check = _quick_check()
    assert check is not None and not check(doc)
    validate_report(doc)


@pytest.mark.parametrize(
    ("schema", "good", "bad"),
    [
        ({"type": "integer", "minimum": 0}, [0, 3], [-1, 1.5, True, "1", None]),
        ({"type": "number", "exclusiveMinimum": 0}, [0.5, 2], [0, -1, False, "1"]),
        ({"type": ["string", "null"]}, ["", "x", None], [0, [], {}]),
        ({"enum": ["a", "b"]}, ["a", "b"], ["c", 0, None]),
        ({"const": 1}, [1, 1.0], [True, "1", 2]),
        ({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}, ["2021-03"], ["2021-3", 1]),
        (
            {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2},
            [[1], [1, 2]],
            [[], [1, 2, 3], ["x"], {}],
        ),
        (
            {
                "type": "object",
                "properties": {"a": {"type": "integer"}},
                "required": ["a"],
                "additionalProperties": False,
            },
            [{"a": 1}],
            [{}, {"a": "x"}, {"a": 1, "b": 2}],
        ),
        (
            {
                "type": "object",
                "additionalProperties": {"type": "number"},
                "propertyNames": {"pattern": "^[ab]$"},
            },
            [{"a": 1, "b": 2.5}],
            [{"c": 1}, {"a": "x"}],
        ),
        ({"type": "object", "properties": {"a": False}}, [{}, {"b": 1}], [{"a": 1}]),
    ],
)
def test_each_keyword_as_jsonschema_reads_it(
    schema: dict[str, Any], good: list[Any], bad: list[Any]
) -> None:
    check = compile_check(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert check is not None
    for value in good:
        assert validator.is_valid(value)
        assert check(value), value
    for value in bad:
        assert not validator.is_valid(value), value
        assert not check(value), value


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "object", "oneOf": [{"type": "object"}]},
        {"type": "string", "format": "date"},
        {"$ref": "https://example.org/other.json"},
        {"type": "decimal"},
        {"type": "object", "properties": {"a": {"type": "string", "maxLength": 3}}},
    ],
)
def test_a_keyword_it_does_not_read_leaves_it_all_to_jsonschema(schema: dict[str, Any]) -> None:
    assert compile_check(schema) is None


def test_writing_a_report_imports_no_jsonschema(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from unmask.analyze import analyze, AnalyzeOptions\n"
        "from unmask.report.writer import write_report\n"
        "from unmask.samples import sample_path\n"
        "a = analyze(sample_path('close_zh'), options=AnalyzeOptions(model=False,"
        " bootstrap_resamples=50))\n"
        f"write_report(a, {str(tmp_path / 'out')!r})\n"
        "print('jsonschema' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "False"
