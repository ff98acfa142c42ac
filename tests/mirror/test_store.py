"""What a page's rows keep, on each real database: the record as read, whatever text it holds."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from thred_client import _json
from thred_client.exceptions import MirrorError
from thred_client.mirror import Mirror
from thred_client.mirror.store import create_tables, engine_for, write_page

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
