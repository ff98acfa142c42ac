# Copied from overlays/thred_client/retries.py by tools/codegen.py: edit that file, never this copy.
"""Retries: one httpx transport that retries what is safe to repeat, for sync and async clients alike.

The generated client hands the same `httpx_args` to `httpx.Client` and `httpx.AsyncClient`, so
`RetryTransport` is both an `httpx.BaseTransport` and an `httpx.AsyncBaseTransport`, wrapping an inner
transport of each kind.

What is retried, up to `RetryPolicy.max_retries` times:
- idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE) and token requests, on a connection error, a
  timeout, or a 408, 429, 500, 502, 503 or 504 answer;
- any request whose connection could not even be opened (nothing was sent, so nothing can repeat).

The wait before each retry is `Retry-After` when the answer has one (seconds or an HTTP date), or an
exponential backoff with jitter. An answer asking for a longer wait than `RetryPolicy.max_wait` is not
retried: it is returned at once, to become the caller's error.

Deadlines: httpx's timeouts bound each wait (connect, each read), not their sum, so a server that
drip-feeds its body would hold a call for as long as the body lasts. `RetryPolicy.attempt_timeout`
bounds one attempt (connect, send, the headers and every read of the body: the transport reads each
answer whole), and `RetryPolicy.call_timeout` the request with all its attempts and the waits between
them: no retry starts that could not end before it.
"""

from __future__ import annotations

import copy
import email.utils
import math
import random
import ssl
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC
from types import TracebackType

import anyio
import httpx
from attrs import define, field, validators

from . import _tracing
from ._redact import scrub_text
from ._request_id import request_id as header_request_id
from ._tls import verify_with
from .log import logger, safe_url

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "RetryPolicy",
    "RetryTransport",
    "parse_retry_after",
]

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# Both token endpoints end so: /v1/platform/oauth2/token/ and /v1/platform/{business_id}/oauth2/token/.
# A client-credentials token request changes none of the server's data: repeating it at worst issues one
# more token (earlier ones are not said to be revoked, and the client keeps the newest). So a token POST
# is as safe to repeat as a read, on connection errors, timeouts, 429 and 5xx alike (see the spec's
# x-assumption on both operations).
_TOKEN_PATH_SUFFIX = "/oauth2/token/"

# Errors raised before a single byte of the request could have reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors after which the request may or may not have been processed: retried only if repeating is safe.
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def _statuses(statuses: Iterable[int]) -> frozenset[int]:
    return frozenset(statuses)


def _methods(methods: Iterable[str]) -> frozenset[str]:
    return frozenset(method.upper() for method in methods)


def _positive(_: object, attribute: object, value: float) -> None:
    if not (value > 0 and math.isfinite(value)):
        raise ValueError(f"{getattr(attribute, 'name', 'value')} must be a finite number > 0, not {value!r}")


def _non_negative(_: object, attribute: object, value: float) -> None:
    if not (value >= 0 and math.isfinite(value)):
        raise ValueError(f"{getattr(attribute, 'name', 'value')} must be a finite number >= 0, not {value!r}")


@define(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait.

    Attributes:
        max_retries: Retries after the first attempt (so at most `max_retries + 1` attempts).
        backoff: The wait before the first retry, doubled for each further one, with jitter.
        max_backoff: The longest backoff wait.
        max_wait: The longest wait a `Retry-After` header may ask for; an answer asking for more is
            not retried.
        statuses: Answer statuses that are retried.
        methods: Methods that are safe to repeat after a request may have reached the server.
        attempt_timeout: Seconds one attempt may take in all: connecting, sending, and reading the
            whole answer, however slowly it comes.
        call_timeout: Seconds a request may take with all its attempts and the waits between them.
    """

    max_retries: int = field(default=2, validator=validators.ge(0))
    backoff: float = field(default=0.5, validator=_non_negative)
    max_backoff: float = field(default=8.0, validator=_non_negative)
    max_wait: float = field(default=30.0, validator=_non_negative)
    statuses: frozenset[int] = field(default=RETRY_STATUSES, converter=_statuses)
    methods: frozenset[str] = field(default=IDEMPOTENT_METHODS, converter=_methods)
    attempt_timeout: float = field(default=60.0, validator=_positive)
    call_timeout: float = field(default=120.0, validator=_positive)

    def can_repeat(self, request: httpx.Request) -> bool:
        """Whether `request` may be sent again after it may have reached the server."""
        if request.method in self.methods:
            return True
        return request.method == "POST" and request.url.path.endswith(_TOKEN_PATH_SUFFIX)

    def backoff_delay(self, retry: int, rand: float) -> float:
        """The backoff before retry number `retry` (0-based), given a `rand` in [0, 1)."""
        delay = min(self.max_backoff, self.backoff * 2.0**retry)
        # Half fixed, half random: spreads the retries of many clients, never waits less than half.
        return delay / 2 + delay / 2 * rand


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` header (delay seconds or HTTP date); None if unreadable.

    `now` is the current time in epoch seconds, to measure an HTTP date against.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            date = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if date.tzinfo is None:
            date = date.replace(tzinfo=UTC)
        seconds = date.timestamp() - now
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends each request through an inner transport, retrying as `policy` says; logs each request.

    Args:
        transport: The inner sync transport; by default an `httpx.HTTPTransport`. When it is also an
            async transport (as `httpx.MockTransport` is) and `async_transport` is not given, it serves
            async requests too.
        async_transport: The inner async transport; by default an `httpx.AsyncHTTPTransport`.
        policy: When to retry; by default `RetryPolicy()`.
        verify: TLS verification for the default inner transports (an httpx client ignores its own
            `verify` once it is given a transport).
        sleep, async_sleep: How to wait between attempts.
        clock: Monotonic seconds, to time requests for the log.
        now: Epoch seconds, to read `Retry-After` dates.
        rand: A number in [0, 1), for the jitter.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        verify: ssl.SSLContext | str | bool = True,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], float] = time.time,
        rand: Callable[[], float] = random.random,
    ) -> None:
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport
        self.policy = policy if policy is not None else RetryPolicy()
        self._pools = _Pools(transport, async_transport, verify)
        # Only the transport that made the pools closes them, not those derived from it.
        self._owns_pools = True
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._clock = clock
        self._now = now
        self._rand = rand

    def __repr__(self) -> str:
        return f"RetryTransport(policy={self.policy!r})"

    def with_policy(self, policy: RetryPolicy) -> RetryTransport:
        """A transport retrying as `policy` says through this one's inner transports (so its
        connection pools); closing it leaves them open: they close with this one."""
        derived = copy.copy(self)
        derived.policy = policy
        derived._owns_pools = False
        return derived

    def _inner(self) -> httpx.BaseTransport:
        return self._pools.sync()

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        return self._pools.asynchronous()

    def _wait_after_error(self, request: httpx.Request, error: Exception, retries: int) -> float | None:
        if retries >= self.policy.max_retries:
            return None
        if isinstance(error, _NOT_SENT) or (
            isinstance(error, _MAYBE_SENT) and self.policy.can_repeat(request)
        ):
            return self.policy.backoff_delay(retries, self._rand())
        return None

    def _wait_after_response(
        self, request: httpx.Request, response: httpx.Response, retries: int
    ) -> float | None:
        if (
            retries >= self.policy.max_retries
            or response.status_code not in self.policy.statuses
            or not self.policy.can_repeat(request)
        ):
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"), self._now())
        if retry_after is None:
            return self.policy.backoff_delay(retries, self._rand())
        return retry_after if retry_after <= self.policy.max_wait else None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`, retrying as the policy allows; the last answer or error is the result."""
        inner = self._inner()
        started = self._clock()
        if self.policy.max_retries > 0 and self.policy.can_repeat(request):
            request.read()  # so that the body can be sent again
        timeouts = _Timeouts(request)
        retries = 0
        try:
            while True:
                ends = self._attempt_end(started)
                timeouts.limit(ends - self._clock())
                try:
                    response = self._read_whole(inner.handle_request(request), request, ends, timeouts)
                except httpx.TransportError as error:
                    wait = self._within_call(self._wait_after_error(request, error, retries), started)
                    if wait is None:
                        _log_done(request, type(error).__name__, self._clock() - started, retries)
                        raise
                    _log_retry(request, type(error).__name__, wait, retries, self.policy.max_retries)
                else:
                    wait = self._within_call(self._wait_after_response(request, response, retries), started)
                    if wait is None:
                        _log_done(
                            request, str(response.status_code), self._clock() - started, retries, response
                        )
                        return response
                    response.close()
                    _log_retry(request, str(response.status_code), wait, retries, self.policy.max_retries)
                self._sleep(wait)
                retries += 1
        finally:
            timeouts.restore()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`, retrying as the policy allows; the last answer or error is the result."""
        inner = self._async_inner()
        started = self._clock()
        if self.policy.max_retries > 0 and self.policy.can_repeat(request):
            await request.aread()  # so that the body can be sent again
        timeouts = _Timeouts(request)
        retries = 0
        try:
            while True:
                left = self._attempt_end(started) - self._clock()
                timeouts.limit(left)
                try:
                    response = await self._aread_whole(inner, request, left)
                except httpx.TransportError as error:
                    wait = self._within_call(self._wait_after_error(request, error, retries), started)
                    if wait is None:
                        _log_done(request, type(error).__name__, self._clock() - started, retries)
                        raise
                    _log_retry(request, type(error).__name__, wait, retries, self.policy.max_retries)
                else:
                    wait = self._within_call(self._wait_after_response(request, response, retries), started)
                    if wait is None:
                        _log_done(
                            request, str(response.status_code), self._clock() - started, retries, response
                        )
                        return response
                    await response.aclose()
                    _log_retry(request, str(response.status_code), wait, retries, self.policy.max_retries)
                await self._async_sleep(wait)
                retries += 1
        finally:
            timeouts.restore()

    def _attempt_end(self, started: float) -> float:
        """When the attempt starting now must be over: its own bound, or the call's if sooner."""
        return min(self._clock() + self.policy.attempt_timeout, started + self.policy.call_timeout)

    def _within_call(self, wait: float | None, started: float) -> float | None:
        """`wait`, unless the retry after it would start too late to end before the call's deadline."""
        if wait is None:
            return None
        # A retry needs time of its own: one that would get less than a tenth of an attempt is not made.
        left = started + self.policy.call_timeout - self._clock() - wait
        return wait if left >= min(1.0, self.policy.attempt_timeout / 10) else None

    def _read_whole(
        self, response: httpx.Response, request: httpx.Request, ends: float, timeouts: _Timeouts
    ) -> httpx.Response:
        """`response` with its body read, before `ends`; ReadTimeout once a read returns after it."""
        if response.is_stream_consumed:  # read already by the inner transport (as MockTransport does)
            return response
        # httpcore takes the read timeout when the body starts: no read of it waits past `ends`.
        timeouts.limit(ends - self._clock())
        chunks: list[bytes] = []
        try:
            for chunk in response.iter_raw():
                chunks.append(chunk)
                if self._clock() > ends:
                    raise httpx.ReadTimeout(_too_slow(self.policy.attempt_timeout), request=request)
        finally:
            response.close()
        return _rebuilt(response, b"".join(chunks))

    async def _aread_whole(
        self, inner: httpx.AsyncBaseTransport, request: httpx.Request, left: float
    ) -> httpx.Response:
        """The answer to `request`, its body read, within `left` seconds; ReadTimeout otherwise."""
        try:
            with anyio.fail_after(max(left, 0.0)):
                response = await inner.handle_async_request(request)
                if response.is_stream_consumed:
                    return response
                try:
                    content = b"".join([chunk async for chunk in response.aiter_raw()])
                finally:
                    await response.aclose()
        except TimeoutError:
            failure = httpx.ReadTimeout(_too_slow(self.policy.attempt_timeout), request=request)
        else:
            return _rebuilt(response, content)
        raise failure

    def close(self) -> None:
        """Close the inner sync transport (unless it is another's, see `with_policy`)."""
        if self._owns_pools:
            self._pools.close()

    async def aclose(self) -> None:
        """Close the inner async transport (unless it is another's, see `with_policy`)."""
        if self._owns_pools:
            await self._pools.aclose()

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.close()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()


class _Pools:
    """The inner transports, and so the connection pools, of a RetryTransport and those derived from it.

    The default ones are made on first use (most programs use only the sync or only the async side),
    verifying with the process's shared default context (`_tls.py`) unless told otherwise.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
        verify: ssl.SSLContext | str | bool,
    ) -> None:
        self._transport = transport
        self._async_transport = async_transport
        self._verify = verify
        self._lock = threading.Lock()

    def sync(self) -> httpx.BaseTransport:
        with self._lock:
            if self._transport is None:
                self._transport = httpx.HTTPTransport(verify=verify_with(self._verify))
            return self._transport

    def asynchronous(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            if self._async_transport is None:
                self._async_transport = httpx.AsyncHTTPTransport(verify=verify_with(self._verify))
            return self._async_transport

    def close(self) -> None:
        with self._lock:
            transport = self._transport
        if transport is not None:
            transport.close()

    async def aclose(self) -> None:
        with self._lock:
            transport = self._async_transport
        if transport is not None:
            await transport.aclose()


# Each answer is read whole inside the transport: within the attempt's deadline, and so that a
# connection dropped in the middle of the body is an error the retry loop sees, not one raised later to
# the caller. The raw (still encoded) bytes are kept: the client decodes them as it would have.
def _rebuilt(response: httpx.Response, content: bytes) -> httpx.Response:
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(content),
        extensions=response.extensions,
    )


def _too_slow(bound: float) -> str:
    return f"the answer did not arrive whole within the attempt's {bound:g}s"


class _Timeouts:
    """The httpx timeouts of a request, limited for each attempt to the time it has left."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self._original: dict[str, float | None] = dict(request.extensions.get("timeout") or {})

    def limit(self, left: float) -> None:
        left = max(left, 0.001)
        phases: dict[str, float | None] = {"connect": None, "read": None, "write": None, "pool": None}
        phases.update(self._original)
        limited = {phase: left if value is None else min(value, left) for phase, value in phases.items()}
        # In place: httpcore holds the same extensions mapping and reads it as each phase begins.
        self._request.extensions["timeout"] = limited

    def restore(self) -> None:
        self._request.extensions["timeout"] = self._original


def _log_retry(request: httpx.Request, outcome: str, wait: float, retries: int, max_retries: int) -> None:
    logger.debug(
        "%s %s -> %s, retry %d of %d in %.2fs",
        request.method,
        safe_url(request.url),
        outcome,
        retries + 1,
        max_retries,
        wait,
    )


def _log_done(
    request: httpx.Request,
    outcome: str,
    duration: float,
    retries: int,
    response: httpx.Response | None = None,
) -> None:
    _tracing.note_retries(retries)
    url = safe_url(request.url)
    request_id = None if response is None else header_request_id(response.headers)
    logger.info(
        "%s %s -> %s in %.3fs (retries: %d%s)",
        request.method,
        url,
        outcome,
        duration,
        retries,
        f", request id {scrub_text(request_id)}" if request_id else "",
        extra={
            "thred_method": request.method,
            "thred_url": url,
            "thred_outcome": outcome,
            "thred_duration": duration,
            "thred_retries": retries,
            "thred_request_id": request_id and scrub_text(request_id),
        },
    )
