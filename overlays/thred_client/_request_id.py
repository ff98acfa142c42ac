"""Thred's id of a request, as its answer carries it: the one place that reads it.

Thred's answers carry it in the `X-Request-ID` header; error envelopes of the API reference's shape
carry it as `request_id` too (`exceptions.error_from_response` reads both). Quote it to Thred's
support to find the request in their logs.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["HEADER", "request_id"]

HEADER = "x-request-id"


def request_id(headers: Mapping[str, str]) -> str | None:
    """The request id in `headers` (an `httpx.Headers` or any mapping, in any case), or None."""
    value = headers.get(HEADER)
    if value is None and not hasattr(headers, "multi_items"):  # a plain dict: its keys keep their case
        value = next((item for name, item in headers.items() if name.lower() == HEADER), None)
    return value if isinstance(value, str) and value else None
