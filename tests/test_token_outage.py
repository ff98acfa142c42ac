"""A token endpoint that fails or stalls costs one token request at a time, however many callers wait."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from uuid import UUID

import pytest
from thred_client import ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.auth import OUTAGE_BACKOFF, TokenCache, TokenGrant
from thred_client.errors import ThredError
from thred_client.exceptions import APITimeoutError, InternalServerError

from tests.client_support import FakeClock, sandbox_client
from tests.sandbox import Fault, Sandbox, SandboxConfig, running_sandbox

CALLERS = 16
# Each token request takes this long on the stand-in, so that every caller is waiting on the first.
LATENCY = 0.4


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=13, invoices=3, credits=1)) as running:
        yield running


def failing_token_endpoint(sandbox: Sandbox, fault: Fault | str = "503", seconds: float = 30.0) -> None:
    sandbox.faults.latency = LATENCY
    sandbox.faults.outage(fault, seconds, operation="partner_token")


def in_threads(count: int, call: Callable[[], Any]) -> list[BaseException | None]:
    """`call` in `count` threads started together; what each raised (None if nothing)."""
    barrier = threading.Barrier(count)

    def one() -> BaseException | None:
        barrier.wait()
        try:
            call()
        except Exception as error:
            return error
        return None

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(lambda _: one(), range(count)))


def in_tasks(client: ThredClient, count: int, business_id: UUID) -> list[BaseException | None]:
    async def main() -> list[BaseException | None]:
        try:
            calls = [list_invoices.asyncio(business_id, client=client, page_size=1) for _ in range(count)]
            outcomes = await asyncio.gather(*calls, return_exceptions=True)
        finally:
            await client.aclose()
        return [outcome if isinstance(outcome, BaseException) else None for outcome in outcomes]

    return asyncio.run(main())


@pytest.mark.parametrize("mode", ["threads", "tasks"])
def test_the_waiters_of_a_failed_token_request_share_its_error(sandbox: Sandbox, mode: str) -> None:
    client = sandbox_client(sandbox, max_retries=0)
    failing_token_endpoint(sandbox)
    business = UUID(sandbox.business_id)
    started = time.monotonic()
    if mode == "threads":
        errors = in_threads(CALLERS, lambda: list_invoices.sync(business, client=client, page_size=1))
    else:
        errors = in_tasks(client, CALLERS, business)
    elapsed = time.monotonic() - started

    assert all(isinstance(error, InternalServerError) for error in errors)
    assert len({id(error) for error in errors}) == 1, "one request, one error handed to all"
    assert sandbox.log.count("partner_token") == 1
    assert sandbox.log.count("list_invoices") == 0
    assert elapsed < LATENCY + 1.0  # one token request's time, not sixteen
    error = errors[0]
    assert getattr(error, "operation", None) == "create_partner_token"
    assert "create_partner_token" in " ".join(getattr(error, "__notes__", []))


@pytest.mark.parametrize("mode", ["threads", "tasks"])
def test_later_callers_wait_for_the_spaced_retry(sandbox: Sandbox, mode: str) -> None:
    client = sandbox_client(sandbox, max_retries=0)
    failing_token_endpoint(sandbox)
    business = UUID(sandbox.business_id)
    if mode == "threads":
        with pytest.raises(InternalServerError):
            list_invoices.sync(business, client=client, page_size=1)
        first_failed = time.monotonic()
        # Callers that come after the failure, all at once: they wait for the next request, one for all.
        errors = in_threads(4, lambda: list_invoices.sync(business, client=client, page_size=1))
    else:

        async def main() -> tuple[float, list[BaseException | None]]:
            try:
                with pytest.raises(InternalServerError):
                    await list_invoices.asyncio(business, client=client, page_size=1)
                failed = time.monotonic()
                calls = [list_invoices.asyncio(business, client=client, page_size=1) for _ in range(4)]
                outcomes = await asyncio.gather(*calls, return_exceptions=True)
            finally:
                await client.aclose()
            return failed, [outcome if isinstance(outcome, BaseException) else None for outcome in outcomes]

        first_failed, errors = asyncio.run(main())
    assert all(isinstance(error, InternalServerError) for error in errors)
    assert sandbox.log.count("partner_token") == 2
    assert time.monotonic() - first_failed >= OUTAGE_BACKOFF


@pytest.mark.parametrize("mode", ["threads", "tasks"])
def test_a_stalling_token_endpoint_holds_every_caller_for_one_request(sandbox: Sandbox, mode: str) -> None:
    # Read timeout 1 s: each waiter repeating the request would take 16 s in all.
    client = sandbox_client(sandbox, max_retries=0, timeout=1.0)
    sandbox.faults.outage(Fault.stall(20), 30.0, operation="partner_token")
    business = UUID(sandbox.business_id)
    started = time.monotonic()
    if mode == "threads":
        errors = in_threads(CALLERS, lambda: list_invoices.sync(business, client=client, page_size=1))
    else:
        errors = in_tasks(client, CALLERS, business)
    assert all(isinstance(error, APITimeoutError) for error in errors)
    assert time.monotonic() - started < 3.0
    assert sandbox.log.count("partner_token") == 1


def test_the_outage_ends_with_the_next_request(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox, max_retries=0)
    sandbox.faults.outage("503", 0.5, operation="partner_token")
    business = UUID(sandbox.business_id)
    with pytest.raises(InternalServerError):
        list_invoices.sync(business, client=client, page_size=1)
    # The outage is over by the time the spaced request is made.
    page = list_invoices.sync(business, client=client, page_size=1)
    assert len(page.results) == 1
    assert sandbox.log.count("partner_token") == 2


def test_requests_during_an_outage_are_spaced_by_a_doubling_backoff() -> None:
    """Sans server: a fake clock and sleeps show the schedule (1, 2, 4, ... s, at most 30 s)."""
    clock = FakeClock()
    slept: list[float] = []
    attempts: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    def fetch() -> TokenGrant:
        attempts.append(clock())
        raise ThredError("the token endpoint is down")

    async def afetch() -> TokenGrant:
        raise AssertionError("not used")

    cache = TokenCache(fetch, afetch, clock=clock, sleep=sleep, backoff=1.0, max_backoff=8.0)
    for _ in range(7):
        with pytest.raises(ThredError):
            cache.get()
    assert slept == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    assert gaps == slept
