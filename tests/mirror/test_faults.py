"""Faults: a run killed mid-page, a server error mid-walk, records changing during the walk, two
workers racing for one business. After each, the mirror converges on exactly what the stand-in lists.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from thred_client import ThredClient
from thred_client.exceptions import InternalServerError, LeaseLostError
from thred_client.mirror import Change, Mirror, Progress, SyncResult
from thred_client.mirror.schema import businesses, invoices

from tests.mirror.conftest import assert_mirrors, mirrored
from tests.mirror.postgres import end_other_connections
from tests.sandbox.server import Sandbox

ROOT = Path(__file__).resolve().parents[2]
PAGE = 100


def stored_invoices(mirror: Mirror) -> int:
    with mirror.engine.connect() as connection:
        return connection.execute(sa.select(sa.func.count()).select_from(invoices)).scalar_one()


def checkpoint(mirror: Mirror) -> object:
    with mirror.engine.connect() as connection:
        return connection.execute(sa.select(businesses.c.invoice_checkpoint)).scalar()


def unretried(stand_in: Sandbox) -> ThredClient:
    """A client of the stand-in that retries nothing: a scripted server error fails its request."""
    return ThredClient(
        base_url=stand_in.base_url, partner_id=stand_in.partner_id, api_key=stand_in.api_key, max_retries=0
    )


def on_invoice_page(number: int, action: Callable[[], None]) -> Callable[[Progress], None]:
    """A progress callback that runs `action` once, after the invoice page `number` is stored."""
    done = False

    def callback(progress: Progress) -> None:
        nonlocal done
        if progress.kind == "invoices" and progress.page == number and not done:
            done = True
            action()

    return callback


def both(*callbacks: Callable[[Progress], None]) -> Callable[[Progress], None]:
    def callback(progress: Progress) -> None:
        for each in callbacks:
            each(progress)

    return callback


# -- a run killed mid-page --------------------------------------------------------------------------


def start_worker(stand_in: Sandbox, database: str, **settings: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "THRED_BASE_URL": stand_in.base_url,
        "THRED_PARTNER_ID": stand_in.partner_id,
        "THRED_API_KEY": stand_in.api_key,
        "THRED_BUSINESS_ID": stand_in.business_id,
        "MIRROR_DATABASE": database,
        "MIRROR_LEASE_SECONDS": "2",
        **settings,
    }
    env.pop("THRED_TOKEN", None)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.mirror.worker"], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )


def read_until(worker: subprocess.Popen[str], line: str) -> None:
    assert worker.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        got = worker.stdout.readline()
        if not got:
            raise AssertionError(f"the worker ended before printing {line!r}")
        if got.strip() == line:
            return
    raise AssertionError(f"the worker did not print {line!r} in time")


def kill(worker: subprocess.Popen[str]) -> None:
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL


def resume(mirror: Mirror, client: ThredClient, stand_in: Sandbox) -> SyncResult:
    """Sync once the dead worker's lease is gone: at once on PostgreSQL, after its expiry on SQLite."""
    result = mirror.sync(client, stand_in.business_id)
    if mirror.engine.dialect.name == "postgresql":
        assert result.skipped is None  # the lock went with the dead worker's connection
        return result
    assert result.skipped == "another worker holds its lease"
    time.sleep(2.1)
    result = mirror.sync(client, stand_in.business_id)
    assert result.skipped is None
    return result


def test_a_run_killed_inside_a_page_transaction_resumes_and_converges(
    database: str, stand_in: Sandbox, client: ThredClient
) -> None:
    worker = start_worker(stand_in, database, MIRROR_HOLD_PAGE="3")
    try:
        read_until(worker, "holding")  # page 3's rows written, not committed
        kill(worker)
    finally:
        worker.kill()
    with Mirror(database) as mirror:
        assert stored_invoices(mirror) == 2 * PAGE  # the first two pages, and nothing of the third
        assert checkpoint(mirror) is None  # the walk did not end: no checkpoint yet
        stand_in.mutations.update_invoice(stand_in.mutations.invoice_ids()[7])
        stand_in.mutations.create_invoice()

        result = resume(mirror, client, stand_in)

        assert_mirrors(mirror, stand_in)
        # Nothing doubled: what the dead run stored is not created again.
        total = len(stand_in.mutations.invoice_ids())
        assert len(result.invoices.created) == total - 2 * PAGE
        assert len(result.invoices.updated) <= 1


def test_a_run_killed_waiting_for_a_page_resumes_and_converges(
    database: str, stand_in: Sandbox, client: ThredClient
) -> None:
    worker = start_worker(stand_in, database)
    try:
        read_until(worker, "stored invoices 2")
        stand_in.faults.script(["stall:seconds=60"], operation="list_invoices")
        deadline = time.monotonic() + 30
        while not any(r.fault for r in stand_in.log.records("list_invoices")):
            assert time.monotonic() < deadline, "the worker never asked for the next page"
            time.sleep(0.01)
        kill(worker)
    finally:
        worker.kill()
    with Mirror(database) as mirror:
        assert stored_invoices(mirror) in (2 * PAGE, 3 * PAGE)
        assert checkpoint(mirror) is None
        resume(mirror, client, stand_in)
        assert_mirrors(mirror, stand_in)


def test_a_run_killed_while_it_hands_out_changes_loses_none(
    database: str, stand_in: Sandbox, client: ThredClient
) -> None:
    # Killed at the 30th change of page 2: page 2 has committed, 29 of its changes were handed out.
    worker = start_worker(stand_in, database, MIRROR_KILL_AT_CHANGE=str(PAGE + 30))
    stuck = threading.Timer(60, worker.kill)  # a worker that never gets there fails the test, in time
    stuck.start()
    try:
        assert worker.stdout is not None
        lines = [line.split() for line in worker.stdout if line.startswith("change ")]
        worker.wait(timeout=30)
        assert worker.returncode == -signal.SIGKILL
    finally:
        stuck.cancel()
        worker.kill()
    printed = [(kind, action, record_id) for _, kind, action, record_id in lines]
    assert len(printed) == PAGE + 29
    with Mirror(database) as mirror:
        assert stored_invoices(mirror) == 2 * PAGE
        handed: list[Change] = []
        result = mirror.sync(client, stand_in.business_id, on_change=handed.append)
        if result.skipped:  # SQLite: the dead worker's lease expires first
            time.sleep(2.1)
            result = mirror.sync(client, stand_in.business_id, on_change=handed.append)
        assert result.skipped is None
        assert_mirrors(mirror, stand_in)
        again = [(change.kind, change.action, change.id) for change in handed]
        # Page 2's changes first, those handed out before the kill included; none of page 1's.
        assert again[:29] == printed[PAGE:]
        assert not set(printed[:PAGE]) & set(again)
        # Nothing lost: every record was handed out as created, by one run or the other.
        every = {("invoices", key) for key in stand_in.mutations.invoice_ids()}
        every |= {("customer_credits", key) for key in stand_in.mutations.credits()}
        assert {(kind, key) for kind, action, key in printed + again if action == "created"} == every
        assert len(result.invoices.created) == len(stand_in.mutations.invoice_ids()) - 2 * PAGE
        # Handed out, then forgotten: the next sync hands out nothing.
        assert mirror.sync(client, stand_in.business_id, on_change=handed.append).changed == 0
        assert len(again) == len(handed)
        for change in handed[:PAGE]:  # as the mirror holds them
            assert change.record is not None and change.record["id"] == change.id and change.previous is None


# -- a server error mid-walk ------------------------------------------------------------------------


def test_a_server_error_mid_walk_keeps_the_checkpoint_and_the_next_run_converges(
    mirror: Mirror, stand_in: Sandbox
) -> None:
    with unretried(stand_in) as client:
        mirror.sync(client, stand_in.business_id)
        before = checkpoint(mirror)
        changed = stand_in.mutations.invoice_ids()[:250]  # three pages of changes
        for invoice_id in changed:
            stand_in.mutations.update_invoice(invoice_id)

        def fail_next_page() -> None:
            stand_in.faults.script(["503"], operation="list_invoices")

        delivered: list[str] = []
        with pytest.raises(InternalServerError) as raised:
            mirror.sync(
                client,
                stand_in.business_id,
                on_change=lambda change: delivered.append(change.id),
                progress=on_invoice_page(1, fail_next_page),
            )
        # Page 1's progress comes once it has committed, which may be after page 2 was fetched.
        failed = raised.value.page  # type: ignore[attr-defined]
        assert failed in (2, 3)
        assert checkpoint(mirror) == before  # the walk did not reach it: the checkpoint stays
        # Every page before the failed one committed, its commit in flight included, and its
        # changes were handed out: none lost, none handed out that was not stored.
        current = stand_in.mutations.invoices()
        stored = {
            row["id"]: json.loads(row["record"]) for row in mirror.records(stand_in.business_id, "invoices")
        }
        assert set(delivered) == {key for key in changed if stored[key] == current[key]}
        assert len(delivered) == (failed - 1) * PAGE

        result = mirror.sync(client, stand_in.business_id)
        assert len(result.invoices.updated) == 250 - (failed - 1) * PAGE  # the rest of the changes
        assert_mirrors(mirror, stand_in)


def test_a_business_that_fails_in_sync_many_reports_what_was_stored_before(
    mirror: Mirror, stand_in: Sandbox
) -> None:
    with unretried(stand_in) as client:
        delivered: list[str] = []
        (result,) = mirror.sync_many(
            client,
            [stand_in.business_id],
            on_change=lambda change: delivered.append(change.id),
            progress=on_invoice_page(1, lambda: stand_in.faults.script(["503"], operation="list_invoices")),
        )
    assert isinstance(result.error, InternalServerError), result.summary()
    failed = result.error.page  # type: ignore[attr-defined]
    # The pages stored before the failure, as handed out: counted, not lost with the error.
    assert result.invoices.created == delivered and len(delivered) == (failed - 1) * PAGE
    assert result.invoices.pages == failed - 1 and result.requests == failed
    assert result.seconds > 0
    assert stored_invoices(mirror) == len(delivered)


# -- records changing during the walk ----------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::thred_client.ListChangedWarning")
def test_records_changing_during_an_incremental_walk(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    mirror.sync(client, stand_in.business_id)
    changes = stand_in.mutations
    ids = changes.invoice_ids()
    for invoice_id in ids[:250]:
        changes.update_invoice(invoice_id)
    stamps = {key: datetime.fromisoformat(r["updated_at"]) for key, r in changes.invoices().items()}
    oldest = sorted(ids[250:], key=stamps.__getitem__)  # not read by this walk

    def meanwhile() -> None:
        changes.update_invoice(ids[0])  # read already: moves to the top again
        changes.update_invoice(oldest[0])  # not to be read: moves to the top, past the walk
        changes.create_invoice()
        changes.delete_invoice(ids[1])  # read already
        changes.delete_invoice(ids[200])  # not read yet

    mirror.sync(client, stand_in.business_id, progress=on_invoice_page(1, meanwhile))

    # The next incremental sync catches every change but the deletion of a record already read.
    mirror.sync(client, stand_in.business_id)
    held = mirrored(mirror, stand_in.business_id, "invoices")
    served = changes.invoices()
    assert {key: held[key] for key in served} == served
    assert set(held) - set(served) <= {ids[1], ids[200]}
    mirror.sync(client, stand_in.business_id, full=True)
    assert_mirrors(mirror, stand_in)


@pytest.mark.filterwarnings("ignore::thred_client.ListChangedWarning")
def test_records_changing_during_a_full_pass_are_not_taken_for_removed(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    mirror.sync(client, stand_in.business_id)
    changes = stand_in.mutations
    stamps = {key: datetime.fromisoformat(r["updated_at"]) for key, r in changes.invoices().items()}
    by_age = sorted(stamps, key=stamps.__getitem__)

    def meanwhile() -> None:
        # The list's length stays as it was, so the walk cannot tell that anything moved.
        for invoice_id in by_age[:5]:  # on the walk's last page: moved to its first, behind it
            changes.update_invoice(invoice_id)
        changes.delete_invoice(by_age[10])  # not read yet
        changes.create_invoice()
        credits = changes.credit_ids()
        changes.update_credit(credits[-1])
        changes.delete_credit(credits[0])

    def later() -> None:
        changes.delete_invoice(by_age[-1])  # read on page 1

    result = mirror.sync(
        client,
        stand_in.business_id,
        full=True,
        progress=both(on_invoice_page(1, meanwhile), on_invoice_page(2, later)),
    )

    assert result.invoices.removed == [by_age[10]]  # the updated ones are not taken for removed
    held = mirrored(mirror, stand_in.business_id, "invoices")
    served = changes.invoices()
    assert {key: held[key] for key in served} == served
    mirror.sync(client, stand_in.business_id, full=True)
    assert_mirrors(mirror, stand_in)


# -- two workers racing for one business ------------------------------------------------------------


def test_two_workers_racing_for_one_business(database: str, stand_in: Sandbox, client: ThredClient) -> None:
    stand_in.faults.latency = 0.02  # long enough a sync for the two to overlap
    start = threading.Barrier(2, timeout=60)
    results: list[SyncResult | BaseException] = []

    def worker() -> None:
        try:
            with Mirror(database) as mirror:  # an engine of its own, as another process would have
                mirror.create()
                start.wait()
                results.append(mirror.sync(client, stand_in.business_id))
        except BaseException as error:
            start.abort()
            results.append(error)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not [error for error in results if isinstance(error, BaseException)], results
    skipped = [r for r in results if isinstance(r, SyncResult) and r.skipped]
    synced = [r for r in results if isinstance(r, SyncResult) and not r.skipped]
    assert len(skipped) == 1 and len(synced) == 1
    assert len(synced[0].invoices.created) == len(stand_in.business.invoices)
    with Mirror(database) as mirror:
        assert_mirrors(mirror, stand_in)


def test_two_worker_processes_racing_for_one_business(database: str, stand_in: Sandbox) -> None:
    stand_in.faults.latency = 0.2  # a sync of a couple of seconds: longer than a process takes to start
    workers = [start_worker(stand_in, database) for _ in range(2)]
    outputs = []
    try:
        for worker in workers:
            out, _ = worker.communicate(timeout=120)
            assert worker.returncode == 0, out
            outputs.append(out.splitlines()[-1])
    finally:
        for worker in workers:
            worker.kill()
    assert sum("skipped (another worker holds its lease)" in line for line in outputs) == 1, outputs
    with Mirror(database) as mirror:
        assert_mirrors(mirror, stand_in)


def test_a_worker_whose_lease_ran_out_stops_at_its_next_page(
    database: str, stand_in: Sandbox, client: ThredClient
) -> None:
    with Mirror(database, lease_ttl=timedelta(seconds=0.3)) as slow, Mirror(database) as other:
        taken: list[SyncResult] = []

        def stall_then_race() -> None:
            time.sleep(0.5)  # the slow worker's lease runs out
            taken.append(other.sync(client, stand_in.business_id))

        if slow.engine.dialect.name == "postgresql":
            # A lock held by a live connection never runs out: the other worker is turned away.
            slow.sync(client, stand_in.business_id, progress=on_invoice_page(1, stall_then_race))
            assert taken[0].skipped
        else:
            with pytest.raises(LeaseLostError):
                slow.sync(client, stand_in.business_id, progress=on_invoice_page(1, stall_then_race))
            assert not taken[0].skipped
        assert_mirrors(other, stand_in)


def cut_off(mirror: Mirror, business_id: str) -> None:
    """Make the sync's next transaction fail, as a real fault would: on SQLite another worker takes
    its lease; on PostgreSQL the server ends the sync's connection."""
    if mirror.engine.dialect.name == "postgresql":
        end_other_connections(mirror.engine)
        return
    later = datetime.now(UTC) + timedelta(hours=1)
    with mirror.engine.begin() as other:
        other.execute(
            businesses.update()
            .where(businesses.c.business_id == business_id)
            .values(lease_holder="another worker", lease_expires_at=later)
        )


def removed_ids(mirror: Mirror, business_id: str) -> set[str]:
    rows = mirror.records(business_id, "invoices", include_removed=True)
    return {row["id"] for row in rows if row["removed_at"] is not None}


def test_a_sync_failing_while_it_marks_removals_hands_out_every_removal_it_stored(
    database: str, stand_in: Sandbox, client: ThredClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3 removals a chunk: the sync fails after the first chunk, once its changes are handed out.
    monkeypatch.setattr("thred_client.mirror.store._CHUNK", 3)
    business = stand_in.business_id
    with Mirror(database) as mirror:
        mirror.sync(client, business)
        gone = sorted(stand_in.mutations.invoice_ids()[20:27])
        for invoice_id in gone:
            stand_in.mutations.delete_invoice(invoice_id)
        handed: list[str] = []

        def on_change(change: Change) -> None:
            if change.action == "removed":
                if not handed:
                    cut_off(mirror, business)
                handed.append(change.id)

        with pytest.raises((LeaseLostError, sa.exc.DBAPIError)):
            mirror.sync(client, business, full=True, on_change=on_change)
        # What the mirror marked removed is exactly what on_change was given: nothing stored unsaid.
        assert handed == gone[:3]
        assert removed_ids(mirror, business) == set(handed)

        with mirror.engine.begin() as connection:  # the other worker lets the lease go
            connection.execute(businesses.update().values(lease_holder=None, lease_expires_at=None))
        result = mirror.sync(client, business, full=True, on_change=on_change)
        assert result.invoices.removed == gone[3:]  # the rest, found by the next full pass
        assert handed == gone  # each removal handed out once
        assert removed_ids(mirror, business) == set(gone)
        assert_mirrors(mirror, stand_in)
