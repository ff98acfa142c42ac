"""Thred's error envelopes and the exception that carries one."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence

from starlette.responses import Response

from .config import ErrorShape

Details = Mapping[str, Sequence[str]]

# Fixed namespace so request ids are deterministic per sandbox request number.
_REQUEST_ID_NAMESPACE = uuid.UUID("6f1c1d52-8a43-4c8e-9d0b-2f6e4b7a9c10")


class ApiError(Exception):
    """An error response in Thred's envelope.

    ``details`` maps a parameter or field name to its messages, as DRF does.
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Details | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details: dict[str, list[str]] = {key: list(values) for key, values in (details or {}).items()}
        self.headers: dict[str, str] = dict(headers or {})


def request_id(serial: int) -> str:
    """The deterministic request id of the ``serial``-th request."""
    return str(uuid.uuid5(_REQUEST_ID_NAMESPACE, str(serial)))


def envelope(
    shape: ErrorShape,
    status: int,
    code: str,
    message: str,
    details: Mapping[str, list[str]],
    serial: int,
) -> dict[str, object]:
    """The JSON body of an error in the given shape.

    ``mixed`` sends validation errors (400) in the guide shape, whose
    ``details`` is documented per field, and everything else in the reference shape.
    """
    if shape == "mixed":
        shape = "guide" if status == 400 else "reference"
    if shape == "guide":
        return {"error": message, "error_code": code, "details": dict(details)}
    return {
        "error_code": code,
        "message": message,
        "detail": dict(details),
        "request_id": request_id(serial),
    }


def json_bytes(value: object) -> bytes:
    """Compact UTF-8 JSON, the encoding of every JSON body the sandbox sends."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def error_response(shape: ErrorShape, error: ApiError, serial: int) -> Response:
    """Render ``error`` as a JSON response."""
    body = envelope(shape, error.status, error.code, error.message, error.details, serial)
    headers = {"X-Request-ID": request_id(serial), **error.headers}
    return Response(
        json_bytes(body), status_code=error.status, headers=headers, media_type="application/json"
    )
