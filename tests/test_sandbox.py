"""Tests of the stand-in sandbox (tests/sandbox), through real HTTP with httpx."""

from __future__ import annotations

import base64
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.sandbox import ErrorShape, Fault, Sandbox, SandboxConfig, running_sandbox

Record = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "thred.yaml"
SEED = 7


# -- fixtures --------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=SEED)) as running:
        yield running


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as http:
        yield http


@pytest.fixture
def auth(sandbox: Sandbox) -> dict[str, str]:
    return sandbox.auth_headers()


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


@pytest.fixture(scope="module")
def all_invoices(sandbox: Sandbox, client: httpx.Client) -> list[Record]:
    return fetch_all(client, sandbox.invoices_url(), sandbox.auth_headers())


@pytest.fixture(scope="module")
def all_credits(sandbox: Sandbox, client: httpx.Client) -> list[Record]:
    return fetch_all(client, sandbox.credits_url(), sandbox.auth_headers())


# -- data ------------------------------------------------------------------

INVOICE_KEYS = {
    "type",
    "id",
    "business_id",
    "status",
    "sent_at",
    "due_at",
    "paid_at",
    "voided_at",
    "is_overdue",
    "invoice_number",
    "invoice_type",
    "currency",
    "customer",
    "line_items",
    "subtotal",
    "additional_discount",
    "additional_sales_taxes",
    "additional_sales_taxes_total",
    "tips",
    "tips_account",
    "total_amount",
    "outstanding_balance",
    "payment_allocations",
    "credit_allocations",
    "refund_allocations",
    "write_offs",
    "document",
    "imported_at",
    "updated_at",
    "external_id",
    "memo",
}
CUSTOMER_KEYS = {
    "type",
    "id",
    "external_id",
    "reference_number",
    "individual_name",
    "company_name",
    "display_name",
    "email",
    "mobile_phone",
    "office_phone",
    "address_line1",
    "address_line2",
    "city",
    "state_county",
    "postal_code",
    "country",
    "full_address",
    "address_string",
    "vat_number",
    "tax_exempt",
    "status",
    "is_active",
    "is_archived",
    "transaction_tags",
    "notes",
    "metadata",
    "payment_terms_days",
    "credit_limit",
    "credit_limit_cents",
    "outstanding_balance",
    "documents",
    "created_at",
    "updated_at",
    "archived_at",
}
DOCUMENT_KEYS = {"url", "expires_in", "document_id", "file_name", "file_size", "mime_type"}
LINE_ITEM_KEYS = {
    "id",
    "invoice_id",
    "account_identifier",
    "description",
    "unit_price",
    "quantity",
    "subtotal",
    "discount_amount",
    "sales_taxes_total",
    "total_amount",
    "external_id",
    "product",
}
CREDIT_KEYS = {
    "id",
    "status",
    "sent_at",
    "customer",
    "source_invoice_id",
    "line_items",
    "allocations",
    "tags",
    "total_amount",
    "applied_amount",
    "document",
    "created_at",
    "updated_at",
    "external_id",
    "currency",
}
NESTED_KEYS = {
    "payment_allocations": {"amount_cents", "payment_date", "payment_method", "payment_id"},
    "credit_allocations": {"amount_cents", "applied_at", "credit_note_id", "reference_number"},
    "refund_allocations": {"refund_id", "amount_cents", "allocated_at", "reference_number"},
    "write_offs": {"write_off_id", "amount_cents", "reason", "status", "write_off_at"},
    "additional_sales_taxes": {"amount", "tax_account", "rate", "name"},
}


def test_listing_is_the_generated_data(
    sandbox: Sandbox, all_invoices: list[Record], all_credits: list[Record]
) -> None:
    business = sandbox.business
    generated = [json.loads(business.invoice_json(i)) for i in range(len(business.invoices))]
    assert sorted(all_invoices, key=lambda r: r["id"]) == sorted(generated, key=lambda r: r["id"])
    assert len(all_invoices) == 250 and len(all_credits) == 120
    assert {r["business_id"] for r in all_invoices} == {sandbox.business_id}


def test_records_carry_every_documented_field(all_invoices: list[Record], all_credits: list[Record]) -> None:
    for invoice in all_invoices:
        assert set(invoice) == INVOICE_KEYS
        assert set(invoice["customer"]) == CUSTOMER_KEYS
        for item in invoice["line_items"]:
            assert set(item) == LINE_ITEM_KEYS
            assert set(item["account_identifier"]) == {"id", "type"}
        for key, expected in NESTED_KEYS.items():
            for entry in invoice[key]:
                assert set(entry) == expected, key
        if invoice["document"] is not None:
            assert set(invoice["document"]) == DOCUMENT_KEYS
        for money in ("subtotal", "total_amount", "outstanding_balance", "tips", "additional_discount"):
            assert isinstance(invoice[money], int)
        assert sum(i["total_amount"] for i in invoice["line_items"]) == invoice["subtotal"]
        assert invoice["total_amount"] == (
            invoice["subtotal"]
            - invoice["additional_discount"]
            + invoice["additional_sales_taxes_total"]
            + invoice["tips"]
        )
    for credit in all_credits:
        assert set(credit) == CREDIT_KEYS
        assert len(credit["customer"]) >= 3
        assert sum(i["amount"] for i in credit["line_items"]) == credit["total_amount"]
        for allocation in credit["allocations"]:
            assert set(allocation) == {
                "invoice_id",
                "invoice_number",
                "amount_cents",
                "invoice_outstanding_balance_cents",
                "applied_at",
            }


def test_records_have_the_awkward_cases_of_real_data(
    all_invoices: list[Record], all_credits: list[Record]
) -> None:
    statuses = {i["status"] for i in all_invoices}
    assert {"SENT", "paid", "partially_paid", "voided", "refunded", "draft"} <= statuses
    assert {"draft", "sent", "applied", "partially_applied", "void"} == {c["status"] for c in all_credits}
    assert len({i["currency"] for i in all_invoices}) >= 3
    assert len({i["customer"]["id"] for i in all_invoices}) >= 20
    unpaid = [i for i in all_invoices if i["status"] in ("SENT", "draft")]
    assert unpaid and all(i["paid_at"] is None for i in unpaid)
    voided = [i for i in all_invoices if i["status"] == "voided"]
    assert voided and all(i["voided_at"] is not None for i in voided)
    assert any(c["sent_at"] is None for c in all_credits)
    assert any(i["document"] is None for i in all_invoices)
    assert any(i["customer"]["email"] is None for i in all_invoices)
    assert {type(i["customer"]["metadata"]).__name__ for i in all_invoices} >= {
        "dict",
        "list",
        "str",
        "NoneType",
    }
    stamps = [i["imported_at"] for i in all_invoices] + [c["created_at"] for c in all_credits]
    assert any(s.endswith("Z") for s in stamps)
    assert any(s.endswith("+02:00") for s in stamps)
    assert any("." in s for s in stamps)
    assert all(instant(s) is not None for s in stamps)


# -- authentication and authorisation --------------------------------------


def _envelope(response: httpx.Response) -> tuple[str, str]:
    body = response.json()
    return body["error_code"], body.get("error") or body.get("message") or ""


@pytest.mark.parametrize("which", ["invoices", "credits"])
def test_missing_authorization_is_401_authentication_required(
    sandbox: Sandbox, client: httpx.Client, which: str
) -> None:
    url = sandbox.invoices_url() if which == "invoices" else sandbox.credits_url()
    response = client.get(url)
    assert response.status_code == 401
    assert _envelope(response)[0] == "authentication_required"
    assert set(response.json()) == {"error", "error_code", "details"}


def test_bad_tokens_are_401_invalid_token(sandbox: Sandbox, client: httpx.Client) -> None:
    good = sandbox.mint_token()
    header, payload, _ = good.split(".")
    tampered_payload = (
        base64.urlsafe_b64encode(
            json.dumps({"partner_id": sandbox.foreign_partner_id, "iat": 0, "exp": 2**40}).encode()
        )
        .rstrip(b"=")
        .decode()
    )
    for token in (
        "garbage",
        f"{header}.{payload}.c2lnbmF0dXJl",
        f"{header}.{tampered_payload}.{good.split('.')[2]}",
        sandbox.mint_token(lifetime=-1),
        sandbox.mint_token(partner_id="not-a-partner"),
        "",
    ):
        # An empty token is sent as a bare "Bearer": httpx refuses a trailing space.
        authorization = f"Bearer {token}".strip()
        response = client.get(sandbox.invoices_url(), headers={"Authorization": authorization})
        assert response.status_code == 401, token
        assert _envelope(response)[0] == "invalid_token", token


def test_tokens_of_other_owners_are_403(sandbox: Sandbox, client: httpx.Client) -> None:
    cases = [
        (sandbox.invoices_url(sandbox.foreign_business_id), sandbox.mint_token()),
        (sandbox.credits_url(sandbox.foreign_business_id), sandbox.mint_token()),
        (sandbox.invoices_url(), sandbox.mint_token(partner_id=sandbox.foreign_partner_id)),
        (sandbox.invoices_url(), sandbox.mint_token(sandbox.sibling_business_id)),
        (sandbox.credits_url(), sandbox.mint_token(sandbox.foreign_business_id)),
    ]
    for url, token in cases:
        response = client.get(url, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 403, url
        assert _envelope(response)[0] == "permission_denied"


def test_unknown_business_is_404(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    for business in ("3c90c3cc-0d44-4b50-8888-8dd25736052a", "not-a-uuid", "12345"):
        for url in (sandbox.invoices_url(business), sandbox.credits_url(business)):
            response = client.get(url, headers=auth)
            assert response.status_code == 404, url
            assert _envelope(response)[0] == "business_not_found"


def test_partner_and_business_tokens_both_list(sandbox: Sandbox, client: httpx.Client) -> None:
    for token in (sandbox.mint_token(), sandbox.mint_token(sandbox.business_id)):
        for url in (sandbox.invoices_url(), sandbox.credits_url()):
            assert client.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    sibling = sandbox.mint_token(sandbox.sibling_business_id)
    response = client.get(
        sandbox.invoices_url(sandbox.sibling_business_id), headers={"Authorization": f"Bearer {sibling}"}
    )
    assert response.status_code == 200 and response.json()["count"] == 12


def test_missing_trailing_slash_redirects(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]
) -> None:
    response = client.get(sandbox.invoices_url().rstrip("/"), headers=auth)
    assert response.status_code in (301, 307, 308)
    assert response.headers["location"].endswith("/invoices/")


# -- token endpoints -------------------------------------------------------


def _decode_jwt(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return decoded


def _partner_token(sandbox: Sandbox, client: httpx.Client, **kwargs: Any) -> httpx.Response:
    kwargs.setdefault("auth", (sandbox.partner_id, sandbox.api_key))
    if "json" not in kwargs and "files" not in kwargs:
        kwargs.setdefault("data", {"client_id": sandbox.partner_id, "grant_type": "client_credentials"})
    return client.post(sandbox.partner_token_url, **kwargs)


def test_partner_token_form_json_and_multipart(sandbox: Sandbox, client: httpx.Client) -> None:
    fields = {"client_id": sandbox.partner_id, "grant_type": "client_credentials"}
    responses = [
        _partner_token(sandbox, client),
        _partner_token(sandbox, client, json=fields),
        _partner_token(sandbox, client, files={k: (None, v) for k, v in fields.items()}),
    ]
    for response in responses:
        assert response.status_code == 200, response.text
        body = response.json()
        assert set(body) == {"access_token", "expires_in", "token_type"}
        assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
        claims = _decode_jwt(body["access_token"])
        assert claims["partner_id"] == sandbox.partner_id and "business_id" not in claims
        assert claims["exp"] - claims["iat"] == 3600
        listed = client.get(
            sandbox.invoices_url(), headers={"Authorization": f"Bearer {body['access_token']}"}
        )
        assert listed.status_code == 200


def test_partner_token_errors(sandbox: Sandbox, client: httpx.Client) -> None:
    missing = client.post(sandbox.partner_token_url, data={"grant_type": "client_credentials"})
    assert missing.status_code == 401 and _envelope(missing)[0] == "authentication_required"
    wrong = _partner_token(sandbox, client, auth=(sandbox.partner_id, "sk_wrong"))
    assert wrong.status_code == 401 and _envelope(wrong)[0] == "authentication_failed"
    cases = [
        ({"client_id": sandbox.partner_id, "grant_type": "password"}, "grant_type"),
        ({"grant_type": "client_credentials"}, "client_id"),
        ({"client_id": "nope", "grant_type": "client_credentials"}, "client_id"),
        ({"client_id": sandbox.foreign_partner_id, "grant_type": "client_credentials"}, "client_id"),
    ]
    for data, param in cases:
        response = _partner_token(sandbox, client, data=data)
        assert response.status_code == 400, data
        assert response.json()["error_code"] == "validation_error"
        assert list(response.json()["details"]) == [param]


def test_business_token(sandbox: Sandbox, client: httpx.Client) -> None:
    partner = sandbox.mint_token()
    response = client.post(sandbox.business_token_url(), headers={"Authorization": f"Bearer {partner}"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope", "business_id"}
    assert (body["token_type"], body["scope"], body["business_id"], body["expires_in"]) == (
        "Bearer",
        "business_access",
        sandbox.business_id,
        3600,
    )
    business_token = body["access_token"]
    assert _decode_jwt(business_token)["business_id"] == sandbox.business_id
    ok = client.get(sandbox.credits_url(), headers={"Authorization": f"Bearer {business_token}"})
    assert ok.status_code == 200

    def status(url: str, token: str | None) -> tuple[int, str]:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        reply = client.post(url, headers=headers)
        return reply.status_code, reply.json()["error_code"]

    assert status(sandbox.business_token_url(), None) == (401, "authentication_required")
    assert status(sandbox.business_token_url(), "x.y.z") == (401, "invalid_token")
    assert status(sandbox.business_token_url(), business_token) == (403, "permission_denied")
    assert status(sandbox.business_token_url(sandbox.foreign_business_id), partner) == (
        403,
        "permission_denied",
    )
    assert status(sandbox.business_token_url("3c90c3cc-0d44-4b50-8888-8dd25736052a"), partner) == (
        404,
        "business_not_found",
    )


def test_tokens_expire_by_the_server_clock(sandbox: Sandbox, client: httpx.Client) -> None:
    token = _partner_token(sandbox, client).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    business = client.post(sandbox.business_token_url(), headers=headers).json()["access_token"]
    assert client.get(sandbox.invoices_url(), headers=headers).status_code == 200
    sandbox.faults.advance_clock(3500)
    assert client.get(sandbox.invoices_url(), headers=headers).status_code == 200
    sandbox.faults.advance_clock(100)
    for bearer in (token, business):
        expired = client.get(sandbox.invoices_url(), headers={"Authorization": f"Bearer {bearer}"})
        assert expired.status_code == 401
        assert _envelope(expired) == ("invalid_token", "Token has expired.")
    fresh = _partner_token(sandbox, client).json()["access_token"]
    assert client.get(sandbox.invoices_url(), headers={"Authorization": f"Bearer {fresh}"}).status_code == 200
    sandbox.faults.expire_tokens()
    assert client.get(sandbox.invoices_url(), headers={"Authorization": f"Bearer {fresh}"}).status_code == 401


def test_short_token_lifetime_is_configurable(client: httpx.Client) -> None:
    with running_sandbox(SandboxConfig(seed=1, invoices=5, credits=2, token_lifetime=60)) as small:
        body = _partner_token(small, client).json()
        assert body["expires_in"] == 60
        headers = {"Authorization": f"Bearer {body['access_token']}"}
        small.faults.advance_clock(61)
        assert client.get(small.invoices_url(), headers=headers).status_code == 401


def test_token_requests_are_counted(sandbox: Sandbox, client: httpx.Client) -> None:
    before, before_partner = sandbox.log.token_requests, sandbox.log.count("partner_token")
    token = _partner_token(sandbox, client).json()["access_token"]
    assert sandbox.log.token_requests == before + 1
    client.post(sandbox.business_token_url(), headers={"Authorization": f"Bearer {token}"})
    assert sandbox.log.token_requests == before + 2
    assert sandbox.log.count("partner_token") == before_partner + 1
    assert sandbox.log.count("business_token", status=200) >= 1


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
        assert _envelope(response) == ("not_found", "Invalid page.")
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


# -- invoice filters -------------------------------------------------------


def _check_invoice_filter(
    sandbox: Sandbox,
    client: httpx.Client,
    auth: dict[str, str],
    all_invoices: list[Record],
    params: dict[str, Any],
    keep: Callable[[Record], bool],
) -> None:
    expected = {r["id"] for r in all_invoices if keep(r)}
    got = ids(fetch_all(client, sandbox.invoices_url(), auth, **params))
    assert got == expected, params
    assert 0 < len(expected) < len(all_invoices), f"filter {params} does not discriminate"


def test_invoice_filter_customer(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    by_count: dict[str, int] = {}
    for r in all_invoices:
        if r["customer"]["external_id"]:
            by_count[r["customer"]["external_id"]] = by_count.get(r["customer"]["external_id"], 0) + 1
    external = max(by_count, key=lambda k: by_count[k])
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"customer_external_id": external},
        lambda r: r["customer"]["external_id"] == external,
    )
    two = sorted({r["customer"]["id"] for r in all_invoices})[:2]
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"customer_id": f"{two[0]}, {two[1].upper()}"},
        lambda r: r["customer"]["id"] in two,
    )


@pytest.mark.parametrize("field", ["due_at", "sent_at"])
def test_invoice_filter_date_ranges_are_inclusive(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record], field: str
) -> None:
    values = sorted({d for d in (instant(r[field]) for r in all_invoices) if d is not None})
    start, end = values[len(values) // 4], values[len(values) // 2]
    # The bounds are given in another offset than the records use: instants, not strings, compare.
    params = {
        f"{field}_start": start.astimezone(timezone(timedelta(hours=5))).isoformat(),
        f"{field}_end": end.astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }

    def within(r: Record) -> bool:
        value = instant(r[field])
        return value is not None and start <= value <= end

    _check_invoice_filter(sandbox, client, auth, all_invoices, params, within)
    got = ids(fetch_all(client, sandbox.invoices_url(), auth, **params))
    assert any(instant(r[field]) == start and r["id"] in got for r in all_invoices)
    assert any(instant(r[field]) == end and r["id"] in got for r in all_invoices)

    def after(r: Record) -> bool:
        value = instant(r[field])
        return value is not None and value >= start

    def before(r: Record) -> bool:
        value = instant(r[field])
        return value is not None and value <= end

    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {f"{field}_start": params[f"{field}_start"]}, after
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {f"{field}_end": params[f"{field}_end"]}, before
    )


def test_invoice_filter_amounts_are_inclusive(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    amounts = sorted(r["total_amount"] for r in all_invoices)
    low, high = amounts[50], amounts[200]
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"min_amount": low, "max_amount": high},
        lambda r: low <= r["total_amount"] <= high,
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {"min_amount": low}, lambda r: r["total_amount"] >= low
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {"max_amount": high}, lambda r: r["total_amount"] <= high
    )


def test_invoice_filter_memo(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"memo": "Monthly retainer"},
        lambda r: r["memo"] == "Monthly retainer",
    )
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"memo_contains": "RETAINER"},
        lambda r: r["memo"] is not None and "retainer" in r["memo"].lower(),
    )
    variants = {r["memo"] for r in all_invoices if r["memo"] and "retainer" in r["memo"].lower()}
    assert len(variants) >= 2, "case-insensitivity is not exercised"


def test_invoice_filter_reference_numbers(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    numbers = [r["invoice_number"] for r in all_invoices[:3]]
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"reference_numbers": f"{numbers[0]}, {numbers[1]},{numbers[2]},INV-NOPE"},
        lambda r: r["invoice_number"] in numbers,
    )


def test_invoice_filter_status_is_case_insensitive(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"status": "sent,voided"},
        lambda r: r["status"].lower() in ("sent", "voided"),
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {"status": "PAID"}, lambda r: r["status"] == "paid"
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {"status": "draft"}, lambda r: r["status"] == "draft"
    )


def test_invoice_filters_combine_and_empty_values_are_ignored(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"status": "paid", "min_amount": 10000, "memo": ""},
        lambda r: r["status"] == "paid" and r["total_amount"] >= 10000,
    )


# -- credit filters --------------------------------------------------------


def _check_credit_filter(
    sandbox: Sandbox,
    client: httpx.Client,
    auth: dict[str, str],
    all_credits: list[Record],
    params: dict[str, Any],
    keep: Callable[[Record], bool],
) -> None:
    expected = {r["id"] for r in all_credits if keep(r)}
    got = ids(fetch_all(client, sandbox.credits_url(), auth, **params))
    assert got == expected, params
    assert 0 < len(expected) < len(all_credits), f"filter {params} does not discriminate"


def test_credit_filter_customer(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_credits: list[Record]
) -> None:
    external = next(r["customer"]["external_id"] for r in all_credits if r["customer"]["external_id"])
    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"customer_external_id": external},
        lambda r: r["customer"]["external_id"] == external,
    )
    two = [all_credits[0]["customer"]["id"], all_credits[-1]["customer"]["id"]]
    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"customer_id": ",".join(two)},
        lambda r: r["customer"]["id"] in two,
    )


def test_credit_filter_search(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_credits: list[Record]
) -> None:
    numbers = {c.id: c.number for c in sandbox.business.credits}

    def matches(needle: str) -> Callable[[Record], bool]:
        return lambda r: (
            needle in numbers[r["id"]].lower()
            or needle in (r["external_id"] or "").lower()
            or needle in r["customer"]["name"].lower()
        )

    target = all_credits[5]
    for needle in (numbers[target["id"]], target["customer"]["name"].split()[0].upper()):
        _check_credit_filter(sandbox, client, auth, all_credits, {"search": needle}, matches(needle.lower()))
    external = next(r["external_id"] for r in all_credits if r["external_id"])
    got = ids(fetch_all(client, sandbox.credits_url(), auth, search=external[-6:].upper()))
    assert got == {r["id"] for r in all_credits if matches(external[-6:].lower())(r)}
    assert any(r["external_id"] == external for r in all_credits if r["id"] in got)


def test_credit_filter_sent_at_is_inclusive(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_credits: list[Record]
) -> None:
    values = sorted(d for d in (instant(r["sent_at"]) for r in all_credits) if d is not None)
    start, end = values[10], values[60]

    def within(r: Record) -> bool:
        value = instant(r["sent_at"])
        return value is not None and start <= value <= end

    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"sent_at_start": start.isoformat(), "sent_at_end": end.isoformat()},
        within,
    )


def test_credit_filter_source_invoice_and_status(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_credits: list[Record]
) -> None:
    source = next(r["source_invoice_id"] for r in all_credits if r["source_invoice_id"])
    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"source_invoice_id": source},
        lambda r: r["source_invoice_id"] == source,
    )
    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"status": "applied,partially_applied"},
        lambda r: r["status"] in ("applied", "partially_applied"),
    )
    _check_credit_filter(
        sandbox, client, auth, all_credits, {"status": "VOID"}, lambda r: r["status"] == "void"
    )


# -- order -----------------------------------------------------------------


@pytest.mark.parametrize("sort", ["imported_at", "-imported_at", "updated_at", "-updated_at", None])
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


# -- determinism -----------------------------------------------------------


def test_same_seed_gives_identical_responses(sandbox: Sandbox, client: httpx.Client) -> None:
    requests: list[tuple[str, dict[str, str | int]]] = [
        ("invoices", {"page": 3, "page_size": 50}),
        ("invoices", {"status": "paid", "sort": "updated_at"}),
        ("credits", {"page_size": 100}),
    ]
    with running_sandbox(SandboxConfig(seed=SEED)) as twin:
        assert (twin.business_id, twin.partner_id, twin.api_key) == (
            sandbox.business_id,
            sandbox.partner_id,
            sandbox.api_key,
        )
        for which, params in requests:
            bodies = [
                client.get(
                    box.invoices_url() if which == "invoices" else box.credits_url(),
                    headers=box.auth_headers(),
                    params=params,
                ).content
                for box in (sandbox, twin)
            ]
            assert bodies[0] == bodies[1]
    with running_sandbox(SandboxConfig(seed=SEED + 1)) as other:
        assert other.business_id != sandbox.business_id
        first = client.get(other.invoices_url(), headers=other.auth_headers()).json()["results"][0]
        assert first["id"] not in {c.id for c in sandbox.business.invoices}


# -- faults ----------------------------------------------------------------


def test_latency(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.faults.latency = 0.3
    started = time.perf_counter()
    assert client.get(sandbox.credits_url(), headers=auth).status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_scripted_429_with_retry_after(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.faults.script(["429:retry-after=1", Fault.rate_limited(2, as_http_date=True), "429"])
    first = client.get(sandbox.invoices_url(), headers=auth)
    assert first.status_code == 429 and first.headers["retry-after"] == "1"
    assert first.json()["error_code"] == "throttled"
    second = client.get(sandbox.invoices_url(), headers=auth)
    assert second.status_code == 429
    when = parsedate_to_datetime(second.headers["retry-after"])
    assert 0 < (when - datetime.now(UTC)).total_seconds() <= 4
    third = client.get(sandbox.invoices_url(), headers=auth)
    assert third.status_code == 429 and "retry-after" not in third.headers
    assert client.get(sandbox.invoices_url(), headers=auth).status_code == 200
    assert sandbox.faults.pending() == 0


def test_scripted_5xx_json_and_html(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.faults.script(["503", "502:html", Fault.server_error(500), "504:retry-after=3"])
    replies = [client.get(sandbox.invoices_url(), headers=auth) for _ in range(5)]
    assert [r.status_code for r in replies] == [503, 502, 500, 504, 200]
    assert replies[0].json()["error_code"] == "server_error"
    assert replies[1].headers["content-type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in replies[1].text
    assert replies[3].headers["retry-after"] == "3"


def test_faults_aimed_at_one_operation(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.faults.script(["503"], operation="list_customer_credits")
    sandbox.faults.script(["500"], operation="partner_token")
    assert client.get(sandbox.invoices_url(), headers=auth).status_code == 200
    assert _partner_token(sandbox, client).status_code == 500
    assert client.get(sandbox.credits_url(), headers=auth).status_code == 503
    assert client.get(sandbox.credits_url(), headers=auth).status_code == 200
    with pytest.raises(ValueError, match="operation"):
        sandbox.faults.script(["503"], operation="list_everything")
    with pytest.raises(ValueError, match="unknown"):
        sandbox.faults.script(["explode"])


def test_dropped_connection_is_a_protocol_error(sandbox: Sandbox, auth: dict[str, str]) -> None:
    sandbox.faults.script(["drop"])
    with httpx.Client(timeout=5) as fresh, pytest.raises(httpx.RemoteProtocolError):
        fresh.get(sandbox.invoices_url(), headers=auth)
    record = sandbox.log.last()
    assert record is not None and record.fault == "drop" and record.status is None
    with httpx.Client(timeout=5) as fresh:
        assert fresh.get(sandbox.invoices_url(), headers=auth).status_code == 200


def test_truncated_body_is_a_protocol_error(sandbox: Sandbox, auth: dict[str, str]) -> None:
    sandbox.faults.script(["truncate"])
    with httpx.Client(timeout=5) as fresh, pytest.raises(httpx.RemoteProtocolError):
        fresh.get(sandbox.invoices_url(), headers=auth)


def test_stall_outlasts_a_client_timeout(sandbox: Sandbox, auth: dict[str, str]) -> None:
    sandbox.faults.script([Fault.stall(30)])
    started = time.perf_counter()
    with httpx.Client(timeout=0.3) as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.get(sandbox.invoices_url(), headers=auth)
    assert time.perf_counter() - started < 3
    sandbox.faults.script(["stall:seconds=0.3"])
    started = time.perf_counter()
    with httpx.Client(timeout=5) as patient:
        assert patient.get(sandbox.invoices_url(), headers=auth).status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_stall_keeps_the_request_body(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.script(["stall:seconds=0.1"], operation="partner_token")
    assert _partner_token(sandbox, client).status_code == 200


def test_slow_body_arrives_in_pieces(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    normal = client.get(sandbox.invoices_url(), headers=auth).content
    sandbox.faults.script([Fault.slow_body(0.15, chunks=5)])
    started = time.perf_counter()
    arrivals: list[float] = []
    body = b""
    with client.stream("GET", sandbox.invoices_url(), headers=auth) as response:
        assert response.status_code == 200
        for chunk in response.iter_raw():
            arrivals.append(time.perf_counter() - started)
            body += chunk
    assert body == normal
    assert arrivals[-1] >= 0.15 * 4 * 0.9
    assert len(arrivals) >= 3


def test_request_log(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.log.clear()
    client.get(sandbox.invoices_url(), headers=auth, params={"status": "paid", "page": 2})
    client.get(sandbox.credits_url())
    client.get(f"{sandbox.base_url}/v1/elsewhere/")
    records = sandbox.log.records()
    assert [(r.method, r.operation, r.status) for r in records] == [
        ("GET", "list_invoices", 200),
        ("GET", "list_customer_credits", 401),
        ("GET", None, 404),
    ]
    assert records[0].path == f"/v1/platform/businesses/{sandbox.business_id}/invoices/"
    assert records[0].query == "status=paid&page=2"
    assert sandbox.log.counters() == {"list_invoices": 1, "list_customer_credits": 1, "other": 1}
    assert sandbox.log.count(status=401) == 1
    assert records[2].serial > records[0].serial


# -- error shapes ----------------------------------------------------------


def test_error_shapes(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    def shapes() -> tuple[set[str], set[str]]:
        bad = client.get(sandbox.invoices_url(), headers=auth, params={"page": "x"}).json()
        unauthorised = client.get(sandbox.invoices_url()).json()
        return set(bad), set(unauthorised)

    guide, reference = {"error", "error_code", "details"}, {"error_code", "message", "detail", "request_id"}
    assert shapes() == (guide, guide)
    sandbox.error_shape = "reference"
    assert shapes() == (reference, reference)
    body = client.get(sandbox.invoices_url(), headers=auth, params={"page_size": "0"}).json()
    assert body["detail"] == {"page_size": ["Ensure this value is greater than or equal to 1."]}
    sandbox.error_shape = "mixed"
    assert shapes() == (guide, reference)


def test_unknown_route_and_method(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    missing = client.get(f"{sandbox.base_url}/v1/platform/nothing/", headers=auth)
    assert missing.status_code == 404 and missing.json()["error_code"] == "not_found"
    wrong = client.delete(sandbox.invoices_url(), headers=auth)
    assert wrong.status_code == 405 and wrong.json()["error_code"] == "method_not_allowed"


# -- scale and standalone use ----------------------------------------------


def test_a_page_of_100k_invoices_is_fast(client: httpx.Client) -> None:
    with running_sandbox(SandboxConfig(seed=3, invoices=100_000, credits=1_000)) as big:
        headers = big.auth_headers()
        first = client.get(big.invoices_url(), headers=headers, params={"page_size": 100})
        assert first.json()["page_info"]["total_pages"] == 1000
        timings = []
        for page in (2, 250, 500, 750, 1000):
            started = time.perf_counter()
            response = client.get(
                big.invoices_url(), headers=headers, params={"page": page, "page_size": 100}
            )
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200 and len(response.json()["results"]) == 100
        assert statistics.median(timings) < 0.1, timings
        filtered = client.get(
            big.invoices_url(), headers=headers, params={"status": "paid", "min_amount": 5000}
        )
        assert 0 < filtered.json()["count"] < 100_000


def test_standalone_module(client: httpx.Client) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.sandbox",
            "--port",
            "0",
            "--seed",
            "5",
            "--invoices",
            "30",
            "--credits",
            "4",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        values = dict(process.stdout.readline().strip().split("=", 1) for _ in range(6))
        assert values["THRED_BASE_URL"].startswith("http://127.0.0.1:")
        token = client.post(
            f"{values['THRED_BASE_URL']}/v1/platform/oauth2/token/",
            auth=(values["THRED_PARTNER_ID"], values["THRED_API_KEY"]),
            data={"client_id": values["THRED_PARTNER_ID"], "grant_type": "client_credentials"},
        ).json()["access_token"]
        listed = client.get(
            f"{values['THRED_BASE_URL']}/v1/platform/businesses/{values['THRED_BUSINESS_ID']}/invoices/",
            headers={"Authorization": f"Bearer {token}"},
        )
        assert listed.json()["count"] == 30
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


# -- responses against the OpenAPI document --------------------------------


class _SpecRequest:
    """openapi-core's Request protocol, for a request made to the sandbox."""

    def __init__(self, host_url: str, request: httpx.Request) -> None:
        from openapi_core.datatypes import RequestParameters
        from starlette.datastructures import QueryParams

        self.host_url = host_url
        self.path = request.url.path
        self.method = request.method.lower()
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("content-type", "").lower()
        self.parameters = RequestParameters(
            query=QueryParams(request.url.query.decode()),
            header={key.lower(): value for key, value in request.headers.items()},
        )


class _SpecResponse:
    """openapi-core's Response protocol, for a sandbox response."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = dict(response.headers)
        self.content_type = response.headers.get("content-type", "").lower()
        self.data: bytes | None = response.content


def test_responses_match_the_openapi_document(sandbox: Sandbox, client: httpx.Client) -> None:
    openapi_core = pytest.importorskip("openapi_core")
    yaml = pytest.importorskip("yaml")
    if not SPEC.exists():
        pytest.skip(f"{SPEC.relative_to(ROOT)} does not exist yet")
    spec = openapi_core.OpenAPI.from_path(SPEC)
    document = yaml.safe_load(SPEC.read_text())
    server = (document.get("servers") or [{"url": "http://localhost"}])[0]["url"]
    host_url = "/".join(server.split("/")[:3])  # scheme://host of the spec's first server
    paths = set(document.get("paths", {}))

    partner = sandbox.mint_token()
    bearer = {"Authorization": f"Bearer {partner}"}
    foreign = sandbox.foreign_business_id
    unknown = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    fields = {"client_id": sandbox.partner_id, "grant_type": "client_credentials"}
    basic = "Basic " + base64.b64encode(f"{sandbox.partner_id}:{sandbox.api_key}".encode()).decode()
    cases: list[tuple[str, httpx.Request]] = [
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(), headers=bearer, params={"page_size": 100}),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request(
                "GET", sandbox.invoices_url(), headers=bearer, params={"page": 2, "page_size": 100}
            ),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request(
                "GET",
                sandbox.invoices_url(),
                headers=bearer,
                params={"status": "voided,refunded", "sort": "updated_at"},
            ),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(), headers=bearer, params={"page": 0}),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url()),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(foreign), headers=bearer),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(unknown), headers=bearer),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(), headers=bearer, params={"page": 99}),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request("GET", sandbox.credits_url(), headers=bearer, params={"page_size": 100}),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request(
                "GET",
                sandbox.credits_url(),
                headers=bearer,
                params={"status": "draft,void", "page_size": 100},
            ),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request(
                "GET", sandbox.credits_url(), headers=bearer, params={"source_invoice_id": "x"}
            ),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request("GET", sandbox.credits_url(), headers={"Authorization": "Bearer x"}),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request("GET", sandbox.credits_url(foreign), headers=bearer),
        ),
        (
            "/v1/platform/oauth2/token/",
            client.build_request(
                "POST", sandbox.partner_token_url, headers={"Authorization": basic}, data=fields
            ),
        ),
        ("/v1/platform/oauth2/token/", client.build_request("POST", sandbox.partner_token_url, data=fields)),
        (
            "/v1/platform/{business_id}/oauth2/token/",
            client.build_request("POST", sandbox.business_token_url(), headers=bearer),
        ),
        (
            "/v1/platform/{business_id}/oauth2/token/",
            client.build_request("POST", sandbox.business_token_url(foreign), headers=bearer),
        ),
    ]
    checked, missing = 0, set()
    shapes: tuple[ErrorShape, ...] = ("guide", "reference")
    for shape in shapes:
        sandbox.error_shape = shape
        for path, request in cases:
            if path not in paths:
                missing.add(path)
                continue
            response = client.send(request)
            spec.validate_response(_SpecRequest(host_url, request), _SpecResponse(response))
            checked += 1
    if missing:
        pytest.skip(f"validated {checked} responses; the spec has no {sorted(missing)} yet")
