"""The spec declares every parameter and field of Thred's reference pages, with the documented type."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests import spec_walk

DOCS = Path(__file__).parent / "fixtures" / "docs"
# Reference page, the operation it documents, and the schema of its 200 response.
PAGES = [
    ("list-invoices.txt", "/v1/platform/businesses/{business_id}/invoices/", "InvoicePage"),
    (
        "list-customer-credits.txt",
        "/v1/platform/businesses/{business_id}/customer-credits/",
        "CustomerCreditPage",
    ),
]
TYPE_LINE = re.compile(r"^(string|integer|number|boolean|object)(?:<([\w-]+)>)?(\[\])?$")


def documented_parameters(page: str) -> dict[str, tuple[str, str | None]]:
    """Each query parameter the page names, with its type and format."""
    lines = (DOCS / page).read_text(encoding="utf-8").splitlines()
    section = lines[lines.index("Query Parameters") + 1 : lines.index("Response")]
    found = {}
    for name, kind in itertools.pairwise(section):
        match = TYPE_LINE.match(kind)
        if match and re.fullmatch(r"[a-z_]+", name):
            found[name] = (match[1], match[2])
    return found


def documented_example(page: str) -> Any:
    text = (DOCS / page).read_text(encoding="utf-8")
    start = text.index("\n{\n") + 1
    return json.loads(text[start : text.index("\n}\n", start) + 2])


def spec_parameters(path: str) -> dict[str, dict[str, Any]]:
    operation = spec_walk.spec()["paths"][path]["get"]
    parameters = {}
    for parameter in operation["parameters"]:
        if "$ref" in parameter:
            parameter = spec_walk.spec()["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
        parameters[parameter["name"]] = parameter
    return parameters


def base_type(schema: dict[str, Any]) -> str:
    kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    (kind,) = [kind for kind in kinds if kind != "null"]
    return str(kind)


@pytest.mark.parametrize(("page", "path", "schema"), PAGES)
def test_every_documented_query_parameter_has_its_type(page: str, path: str, schema: str) -> None:
    documented = documented_parameters(page)
    declared = spec_parameters(path)
    assert documented, "the page's parameter list was not found"
    for name, (kind, fmt) in documented.items():
        assert name in declared, f"{name} is documented but not in the spec"
        declared_schema = spec_walk.resolve(declared[name]["schema"])
        assert (base_type(declared_schema), declared_schema.get("format")) == (kind, fmt), name
        assert declared[name]["in"] == "query"


def test_parameter_counts_match_the_pages() -> None:
    # 15 and 9 query parameters besides business_id; the credits page lost one name (`search`).
    assert len(spec_parameters(PAGES[0][1])) == 16
    assert len(spec_parameters(PAGES[1][1])) == 10
    assert set(spec_parameters(PAGES[1][1])) - set(documented_parameters(PAGES[1][0])) == {
        "business_id",
        "search",
    }


def test_documented_limits_and_defaults() -> None:
    for _, path, _ in PAGES:
        parameters = spec_parameters(path)
        assert parameters["page"]["schema"] == {"type": "integer", "minimum": 1, "default": 1}
        assert parameters["page_size"]["schema"] == {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 20,
        }
        assert parameters["business_id"]["schema"] == {"type": "string", "format": "uuid"}
        assert parameters["business_id"]["required"] is True
    sort = spec_walk.resolve(spec_parameters(PAGES[0][1])["sort"]["schema"])
    assert sort["enum"] == ["imported_at", "-imported_at", "updated_at", "-updated_at"]
    assert sort["default"] == "-imported_at"


EXAMPLE_TYPES = {str: "string", bool: "boolean", int: "integer", dict: "object", list: "array"}


def declared_members(schema: dict[str, Any], document: Any, path: str = "") -> list[str]:
    """Paths in `document` that `schema` does not declare, or declares with another JSON type."""
    schema = spec_walk.resolve(schema)
    problems = []
    if isinstance(document, dict):
        properties = schema.get("properties", {})
        for key, value in document.items():
            if key not in properties:
                problems.append(f"{path}.{key} is not declared")
                continue
            member = spec_walk.resolve(properties[key])
            # A member without a type is one the docs show as <unknown>: any value.
            if "type" in member and EXAMPLE_TYPES[type(value)] != base_type(member):
                problems.append(
                    f"{path}.{key} is {base_type(member)}, documented {EXAMPLE_TYPES[type(value)]}"
                )
            problems += declared_members(member, value, f"{path}.{key}")
    elif isinstance(document, list) and "items" in schema:
        for item in document:
            problems += declared_members(schema["items"], item, f"{path}[]")
    return problems


@pytest.mark.parametrize(("page", "path", "schema"), PAGES)
def test_every_documented_field_is_declared_with_its_type(page: str, path: str, schema: str) -> None:
    assert declared_members(spec_walk.schema_named(schema), documented_example(page)) == []


@pytest.mark.parametrize(
    ("schema", "field", "fmt"),
    [
        ("Invoice", "id", "uuid"),
        ("Invoice", "sent_at", "date-time"),
        ("InvoicePaymentAllocation", "payment_date", "date"),
        ("InvoiceCreditAllocation", "credit_note_id", "uuid"),
        ("CustomerCredit", "source_invoice_id", "uuid"),
        ("Customer", "archived_at", "date-time"),
        ("Document", "document_id", "uuid"),
    ],
)
def test_formats_where_the_docs_show_them(schema: str, field: str, fmt: str) -> None:
    assert spec_walk.schema_named(schema)["properties"][field]["format"] == fmt
