"""Comparing one operation of our spec with the OpenAPI fragment of its documentation page.

What is compared: the operation's method and path; each parameter (by location and name); the request
body; the documented response statuses; and the schemas of the 2xx responses, field by field and
recursively: type, format, nullability, enum values, default, bounds, and which fields are required.
Descriptions, examples, servers and security are not compared. The operation is found in the fragment by
operationId, else by method and path, else as its only operation.

Known, deliberate differences carry the reason (`Difference.known`); see tools/docs_diff.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import openapi_walk

# Keywords that bound a value; the docs stating one we lack, or another value, is a difference.
CONSTRAINTS = (
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
)

NULLABLE = "our spec lets every response field be null"
RESPONSE_REQUIRED = "our spec requires no response field but an object's own id"
ADDED_CONSTRAINT = "our spec adds a constraint the docs do not state"
ASSUMPTION = "our spec marks this reading with x-assumption"
ERROR_STATUS = "our spec documents error statuses from Thred's error-handling guide"
SHORT = {
    NULLABLE: "nullable",
    RESPONSE_REQUIRED: "not required",
    ADDED_CONSTRAINT: "added constraint",
    ASSUMPTION: "x-assumption",
    ERROR_STATUS: "error status",
}

# Nesting depth beyond which schemas are not followed (a guard; real schemas are far shallower).
MAX_DEPTH = 64


class DocsDiffError(Exception):
    """A page could not be fetched, read or understood; the message says which and why."""


@dataclass(frozen=True)
class Difference:
    """One way in which the docs differ from our spec; `known` says why it is deliberate, if it is."""

    where: str
    what: str
    known: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


class _Document(openapi_walk.Spec):
    """An OpenAPI document walked as the tools share it; a `$ref` that leads nowhere is a DocsDiffError."""

    def follow(self, node: Any) -> Any:
        try:
            return super().follow(node)
        except openapi_walk.SpecError as error:
            raise DocsDiffError(str(error)) from None


@dataclass(frozen=True)
class _Shape:
    """A schema reduced to what is compared at one node."""

    types: frozenset[str] | None  # None: any JSON value
    nullable: bool
    schema: Mapping[str, Any]


def _shape(document: _Document, schema: Any) -> _Shape:
    """`schema` with $refs followed, allOf merged and its null alternative split off."""
    schema = document.follow(schema)
    if not isinstance(schema, Mapping):
        return _Shape(None, False, {})
    if "allOf" in schema:
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        properties: dict[str, Any] = {}
        required: list[Any] = []
        for member in schema["allOf"]:
            part = _shape(document, member)
            merged = {**part.schema, **merged}
            properties.update(part.schema.get("properties") or {})
            required += list(part.schema.get("required") or [])
        if properties:
            merged["properties"] = {**properties, **(schema.get("properties") or {})}
        if required:
            merged["required"] = sorted({*required, *(schema.get("required") or [])}, key=str)
        schema = merged
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list):
            non_null = [member for member in members if document.follow(member) != {"type": "null"}]
            if len(non_null) == 1:
                inner = _shape(document, non_null[0])
                rest = {name: value for name, value in schema.items() if name != key}
                return _Shape(
                    inner.types, inner.nullable or len(non_null) < len(members), {**inner.schema, **rest}
                )
    kinds = schema.get("type")
    nullable = bool(schema.get("nullable"))
    if kinds is None:
        if "properties" in schema:
            kinds = ["object"]
        elif "items" in schema:
            kinds = ["array"]
        else:
            return _Shape(None, nullable, schema)
    if isinstance(kinds, str):
        kinds = [kinds]
    types = frozenset(str(kind) for kind in kinds if kind != "null")
    return _Shape(types, nullable or "null" in kinds, schema)


def _ref_of(schema: Any) -> str | None:
    """The $ref a schema names, directly or as the one non-null member of an anyOf/oneOf."""
    if not isinstance(schema, Mapping):
        return None
    if isinstance(schema.get("$ref"), str):
        return str(schema["$ref"])
    for key in ("anyOf", "oneOf"):
        members = [member for member in schema.get(key) or [] if member != {"type": "null"}]
        if len(members) == 1:
            return _ref_of(members[0])
    return None


def _text(types: frozenset[str] | None) -> str:
    return "any value" if types is None else " | ".join(sorted(types)) or "null"


class _Comparison:
    """Compares one operation of our spec with the docs' fragment, collecting differences."""

    def __init__(self, ours: _Document, docs: _Document) -> None:
        self.ours = ours
        self.docs = docs
        self.differences: list[Difference] = []
        # The pairs of named schemas being compared on the current path: a recursive schema stops there.
        self._active: list[tuple[str | None, str | None]] = []

    def add(self, where: str, what: str, known: str | None = None) -> None:
        self.differences.append(Difference(where, what, known))

    def schema(
        self, ours_raw: Any, docs_raw: Any, where: str, *, response: bool, marked: bool = False
    ) -> None:
        """Compare two schemas node by node; `marked`: our element carries an x-assumption."""
        pair = (_ref_of(ours_raw), _ref_of(docs_raw))
        if (pair != (None, None) and pair in self._active) or len(self._active) > MAX_DEPTH:
            return
        self._active.append(pair)
        try:
            self._compare(ours_raw, docs_raw, where, response=response, marked=marked)
        finally:
            self._active.pop()

    def _compare(self, ours_raw: Any, docs_raw: Any, where: str, *, response: bool, marked: bool) -> None:
        ours, docs = _shape(self.ours, ours_raw), _shape(self.docs, docs_raw)
        marked = (
            marked
            or "x-assumption" in ours.schema
            or (isinstance(ours_raw, Mapping) and "x-assumption" in ours_raw)
        )

        if ours.nullable != docs.nullable:
            if ours.nullable and response:
                self.add(where, "nullable in our spec, not in the docs", NULLABLE)
            elif ours.nullable:
                self.add(where, "nullable in our spec, not in the docs")
            else:
                self.add(where, "nullable in the docs, not in our spec")
        if ours.types != docs.types:
            self.add(where, f"type {_text(docs.types)} in the docs, {_text(ours.types)} in our spec")
        ours_format, docs_format = ours.schema.get("format"), docs.schema.get("format")
        if ours_format != docs_format:
            self.add(
                where,
                f"format {docs_format or 'none'} in the docs, {ours_format or 'none'} in our spec",
                ASSUMPTION if marked else None,
            )
        self._enum(ours.schema, docs.schema, where, marked)
        for keyword in CONSTRAINTS:
            if keyword in docs.schema and docs.schema.get(keyword) != ours.schema.get(keyword):
                shown = repr(ours.schema[keyword]) if keyword in ours.schema else "none"
                self.add(where, f"{keyword} {docs.schema[keyword]!r} in the docs, {shown} in our spec")
            elif keyword in ours.schema and keyword not in docs.schema:
                self.add(where, f"{keyword} {ours.schema[keyword]!r} in our spec only", ADDED_CONSTRAINT)
        self._properties(ours.schema, docs.schema, where, response=response)
        if "items" in ours.schema or "items" in docs.schema:
            self.schema(ours.schema.get("items"), docs.schema.get("items"), f"{where}[]", response=response)

    def _enum(self, ours: Mapping[str, Any], docs: Mapping[str, Any], where: str, marked: bool) -> None:
        ours_values, docs_values = ours.get("enum"), docs.get("enum")
        if ours_values is None and docs_values is None:
            return
        if ours_values is None:
            self.add(
                where,
                f"enum {docs_values} in the docs, an open value in our spec",
                ASSUMPTION if marked else None,
            )
        elif docs_values is None:
            self.add(where, f"enum {ours_values} in our spec only", ADDED_CONSTRAINT)
        else:
            for value in docs_values:
                if value not in ours_values:
                    self.add(where, f"enum value {value!r} in the docs, not in our spec")
            for value in ours_values:
                if value not in docs_values:
                    self.add(where, f"enum value {value!r} in our spec, not in the docs")

    def _properties(
        self, ours: Mapping[str, Any], docs: Mapping[str, Any], where: str, *, response: bool
    ) -> None:
        ours_properties = ours.get("properties") or {}
        docs_properties = docs.get("properties") or {}
        ours_required = set(ours.get("required") or [])
        docs_required = set(docs.get("required") or [])
        for name in docs_properties:
            if name not in ours_properties:
                required = " (required)" if name in docs_required else ""
                self.add(f"{where}.{name}", f"field in the docs{required}, not in our spec")
        for name in ours_properties:
            if name not in docs_properties:
                self.add(f"{where}.{name}", "field in our spec, not in the docs")
        for name, ours_member in ours_properties.items():
            if name not in docs_properties:
                continue
            place = f"{where}.{name}"
            if (name in docs_required) != (name in ours_required):
                if name in docs_required and response:
                    self.add(place, "required in the docs, optional in our spec", RESPONSE_REQUIRED)
                elif name in docs_required:
                    self.add(place, "required in the docs, optional in our spec")
                else:
                    self.add(place, "optional in the docs, required in our spec")
            self.schema(ours_member, docs_properties[name], place, response=response)

    def parameters(self, ours: Sequence[Any], docs: Sequence[Any]) -> None:
        def index(document: _Document, parameters: Sequence[Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
            found = {}
            for raw in parameters:
                parameter = document.follow(raw)
                found[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
            return found

        ours_index, docs_index = index(self.ours, ours), index(self.docs, docs)
        for location, name in docs_index.keys() - ours_index.keys():
            self.add(f"parameter {location} {name}", "in the docs, not in our spec")
        for location, name in ours_index.keys() - docs_index.keys():
            self.add(f"parameter {location} {name}", "in our spec, not in the docs")
        for key in sorted(ours_index.keys() & docs_index.keys()):
            ours_parameter, docs_parameter = ours_index[key], docs_index[key]
            where = f"parameter {key[0]} {key[1]}"
            if bool(ours_parameter.get("required")) != bool(docs_parameter.get("required")):
                state = "required" if docs_parameter.get("required") else "optional"
                self.add(where, f"{state} in the docs, not in our spec")
            self.schema(
                ours_parameter.get("schema"),
                docs_parameter.get("schema"),
                where,
                response=False,
                marked="x-assumption" in ours_parameter,
            )

    def request_body(self, ours_raw: Any, docs_raw: Any) -> None:
        ours, docs = self.ours.follow(ours_raw), self.docs.follow(docs_raw)
        if ours is None and docs is None:
            return
        if ours is None or docs is None:
            side = "the docs" if ours is None else "our spec"
            self.add("request body", f"only in {side}")
            return
        if bool(ours.get("required")) != bool(docs.get("required")):
            self.add("request body", f"{'required' if docs.get('required') else 'optional'} in the docs")
        self._content(ours.get("content") or {}, docs.get("content") or {}, "request body", response=False)

    def responses(self, ours: Mapping[str, Any], docs: Mapping[str, Any], marked: bool) -> None:
        # YAML reads an unquoted status as an int: key both sides by text.
        ours = {str(code): response for code, response in ours.items()}
        docs = {str(code): response for code, response in docs.items()}
        ours_codes, docs_codes = set(ours), set(docs)
        for code in sorted(docs_codes - ours_codes):
            self.add(f"response {code}", "in the docs, not in our spec")
        for code in sorted(ours_codes - docs_codes):
            self.add(
                f"response {code}",
                "in our spec, not in the docs",
                None if code.startswith("2") else ERROR_STATUS,
            )
        for code in sorted(ours_codes & docs_codes):
            if not code.startswith("2"):
                continue
            ours_response = self.ours.follow(ours[code])
            docs_response = self.docs.follow(docs[code])
            ours_content = (ours_response or {}).get("content") or {}
            docs_content = (docs_response or {}).get("content") or {}
            if ours_content and not docs_content:
                self.add(f"response {code}", "no content in the docs", ASSUMPTION if marked else None)
                continue
            self._content(ours_content, docs_content, f"response {code}", response=True)

    def _content(
        self, ours: Mapping[str, Any], docs: Mapping[str, Any], where: str, *, response: bool
    ) -> None:
        for media in sorted(docs.keys() - ours.keys()):
            self.add(f"{where} {media}", "in the docs, not in our spec")
        for media in sorted(ours.keys() - docs.keys()):
            self.add(f"{where} {media}", "in our spec, not in the docs")
        for media in sorted(ours.keys() & docs.keys()):
            self.schema(
                (ours[media] or {}).get("schema"), (docs[media] or {}).get("schema"), where, response=response
            )


def compare_operation(
    spec: Mapping[str, Any], operation_id: str, fragment: Mapping[str, Any], url: str = "the page"
) -> list[Difference]:
    """How the operation `operation_id` of our `spec` differs from its docs' OpenAPI `fragment`."""
    ours_document, docs_document = _Document(spec, "our spec"), _Document(fragment, url)
    ours_ops = [
        entry for entry in ours_document.operations() if entry.operation.get("operationId") == operation_id
    ]
    if not ours_ops:
        raise DocsDiffError(f"our spec has no operation {operation_id}")
    ours = ours_ops[0]
    method, path, ours_operation = ours.method, ours.path, ours.operation
    docs_ops = list(docs_document.operations())
    match = [entry for entry in docs_ops if entry.operation.get("operationId") == operation_id]
    match = match or [entry for entry in docs_ops if (entry.method, entry.path) == (method, path)]
    match = match or (docs_ops if len(docs_ops) == 1 else [])
    if not match:
        raise DocsDiffError(
            f"{url}: its fragment has no operation {operation_id} nor {method.upper()} {path}"
        )
    docs = match[0]
    docs_method, docs_path, docs_operation = docs.method, docs.path, docs.operation
    comparison = _Comparison(ours_document, docs_document)
    if (docs_method, docs_path) != (method, path):
        comparison.add(
            "operation", f"{docs_method.upper()} {docs_path} in the docs, {method.upper()} {path} in ours"
        )
    if docs_operation.get("operationId", operation_id) != operation_id:
        comparison.add("operation", f"operationId {docs_operation.get('operationId')!r} in the docs")
    comparison.parameters(ours.raw_parameters(), docs.raw_parameters())
    comparison.request_body(ours_operation.get("requestBody"), docs_operation.get("requestBody"))
    comparison.responses(
        ours_operation.get("responses") or {},
        docs_operation.get("responses") or {},
        marked="x-assumption" in ours_operation,
    )
    return comparison.differences


def operations_of(spec: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """(operationId, x-docs-url or None) for each operation of our spec, in spec order."""
    found = []
    for entry in _Document(spec, "our spec").operations():
        url = entry.operation.get("x-docs-url")
        found.append((str(entry.operation.get("operationId")), str(url) if url else None))
    return found
