# Copied from overlays/thred_client/mirror/sync.py by tools/codegen.py: edit that file, never this copy.
"""`Mirror`: a business's invoices and customer credits kept in a database, one sync at a time.

A sync of one business, on one connection, under its lease:

1. Invoices, incrementally: walk `sort=-updated_at` down to the checkpoint less the overlap
   (`walk.py`). On the first sync, on request (`full=True`) or on the caller's schedule
   (`full_every`), a full pass instead: every page, then a short walk for what changed meanwhile,
   then every invoice the pass did not find is marked removed.
2. Customer credits, always a full pass: they can be neither sorted nor filtered by `updated_at`, so
   each sync reads them all and compares them with the mirror.

Each page's rows, with the state they advance, commit in one transaction; the checkpoint advances
only once a walk has ended (with the page that ends it, or just after its last page). A run killed
anywhere (SIGKILL included) leaves the mirror as it was after some page, and the checkpoint at or
behind what is stored: the next run walks again from the same checkpoint, finds the pages it stored
unchanged, and carries on. With an `on_change`, a page's changes are held in the same transaction
(`thred_mirror_changes`) until they have been handed out: a run that stops between the commit and
the calls leaves them for the next sync with an `on_change` to hand out first (at least once).
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, cast
from uuid import UUID

from sqlalchemy import Connection, Engine

from .. import _validate
from ..exceptions import MirrorError
from ..log import logger
from ..models.invoice_sort import InvoiceSort
from ..pagination import DEFAULT_PAGE_SIZE
from ..pagination._walk import OnInvalid, check_on_invalid
from .commits import committer_for
from .fetch import LISTS, Fetched, PageFetcher
from .lease import DEFAULT_LEASE_TTL, Lease, lease_for
from .schema import KINDS
from .store import (
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_LOCK_TIMEOUT,
    Action,
    Change,
    State,
    Written,
    chunks,
    create_tables,
    engine_for,
    held_changes,
    hold_changes,
    mark_removed,
    read_state,
    release_changes,
    removed_changes,
    unseen,
    write_records,
    write_state,
)
from .walk import DEFAULT_OVERLAP, WalkPlan

__all__ = ["KindSummary", "Mirror", "Progress", "SyncResult"]

Kind = Literal["invoices", "customer_credits"]
# Rows a read of the mirror fetches at a time.
_READ_BATCH = 500


@dataclass
class KindSummary:
    """What one sync did to one kind of record: the ids it created, updated and marked removed."""

    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    pages: int = 0
    records: int = 0
    full: bool = False

    @property
    def changed(self) -> int:
        """How many records changed."""
        return len(self.created) + len(self.updated) + len(self.removed)

    def add(self, change: Change | Written) -> None:
        getattr(self, change.action).append(change.id)


@dataclass
class SyncResult:
    """The outcome of syncing one business.

    `requests` counts the list requests the sync made (pages fetched, not counting retries and
    token requests). `skipped` says why nothing was done (another worker holds the lease, or synced
    it since `skip_synced_since`); `error` holds what stopped a sync of `Mirror.sync_many`.
    """

    business_id: str
    invoices: KindSummary = field(default_factory=KindSummary)
    customer_credits: KindSummary = field(default_factory=KindSummary)
    requests: int = 0
    seconds: float = 0.0
    skipped: str | None = None
    error: BaseException | None = None

    @property
    def changed(self) -> int:
        """How many records changed, of both kinds."""
        return self.invoices.changed + self.customer_credits.changed

    def summary(self) -> str:
        """One line: what changed, per kind, and the requests it took."""
        if self.skipped:
            return f"business {self.business_id}: skipped ({self.skipped})"
        if self.error is not None:
            return f"business {self.business_id}: failed: {type(self.error).__name__}: {self.error}"
        parts = []
        for name, kind in (("invoices", self.invoices), ("customer credits", self.customer_credits)):
            how = "full pass" if kind.full else "incremental"
            parts.append(
                f"{name} ({how}, {kind.records:,} read): {len(kind.created):,} created, "
                f"{len(kind.updated):,} updated, {len(kind.removed):,} removed"
            )
        return (
            f"business {self.business_id}: " + "; ".join(parts) + f"; {self.requests:,} requests in "
            f"{self.seconds:.2f} s"
        )


@dataclass(frozen=True)
class Progress:
    """One page stored: for a progress bar. `total` is the list's total_count where it is known."""

    business_id: str
    kind: Kind
    page: int
    records: int
    total: int | None


def _business_key(business_id: str | UUID) -> str:
    try:
        return str(business_id if isinstance(business_id, UUID) else UUID(str(business_id)))
    except ValueError:
        raise MirrorError(f"business id {business_id!r} is not a UUID") from None


def _check_sync_arguments(
    client: Any,
    full_every: timedelta | None,
    on_change: object,
    progress: object,
    on_invalid: OnInvalid,
) -> None:
    """A sync's arguments, checked before anything is read, written or requested."""
    _validate.client(client)
    if full_every is not None and (not isinstance(full_every, timedelta) or full_every < timedelta(0)):
        raise ValueError(f"full_every must be a timedelta of zero or more, or None, not {full_every!r}")
    for name, callback in (("on_change", on_change), ("progress", progress)):
        if callback is not None and not callable(callback):
            raise TypeError(f"{name} must be callable or None, not {type(callback).__name__}")
    check_on_invalid(on_invalid)


class Mirror:
    """A database holding businesses' invoices and customer credits, kept in step with Thred.

        mirror = Mirror("receivables.db")                        # SQLite file, created if missing
        mirror = Mirror("postgresql+psycopg://user@host/db")     # PostgreSQL, shared by many workers
        result = mirror.sync(client, business_id)                # SyncResult: what changed
        results = mirror.sync_many(client, business_ids, concurrency=8)

    `client` is a `ThredClient` (or any client the pagination helpers take) that may read the
    businesses: a partner token reads every business of the partner. `overlap` is how far below the
    checkpoint an incremental walk reads (5 minutes); `lease_ttl` how long a lease row outlives a
    worker that died (SQLite; on PostgreSQL the lease goes with the worker's connection);
    `page_size` how many records a list request asks for (1 to 100; by default 100, the most Thred serves).
    `lock_timeout` is how long a statement waits for a lock another connection holds before the sync
    fails (60 s), `connect_timeout` how long connecting to PostgreSQL may take (10 s; see
    `store.engine_for` for what an Engine given keeps of its own). `pool_size` connections are kept
    open between syncs; syncs running at once open as many more as they need.
    """

    def __init__(
        self,
        database: str | os.PathLike[str] | Engine,
        *,
        overlap: timedelta = DEFAULT_OVERLAP,
        lease_ttl: timedelta = DEFAULT_LEASE_TTL,
        page_size: int = DEFAULT_PAGE_SIZE,
        pool_size: int = 5,
        lock_timeout: timedelta = DEFAULT_LOCK_TIMEOUT,
        connect_timeout: timedelta = DEFAULT_CONNECT_TIMEOUT,
    ) -> None:
        if overlap < timedelta(0):
            raise ValueError(f"overlap must not be negative, not {overlap}")
        for name, duration in (
            ("lease_ttl", lease_ttl),
            ("lock_timeout", lock_timeout),
            ("connect_timeout", connect_timeout),
        ):
            if duration <= timedelta(0):
                raise ValueError(f"{name} must be positive, not {duration}")
        _validate.page_size(page_size)
        self.engine = engine_for(
            database, pool_size=pool_size, lock_timeout=lock_timeout, connect_timeout=connect_timeout
        )
        self.overlap = overlap
        self.lease_ttl = lease_ttl
        self.page_size = page_size
        self._created = False
        self._create_lock = threading.Lock()

    def create(self) -> None:
        """Create the mirror's tables where missing; `sync` does it on first use."""
        with self._create_lock:
            if not self._created:
                create_tables(self.engine)
                self._created = True

    def close(self) -> None:
        """Close the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Mirror:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- syncing -----------------------------------------------------------

    def sync(
        self,
        client: Any,
        business_id: str | UUID,
        *,
        full: bool = False,
        full_every: timedelta | None = None,
        on_change: Callable[[Change], None] | None = None,
        progress: Callable[[Progress], None] | None = None,
        skip_synced_since: datetime | None = None,
        on_invalid: OnInvalid = "raise",
    ) -> SyncResult:
        """Bring one business's mirror up to date; what changed.

        `full=True` makes the invoices' pass a full one (which marks removed invoices), as does
        `full_every` once the last full pass is that old. `on_change` receives each change once its
        page has committed, at least once: a change is held in the mirror (`thred_mirror_changes`),
        committed with its page, until it has been handed out. A sync that stopped before (killed,
        or stopped by an error, `on_change`'s own included) leaves the rest held, and the next sync of
        the business with an `on_change` hands them out first, `record` as the mirror holds it then
        (they are not counted in that sync's result). So a change may come twice, never not at all.
        `skip_synced_since` skips a business whose last sync started after that time (synced by
        another worker meanwhile). Raises the API's and the database's errors; another worker
        holding the lease is no error: the result says `skipped`.

        A record that does not fit its model is stored all the same, as sent, under its id. An item
        with no id to store it under (not an object, or without a string id) raises its
        ResponseValidationError once the records before it are stored (`on_invalid="raise"`), or is
        left out with an InvalidRecordWarning (`"skip"`); a full pass then marks removed a record
        stored before that now comes without its id.
        """
        _check_sync_arguments(client, full_every, on_change, progress, on_invalid)
        result = SyncResult(_business_key(business_id))
        self._sync(result, client, full, full_every, on_change, progress, skip_synced_since, on_invalid)
        return result

    def _sync(
        self,
        result: SyncResult,
        client: Any,
        full: bool,
        full_every: timedelta | None,
        on_change: Callable[[Change], None] | None,
        progress: Callable[[Progress], None] | None,
        skip_synced_since: datetime | None,
        on_invalid: OnInvalid,
    ) -> None:
        """Sync `result.business_id`, recording into `result` as it goes (what a failure leaves is
        what was stored before it)."""
        key = result.business_id
        self.create()
        started = time.perf_counter()
        with self.engine.connect() as connection:
            lease = lease_for(connection, key, ttl=self.lease_ttl)
            if not lease.acquire():
                result.skipped = "another worker holds its lease"
                return
            try:
                _Sync(self, connection, lease, client, key, result, on_change, progress, on_invalid).run(
                    full=full, full_every=full_every, skip_synced_since=skip_synced_since
                )
            finally:
                lease.release()
                result.seconds = time.perf_counter() - started

    def sync_many(
        self,
        client: Any,
        business_ids: Sequence[str | UUID],
        *,
        concurrency: int = 4,
        full: bool = False,
        full_every: timedelta | None = None,
        on_change: Callable[[Change], None] | None = None,
        progress: Callable[[Progress], None] | None = None,
        skip_synced_since: datetime | None = None,
        on_invalid: OnInvalid = "raise",
    ) -> list[SyncResult]:
        """Sync many businesses, up to `concurrency` at a time; one result each, in the order given.

        A business that fails does not stop the others: its result holds the `error`, and what the
        sync stored before it (the changes, pages and requests). Several
        processes may run this over the same businesses against one PostgreSQL database: each
        business is synced by one of them at a time, the others skip it.
        """
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be an int >= 1, not {concurrency!r}")
        _check_sync_arguments(client, full_every, on_change, progress, on_invalid)
        keys = [_business_key(business_id) for business_id in business_ids]
        self.create()
        callback_lock = threading.Lock()

        def serialised(callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
            # The callbacks are the caller's code: one call at a time, whichever thread stored the page.
            if callback is None:
                return None

            def call(value: Any) -> None:
                with callback_lock:
                    callback(value)

            return call

        def one(key: str) -> SyncResult:
            result = SyncResult(key)
            try:
                self._sync(
                    result,
                    client,
                    full,
                    full_every,
                    serialised(on_change),
                    serialised(progress),
                    skip_synced_since,
                    on_invalid,
                )
            except Exception as error:  # the result keeps what was stored before it
                result.error = error
            return result

        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="thred-mirror") as pool:
            return list(pool.map(one, keys))

    # -- reading -----------------------------------------------------------

    def records(
        self, business_id: str | UUID, kind: Kind, *, include_removed: bool = False
    ) -> Iterator[Mapping[str, Any]]:
        """The rows of one kind for a business, by id, each as a mapping of its columns (`record`:
        the JSON as sent, as text)."""
        table = KINDS[kind]
        query = table.select().where(table.c.business_id == _business_key(business_id))
        if not include_removed:
            query = query.where(table.c.removed_at.is_(None))
        # A batch at a time (on PostgreSQL a server-side cursor; its driver would otherwise fetch every
        # row at once): a whole list exported is never held in memory.
        query = query.order_by(table.c.id).execution_options(yield_per=_READ_BATCH)
        self.create()
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                yield cast(Mapping[str, Any], row._mapping)


class _Sync:
    """One sync of one business, on one connection, under its lease."""

    def __init__(
        self,
        mirror: Mirror,
        connection: Connection,
        lease: Lease,
        client: Any,
        business_id: str,
        result: SyncResult,
        on_change: Callable[[Change], None] | None,
        progress: Callable[[Progress], None] | None,
        on_invalid: OnInvalid,
    ) -> None:
        self.mirror = mirror
        self.connection = connection
        self.lease = lease
        self.client = client
        self.business_id = business_id
        self.result = result
        self.on_change = on_change
        self.progress = progress
        self.on_invalid = on_invalid
        self.committer = committer_for(mirror.engine, connection)
        # The numbers of the last held change handed out, and of the last one forgotten (`_release`).
        self.handed: int | None = None
        self.released: int | None = None

    def run(self, *, full: bool, full_every: timedelta | None, skip_synced_since: datetime | None) -> None:
        try:
            self._run(full=full, full_every=full_every, skip_synced_since=skip_synced_since)
        finally:
            try:
                self.committer.close()  # the last page committed, its changes handed out, or its error
            finally:
                self._release_at_end()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """A transaction on the sync's connection, once the page before has committed."""
        self.committer.settle()
        with self.connection.begin():
            released = self._release()
            yield
        self._released(released)

    def _release(self) -> int | None:
        """Forget, in the transaction open, the held changes handed out since the last forgotten; the
        number to record as forgotten once this transaction has committed (`_released`)."""
        handed = self.handed
        if handed is None or handed == self.released:
            return None
        release_changes(self.connection, self.business_id, handed)
        return handed

    def _released(self, number: int | None) -> None:
        if number is not None:
            self.released = number

    def _release_at_end(self) -> None:
        # A sync stopped by an error forgets what it handed out before it; should that fail too, the
        # next sync hands those changes out again (at least once, never lost).
        if self.handed is None or self.handed == self.released:
            return
        try:
            with self.connection.begin():
                self._released(self._release())
        except Exception as error:
            logger.warning("mirror: business %s: changes handed out stay held: %s", self.business_id, error)

    def _hand_out_held(self) -> None:
        """Hand out first what a sync that stopped stored and did not (they count in no summary)."""
        assert self.on_change is not None
        with self._transaction():
            held = held_changes(self.connection, self.business_id)
        for number, change in held:
            self.on_change(change)
            self.handed = number

    def _run(self, *, full: bool, full_every: timedelta | None, skip_synced_since: datetime | None) -> None:
        started = datetime.now(UTC)
        with self._transaction():
            state = read_state(self.connection, self.business_id)
        if (
            skip_synced_since is not None
            and state.synced_at is not None
            and state.synced_at >= skip_synced_since
        ):
            self.result.skipped = f"synced since {skip_synced_since.isoformat()}"
            return
        if self.on_change is not None:
            self._hand_out_held()
        if self._full_due(state, full, full_every, started):
            self._full_invoices(started)
        else:
            self._walk_invoices(state.invoice_checkpoint, pass_id=None)
        self._full_credits(started)
        with self._transaction():
            self.lease.renew()
            write_state(self.connection, self.business_id, synced_at=started)

    @staticmethod
    def _full_due(state: State, full: bool, full_every: timedelta | None, now: datetime) -> bool:
        if full or state.invoice_checkpoint is None or state.invoices_full_at is None:
            return True
        return full_every is not None and now - state.invoices_full_at >= full_every

    def _full_invoices(self, started: datetime) -> None:
        pass_id = uuid.uuid4().hex
        self.result.invoices.full = True
        checkpoint = self._walk_invoices(None, pass_id=pass_id)
        # What changed while the pass went on sorts before where it was: one more short walk.
        if checkpoint is not None:
            self._walk_invoices(checkpoint, pass_id=pass_id)
        self._remove("invoices", pass_id, invoices_full_at=started)

    def _full_credits(self, started: datetime) -> None:
        pass_id = uuid.uuid4().hex
        self.result.customer_credits.full = True
        for page in self._fetch("customer_credits", {}):
            self._store("customer_credits", page, pass_id, {})
        self._remove("customer_credits", pass_id, credits_full_at=started)

    def _walk_invoices(self, checkpoint: datetime | None, *, pass_id: str | None) -> datetime | None:
        """Walk invoices newest change first, down to `checkpoint` less the overlap (or to the end);
        the checkpoint the walk earned, committed with its last page."""
        plan = WalkPlan(checkpoint, self.mirror.overlap)
        walk_id = uuid.uuid4().hex
        first = True
        for page in self._fetch("invoices", {"sort": InvoiceSort.UPDATED_AT_DESC}, last=plan.take):
            state: dict[str, Any] = {"invoice_walk": walk_id} if first else {}  # with the walk's first page
            first = False
            if page.last and plan.checkpoint is not None:
                state = {"invoice_walk": None, "invoice_checkpoint": plan.checkpoint}
            self._store("invoices", page, pass_id, state)
            if page.last:
                return plan.checkpoint
        with self._transaction():  # every page read: the walk is complete
            self.lease.renew()
            values: dict[str, Any] = {"invoice_walk": None}
            if plan.checkpoint is not None:
                values["invoice_checkpoint"] = plan.checkpoint
            write_state(self.connection, self.business_id, **values)
        return plan.checkpoint

    def _fetch(
        self,
        kind: Kind,
        params: dict[str, Any],
        last: Callable[[Sequence[Mapping[str, Any]]], bool] | None = None,
    ) -> Iterator[Fetched]:
        """The pages of a list, one at a time; the requests they took are counted in the result."""
        fetcher = PageFetcher(
            LISTS[kind][0],
            client=self.client,
            business_id=self.business_id,
            page_size=self.mirror.page_size,
            params=params,
            last=last,
            on_invalid=self.on_invalid,
        )
        try:
            yield from fetcher
        finally:
            self.result.requests += fetcher.requests

    def _store(self, kind: Kind, page: Fetched, pass_id: str | None, state: dict[str, Any]) -> None:
        """Write a page's rows and the state they advance; they commit while the next page is fetched."""
        now = datetime.now(UTC)
        self.committer.settle()
        transaction = self.connection.begin()
        try:
            released = self._release()
            self.lease.renew()
            changes = write_records(
                self.connection, kind, self.business_id, page.records, now=now, pass_id=pass_id
            )
            numbers = self._hold(kind, [(entry.action, entry.id, entry.replaced) for entry in changes])
            if state:
                write_state(self.connection, self.business_id, **state)
        except BaseException:
            transaction.rollback()
            raise

        def stored() -> None:
            self._released(released)
            self._stored(kind, page, changes, numbers)

        self.committer.commit(transaction, stored)

    def _hold(self, kind: Kind, entries: list[tuple[Action, str, str | None]]) -> list[int] | None:
        """Keep the changes being stored until handed out, for an `on_change` only."""
        if self.on_change is None:
            return None
        return hold_changes(self.connection, kind, self.business_id, entries)

    def _stored(self, kind: Kind, page: Fetched, changes: list[Written], numbers: list[int] | None) -> None:
        summary = getattr(self.result, kind)
        summary.pages += 1
        summary.records += len(page.records)
        self._deliver(kind, changes, numbers)
        if self.progress is not None:
            self.progress(Progress(self.business_id, kind, page.number, summary.records, page.total))

    def _remove(self, kind: Kind, pass_id: str, **state: Any) -> None:
        """Mark removed what the full pass `pass_id` did not find, a chunk at a time: each chunk's JSON
        read and its rows marked in one transaction, its changes handed out once it commits (outside
        any transaction: the caller's code keeps no writer waiting), as a page's are. A sync that
        fails part-way leaves the chunks it had not committed listed, for the next full pass to find
        and hand out. `state` (when the pass ended) is written once every chunk has committed."""
        with self._transaction():
            gone = unseen(self.connection, kind, self.business_id, pass_id=pass_id)
        now = datetime.now(UTC)
        for chunk in chunks(gone):
            with self._transaction():
                self.lease.renew()
                changes = numbers = None
                if self.on_change is not None:
                    changes = removed_changes(self.connection, kind, self.business_id, chunk)
                    numbers = self._hold(kind, [("removed", record_id, None) for record_id in chunk])
                mark_removed(self.connection, kind, self.business_id, chunk, now=now)
            if changes is None:
                getattr(self.result, kind).removed.extend(chunk)
            else:
                self._deliver(kind, changes, numbers)
        with self._transaction():
            self.lease.renew()
            write_state(self.connection, self.business_id, **state)

    def _deliver(self, kind: Kind, changes: Sequence[Change | Written], numbers: list[int] | None) -> None:
        summary = getattr(self.result, kind)
        on_change = self.on_change
        if on_change is None or numbers is None:
            for change in changes:
                summary.add(change)
            return
        for change, number in zip(changes, numbers, strict=True):
            summary.add(change)
            on_change(change if isinstance(change, Change) else change.change(kind, self.business_id))
            self.handed = number
