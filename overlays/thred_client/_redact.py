"""Keeping secrets out of errors: scrubbed bodies and copies of requests and responses without credentials.

Two nets catch a secret. The package remembers every secret it handles (API keys, Basic credentials,
tokens it obtained or was given), and each is replaced wherever it appears. Patterns catch the rest:
JSON and form members named like a token, bearer and basic credentials, and JWTs, whatever their origin.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from typing import Any

import httpx

__all__ = ["REDACTED", "remember", "safe_request", "safe_response", "scrub", "scrub_json", "scrub_text"]

REDACTED = "[REDACTED]"

# Headers whose whole value is a credential.
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
# Headers that describe the bytes on the wire: a copy holds decoded, possibly scrubbed, content.
_FRAMING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
# The few extensions worth keeping; the rest hold the connection.
_KEPT_EXTENSIONS = ("http_version", "reason_phrase")

_SECRET_NAMES = r"access_token|refresh_token|id_token|token|api_key|apikey|client_secret|secret|password"
_SECRET_KEY = re.compile(rf"(?:{_SECRET_NAMES})", re.IGNORECASE)
_PATTERNS = (
    # "access_token": "...", as JSON writes it, with any spacing; to the end if the body was cut short.
    (re.compile(rf'("(?:{_SECRET_NAMES})"\s*:\s*)"(?:[^"\\]|\\.)*"?', re.IGNORECASE), rf'\1"{REDACTED}"'),
    # access_token=... in a form body or query.
    (re.compile(rf"\b((?:{_SECRET_NAMES})=)[^&\s\"'<>]+", re.IGNORECASE), rf"\1{REDACTED}"),
    # A credential after its scheme; one with a digit or a symbol in it, so that words such as
    # "Basic authentication" are left alone.
    (
        re.compile(r"\b(Bearer|Basic)\s+(?=[A-Za-z]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,}", re.IGNORECASE),
        rf"\1 {REDACTED}",
    ),
    # A JWT, or any part of one: base64url of a JSON object starts with "eyJ".
    (re.compile(r"\beyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*){0,2}"), REDACTED),
)

# Bounded: a long-running process renews its tokens every hour; the newest are the ones in use.
_remembered: deque[str] = deque(maxlen=256)
_lock = threading.Lock()


def remember(*secrets: str) -> None:
    """Scrub each of `secrets` from every error from now on (short values are ignored: too common)."""
    with _lock:
        for secret in secrets:
            if len(secret) >= 8 and secret not in _remembered:
                _remembered.append(secret)


def scrub_text(text: str) -> str:
    """`text` without any remembered secret or anything shaped like a credential."""
    with _lock:
        known = sorted(_remembered, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def scrub_json(value: Any) -> Any:
    """A JSON `value` with the members named like a secret redacted and every string scrubbed."""
    if isinstance(value, dict):
        return {
            key: REDACTED if isinstance(key, str) and _SECRET_KEY.fullmatch(key) else scrub_json(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [scrub_json(item) for item in value]
    return scrub_text(value) if isinstance(value, str) else value


def scrub(content: bytes) -> bytes:
    """`content` with its secrets replaced; the very same bytes when it holds none."""
    text = content.decode("utf-8", errors="replace")
    cleaned = scrub_text(text)
    return content if cleaned == text else cleaned.encode("utf-8")


def _headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [
        (name, REDACTED if name.lower() in _SECRET_HEADERS else scrub_text(value))
        for name, value in headers.multi_items()
        if name.lower() not in _FRAMING_HEADERS
    ]


def _extensions(extensions: dict[str, object]) -> dict[str, object]:
    return {key: extensions[key] for key in _KEPT_EXTENSIONS if key in extensions}


def safe_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` to keep on an error: credential headers redacted, secrets scrubbed from the
    body, no user info in the URL."""
    try:
        content = scrub(request.content)
    except httpx.RequestNotRead:
        content = b""
    return httpx.Request(
        request.method,
        request.url.copy_with(userinfo=b""),
        headers=_headers(request.headers),
        content=content,
    )


def safe_response(response: httpx.Response) -> httpx.Response:
    """A copy of the read `response` to keep on an error, as `safe_request` for its request too."""
    try:
        content = scrub(response.content)
    except httpx.ResponseNotRead:
        content = b""
    try:
        request: httpx.Request | None = safe_request(response.request)
    except RuntimeError:  # a response built by hand, without a request
        request = None
    return httpx.Response(
        response.status_code,
        headers=_headers(response.headers),
        content=content,
        request=request,
        extensions=_extensions(dict(response.extensions)),
    )
