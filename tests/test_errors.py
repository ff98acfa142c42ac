"""Typed errors: calls through `ThredClient` raise them instead of returning error values."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from thred_client import RetryTransport, ThredClient
from thred_client.api.customer_credits import list_customer_credits
from thred_client.api.invoices import list_invoices
from thred_client.errors import ResponseValidationError, ThredError, UnexpectedStatus
from thred_client.exceptions import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

from tests.client_support import Sleeps, sandbox_client
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox

BUSINESS_ID = UUID("d1a18143-3c57-48b0-ac36-d95eeffd6c94")
UNKNOWN_BUSINESS_ID = UUID("00000000-0000-4000-8000-000000000404")


def answering(status: int, body: bytes, content_type: str = "application/json") -> ThredClient:
    """A client whose server answers every request with `status` and `body`."""

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    return ThredClient(
        base_url="https://api.example.test",
        token="t0ken",
        max_retries=0,
        transport=httpx.MockTransport(server),
    )


def list_page(client: ThredClient, mode: str, business_id: UUID | str = BUSINESS_ID, **params: Any) -> Any:
    business_id = UUID(str(business_id))
    if mode == "sync":
        return list_invoices.sync(business_id, client=client, **params)

    async def main() -> Any:
        try:
            return await list_invoices.asyncio(business_id, client=client, **params)
        finally:
            await client.aclose()

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


# -- against a mock server ---------------------------------------------------------


@MODES
@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_family_raises_its_class(
    mode: str, status: int, error_class: type[APIStatusError]
) -> None:
    body = {"error_code": "some_code", "message": "Something is off.", "detail": {}, "request_id": "req-1"}
    with pytest.raises(error_class) as caught:
        list_page(answering(status, json.dumps(body).encode()), mode)
    error = caught.value
    assert type(error) is error_class
    assert (error.status_code, error.error_code, error.request_id) == (status, "some_code", "req-1")
    assert "Something is off." in str(error)
    assert error.method == "GET"
    assert error.url == f"https://api.example.test/v1/platform/businesses/{BUSINESS_ID}/invoices/"


def test_the_guide_envelope_gives_the_field_details() -> None:
    body = {
        "error": "Invalid input.",
        "error_code": "validation_error",
        "details": {"page_size": ["Too big."]},
    }
    with pytest.raises(BadRequestError) as caught:
        list_page(answering(400, json.dumps(body).encode()), "sync", page_size=99)
    assert caught.value.details == {"page_size": ["Too big."]}
    assert "page_size: Too big." in str(caught.value)
    # The query is the caller's data: the message names the path only.
    assert "99" not in str(caught.value)


@MODES
def test_an_html_502_is_a_typed_error_with_an_excerpt(mode: str) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
    with pytest.raises(InternalServerError) as caught:
        list_page(answering(502, page, "text/html"), mode)
    error = caught.value
    assert error.status_code == 502
    assert error.error_code is None
    assert error.body_excerpt is not None and "502 Bad Gateway" in error.body_excerpt
    assert "502 Bad Gateway" in str(error)
    assert not isinstance(error.__context__, json.JSONDecodeError)


@pytest.mark.parametrize("body", [b"", b"upstream timed out", b"\xff\xfe not utf-8", b"[1, 2]", b"null"])
def test_any_error_body_becomes_a_typed_error(body: bytes) -> None:
    with pytest.raises(InternalServerError) as caught:
        list_page(answering(500, body, "text/plain"), "sync")
    assert caught.value.status_code == 500


def test_an_undocumented_success_status_raises_unexpected_status() -> None:
    with pytest.raises(UnexpectedStatus) as caught:
        list_page(answering(204, b""), "sync")
    assert isinstance(caught.value, ThredError)
    assert caught.value.status_code == 204


@MODES
def test_a_malformed_record_raises_when_read_naming_its_field_path(mode: str) -> None:
    body = {
        "count": 2,
        "page_info": {"total_count": 2, "current_page": 1, "total_pages": 1, "page_size": 20},
        "results": [{"id": "6f1c1d52-8a43-4c8e-9d0b-2f6e4b7a9c10"}, {"id": "not-a-uuid"}],
    }
    page = list_page(answering(200, json.dumps(body).encode()), mode)
    assert page.results[0].id == UUID(body["results"][0]["id"])  # the good record reads
    with pytest.raises(ResponseValidationError) as caught:
        _ = page.results[1].id
    assert caught.value.location == "results[1].id"


@MODES
def test_a_refused_connection_is_a_connection_error(mode: str) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps = Sleeps()
    transport = RetryTransport(sleep=sleeps, async_sleep=sleeps.asleep)
    client = ThredClient(base_url=f"http://127.0.0.1:{port}", token="t0ken", transport=transport)
    with pytest.raises(APIConnectionError) as caught:
        list_page(client, mode)
    assert "ConnectError" in str(caught.value)
    assert f"127.0.0.1:{port}" in str(caught.value)
    assert len(sleeps.waits) == 2


# -- against the stand-in ------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=3, invoices=5, credits=5)) as running:
        yield running


@MODES
def test_an_html_502_from_the_sandbox_after_the_retries(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script(["502:html"] * 3, operation="list_invoices")
    with pytest.raises(InternalServerError) as caught:
        list_page(sandbox_client(sandbox), mode, business_id=sandbox.business_id)
    assert caught.value.status_code == 502
    assert caught.value.body_excerpt is not None and "502 Bad Gateway" in caught.value.body_excerpt
    assert sandbox.log.count("list_invoices") == 3


@pytest.mark.parametrize("shape", ["guide", "reference"])
def test_both_documented_envelopes_are_read(sandbox: Sandbox, shape: str) -> None:
    sandbox.error_shape = shape  # type: ignore[assignment]
    client = sandbox_client(sandbox)
    with pytest.raises(BadRequestError) as bad:
        list_customer_credits.sync(UUID(sandbox.business_id), client=client, source_invoice_id="not-a-uuid")  # type: ignore[arg-type]
    assert bad.value.error_code == "validation_error"
    assert isinstance(bad.value.details, dict) and "source_invoice_id" in bad.value.details
    with pytest.raises(NotFoundError) as missing:
        list_invoices.sync(UNKNOWN_BUSINESS_ID, client=client)
    assert missing.value.error_code == "business_not_found"
    assert missing.value.request_id is not None  # from the body, or else the X-Request-ID header


@MODES
def test_a_forbidden_business_raises_instead_of_returning_an_error_value(sandbox: Sandbox, mode: str) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        list_page(sandbox_client(sandbox), mode, business_id=sandbox.foreign_business_id)
    assert caught.value.error_code == "permission_denied"
