# Copied from overlays/thred_client/auth.py by tools/codegen.py: edit that file, never this copy.
"""Bearer tokens: obtaining, caching and renewing them, and sending them with each request.

Thred's tokens have no refresh token: a new one is requested with the same credentials. `TokenCache`
keeps the current token and requests a new one shortly before it expires, with one request in flight
however many threads and tasks are waiting for it, and spaced requests while the token endpoint fails.
`TokenAuth` is the `httpx.Auth` that puts the token on each request and, after a 401, renews it and
sends the request once more.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol
from uuid import UUID

import anyio
import httpx
from attrs import frozen

from . import _tracing
from ._redact import remember
from .api.authentication import create_business_token, create_partner_token
from .client import AuthenticatedClient
from .errors import ResponseValidationError, ThredError
from .log import logger
from .models.business_token import BusinessToken
from .models.partner_token import PartnerToken
from .models.partner_token_request import PartnerTokenRequest
from .types import Unset

__all__ = [
    "FALLBACK_LIFETIME",
    "MAX_OUTAGE_BACKOFF",
    "MAX_RENEWAL_MARGIN",
    "OUTAGE_BACKOFF",
    "RENEWAL_RETRY_DELAY",
    "StaticToken",
    "TokenAuth",
    "TokenCache",
    "TokenGrant",
    "TokenSource",
    "business_token_fetchers",
    "partner_token_fetchers",
    "renewal_margin",
]

# Thred's own adapter renews about five minutes before expiry; so does this client.
MAX_RENEWAL_MARGIN = 300.0
# The lifetime the guides state for both tokens, for a business token response without `expires_in`.
FALLBACK_LIFETIME = 3600
# After a failed early renewal, how long the current token is used before the next attempt.
RENEWAL_RETRY_DELAY = 30.0
# While the token endpoint fails, the next request waits 1 s after the first failure, then 2, 4, ... 30 s.
OUTAGE_BACKOFF = 1.0
MAX_OUTAGE_BACKOFF = 30.0
# How often an async task looks whether a thread has finished a renewal it is waiting for.
_POLL_INTERVAL = 0.005


def renewal_margin(lifetime: float) -> float:
    """How long before the end of a token's `lifetime` it is renewed: five minutes, or a fifth of a
    short lifetime, so that a short-lived token is still used for most of its life."""
    return max(0.0, min(MAX_RENEWAL_MARGIN, lifetime / 5))


@frozen(repr=False)
class TokenGrant:
    """A token as the token endpoint gave it: the token and its lifetime in seconds."""

    access_token: str
    expires_in: float

    def __repr__(self) -> str:
        return f"TokenGrant(access_token=<hidden>, expires_in={self.expires_in!r})"


class TokenSource(Protocol):
    """Where `TokenAuth` gets its token."""

    @property
    def renewable(self) -> bool:
        """Whether asking with `rejected` can give another token."""

    def get(self, rejected: str | None = None) -> str:
        """A token to send; never `rejected`, the token a 401 just refused, if a new one can be had."""

    async def aget(self, rejected: str | None = None) -> str:
        """`get` for async callers."""


class StaticToken:
    """A ready-made token, sent as it is; it cannot be renewed."""

    renewable = False

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("the token must not be empty")
        remember(token)
        self._token = token

    def __repr__(self) -> str:
        return "StaticToken(<hidden>)"

    def get(self, rejected: str | None = None) -> str:
        """The token."""
        return self._token

    async def aget(self, rejected: str | None = None) -> str:
        """The token."""
        return self._token


Fetch = Callable[[], TokenGrant]
AsyncFetch = Callable[[], Awaitable[TokenGrant]]


@frozen
class _Held:
    token: str
    renew_at: float
    expires_at: float


class TokenCache:
    """The current token of one kind, requested again shortly before it expires or once refused.

    One token request is in flight at a time: every thread and task that needs a new token while one is
    being requested waits for that one, and gets its outcome: the token, or its error (they do not each
    ask again). Sync callers wait on a lock; async callers queue on an async lock, and the one at the
    head of the queue also takes the sync lock, so that a thread and a task never renew at once either.

    After a failed request, the next is made `backoff` seconds later, doubling with each failure in a
    row up to `max_backoff`: a caller arriving meanwhile waits for it rather than asking at once. So,
    during an outage, token requests start at least `backoff`..`max_backoff` seconds apart, and a caller
    waits at most `max_backoff` plus one token request (bounded by the client's `call_timeout`).

    If an early renewal fails with one of this package's errors while the current token is still valid,
    the current token is used on, and renewal is tried again `RENEWAL_RETRY_DELAY` seconds later.

    Args:
        fetch, afetch: Request a new token, blocking or awaitable.
        description: What the token is, for the log (such as "partner token").
        clock: Monotonic seconds, to time renewals.
        backoff, max_backoff: The wait before the request after a failed one, and its longest.
        sleep, async_sleep: How to wait for it.
    """

    renewable = True

    def __init__(
        self,
        fetch: Fetch,
        afetch: AsyncFetch,
        *,
        description: str = "token",
        clock: Callable[[], float] = time.monotonic,
        backoff: float = OUTAGE_BACKOFF,
        max_backoff: float = MAX_OUTAGE_BACKOFF,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._description = description
        self._clock = clock
        self._backoff = backoff
        self._max_backoff = max_backoff
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._held: _Held | None = None
        # Token requests finished so far, the error of the last if it failed, failures in a row, and
        # when the next request may start.
        self._fetches = 0
        self._failure: ThredError | None = None
        self._failures = 0
        self._next_fetch_at = -math.inf
        self._lock = threading.Lock()
        self._async_lock = anyio.Lock()

    def __repr__(self) -> str:
        return f"TokenCache({self._description})"

    def _current(self, rejected: str | None) -> str | None:
        held = self._held
        if held is None or held.token == rejected or self._clock() >= held.renew_at:
            return None
        return held.token

    def _decide(self, rejected: str | None, seen: int) -> str | ThredError | float:
        """What a caller holding the lock does: use a token, raise the error of a request that failed
        while it waited (`seen` is the count of requests before it did), or wait so many seconds for
        the next request (0: make it now)."""
        token = self._current(rejected)
        if token is not None:
            return token
        if self._fetches != seen and self._failure is not None:
            return self._failure
        return max(0.0, self._next_fetch_at - self._clock())

    def _failed(self, error: ThredError) -> None:
        self._fetches += 1
        self._failure = error
        self._failures += 1
        wait = min(self._max_backoff, self._backoff * 2.0 ** (self._failures - 1))
        self._next_fetch_at = self._clock() + wait
        logger.debug(
            "the %s request failed (%s); the next in %gs", self._description, type(error).__name__, wait
        )

    def _keep(self, grant: TokenGrant, requested_at: float) -> str:
        self._fetches += 1
        self._failure = None
        self._failures = 0
        self._next_fetch_at = -math.inf
        remember(grant.access_token)
        # Timed from before the request was sent, so that the token is never thought to live longer
        # than it does.
        lifetime = grant.expires_in
        expires_at = requested_at + lifetime
        self._held = _Held(grant.access_token, expires_at - renewal_margin(lifetime), expires_at)
        logger.info("obtained a %s (expires in %gs)", self._description, lifetime)
        return grant.access_token

    def _fall_back(self, error: ThredError, rejected: str | None) -> str:
        # An early renewal that fails (the token endpoint has a bad minute) is no reason to fail a
        # request while the current token is still valid: keep it, and try again a little later.
        held, now = self._held, self._clock()
        if held is None or held.token == rejected or now >= held.expires_at:
            raise error
        logger.warning(
            "could not renew the %s (%s); the current one expires in %.0fs",
            self._description,
            type(error).__name__,
            held.expires_at - now,
        )
        self._held = _Held(held.token, min(held.expires_at, now + RENEWAL_RETRY_DELAY), held.expires_at)
        return held.token

    def _renewal(self, rejected: str | None) -> AbstractContextManager[None]:
        """Log the token request about to be made; its span (see `_tracing`) for the `with` around it."""
        held = self._held
        reason = "none yet" if held is None else "refused" if held.token == rejected else "expiring"
        logger.debug("requesting a %s (%s)", self._description, reason)
        return _tracing.renewal(self._description, reason)

    def get(self, rejected: str | None = None) -> str:
        """The current token, renewed first if it is expiring or is `rejected`."""
        token = self._current(rejected)
        if token is not None:
            return token
        seen = self._fetches
        with self._lock:
            decision = self._decide(rejected, seen)
            if isinstance(decision, str):
                return decision
            if isinstance(decision, ThredError):
                raise decision
            if decision > 0:
                # Holding the lock: whoever arrives meanwhile gets the outcome of the request below.
                self._sleep(decision)
            requested_at = self._clock()
            try:
                with self._renewal(rejected):
                    grant = self._fetch()
            except ThredError as error:
                self._failed(error)
                return self._fall_back(error, rejected)
            return self._keep(grant, requested_at)

    async def aget(self, rejected: str | None = None) -> str:
        """The current token, renewed first if it is expiring or is `rejected`."""
        token = self._current(rejected)
        if token is not None:
            return token
        seen = self._fetches
        async with self._async_lock:
            # Only the task at the head of the queue gets here; it waits without blocking the event
            # loop if a thread is renewing.
            while not self._lock.acquire(blocking=False):
                await anyio.sleep(_POLL_INTERVAL)
            try:
                decision = self._decide(rejected, seen)
                if isinstance(decision, str):
                    return decision
                if isinstance(decision, ThredError):
                    raise decision
                if decision > 0:
                    await self._async_sleep(decision)
                requested_at = self._clock()
                try:
                    with self._renewal(rejected):
                        grant = await self._afetch()
                except ThredError as error:
                    self._failed(error)
                    return self._fall_back(error, rejected)
                return self._keep(grant, requested_at)
            finally:
                self._lock.release()


class TokenAuth(httpx.Auth):
    """Sends `Authorization: Bearer <token>` from a `TokenSource`; after a 401, renews the token and
    sends the request once more (only when the source can renew it)."""

    def __init__(
        self, source: TokenSource, *, prefix: str = "Bearer", header_name: str = "Authorization"
    ) -> None:
        self.source = source
        self._prefix = prefix
        self._header_name = header_name

    def __repr__(self) -> str:
        return f"TokenAuth({self.source!r})"

    def _apply(self, request: httpx.Request, token: str) -> None:
        request.headers[self._header_name] = f"{self._prefix} {token}" if self._prefix else token

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Authenticate `request`; send it again with a new token after a 401."""
        renewable = self.source.renewable
        if renewable:
            request.read()  # so that the body can be sent again
        token = self.source.get()
        self._apply(request, token)
        response = yield request
        if response.status_code == 401 and renewable:
            self._apply(request, self.source.get(rejected=token))
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authenticate `request`; send it again with a new token after a 401."""
        renewable = self.source.renewable
        if renewable:
            await request.aread()  # so that the body can be sent again
        token = await self.source.aget()
        self._apply(request, token)
        response = yield request
        if response.status_code == 401 and renewable:
            self._apply(request, await self.source.aget(rejected=token))
            yield request


def _grant(parsed: PartnerToken | BusinessToken) -> TokenGrant:
    token: object = parsed.access_token
    lifetime: object = parsed.expires_in
    if not isinstance(token, str) or not token:
        raise ResponseValidationError("expected a non-empty string", ("access_token",))
    if isinstance(parsed, BusinessToken) and (lifetime is None or isinstance(lifetime, Unset)):
        lifetime = FALLBACK_LIFETIME
    if isinstance(lifetime, bool) or not isinstance(lifetime, int | float) or not math.isfinite(lifetime):
        raise ResponseValidationError(f"expected a number of seconds, got {lifetime!r}", ("expires_in",))
    return TokenGrant(token, float(lifetime))


@contextmanager
def _naming(operation: str) -> Iterator[None]:
    """Make an error of a token request say so: `operation`, and a note (the first one wins: a business
    token request that fails for want of a partner token names the partner token request)."""
    try:
        yield
    except ThredError as error:
        if getattr(error, "operation", None) is None:
            error.operation = operation  # type: ignore[attr-defined]
            error.add_note(f"while requesting a token ({operation})")
        raise


def partner_token_fetchers(client: AuthenticatedClient, partner_id: UUID) -> tuple[Fetch, AsyncFetch]:
    """Functions that request a partner token through `client`, which must authenticate with the
    partner's Basic credentials."""
    body = PartnerTokenRequest(client_id=partner_id)
    name = "create_partner_token"

    def fetch() -> TokenGrant:
        with _naming(name):
            return _grant(create_partner_token.sync(client=client, body=body))

    async def afetch() -> TokenGrant:
        with _naming(name):
            return _grant(await create_partner_token.asyncio(client=client, body=body))

    return fetch, afetch


def business_token_fetchers(client: AuthenticatedClient, business_id: UUID) -> tuple[Fetch, AsyncFetch]:
    """Functions that request a business token through `client`, which must authenticate with a
    partner token."""
    name = "create_business_token"

    def fetch() -> TokenGrant:
        with _naming(name):
            return _grant(create_business_token.sync(business_id, client=client))

    async def afetch() -> TokenGrant:
        with _naming(name):
            return _grant(await create_business_token.asyncio(business_id, client=client))

    return fetch, afetch
