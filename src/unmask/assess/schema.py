"""Instrument files: the JSON Schema and a loader whose errors name file and line.

The YAML is parsed once into a node tree (``yaml.compose`` keeps each node's
position), so every problem - a YAML syntax error, a schema violation, or a
cross-reference that does not resolve - is reported as
``FILE line N: at PATH: what was expected``. Anything else a file can do
(binary junk, aliases, dates, deep nesting) becomes an
:class:`~unmask.errors.InstrumentError` too: the loader never crashes.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from unmask.assess.instrument import Domain, Instrument, Item, ResponseScale, Scale
from unmask.errors import InstrumentError

MAX_BYTES = 1_000_000
_ID = {"type": "string", "pattern": "^[a-z][a-z0-9_]{0,39}$"}
_TEXTS = {
    "type": "object",
    "minProperties": 1,
    "propertyNames": {"pattern": "^[a-z]{2,3}(-[A-Za-z]{2,4})?$"},
    "additionalProperties": {"type": "string", "minLength": 1, "maxLength": 1000},
}
_RESPONSE_SCALE = {
    "type": "object",
    "required": ["min", "max", "labels"],
    "additionalProperties": False,
    "properties": {
        "min": {"type": "integer", "minimum": -10, "maximum": 10},
        "max": {"type": "integer", "minimum": -10, "maximum": 20},
        "labels": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
            },
        },
    },
}
_SCORING = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "method": {"enum": ["mean", "sum"]},
        "min_answered": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
    },
}

#: JSON Schema (draft 2020-12) of an instrument file; docs/assess.md describes it.
INSTRUMENT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": [
        "format",
        "format_version",
        "id",
        "version",
        "title",
        "languages",
        "response_scale",
        "scales",
        "items",
    ],
    "additionalProperties": False,
    "properties": {
        "format": {"const": "unmask-instrument"},
        "format_version": {"const": 1},
        "id": {"type": "string", "pattern": "^[a-z][a-z0-9_.-]{0,63}$"},
        "version": {"type": "string", "minLength": 1, "maxLength": 32},
        "experimental": {"type": "boolean"},
        "title": _TEXTS,
        "languages": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z]{2,4})?$"},
        },
        "response_scale": _RESPONSE_SCALE,
        "prediction_prompt": _TEXTS,
        "scoring": _SCORING,
        "scales": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "name", "items"],
                "additionalProperties": False,
                "properties": {
                    "id": _ID,
                    "group": _ID,
                    "name": _TEXTS,
                    "description": _TEXTS,
                    "items": {"type": "array", "minItems": 1, "items": _ID},
                    "reverse": {"type": "array", "items": _ID},
                    "scoring": _SCORING,
                },
            },
        },
        "items": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "text"],
                "additionalProperties": False,
                "properties": {"id": _ID, "text": _TEXTS, "predict": {"type": "boolean"}},
            },
        },
        "domains": {
            "type": "object",
            "required": ["prompt", "response_scale", "items"],
            "additionalProperties": False,
            "properties": {
                "prompt": _TEXTS,
                "response_scale": _RESPONSE_SCALE,
                "items": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["id", "text"],
                        "additionalProperties": False,
                        "properties": {"id": _ID, "text": _TEXTS},
                    },
                },
            },
        },
        "hopes": {
            "type": "object",
            "required": ["max", "prompt"],
            "additionalProperties": False,
            "properties": {
                "max": {"type": "integer", "minimum": 0, "maximum": 10},
                "prompt": _TEXTS,
            },
        },
    },
}

_VALIDATOR = jsonschema.Draft202012Validator(INSTRUMENT_SCHEMA)
Path_ = tuple[str | int, ...]


def builtin_instrument() -> Instrument:
    """The project's experimental inventory (every item in English and Chinese)."""
    ref = resources.files("unmask.assess").joinpath("data/inventory_v1.yaml")
    return load_instrument_bytes(ref.read_bytes(), source="<builtin inventory_v1.yaml>")


def load_instrument(path: str | Path) -> Instrument:
    """Load and validate an instrument file; errors name the file and line."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise InstrumentError(
                f"{file}: instrument files are at most {MAX_BYTES} bytes, this one has {size}"
            )
        data = file.read_bytes()
    except OSError as error:
        raise InstrumentError(
            f"{file}: cannot read the instrument file ({error.strerror})"
        ) from None
    return load_instrument_bytes(data, source=str(file))


def load_instrument_bytes(data: bytes, source: str = "<instrument>") -> Instrument:
    """Parse, validate and cross-check instrument YAML given as bytes."""
    if len(data) > MAX_BYTES:
        raise InstrumentError(f"{source}: instrument files are at most {MAX_BYTES} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InstrumentError(
            f"{source}: byte {error.start} is not UTF-8; save the file as UTF-8 text"
        ) from None
    tree, lines = _parse(text, source)
    _validate(tree, lines, source)
    return _build(tree, lines, source)


def _parse(text: str, source: str) -> tuple[Any, dict[Path_, int]]:
    loader: yaml.SafeLoader | None = None
    try:
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
        if node is None:
            raise InstrumentError(f"{source}: the file is empty; expected an instrument mapping")
        lines: dict[Path_, int] = {}
        _index_lines(node, (), lines, set(), source)
        tree = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = error.problem or error.context or "invalid YAML"
        raise InstrumentError(f"{source}{where}: {problem}; expected valid YAML") from None
    except yaml.reader.ReaderError as error:
        raise InstrumentError(
            f"{source}: character {error.position} is a control character; expected plain YAML text"
        ) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as error:
        raise InstrumentError(
            f"{source}: cannot read as YAML ({type(error).__name__}); expected plain YAML text"
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    _check_plain(tree, (), lines, source)
    return tree, lines


def _index_lines(
    node: yaml.Node, path: Path_, lines: dict[Path_, int], seen: set[int], source: str
) -> None:
    """Map each value path to its 1-based line; refuse aliases (shared nodes)."""
    if id(node) in seen:
        raise InstrumentError(
            f"{source} line {node.start_mark.line + 1}: YAML aliases (*name) are not supported; "
            "write the value out"
        )
    seen.add(id(node))
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
            _index_lines(value_node, (*path, str(key)), lines, seen, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            _index_lines(child, (*path, index), lines, seen, source)


def _where(source: str, lines: Mapping[Path_, int], path: Path_) -> str:
    probe = tuple(path)
    while probe not in lines and probe:
        probe = probe[:-1]
    line = lines.get(probe)
    dotted = _dotted(path) or "the top level"
    return f"{source} line {line}: at {dotted}" if line else f"{source}: at {dotted}"


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _check_plain(value: Any, path: Path_, lines: Mapping[Path_, int], source: str) -> None:
    """Only JSON-like values: text keys, strings, numbers, booleans, lists, mappings."""
    if isinstance(value, dict):
        for key, child in value.items():
            if not isinstance(key, str):
                raise InstrumentError(
                    f"{_where(source, lines, path)}: keys must be text, found "
                    f"{type(key).__name__}; quote the key"
                )
            _check_plain(child, (*path, key), lines, source)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _check_plain(child, (*path, index), lines, source)
    elif value is not None and not isinstance(value, str | int | float | bool):
        raise InstrumentError(
            f"{_where(source, lines, path)}: expected text or a number, found "
            f"{type(value).__name__}; quote the value"
        )


def _validate(tree: Any, lines: Mapping[Path_, int], source: str) -> None:
    try:
        error = jsonschema.exceptions.best_match(_VALIDATOR.iter_errors(tree))
    except (RecursionError, ValueError, TypeError, OverflowError) as exc:
        raise InstrumentError(
            f"{source}: cannot validate ({type(exc).__name__}); expected an instrument mapping"
        ) from None
    if error is None:
        return
    message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
    raise InstrumentError(
        f"{_where(source, lines, tuple(error.absolute_path))}: {message} "
        "(see docs/assess.md for the instrument format)"
    )


def _build(tree: dict[str, Any], lines: Mapping[Path_, int], source: str) -> Instrument:
    def fail(path: Path_, what: str) -> InstrumentError:
        return InstrumentError(f"{_where(source, lines, path)}: {what}")

    languages = tuple(tree["languages"])

    def texts(value: dict[str, str], path: Path_) -> dict[str, str]:
        missing = [lang for lang in languages if lang not in value]
        if missing:
            raise fail(path, f"expected a text for every language; missing {', '.join(missing)}")
        return dict(value)

    def response_scale(value: dict[str, Any], path: Path_) -> ResponseScale:
        low, high = value["min"], value["max"]
        if high <= low:
            raise fail((*path, "max"), f"expected max greater than min ({low})")
        labels = {}
        for lang in languages:
            got = value["labels"].get(lang)
            if got is None or len(got) != high - low + 1:
                raise fail(
                    (*path, "labels", lang),
                    f"expected {high - low + 1} labels in language {lang!r}, one per point",
                )
            labels[lang] = tuple(got)
        return ResponseScale(low, high, labels)

    items: list[Item] = []
    seen_items: set[str] = set()
    for index, raw in enumerate(tree["items"]):
        if raw["id"] in seen_items:
            raise fail(("items", index, "id"), f"duplicate item id {raw['id']!r}")
        seen_items.add(raw["id"])
        items.append(
            Item(raw["id"], texts(raw["text"], ("items", index, "text")), raw.get("predict", False))
        )

    default_scoring = tree.get("scoring", {})
    scales: list[Scale] = []
    seen_scales: set[str] = set()
    for index, raw in enumerate(tree["scales"]):
        path: Path_ = ("scales", index)
        if raw["id"] in seen_scales:
            raise fail((*path, "id"), f"duplicate scale id {raw['id']!r}")
        seen_scales.add(raw["id"])
        for key in ("items", "reverse"):
            for pos, item_id in enumerate(raw.get(key, [])):
                if item_id not in seen_items:
                    raise fail(
                        (*path, key, pos), f"expected an item id from 'items', got {item_id!r}"
                    )
        if len(set(raw["items"])) != len(raw["items"]):
            raise fail((*path, "items"), "an item is listed twice")
        extra = [i for i in raw.get("reverse", []) if i not in raw["items"]]
        if extra:
            raise fail(
                (*path, "reverse"), f"reverse-keyed items must be in the scale's items: {extra}"
            )
        scoring = {**default_scoring, **raw.get("scoring", {})}
        scales.append(
            Scale(
                id=raw["id"],
                group=raw.get("group", "other"),
                name=texts(raw["name"], (*path, "name")),
                description=texts(raw.get("description") or raw["name"], (*path, "description")),
                items=tuple(raw["items"]),
                reverse=frozenset(raw.get("reverse", [])),
                method=scoring.get("method", "mean"),
                min_answered=float(scoring.get("min_answered", 0.75)),
            )
        )

    domains: tuple[Domain, ...] = ()
    domain_prompt = domain_scale = None
    if "domains" in tree:
        raw_domains = tree["domains"]
        ids = [d["id"] for d in raw_domains["items"]]
        if len(set(ids)) != len(ids):
            raise fail(("domains", "items"), "expected unique domain ids")
        domains = tuple(
            Domain(d["id"], texts(d["text"], ("domains", "items", i, "text")))
            for i, d in enumerate(raw_domains["items"])
        )
        domain_prompt = texts(raw_domains["prompt"], ("domains", "prompt"))
        domain_scale = response_scale(raw_domains["response_scale"], ("domains", "response_scale"))

    hopes = tree.get("hopes", {"max": 0, "prompt": None})
    default_prompt = {
        lang: "How would your partner answer this about themselves?" for lang in languages
    }
    return Instrument(
        id=tree["id"],
        version=tree["version"],
        title=texts(tree["title"], ("title",)),
        languages=languages,
        experimental=tree.get("experimental", False),
        response_scale=response_scale(tree["response_scale"], ("response_scale",)),
        prediction_prompt=texts(
            tree.get("prediction_prompt", default_prompt), ("prediction_prompt",)
        ),
        items=tuple(items),
        scales=tuple(scales),
        domains=domains,
        domain_prompt=domain_prompt,
        domain_scale=domain_scale,
        max_hopes=hopes["max"],
        hopes_prompt=texts(hopes["prompt"], ("hopes", "prompt")) if hopes["prompt"] else None,
        source=source,
    )
