"""Write ``unmask/report/types.py``: the report's TypedDicts, generated from its JSON Schema.

The schema (``src/unmask/report/schema/report.schema.json``) is the one description of
report.json; the TypedDicts let mypy check the code that builds and reads the report
against it. ``tests/report/test_types.py`` fails when the checked-in module differs from
what this generator makes of the schema, so the two cannot drift apart.

Run ``python -m unmask_dev.schema_types`` after changing the schema.

The mapping covers the subset of JSON Schema the report uses: ``object`` with
``properties`` -> a TypedDict (keys outside ``required`` are ``NotRequired``);
``object`` with only ``additionalProperties``, or with only optional properties that
all have the same schema (the partner-keyed ``by_partner`` maps) -> ``dict[str, T]``; ``array`` ->
``list[T]``; ``enum``/``const`` -> ``Literal``; a list of types -> a union; ``$ref``
-> the TypedDict of that definition. Anything else (no type at all) is ``Any``.
"""

from __future__ import annotations

import json
import keyword
import subprocess
import sys
from pathlib import Path
from typing import Any

SCHEMA = Path(__file__).resolve().parents[2] / "src/unmask/report/schema/report.schema.json"
TARGET = Path(__file__).resolve().parents[2] / "src/unmask/report/types.py"

_SCALARS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
}

HEADER = '''"""The report as typed data: TypedDicts for every object of report.json.

GENERATED from ``report/schema/report.schema.json`` by ``python -m
unmask_dev.schema_types`` -- do not edit by hand; change the schema and regenerate
(``tests/report/test_types.py`` fails when this file and the schema disagree).

No ``from __future__ import annotations`` here: TypedDict reads ``NotRequired`` at class
creation, so the annotations must be real objects (classes come in dependency order).
"""

from typing import Any, Literal, NotRequired, TypedDict

__all__ = [
{names}
]
'''


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_"))


class _Generator:
    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.defs: dict[str, Any] = schema.get("$defs", {})
        self.classes: dict[str, str] = {}  # name -> source, in dependency order
        self.origins: dict[str, str] = {}  # name -> schema path (to refuse collisions)

    def literal(self, values: list[Any]) -> str:
        parts = [("None" if v is None else json.dumps(v)) for v in values]
        if parts == ["None"]:
            return "None"
        return "Literal[" + ", ".join(parts) + "]"

    def type_of(self, node: dict[str, Any], name: str, path: str) -> str:
        if "$ref" in node:
            ref = node["$ref"]
            prefix = "#/$defs/"
            if not ref.startswith(prefix):
                raise ValueError(f"{path}: unsupported $ref {ref!r}")
            def_name = ref[len(prefix) :]
            return self.type_of(self.defs[def_name], _camel(def_name), f"$defs/{def_name}")
        if "const" in node:
            return self.literal([node["const"]])
        if "enum" in node:
            values = list(node["enum"])
            non_null = [v for v in values if v is not None]
            text = self.literal(non_null) if non_null else "None"
            return f"{text} | None" if None in values and non_null else text
        kind = node.get("type")
        if isinstance(kind, list):
            parts = [self.type_of({**node, "type": k}, name, path) for k in kind]
            return " | ".join(dict.fromkeys(parts))
        if kind == "object":
            props = node.get("properties")
            if props and not node.get("required") and len(props) > 1:
                values = [json.dumps(v, sort_keys=True) for v in props.values()]
                if len(set(values)) == 1:  # optional keys of one kind: a map ("a"/"b")
                    value = next(iter(props.values()))
                    return f"dict[str, {self.type_of(value, name + 'Value', path + '/*')}]"
            if props:
                return self.typed_dict(node, name, path)
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                return f"dict[str, {self.type_of(extra, name + 'Value', path + '/*')}]"
            return "dict[str, Any]"
        if kind == "array":
            items = node.get("items")
            if isinstance(items, dict):
                return f"list[{self.type_of(items, name + 'Item', path + '/[]')}]"
            return "list[Any]"
        if kind in _SCALARS:
            return _SCALARS[kind]
        return "Any"

    def typed_dict(self, node: dict[str, Any], name: str, path: str) -> str:
        if name in self.origins:
            if self.origins[name] != path:
                raise ValueError(f"{path} and {self.origins[name]} both map to {name}")
            return name
        self.origins[name] = path
        required = set(node.get("required", []))
        prefix = "" if name == "Report" else name
        fields: dict[str, str] = {}
        for key, child in node["properties"].items():
            child_type = self.type_of(child, prefix + _camel(key), f"{path}/{key}")
            if key not in required:
                child_type = f"NotRequired[{child_type}]"
            fields[key] = child_type
        doc = node.get("description") or node.get("title") or ""
        doc = " ".join(str(doc).split())
        if not doc or len(doc) > 80:
            doc = f"``{path}`` in report.json."
        if all(key.isidentifier() and not keyword.iskeyword(key) for key in fields):
            lines = [f"    {key}: {value}" for key, value in fields.items()]
            body = "\n".join([f"class {name}(TypedDict):", f'    """{doc}"""', "", *lines])
        else:  # a key such as "from" needs the functional form
            lines = [f'        "{key}": {value},' for key, value in fields.items()]
            body = "\n".join(
                [
                    f"# {doc}",
                    f"{name} = TypedDict(",
                    f'    "{name}",',
                    "    {",
                    *lines,
                    "    },",
                    ")",
                ]
            )
        self.classes[name] = body
        return name

    def render(self) -> str:
        self.type_of(self.schema, "Report", "report")
        names = "\n".join(f'    "{name}",' for name in sorted(self.classes))
        blocks = [HEADER.format(names=names).rstrip("\n"), *self.classes.values()]
        return "\n\n\n".join(blocks) + "\n"


def render(schema: dict[str, Any]) -> str:
    """The source of ``unmask/report/types.py`` for ``schema`` (formatted by ruff)."""
    source = _Generator(schema).render()
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def main() -> int:
    source = render(json.loads(SCHEMA.read_text(encoding="utf-8")))
    TARGET.write_text(source, encoding="utf-8")
    print(f"wrote {TARGET} ({source.count('(TypedDict)')} TypedDicts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
