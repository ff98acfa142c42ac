# Copied from overlays/thred_client/mirror/commits.py by tools/codegen.py: edit that file, never this copy.
"""Page transactions committed behind the walk, while the next page is fetched.

A commit is a page's slowest database step: PostgreSQL answers over the network, and SQLite copies
its write-ahead log back into the file (syncing both to disk) whenever a commit fills the log. The
driver gives up the interpreter lock while it commits, so a thread of its own does it while the
caller fetches the next page. One commit is in flight at a time, and the caller settles it before its
next use of the connection: the connection is never used by two threads at once. What follows a
commit (handing its changes to the caller) runs in the caller's thread, once it has committed.

On SQLite the log is copied back by another thread on a connection of its own (a passive
checkpoint, which never blocks a writer), as commits come, instead of by whichever commit fills it.
The last copy is waited for when the sync ends, so the log is left as short as SQLite leaves it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Engine, RootTransaction
from sqlalchemy.pool import PoolProxiedConnection

from ..log import logger

__all__ = ["Checkpointer", "Committer", "committer_for"]


def _sqlite(connection: PoolProxiedConnection) -> sqlite3.Connection:
    driver: Any = connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError(f"not a SQLite connection: {type(driver).__name__}")
    return driver


class Checkpointer:
    """SQLite: copies the write-ahead log back into the database file in a thread of its own.

    While it runs, the sync's connection checkpoints nothing itself (`wal_autocheckpoint=0`); `close`
    waits for a last checkpoint and gives the connection its own setting back.
    """

    def __init__(self, engine: Engine, connection: Connection) -> None:
        self._engine = engine
        self._writer = _sqlite(connection.connection)
        self._autocheckpoint = self._writer.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        self._writer.execute("PRAGMA wal_autocheckpoint=0")
        self._due = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="thred-mirror-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            raw = self._engine.raw_connection()
        except Exception as error:
            logger.warning("mirror: no connection to checkpoint SQLite's log with: %s", error)
            return
        try:
            while True:
                self._due.wait()
                self._due.clear()
                stopping = self._stopping  # read before: a stop asked during this checkpoint gets one more
                try:
                    _sqlite(raw).execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except Exception as error:  # the log keeps every commit; the next checkpoint copies it
                    logger.warning("mirror: a checkpoint of SQLite's log failed: %s", error)
                if stopping:
                    return
        finally:
            raw.close()

    def committed(self) -> None:
        """A commit has added to the log: copy it back when the thread is free."""
        self._due.set()

    def close(self) -> None:
        """Wait for a last checkpoint, then let the connection checkpoint for itself again."""
        self._stopping = True
        self._due.set()
        self._thread.join()
        self._writer.execute(f"PRAGMA wal_autocheckpoint={int(self._autocheckpoint)}")


class Committer:
    """Commits one transaction at a time in a thread of its own; `settle()` waits for it."""

    def __init__(self, checkpointer: Checkpointer | None = None) -> None:
        self._executor: ThreadPoolExecutor | None = None
        self._pending: tuple[Future[None], Callable[[], None]] | None = None
        self._checkpointer = checkpointer

    def commit(self, transaction: RootTransaction, then: Callable[[], None]) -> None:
        """Commit `transaction` behind the caller; `then` runs (at the next `settle`) once it has."""
        self.settle()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thred-mirror-commit")
        self._pending = (self._executor.submit(self._commit, transaction), then)

    def _commit(self, transaction: RootTransaction) -> None:
        try:
            transaction.commit()
        except BaseException:
            try:
                transaction.rollback()
                # SQLite keeps a transaction whose COMMIT failed (a deferred constraint) open, where
                # SQLAlchemy takes it for ended: roll it back at the driver too.
                transaction.connection.connection.dbapi_connection.rollback()  # type: ignore[union-attr]
            except Exception:  # the commit's error is the one to raise
                pass
            raise
        if self._checkpointer is not None:
            self._checkpointer.committed()

    def settle(self) -> None:
        """Wait for the commit in flight: raise its error, or run what follows it."""
        pending, self._pending = self._pending, None
        if pending is not None:
            future, then = pending
            future.result()  # as long as the commit would take in the caller's thread
            then()

    def close(self) -> None:
        """Settle the commit in flight, stop the thread, and end the checkpoints."""
        try:
            self.settle()
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=True)
                self._executor = None
            if self._checkpointer is not None:
                self._checkpointer.close()


def committer_for(engine: Engine, connection: Connection) -> Committer:
    """The committer for a sync on `connection`: with its own checkpoints on SQLite (through the
    standard library's driver; another SQLite driver checkpoints as it does by itself)."""
    sqlite = isinstance(connection.connection.driver_connection, sqlite3.Connection)
    return Committer(Checkpointer(engine, connection) if sqlite else None)
