"""What a record's JSON gives the mirror's columns, and the JSON it keeps (no database, no server)."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from thred_client import _json
from thred_client.mirror.columns import (
    credit_columns,
    dumps,
    invoice_columns,
    page_records,
    record_json,
    same_record,
    storable,
)
from thred_client.models import Invoice

from tests.json_values import escaped_text, same

RECORD: dict[str, Any] = {
    "id": "9b2f8e0c-5d1a-4f3e-8a7b-1c2d3e4f5a6b",
    "status": "SENT",
    "currency": "EUR",
    "customer": {"id": "11111111-2222-4333-8444-555555555555", "name": "Café Lumière"},
    "invoice_number": "INV-000042",
    "total_amount": 123_456,
    "outstanding_balance": 23_456,
    "sent_at": "2024-02-26T04:18:46Z",
    "due_at": "2024-03-27T00:00:00+02:00",
    "paid_at": None,
    "updated_at": "2024-02-27T22:36:14.5",
    "memo": "Kept as sent: ü, emoji 🧾",
}


def test_invoice_columns_are_read_from_the_json_as_utc_instants() -> None:
    columns = invoice_columns(RECORD)
    assert columns == {
        "status": "SENT",
        "currency": "EUR",
        "customer_id": "11111111-2222-4333-8444-555555555555",
        "invoice_number": "INV-000042",
        "total_amount": 123_456,
        "outstanding_balance": 23_456,
        "sent_at": datetime(2024, 2, 26, 4, 18, 46, tzinfo=UTC),
        "due_at": datetime(2024, 3, 26, 22, 0, tzinfo=UTC),  # +02:00 to UTC
        "paid_at": None,
        "updated_at": datetime(2024, 2, 27, 22, 36, 14, 500_000, tzinfo=UTC),  # naive: UTC
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", 7),
        ("total_amount", "123"),
        ("total_amount", True),
        ("total_amount", 2**70),  # beyond a BIGINT
        ("outstanding_balance", 1.5),
        ("sent_at", "yesterday"),
        ("sent_at", 1_700_000_000),
        ("sent_at", "2024-02-26"),  # a date, not a date-time: the models refuse it too
        ("customer", "not an object"),
    ],
)
def test_a_value_of_the_wrong_type_leaves_its_column_empty(field: str, value: object) -> None:
    columns = invoice_columns({**RECORD, field: value})
    column = "customer_id" if field == "customer" else field
    assert columns[column] is None
    assert all(columns[name] is not None for name in ("currency", "invoice_number") if name != column)


@pytest.mark.parametrize(
    ("field", "value", "column"),
    [
        ("sent_at", "2024-02-26t04:18:46z", datetime(2024, 2, 26, 4, 18, 46, tzinfo=UTC)),
        ("sent_at", "2024-02-26T04:18:46", datetime(2024, 2, 26, 4, 18, 46, tzinfo=UTC)),
        ("total_amount", 123_456.0, 123_456),
    ],
)
def test_columns_read_values_as_the_models_do(field: str, value: object, column: object) -> None:
    assert invoice_columns({**RECORD, field: value})[field] == column
    assert getattr(Invoice.from_dict({**RECORD, field: value}), field) == column


def test_credit_columns() -> None:
    credit = {
        "id": "x",
        "status": "partially_applied",
        "applied_amount": 100,
        "total_amount": 250,
        "source_invoice_id": None,
        "created_at": "2024-01-01T00:00:00-05:00",
    }
    columns = credit_columns(credit)
    assert columns["applied_amount"] == 100 and columns["source_invoice_id"] is None
    assert columns["created_at"] == datetime(2024, 1, 1, 5, tzinfo=UTC)


def test_the_json_is_kept_as_sent_and_compared_by_value() -> None:
    text = dumps(RECORD)
    assert json.loads(text) == RECORD
    assert "\n" not in text and "🧾" in text  # one line, UTF-8 as it is
    assert same_record(text, RECORD, text)
    written_otherwise = json.dumps(RECORD)  # another encoder's text of the same record
    assert same_record(written_otherwise, RECORD, text)
    assert not same_record(written_otherwise, {**RECORD, "memo": "changed"}, text)
    huge = {"id": "x", "total_amount": 2**70}
    assert json.loads(dumps(huge)) == huge


@pytest.mark.parametrize(
    ("before", "after"),
    [(1, True), (0, False), (1, 1.0), (True, 1.0), ([1], [True]), ({"a": 0}, {"a": False})],
)
def test_a_value_changed_only_in_its_json_type_is_a_change(before: Any, after: Any) -> None:
    # Python's == takes each pair for equal; the JSON sent is not the same.
    changed = {**RECORD, "memo": after}
    assert not same_record(json.dumps({**RECORD, "memo": before}), changed, dumps(changed))


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(-3, 3)
    | st.sampled_from([0.0, -0.0, math.nan]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("ab"), inner, max_size=2),
    max_leaves=6,
)


@given(JSON_VALUES, JSON_VALUES)
def test_a_stored_record_is_the_same_exactly_when_its_json_is(before: Any, after: Any) -> None:
    record = {**RECORD, "memo": after}
    written_otherwise = json.dumps({**RECORD, "memo": before})  # not the text dumps makes
    assert same_record(written_otherwise, record, dumps(record)) == same(before, after)


def test_numbers_beyond_json_are_kept_as_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not JSON, but the standard library reads them (the fast decoder leaves such a body to it), and
    # the fast encoder would write each as null: the record is kept as read all the same.
    monkeypatch.setattr(_json, "_non_finite", False)
    record = _json.loads(b'{"id": "x", "total_amount": NaN, "tips": -Infinity, "subtotal": 1e400}')
    kept = json.loads(dumps(record))
    assert math.isnan(kept["total_amount"])
    assert kept["tips"] == -math.inf and kept["subtotal"] == math.inf


ANY_TEXT = escaped_text(8)


@given(st.dictionaries(ANY_TEXT, ANY_TEXT | st.integers() | st.none(), max_size=4), ANY_TEXT)
def test_every_record_is_stored_as_text_a_database_keeps_and_read_back_alike(
    record: dict[str, Any], value: str
) -> None:
    record = {"id": "x", **record, "memo": value}
    text = dumps(record)
    assert storable(text)
    assert json.loads(text) == record


STAMPS = st.sampled_from(
    ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00Z", "2024-02-30T00:00:00Z"]
) | st.datetimes(timezones=st.timezones() | st.none()).map(lambda moment: moment.isoformat())
JSON_VALUES = st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT | STAMPS
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        key: JSON_VALUES | st.dictionaries(st.just("id"), JSON_VALUES) | st.lists(JSON_VALUES, max_size=2)
        for key in {*invoice_columns({}), *credit_columns({}), "customer"}
    },
)


@given(RECORDS)
def test_the_columns_of_any_record_are_none_or_of_their_type(record: dict[str, Any]) -> None:
    # A value that does not fit leaves its column empty: it never costs the page.
    for columns in (invoice_columns(record), credit_columns(record)):
        for name, value in columns.items():
            if value is None:
                continue
            if name.endswith("_at"):
                assert isinstance(value, datetime) and value.utcoffset() == timedelta(0), name
            elif name.endswith(("amount", "balance")):
                assert type(value) is int and -(2**63) <= value < 2**63, name
            else:
                assert type(value) is str and storable(value), name


def test_an_instant_beyond_the_range_of_utc_leaves_its_column_empty() -> None:
    columns = invoice_columns({"sent_at": "0001-01-01T00:00:00+01:00", "due_at": "9999-12-31T23:59:59-01:00"})
    assert columns["sent_at"] is None and columns["due_at"] is None


def test_a_record_is_taken_as_sent_without_converting_its_model() -> None:
    source = {**RECORD, "unknown_field": {"kept": True}}
    invoice = Invoice.from_dict(source)
    assert record_json(invoice) is source
    assert invoice.invoice_number == "INV-000042"  # still a model that reads as usual


def test_a_record_that_does_not_fit_its_model_is_kept_as_sent() -> None:
    good = Invoice.from_dict(dict(RECORD))
    sent = {"id": "not-a-uuid", "total_amount": "lots"}
    bad = Invoice.from_dict(sent)
    assert page_records([good, bad]) == [RECORD, sent]
