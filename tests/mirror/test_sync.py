"""The mirror against the stand-in, on SQLite and PostgreSQL: first sync, incremental syncs, changes out."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from thred_client import ThredClient
from thred_client.exceptions import MirrorError, PermissionDeniedError
from thred_client.mirror import Change, Mirror, Progress
from thred_client.mirror.schema import businesses, invoices

from tests.mirror.conftest import assert_mirrors, mirrored
from tests.sandbox.server import Sandbox


def pages(count: int, size: int = 100) -> int:
    return max(1, math.ceil(count / size))


def test_first_sync_stores_every_record_as_sent(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    result = mirror.sync(client, stand_in.business_id)

    assert_mirrors(mirror, stand_in)
    business = stand_in.business
    assert len(result.invoices.created) == len(business.invoices)
    assert len(result.customer_credits.created) == len(business.credits)
    assert result.invoices.full and result.customer_credits.full
    assert not result.invoices.updated and not result.invoices.removed
    # A full walk of each list, and one page more for invoices changed while the pass went on.
    expected = pages(len(business.invoices)) + 1 + pages(len(business.credits))
    assert (
        result.requests
        == expected
        == stand_in.log.count("list_invoices") + stand_in.log.count("list_customer_credits")
    )


def test_report_columns_come_from_the_record(mirror: Mirror, stand_in: Sandbox, client: ThredClient) -> None:
    mirror.sync(client, stand_in.business_id)
    for row in mirror.records(stand_in.business_id, "invoices"):
        record = json.loads(row["record"])
        assert row["status"] == record["status"]
        assert row["currency"] == record["currency"]
        assert row["total_amount"] == record["total_amount"]
        assert row["outstanding_balance"] == record["outstanding_balance"]
        assert row["customer_id"] == record["customer"]["id"]
        assert row["updated_at"] == datetime.fromisoformat(record["updated_at"]).astimezone(UTC)
        due = record["due_at"]
        assert row["due_at"] == (None if due is None else datetime.fromisoformat(due).astimezone(UTC))
        assert row["removed_at"] is None and row["first_seen_at"] <= row["last_seen_at"]
    for row in mirror.records(stand_in.business_id, "customer_credits"):
        record = json.loads(row["record"])
        assert (row["status"], row["applied_amount"]) == (record["status"], record["applied_amount"])
        assert row["source_invoice_id"] == record["source_invoice_id"]


def test_second_sync_reads_only_the_newest_invoices(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    mirror.sync(client, stand_in.business_id)
    changes = stand_in.mutations
    ids = changes.invoice_ids()
    for invoice_id in ids[10:13]:
        changes.update_invoice(invoice_id)
    created = changes.create_invoice()
    credit_ids = changes.credit_ids()
    changes.update_credit(credit_ids[0])
    changes.delete_credit(credit_ids[1])
    new_credit = changes.create_credit()
    stand_in.log.clear()

    result = mirror.sync(client, stand_in.business_id)

    assert not result.invoices.full
    assert sorted(result.invoices.updated) == sorted(ids[10:13])
    assert result.invoices.created == [created]
    assert result.customer_credits.created == [new_credit]
    assert result.customer_credits.updated == [credit_ids[0]]
    assert result.customer_credits.removed == [credit_ids[1]]
    # One page of invoices (it reaches below the checkpoint), and every page of credits.
    assert stand_in.log.count("list_invoices") == 1
    assert result.requests == 1 + pages(len(changes.credit_ids()))
    assert_mirrors(mirror, stand_in)


def test_a_sync_with_nothing_changed_changes_nothing(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    mirror.sync(client, stand_in.business_id)
    before = mirrored(mirror, stand_in.business_id, "invoices")
    result = mirror.sync(client, stand_in.business_id)
    assert result.changed == 0
    assert mirrored(mirror, stand_in.business_id, "invoices") == before


def test_a_deleted_invoice_is_marked_removed_by_a_full_pass(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    mirror.sync(client, stand_in.business_id)
    gone = stand_in.mutations.invoice_ids()[100]
    stand_in.mutations.delete_invoice(gone)

    incremental = mirror.sync(client, stand_in.business_id)
    assert incremental.invoices.removed == []  # a deletion leaves no trace in the newest changes

    full = mirror.sync(client, stand_in.business_id, full=True)
    assert full.invoices.removed == [gone]
    assert_mirrors(mirror, stand_in)
    [row] = [
        r for r in mirror.records(stand_in.business_id, "invoices", include_removed=True) if r["id"] == gone
    ]
    assert row["removed_at"] is not None
    assert json.loads(row["record"])["id"] == gone  # kept as it was last seen


def seven_deleted_in_three_chunks(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict[str, Any], list[str]]:
    """Mirror the stand-in, then delete 7 invoices from it, which 3 removals a chunk puts across three
    chunks: the JSON the mirror held by id, and the ids deleted, in id order (as removals come)."""
    monkeypatch.setattr("thred_client.mirror.store._CHUNK", 3)
    mirror.sync(client, stand_in.business_id)
    held = mirrored(mirror, stand_in.business_id, "invoices")
    gone = sorted(stand_in.mutations.invoice_ids()[10:17])
    for invoice_id in gone:
        stand_in.mutations.delete_invoice(invoice_id)
    return held, gone


def test_removals_read_back_across_chunks_come_in_id_order_each_with_the_json_it_had(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A whole list gone is read back in chunks once the removal committed.
    held, gone = seven_deleted_in_three_chunks(mirror, stand_in, client, monkeypatch)
    changes: list[Change] = []

    def on_change(change: Change) -> None:
        changes.append(change)
        # The caller's code runs outside the mirror's transactions: another writer is not kept waiting.
        with mirror.engine.begin() as other:
            other.execute(sa.update(businesses).values(lease_holder=businesses.c.lease_holder))

    result = mirror.sync(client, stand_in.business_id, full=True, on_change=on_change)

    assert result.invoices.removed == gone
    removals = [change for change in changes if change.action == "removed"]
    assert [change.id for change in removals] == gone
    assert all(change.record is None and change.previous == held[change.id] for change in removals)
    assert_mirrors(mirror, stand_in)


def test_removals_not_handed_out_before_an_error_come_with_the_next_sync(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    held, gone = seven_deleted_in_three_chunks(mirror, stand_in, client, monkeypatch)
    removals: list[Change] = []
    failures = [RuntimeError("the service could not take it")]

    def on_change(change: Change) -> None:
        if change.action == "removed" and len(removals) == 4 and failures:
            raise failures.pop()  # once, at the 2nd of the second chunk
        removals.append(change)

    with pytest.raises(RuntimeError):
        mirror.sync(client, stand_in.business_id, full=True, on_change=on_change)
    assert [change.id for change in removals] == gone[:4]
    # The next sync, incremental, finds no removal of its own: it hands out the rest of the second
    # chunk, which had committed; the third chunk was never marked, and waits for a full pass.
    result = mirror.sync(client, stand_in.business_id, on_change=on_change)
    assert result.invoices.removed == []
    assert [change.id for change in removals] == gone[:6]
    result = mirror.sync(client, stand_in.business_id, full=True, on_change=on_change)
    assert result.invoices.removed == gone[6:]
    assert [change.id for change in removals] == gone
    assert all(change.record is None and change.previous == held[change.id] for change in removals)
    assert_mirrors(mirror, stand_in)


def test_full_every_schedules_full_passes(mirror: Mirror, stand_in: Sandbox, client: ThredClient) -> None:
    mirror.sync(client, stand_in.business_id)
    assert not mirror.sync(client, stand_in.business_id, full_every=timedelta(days=1)).invoices.full
    with mirror.engine.begin() as connection:
        connection.execute(businesses.update().values(invoices_full_at=datetime.now(UTC) - timedelta(days=2)))
    assert mirror.sync(client, stand_in.business_id, full_every=timedelta(days=1)).invoices.full


def test_changes_are_handed_out_once_stored(mirror: Mirror, stand_in: Sandbox, client: ThredClient) -> None:
    mirror.sync(client, stand_in.business_id)
    target = stand_in.mutations.invoice_ids()[42]
    before = stand_in.mutations.invoices()[target]
    stand_in.mutations.update_invoice(target)
    seen: list[Change] = []

    def react(change: Change) -> None:
        # Stored already: a reader on another connection sees it.
        with mirror.engine.connect() as connection:
            stored = connection.execute(
                sa.select(invoices.c.record).where(invoices.c.id == change.id)
            ).scalar_one()
        assert json.loads(stored) == change.record
        seen.append(change)

    mirror.sync(client, stand_in.business_id, on_change=react)

    [change] = seen
    assert (change.kind, change.action, change.id) == ("invoices", "updated", target)
    assert change.previous == before
    assert change.record == stand_in.mutations.invoices()[target]


def test_an_on_change_that_raises_stops_the_sync_and_the_next_hands_out_the_rest(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    mirror.sync(client, stand_in.business_id)
    before = mirrored(mirror, stand_in.business_id, "invoices")
    targets = stand_in.mutations.invoice_ids()[40:43]
    for invoice_id in targets:
        stand_in.mutations.update_invoice(invoice_id)  # now the newest three: one page
    failure = RuntimeError("the service could not take it")
    seen: list[Change] = []

    def react(change: Change) -> None:
        seen.append(change)
        if len(seen) == 2:
            raise failure

    with pytest.raises(RuntimeError) as raised:
        mirror.sync(client, stand_in.business_id, on_change=react)
    assert raised.value is failure  # the caller's own error, as raised
    assert len(seen) == 2
    # The page had committed: its changes are stored, and the one that raised and the one after it
    # are handed out by the next sync (which itself finds nothing new), before anything else.
    assert mirror.sync(client, stand_in.business_id, on_change=react).changed == 0
    (last,) = set(targets) - {seen[0].id, seen[1].id}
    assert [change.id for change in seen[2:]] == [seen[1].id, last]
    assert {change.id for change in seen} == set(targets)
    now = stand_in.mutations.invoices()
    for change in seen:
        assert (change.kind, change.action) == ("invoices", "updated")
        assert change.record == now[change.id] and change.previous == before[change.id]
    assert mirror.sync(client, stand_in.business_id, on_change=react).changed == 0
    assert len(seen) == 4  # handed out, then forgotten
    assert_mirrors(mirror, stand_in)


def test_progress_reports_each_page(mirror: Mirror, stand_in: Sandbox, client: ThredClient) -> None:
    events: list[Progress] = []
    result = mirror.sync(client, stand_in.business_id, progress=events.append)
    assert len(events) == result.invoices.pages + result.customer_credits.pages
    credits = [event for event in events if event.kind == "customer_credits"]
    assert credits[-1].records == len(stand_in.business.credits) == credits[-1].total


def test_sync_many_syncs_each_business_and_reports_failures_apart(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    ids = [stand_in.business_id, stand_in.sibling_business_id, stand_in.foreign_business_id]
    results = mirror.sync_many(client, ids, concurrency=2)

    assert [result.business_id for result in results] == ids
    assert results[0].error is None and results[1].error is None
    assert isinstance(results[2].error, PermissionDeniedError)  # another partner's business
    assert_mirrors(mirror, stand_in)
    assert_mirrors(mirror, stand_in, stand_in.sibling_business_id)


def test_bad_arguments_fail_before_any_request(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    with pytest.raises(MirrorError, match="not a UUID"):
        mirror.sync(client, "not-a-business")
    with pytest.raises(ValueError, match="concurrency"):
        mirror.sync_many(client, [stand_in.business_id], concurrency=0)
    with pytest.raises(ValueError, match="overlap"):
        Mirror("sqlite://", overlap=timedelta(seconds=-1))
    for size in (0, 101, True, "100"):
        with pytest.raises(ValueError, match="page_size"):
            Mirror("sqlite://", page_size=size)  # type: ignore[arg-type]
    for sync in (mirror.sync, lambda *args, **kwargs: mirror.sync_many(args[0], [args[1]], **kwargs)):
        for wrong in (None, "a token", stand_in.base_url):
            with pytest.raises(TypeError, match="client must be a ThredClient"):
                sync(wrong, stand_in.business_id)
        with pytest.raises(ValueError, match="full_every"):
            sync(client, stand_in.business_id, full_every=timedelta(days=-1))
        for name in ("on_change", "progress"):
            with pytest.raises(TypeError, match=name):
                sync(client, stand_in.business_id, **{name: "print"})
    with pytest.raises(MirrorError, match="empty path"):
        Mirror("")
    for url in ("postgresql://user:s3cret@host:notaport/db", "postgresql+nosuchdriver://user:s3cret@h/db"):
        with pytest.raises(MirrorError) as raised:
            Mirror(url)
        assert "s3cret" not in str(raised.value)
    assert stand_in.log.count() == 0
