"""A success answer whose body is not JSON is an `APIResponseValidationError`, from every operation."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from thred_client import AuthenticatedClient, ThredClient
from thred_client.api.authentication import create_partner_token
from thred_client.api.customer_credits import list_customer_credits
from thred_client.api.invoices import list_invoices
from thred_client.errors import ThredError
from thred_client.exceptions import APIResponseValidationError
from thred_client.models.partner_token_request import PartnerTokenRequest

from tests.client_support import FakeClock, sandbox_client
from tests.sandbox import Fault, Sandbox, SandboxConfig, running_sandbox
from tests.sandbox.faults import GARBAGE

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
KINDS = pytest.mark.parametrize("garbage", GARBAGE)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=5, invoices=30, credits=5)) as running:
        yield running


Step = tuple[Any, tuple[Any, ...], dict[str, Any]]


def calls(mode: str, client: Any, *steps: Step) -> list[Any]:
    """Each step's operation called in turn as `mode` says, in one event loop; the client closed after."""
    if mode == "sync":
        return [operation.sync(*args, client=client, **params) for operation, args, params in steps]

    async def main() -> list[Any]:
        try:
            return [
                await operation.asyncio(*args, client=client, **params) for operation, args, params in steps
            ]
        finally:
            await client.get_async_httpx_client().aclose()

    return asyncio.run(main())


def call(mode: str, operation: Any, *args: Any, client: Any, **params: Any) -> Any:
    return calls(mode, client, (operation, args, params))[0]


@MODES
@KINDS
@pytest.mark.parametrize("operation", [list_invoices, list_customer_credits], ids=["invoices", "credits"])
def test_a_list_answer_that_is_not_json_is_a_typed_error(
    sandbox: Sandbox, mode: str, garbage: str, operation: Any
) -> None:
    name = operation.__name__.rsplit(".", 1)[-1]
    sandbox.faults.script([Fault.undecodable(garbage)], operation=name)
    with pytest.raises(APIResponseValidationError) as caught:
        call(mode, operation, UUID(sandbox.business_id), client=sandbox_client(sandbox), page_size=3)
    error = caught.value
    assert isinstance(error, ThredError)
    assert error.status_code == 200
    assert error.method == "GET" and error.url is not None and error.url.endswith("/")
    if garbage == "html":
        assert error.body_excerpt is not None and error.body_excerpt.startswith("<html>")
        assert "a body that is not JSON" in str(error)
    elif garbage == "empty":
        assert error.body_excerpt is None and "empty body" in str(error)
    else:
        assert error.body_excerpt is not None and error.body_excerpt.startswith("{")
    # Not retried: the answer arrived whole as far as HTTP can tell.
    assert sandbox.log.count(name) == 1


@MODES
@KINDS
def test_a_plain_client_gets_the_same_error(sandbox: Sandbox, mode: str, garbage: str) -> None:
    client = AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.mint_token())
    sandbox.faults.script([Fault.undecodable(garbage)], operation="list_invoices")
    with pytest.raises(APIResponseValidationError):
        call(mode, list_invoices, UUID(sandbox.business_id), client=client)


@MODES
def test_the_detailed_call_raises_it_too(sandbox: Sandbox, mode: str) -> None:
    client = AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.mint_token())
    sandbox.faults.script([Fault.undecodable("truncated")], operation="list_invoices")
    with pytest.raises(APIResponseValidationError):
        if mode == "sync":
            list_invoices.sync_detailed(UUID(sandbox.business_id), client=client)
        else:

            async def main() -> None:
                async with client:
                    await list_invoices.asyncio_detailed(UUID(sandbox.business_id), client=client)

            asyncio.run(main())


@MODES
@KINDS
def test_a_token_answer_that_is_not_json_is_a_typed_error(sandbox: Sandbox, mode: str, garbage: str) -> None:
    basic = httpx.BasicAuth(sandbox.partner_id, sandbox.api_key)
    client = AuthenticatedClient(base_url=sandbox.base_url, token="", httpx_args={"auth": basic})
    sandbox.faults.script([Fault.undecodable(garbage)], operation="partner_token")
    body = PartnerTokenRequest(client_id=UUID(sandbox.partner_id))
    with pytest.raises(APIResponseValidationError) as caught:
        call(mode, create_partner_token, client=client, body=body)
    assert caught.value.method == "POST"


@MODES
def test_a_call_needing_a_token_raises_it(sandbox: Sandbox, mode: str) -> None:
    client = sandbox_client(sandbox, business=True)
    sandbox.faults.script([Fault.undecodable("html")], operation="business_token")
    with pytest.raises(APIResponseValidationError) as caught:
        call(mode, list_invoices, UUID(sandbox.business_id), client=client)
    assert caught.value.operation == "create_business_token"  # type: ignore[attr-defined]
    assert "create_business_token" in "".join(getattr(caught.value, "__notes__", []))
    assert sandbox.log.count("list_invoices") == 0


@MODES
def test_an_early_renewal_answered_so_keeps_the_current_token(sandbox: Sandbox, mode: str) -> None:
    clock = FakeClock()
    client: ThredClient = sandbox_client(sandbox, clock=clock)
    list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=1)
    clock.advance(3600 - 60)  # inside the renewal margin, still valid
    sandbox.faults.script([Fault.undecodable("html")], operation="partner_token")
    page = call(mode, list_invoices, UUID(sandbox.business_id), client=client, page_size=1)
    assert len(page.results) == 1
    assert [record.fault for record in sandbox.log.records("partner_token")][-1] == "garbage:html"
