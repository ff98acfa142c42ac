"""Setting up `ThredClient`: environments, the https rule, env vars, timeouts, and its place among clients."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Generator, Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from thred_client import DEFAULT_TIMEOUT, SANDBOX_URL, AuthenticatedClient, RetryPolicy, ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.auth import StaticToken, TokenAuth
from thred_client.models import InvoicePage

from tests.client_support import EMPTY_PAGE
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox

PARTNER_ID = "6f1c1d52-8a43-4c8e-9d0b-2f6e4b7a9c10"
BUSINESS_ID = UUID("d1a18143-3c57-48b0-ac36-d95eeffd6c94")


def test_the_sandbox_is_the_named_default_environment() -> None:
    assert SANDBOX_URL == "https://sandbox.thredfi.com"
    assert ThredClient(partner_id=PARTNER_ID, api_key="k").base_url == SANDBOX_URL
    assert ThredClient(environment="sandbox", token="t").base_url == SANDBOX_URL


def test_any_other_base_url_is_explicit() -> None:
    assert ThredClient(base_url="https://api.example.test/", token="t").base_url == "https://api.example.test"
    with pytest.raises(ValueError, match="unknown environment 'production'"):
        ThredClient(environment="production", token="t")
    with pytest.raises(ValueError, match="not both"):
        ThredClient(environment="sandbox", base_url="https://api.example.test", token="t")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.8.9.10",
        "http://localhost:8000",
        "http://LOCALHOST",
        "http://[::1]:8000",
    ],
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert ThredClient(base_url=url, token="t").base_url == url


@pytest.mark.parametrize(
    "url",
    [
        "http://sandbox.thredfi.com",
        "http://10.0.0.1",
        "http://192.168.1.20:8000",
        "http://localhost.example.com",
        "http://[::2]",
        "ftp://sandbox.thredfi.com",
    ],
)
def test_plain_http_is_refused_elsewhere(url: str) -> None:
    with pytest.raises(ValueError, match="http"):
        ThredClient(base_url=url, token="t")


def test_credentials_are_checked_at_once() -> None:
    with pytest.raises(ValueError, match="partner_id and api_key, or a ready-made token"):
        ThredClient()
    with pytest.raises(ValueError, match="partner_id and api_key, or a ready-made token"):
        ThredClient(partner_id=PARTNER_ID)
    with pytest.raises(ValueError, match="not both"):
        ThredClient(token="t", partner_id=PARTNER_ID, api_key="k")
    with pytest.raises(ValueError, match="partner_id must be a UUID"):
        ThredClient(partner_id="partner-7", api_key="k")
    with pytest.raises(ValueError, match="business_id must be a UUID"):
        ThredClient(partner_id=PARTNER_ID, api_key="k", business_id="acme")
    with pytest.raises(ValueError, match="httpx_args"):
        ThredClient(token="t", httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200))})


def test_from_env_reads_the_thred_variables() -> None:
    client = ThredClient.from_env(
        {
            "THRED_BASE_URL": "https://api.example.test",
            "THRED_PARTNER_ID": PARTNER_ID,
            "THRED_API_KEY": "k",
            "THRED_BUSINESS_ID": str(BUSINESS_ID),
        }
    )
    assert client.base_url == "https://api.example.test"
    assert client.business_id == BUSINESS_ID
    assert "business token" in repr(client)

    client = ThredClient.from_env({"THRED_TOKEN": "t"}, max_retries=5)
    assert client.base_url == SANDBOX_URL
    assert client.business_id is None
    assert client.retry_policy.max_retries == 5


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "set THRED_PARTNER_ID and THRED_API_KEY, or THRED_TOKEN"),
        ({"THRED_PARTNER_ID": PARTNER_ID}, "set THRED_PARTNER_ID and THRED_API_KEY, or THRED_TOKEN"),
        ({"THRED_TOKEN": "t", "THRED_API_KEY": "k"}, "not both"),
        ({"THRED_TOKEN": "t", "THRED_BASE_URL": "http://sandbox.thredfi.com"}, "refusing plain http"),
    ],
)
def test_from_env_says_what_is_missing(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ThredClient.from_env(environ)


def test_the_timeout_is_finite_by_default_and_set_per_client() -> None:
    assert DEFAULT_TIMEOUT.read == 30 and DEFAULT_TIMEOUT.connect == 10
    default = ThredClient(token="t")
    assert default.timeout == DEFAULT_TIMEOUT
    assert default.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert default.get_async_httpx_client().timeout == DEFAULT_TIMEOUT
    quick = ThredClient(token="t", timeout=2.5)
    assert quick.get_httpx_client().timeout == httpx.Timeout(2.5)
    with pytest.raises(ValueError, match="finite"):
        ThredClient(token="t", timeout=None)  # type: ignore[arg-type]


def test_retry_settings() -> None:
    assert ThredClient(token="t").retry_policy == RetryPolicy(max_retries=2)
    assert ThredClient(token="t", max_retries=0).retry_policy.max_retries == 0
    policy = RetryPolicy(max_retries=4, max_wait=5.0)
    assert ThredClient(token="t", retry=policy).retry_policy == policy
    assert ThredClient(token="t", retry=policy, max_retries=1).retry_policy.max_wait == 5.0


def test_it_is_an_authenticated_client_every_generated_operation_accepts() -> None:
    client = ThredClient(token="t")
    assert isinstance(client, AuthenticatedClient)
    annotation = inspect.signature(list_invoices.sync).parameters["client"].annotation
    assert "AuthenticatedClient" in str(annotation)


def test_derived_clients_share_the_tokens_and_the_connections() -> None:
    client = ThredClient(partner_id=PARTNER_ID, api_key="k", business_id=BUSINESS_ID, max_retries=4)
    derived = client.with_headers({"X-Trace": "1"})
    assert isinstance(derived, ThredClient)
    assert derived.get_httpx_client().auth is client.get_httpx_client().auth
    assert derived.retry_policy.max_retries == 4
    assert derived.business_id == client.business_id
    assert derived.get_httpx_client().headers["X-Trace"] == "1"
    timed = client.with_timeout(httpx.Timeout(3.0))
    assert isinstance(timed, ThredClient)
    assert timed.timeout == httpx.Timeout(3.0)


def test_a_custom_auth_is_used_as_given() -> None:
    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["X-Key"])
        return httpx.Response(
            200,
            json=EMPTY_PAGE,
        )

    class KeyAuth(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
            request.headers["X-Key"] = "abc"
            yield request

    client = ThredClient(
        base_url="https://api.example.test", auth=KeyAuth(), transport=httpx.MockTransport(server)
    )
    list_invoices.sync(BUSINESS_ID, client=client)
    assert seen == ["abc"]
    with pytest.raises(ValueError, match="only one"):
        ThredClient(auth=KeyAuth(), token="t")


def test_a_ready_made_token_is_sent_with_the_configured_prefix() -> None:
    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(
            200,
            json=EMPTY_PAGE,
        )

    transport = httpx.MockTransport(server)
    list_invoices.sync(BUSINESS_ID, client=ThredClient(token="abc", transport=transport))
    list_invoices.sync(BUSINESS_ID, client=ThredClient(token="abc", prefix="", transport=transport))
    assert seen == ["Bearer abc", "abc"]
    assert isinstance(ThredClient(token="abc").get_httpx_client().auth, TokenAuth)
    with pytest.raises(ValueError):
        StaticToken("")


def test_a_user_agent_names_the_package() -> None:
    headers = ThredClient(token="t").get_httpx_client().headers
    assert headers["User-Agent"].startswith("thred-client/")
    custom = ThredClient(token="t", headers={"User-Agent": "mine/1"}).get_httpx_client().headers
    assert custom["User-Agent"] == "mine/1"


# -- against the stand-in --------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=9, invoices=3, credits=1)) as running:
        yield running


def test_one_line_set_up_serves_sync_and_async_calls(sandbox: Sandbox) -> None:
    client = ThredClient(
        base_url=sandbox.base_url,
        partner_id=sandbox.partner_id,
        api_key=sandbox.api_key,
        business_id=sandbox.business_id,
    )
    assert client.business_id is not None
    with client:
        page = list_invoices.sync(client.business_id, client=client)
        assert isinstance(page, InvoicePage) and page.count == 3
        assert list_invoices.sync_detailed(client.business_id, client=client).status_code == 200

    async def main() -> Any:
        async with client:
            return await list_invoices.asyncio(UUID(sandbox.business_id), client=client)

    page = asyncio.run(main())
    assert isinstance(page, InvoicePage) and page.count == 3


def test_from_env_against_the_sandbox(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THRED_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("THRED_PARTNER_ID", sandbox.partner_id)
    monkeypatch.setenv("THRED_API_KEY", sandbox.api_key)
    monkeypatch.setenv("THRED_BUSINESS_ID", sandbox.business_id)
    monkeypatch.delenv("THRED_TOKEN", raising=False)
    client = ThredClient.from_env()
    assert isinstance(list_invoices.sync(UUID(sandbox.business_id), client=client), InvoicePage)
