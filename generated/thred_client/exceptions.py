# Copied from overlays/thred_client/exceptions.py by tools/codegen.py: edit that file, never this copy.
"""Every error this package raises, in one hierarchy rooted at `ThredError`.

ThredError
├── ResponseValidationError      a response field that does not fit its model, when read; names its path
├── UnexpectedStatus             a status the spec does not document
├── APIError
│   ├── APIStatusError           the server answered with an error status
│   │   ├── BadRequestError              400
│   │   ├── AuthenticationError          401
│   │   ├── PermissionDeniedError        403
│   │   ├── NotFoundError                404
│   │   ├── ConflictError                409
│   │   ├── RateLimitError               429
│   │   └── InternalServerError          5xx
│   └── APIConnectionError       no answer: refused, dropped, …
│       └── APITimeoutError      no answer in time
├── PaginationError              a list walk that cannot go on safely
│   ├── RepeatedPageError            the server served another page than the one asked, or one again
│   └── UnsettledListError           the list keeps moving: pages after pages bring no new record
└── MirrorError                  thred_client.mirror cannot do what was asked (bad database URL, …)
    └── LeaseLostError               another worker took over the business being synced

No error holds a secret: the request and response an error keeps are copies with credential headers
redacted and token values scrubbed from their bodies (`thred_client._redact`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._json import loads
from ._redact import safe_request, safe_response, scrub_json, scrub_text
from ._request_id import request_id as header_request_id
from .errors import EXCERPT_LENGTH, ResponseValidationError, ThredError, UnexpectedStatus
from .log import safe_url

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "LeaseLostError",
    "MirrorError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RepeatedPageError",
    "ResponseValidationError",
    "ThredError",
    "UnexpectedStatus",
    "UnsettledListError",
    "error_from_response",
    "error_from_transport",
    "undecodable_body",
]


class APIError(ThredError):
    """A request to Thred failed."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        # A copy without credentials: the request as sent holds the Authorization header.
        self.request = safe_request(request) if request is not None else None
        self.method = request.method if request is not None else None
        # The URL without its query: query values are the caller's data, not needed to say what failed.
        self.url = safe_url(request.url) if request is not None else None


class APIConnectionError(APIError):
    """No response arrived: the connection was refused, dropped or broken."""


class APITimeoutError(APIConnectionError):
    """No response arrived in time."""


class APIStatusError(APIError):
    """Thred answered with an error status.

    `error_code`, `details` and `request_id` come from Thred's error envelope when the body holds one
    (either documented shape); `body_excerpt` is the start of any other body.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        error_code: str | None = None,
        details: Any = None,
        request_id: str | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = safe_response(response)
        self.status_code = response.status_code
        self.error_code = error_code
        self.details = details
        self.request_id = request_id
        self.body_excerpt = body_excerpt


class BadRequestError(APIStatusError):
    """400: the request was refused as invalid (`validation_error`); `details` names the fields."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not act for this business."""


class NotFoundError(APIStatusError):
    """404: no such business, record or page."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state, such as a duplicate."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class APIResponseValidationError(APIError):
    """A success answer whose body cannot be decoded: not JSON (a proxy's HTML page), empty, or cut short.

    Carries `status_code`, `request_id` (from the `X-Request-Id` header), `body_excerpt` (the start of
    the body, secrets scrubbed) and `response` (a copy without credentials). Not retried: the answer
    arrived whole as far as HTTP can tell (a body cut short on the wire is a connection error, and is).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        request_id: str | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = safe_response(response)
        self.status_code = response.status_code
        self.request_id = request_id
        self.body_excerpt = body_excerpt


class PaginationError(ThredError):
    """A list walk cannot go on without losing or repeating records."""


class RepeatedPageError(PaginationError):
    """The server served a page other than `page`, or the same records as the page before it.

    Going on would loop or skip records. `operation` names the list operation.
    """

    def __init__(self, message: str, *, operation: str, page: int) -> None:
        super().__init__(message)
        self.operation = operation
        self.page = page


class UnsettledListError(PaginationError):
    """Page after page brought no new record while the list kept changing: the walk gives up at `page`."""

    def __init__(self, message: str, *, operation: str, page: int) -> None:
        super().__init__(message)
        self.operation = operation
        self.page = page


class MirrorError(ThredError):
    """`thred_client.mirror` cannot do what was asked: a database it cannot use, a bad business id, …"""


class LeaseLostError(MirrorError):
    """The lease on `business_id` ran out and another worker holds it now: this worker's sync stopped.

    What it stored before stays; the other worker carries on from the same checkpoint.
    """

    def __init__(self, message: str, *, business_id: str) -> None:
        super().__init__(message)
        self.business_id = business_id


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def _status_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The typed error for an error `response`; the body must have been read."""
    status = response.status_code
    envelope: Mapping[str, Any] | None = None
    try:
        body = loads(response.content)
    except ValueError:
        body = None
    if isinstance(body, Mapping):
        envelope = body

    error_code = message = request_id = excerpt = None
    details: Any = None
    if envelope is not None:
        error_code = _text(envelope.get("error_code"))
        # The error-handling guide's shape is {error, error_code, details}; the reference's is
        # {error_code, message, detail, request_id}. Django REST's own is {detail: "..."}.
        message = _text(envelope.get("error")) or _text(envelope.get("message"))
        raw_detail = envelope.get("detail")
        if message is None and isinstance(raw_detail, str):
            message = raw_detail
        details = scrub_json(envelope.get("details", raw_detail if not isinstance(raw_detail, str) else None))
        request_id = _text(envelope.get("request_id"))
    else:
        excerpt = _excerpt(response)
    request_id = request_id or header_request_id(response.headers)

    summary = f"{status} {response.reason_phrase}".strip()
    parts = [summary]
    if error_code:
        parts.append(f"[{error_code}]")
    if message:
        parts.append(message)
    elif excerpt:
        parts.append(f"(body: {excerpt!r})")
    if isinstance(details, Mapping) and details:
        fields = "; ".join(f"{field}: {_details_text(problems)}" for field, problems in details.items())
        parts.append(f"({fields})")
    request = response.request
    parts.append(f"on {request.method} {safe_url(request.url)}")
    if request_id:
        parts.append(f"(request id {request_id})")

    return _status_class(status)(
        scrub_text(" ".join(parts)),
        response=response,
        error_code=error_code and scrub_text(error_code),
        details=details,
        request_id=request_id,
        body_excerpt=excerpt,
    )


def undecodable_body(response: httpx.Response, error: ValueError) -> APIResponseValidationError:
    """The error for a success `response` (read) whose body `error` says is not JSON."""
    excerpt = _excerpt(response)
    request_id = header_request_id(response.headers)
    request = response.request
    what = "an empty body" if not response.content else f"a body that is not JSON ({type(error).__name__})"
    parts = [f"{response.status_code} {response.reason_phrase}".strip(), f"with {what}"]
    if excerpt:
        parts.append(f"(body: {excerpt!r})")
    parts.append(f"on {request.method} {safe_url(request.url)}")
    if request_id:
        parts.append(f"(request id {request_id})")
    return APIResponseValidationError(
        " ".join(parts), response=response, request_id=request_id, body_excerpt=excerpt
    )


def _excerpt(response: httpx.Response) -> str | None:
    """The start of the body as one line of text, secrets scrubbed; None if empty."""
    text = scrub_text(response.content.decode("utf-8", errors="replace"))
    return " ".join(text.split())[:EXCERPT_LENGTH] or None


def error_from_transport(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The typed error for an httpx transport `error` raised while sending `request`."""
    # The httpx error stays the cause, to tell what failed; the request it keeps loses its credentials.
    error.request = safe_request(request)
    detail = scrub_text(str(error))
    cause = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    where = f"{request.method} {safe_url(request.url)}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"no answer in time ({cause}) on {where}", request=request)
    return APIConnectionError(f"no answer ({cause}) on {where}", request=request)


def _details_text(problems: Any) -> str:
    if isinstance(problems, list):
        return ", ".join(str(problem) for problem in problems)
    return str(problems)
