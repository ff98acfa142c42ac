"""What errors keep is scrubbed: credential headers, token values in bodies, every secret the client met."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest
from thred_client._redact import (
    REDACTED,
    remember,
    safe_request,
    safe_response,
    scrub,
    scrub_json,
    scrub_text,
)

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJwYXJ0bmVyX2lkIjoiMSJ9.c2lnbmF0dXJlLXZhbHVl"


@pytest.mark.parametrize(
    "text",
    [
        json.dumps({"access_token": "opaque-token-value-1", "expires_in": 3600}),
        '{"access_token" : "opaque-token-value-1"',  # cut short
        "grant_type=client_credentials&client_secret=opaque-token-value-1",
        "Authorization: Bearer opaque-token-value-1",
        f"token {JWT} refused",
        f"<html><body>{JWT[:40]}</body></html>",  # part of a JWT
    ],
)
def test_credentials_are_scrubbed_wherever_they_appear(text: str) -> None:
    cleaned = scrub_text(text)
    assert "opaque-token-value-1" not in cleaned and "eyJ" not in cleaned
    assert REDACTED in cleaned


def test_words_that_merely_name_a_scheme_stay() -> None:
    text = 'HTTP Basic authentication required; {"token_type": "Bearer"}'
    assert scrub_text(text) == text


def test_a_remembered_secret_is_scrubbed_in_any_shape() -> None:
    remember("k3y-only-this-process-knows")
    assert scrub_text("the key k3y-only-this-process-knows is wrong") == f"the key {REDACTED} is wrong"
    remember("short")  # too common to scrub
    assert scrub_text("a short text") == "a short text"


def test_bytes_without_secrets_are_the_same_object() -> None:
    content = b'{"results": []}'
    assert scrub(content) is content


def test_json_members_named_like_secrets_are_redacted() -> None:
    value = {"details": {"api_key": ["wrong"], "page_size": ["too big"]}, "list": [{"password": "p"}]}
    assert scrub_json(value) == {
        "details": {"api_key": REDACTED, "page_size": ["too big"]},
        "list": [{"password": REDACTED}],
    }


def test_a_kept_request_has_no_credentials() -> None:
    request = httpx.Request(
        "POST",
        "https://user:pass@api.example.test/v1/platform/oauth2/token/?page=2",
        headers={"Authorization": "Basic dXNlcjpwYXNz", "Cookie": "session=1", "X-Request-Id": "r-1"},
        content=b"client_secret=opaque-token-value-1",
    )
    safe = safe_request(request)
    assert safe.headers["authorization"] == REDACTED and safe.headers["cookie"] == REDACTED
    assert safe.headers["x-request-id"] == "r-1"
    assert safe.url.userinfo == b"" and safe.url.params["page"] == "2"
    assert b"opaque-token-value-1" not in safe.content
    assert request.headers["authorization"] == "Basic dXNlcjpwYXNz"  # the original is left alone


def test_a_kept_response_reads_as_the_original_did() -> None:
    body = json.dumps({"access_token": "opaque-token-value-1", "expires_in": 60}).encode()
    request = httpx.Request("POST", "https://api.example.test/", headers={"Authorization": "Bearer x.y.z1"})
    response = httpx.Response(
        202,
        headers={"Content-Encoding": "gzip", "Set-Cookie": "a=b", "Content-Type": "application/json"},
        content=gzip.compress(body),
        request=request,
    )
    response.read()
    safe = safe_response(response)
    assert safe.status_code == 202 and safe.reason_phrase == "Accepted"
    assert safe.json() == {"access_token": REDACTED, "expires_in": 60}
    assert safe.headers["set-cookie"] == REDACTED and "content-encoding" not in safe.headers
    assert safe.request.headers["authorization"] == REDACTED
