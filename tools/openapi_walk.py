"""Walking an OpenAPI document: local `$ref`s followed, operations and their parameters listed.

The one walk that tools/api_diff.py and tools/docs_diff.py share; each turns a `SpecError` into its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMAS = "#/components/schemas/"


class SpecError(LookupError):
    """A `$ref` that is not local, leads nowhere or loops; the message names it and the document."""


def pointer(document: Any, ref: str) -> Any:
    """The node a local reference such as ``#/components/schemas/Invoice`` points at in `document`."""
    if not ref.startswith("#/"):
        raise SpecError(f"only local $refs are supported, not {ref}")
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            raise SpecError(f"unresolvable $ref {ref}")
        node = node[part]
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of a document, with the parameters its path item shares with it (not followed)."""

    method: str
    path: str
    operation: Mapping[str, Any]
    shared_parameters: tuple[Any, ...]

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId") or f"{self.method}_{self.path}")

    @property
    def tag(self) -> str:
        tags = self.operation.get("tags") or ["default"]
        return str(tags[0])

    @property
    def module(self) -> str:
        """The module the generator makes for it, relative to the package: `api.invoices.list_invoices`."""
        return f"api.{snake_case(self.tag)}.{snake_case(self.operation_id)}"

    def raw_parameters(self) -> list[Any]:
        return [*self.shared_parameters, *(self.operation.get("parameters") or [])]


class Spec:
    """An OpenAPI document (a parsed mapping) whose local `$ref`s can be followed."""

    def __init__(self, document: Mapping[str, Any], label: str = "the spec") -> None:
        if not isinstance(document, Mapping):
            raise SpecError(f"{label} is not an OpenAPI document (not a mapping)")
        self.document = document
        self.label = label

    @property
    def schemas(self) -> Mapping[str, Any]:
        return (self.document.get("components") or {}).get("schemas") or {}

    @property
    def version(self) -> str | None:
        version = (self.document.get("info") or {}).get("version")
        return None if version is None else str(version)

    def follow(self, node: Any) -> Any:
        """`node` with any chain of `$ref`s followed; keywords beside a `$ref` (OpenAPI 3.1) win."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"{self.label}: circular $ref {ref}")
            seen.add(ref)
            try:
                target = pointer(self.document, ref)
            except SpecError as error:
                raise SpecError(f"{self.label}: {error}") from None
            extra = {key: value for key, value in node.items() if key != "$ref"}
            node = {**target, **extra} if extra and isinstance(target, Mapping) else target
        return node

    def operations(self) -> Iterator[Operation]:
        """Every operation, in the document's order."""
        for path, item in (self.document.get("paths") or {}).items():
            item = self.follow(item)
            if not isinstance(item, Mapping):
                continue
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    yield Operation(method, str(path), operation, tuple(item.get("parameters") or ()))

    def parameters(self, operation: Operation) -> list[Mapping[str, Any]]:
        """The operation's parameters, followed; its own override the path item's of the same place."""
        found: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in operation.raw_parameters():
            parameter = self.follow(raw)
            if isinstance(parameter, Mapping):
                found[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
        return list(found.values())


def schema_name(ref: str) -> str | None:
    """`Invoice` for ``#/components/schemas/Invoice``; None for a reference elsewhere."""
    return ref[len(SCHEMAS) :] if ref.startswith(SCHEMAS) else None


def snake_case(name: str) -> str:
    """A Python identifier from a tag or operation id, as the generator makes module names."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()
