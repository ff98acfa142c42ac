"""What a page's rows keep, on each real database: the record as read, whatever text it holds."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from thred_client import ThredClient, _json
from thred_client.exceptions import MirrorError
from thred_client.mirror import Change, Mirror
from thred_client.mirror.columns import KIND_COLUMNS
from thred_client.mirror.schema import SCHEMA_VERSION, changes, schema
from thred_client.mirror.sent import Sent
from thred_client.mirror.store import create_tables, engine_for, write_page

from tests.json_values import escaped_text, same
from tests.sandbox.server import Sandbox

BUSINESS = "6a1f0c9e-0d7b-4c55-9d8e-2f4f4f1b2a10"

# Valid JSON whose strings no database keeps as they are: lone surrogates (escapes UTF-8 cannot
# encode) and a NUL (which PostgreSQL's text refuses).
ODD_TEXT = (
    b'{"id": "odd-1", "status": "\\ud800", "currency": "EU\\u0000R", "invoice_number": "INV-\\udfff",'
    b' "memo": "lone \\ud83d and nul \\u0000 and \\u00e9", "total_amount": 100}'
)


def test_a_record_with_text_no_database_keeps_is_stored_as_read(database: str) -> None:
    record = _json.loads(ODD_TEXT)
    engine = engine_for(database)
    try:
        create_tables(engine)
        with engine.connect() as connection, connection.begin():
            changes = write_page(
                connection, "invoices", BUSINESS, [record], now=datetime.now(UTC), pass_id=None
            )
    finally:
        engine.dispose()
    assert [change.action for change in changes] == ["created"]
    with Mirror(database) as mirror:
        (row,) = mirror.records(BUSINESS, "invoices")
    assert json.loads(row["record"]) == record  # nothing lost
    # The text columns that cannot hold their value are empty, as for a value of another type.
    assert row["status"] is None and row["currency"] is None and row["invoice_number"] is None
    assert row["total_amount"] == 100


def test_a_value_changed_only_in_its_json_type_is_stored_and_reported(database: str) -> None:
    engine = engine_for(database)
    try:
        create_tables(engine)
        actions = []
        for flag in (1, True):
            with engine.connect() as connection, connection.begin():
                record = {"id": "typed-1", "status": "SENT", "flag": flag}
                changes = write_page(
                    connection, "invoices", BUSINESS, [record], now=datetime.now(UTC), pass_id=None
                )
            actions += [change.action for change in changes]
    finally:
        engine.dispose()
    assert actions == ["created", "updated"]
    with Mirror(database) as mirror:
        (row,) = mirror.records(BUSINESS, "invoices")
    assert json.loads(row["record"])["flag"] is True


def test_an_id_no_database_keeps_is_refused_by_name(database: str) -> None:
    record = _json.loads(b'{"id": "odd-\\ud800", "status": "SENT"}')
    engine = engine_for(database)
    try:
        create_tables(engine)
        with (
            engine.connect() as connection,
            connection.begin(),
            pytest.raises(MirrorError, match="lone surrogate"),
        ):
            write_page(connection, "invoices", BUSINESS, [record], now=datetime.now(UTC), pass_id=None)
    finally:
        engine.dispose()


# Values a JSON text can hold, as decoded: strings any escape spells, integers beyond 64 bits, numbers
# beyond JSON (NaN and the infinities, which the standard library reads), and nesting.
ESCAPED_TEXT = escaped_text(6)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(-(10**30), 10**30) | st.floats() | ESCAPED_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ESCAPED_TEXT, inner, max_size=3),
    max_leaves=8,
)
FIELDS = st.sampled_from(
    ["status", "currency", "customer", "invoice_number", "total_amount", "sent_at", "updated_at", "memo"]
)
RECORD_BODIES = st.lists(st.dictionaries(FIELDS | ESCAPED_TEXT, VALUES, max_size=5), max_size=4).map(
    lambda records: json.dumps(
        {"results": [{**record, "id": f"id-{index}"} for index, record in enumerate(records)]}
    ).encode()
)


@settings(max_examples=150, deadline=None)
@given(RECORD_BODIES)
def test_every_page_a_body_can_hold_is_stored_and_read_back_alike(body: bytes) -> None:
    records = _json.loads(body)["results"]
    noted = _json._non_finite
    try:
        with tempfile.TemporaryDirectory() as folder:
            database = f"sqlite:///{Path(folder) / 'mirror.db'}"
            engine = engine_for(database)
            try:
                create_tables(engine)
                with engine.connect() as connection, connection.begin():
                    write_page(connection, "invoices", BUSINESS, records, now=datetime.now(UTC), pass_id=None)
            finally:
                engine.dispose()
            with Mirror(database) as mirror:
                stored = {
                    row["id"]: json.loads(row["record"]) for row in mirror.records(BUSINESS, "invoices")
                }
    finally:
        _json._non_finite = noted  # what this body held says nothing of the next one's
    assert stored.keys() == {record["id"] for record in records}
    assert all(same(stored[record["id"]], record) for record in records)


def test_records_are_read_a_batch_at_a_time_not_all_at_once(database: str) -> None:
    # An export of a business's whole list must not hold it all in memory: PostgreSQL's driver
    # fetches a plain query's every row at once, a server-side cursor a batch at a time.
    with Mirror(database) as mirror:
        mirror.create()
        rows = [{"id": f"inv-{n:04}", "status": "open", "total_amount": n} for n in range(1_200)]
        with mirror.engine.begin() as connection:
            write_page(connection, "invoices", BUSINESS, rows, now=datetime.now(UTC), pass_id=None)
        cursors: list[str] = []

        @sa.event.listens_for(mirror.engine, "before_cursor_execute")
        def seen(conn: object, cursor: object, statement: str, *_: object) -> None:
            if "thred_mirror_invoices" in statement:
                cursors.append(type(cursor).__name__)

        read = [row["id"] for row in mirror.records(BUSINESS, "invoices")]

    assert read == [row["id"] for row in rows]
    if mirror.engine.dialect.name == "postgresql":
        assert cursors == ["ServerCursor"]


def stamps(mirror: Mirror) -> list[int]:
    with mirror.engine.connect() as connection:
        return list(connection.execute(sa.select(schema.c.version)).scalars())


def test_the_tables_are_stamped_with_their_layout_once_however_often_opened(database: str) -> None:
    for _ in range(2):
        with Mirror(database) as mirror:
            mirror.create()
    assert stamps(mirror) == [SCHEMA_VERSION]


def test_tables_made_before_the_stamp_are_stamped_and_kept(database: str) -> None:
    with Mirror(database) as mirror:
        mirror.create()
        with mirror.engine.begin() as connection:
            write_page(
                connection, "invoices", BUSINESS, [{"id": "kept"}], now=datetime.now(UTC), pass_id=None
            )
            schema.drop(connection)  # as a release before the stamp made them
    with Mirror(database) as mirror:
        mirror.create()
        assert stamps(mirror) == [SCHEMA_VERSION]
        assert [r["id"] for r in mirror.records(BUSINESS, "invoices")] == ["kept"]


def test_tables_of_1_0_0_gain_the_changes_table_and_hand_out_changes(
    database: str, stand_in: Sandbox, client: ThredClient
) -> None:
    with Mirror(database) as mirror:
        mirror.create()
        with mirror.engine.begin() as connection:
            changes.drop(connection)  # as 1.0.0 made them: layout version 1, without it
    with Mirror(database) as mirror:
        handed: list[Change] = []
        result = mirror.sync(client, stand_in.business_id, on_change=handed.append)
        assert len(handed) == result.changed > 0
        assert stamps(mirror) == [SCHEMA_VERSION]
        with mirror.engine.connect() as connection:
            assert connection.execute(sa.select(sa.func.count()).select_from(changes)).scalar_one() == 0


def test_tables_a_later_release_made_are_refused_before_anything_is_read_or_written(
    database: str, stand_in: Sandbox, client: ThredClient
) -> None:
    with Mirror(database) as mirror:
        mirror.create()
        with mirror.engine.begin() as connection:
            connection.execute(schema.update().values(version=SCHEMA_VERSION + 1))
    with Mirror(database) as mirror:
        with pytest.raises(MirrorError, match=f"layout version {SCHEMA_VERSION + 1}, made by a later"):
            mirror.sync(client, stand_in.business_id)
        with pytest.raises(MirrorError, match="upgrade it"):
            list(mirror.records(stand_in.business_id, "invoices"))
        assert stamps(mirror) == [SCHEMA_VERSION + 1]
    assert stand_in.log.count() == 0  # refused before any request


def test_a_record_is_updated_by_a_later_stamp_kept_by_an_earlier_one_and_by_its_value_otherwise(
    database: str,
) -> None:
    stored = {"id": "inv-1", "status": "SENT", "updated_at": "2024-05-01T10:00:00Z"}
    later = {**stored, "status": "PAID", "updated_at": "2024-05-02T10:00:00Z"}
    earlier = {**stored, "status": "DRAFT", "updated_at": "2024-04-30T10:00:00Z"}
    respaced = Sent("inv-1", json.dumps(stored, indent=1), KIND_COLUMNS["invoices"](stored), None)
    engine = engine_for(database)
    try:
        create_tables(engine)
        outcomes = []
        for page in ([stored], [respaced], [earlier], [later]):
            with engine.connect() as connection, connection.begin():
                changes = write_page(
                    connection, "invoices", BUSINESS, page, now=datetime.now(UTC), pass_id=None
                )
            outcomes.append([(change.action, change.previous) for change in changes])
    finally:
        engine.dispose()
    # The same value written otherwise, and an older copy, change nothing; a later one is an update,
    # with the JSON it replaced.
    assert outcomes == [[("created", None)], [], [], [("updated", stored)]]
    with Mirror(database) as mirror:
        (row,) = mirror.records(BUSINESS, "invoices")
    assert json.loads(row["record"]) == later and row["status"] == "PAID"
