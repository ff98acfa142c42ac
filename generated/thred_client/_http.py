# Copied from overlays/thred_client/_http.py by tools/codegen.py: edit that file, never this copy.
"""httpx clients that raise this package's errors instead of returning error answers.

Raising in `send` (rather than in a response event hook) lets the auth flow see a 401 first, renew
the token and try again; only the request's final answer becomes an error.
"""

from __future__ import annotations

from typing import Any

import httpx

from .exceptions import error_from_response, error_from_transport

__all__ = ["AsyncRaisingClient", "RaisingClient"]


class RaisingClient(httpx.Client):
    """An `httpx.Client` whose `send` raises `APIStatusError` for a 4xx or 5xx answer and
    `APIConnectionError` (or `APITimeoutError`) when no answer came."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send `request` as `httpx.Client.send` does; raise this package's errors on failure."""
        try:
            response = super().send(request, **kwargs)
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


class AsyncRaisingClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` whose `send` raises `APIStatusError` for a 4xx or 5xx answer and
    `APIConnectionError` (or `APITimeoutError`) when no answer came."""

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send `request` as `httpx.AsyncClient.send` does; raise this package's errors on failure."""
        try:
            response = await super().send(request, **kwargs)
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
