"""Retries: what `RetryTransport` repeats, how long it waits, and when it gives up."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from email.utils import formatdate
from typing import Any
from uuid import UUID

import httpx
import pytest
from thred_client import RetryPolicy, RetryTransport, ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from thred_client.models import InvoicePage
from thred_client.retries import parse_retry_after

from tests.client_support import Sleeps, sandbox_client
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox

BUSINESS_ID = UUID("d1a18143-3c57-48b0-ac36-d95eeffd6c94")
BASE_URL = "https://api.example.test"
EMPTY_PAGE = {"count": 0, "page_info": {"total_count": 0, "current_page": 1, "total_pages": 0}, "results": []}

Answer = int | tuple[int, dict[str, str]] | Exception


class Script:
    """A mock server answering each request with the next scripted answer (the last one repeats)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        status, headers = answer if isinstance(answer, tuple) else (answer, {})
        if status == 200:
            return httpx.Response(200, json=EMPTY_PAGE, headers=headers)
        return httpx.Response(status, json={"error": "scripted", "error_code": "scripted"}, headers=headers)


def mock_client(
    script: Script,
    sleeps: Sleeps,
    *,
    policy: RetryPolicy | None = None,
    now: Callable[[], float] = time.time,
    rand: Callable[[], float] = lambda: 0.5,
) -> ThredClient:
    transport = RetryTransport(
        httpx.MockTransport(script),
        policy=policy,
        sleep=sleeps,
        async_sleep=sleeps.asleep,
        now=now,
        rand=rand,
    )
    return ThredClient(base_url=BASE_URL, token="t0ken", transport=transport)


def list_once(client: ThredClient, mode: str, business_id: UUID | str = BUSINESS_ID) -> Any:
    """One list call, sync or async (the async one in its own event loop, closing the client after)."""
    if mode == "sync":
        return list_invoices.sync(UUID(str(business_id)), client=client, page_size=5)

    async def main() -> Any:
        try:
            return await list_invoices.asyncio(UUID(str(business_id)), client=client, page_size=5)
        finally:
            await client.aclose()

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


# -- the policy ---------------------------------------------------------------


def test_retry_after_in_seconds() -> None:
    assert parse_retry_after("3", now=0) == 3.0
    assert parse_retry_after(" 0 ", now=0) == 0.0
    assert parse_retry_after("1.5", now=0) == 1.5


def test_retry_after_as_http_date_is_measured_from_now() -> None:
    now = 1_800_000_000.0
    assert parse_retry_after(formatdate(now + 7, usegmt=True), now=now) == pytest.approx(7.0)
    # A date in the past means: now.
    assert parse_retry_after(formatdate(now - 60, usegmt=True), now=now) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "nan", "inf", "Mon, 99 Foo 2026 99:99:99 GMT"])
def test_unreadable_retry_after_is_ignored(value: str | None) -> None:
    assert parse_retry_after(value, now=0) is None


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=3.0)
    assert [policy.backoff_delay(n, 0.0) for n in range(4)] == [0.25, 0.5, 1.0, 1.5]
    assert [policy.backoff_delay(n, 0.999999) for n in range(4)] == pytest.approx([0.5, 1.0, 2.0, 3.0])


def test_policy_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError):
        RetryPolicy(max_wait=float("inf"))


def test_only_idempotent_methods_and_token_requests_may_be_repeated() -> None:
    policy = RetryPolicy()
    repeatable = [
        httpx.Request(method, f"{BASE_URL}/v1/x/") for method in ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
    ]
    repeatable += [
        httpx.Request("POST", f"{BASE_URL}/v1/platform/oauth2/token/"),
        httpx.Request("POST", f"{BASE_URL}/v1/platform/{BUSINESS_ID}/oauth2/token/"),
    ]
    assert all(policy.can_repeat(request) for request in repeatable)
    assert not policy.can_repeat(
        httpx.Request("POST", f"{BASE_URL}/v1/platform/businesses/{BUSINESS_ID}/invoices/")
    )
    assert not policy.can_repeat(httpx.Request("PATCH", f"{BASE_URL}/v1/x/"))


# -- the transport, against a mock server --------------------------------------


@MODES
def test_retry_after_seconds_sets_the_wait(mode: str) -> None:
    script, sleeps = Script((429, {"Retry-After": "3"}), 200), Sleeps()
    assert isinstance(list_once(mock_client(script, sleeps), mode), InvoicePage)
    assert sleeps.waits == [3.0]
    assert len(script.requests) == 2


@MODES
def test_retry_after_http_date_sets_the_wait(mode: str) -> None:
    now = 1_800_000_000.0
    script = Script((503, {"Retry-After": formatdate(now + 4, usegmt=True)}), 200)
    sleeps = Sleeps()
    assert isinstance(list_once(mock_client(script, sleeps, now=lambda: now), mode), InvoicePage)
    assert sleeps.waits == [pytest.approx(4.0)]


def test_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    script, sleeps = Script((429, {"Retry-After": "3600"}), 200), Sleeps()
    client = mock_client(script, sleeps, policy=RetryPolicy(max_wait=30))
    with pytest.raises(RateLimitError) as caught:
        list_once(client, "sync")
    assert caught.value.status_code == 429
    assert sleeps.waits == []
    assert len(script.requests) == 1


@MODES
def test_backoff_between_attempts_grows(mode: str) -> None:
    script, sleeps = Script(503, 503, 503, 200), Sleeps()
    client = mock_client(script, sleeps, policy=RetryPolicy(max_retries=3, backoff=1.0), rand=lambda: 0.0)
    assert isinstance(list_once(client, mode), InvoicePage)
    assert sleeps.waits == [0.5, 1.0, 2.0]


@MODES
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_client_errors_are_never_retried(mode: str, status: int) -> None:
    script, sleeps = Script(status, 200), Sleeps()
    with pytest.raises(APIStatusError) as caught:
        list_once(mock_client(script, sleeps), mode)
    assert caught.value.status_code == status
    assert len(script.requests) == 1
    assert sleeps.waits == []


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_each_transient_status_is_retried(status: int) -> None:
    script, sleeps = Script(status, 200), Sleeps()
    assert isinstance(list_once(mock_client(script, sleeps), "sync"), InvoicePage)
    assert len(script.requests) == 2


def test_max_retries_zero_makes_one_attempt() -> None:
    script, sleeps = Script(503, 200), Sleeps()
    with pytest.raises(InternalServerError):
        list_once(mock_client(script, sleeps, policy=RetryPolicy(max_retries=0)), "sync")
    assert len(script.requests) == 1


def _post(client: ThredClient, path: str) -> httpx.Response:
    return client.get_httpx_client().post(path, data={"a": "1"})


def test_a_post_is_not_repeated_after_it_may_have_arrived() -> None:
    script, sleeps = Script(503, 200), Sleeps()
    with pytest.raises(InternalServerError):
        _post(mock_client(script, sleeps), f"/v1/platform/businesses/{BUSINESS_ID}/invoices/")
    script = Script(httpx.ReadError("reset"), 200)
    with pytest.raises(APIConnectionError):
        _post(mock_client(script, sleeps), f"/v1/platform/businesses/{BUSINESS_ID}/invoices/")
    assert len(script.requests) == 1


def test_a_post_is_repeated_when_the_connection_never_opened() -> None:
    script, sleeps = Script(httpx.ConnectError("refused"), 200), Sleeps()
    assert _post(mock_client(script, sleeps), "/v1/anything/").status_code == 200
    assert len(script.requests) == 2


def test_a_token_post_is_repeated_and_its_body_sent_again() -> None:
    script, sleeps = Script(503, httpx.ReadTimeout("slow"), 200), Sleeps()
    assert _post(mock_client(script, sleeps), "/v1/platform/oauth2/token/").status_code == 200
    assert [request.content for request in script.requests] == [b"a=1"] * 3


@MODES
def test_connection_errors_and_timeouts_end_in_typed_errors_after_the_retries(mode: str) -> None:
    script, sleeps = Script(httpx.ConnectError("refused")), Sleeps()
    with pytest.raises(APIConnectionError) as refused:
        list_once(mock_client(script, sleeps), mode)
    assert not isinstance(refused.value, APITimeoutError)
    assert isinstance(refused.value.__cause__, httpx.ConnectError)
    assert len(script.requests) == 3

    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        list_once(mock_client(script, sleeps), mode)
    assert len(script.requests) == 3


# -- against the stand-in ----------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=5, invoices=12, credits=2)) as running:
        yield running


def _list(sandbox: Sandbox, client: ThredClient, mode: str) -> Any:
    return list_once(client, mode, business_id=sandbox.business_id)


@MODES
def test_429_then_success(sandbox: Sandbox, mode: str) -> None:
    sleeps = Sleeps()
    client = sandbox_client(sandbox, sleeps=sleeps)
    sandbox.faults.script(["429:retry-after=1"], operation="list_invoices")
    page = _list(sandbox, client, mode)
    assert isinstance(page, InvoicePage) and page.count == 12
    assert sleeps.waits == [1.0]
    assert [r.status for r in sandbox.log.records("list_invoices")] == [429, 200]


@MODES
def test_two_503s_then_success(sandbox: Sandbox, mode: str) -> None:
    sleeps = Sleeps()
    sandbox.faults.script(["503", "503"], operation="list_invoices")
    assert isinstance(_list(sandbox, sandbox_client(sandbox, sleeps=sleeps), mode), InvoicePage)
    assert [r.status for r in sandbox.log.records("list_invoices")] == [503, 503, 200]
    assert len(sleeps.waits) == 2


@MODES
def test_503_forever_ends_in_a_typed_error_after_the_maximum_retries(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script(["503"] * 10, operation="list_invoices")
    sleeps = Sleeps()
    started = time.monotonic()
    with pytest.raises(InternalServerError) as caught:
        _list(sandbox, sandbox_client(sandbox, sleeps=sleeps, max_retries=3), mode)
    assert time.monotonic() - started < 1.0
    assert caught.value.status_code == 503
    assert sandbox.log.count("list_invoices") == 4
    assert len(sleeps.waits) == 3


def test_503_forever_with_real_sleeps_takes_the_backoff_and_no_more(sandbox: Sandbox) -> None:
    sandbox.faults.script(["503"] * 10, operation="list_invoices")
    transport = RetryTransport(policy=RetryPolicy(max_retries=2, backoff=0.1, max_backoff=0.1))
    client = ThredClient(
        base_url=sandbox.base_url, partner_id=sandbox.partner_id, api_key=sandbox.api_key, transport=transport
    )
    started = time.monotonic()
    with pytest.raises(InternalServerError):
        _list(sandbox, client, "sync")
    # Two waits of 0.05 to 0.1 s each.
    assert 0.1 <= time.monotonic() - started < 1.0


@MODES
def test_a_dropped_connection_is_retried(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script(["drop"], operation="list_invoices")
    assert isinstance(_list(sandbox, sandbox_client(sandbox), mode), InvoicePage)
    assert sandbox.log.count("list_invoices") == 2


@MODES
def test_a_connection_dropped_every_time_ends_in_a_connection_error(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script(["drop"] * 5, operation="list_invoices")
    with pytest.raises(APIConnectionError) as caught:
        _list(sandbox, sandbox_client(sandbox), mode)
    assert caught.value.method == "GET"
    assert sandbox.log.count("list_invoices") == 3


@MODES
def test_a_body_cut_short_is_retried(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script(["truncate"], operation="list_invoices")
    page = _list(sandbox, sandbox_client(sandbox), mode)
    assert isinstance(page, InvoicePage) and page.count == 12
    assert sandbox.log.count("list_invoices") == 2


@MODES
def test_a_stalled_server_ends_in_a_timeout_error(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script(["stall:seconds=5"] * 2, operation="list_invoices")
    client = sandbox_client(sandbox, max_retries=1, timeout=0.2)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        _list(sandbox, client, mode)
    assert time.monotonic() - started < 1.5
    assert "ReadTimeout" in str(caught.value)
    assert sandbox.log.count("list_invoices") == 2


@MODES
def test_retry_after_as_an_http_date(sandbox: Sandbox, mode: str) -> None:
    sleeps = Sleeps()
    sandbox.faults.script(["429:retry-after-date=3"], operation="list_invoices")
    assert isinstance(_list(sandbox, sandbox_client(sandbox, sleeps=sleeps), mode), InvoicePage)
    # An HTTP date has whole seconds: the sandbox rounds "3 s after serving" up to the next one.
    assert len(sleeps.waits) == 1 and 2.5 < sleeps.waits[0] <= 4.0


@MODES
def test_the_token_requests_are_retried(sandbox: Sandbox, mode: str) -> None:
    sandbox.faults.script(["503"], operation="partner_token")
    sandbox.faults.script(["drop"], operation="business_token")
    assert isinstance(_list(sandbox, sandbox_client(sandbox, business=True), mode), InvoicePage)
    assert sandbox.log.count("partner_token") == 2
    assert sandbox.log.count("business_token") == 2


def test_a_token_request_failing_for_good_is_a_typed_error(sandbox: Sandbox) -> None:
    sandbox.faults.script(["502:html"] * 3, operation="partner_token")
    with pytest.raises(InternalServerError) as caught:
        _list(sandbox, sandbox_client(sandbox), "sync")
    assert caught.value.url is not None and caught.value.url.endswith("/v1/platform/oauth2/token/")
    assert sandbox.log.count("list_invoices") == 0
