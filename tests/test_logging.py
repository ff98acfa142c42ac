"""Logging: one line per request when asked for, silence otherwise, and never a secret anywhere."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import httpx
import pytest
from thred_client import RetryPolicy, RetryTransport, ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.log import LOGGER_NAME, configure_from_env, logger

from tests.client_support import HeaderRecorder, Sleeps, sandbox_client
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox

ROOT = Path(__file__).resolve().parent.parent
BUSINESS_ID = UUID("d1a18143-3c57-48b0-ac36-d95eeffd6c94")
TOKEN = "st4tic-t0ken-value"


def mock_client(*statuses: int, sleeps: Sleeps | None = None) -> ThredClient:
    answers = list(statuses)

    def server(request: httpx.Request) -> httpx.Response:
        status = answers.pop(0) if len(answers) > 1 else answers[0]
        return httpx.Response(
            status,
            json={
                "count": 0,
                "page_info": {"total_count": 0, "current_page": 1, "total_pages": 0, "page_size": 20},
                "results": [],
            }
            if status == 200
            else {"error": "scripted"},
        )

    sleeps = sleeps or Sleeps()
    transport = RetryTransport(httpx.MockTransport(server), sleep=sleeps, async_sleep=sleeps.asleep)
    return ThredClient(base_url="https://api.example.test", token=TOKEN, transport=transport)


def request_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER_NAME and hasattr(r, "thred_outcome")]


def test_each_request_is_one_info_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    list_invoices.sync(BUSINESS_ID, client=mock_client(200), page_size=7, memo="private memo")
    (record,) = request_records(caplog)
    url = f"https://api.example.test/v1/platform/businesses/{BUSINESS_ID}/invoices/"
    assert record.levelno == logging.INFO
    assert record.getMessage().startswith(f"GET {url} -> 200 in ")
    assert record.getMessage().endswith("(retries: 0)")
    assert (record.thred_method, record.thred_url, record.thred_outcome) == ("GET", url, "200")  # type: ignore[attr-defined]
    assert record.thred_retries == 0 and record.thred_duration >= 0  # type: ignore[attr-defined]
    # The query string is the caller's data, not the log's.
    assert "private" not in caplog.text and "page_size" not in caplog.text


def test_retries_are_counted_on_the_line_and_told_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    list_invoices.sync(BUSINESS_ID, client=mock_client(503, 429, 200))
    (record,) = request_records(caplog)
    assert record.thred_retries == 2  # type: ignore[attr-defined]
    assert "-> 200" in record.getMessage() and "(retries: 2)" in record.getMessage()
    retries = [
        r.getMessage() for r in caplog.records if "retry" in r.getMessage() and r.levelno == logging.DEBUG
    ]
    assert len(retries) == 2
    assert "-> 503, retry 1 of 2" in retries[0] and "-> 429, retry 2 of 2" in retries[1]


def test_a_failed_request_is_logged_with_its_outcome(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    with pytest.raises(Exception):  # noqa: B017 (the class is another test's business)
        list_invoices.sync(BUSINESS_ID, client=mock_client(404))
    (record,) = request_records(caplog)
    assert record.thred_outcome == "404"  # type: ignore[attr-defined]


def test_the_library_is_silent_unless_asked(caplog: pytest.LogCaptureFixture) -> None:
    assert any(isinstance(handler, logging.NullHandler) for handler in logger.handlers)
    assert configure_from_env({}) is None
    with pytest.warns(UserWarning, match="THRED_LOG='verbose' is not one of debug, info"):
        assert configure_from_env({"THRED_LOG": "verbose"}) is None
    assert not [h for h in logger.handlers if not isinstance(h, logging.NullHandler)]


@pytest.fixture
def restore_logger() -> Iterator[None]:
    handlers, level = list(logger.handlers), logger.level
    root_handlers = list(logging.getLogger().handlers)
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)
    assert logging.getLogger().handlers == root_handlers


@pytest.mark.usefixtures("restore_logger")
@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_thred_log_attaches_one_stderr_handler_to_the_package_logger(value: str, level: int) -> None:
    root_handlers = list(logging.getLogger().handlers)
    handler = configure_from_env({"THRED_LOG": value})
    assert isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr
    assert logger.level == level
    assert configure_from_env({"THRED_LOG": value}) is handler
    assert logger.handlers.count(handler) == 1
    assert logging.getLogger().handlers == root_handlers


_SCRIPT = """
import logging, httpx
from thred_client import ThredClient
from thred_client.api.invoices import list_invoices
page = {"count": 0, "page_info": {}, "results": []}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=page))
client = ThredClient(base_url="https://api.example.test", token="abc", transport=transport)
list_invoices.sync("d1a18143-3c57-48b0-ac36-d95eeffd6c94", client=client)
assert not logging.getLogger().handlers, "the root logger was configured"
"""


@pytest.mark.parametrize("value", [None, "info"])
def test_thred_log_in_a_fresh_process(value: str | None) -> None:
    env = {key: val for key, val in os.environ.items() if key != "THRED_LOG"}
    if value is not None:
        env["THRED_LOG"] = value
    env["PYTHONPATH"] = str(ROOT / "generated")
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0, result.stderr
    if value is None:
        assert result.stderr == ""
    else:
        assert "thred_client INFO GET https://api.example.test/v1/platform/businesses/" in result.stderr
        assert "-> 200 in" in result.stderr


# -- no secret anywhere ----------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=4, invoices=3, credits=1)) as running:
        yield running


def _texts_of(error: BaseException) -> list[str]:
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


def test_no_secret_reaches_logs_errors_or_reprs(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's, httpcore's
    recorder = HeaderRecorder()
    client = sandbox_client(sandbox, business=True, transport=recorder)
    texts = [repr(client), repr(client.get_httpx_client().auth), repr(client.get_httpx_client())]
    errors: list[BaseException] = []

    def attempt(call_client: ThredClient, business_id: str = sandbox.business_id) -> None:
        try:
            list_invoices.sync(UUID(business_id), client=call_client)
        except Exception as error:
            errors.append(error)

    attempt(client)
    sandbox.faults.expire_tokens()  # renewal after a 401
    attempt(client)
    sandbox.faults.script(["503", "502:html", "502:html", "502:html"], operation="list_invoices")
    attempt(client)
    attempt(client, sandbox.foreign_business_id)
    attempt(client, "00000000-0000-4000-8000-000000000404")

    async def in_async() -> None:
        try:
            await list_invoices.asyncio(UUID(sandbox.business_id), client=client)
        finally:
            await client.aclose()

    asyncio.run(in_async())
    wrong = ThredClient(
        base_url=sandbox.base_url, partner_id=sandbox.partner_id, api_key="wr0ng-api-key", transport=recorder
    )
    attempt(wrong)
    texts += [repr(wrong)]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    attempt(ThredClient(base_url=f"http://127.0.0.1:{port}", token=TOKEN, retry=RetryPolicy(max_retries=0)))

    assert len(errors) == 5, errors  # 502, 403, 404, wrong key, refused
    for error in errors:
        texts += _texts_of(error)
    texts += [caplog.text] + [record.getMessage() for record in caplog.records]
    secrets = recorder.secrets() | {sandbox.api_key, "wr0ng-api-key", TOKEN}
    # Partner tokens twice, business tokens twice, two Basic credentials: the scan has something to find.
    assert len(recorder.authorizations) >= 6
    leaks = sorted({secret for secret in secrets for text in texts if secret in text})
    assert leaks == []
