"""Local `$ref`s of an OpenAPI document: the JSON-pointer walk the tools share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def pointer(document: Any, ref: str) -> Any:
    """The node a local reference such as ``#/components/schemas/Invoice`` points at in `document`.

    Raises LookupError, naming `ref`, when it is not local or leads nowhere.
    """
    if not ref.startswith("#/"):
        raise LookupError(f"only local $refs are supported, not {ref}")
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            raise LookupError(f"unresolvable $ref {ref}")
        node = node[part]
    return node
