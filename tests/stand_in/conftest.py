"""Fixtures of the stand-in's tests: one stand-in per test module, an httpx client, the seeded listings."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.sandbox import Sandbox, SandboxConfig, running_sandbox
from tests.stand_in.support import SEED, Record, fetch_all


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=SEED)) as running:
        yield running


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as http:
        yield http


@pytest.fixture
def auth(sandbox: Sandbox) -> dict[str, str]:
    return sandbox.auth_headers()


@pytest.fixture(scope="module")
def all_invoices(sandbox: Sandbox, client: httpx.Client) -> list[Record]:
    return fetch_all(client, sandbox.invoices_url(), sandbox.auth_headers())


@pytest.fixture(scope="module")
def all_credits(sandbox: Sandbox, client: httpx.Client) -> list[Record]:
    return fetch_all(client, sandbox.credits_url(), sandbox.auth_headers())
