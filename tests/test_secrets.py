"""No secret in anything an error exposes: each error path of the client, sync and async, against the
stand-in, with every credential and token of the exchange planted and looked for everywhere."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import warnings
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from uuid import UUID

import httpx
import pytest
from thred_client import RetryPolicy, RetryTransport, ThredClient, apaginate, paginate
from thred_client.api.invoices import list_invoices
from thred_client.errors import ThredError

from tests.client_support import HeaderRecorder, Sleeps
from tests.sandbox import Fault, Sandbox, SandboxConfig, running_sandbox

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
PLANTED_TOKEN = "planted-static-token-4f1c2e9a7b"
PLANTED_KEY = "planted-wrong-api-key-8d2b6c1e"


class SecretRecorder(HeaderRecorder):
    """A real transport noting every credential header sent and every token value answered."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens: set[str] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self._note_tokens(response.content)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        await response.aread()
        self._note_tokens(response.content)
        return response

    def _note_tokens(self, content: bytes) -> None:
        try:
            body = json.loads(content)
        except ValueError:
            return
        if isinstance(body, dict) and isinstance(body.get("access_token"), str):
            self.tokens.add(body["access_token"])


def exposed(value: Any, seen: set[int] | None = None, depth: int = 0) -> Iterator[str]:
    """Every text reachable from `value`: messages, reprs, arguments, attributes, notes, causes,
    and the headers and bodies of requests and responses."""
    seen = set() if seen is None else seen
    if id(value) in seen or depth > 8 or value is None:
        return
    seen.add(id(value))
    deeper = depth + 1
    if isinstance(value, str):
        yield value
    elif isinstance(value, bytes):
        yield value.decode("utf-8", errors="replace")
    elif isinstance(value, bool | int | float):
        return
    elif isinstance(value, BaseException):
        yield str(value)
        yield repr(value)
        for part in (
            value.args,
            vars(value),
            getattr(value, "__notes__", None),
            value.__cause__,
            value.__context__,
        ):
            yield from exposed(part, seen, deeper)
    elif isinstance(value, httpx.Request):
        yield value.method
        yield str(value.url)
        yield from exposed(value.headers, seen, deeper)
        with contextlib.suppress(httpx.RequestNotRead):
            yield from exposed(value.content, seen, deeper)
    elif isinstance(value, httpx.Response):
        yield from exposed(value.headers, seen, deeper)
        with contextlib.suppress(httpx.ResponseNotRead):
            yield from exposed(value.content, seen, deeper)
        with contextlib.suppress(RuntimeError):
            yield from exposed(value.request, seen, deeper)
    elif isinstance(value, httpx.Headers):
        for name, item in value.multi_items():
            yield f"{name}: {item}"
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from exposed(key, seen, deeper)
            yield from exposed(item, seen, deeper)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from exposed(item, seen, deeper)
    else:
        yield repr(value)
        if hasattr(value, "__dict__"):
            yield from exposed(vars(value), seen, deeper)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=7, invoices=12, credits=2)) as running:
        yield running


def client_for(sandbox: Sandbox, recorder: SecretRecorder, **options: Any) -> ThredClient:
    retrying = RetryTransport(
        recorder, policy=RetryPolicy(max_retries=1), sleep=Sleeps(), async_sleep=Sleeps().asleep
    )
    credentials: dict[str, Any] = {"partner_id": sandbox.partner_id, "api_key": sandbox.api_key}
    if "token" in options or "api_key" in options:
        credentials = {}
    return ThredClient(base_url=sandbox.base_url, transport=retrying, **credentials, **options)


# Each path: what to set up on the stand-in, and how to make the client.
Setup = Callable[[Sandbox], None]
PATHS: dict[str, tuple[Setup, dict[str, Any]]] = {
    "token answered with an undocumented success status": (
        lambda s: s.faults.script([Fault.restatus(202)], operation="partner_token"),
        {},
    ),
    "token answer cut short": (
        lambda s: s.faults.script([Fault.undecodable("truncated")], operation="partner_token"),
        {},
    ),
    "business token answer cut short": (
        lambda s: s.faults.script([Fault.undecodable("truncated")], operation="business_token"),
        {"business_id": "main"},
    ),
    "business token refused for another partner's business": (lambda s: None, {"business_id": "foreign"}),
    "wrong API key": (lambda s: None, {"partner_id": "main", "api_key": PLANTED_KEY}),
    "invalid ready-made token": (lambda s: None, {"token": PLANTED_TOKEN}),
    "token endpoint failing": (
        lambda s: s.faults.outage(Fault.server_error(503), 5.0, operation="partner_token"),
        {},
    ),
    "list answered 503 as HTML": (
        lambda s: s.faults.script(["503:html", "503:html"], operation="list_invoices"),
        {},
    ),
    "list answered 503 in JSON": (lambda s: s.faults.script(["503", "503"], operation="list_invoices"), {}),
    "list answer not JSON": (
        lambda s: s.faults.script([Fault.undecodable("html")], operation="list_invoices"),
        {},
    ),
    "connection dropped": (lambda s: s.faults.script(["drop", "drop"], operation="list_invoices"), {}),
    "answer cut off on the wire": (
        lambda s: s.faults.script(["truncate", "truncate"], operation="list_invoices"),
        {},
    ),
    "no answer in time": (
        lambda s: s.faults.script(["stall:seconds=5", "stall:seconds=5"], operation="list_invoices"),
        {"timeout": 0.3},
    ),
    "page past the end": (lambda s: None, {"page": 99}),
}


def resolve(sandbox: Sandbox, options: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The client's options and the call's parameters, with the placeholders filled in."""
    options = dict(options)
    params = {"page": options.pop("page")} if "page" in options else {}
    business = options.get("business_id")
    if business is not None:
        options["business_id"] = sandbox.business_id if business == "main" else sandbox.foreign_business_id
    if options.get("partner_id") == "main":
        options["partner_id"] = sandbox.partner_id
    return options, params


@MODES
@pytest.mark.parametrize("path", list(PATHS))
def test_no_error_exposes_a_secret(
    sandbox: Sandbox, mode: str, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    setup, raw_options = PATHS[path]
    options, params = resolve(sandbox, raw_options)
    recorder = SecretRecorder()
    client = client_for(sandbox, recorder, **options)
    setup(sandbox)
    caplog.set_level(logging.DEBUG, logger="thred_client")
    business = UUID(sandbox.business_id)

    with warnings.catch_warnings(record=True) as caught_warnings:
        warnings.simplefilter("always")
        with pytest.raises(ThredError) as caught:
            if mode == "sync":
                list_invoices.sync(business, client=client, page_size=5, **params)
            else:

                async def main() -> None:
                    try:
                        await list_invoices.asyncio(business, client=client, page_size=5, **params)
                    finally:
                        await client.aclose()

                asyncio.run(main())

    key = options.get("api_key", sandbox.api_key)
    basic = base64.b64encode(f"{options.get('partner_id', sandbox.partner_id)}:{key}".encode()).decode()
    secrets = {key, basic, PLANTED_TOKEN, *recorder.secrets(), *recorder.tokens}
    assert recorder.authorizations, "the exchange sent credentials"
    texts = list(exposed(caught.value))
    texts += [record.getMessage() for record in caplog.records]
    texts += [text for record in caplog.records for text in exposed(vars(record))]
    texts += [str(warning.message) for warning in caught_warnings]
    leaks = {secret[:12] for secret in secrets for text in texts if secret in text}
    assert not leaks, f"{type(caught.value).__name__} exposes secrets starting {sorted(leaks)}"


def test_the_scan_finds_a_planted_secret() -> None:
    """The scan itself: a secret in a header of a kept request, in a note, in a cause, is found."""
    request = httpx.Request("GET", "https://x.test/", headers={"Authorization": "Bearer s3cret-value"})
    inner = ValueError("inner")
    inner.request = request  # type: ignore[attr-defined]
    outer = RuntimeError("outer")
    outer.__cause__ = inner
    assert any("s3cret-value" in text for text in exposed(outer))
    noted = RuntimeError("plain")
    noted.add_note("held s3cret-value")
    assert any("s3cret-value" in text for text in exposed(noted))


@MODES
def test_no_error_of_a_list_walk_exposes_a_secret(
    sandbox: Sandbox, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = SecretRecorder()
    client = client_for(sandbox, recorder)
    sandbox.faults.script(["503:html", "503:html"], operation="list_invoices")
    caplog.set_level(logging.DEBUG, logger="thred_client")
    business = UUID(sandbox.business_id)
    with pytest.raises(ThredError) as caught:
        if mode == "sync":
            list(paginate(list_invoices, client=client, business_id=business, page_size=5))
        else:

            async def main() -> None:
                try:
                    async for _ in apaginate(list_invoices, client=client, business_id=business, page_size=5):
                        pass
                finally:
                    await client.aclose()

            asyncio.run(main())
    basic = base64.b64encode(f"{sandbox.partner_id}:{sandbox.api_key}".encode()).decode()
    secrets = {sandbox.api_key, basic, *recorder.secrets(), *recorder.tokens}
    texts = [*exposed(caught.value), *(record.getMessage() for record in caplog.records)]
    assert not {secret[:12] for secret in secrets for text in texts if secret in text}
