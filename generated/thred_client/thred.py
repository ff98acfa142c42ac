# Copied from overlays/thred_client/thred.py by tools/codegen.py: edit that file, never this copy.
"""`ThredClient`: the client for production use, set up in one line.

    client = ThredClient(partner_id=..., api_key=..., business_id=...)   # the sandbox
    client = ThredClient(base_url="https://...", partner_id=..., api_key=...)
    client = ThredClient(token="...")                                    # a ready-made token
    client = ThredClient.from_env()                                      # THRED_* variables

It is an `AuthenticatedClient`, so every generated operation takes it as its `client`, sync and async.
On top of the generated client it obtains and renews tokens, retries what is safe to retry, has
finite deadlines per attempt and per call, and raises typed errors (`thred_client.exceptions`) instead
of returning error values.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from uuid import UUID

import httpx
from attrs import define, evolve, field

from ._http import AsyncRaisingClient, RaisingClient
from ._redact import remember
from ._validate import uuid
from ._version import __version__
from .auth import StaticToken, TokenAuth, TokenCache, business_token_fetchers, partner_token_fetchers
from .client import AuthenticatedClient
from .log import safe_url
from .retries import RetryPolicy, RetryTransport

__all__ = ["DEFAULT_TIMEOUT", "ENVIRONMENTS", "SANDBOX_URL", "ThredClient"]

SANDBOX_URL = "https://sandbox.thredfi.com"
ENVIRONMENTS: Mapping[str, str] = {"sandbox": SANDBOX_URL}
"""The named environments. Thred's docs give the production host in two ways, so it has no name here:
pass it as `base_url`."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s to read, write or wait for a pooled connection, 10 s to connect."""

_USER_AGENT = f"thred-client/{__version__}"
_RESERVED_HTTPX_ARGS = ("auth", "transport")


def _is_loopback(host: str) -> bool:
    if host.rstrip(".").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_base_url(environment: str | None, base_url: str | None) -> str:
    """The base URL for a named `environment` or an explicit `base_url` (the sandbox if neither).

    Raises ValueError for an unknown environment, for both at once, and for a URL that is not
    https, except plain http on a loopback address (127.0.0.0/8, ::1, localhost), which never leaves
    the machine.
    """
    if environment is not None and base_url is not None:
        raise ValueError("pass environment or base_url, not both")
    if base_url is None:
        name = environment or "sandbox"
        if name not in ENVIRONMENTS:
            known = ", ".join(sorted(ENVIRONMENTS))
            raise ValueError(f"unknown environment {name!r} (known: {known}); pass any other URL as base_url")
        base_url = ENVIRONMENTS[name]
    if "://" not in base_url:
        raise ValueError(f"base_url {base_url!r} has no scheme: write it as 'https://{base_url.lstrip('/')}'")
    url = httpx.URL(base_url)
    if not url.host:
        raise ValueError(f"base_url {safe_url(url)!r} has no host")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ValueError(
            f"refusing plain http:// base_url {safe_url(url)!r}: tokens and credentials would travel "
            "unencrypted; use https:// (plain http is allowed on loopback addresses only)"
        )
    if url.scheme not in ("https", "http"):
        raise ValueError(f"base_url {safe_url(url)!r} must be an https:// URL")
    return base_url.rstrip("/")


def _timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    if value is None:
        raise ValueError("timeout must be finite: pass a number of seconds or an httpx.Timeout")
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@define(init=False, repr=False)
class ThredClient(AuthenticatedClient):
    """A client for the Thred Partner API that obtains its own tokens, retries, times out and raises.

    Give it credentials or a token, and where to go:

    Args:
        partner_id: The partner UUID. With `api_key`, the client requests a partner token and renews
            it shortly before it expires (and once after a 401).
        api_key: The partner's API key.
        business_id: A business UUID. With credentials, the client uses a business token for this
            business instead of the partner token. Kept as `client.business_id` in any case.
        token: A ready-made bearer token, instead of credentials; it is not renewed.
        environment: A named environment, `"sandbox"` (the default).
        base_url: Any other base URL. Only https, except plain http on loopback addresses.
        timeout: Seconds, or an `httpx.Timeout`; `DEFAULT_TIMEOUT` by default. Always finite.
        max_retries: How many times a failed request that is safe to repeat is retried (default 2).
        attempt_timeout: Seconds one attempt may take in all, however slowly the answer comes
            (default 60).
        call_timeout: Seconds a request may take with all its retries (default 120).
        retry: The full retry policy; `max_retries`, `attempt_timeout` and `call_timeout`, if also
            given, replace its own.
        transport: The httpx transport to send through, such as `httpx.HTTPTransport(proxy=...)`
            or an `httpx.MockTransport`; it is wrapped in a `RetryTransport` unless it is one.
        async_transport: The async transport to send through, when `transport` is not async too.
        auth: An `httpx.Auth` to authenticate with, instead of credentials or token.
        clock: Monotonic seconds, to time token renewal (for tests).
        headers, cookies, verify_ssl, follow_redirects, httpx_args, raise_on_unexpected_status,
            prefix, auth_header_name: As for the generated `AuthenticatedClient`, except that
            `raise_on_unexpected_status` is on by default. `httpx_args` may not hold `auth` or
            `transport`: pass them as arguments.

    Every call made through it raises `thred_client.exceptions.APIStatusError` (a subclass per status
    family) for an error answer, `APIResponseValidationError` for a success answer whose body is not
    JSON, `APIConnectionError` or `APITimeoutError` when no answer came, or not whole within
    `attempt_timeout`, after the retries (all within `call_timeout`); `ResponseValidationError` comes
    from reading a field of the answer that does not fit its model. No error holds a credential.

    The inherited `token` attribute is always empty: the token lives in the client's auth, out of
    sight. An httpx client set with `set_httpx_client` bypasses all of the above.
    """

    raise_on_unexpected_status: bool = field(default=True, kw_only=True)
    token: str = field(default="", kw_only=True)
    business_id: UUID | None = field(default=None, kw_only=True)
    _auth: httpx.Auth = field(kw_only=True, alias="auth")
    _transport: RetryTransport = field(kw_only=True, alias="transport")
    _client_lock: threading.Lock = field(init=False, factory=threading.Lock)

    def __init__(
        self,
        *,
        partner_id: str | UUID | None = None,
        api_key: str | None = None,
        business_id: str | UUID | None = None,
        token: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        attempt_timeout: float | None = None,
        call_timeout: float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        auth: httpx.Auth | None = None,
        clock: Callable[[], float] = time.monotonic,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        raise_on_unexpected_status: bool = True,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
    ) -> None:
        url = resolve_base_url(environment, base_url)
        business = None if business_id is None else uuid(business_id, "business_id")
        extra = dict(httpx_args or {})
        reserved = [name for name in _RESERVED_HTTPX_ARGS if name in extra]
        if reserved:
            raise ValueError(f"pass {' and '.join(reserved)} as ThredClient arguments, not in httpx_args")
        all_headers = {"User-Agent": _USER_AGENT, **(headers or {})}
        timeout = _timeout(timeout)

        overrides: dict[str, Any] = {
            name: value
            for name, value in (
                ("max_retries", max_retries),
                ("attempt_timeout", attempt_timeout),
                ("call_timeout", call_timeout),
            )
            if value is not None
        }
        if isinstance(transport, RetryTransport):
            if retry is not None or overrides or async_transport is not None:
                raise ValueError("a RetryTransport carries its own policy and inner transports")
            retrying = transport
        else:
            policy = evolve(retry if retry is not None else RetryPolicy(), **overrides)
            retrying = RetryTransport(transport, async_transport, policy=policy, verify=verify_ssl)

        if auth is None:
            if token and (partner_id is not None or api_key is not None):
                raise ValueError("pass either token or partner_id and api_key, not both")
            if token:
                auth = TokenAuth(StaticToken(token), prefix=prefix, header_name=auth_header_name)
            elif partner_id is not None and api_key:
                auth = self._credentials_auth(
                    url,
                    uuid(partner_id, "partner_id"),
                    api_key,
                    business,
                    transport=retrying,
                    timeout=timeout,
                    headers=all_headers,
                    clock=clock,
                    prefix=prefix,
                    header_name=auth_header_name,
                )
            else:
                raise ValueError("pass partner_id and api_key, or a ready-made token")
        elif token or partner_id is not None or api_key is not None:
            raise ValueError("pass auth, or token, or partner_id and api_key: only one of them")

        self.__attrs_init__(
            base_url=url,
            auth=auth,
            transport=retrying,
            business_id=business,
            timeout=timeout,
            headers=all_headers,
            cookies=dict(cookies or {}),
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args=extra,
            raise_on_unexpected_status=raise_on_unexpected_status,
            prefix=prefix,
            auth_header_name=auth_header_name,
        )

    @staticmethod
    def _credentials_auth(
        base_url: str,
        partner_id: UUID,
        api_key: str,
        business_id: UUID | None,
        *,
        transport: RetryTransport,
        timeout: httpx.Timeout,
        headers: Mapping[str, str],
        clock: Callable[[], float],
        prefix: str,
        header_name: str,
    ) -> TokenAuth:
        remember(api_key, base64.b64encode(f"{partner_id}:{api_key}".encode()).decode())

        # The token requests go through clients of their own (sharing the transport, so its
        # connections and retries), authenticated as each token endpoint requires.
        def token_client(auth: httpx.Auth) -> ThredClient:
            return ThredClient(
                base_url=base_url, auth=auth, transport=transport, timeout=timeout, headers=headers
            )

        partner_client = token_client(httpx.BasicAuth(str(partner_id), api_key))
        partner_tokens = TokenCache(
            *partner_token_fetchers(partner_client, partner_id), description="partner token", clock=clock
        )
        if business_id is None:
            return TokenAuth(partner_tokens, prefix=prefix, header_name=header_name)
        business_client = token_client(TokenAuth(partner_tokens))
        business_tokens = TokenCache(
            *business_token_fetchers(business_client, business_id),
            description=f"business token for {business_id}",
            clock=clock,
        )
        return TokenAuth(business_tokens, prefix=prefix, header_name=header_name)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> ThredClient:
        """A client configured from environment variables (`environ`, by default the process's):

            THRED_BASE_URL      the base URL (the sandbox if unset)
            THRED_TOKEN         a ready-made token, or else
            THRED_PARTNER_ID    the partner UUID and
            THRED_API_KEY       the API key
            THRED_BUSINESS_ID   a business UUID (optional)

        `options` are passed on to `ThredClient`.
        """
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            return env.get(name, "").strip() or None

        token, partner_id, api_key = get("THRED_TOKEN"), get("THRED_PARTNER_ID"), get("THRED_API_KEY")
        if token and (partner_id or api_key):
            raise ValueError("set THRED_TOKEN, or THRED_PARTNER_ID and THRED_API_KEY, not both")
        if not token and not (partner_id and api_key):
            raise ValueError("set THRED_PARTNER_ID and THRED_API_KEY, or THRED_TOKEN")
        return cls(
            base_url=get("THRED_BASE_URL"),
            token=token,
            partner_id=partner_id,
            api_key=api_key,
            business_id=get("THRED_BUSINESS_ID"),
            **options,
        )

    @property
    def base_url(self) -> str:
        """The base URL every request goes to."""
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of every request."""
        return self._timeout or DEFAULT_TIMEOUT

    @property
    def retry_policy(self) -> RetryPolicy:
        """When requests are retried."""
        return self._transport.policy

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        attempt_timeout: float | None = None,
        call_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ThredClient:
        """This client with other settings, for one call or a few:

            list_invoices.sync(business_id, client=client.with_options(max_retries=0))
            paginate(list_invoices, client=client.with_options(attempt_timeout=300, call_timeout=600), ...)

        It shares this client's connection pools and tokens (one token request serves both), so it is
        cheap to make. What is not given stays as it is: `retry` replaces the whole retry policy,
        `max_retries`, `attempt_timeout` and `call_timeout` each one part of it; `headers` are added to
        this client's. Token requests keep this client's settings. Closing the derived client leaves
        the shared pools open; closing this one closes them.
        """
        policy = retry if retry is not None else self.retry_policy
        overrides: dict[str, Any] = {
            name: value
            for name, value in (
                ("max_retries", max_retries),
                ("attempt_timeout", attempt_timeout),
                ("call_timeout", call_timeout),
            )
            if value is not None
        }
        derived = object.__new__(type(self))
        derived.__attrs_init__(
            base_url=self._base_url,
            auth=self._auth,
            transport=self._transport.with_policy(evolve(policy, **overrides)),
            business_id=self.business_id,
            timeout=self.timeout if timeout is None else _timeout(timeout),
            headers={**self._headers, **(headers or {})},
            cookies=dict(self._cookies),
            verify_ssl=self._verify_ssl,
            follow_redirects=self._follow_redirects,
            httpx_args=dict(self._httpx_args),
            raise_on_unexpected_status=self.raise_on_unexpected_status,
            prefix=self.prefix,
            auth_header_name=self.auth_header_name,
        )
        return derived

    def with_headers(self, headers: dict[str, str]) -> ThredClient:
        """This client with `headers` added, sharing its pools and tokens (see `with_options`)."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> ThredClient:
        """This client with another `timeout`, sharing its pools and tokens (see `with_options`)."""
        return self.with_options(timeout=timeout)

    def __repr__(self) -> str:
        business = f", business_id='{self.business_id}'" if self.business_id else ""
        return f"ThredClient(base_url={self._base_url!r}{business}, auth={self._auth!r})"

    def _httpx_client_args(self) -> dict[str, Any]:
        # One transport serves both clients: it implements the sync and the async interface.
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            "auth": self._auth,
            "transport": self._transport,
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx client: authenticated, retrying, raising typed errors."""
        with self._client_lock:
            if self._client is None:
                self._client = RaisingClient(**self._httpx_client_args())
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying async httpx client: authenticated, retrying, raising typed errors."""
        with self._client_lock:
            if self._async_client is None:
                self._async_client = AsyncRaisingClient(**self._httpx_client_args())
            return self._async_client

    def close(self) -> None:
        """Close the sync httpx client and its connections, if it was opened."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async httpx client and its connections, if it was opened."""
        if self._async_client is not None:
            await self._async_client.aclose()
