"""Tokens: obtained from credentials, cached, renewed before they expire and after a 401, one at a time."""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from uuid import UUID

import httpx
import pytest
from thred_client import ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.auth import (
    MAX_RENEWAL_MARGIN,
    RENEWAL_RETRY_DELAY,
    TokenAuth,
    TokenCache,
    TokenGrant,
    renewal_margin,
)
from thred_client.errors import ResponseValidationError
from thred_client.exceptions import APIConnectionError, AuthenticationError, PermissionDeniedError
from thred_client.models import InvoicePage
from thred_client.pagination import apaginate, paginate

from tests.client_support import EMPTY_PAGE, FakeClock, sandbox_client
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox

INVOICES = 45


class Issuer:
    """Fake token endpoint for `TokenCache`: numbered tokens, optionally slow, counting requests."""

    def __init__(self, lifetime: float = 3600, delay: float = 0.0) -> None:
        self.lifetime = lifetime
        self.delay = delay
        self.calls = 0
        self._lock = threading.Lock()

    def _next(self) -> TokenGrant:
        with self._lock:
            self.calls += 1
            return TokenGrant(f"token-{self.calls}", self.lifetime)

    def fetch(self) -> TokenGrant:
        time.sleep(self.delay)
        return self._next()

    async def afetch(self) -> TokenGrant:
        await asyncio.sleep(self.delay)
        return self._next()


def cache(issuer: Issuer, clock: FakeClock) -> TokenCache:
    return TokenCache(issuer.fetch, issuer.afetch, clock=clock)


# -- the cache, on its own ------------------------------------------------------


def test_renewal_margin_is_five_minutes_or_a_fifth_of_a_short_lifetime() -> None:
    assert renewal_margin(3600) == MAX_RENEWAL_MARGIN == 300
    assert renewal_margin(86400) == 300
    assert renewal_margin(600) == 120
    assert renewal_margin(10) == 2
    assert renewal_margin(0) == 0


def test_a_token_is_reused_until_shortly_before_it_expires() -> None:
    issuer, clock = Issuer(lifetime=3600), FakeClock()
    tokens = cache(issuer, clock)
    assert tokens.get() == "token-1"
    clock.advance(3600 - 300 - 1)
    assert tokens.get() == "token-1"
    clock.advance(1)
    assert tokens.get() == "token-2"
    assert issuer.calls == 2


def test_a_short_lived_token_is_still_used_for_most_of_its_life() -> None:
    issuer, clock = Issuer(lifetime=60), FakeClock()
    tokens = cache(issuer, clock)
    assert tokens.get() == "token-1"
    clock.advance(47)
    assert tokens.get() == "token-1"
    clock.advance(1)
    assert tokens.get() == "token-2"


def test_a_refused_token_is_renewed_once_whoever_reports_it() -> None:
    issuer, clock = Issuer(), FakeClock()
    tokens = cache(issuer, clock)
    first = tokens.get()
    assert tokens.get(rejected=first) == "token-2"
    # A second report of the same refused token finds the new one already there.
    assert tokens.get(rejected=first) == "token-2"
    assert asyncio.run(tokens.aget(rejected=first)) == "token-2"
    assert issuer.calls == 2


def test_threads_waiting_for_a_token_share_one_request() -> None:
    issuer, clock = Issuer(delay=0.05), FakeClock()
    tokens = cache(issuer, clock)
    barrier = threading.Barrier(20)

    def work() -> str:
        barrier.wait()
        return tokens.get()

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(lambda _: work(), range(20)))
    assert results == ["token-1"] * 20
    assert issuer.calls == 1


def test_tasks_waiting_for_a_token_share_one_request() -> None:
    issuer, clock = Issuer(delay=0.05), FakeClock()
    tokens = cache(issuer, clock)

    async def main() -> list[str]:
        return await asyncio.gather(*(tokens.aget() for _ in range(50)))

    assert asyncio.run(main()) == ["token-1"] * 50
    assert issuer.calls == 1


def test_a_thread_and_a_task_never_renew_at_the_same_time() -> None:
    issuer, clock = Issuer(delay=0.1), FakeClock()
    tokens = cache(issuer, clock)
    started = threading.Event()

    def in_thread() -> str:
        started.set()
        return tokens.get()

    async def in_task() -> str:
        await asyncio.sleep(0.02)  # the thread holds the renewal by now
        return await tokens.aget()

    with ThreadPoolExecutor(1) as pool:
        thread_result = pool.submit(in_thread)
        started.wait()
        task_result = asyncio.run(in_task())
    assert thread_result.result() == task_result == "token-1"
    assert issuer.calls == 1


def test_a_failed_renewal_is_raised_to_the_caller_and_tried_again_next_time() -> None:
    clock = FakeClock()
    outcomes: list[TokenGrant | Exception] = [RuntimeError("down"), TokenGrant("fine", 3600)]

    def fetch() -> TokenGrant:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def afetch() -> TokenGrant:
        return fetch()

    tokens = TokenCache(fetch, afetch, clock=clock)
    with pytest.raises(RuntimeError):
        tokens.get()
    assert tokens.get() == "fine"


def test_a_failed_early_renewal_keeps_the_valid_token_and_tries_again_later(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock()
    outcomes: list[TokenGrant | Exception] = [
        TokenGrant("first", 3600),
        APIConnectionError("no answer"),
        TokenGrant("second", 3600),
    ]

    def fetch() -> TokenGrant:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def afetch() -> TokenGrant:
        return fetch()

    tokens = TokenCache(fetch, afetch, clock=clock, description="partner token")
    assert tokens.get() == "first"
    clock.advance(3600 - 100)  # in the renewal margin, still valid
    with caplog.at_level(logging.WARNING, logger="thred_client"):
        assert asyncio.run(tokens.aget()) == "first"
    assert "could not renew the partner token (APIConnectionError)" in caplog.text
    clock.advance(RENEWAL_RETRY_DELAY - 1)
    assert tokens.get() == "first"  # no new attempt yet
    assert len(outcomes) == 1
    clock.advance(1)
    assert tokens.get() == "second"


def test_a_failed_renewal_of_an_expired_or_refused_token_is_raised() -> None:
    clock = FakeClock()
    outcomes: list[TokenGrant | Exception] = [TokenGrant("first", 3600), APIConnectionError("no answer")] * 2

    def fetch() -> TokenGrant:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def afetch() -> TokenGrant:
        return fetch()

    tokens = TokenCache(fetch, afetch, clock=clock)
    assert tokens.get() == "first"
    with pytest.raises(APIConnectionError):
        tokens.get(rejected="first")
    tokens = TokenCache(fetch, afetch, clock=clock)
    assert tokens.get() == "first"
    clock.advance(3600)
    with pytest.raises(APIConnectionError):
        asyncio.run(tokens.aget())


def test_auth_renews_after_a_401_and_sends_the_request_once_more() -> None:
    issuer, clock = Issuer(), FakeClock()
    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(401 if len(seen) == 1 else 200, json={})

    with httpx.Client(transport=httpx.MockTransport(server), auth=TokenAuth(cache(issuer, clock))) as http:
        assert http.post("https://api.example.test/x", content=b"body").status_code == 200
    assert seen == ["Bearer token-1", "Bearer token-2"]


def test_auth_does_not_loop_when_the_new_token_is_refused_too() -> None:
    issuer, clock = Issuer(), FakeClock()
    calls: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(401, json={})

    with httpx.Client(transport=httpx.MockTransport(server), auth=TokenAuth(cache(issuer, clock))) as http:
        assert http.get("https://api.example.test/x").status_code == 401
    assert len(calls) == 2
    assert issuer.calls == 2


# -- token responses --------------------------------------------------------------


def _token_server(partner_body: object) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/platform/oauth2/token/":
            return httpx.Response(200, json=partner_body)
        return httpx.Response(
            200,
            json=EMPTY_PAGE,
        )

    return httpx.MockTransport(answer)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"expires_in": 3600}, "access_token"),
        ({"access_token": "", "expires_in": 3600}, "access_token"),
        ({"access_token": "abc"}, "expires_in"),
        ({"access_token": "abc", "expires_in": "soon"}, "expires_in"),
    ],
)
def test_an_unusable_token_response_names_the_field(body: object, field: str) -> None:
    client = ThredClient(
        base_url="https://api.example.test",
        partner_id="6f1c1d52-8a43-4c8e-9d0b-2f6e4b7a9c10",
        api_key="k3y",
        transport=_token_server(body),
    )
    with pytest.raises(ResponseValidationError) as caught:
        list_invoices.sync(UUID("6f1c1d52-8a43-4c8e-9d0b-2f6e4b7a9c10"), client=client)
    assert caught.value.location == field


def test_the_partner_token_request_follows_the_docs() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/oauth2/token/"):
            return httpx.Response(200, json={"access_token": "tok", "expires_in": 3600})
        return httpx.Response(
            200,
            json=EMPTY_PAGE,
        )

    partner_id = "6f1c1d52-8a43-4c8e-9d0b-2f6e4b7a9c10"
    business_id = UUID("d1a18143-3c57-48b0-ac36-d95eeffd6c94")
    client = ThredClient(
        base_url="https://api.example.test",
        partner_id=partner_id,
        api_key="k3y",
        business_id=business_id,
        transport=httpx.MockTransport(answer),
    )
    list_invoices.sync(business_id, client=client)
    partner, business, listing = seen
    assert (partner.method, partner.url.path) == ("POST", "/v1/platform/oauth2/token/")
    credentials = base64.b64encode(f"{partner_id}:k3y".encode()).decode()
    assert partner.headers["Authorization"] == f"Basic {credentials}"
    assert partner.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert partner.content.decode() in (
        f"client_id={partner_id}&grant_type=client_credentials",
        f"grant_type=client_credentials&client_id={partner_id}",
    )
    assert (business.method, business.url.path) == ("POST", f"/v1/platform/{business_id}/oauth2/token/")
    assert business.headers["Authorization"] == "Bearer tok" and business.content == b""
    assert listing.headers["Authorization"] == "Bearer tok"


# -- against the stand-in ----------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=11, invoices=INVOICES, credits=3)) as running:
        yield running


def _warm(sandbox: Sandbox, client: ThredClient) -> None:
    """One call, so that the client holds its tokens; then a clean request log."""
    list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=1)
    sandbox.log.clear()


@pytest.mark.parametrize("business", [False, True], ids=["partner token", "business token"])
def test_fifty_tasks_meeting_an_expired_token_make_one_token_request(
    sandbox: Sandbox, business: bool
) -> None:
    client = sandbox_client(sandbox, business=business)
    _warm(sandbox, client)
    sandbox.faults.expire_tokens()

    async def main() -> list[Any]:
        try:
            calls = (
                list_invoices.asyncio(UUID(sandbox.business_id), client=client, page_size=1)
                for _ in range(50)
            )
            return await asyncio.gather(*calls)
        finally:
            await client.aclose()

    pages = asyncio.run(main())
    assert all(isinstance(page, InvoicePage) for page in pages)
    assert sandbox.log.count("list_invoices", status=401) == 50
    assert sandbox.log.count("list_invoices", status=200) == 50
    # The one business token request is refused first, as the partner token behind it expired too.
    expected = {"partner_token": 1, "business_token": 2} if business else {"partner_token": 1}
    assert {op: sandbox.log.count(op) for op in expected} == expected


def test_fifty_tasks_with_a_token_about_to_expire_make_one_token_request(sandbox: Sandbox) -> None:
    clock = FakeClock()
    client = sandbox_client(sandbox, clock=clock)
    _warm(sandbox, client)
    clock.advance(3600 - 60)

    async def main() -> None:
        try:
            await asyncio.gather(
                *(
                    list_invoices.asyncio(UUID(sandbox.business_id), client=client, page_size=1)
                    for _ in range(50)
                )
            )
        finally:
            await client.aclose()

    asyncio.run(main())
    assert sandbox.log.token_requests == 1
    assert sandbox.log.count("list_invoices", status=401) == 0


def test_twenty_threads_meeting_an_expired_token_make_one_token_request(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)
    _warm(sandbox, client)
    sandbox.faults.expire_tokens()
    barrier = threading.Barrier(20)

    def work(_: int) -> object:
        barrier.wait()
        return list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=1)

    with ThreadPoolExecutor(20) as pool:
        pages = list(pool.map(work, range(20)))
    assert all(isinstance(page, InvoicePage) for page in pages)
    assert sandbox.log.token_requests == 1


def test_a_token_expiring_in_the_middle_of_a_walk_is_renewed_once(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox, business=True)
    ids = []
    for number, invoice in enumerate(
        paginate(list_invoices, client=client, business_id=sandbox.business_id, page_size=10)
    ):
        ids.append(invoice.id)
        if number == 14:  # in the middle of the second page of five
            sandbox.faults.expire_tokens()
    assert len(ids) == len(set(ids)) == INVOICES
    assert {str(i) for i in ids} == {record.id for record in sandbox.business.invoices}
    assert sandbox.log.count("list_invoices", status=401) == 1
    assert sandbox.log.count("partner_token") == 2
    assert sandbox.log.count("business_token", status=200) == 2


def test_a_token_expiring_in_the_middle_of_an_async_walk_is_renewed_once(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)

    async def main() -> list[str]:
        ids = []
        try:
            walk = apaginate(list_invoices, client=client, business_id=sandbox.business_id, page_size=10)
            async for invoice in walk:
                ids.append(str(invoice.id))
                if len(ids) == 25:
                    sandbox.faults.expire_tokens()
        finally:
            await client.aclose()
        return ids

    ids = asyncio.run(main())
    assert len(ids) == len(set(ids)) == INVOICES
    assert sandbox.log.count("list_invoices", status=401) == 1
    assert sandbox.log.count("partner_token") == 2


def test_a_ready_made_token_is_sent_as_is_and_not_renewed(sandbox: Sandbox) -> None:
    client = ThredClient(base_url=sandbox.base_url, token=sandbox.mint_token())
    assert isinstance(list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=1), InvoicePage)
    sandbox.faults.expire_tokens()
    with pytest.raises(AuthenticationError) as caught:
        list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=1)
    assert caught.value.error_code == "invalid_token"
    assert sandbox.log.token_requests == 0
    assert sandbox.log.count("list_invoices", status=401) == 1


def test_wrong_credentials_are_an_authentication_error_from_the_token_endpoint(sandbox: Sandbox) -> None:
    client = ThredClient(base_url=sandbox.base_url, partner_id=sandbox.partner_id, api_key="not-the-key")
    with pytest.raises(AuthenticationError) as caught:
        list_invoices.sync(UUID(sandbox.business_id), client=client)
    assert caught.value.url is not None and caught.value.url.endswith("/v1/platform/oauth2/token/")
    assert sandbox.log.count("list_invoices") == 0


def test_a_business_token_for_another_partners_business_is_refused(sandbox: Sandbox) -> None:
    client = ThredClient(
        base_url=sandbox.base_url,
        partner_id=sandbox.partner_id,
        api_key=sandbox.api_key,
        business_id=sandbox.foreign_business_id,
    )
    with pytest.raises(PermissionDeniedError):
        list_invoices.sync(UUID(sandbox.foreign_business_id), client=client)
