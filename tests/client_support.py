"""Helpers for the tests of `ThredClient`: fake time, a transport that sees every header, client set-up."""

from __future__ import annotations

import threading
from typing import Any

import httpx
from thred_client import RetryPolicy, RetryTransport, ThredClient

from tests.sandbox import Sandbox

# The smallest answer a list operation documents: no records.
EMPTY_PAGE: dict[str, Any] = {
    "count": 0,
    "page_info": {"total_count": 0, "current_page": 1, "total_pages": 0, "page_size": 20},
    "results": [],
}


class FakeClock:
    """Monotonic seconds that move only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Sleeps:
    """A `sleep` (and an async one) that returns at once and records each wait."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, seconds: float) -> None:
        with self._lock:
            self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self(seconds)


class HeaderRecorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A real HTTP transport that notes every `Authorization` header sent through it."""

    def __init__(self) -> None:
        self.authorizations: set[str] = set()
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._note(request)
        return await self._async.handle_async_request(request)

    def _note(self, request: httpx.Request) -> None:
        value = request.headers.get("authorization")
        if value:
            self.authorizations.add(value)

    def secrets(self) -> set[str]:
        """Each header value, and its credential part alone (the token, or Basic's base64)."""
        found = set(self.authorizations)
        found.update(value.split(" ", 1)[-1] for value in self.authorizations)
        return found

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


def sandbox_client(
    sandbox: Sandbox,
    *,
    business: bool = False,
    sleeps: Sleeps | None = None,
    max_retries: int = 2,
    transport: httpx.BaseTransport | None = None,
    **options: Any,
) -> ThredClient:
    """A credentials client for `sandbox` (a business one if `business`), waiting through `sleeps`."""
    sleeps = sleeps or Sleeps()
    retrying = RetryTransport(
        transport,
        policy=RetryPolicy(max_retries=max_retries),
        sleep=sleeps,
        async_sleep=sleeps.asleep,
    )
    return ThredClient(
        base_url=sandbox.base_url,
        partner_id=sandbox.partner_id,
        api_key=sandbox.api_key,
        business_id=sandbox.business_id if business else None,
        transport=retrying,
        **options,
    )
