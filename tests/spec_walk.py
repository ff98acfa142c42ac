"""Walk a JSON document alongside the schema in openapi/thred.yaml that describes it."""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "thred.yaml"

Path_ = tuple[str | int, ...]


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema itself, with a $ref followed and a nullable anyOf reduced to its non-null member."""
    while True:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            schema = spec()["components"]["schemas"][name]
        elif "anyOf" in schema:
            members = [member for member in schema["anyOf"] if member.get("type") != "null"]
            (schema,) = members
        else:
            return schema


def schema_named(name: str) -> dict[str, Any]:
    return resolve({"$ref": f"#/components/schemas/{name}"})


class Field(NamedTuple):
    """A field found in a document: where it is, and whether its schema requires it."""

    path: Path_
    required: bool


def fields(schema: dict[str, Any], document: Any, path: Path_ = ()) -> Iterator[Field]:
    """Every object member of `document` that `schema` declares, depth first."""
    schema = resolve(schema)
    if isinstance(document, dict):
        required = set(schema.get("required", ()))
        for name, member in schema.get("properties", {}).items():
            if name in document:
                yield Field((*path, name), name in required)
                yield from fields(member, document[name], (*path, name))
    elif isinstance(document, list) and "items" in schema:
        for index, item in enumerate(document):
            yield from fields(schema["items"], item, (*path, index))


def location(path: Path_) -> str:
    """A path as ResponseValidationError writes it: ``results[0].customer.id``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def get(document: Any, path: Path_) -> Any:
    for part in path:
        document = document[part]
    return document


def with_value(document: Any, path: Path_, value: Any) -> Any:
    """A deep copy of `document` with the member at `path` set to `value`."""
    changed = copy.deepcopy(document)
    get(changed, path[:-1])[path[-1]] = value
    return changed


def without(document: Any, path: Path_) -> Any:
    """A deep copy of `document` with the member at `path` removed."""
    changed = copy.deepcopy(document)
    del get(changed, path[:-1])[path[-1]]
    return changed


class TypedField(NamedTuple):
    """A field found in a document with what the spec says of it."""

    path: Path_
    required: bool
    nullable: bool
    kind: str  # string, integer, number, boolean, uuid, date, date-time, object, array, any
    schema: dict[str, Any]


def kind_of(schema: dict[str, Any]) -> tuple[str, bool]:
    """The field's kind, and whether null is allowed, from its (unresolved) schema."""
    nullable = False
    if "anyOf" in schema:
        nullable = any(member.get("type") == "null" for member in schema["anyOf"])
    schema = resolve(schema)
    types = schema.get("type")
    if isinstance(types, list):
        nullable = nullable or "null" in types
        types = [kind for kind in types if kind != "null"]
        types = types[0] if types else None
    if types is None:
        return ("object" if "properties" in schema or schema.get("type") == "object" else "any"), True
    if types == "string" and schema.get("format") in ("uuid", "date", "date-time"):
        return schema["format"], nullable
    return types, nullable


def typed_fields(schema: dict[str, Any], document: Any, path: Path_ = ()) -> Iterator[TypedField]:
    """Every object member of `document` that `schema` declares, with its kind, depth first."""
    resolved = resolve(schema)
    if isinstance(document, dict):
        required = set(resolved.get("required", ()))
        for name, member in resolved.get("properties", {}).items():
            if name in document:
                kind, nullable = kind_of(member)
                yield TypedField((*path, name), name in required, nullable, kind, resolve(member))
                yield from typed_fields(member, document[name], (*path, name))
    elif isinstance(document, list) and "items" in resolved:
        for index, item in enumerate(document):
            yield from typed_fields(resolved["items"], item, (*path, index))
