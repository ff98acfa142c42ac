"""What the generated operations make of an answer: its decoded body, or a typed error.

The endpoint template calls these, so that every operation, with any client, turns an answer into
its model or one of this package's errors, never a bare `ValueError` from the JSON decoder.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._json import loads
from .exceptions import error_from_response, undecodable_body

__all__ = ["body", "raise_for_error"]


def body(response: httpx.Response) -> Any:
    """The JSON value of the read `response`'s body.

    Raises `APIResponseValidationError` for a success answer whose body is not JSON (empty, HTML, cut
    short), and the typed status error (`NotFoundError`, …) for an error answer whose body is not.
    """
    try:
        return loads(response.content)
    except ValueError as error:
        failure = error
    # Raised outside the `except`: the decoder's error holds the body, which may hold a secret.
    if response.is_error:
        raise error_from_response(response)
    raise undecodable_body(response, failure)


def raise_for_error(response: httpx.Response) -> None:
    """Raise the typed error (`APIStatusError` and subclasses) for a 4xx or 5xx `response`."""
    if response.is_error:
        raise error_from_response(response)
