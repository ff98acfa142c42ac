"""The scripts of examples/ run against the stand-in and report what it holds."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.sandbox import SandboxConfig, running_sandbox
from tests.sandbox.server import Sandbox

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(invoices=40, credits=15)) as running:
        yield running


def run(
    sandbox: Sandbox, script: str, *args: str, token: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "THRED_BASE_URL": sandbox.base_url,
        "THRED_TOKEN": token or sandbox.mint_token(),
        "THRED_BUSINESS_ID": sandbox.business_id,
    }
    for name in ("THRED_PARTNER_ID", "THRED_API_KEY"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / f"{script}.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result


def count(sandbox: Sandbox, url: str, **params: Any) -> int:
    """The `count` the sandbox answers a plain HTTP call with."""
    response = httpx.get(url, params=params, headers=sandbox.auth_headers())
    response.raise_for_status()
    value = response.json()["count"]
    assert isinstance(value, int)
    return value


def test_list_invoices_lists_the_filtered_page(sandbox: Sandbox) -> None:
    due_by = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).isoformat()
    expected = count(sandbox, sandbox.invoices_url(), status="sent,partially_paid", due_at_end=due_by)
    result = run(sandbox, "list_invoices")
    assert f"{min(expected, 50)} unpaid invoice(s)" in result.stderr
    assert len(result.stdout.splitlines()) == min(expected, 50)


def test_paginate_sync_walks_every_open_credit(sandbox: Sandbox) -> None:
    expected = count(sandbox, sandbox.credits_url(), status="sent,partially_applied")
    result = run(sandbox, "paginate_sync")
    assert f"{expected} open credit(s)" in result.stderr


def test_paginate_async_walks_both_lists(sandbox: Sandbox) -> None:
    result = run(sandbox, "paginate_async")
    assert f"{count(sandbox, sandbox.invoices_url())} invoice(s) for" in result.stdout
    assert f"{count(sandbox, sandbox.credits_url())} credit(s) for" in result.stdout


@pytest.mark.parametrize("case", ["ok", "unknown business", "foreign business", "bad token"])
def test_handle_errors_names_each_outcome(sandbox: Sandbox, case: str) -> None:
    if case == "ok":
        output = run(sandbox, "handle_errors").stdout
        assert re.match(
            rf"{count(sandbox, sandbox.invoices_url())} invoice\(s\), 10 on the first page", output
        )
    elif case == "unknown business":
        assert run(sandbox, "handle_errors", str(uuid.uuid4())).stdout.startswith("no business ")
    elif case == "foreign business":
        output = run(sandbox, "handle_errors", sandbox.foreign_business_id).stdout
        assert output.startswith("this token may not read business")
    else:
        assert run(sandbox, "handle_errors", token="not-a-token").stdout.startswith("check THRED_TOKEN")
