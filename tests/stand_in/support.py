"""What the stand-in's tests share: walking a listing, reading an error envelope, and what the spec
declares of each record (read from openapi/thred.yaml, never copied)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from tests import spec_walk
from tests.sandbox import Sandbox

Record = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = spec_walk.SPEC_PATH
SEED = 7


def fetch_all(client: httpx.Client, url: str, headers: dict[str, str], **params: Any) -> list[Record]:
    """Every record of a listing, walking pages of 100."""
    records: list[Record] = []
    page = 1
    while True:
        response = client.get(url, headers=headers, params={**params, "page": page, "page_size": 100})
        assert response.status_code == 200, response.text
        body = response.json()
        records.extend(body["results"])
        if page >= body["page_info"]["total_pages"]:
            return records
        page += 1


def ids(records: list[Record]) -> set[str]:
    return {r["id"] for r in records}


def instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def envelope(response: httpx.Response) -> tuple[str, str]:
    """The error code and message of an error answer, in either documented envelope."""
    body = response.json()
    return body["error_code"], body.get("error") or body.get("message") or ""


def partner_token(sandbox: Sandbox, client: httpx.Client, **kwargs: Any) -> httpx.Response:
    """A partner token request with the stand-in's credentials, as form fields unless `kwargs` say else."""
    kwargs.setdefault("auth", (sandbox.partner_id, sandbox.api_key))
    if "json" not in kwargs and "files" not in kwargs:
        kwargs.setdefault("data", {"client_id": sandbox.partner_id, "grant_type": "client_credentials"})
    return client.post(sandbox.partner_token_url, **kwargs)


def declared(schema: str) -> set[str]:
    """The members the spec declares for the component schema `schema`."""
    return set(spec_walk.schema_named(schema).get("properties", {}))


def operation_parameters(operation_id: str) -> dict[str, dict[str, Any]]:
    """The query parameters the spec declares for an operation, by name, with $refs followed."""
    document = spec_walk.spec()
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                found: dict[str, dict[str, Any]] = {}
                for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                    if "$ref" in parameter:
                        parameter = spec_walk.get(document, tuple(parameter["$ref"][2:].split("/")))
                    if parameter.get("in") == "query":
                        found[parameter["name"]] = parameter
                return found
    raise LookupError(f"the spec has no operation {operation_id}")


def member_mismatches(schema: dict[str, Any], document: Any, path: spec_walk.Path_ = ()) -> Iterator[str]:
    """Where `document` does not carry exactly the members its schema declares, depth first.

    A schema without `properties` (a free-form object such as `metadata`) is not checked.
    """
    schema = spec_walk.resolve(schema)
    if isinstance(document, dict) and "properties" in schema:
        expected, got = set(schema["properties"]), set(document)
        if expected != got:
            where = spec_walk.location(path) or "(root)"
            yield f"{where}: missing {sorted(expected - got)}, undeclared {sorted(got - expected)}"
        for name, member in schema["properties"].items():
            if name in document:
                yield from member_mismatches(member, document[name], (*path, name))
    elif isinstance(document, list) and "items" in schema:
        for index, item in enumerate(document):
            yield from member_mismatches(schema["items"], item, (*path, index))
