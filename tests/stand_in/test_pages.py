"""The stand-in pages honestly, validates every parameter, and orders its listings totally."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

import httpx
import pytest

from tests import spec_walk
from tests.sandbox import Sandbox
from tests.stand_in.support import Record, envelope, fetch_all, instant, operation_parameters

# -- pagination and validation ---------------------------------------------


def test_page_info_is_honest(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    default = client.get(sandbox.invoices_url(), headers=auth).json()
    assert default["page_info"] == {"total_count": 250, "current_page": 1, "total_pages": 13, "page_size": 20}
    assert default["count"] == 250 and len(default["results"]) == 20
    seen: list[str] = []
    size = 7
    pages = math.ceil(250 / size)
    for page in range(1, pages + 1):
        body = client.get(
            sandbox.invoices_url(), headers=auth, params={"page": page, "page_size": size}
        ).json()
        assert body["page_info"] == {
            "total_count": 250,
            "current_page": page,
            "total_pages": pages,
            "page_size": size,
        }
        assert len(body["results"]) == (size if page < pages else 250 - size * (pages - 1))
        seen.extend(r["id"] for r in body["results"])
    assert len(seen) == len(set(seen)) == 250
    credits = client.get(sandbox.credits_url(), headers=auth, params={"page_size": 100, "page": 2}).json()
    assert credits["page_info"] == {"total_count": 120, "current_page": 2, "total_pages": 2, "page_size": 100}
    assert len(credits["results"]) == 20


def test_page_past_the_end_is_404_and_empty_first_page_is_200(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]
) -> None:
    for url, page in ((sandbox.invoices_url(), 14), (sandbox.credits_url(), 7)):
        response = client.get(url, headers=auth, params={"page": page})
        assert response.status_code == 404
        assert envelope(response) == ("not_found", "Invalid page.")
    empty = client.get(sandbox.invoices_url(), headers=auth, params={"memo": "no such memo"})
    assert empty.status_code == 200
    assert empty.json() == {
        "count": 0,
        "page_info": {"total_count": 0, "current_page": 1, "total_pages": 1, "page_size": 20},
        "results": [],
    }
    assert (
        client.get(sandbox.invoices_url(), headers=auth, params={"memo": "x", "page": 2}).status_code == 404
    )


INVALID_INVOICE_PARAMS = [
    ({"page": "0"}, "page"),
    ({"page": "abc"}, "page"),
    ({"page": "-1"}, "page"),
    ({"page_size": "0"}, "page_size"),
    ({"page_size": "101"}, "page_size"),
    ({"page_size": "x"}, "page_size"),
    ({"due_at_start": "yesterday"}, "due_at_start"),
    ({"due_at_end": "2024-13-01"}, "due_at_end"),
    ({"sent_at_start": "2024-01-01T00:00:00 02:00"}, "sent_at_start"),
    ({"sent_at_end": "1/2/2024"}, "sent_at_end"),
    ({"min_amount": "1.5"}, "min_amount"),
    ({"max_amount": "ten"}, "max_amount"),
    ({"sort": "amount"}, "sort"),
    ({"sort": "-id"}, "sort"),
    ({"customer_id": "abc"}, "customer_id"),
]
INVALID_CREDIT_PARAMS = [
    ({"page": "0"}, "page"),
    ({"page_size": "101"}, "page_size"),
    ({"source_invoice_id": "abc"}, "source_invoice_id"),
    ({"sent_at_start": "soon"}, "sent_at_start"),
    ({"sent_at_end": "2024-02-30"}, "sent_at_end"),
    ({"customer_id": f"{'3c90c3cc-0d44-4b50-8888-8dd25736052a'},zzz"}, "customer_id"),
]


def checked(parameter: dict[str, Any]) -> bool:
    """Whether the spec gives a parameter a type the server can refuse a value of."""
    schema = spec_walk.resolve(parameter["schema"])
    return (
        schema.get("type") == "integer" or "enum" in schema or schema.get("format") in ("date-time", "uuid")
    )


@pytest.mark.parametrize(
    ("operation", "cases"),
    [("list_invoices", INVALID_INVOICE_PARAMS), ("list_customer_credits", INVALID_CREDIT_PARAMS)],
)
def test_the_invalid_cases_cover_every_checked_parameter_the_spec_declares(
    operation: str, cases: list[tuple[dict[str, str], str]]
) -> None:
    declared = operation_parameters(operation)
    named = {param for _, param in cases}
    assert named <= declared.keys()
    assert {name for name, parameter in declared.items() if checked(parameter)} <= named


@pytest.mark.parametrize(("params", "param"), INVALID_INVOICE_PARAMS)
def test_invalid_invoice_params_are_400_naming_the_param(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], params: dict[str, str], param: str
) -> None:
    response = client.get(sandbox.invoices_url(), headers=auth, params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["error_code"] == "validation_error"
    assert list(body["details"]) == [param]
    assert all(isinstance(m, str) and m for m in body["details"][param])


@pytest.mark.parametrize(("params", "param"), INVALID_CREDIT_PARAMS)
def test_invalid_credit_params_are_400_naming_the_param(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], params: dict[str, str], param: str
) -> None:
    response = client.get(sandbox.credits_url(), headers=auth, params=params)
    assert response.status_code == 400
    assert list(response.json()["details"]) == [param]


def test_every_bad_param_is_reported_at_once(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]
) -> None:
    response = client.get(
        sandbox.invoices_url(),
        headers=auth,
        params={"page": "0", "sort": "x", "min_amount": "y", "memo": "fine"},
    )
    assert set(response.json()["details"]) == {"page", "sort", "min_amount"}


# -- order -----------------------------------------------------------------


def documented_sorts() -> list[str | None]:
    """The values the spec documents for the invoices' `sort`, and no sort at all."""
    schema = spec_walk.resolve(operation_parameters("list_invoices")["sort"]["schema"])
    return [*schema["enum"], None]


@pytest.mark.parametrize("sort", documented_sorts())
def test_invoice_sort_orders_are_total(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record], sort: str | None
) -> None:
    params = {} if sort is None else {"sort": sort}
    listed = fetch_all(client, sandbox.invoices_url(), auth, **params)
    field = (sort or "-imported_at").lstrip("-")
    expected = sorted(
        listed, key=lambda r: (instant(r[field]), r["id"]), reverse=(sort or "-imported_at").startswith("-")
    )
    assert [r["id"] for r in listed] == [r["id"] for r in expected]
    stamps = [instant(r[field]) for r in listed]
    assert len(set(stamps)) < len(stamps), "no ties: the id tie-break is not exercised"
    again = fetch_all(client, sandbox.invoices_url(), auth, **params)
    assert [r["id"] for r in again] == [r["id"] for r in listed]


def test_credit_order_is_newest_created_first_then_id(
    sandbox: Sandbox, client: httpx.Client, all_credits: list[Record]
) -> None:
    # Python's sort is stable, also in reverse: by id first, then newest created_at first.
    by_id = sorted(all_credits, key=lambda r: r["id"])
    expected = sorted(by_id, key=lambda r: datetime.fromisoformat(r["created_at"]), reverse=True)
    assert [r["id"] for r in all_credits] == [r["id"] for r in expected]
