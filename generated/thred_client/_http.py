# Copied from overlays/thred_client/_http.py by tools/codegen.py: edit that file, never this copy.
"""httpx clients that raise this package's errors instead of returning error answers.

Raising in `send` (rather than in a response event hook) lets the auth flow see a 401 first, renew
the token and try again; only the request's final answer becomes an error. `RaisingView` puts the
same `send` in front of an httpx client made elsewhere, such as a plain generated client's.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._tracing import start_call
from .exceptions import error_from_response, error_from_transport

__all__ = ["AsyncRaisingClient", "AsyncRaisingView", "RaisingClient", "RaisingView"]


def send_raising(
    send: Callable[..., httpx.Response], request: httpx.Request, **kwargs: Any
) -> httpx.Response:
    """`send(request, **kwargs)`; raise `APIStatusError` for a 4xx or 5xx answer and
    `APIConnectionError` (or `APITimeoutError`) when no answer came. Traced as one call."""
    span = start_call(request)
    if span is None:
        return _send_raising(send, request, **kwargs)
    try:
        response = _send_raising(send, request, **kwargs)
    except BaseException as error:
        span.finish(error=error)
        raise
    span.finish(response)
    return response


def _send_raising(
    send: Callable[..., httpx.Response], request: httpx.Request, **kwargs: Any
) -> httpx.Response:
    try:
        response = send(request, **kwargs)
        if response.is_error:
            try:
                response.read()
            finally:
                response.close()
    except httpx.TransportError as error:
        raise error_from_transport(error, request) from error
    if response.is_error:
        raise error_from_response(response)
    return response


async def asend_raising(
    send: Callable[..., Awaitable[httpx.Response]], request: httpx.Request, **kwargs: Any
) -> httpx.Response:
    """`send_raising` for an async `send`."""
    span = start_call(request)
    if span is None:
        return await _asend_raising(send, request, **kwargs)
    try:
        response = await _asend_raising(send, request, **kwargs)
    except BaseException as error:
        span.finish(error=error)
        raise
    span.finish(response)
    return response


async def _asend_raising(
    send: Callable[..., Awaitable[httpx.Response]], request: httpx.Request, **kwargs: Any
) -> httpx.Response:
    try:
        response = await send(request, **kwargs)
        if response.is_error:
            try:
                await response.aread()
            finally:
                await response.aclose()
    except httpx.TransportError as error:
        raise error_from_transport(error, request) from error
    if response.is_error:
        raise error_from_response(response)
    return response


class RaisingClient(httpx.Client):
    """An `httpx.Client` whose `send` raises `APIStatusError` for a 4xx or 5xx answer and
    `APIConnectionError` (or `APITimeoutError`) when no answer came."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send `request` as `httpx.Client.send` does; raise this package's errors on failure."""
        return send_raising(super().send, request, **kwargs)


class AsyncRaisingClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` whose `send` raises `APIStatusError` for a 4xx or 5xx answer and
    `APIConnectionError` (or `APITimeoutError`) when no answer came."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send `request` as `httpx.AsyncClient.send` does; raise this package's errors on failure."""
        return await asend_raising(super().send, request, **kwargs)


class RaisingView:
    """`client`'s `request`, raising as `RaisingClient` does; `client` itself is left as it is."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        **kwargs: Any,
    ) -> httpx.Response:
        """As `httpx.Client.request`."""
        request = self.client.build_request(method, url, **kwargs)
        return send_raising(self.client.send, request, auth=auth, follow_redirects=follow_redirects)


class AsyncRaisingView:
    """`client`'s `request`, raising as `AsyncRaisingClient` does; `client` itself is left as it is."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
        **kwargs: Any,
    ) -> httpx.Response:
        """As `httpx.AsyncClient.request`."""
        request = self.client.build_request(method, url, **kwargs)
        return await asend_raising(self.client.send, request, auth=auth, follow_redirects=follow_redirects)
