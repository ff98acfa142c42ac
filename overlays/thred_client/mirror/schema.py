"""The mirror's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Every business shares the tables, its rows keyed by `business_id`. A record row keeps the record's
JSON as sent (`record`), the columns a report needs, when the mirror first and last saw it, and
`removed_at` once a full pass no longer found it (rows are never deleted). `thred_mirror_businesses`
holds each business's checkpoint, the times of its last passes, and its lease; `thred_mirror_changes`
the changes stored and not yet handed to the caller's `on_change`; `thred_mirror_schema` the version
of the tables' layout.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, Column, DateTime, Dialect, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.types import TypeDecorator

__all__ = [
    "KINDS",
    "SCHEMA_VERSION",
    "businesses",
    "changes",
    "customer_credits",
    "invoices",
    "metadata",
    "schema",
]


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on every database: `timestamptz` on PostgreSQL; on SQLite, which keeps no
    offset, the UTC time as text (which sorts as the instants do), read back as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Callable[[datetime | None], Any] | None:
        # One plain function a value, no chain of processors: a page binds hundreds of instants.
        if dialect.name != "sqlite":
            return _aware
        return _sqlite_text

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if not isinstance(value, datetime):
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: the mirror stores instants, give it a timezone")
    return value


_last_text: tuple[datetime | None, str | None] = (None, None)


def _sqlite_text(value: datetime | None) -> str | None:
    """The UTC time as SQLAlchemy's SQLite DATETIME keeps it: `2024-02-26 04:18:46.000000`."""
    global _last_text
    if value is None:
        return None
    last = _last_text
    if last[0] is value:  # a page's rows share their first_seen_at and last_seen_at
        return last[1]
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: the mirror stores instants, give it a timezone")
    text = value.astimezone(UTC).isoformat(" ", "microseconds")[:26]  # positional: a third faster
    _last_text = (value, text)
    return text


metadata = MetaData()


def _bookkeeping() -> list[Column[Any]]:
    return [
        Column("record", Text, nullable=False, doc="the record's JSON as sent"),
        Column("first_seen_at", UtcDateTime, nullable=False),
        Column("last_seen_at", UtcDateTime, nullable=False),
        Column("removed_at", UtcDateTime, doc="when a full pass no longer found it; NULL while listed"),
        Column("seen_in_pass", String, doc="the last full pass that found it"),
    ]


invoices = Table(
    "thred_mirror_invoices",
    metadata,
    Column("business_id", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("status", String),
    Column("currency", String),
    Column("customer_id", String),
    Column("invoice_number", String),
    Column("total_amount", BigInteger),
    Column("outstanding_balance", BigInteger),
    Column("sent_at", UtcDateTime),
    Column("due_at", UtcDateTime),
    Column("paid_at", UtcDateTime),
    Column("updated_at", UtcDateTime),
    *_bookkeeping(),
)

customer_credits = Table(
    "thred_mirror_customer_credits",
    metadata,
    Column("business_id", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("status", String),
    Column("currency", String),
    Column("customer_id", String),
    Column("source_invoice_id", String),
    Column("total_amount", BigInteger),
    Column("applied_amount", BigInteger),
    Column("sent_at", UtcDateTime),
    Column("created_at", UtcDateTime),
    Column("updated_at", UtcDateTime),
    *_bookkeeping(),
)

businesses = Table(
    "thred_mirror_businesses",
    metadata,
    Column("business_id", String, primary_key=True),
    Column("invoice_checkpoint", UtcDateTime, doc="updated_at of the newest invoice of the last whole walk"),
    Column("invoice_walk", String, doc="the walk in progress, if one was cut short"),
    Column("invoices_full_at", UtcDateTime, doc="start of the last complete full pass over invoices"),
    Column("credits_full_at", UtcDateTime, doc="start of the last complete pass over customer credits"),
    Column("synced_at", UtcDateTime, doc="start of the last complete sync"),
    Column("lease_holder", String),
    Column("lease_expires_at", UtcDateTime),
)

changes = Table(
    "thred_mirror_changes",
    metadata,
    # SQLite numbers the rows itself only for an INTEGER PRIMARY KEY.
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("business_id", String, nullable=False),
    Column("kind", String, nullable=False, doc="invoices or customer_credits"),
    Column("action", String, nullable=False, doc="created, updated or removed"),
    Column("record_id", String, nullable=False),
    Column("previous", Text, doc="the JSON an update replaced; NULL for the other actions"),
    Index("thred_mirror_changes_business", "business_id", "seq"),
    # Numbers never used again once deleted (SQLite would otherwise reuse the highest): a sync tells
    # the changes it handed out by their numbers.
    sqlite_autoincrement=True,
)
"""Changes a sync stored and has not yet handed to its `on_change`: written in their page's
transaction, deleted once handed out. A sync that stopped between the two (killed, or stopped by an
error) leaves them here, for the next sync of the business with an `on_change` to hand out first.
Added after 1.0.0 beside layout version 1's tables, which it leaves as they are (a mirror made
before gains it on first use); 1.0.0 neither writes nor reads it."""

SCHEMA_VERSION = 1
"""The version of the tables' layout that this release reads and writes. A release that changes them
raises it (and brings what moves the rows of the version before): a mirror stamped with a later
version is refused, never written into as if it were this one (a worker left on an older release)."""

schema = Table(
    "thred_mirror_schema",
    metadata,
    Column("version", Integer, nullable=False, doc="SCHEMA_VERSION of the release that made the tables"),
)

KINDS: dict[str, Table] = {"invoices": invoices, "customer_credits": customer_credits}
"""The record tables by kind, as `Change.kind` names them."""
