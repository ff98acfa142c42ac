"""Commits behind the walk (`thred_client.mirror.commits`), on real databases: a failed commit is
raised and hands nothing out, and on SQLite the sync's own checkpoints leave the database file whole."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from thred_client import ThredClient
from thred_client.mirror import Mirror
from thred_client.mirror.commits import committer_for
from thred_client.mirror.store import engine_for

from tests.sandbox.server import Sandbox


@pytest.fixture
def engine(database: str) -> Iterator[sa.Engine]:
    engine = engine_for(database)
    try:
        yield engine
    finally:
        engine.dispose()


def test_a_failed_commit_is_raised_at_settle_and_hands_nothing_out(engine: sa.Engine) -> None:
    # A deferred constraint is checked at COMMIT: a real commit that fails, on either database.
    reference = "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED"
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        connection.exec_driver_sql(
            f"CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER {reference})"
        )
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
        committer = committer_for(engine, connection)
        handed_out: list[str] = []
        try:
            transaction = connection.begin()
            connection.exec_driver_sql("INSERT INTO child VALUES (1, 42)")  # no parent 42
            committer.commit(transaction, lambda: handed_out.append("page 1"))
            with pytest.raises(sa.exc.IntegrityError):
                committer.settle()
            assert handed_out == []  # never committed: nothing handed out

            transaction = connection.begin()  # the connection is usable again, its failed transaction gone
            connection.exec_driver_sql("INSERT INTO parent VALUES (42)")
            connection.exec_driver_sql("INSERT INTO child VALUES (1, 42)")
            committer.commit(transaction, lambda: handed_out.append("page 2"))
        finally:
            committer.close()  # settles the commit in flight
        assert handed_out == ["page 2"]
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT id, parent_id FROM child").all() == [(1, 42)]


def test_a_sqlite_sync_leaves_every_row_in_the_database_file(
    tmp_path: Path, stand_in: Sandbox, client: ThredClient
) -> None:
    path = tmp_path / "mirror.db"
    with Mirror(path) as mirror:
        result = mirror.sync(client, stand_in.business_id)
        # The mirror still open (its connections would checkpoint as they close): the file alone,
        # without its write-ahead log, already holds every row the sync committed.
        copy = tmp_path / "file-alone.db"
        shutil.copyfile(path, copy)
        with mirror.engine.connect() as first, mirror.engine.connect() as second:
            for connection in (first, second):  # the sync's own connection checkpoints again
                setting = connection.connection.driver_connection.execute("PRAGMA wal_autocheckpoint")
                assert setting.fetchone()[0] == 1000
    alone = sqlite3.connect(copy)
    try:
        stored = alone.execute("SELECT count(*) FROM thred_mirror_invoices").fetchone()[0]
    finally:
        alone.close()
    assert stored == len(result.invoices.created) == len(stand_in.business.invoices)
