"""Leases: one worker at a time syncs a business, however many processes share the database.

- PostgreSQL: a session advisory lock, taken with `pg_try_advisory_lock` on the connection the whole
  sync runs on. A worker that dies, however (SIGKILL, a lost machine), loses its connection and so the
  lock at once; and a worker whose connection broke cannot commit anything more on it.
- Other databases (SQLite): a lease row (`thred_mirror_businesses.lease_holder` and
  `lease_expires_at`), taken only when free or expired and renewed in the transaction of every page.
  A page transaction that finds the lease held by another worker fails with `LeaseLostError`, so that
  only the holder's writes ever commit. A worker that dies releases its lease when it expires
  (`lease_ttl`, 60 s by default).
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import Connection, bindparam, func, or_, select, text

from ..exceptions import LeaseLostError
from .schema import businesses
from .store import read_state

__all__ = ["DEFAULT_LEASE_TTL", "AdvisoryLease", "Lease", "RowLease", "lease_for"]

DEFAULT_LEASE_TTL = timedelta(seconds=60)


class Lease(Protocol):
    """The right of one worker to sync one business."""

    def acquire(self) -> bool:
        """Take the lease if no other worker holds it; whether it was taken (commits on its own)."""
        ...

    def renew(self) -> None:
        """Inside a page's transaction: make sure the lease is still ours; raises LeaseLostError if not."""
        ...

    def release(self) -> None:
        """Give the lease up (commits on its own); never raises."""
        ...


def lease_for(
    connection: Connection, business_id: str, *, ttl: timedelta = DEFAULT_LEASE_TTL, holder: str | None = None
) -> Lease:
    """The lease that suits the connection's database."""
    if connection.dialect.name == "postgresql":
        return AdvisoryLease(connection, business_id)
    return RowLease(connection, business_id, ttl=ttl, holder=holder)


def _lock_key(business_id: str) -> int:
    # A signed 64-bit key, the same in every process (Python's hash() is not).
    digest = hashlib.blake2b(f"thred-mirror:{business_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class AdvisoryLease:
    """A PostgreSQL session advisory lock, held by the connection the sync runs on."""

    def __init__(self, connection: Connection, business_id: str) -> None:
        self.connection = connection
        self.business_id = business_id
        self.key = _lock_key(business_id)
        self.held = False

    def acquire(self) -> bool:
        with self.connection.begin():
            self.held = bool(self.connection.execute(select(func.pg_try_advisory_lock(self.key))).scalar())
        return self.held

    def renew(self) -> None:
        # Held by this very connection: if the lock is gone, so is the connection, and the page's
        # transaction cannot commit on it.
        if not self.held:
            raise LeaseLostError(f"no lease on business {self.business_id}", business_id=self.business_id)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            with self.connection.begin():
                self.connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
        except Exception:  # a broken connection took the lock with it
            self.connection.invalidate()


class RowLease:
    """A lease row with an expiry, renewed with every page."""

    def __init__(
        self, connection: Connection, business_id: str, *, ttl: timedelta, holder: str | None = None
    ) -> None:
        self.connection = connection
        self.business_id = business_id
        self.ttl = ttl
        self.holder = holder or uuid.uuid4().hex
        self.held = False
        row = businesses.c
        # Renewed with every page: the statement is built once.
        self._renewal = (
            businesses.update()
            .where(row.business_id == business_id, row.lease_holder == self.holder)
            .values(lease_expires_at=bindparam("expires"))
        )

    def _take(self, now: datetime) -> bool:
        row = businesses.c
        taken = self.connection.execute(
            businesses.update()
            .where(
                row.business_id == self.business_id,
                or_(
                    row.lease_holder.is_(None),
                    row.lease_holder == self.holder,
                    row.lease_expires_at.is_(None),
                    row.lease_expires_at < now,
                ),
            )
            .values(lease_holder=self.holder, lease_expires_at=now + self.ttl)
        )
        return taken.rowcount == 1

    def acquire(self) -> bool:
        with self.connection.begin():
            read_state(self.connection, self.business_id)  # the row to lease
            self.held = self._take(datetime.now(UTC))
        return self.held

    def renew(self) -> None:
        renewed = self.connection.execute(self._renewal, {"expires": datetime.now(UTC) + self.ttl})
        if renewed.rowcount != 1:
            self.held = False
            raise LeaseLostError(
                f"the lease on business {self.business_id} expired and another worker took it",
                business_id=self.business_id,
            )

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        row = businesses.c
        try:
            with self.connection.begin():
                self.connection.execute(
                    businesses.update()
                    .where(row.business_id == self.business_id, row.lease_holder == self.holder)
                    .values(lease_holder=None, lease_expires_at=None)
                )
        except Exception:  # the lease expires by itself
            self.connection.invalidate()
