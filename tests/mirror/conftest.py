"""Fixtures of the mirror's tests: a stand-in with records to change, and a real database of each kind.

Every test that takes `database` runs twice: on a SQLite file and on a fresh database of a real
PostgreSQL server (started once for the session, see `postgres.py`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from thred_client import ThredClient
from thred_client.mirror import Mirror

from tests.mirror.postgres import PostgresUnavailable, create_database, drop_database, postgres_server
from tests.sandbox import SandboxConfig, running_sandbox
from tests.sandbox.server import Sandbox


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """The URL of the session's PostgreSQL server."""
    try:
        with postgres_server() as url:
            yield url
    except PostgresUnavailable as error:
        if os.environ.get("CI"):
            raise  # CI installs PostgreSQL (.ci/run): its absence is a failure there
        pytest.skip(str(error))


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for the mirror: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mirror.db'}"
        return
    url = create_database(request.getfixturevalue("postgres"))
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture
def stand_in() -> Iterator[Sandbox]:
    """A stand-in of its own for each test: its records are changed by the tests."""
    with running_sandbox(SandboxConfig(seed=3, invoices=450, credits=130)) as running:
        yield running


@pytest.fixture
def client(stand_in: Sandbox) -> Iterator[ThredClient]:
    """A partner-token client of the stand-in, which reads every business of its partner."""
    with ThredClient(
        base_url=stand_in.base_url, partner_id=stand_in.partner_id, api_key=stand_in.api_key
    ) as made:
        yield made


@pytest.fixture
def mirror(database: str) -> Iterator[Mirror]:
    with Mirror(database) as made:
        yield made


def mirrored(mirror: Mirror, business_id: str, kind: str) -> dict[str, Any]:
    """The records the mirror holds as listed, by id, as their JSON."""
    rows = mirror.records(business_id, kind)  # type: ignore[arg-type]
    return {row["id"]: json.loads(row["record"]) for row in rows}


def assert_mirrors(mirror: Mirror, stand_in: Sandbox, business_id: str | None = None) -> None:
    """The mirror holds exactly the records the stand-in lists now, of both kinds, as it serves them."""
    business = business_id or stand_in.business_id
    invoices = mirrored(mirror, business, "invoices")
    served = stand_in.mutations.invoices(business)
    assert invoices.keys() == served.keys()
    assert invoices == served
    credits = mirrored(mirror, business, "customer_credits")
    assert credits == stand_in.mutations.credits(business)
