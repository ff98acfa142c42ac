"""The stand-in authenticates and authorises as Thred does (bearer tokens; 401, 403, 404) and mints tokens."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest

from tests.sandbox import Sandbox, SandboxConfig, running_sandbox
from tests.stand_in.support import envelope, partner_token

# -- authentication and authorisation --------------------------------------


@pytest.mark.parametrize("which", ["invoices", "credits"])
def test_missing_authorization_is_401_authentication_required(
    sandbox: Sandbox, client: httpx.Client, which: str
) -> None:
    url = sandbox.invoices_url() if which == "invoices" else sandbox.credits_url()
    response = client.get(url)
    assert response.status_code == 401
    assert envelope(response)[0] == "authentication_required"
    assert set(response.json()) == {"error", "error_code", "details"}


def test_bad_tokens_are_401_invalid_token(sandbox: Sandbox, client: httpx.Client) -> None:
    good = sandbox.mint_token()
    header, payload, _ = good.split(".")
    tampered_payload = (
        base64.urlsafe_b64encode(
            json.dumps({"partner_id": sandbox.foreign_partner_id, "iat": 0, "exp": 2**40}).encode()
        )
        .rstrip(b"=")
        .decode()
    )
    for token in (
        "garbage",
        f"{header}.{payload}.c2lnbmF0dXJl",
        f"{header}.{tampered_payload}.{good.split('.')[2]}",
        sandbox.mint_token(lifetime=-1),
        sandbox.mint_token(partner_id="not-a-partner"),
        "",
    ):
        # An empty token is sent as a bare "Bearer": httpx refuses a trailing space.
        authorization = f"Bearer {token}".strip()
        response = client.get(sandbox.invoices_url(), headers={"Authorization": authorization})
        assert response.status_code == 401, token
        assert envelope(response)[0] == "invalid_token", token


def test_tokens_of_other_owners_are_403(sandbox: Sandbox, client: httpx.Client) -> None:
    cases = [
        (sandbox.invoices_url(sandbox.foreign_business_id), sandbox.mint_token()),
        (sandbox.credits_url(sandbox.foreign_business_id), sandbox.mint_token()),
        (sandbox.invoices_url(), sandbox.mint_token(partner_id=sandbox.foreign_partner_id)),
        (sandbox.invoices_url(), sandbox.mint_token(sandbox.sibling_business_id)),
        (sandbox.credits_url(), sandbox.mint_token(sandbox.foreign_business_id)),
    ]
    for url, token in cases:
        response = client.get(url, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 403, url
        assert envelope(response)[0] == "permission_denied"


def test_unknown_business_is_404(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    for business in ("3c90c3cc-0d44-4b50-8888-8dd25736052a", "not-a-uuid", "12345"):
        for url in (sandbox.invoices_url(business), sandbox.credits_url(business)):
            response = client.get(url, headers=auth)
            assert response.status_code == 404, url
            assert envelope(response)[0] == "business_not_found"


def test_partner_and_business_tokens_both_list(sandbox: Sandbox, client: httpx.Client) -> None:
    for token in (sandbox.mint_token(), sandbox.mint_token(sandbox.business_id)):
        for url in (sandbox.invoices_url(), sandbox.credits_url()):
            assert client.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200
    sibling = sandbox.mint_token(sandbox.sibling_business_id)
    response = client.get(
        sandbox.invoices_url(sandbox.sibling_business_id), headers={"Authorization": f"Bearer {sibling}"}
    )
    assert response.status_code == 200 and response.json()["count"] == 12


def test_missing_trailing_slash_redirects(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]
) -> None:
    response = client.get(sandbox.invoices_url().rstrip("/"), headers=auth)
    assert response.status_code in (301, 307, 308)
    assert response.headers["location"].endswith("/invoices/")


# -- token endpoints -------------------------------------------------------


def _decode_jwt(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return decoded


def test_partner_token_form_json_and_multipart(sandbox: Sandbox, client: httpx.Client) -> None:
    fields = {"client_id": sandbox.partner_id, "grant_type": "client_credentials"}
    responses = [
        partner_token(sandbox, client),
        partner_token(sandbox, client, json=fields),
        partner_token(sandbox, client, files={k: (None, v) for k, v in fields.items()}),
    ]
    for response in responses:
        assert response.status_code == 200, response.text
        body = response.json()
        assert set(body) == {"access_token", "expires_in", "token_type"}
        assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
        claims = _decode_jwt(body["access_token"])
        assert claims["partner_id"] == sandbox.partner_id and "business_id" not in claims
        assert claims["exp"] - claims["iat"] == 3600
        listed = client.get(
            sandbox.invoices_url(), headers={"Authorization": f"Bearer {body['access_token']}"}
        )
        assert listed.status_code == 200


def test_partner_token_errors(sandbox: Sandbox, client: httpx.Client) -> None:
    missing = client.post(sandbox.partner_token_url, data={"grant_type": "client_credentials"})
    assert missing.status_code == 401 and envelope(missing)[0] == "authentication_required"
    wrong = partner_token(sandbox, client, auth=(sandbox.partner_id, "sk_wrong"))
    assert wrong.status_code == 401 and envelope(wrong)[0] == "authentication_failed"
    cases = [
        ({"client_id": sandbox.partner_id, "grant_type": "password"}, "grant_type"),
        ({"grant_type": "client_credentials"}, "client_id"),
        ({"client_id": "nope", "grant_type": "client_credentials"}, "client_id"),
        ({"client_id": sandbox.foreign_partner_id, "grant_type": "client_credentials"}, "client_id"),
    ]
    for data, param in cases:
        response = partner_token(sandbox, client, data=data)
        assert response.status_code == 400, data
        assert response.json()["error_code"] == "validation_error"
        assert list(response.json()["details"]) == [param]


def test_business_token(sandbox: Sandbox, client: httpx.Client) -> None:
    partner = sandbox.mint_token()
    response = client.post(sandbox.business_token_url(), headers={"Authorization": f"Bearer {partner}"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "scope", "business_id"}
    assert (body["token_type"], body["scope"], body["business_id"], body["expires_in"]) == (
        "Bearer",
        "business_access",
        sandbox.business_id,
        3600,
    )
    business_token = body["access_token"]
    assert _decode_jwt(business_token)["business_id"] == sandbox.business_id
    ok = client.get(sandbox.credits_url(), headers={"Authorization": f"Bearer {business_token}"})
    assert ok.status_code == 200

    def status(url: str, token: str | None) -> tuple[int, str]:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        reply = client.post(url, headers=headers)
        return reply.status_code, reply.json()["error_code"]

    assert status(sandbox.business_token_url(), None) == (401, "authentication_required")
    assert status(sandbox.business_token_url(), "x.y.z") == (401, "invalid_token")
    assert status(sandbox.business_token_url(), business_token) == (403, "permission_denied")
    assert status(sandbox.business_token_url(sandbox.foreign_business_id), partner) == (
        403,
        "permission_denied",
    )
    assert status(sandbox.business_token_url("3c90c3cc-0d44-4b50-8888-8dd25736052a"), partner) == (
        404,
        "business_not_found",
    )


def test_tokens_expire_by_the_server_clock(sandbox: Sandbox, client: httpx.Client) -> None:
    token = partner_token(sandbox, client).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    business = client.post(sandbox.business_token_url(), headers=headers).json()["access_token"]
    assert client.get(sandbox.invoices_url(), headers=headers).status_code == 200
    sandbox.faults.advance_clock(3500)
    assert client.get(sandbox.invoices_url(), headers=headers).status_code == 200
    sandbox.faults.advance_clock(100)
    for bearer in (token, business):
        expired = client.get(sandbox.invoices_url(), headers={"Authorization": f"Bearer {bearer}"})
        assert expired.status_code == 401
        assert envelope(expired) == ("invalid_token", "Token has expired.")
    fresh = partner_token(sandbox, client).json()["access_token"]
    assert client.get(sandbox.invoices_url(), headers={"Authorization": f"Bearer {fresh}"}).status_code == 200
    sandbox.faults.expire_tokens()
    assert client.get(sandbox.invoices_url(), headers={"Authorization": f"Bearer {fresh}"}).status_code == 401


def test_short_token_lifetime_is_configurable(client: httpx.Client) -> None:
    with running_sandbox(SandboxConfig(seed=1, invoices=5, credits=2, token_lifetime=60)) as small:
        body = partner_token(small, client).json()
        assert body["expires_in"] == 60
        headers = {"Authorization": f"Bearer {body['access_token']}"}
        small.faults.advance_clock(61)
        assert client.get(small.invoices_url(), headers=headers).status_code == 401


def test_token_requests_are_counted(sandbox: Sandbox, client: httpx.Client) -> None:
    before, before_partner = sandbox.log.token_requests, sandbox.log.count("partner_token")
    token = partner_token(sandbox, client).json()["access_token"]
    assert sandbox.log.token_requests == before + 1
    client.post(sandbox.business_token_url(), headers={"Authorization": f"Bearer {token}"})
    assert sandbox.log.token_requests == before + 2
    assert sandbox.log.count("partner_token") == before_partner + 1
    assert sandbox.log.count("business_token", status=200) >= 1
