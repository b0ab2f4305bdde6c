"""A quick yes of the report.json schema check, without importing jsonschema (h-speed39).

:func:`unmask.report.writer.validate_report` checks every report against its JSON Schema
(a bug check). ``jsonschema`` costs ~55 ms of CPU to import (its metaschemas, ``referencing``,
``rpds``, ``attrs``) and ~12 ms to check a 100k-message report; the report's schema uses
a dozen keywords only. :func:`compile_check` turns the schema (its definitions inlined)
into a checker of those keywords that answers True only where the document certainly
passes: each keyword read as jsonschema reads it (draft 2020-12), or more strictly (an
integer must be an ``int``, a number an ``int`` or ``float``, never a ``bool``; ``enum`` and
``const`` compare strings, ``None``, booleans and numbers of the same kind, nothing else).
Where it answers False, or where the schema holds a keyword it does not know (then
:func:`compile_check` returns None), the writer asks jsonschema as before: the same
documents pass, the same errors are raised, and a report that passes never imports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

#: a checker: True only where the value certainly passes its (sub)schema
Check = Callable[[Any], bool]

#: keywords that check nothing (annotations, and the definitions, inlined already)
_IGNORED = frozenset(
    {"description", "title", "$schema", "$id", "$comment", "$defs", "examples", "default"}
)
#: keywords this module reads; a schema with any other gets no quick check
_KNOWN = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "const",
        "pattern",
        "minimum",
        "exclusiveMinimum",
        "minItems",
        "maxItems",
        "propertyNames",
    }
)


class _Unknown(Exception):
    """The schema holds something the quick check does not read."""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


#: each type by a test no looser than jsonschema's (an integral float is left to it)
_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": _is_number,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
}


def _same(a: Any, b: Any) -> bool:
    """Equal as jsonschema's ``enum``/``const`` read it, for plain values (strings,
    ``None``, booleans, numbers); False (not known to be equal) for anything else."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _is_number(a) and _is_number(b):
        return bool(a == b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    return False


def _type_check(spec: Any) -> Check:
    names = [spec] if isinstance(spec, str) else spec
    if not isinstance(names, list) or not names or any(n not in _TYPES for n in names):
        raise _Unknown(f"type {spec!r}")
    tests = tuple(_TYPES[n] for n in names)
    if len(tests) == 1:
        return tests[0]
    return lambda v: any(test(v) for test in tests)


def _one_of(options: tuple[Any, ...]) -> Check:
    """``enum`` (and ``const``: one option)."""
    return lambda v: any(_same(v, o) for o in options)


def _pattern(pattern: re.Pattern[str]) -> Check:
    """``pattern``: strings only (anything else passes it, as in jsonschema)."""
    search = pattern.search
    return lambda v: not isinstance(v, str) or search(v) is not None


def _bound(bound: float, exclusive: bool) -> Check:
    """``minimum`` or ``exclusiveMinimum``: numbers only."""
    if exclusive:
        return lambda v: not _is_number(v) or not v <= bound
    return lambda v: not _is_number(v) or not v < bound


def _sized(low: int, high: int | None) -> Check:
    """``minItems`` and ``maxItems``: arrays only."""
    return lambda v: not isinstance(v, list) or (len(v) >= low and (high is None or len(v) <= high))


def _compile(schema: Any) -> Check:
    if schema is True:
        return lambda v: True
    if schema is False:
        return lambda v: False
    if not isinstance(schema, dict):
        raise _Unknown(f"schema {schema!r}")
    unknown = set(schema) - _KNOWN - _IGNORED
    if unknown:
        raise _Unknown(", ".join(sorted(unknown)))
    checks: list[Check] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    if "enum" in schema:
        if not isinstance(schema["enum"], list):
            raise _Unknown("enum")
        checks.append(_one_of(tuple(schema["enum"])))
    if "const" in schema:
        checks.append(_one_of((schema["const"],)))
    if "pattern" in schema:
        checks.append(_pattern(re.compile(schema["pattern"])))
    for key in ("minimum", "exclusiveMinimum"):
        if key in schema:
            if not _is_number(schema[key]):
                raise _Unknown(key)
            checks.append(_bound(schema[key], key == "exclusiveMinimum"))
    if "minItems" in schema or "maxItems" in schema:
        checks.append(_sized(schema.get("minItems", 0), schema.get("maxItems")))
    if "items" in schema:
        item = _compile(schema["items"])
        checks.append(lambda v: not isinstance(v, list) or all(item(x) for x in v))
    object_check = _object_check(schema)
    if object_check is not None:
        checks.append(object_check)
    if not checks:
        return lambda v: True
    if len(checks) == 1:
        return checks[0]
    all_checks = tuple(checks)
    return lambda v: all(check(v) for check in all_checks)


def _object_check(schema: dict[str, Any]) -> Check | None:
    """``properties``, ``required``, ``additionalProperties`` and ``propertyNames`` of
    ``schema`` as one check of objects (anything else passes them, as in jsonschema)."""
    keys = ("properties", "required", "additionalProperties", "propertyNames")
    if not any(k in schema for k in keys):
        return None
    properties = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    extra_schema = schema.get("additionalProperties", True)
    extra = None if extra_schema is True else _compile(extra_schema)
    names = _compile(schema["propertyNames"]) if "propertyNames" in schema else None

    def check(v: Any) -> bool:
        if not isinstance(v, dict):
            return True
        for name in required:
            if name not in v:
                return False
        for key, value in v.items():
            if names is not None and not names(key):
                return False
            sub = properties.get(key)
            if sub is not None:
                if not sub(value):
                    return False
            elif extra is not None and not extra(value):
                return False
        return True

    return check


def compile_check(schema: dict[str, Any]) -> Check | None:
    """The quick check of ``schema`` (its definitions inlined), or None where the schema
    holds a keyword (or a reference left) that it does not read: jsonschema decides."""
    try:
        return _compile(schema)
    except (_Unknown, re.error, TypeError):
        return None
