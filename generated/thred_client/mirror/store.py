# Copied from overlays/thred_client/mirror/store.py by tools/codegen.py: edit that file, never this copy.
"""The mirror's database: opening it, and the writes of one page, one removal pass, one state change.

Every write here runs inside a transaction its caller opened (`with connection.begin():`), so that a
page's rows and the state they advance commit together or not at all.
"""

from __future__ import annotations

import math
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Connection,
    Dialect,
    Engine,
    Table,
    and_,
    bindparam,
    create_engine,
    event,
    func,
    or_,
    select,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from .._version import __version__
from ..exceptions import MirrorError
from .columns import loads, same_decoded, storable
from .schema import KINDS, SCHEMA_VERSION, businesses, changes, metadata, schema
from .sent import Sent

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_LOCK_TIMEOUT",
    "Change",
    "Written",
    "chunks",
    "engine_for",
    "held_changes",
    "hold_changes",
    "mark_removed",
    "read_state",
    "release_changes",
    "removed_changes",
    "unseen",
    "write_page",
    "write_records",
    "write_state",
]

Action = Literal["created", "updated", "removed"]

# SQLite allows 32,766 bound parameters a statement; a page of ids is far below, this keeps it so.
_CHUNK = 500
DEFAULT_LOCK_TIMEOUT = timedelta(seconds=60)
"""How long a statement waits for another connection's lock before it fails (SQLite's busy timeout,
PostgreSQL's `lock_timeout`)."""
DEFAULT_CONNECT_TIMEOUT = timedelta(seconds=10)
"""How long connecting to a PostgreSQL server may take, its authentication included."""
# The drivers built on libpq, whose connection options these are.
_LIBPQ_DRIVERS = ("psycopg", "psycopg2")
# TCP keepalives: an answer awaited over a connection that died (a host gone, a network cut) fails
# after about a minute, where libpq alone would wait for it as long as the kernel keeps the socket.
_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
# The advisory lock key under which the tables are created on PostgreSQL.
_SCHEMA_LOCK = 0x7468726564  # "thred"


@dataclass(frozen=True, slots=True)
class Change:
    """A record that a sync created, updated or marked removed in the mirror.

    `record` is its JSON as now stored (None once removed); `previous` the JSON it replaced (None when
    created).
    """

    kind: Literal["invoices", "customer_credits"]
    action: Action
    business_id: str
    id: str
    record: Mapping[str, Any] | None
    previous: Mapping[str, Any] | None


class Written(NamedTuple):
    """A record a page created or updated: `sent` as stored, and what it replaced: its JSON, if decoded
    already, or its text. Its `Change` decodes them, so a sync that hands out no change decodes none."""

    action: Action
    id: str
    sent: Sent
    previous: Mapping[str, Any] | None = None
    replaced: str | None = None

    def change(self, kind: Literal["invoices", "customer_credits"], business_id: str) -> Change:
        previous = self.previous
        if previous is None and self.replaced is not None:
            previous = loads(self.replaced)
        return Change(kind, self.action, business_id, self.id, self.sent.record, previous)


def engine_for(
    database: str | os.PathLike[str] | Engine,
    *,
    pool_size: int = 5,
    lock_timeout: timedelta = DEFAULT_LOCK_TIMEOUT,
    connect_timeout: timedelta = DEFAULT_CONNECT_TIMEOUT,
) -> Engine:
    """An engine for `database`: an Engine as it is, a SQLAlchemy URL (`postgresql+psycopg://…`,
    `sqlite:///file.db`), or a file path, taken as a SQLite database.

    No statement waits for a lock longer than `lock_timeout`. On PostgreSQL through libpq (psycopg,
    psycopg2), an engine made here also connects within `connect_timeout` and keeps its connections
    alive (TCP keepalives), unless the URL sets those options itself; an Engine given is left as
    it is (on SQLite, its connections get the lock timeout)."""
    if isinstance(database, Engine):
        return _configured(database, lock_timeout)
    text = os.fspath(database)
    if "://" not in text:
        if not text.strip():
            raise MirrorError("the database is an empty path: give a file path or a SQLAlchemy URL")
        text = f"sqlite:///{Path(text).expanduser()}"
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        # Not quoted back: a URL that does not parse may still hold a password.
        raise MirrorError(
            "the database is neither a file path nor a SQLAlchemy URL (such as sqlite:///file.db or "
            "postgresql+psycopg://user@host/db)"
        ) from None
    # Each sync holds a connection (on SQLite, another for its checkpoints) and `sync_many` runs as
    # many as it is asked to: the pool keeps `pool_size` open between syncs, and opens more rather
    # than keep a sync waiting for one (and failing after the pool's timeout).
    options: dict[str, Any] = {"pool_size": pool_size, "max_overflow": -1}
    if url.get_backend_name() != "sqlite":
        options["pool_pre_ping"] = True  # a connection the server closed meanwhile is replaced
        libpq = _libpq_options(url, connect_timeout)
        if libpq:
            options["connect_args"] = libpq
    elif url.database in (None, "", ":memory:"):
        options = {}  # one database a connection, in memory: SQLAlchemy's own pool for it
    try:
        engine = create_engine(url, **options)
    except (NoSuchModuleError, ImportError) as error:
        hint = " (pip install 'thred-client[postgresql]')" if url.get_backend_name() == "postgresql" else ""
        raise MirrorError(f"no driver for {url.drivername} databases{hint}: {error}") from None
    if engine.dialect.name == "postgresql" and engine.dialect.driver in _LIBPQ_DRIVERS:
        event.listen(engine, "connect", _postgres_connect(lock_timeout))
    return _configured(engine, lock_timeout)


def _libpq_options(url: URL, connect_timeout: timedelta) -> dict[str, Any]:
    """The connection options libpq would otherwise wait forever without, less those the URL sets."""
    if url.get_backend_name() != "postgresql" or url.get_driver_name() not in _LIBPQ_DRIVERS:
        return {}
    # libpq waits for a server that accepts the connection but never answers as long as it stays so.
    # It counts whole seconds, and takes less than 2 as 2.
    seconds = max(2, math.ceil(connect_timeout.total_seconds()))
    options: dict[str, Any] = {"connect_timeout": seconds, **_KEEPALIVES}
    return {name: value for name, value in options.items() if name not in url.query}


def _postgres_connect(lock_timeout: timedelta) -> Callable[[Any, Any], None]:
    milliseconds = _milliseconds(lock_timeout)

    def connect(dbapi_connection: Any, _record: Any) -> None:
        # Set for the session and committed: the pool rolls back what a new connection left open.
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"SET lock_timeout = {milliseconds}")
        finally:
            cursor.close()
        dbapi_connection.commit()

    return connect


def _milliseconds(duration: timedelta) -> int:
    return max(1, math.ceil(duration.total_seconds() * 1000))


def _configured(engine: Engine, lock_timeout: timedelta) -> Engine:
    if engine.dialect.name == "sqlite" and not getattr(engine, "_thred_mirror", False):
        event.listen(engine, "connect", _sqlite_connect(lock_timeout))
        # BEGIN IMMEDIATE: a transaction takes the write lock when it starts, so that two writers
        # wait for each other (busy_timeout) instead of one failing when it first writes.
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
        engine._thred_mirror = True  # type: ignore[attr-defined]
    return engine


def _sqlite_connect(lock_timeout: timedelta) -> Callable[[Any, Any], None]:
    milliseconds = _milliseconds(lock_timeout)

    def connect(dbapi_connection: Any, _record: Any) -> None:
        # The driver opens no transactions of its own: the "begin" listener does.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={milliseconds}")
            # WAL: readers never wait for the writer. synchronous=NORMAL: a commit survives the process
            # being killed (SIGKILL included); only a power cut may lose the last commits, never
            # consistency.
            _switch_to_wal(cursor, milliseconds / 1000)
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    return connect


def _switch_to_wal(cursor: Any, seconds: float) -> None:
    # Two connections switching a new file to WAL at once: SQLite answers "database is locked" at
    # once, without waiting for the other as busy_timeout would. Try again, for as long as a lock waits.
    deadline = time.monotonic() + seconds
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def create_tables(engine: Engine) -> None:
    """Create the mirror's tables where they are missing (once, however many workers start at once),
    and stamp them with `SCHEMA_VERSION`; MirrorError for tables a later release made."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two workers creating the tables at once would collide: one at a time, the second finds them.
            connection.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
        metadata.create_all(connection, checkfirst=True)
        # Tables without a stamp were made before it existed, with this layout.
        stamped = connection.execute(select(func.max(schema.c.version))).scalar()
        if stamped is None:
            connection.execute(schema.insert().values(version=SCHEMA_VERSION))
        elif stamped > SCHEMA_VERSION:
            raise MirrorError(
                f"the mirror's tables are of layout version {stamped}, made by a later thred-client; "
                f"this one ({__version__}) knows version {SCHEMA_VERSION}: upgrade it"
            )


@dataclass(frozen=True, slots=True)
class State:
    """A business's row of `thred_mirror_businesses`."""

    business_id: str
    invoice_checkpoint: datetime | None
    invoice_walk: str | None
    invoices_full_at: datetime | None
    credits_full_at: datetime | None
    synced_at: datetime | None


def read_state(connection: Connection, business_id: str) -> State:
    """The business's state, its row created if it has none."""
    row = connection.execute(select(businesses).where(businesses.c.business_id == business_id)).first()
    if row is None:
        connection.execute(businesses.insert().values(business_id=business_id))
        return State(business_id, None, None, None, None, None)
    return State(
        business_id,
        row.invoice_checkpoint,
        row.invoice_walk,
        row.invoices_full_at,
        row.credits_full_at,
        row.synced_at,
    )


def write_state(connection: Connection, business_id: str, **values: Any) -> None:
    """Set columns of the business's state row."""
    connection.execute(businesses.update().where(businesses.c.business_id == business_id).values(**values))


def chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    """`values` in runs short enough for one statement's parameters (and one read's memory)."""
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows, each with a value for every column: at the driver's level, each value bound as the
    column's type binds it (Core would build and process a dict a row: most of a page's write time)."""
    statement = _driver_statement(table, connection.dialect, None)
    if statement.sql is None:  # a driver whose placeholders are not positional: Core does it
        connection.execute(table.insert(), rows)
        return
    connection.exec_driver_sql(statement.sql, statement.bound(rows))


def _update(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Update rows by key (`key_business`, `key_id`), each with the same columns: at the driver's level,
    as `_insert` writes them."""
    names = tuple(name for name in rows[0] if not name.startswith("key_"))
    statement = _driver_statement(table, connection.dialect, names)
    if statement.sql is None:
        update = (
            table.update()
            .where(table.c.business_id == bindparam("key_business"), table.c.id == bindparam("key_id"))
            .values({name: bindparam(name) for name in names})
        )
        connection.execute(update, rows)
        return
    connection.exec_driver_sql(statement.sql, statement.bound(rows))


@dataclass(frozen=True, slots=True)
class _DriverStatement:
    """A statement for the driver itself: its SQL (None for a driver whose placeholders are not
    positional), the keys of a row its values come from, in order, and the bind processor of each
    value that has one, by position."""

    sql: str | None
    keys: tuple[str, ...]
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]

    def bound(self, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """Each row's values, in order, as their columns' types bind them."""
        keys, processors = self.keys, self.processors
        prepared = []
        for row in rows:
            values = [row[key] for key in keys]
            for index, process in processors:
                values[index] = process(values[index])
            prepared.append(tuple(values))
        return prepared


_STATEMENTS: dict[tuple[str, str, str, str, tuple[str, ...] | None], _DriverStatement] = {}
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _driver_statement(table: Table, dialect: Dialect, names: tuple[str, ...] | None) -> _DriverStatement:
    """The INSERT of a whole row of `table` (`names` None), or the UPDATE of the columns `names` of the
    row keyed by `key_business` and `key_id`: built once for each table, driver and columns."""
    key = (table.name, dialect.name, dialect.driver, dialect.paramstyle, names)
    found = _STATEMENTS.get(key)
    if found is not None:
        return found
    quote = dialect.identifier_preparer.quote
    mark = _PLACEHOLDERS.get(dialect.paramstyle)
    if names is None:
        columns = list(table.columns)
        keys = tuple(column.name for column in columns)
        places = ", ".join(mark or "" for _ in columns)
        sql = f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, keys))}) VALUES ({places})"
    else:
        columns = [*(table.c[name] for name in names), table.c.business_id, table.c.id]
        keys = (*names, "key_business", "key_id")
        assignments = ", ".join(f"{quote(name)} = {mark}" for name in names)
        sql = (
            f"UPDATE {quote(table.name)} SET {assignments} "
            f"WHERE {quote('business_id')} = {mark} AND {quote('id')} = {mark}"
        )
    processors = tuple(
        (index, process)
        for index, column in enumerate(columns)
        if (process := column.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    )
    found = _STATEMENTS[key] = _DriverStatement(sql if mark is not None else None, keys, processors)
    return found


# What `write_page` reads of a page's stored rows, and how it marks the unchanged ones seen (in a full
# pass, by the pass too): built once, as they run for every page.
def _page_rows(table: Table) -> ColumnElement[bool]:
    return and_(
        table.c.business_id == bindparam("business"), table.c.id.in_(bindparam("ids", expanding=True))
    )


_STORED = {
    kind: select(table.c.id, table.c.record, table.c.updated_at, table.c.removed_at).where(_page_rows(table))
    for kind, table in KINDS.items()
}
_SEEN = {
    (kind, in_pass): table.update()
    .where(_page_rows(table))
    .values(last_seen_at=bindparam("now"), **({"seen_in_pass": bindparam("pass")} if in_pass else {}))
    for kind, table in KINDS.items()
    for in_pass in (False, True)
}


def write_page(
    connection: Connection,
    kind: Literal["invoices", "customer_credits"],
    business_id: str,
    records: Sequence[Mapping[str, Any]],
    *,
    now: datetime,
    pass_id: str | None,
) -> list[Change]:
    """Store a page of records (their JSON objects, or as read for the mirror: `sent.Sent`); the changes
    it made, in page order (see `write_records`)."""
    written = write_records(connection, kind, business_id, records, now=now, pass_id=pass_id)
    return [entry.change(kind, business_id) for entry in written]


def write_records(
    connection: Connection,
    kind: Literal["invoices", "customer_credits"],
    business_id: str,
    records: Sequence[Mapping[str, Any]],
    *,
    now: datetime,
    pass_id: str | None,
) -> list[Written]:
    """Store a page of records (their JSON objects, or as read for the mirror: `sent.Sent`); what it
    created and updated, in page order, each record's JSON decoded only once asked for.

    A record not in the mirror (or marked removed) is created; one whose JSON differs is updated,
    unless it is older, by `updated_at`, than the one stored (a slower walk's stale copy); the others
    are only marked seen (by `pass_id`, in a full pass).
    """
    table = KINDS[kind]
    page: dict[str, Sent] = {}
    for record in records:
        sent = record if isinstance(record, Sent) else Sent.of(kind, record)
        if not storable(sent.id):
            raise MirrorError(
                f"{kind}: the id {sent.id!r} holds a lone surrogate or a NUL, which no database keeps"
            )
        page[sent.id] = sent  # a record twice in one page: its last copy counts
    ids = list(page)
    stored: dict[str, Any] = {}
    query = _STORED[kind]
    for chunk in chunks(ids):
        stored.update(
            (row.id, row) for row in connection.execute(query, {"business": business_id, "ids": chunk})
        )

    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    seen: list[str] = []
    written: list[Written] = []
    for record_id, sent in page.items():
        text = sent.text
        old: Any = stored.get(record_id)  # a row, or None
        live = old is not None and old.removed_at is None
        previous = None
        if live:
            if old.record == text:
                seen.append(record_id)
                continue
            newer, held = sent.columns["updated_at"], old.updated_at
            if newer is not None and held is not None and newer != held:
                # Another updated_at is another value of the field, so another record: no decoding.
                if newer < held:
                    seen.append(record_id)  # a stale copy: the mirror holds a later version
                    continue
            else:  # the same stamp, or none: the same record, unless their JSON differs
                previous = loads(old.record)  # decoded once, also as the previous copy
                if same_decoded(previous, old.record, sent.record):
                    seen.append(record_id)
                    continue
        row = {**sent.columns, "record": text, "last_seen_at": now, "removed_at": None}
        if pass_id is not None or old is None:
            row["seen_in_pass"] = pass_id
        if old is None:
            row.update(business_id=business_id, id=record_id, first_seen_at=now)
            inserts.append(row)
            written.append(Written("created", record_id, sent))
        else:
            row.update(key_business=business_id, key_id=record_id)
            updates.append(row)
            action: Action = "updated" if live else "created"  # created again, once removed
            written.append(Written(action, record_id, sent, previous, old.record if live else None))
    if inserts:
        _insert(connection, table, inserts)
    if updates:
        _update(connection, table, updates)
    if seen:
        touch = _SEEN[kind, pass_id is not None]
        for chunk in chunks(seen):
            connection.execute(touch, {"business": business_id, "ids": chunk, "now": now, "pass": pass_id})
    return written


def unseen(
    connection: Connection,
    kind: Literal["invoices", "customer_credits"],
    business_id: str,
    *,
    pass_id: str,
) -> list[str]:
    """The ids, in id order, of the business's listed records that the full pass `pass_id` did not
    find: those `mark_removed` is to mark. Ids only: a business whose whole list vanished is never
    held in memory with its JSON."""
    table: Table = KINDS[kind]
    query = (
        select(table.c.id)
        .where(
            table.c.business_id == business_id,
            table.c.removed_at.is_(None),
            or_(table.c.seen_in_pass.is_(None), table.c.seen_in_pass != pass_id),
        )
        .order_by(table.c.id)
    )
    return list(connection.execute(query).scalars())


def mark_removed(
    connection: Connection,
    kind: Literal["invoices", "customer_credits"],
    business_id: str,
    ids: Sequence[str],
    *,
    now: datetime,
) -> None:
    """Mark removed the records `ids` (a chunk of `unseen`'s) that are still listed; their JSON stays."""
    table: Table = KINDS[kind]
    connection.execute(
        table.update()
        .where(table.c.business_id == business_id, table.c.id.in_(ids), table.c.removed_at.is_(None))
        .values(removed_at=now)
    )


def removed_changes(
    connection: Connection,
    kind: Literal["invoices", "customer_credits"],
    business_id: str,
    ids: Sequence[str],
) -> list[Change]:
    """The removals of records `ids` (a chunk of `unseen`'s), each with the JSON the mirror holds for
    it: read in the transaction that marks them."""
    table: Table = KINDS[kind]
    query = select(table.c.id, table.c.record).where(table.c.business_id == business_id, table.c.id.in_(ids))
    held = {row.id: row.record for row in connection.execute(query)}
    return [
        Change(kind, "removed", business_id, record_id, None, loads(held[record_id])) for record_id in ids
    ]


def hold_changes(
    connection: Connection,
    kind: Literal["invoices", "customer_credits"],
    business_id: str,
    entries: Sequence[tuple[Action, str, str | None]],
) -> list[int]:
    """Keep changes, each (action, record id, the JSON text an update replaced), until they are handed
    out (`thred_mirror_changes`), in the transaction that stores them; their numbers, in order."""
    if not entries:
        return []
    connection.execute(
        changes.insert(),
        [
            {"business_id": business_id, "kind": kind, "action": action, "record_id": record_id,
             "previous": replaced if action == "updated" else None}
            for action, record_id, replaced in entries
        ],
    )  # fmt: skip
    # The business's newest: under its lease no other connection adds any.
    newest = (
        select(changes.c.seq)
        .where(changes.c.business_id == business_id)
        .order_by(changes.c.seq.desc())
        .limit(len(entries))
    )
    return sorted(connection.execute(newest).scalars())


def held_changes(connection: Connection, business_id: str) -> list[tuple[int, Change]]:
    """The changes a sync stored and did not hand out (it stopped first), in the order it stored them,
    each with its number. `record` is the JSON the mirror holds now (None once removed); `previous`
    the JSON an update replaced, or, for a removal, the JSON the record had."""
    held = list(
        connection.execute(
            select(changes).where(changes.c.business_id == business_id).order_by(changes.c.seq)
        )
    )
    stored: dict[tuple[str, str], str] = {}
    for kind, table in KINDS.items():
        ids = [row.record_id for row in held if row.kind == kind]
        for chunk in chunks(ids):
            query = select(table.c.id, table.c.record).where(
                table.c.business_id == business_id, table.c.id.in_(chunk)
            )
            stored.update(((kind, row.id), row.record) for row in connection.execute(query))
    found = []
    for row in held:
        text = stored.get((row.kind, row.record_id))
        if row.kind not in KINDS or text is None:
            continue  # not a record this release mirrors
        record = None if row.action == "removed" else loads(text)
        previous = loads(text) if row.action == "removed" else None
        if row.action == "updated" and row.previous is not None:
            previous = loads(row.previous)
        found.append((row.seq, Change(row.kind, row.action, business_id, row.record_id, record, previous)))
    return found


def release_changes(connection: Connection, business_id: str, up_to: int) -> None:
    """Forget the business's held changes numbered up to `up_to`: they have been handed out."""
    connection.execute(changes.delete().where(changes.c.business_id == business_id, changes.c.seq <= up_to))
