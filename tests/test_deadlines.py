"""Every call has a deadline: per attempt, however slowly the answer trickles in, and across retries."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from thred_client import DEFAULT_TIMEOUT, RetryPolicy, ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.exceptions import APITimeoutError

from tests.sandbox import Fault, Sandbox, SandboxConfig, running_sandbox

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
# A drip-fed answer: a byte every 0.4 s, as a slow or hostile server sends it.
DRIP = 0.4
# How long past its bound a call may end: one drip, and time for the machine to schedule it.
SLACK = DRIP + 0.6


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=3, invoices=5, credits=1)) as running:
        yield running


def timed_call(mode: str, client: ThredClient, business_id: str) -> float:
    """Seconds until one page call fails with APITimeoutError (the test fails if it does not)."""
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        if mode == "sync":
            list_invoices.sync(UUID(business_id), client=client, page_size=5)
        else:

            async def main() -> None:
                try:
                    await list_invoices.asyncio(UUID(business_id), client=client, page_size=5)
                finally:
                    await client.aclose()

            asyncio.run(main())
    return time.monotonic() - started


def client_for(sandbox: Sandbox, **options: Any) -> ThredClient:
    # A ready-made token: the only requests are the ones under test.
    return ThredClient(base_url=sandbox.base_url, token=sandbox.mint_token(sandbox.business_id), **options)


@MODES
def test_a_drip_fed_body_ends_at_the_attempt_bound(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script([Fault.drip(DRIP)], operation="list_invoices")
    client = client_for(sandbox, attempt_timeout=1.5, max_retries=0)
    elapsed = timed_call(mode, client, sandbox.business_id)
    assert 1.5 - 0.1 <= elapsed <= 1.5 + SLACK
    # The body was still coming: the server's read timeout alone would never have fired.
    assert sandbox.log.count("list_invoices") == 1


@MODES
def test_retries_end_at_the_call_bound(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script([Fault.drip(DRIP)] * 10, operation="list_invoices")
    client = client_for(
        sandbox, attempt_timeout=1.0, call_timeout=2.5, retry=RetryPolicy(max_retries=9, backoff=0.05)
    )
    elapsed = timed_call(mode, client, sandbox.business_id)
    assert elapsed <= 2.5 + SLACK
    # Two attempts fit, a third only in part; nine retries would have taken ten seconds.
    assert 2 <= sandbox.log.count("list_invoices") <= 3


@MODES
def test_a_stall_ends_at_the_attempt_bound_too(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script([Fault.stall(10)], operation="list_invoices")
    client = client_for(sandbox, timeout=30.0, attempt_timeout=1.0, max_retries=0)
    elapsed = timed_call(mode, client, sandbox.business_id)
    assert elapsed <= 1.0 + SLACK


def test_the_deadlines_are_finite_by_default() -> None:
    policy = ThredClient(base_url="https://api.example.test", token="t0ken-value").retry_policy
    assert 0 < policy.attempt_timeout < float("inf") and 0 < policy.call_timeout < float("inf")
    # A call's bound leaves room for its retries after attempts that time out.
    assert policy.call_timeout >= policy.attempt_timeout
    assert DEFAULT_TIMEOUT.read is not None and DEFAULT_TIMEOUT.read <= policy.attempt_timeout


@pytest.mark.parametrize("value", [0, -1, float("inf"), float("nan")])
def test_a_deadline_must_be_finite_and_positive(value: float) -> None:
    with pytest.raises(ValueError, match="attempt_timeout must be a finite number > 0"):
        ThredClient(base_url="https://api.example.test", token="t0ken-value", attempt_timeout=value)
    with pytest.raises(ValueError, match="call_timeout must be a finite number > 0"):
        RetryPolicy(call_timeout=value)


def test_the_bounds_apply_to_each_wait_of_the_attempt(sandbox: Sandbox) -> None:
    """The per-phase httpx timeouts are cut to the time the attempt has left, and put back after."""
    seen: list[dict[str, float | None]] = []

    class Peek(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(dict(request.extensions["timeout"]))
            return super().handle_request(request)

    client = client_for(sandbox, transport=Peek(), timeout=30.0, attempt_timeout=2.0, max_retries=0)
    list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=1)
    (timeouts,) = seen
    assert all(value is not None and 0 < value <= 2.0 for value in timeouts.values())
