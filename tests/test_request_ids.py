"""Thred's request id of every answer is reachable: on `sync_detailed`'s Response, on each Page of a walk,
and in the log line; and calls work, making no span, when OpenTelemetry cannot be imported."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from thred_client import apaginate_pages, paginate_pages
from thred_client.api.invoices import list_invoices
from thred_client.log import LOGGER_NAME
from thred_client.types import Response

from tests.client_support import sandbox_client
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox
from tests.sandbox.errors import request_id

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=19, invoices=45, credits=2)) as running:
        yield running


def served_ids(sandbox: Sandbox, operation: str = "list_invoices") -> list[str]:
    """The request id the stand-in gave each request of `operation`, in order."""
    return [request_id(record.serial) for record in sandbox.log.records(operation)]


def test_a_detailed_response_names_its_request(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)
    response = list_invoices.sync_detailed(UUID(sandbox.business_id), client=client, page_size=1)
    assert response.request_id == served_ids(sandbox)[-1]


def test_a_response_without_one_says_none() -> None:
    assert Response(200, b"{}", {}, None).request_id is None  # type: ignore[arg-type]
    assert Response(200, b"{}", {"X-Request-Id": "abc"}, None).request_id == "abc"  # type: ignore[arg-type]


def test_each_page_of_a_walk_names_its_request(sandbox: Sandbox) -> None:
    client = sandbox_client(sandbox)
    business = UUID(sandbox.business_id)
    pages = list(paginate_pages(list_invoices, client=client, business_id=business, page_size=10))
    assert [page.request_id for page in pages] == served_ids(sandbox)
    sandbox.log.clear()

    async def main() -> list[str | None]:
        try:
            walk = apaginate_pages(
                list_invoices, client=client, business_id=business, page_size=10, concurrency=3
            )
            return [page.request_id async for page in walk]
        finally:
            await client.aclose()

    ids = asyncio.run(main())
    assert sorted(ids, key=str) == sorted(served_ids(sandbox))
    assert len(set(ids)) == len(ids) == 5


def test_the_log_line_names_the_request(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    client = sandbox_client(sandbox)
    list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=1)
    (line,) = [record for record in caplog.records if "/invoices/" in str(getattr(record, "thred_url", ""))]
    expected = served_ids(sandbox)[-1]
    assert line.thred_request_id == expected  # type: ignore[attr-defined]
    assert line.getMessage().endswith(f"(retries: 0, request id {expected})")


ABSENT = textwrap.dedent(
    """
    import sys
    sys.modules["opentelemetry"] = None  # as if not installed: every import of it fails
    from thred_client import ThredClient, paginate, _tracing
    from thred_client.api.invoices import list_invoices

    client = ThredClient(base_url=sys.argv[1], token=sys.argv[2])
    page = list_invoices.sync_detailed(sys.argv[3], client=client, page_size=5)
    records = sum(1 for _ in paginate(list_invoices, client=client, business_id=sys.argv[3], page_size=20))
    assert page.status_code == 200 and page.request_id, page
    assert _tracing.tracer() is None and _tracing._api is None
    assert not [name for name in sys.modules if name.startswith("opentelemetry.")]
    print(records)
    """
)


def test_calls_work_without_opentelemetry_and_make_no_span(sandbox: Sandbox) -> None:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", ABSENT, sandbox.base_url, sandbox.mint_token(), sandbox.business_id],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(sandbox.business.invoices)
    assert sandbox.log.count("list_invoices") == 1 + 3
