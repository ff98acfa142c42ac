"""Every wait of the mirror's database ends: a server that never answers, a lock held elsewhere.

Each case runs in a thread given a bound well past the timeout under test, so that a wait that does
not end fails the test instead of hanging it.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from thred_client import ThredClient
from thred_client.mirror import Mirror
from thred_client.mirror.store import _KEEPALIVES

from tests.mirror.conftest import assert_mirrors
from tests.sandbox.server import Sandbox

PASSWORD = "s3cret-db-password"
# How long a case may take before it counts as hanging: several times the timeouts it sets.
BOUND = 30.0


def within(seconds: float, call: Callable[[], Any]) -> tuple[BaseException | None, float]:
    """Run `call` in a thread: what it raised (None if nothing) and how long it took; fails the test
    if it is still running after `seconds`."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:  # handed to the test
            outcome.append(error)
        else:
            outcome.append(None)

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"still waiting after {seconds:.0f} s: the wait has no end")
    return outcome[0], time.monotonic() - started


@contextmanager
def silent_server() -> Iterator[int]:
    """A port where connections are accepted (by the kernel) and never answered."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield listener.getsockname()[1]


@pytest.mark.parametrize(
    ("query", "connect_timeout"),
    [("", timedelta(seconds=2)), ("?connect_timeout=2", timedelta(hours=1))],
    ids=["the mirror's connect_timeout", "the one the URL sets, kept"],
)
def test_a_postgresql_server_that_never_answers_fails_within_the_connect_timeout(
    query: str, connect_timeout: timedelta
) -> None:
    with silent_server() as port:
        mirror = Mirror(
            f"postgresql+psycopg://mirror:{PASSWORD}@127.0.0.1:{port}/receivables{query}",
            connect_timeout=connect_timeout,
        )
        error, seconds = within(BOUND, mirror.create)
        mirror.close()
    assert isinstance(error, OperationalError), error
    assert seconds < 10, seconds
    assert PASSWORD not in str(error) and PASSWORD not in repr(error)


def test_the_mirrors_postgresql_connections_keep_alive_and_bound_their_lock_waits(postgres: str) -> None:
    with (
        Mirror(postgres, lock_timeout=timedelta(seconds=7)) as mirror,
        mirror.engine.connect() as connection,
    ):
        driver = connection.connection.driver_connection
        assert isinstance(driver, psycopg.Connection)
        parameters = driver.info.get_parameters()
        assert {name: parameters.get(name) for name in _KEEPALIVES} == {
            name: str(value) for name, value in _KEEPALIVES.items()
        }
        assert connection.exec_driver_sql("SHOW lock_timeout").scalar() == "7s"


def test_an_engine_given_to_the_mirror_keeps_its_own_postgresql_settings(postgres: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(make_url(postgres))
    try:
        with Mirror(engine).engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW lock_timeout").scalar() == "0"
    finally:
        engine.dispose()


@contextmanager
def lock_held(database: str) -> Iterator[None]:
    """Another connection holding the lock a sync's first write needs, until the block ends."""
    url = make_url(database)
    if url.get_backend_name() == "sqlite":
        writer = sqlite3.connect(str(url.database), isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        return
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as holder:
        holder.execute("LOCK TABLE thred_mirror_businesses IN ACCESS EXCLUSIVE MODE")
        try:
            yield
        finally:
            holder.rollback()


def test_a_lock_held_elsewhere_fails_the_sync_within_the_lock_timeout_and_the_next_sync_converges(
    database: str, client: ThredClient, stand_in: Sandbox
) -> None:
    with Mirror(database, lock_timeout=timedelta(seconds=1)) as mirror:
        mirror.create()
        with lock_held(database):
            error, seconds = within(BOUND, lambda: mirror.sync(client, stand_in.business_id))
        assert isinstance(error, OperationalError), error
        assert seconds < 10, seconds
        result = mirror.sync(client, stand_in.business_id)
        assert not result.skipped, result.summary()  # the failed sync let its lease go
        assert_mirrors(mirror, stand_in)


@pytest.mark.parametrize("value", [timedelta(0), timedelta(seconds=-1)])
def test_a_timeout_that_is_not_positive_is_refused(tmp_path: Path, value: timedelta) -> None:
    with pytest.raises(ValueError, match="lock_timeout must be positive"):
        Mirror(tmp_path / "mirror.db", lock_timeout=value)
    with pytest.raises(ValueError, match="connect_timeout must be positive"):
        Mirror(tmp_path / "mirror.db", connect_timeout=value)


def test_as_many_syncs_at_once_as_asked_for_get_a_connection_without_waiting(database: str) -> None:
    # sync_many(concurrency=n) runs n syncs at once, each on a connection of its own (on SQLite,
    # with another for its checkpoints): more than the pool keeps open must not wait for one.
    at_once = 24
    with Mirror(database) as mirror:
        mirror.create()
        with ExitStack() as held:

            def connect_all() -> None:
                for _ in range(at_once):
                    held.enter_context(mirror.engine.connect())

            error, seconds = within(BOUND, connect_all)
    assert error is None, error
    assert seconds < 10, seconds
