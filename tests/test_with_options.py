"""`client.with_options(...)`: another timeout, retry policy or headers for some calls, through the same
connection pools and token cache as the client it came from."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from uuid import UUID

import httpx
import pytest
from thred_client import RetryPolicy, ThredClient, apaginate, paginate
from thred_client.api.invoices import list_invoices
from thred_client.exceptions import InternalServerError

from tests.client_support import HeaderRecorder, sandbox_client
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=17, invoices=45, credits=2)) as running:
        yield running


class Seen(HeaderRecorder):
    """A real transport that keeps each request it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await super().handle_async_request(request)


def test_the_derived_client_shares_the_token_and_the_pools(sandbox: Sandbox) -> None:
    inner = Seen()
    client = sandbox_client(sandbox, business=True, transport=inner)
    derived = client.with_options(timeout=7.0, max_retries=0, headers={"X-Report": "monthly"})
    business = UUID(sandbox.business_id)

    assert isinstance(derived, ThredClient)
    list_invoices.sync(business, client=derived, page_size=1)
    list_invoices.sync(business, client=client, page_size=1)
    derived.with_options(max_retries=1).get_httpx_client()
    list_invoices.sync(business, client=derived.with_options(max_retries=1), page_size=1)

    # One partner token and one business token serve all three clients.
    assert sandbox.log.token_requests == 2
    assert sandbox.log.count("list_invoices") == 3
    # Every request went through the one inner transport, so its pool.
    assert len(inner.requests) == 5
    listed = [request for request in inner.requests if "invoices" in request.url.path]
    assert [request.headers.get("X-Report") for request in listed] == ["monthly", None, "monthly"]
    assert derived.timeout == httpx.Timeout(7.0)
    assert client.timeout != derived.timeout
    assert derived.retry_policy.max_retries == 0
    assert client.retry_policy.max_retries == 2
    assert derived.business_id == client.business_id


def test_the_derived_client_shares_the_token_when_async(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)
    derived = client.with_options(max_retries=0)
    business = UUID(sandbox.business_id)

    async def main() -> None:
        try:
            await asyncio.gather(
                list_invoices.asyncio(business, client=derived, page_size=1),
                list_invoices.asyncio(business, client=client, page_size=1),
            )
        finally:
            await derived.aclose()
            await client.aclose()

    asyncio.run(main())
    assert sandbox.log.token_requests == 1


def test_its_retry_policy_holds_for_its_calls_only(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox, max_retries=2)
    business = UUID(sandbox.business_id)
    list_invoices.sync(business, client=client, page_size=1)  # the token, first

    sandbox.faults.script(["503"], operation="list_invoices")
    with pytest.raises(InternalServerError):
        list_invoices.sync(business, client=client.with_options(max_retries=0), page_size=1)
    sandbox.faults.script(["503"], operation="list_invoices")
    list_invoices.sync(business, client=client, page_size=1)  # retried, as before
    sandbox.faults.script(["503"], operation="list_invoices")
    strict = client.with_options(retry=RetryPolicy(max_retries=0))
    with pytest.raises(InternalServerError):
        list(paginate(list_invoices, client=strict, business_id=business))
    assert sandbox.log.count("list_invoices", status=503) == 3


def test_the_walks_take_it(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)
    business = UUID(sandbox.business_id)
    derived = client.with_options(call_timeout=30, attempt_timeout=10, headers={"X-Job": "sync"})
    ids = [
        invoice.id for invoice in paginate(list_invoices, client=derived, business_id=business, page_size=20)
    ]

    async def main() -> list[UUID]:
        try:
            walk = apaginate(list_invoices, client=derived, business_id=business, page_size=20, concurrency=3)
            return [invoice.id async for invoice in walk]
        finally:
            await derived.aclose()

    assert asyncio.run(main()) == ids
    assert len(ids) == len(sandbox.business.invoices)
    assert derived.retry_policy.call_timeout == 30
    assert derived.retry_policy.attempt_timeout == 10
    assert sandbox.log.token_requests == 1


def test_closing_the_derived_client_leaves_the_original_working(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)
    business = UUID(sandbox.business_id)
    with client.with_options(max_retries=0) as derived:
        list_invoices.sync(business, client=derived, page_size=1)
    list_invoices.sync(business, client=client, page_size=1)
    assert sandbox.log.count("list_invoices", status=200) == 2


def test_with_headers_and_with_timeout_are_shortcuts(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)
    client.get_httpx_client()  # opened already: the derived client leaves its headers alone
    assert client.with_timeout(httpx.Timeout(3.0)).timeout == httpx.Timeout(3.0)
    headed = client.with_headers({"X-Tenant": "a"})
    assert isinstance(headed, ThredClient)
    assert headed.get_httpx_client().headers["X-Tenant"] == "a"
    assert "X-Tenant" not in client.get_httpx_client().headers


def test_bad_options_are_refused_before_any_request(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(ValueError, match="call_timeout"):
        client.with_options(call_timeout=0)
    assert sandbox.log.count() == 0
