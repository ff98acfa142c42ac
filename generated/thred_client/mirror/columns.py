# Copied from overlays/thred_client/mirror/columns.py by tools/codegen.py: edit that file, never this copy.
"""What a record's JSON gives the mirror's columns, and the text it is stored as: no I/O here.

The columns are read from the JSON as sent, not through the models: a walk of thousands of records
then costs no model conversion, and a value of the wrong type leaves its column empty (NULL) instead of
failing the page, while the record itself is kept whole in `record`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from .. import _json
from .._json import non_finite_read
from .._values import to_datetime, to_int
from ..types import Model

__all__ = [
    "FIELDS",
    "KIND_COLUMNS",
    "credit_columns",
    "dumps",
    "instant",
    "invoice_columns",
    "loads",
    "page_records",
    "record_json",
    "same_decoded",
    "same_json",
    "same_record",
    "storable",
]


def storable(text: str) -> bool:
    """Whether a database can keep `text` as it is: no lone surrogate, which a JSON escape such as
    `\\ud800` makes and UTF-8 cannot encode, and no NUL, which PostgreSQL's text refuses."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return "\x00" not in text


def _dumps_json(record: Mapping[str, Any]) -> str:
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
    if storable(text):  # a NUL is written as an escape, so only a lone surrogate fails here
        return text
    return json.dumps(record, separators=(",", ":"), allow_nan=True)  # every non-ASCII as an escape


dumps: Callable[[Mapping[str, Any]], str] = _dumps_json
"""The text a record is stored as: compact JSON, UTF-8 as it is (msgspec when installed)."""

try:
    import msgspec
except ImportError:  # the standard library alone
    pass
else:
    _encode = msgspec.json.Encoder().encode
    _REFUSED = (TypeError, ValueError, msgspec.EncodeError)

    def _dumps_msgspec(record: Mapping[str, Any]) -> str:
        if non_finite_read():  # a body held NaN or an infinity, which msgspec would write as null
            return _dumps_json(record)
        try:
            return _encode(record).decode()
        except _REFUSED:  # a lone surrogate, which msgspec refuses: the standard library writes it
            return _dumps_json(record)

    dumps = _dumps_msgspec


def loads(text: str) -> Any:
    """The JSON value stored as `text` (through the package's decoder: msgspec where installed, with
    the standard library's results)."""
    return _json.loads(text)


def same_record(stored: str, record: Mapping[str, Any], text: str) -> bool:
    """Whether the record stored as `stored` is `record` (whose text is `text`): the same JSON value,
    whatever wrote the stored text (the standard library or msgspec)."""
    return stored == text or same_decoded(loads(stored), stored, record)


def same_decoded(before: Any, stored: str, record: Mapping[str, Any]) -> bool:
    """Whether `before`, the JSON value stored as `stored`, is `record`: `same_record` once the texts
    differ, for a caller that keeps the decoded value."""
    # == in C first: where it tells them apart, so would same_json, but for NaN, which equals nothing.
    return (before == record or "NaN" in stored) and same_json(before, record)


def same_json(a: object, b: object) -> bool:
    """Whether two decoded JSON values are the same, type for type. Python's == takes true for 1 and
    1 for 1.0: a record changed only so would be taken for unchanged, and its change lost."""
    if isinstance(a, Mapping):
        return (
            isinstance(b, Mapping)
            and len(a) == len(b)
            and all(key in b and same_json(value, b[key]) for key, value in a.items())
        )
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(map(same_json, a, b))
    if type(a) is not type(b):
        return False
    return bool(a == b) or (a != a and b != b)  # NaN, which equals nothing, is NaN


def record_json(model: object) -> Mapping[str, Any]:
    """The JSON object a record was read from, as sent (`Model.as_sent`)."""
    if isinstance(model, Model):
        return model.as_sent()
    raise TypeError(f"cannot mirror a {type(model).__name__}: it is not a record read from Thred")


def page_records(items: Sequence[object]) -> list[Mapping[str, Any]]:
    """The JSON of each record of a page, as sent; the mirror's walk brings a record that does not fit
    its model as its model all the same (`pagination._api.pages_keeping_invalid`)."""
    return [record_json(item) for item in items]


def _text(value: object) -> str | None:
    # A string no database can keep as it is leaves its column empty, as a value of another type does.
    return value if isinstance(value, str) and storable(value) else None


def _integer(value: object) -> int | None:
    # As the models read it (an integral 12.0 is 12), and bounded to what a BIGINT holds, so that an
    # outsized amount leaves a NULL rather than fail the page.
    try:
        number = to_int(value)
    except ValueError:
        return None
    return number if -(2**63) <= number < 2**63 else None


def instant(value: object) -> datetime | None:
    """A date-time as the models read it (RFC 3339; one without an offset is UTC), in UTC; None if it
    is none or does not fit."""
    if value is None:  # most often so (an invoice not yet paid): no error raised and caught
        return None
    try:
        return to_datetime(value).astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: an instant before year 1 or after 9999 in UTC
        return None


def _customer_id(record: Mapping[str, Any]) -> str | None:
    customer = record.get("customer")
    return _text(customer.get("id")) if isinstance(customer, Mapping) else None


def invoice_columns(record: Mapping[str, Any]) -> dict[str, Any]:
    """The report columns of an invoice (`thred_client.mirror.schema.invoices`)."""
    get = record.get
    return {
        "status": _text(get("status")),
        "currency": _text(get("currency")),
        "customer_id": _customer_id(record),
        "invoice_number": _text(get("invoice_number")),
        "total_amount": _integer(get("total_amount")),
        "outstanding_balance": _integer(get("outstanding_balance")),
        "sent_at": instant(get("sent_at")),
        "due_at": instant(get("due_at")),
        "paid_at": instant(get("paid_at")),
        "updated_at": instant(get("updated_at")),
    }


def credit_columns(record: Mapping[str, Any]) -> dict[str, Any]:
    """The report columns of a customer credit (`thred_client.mirror.schema.customer_credits`)."""
    get = record.get
    return {
        "status": _text(get("status")),
        "currency": _text(get("currency")),
        "customer_id": _customer_id(record),
        "source_invoice_id": _text(get("source_invoice_id")),
        "total_amount": _integer(get("total_amount")),
        "applied_amount": _integer(get("applied_amount")),
        "sent_at": instant(get("sent_at")),
        "created_at": instant(get("created_at")),
        "updated_at": instant(get("updated_at")),
    }


KIND_COLUMNS: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "invoices": invoice_columns,
    "customer_credits": credit_columns,
}
"""The report columns of each kind of record, by `Change.kind`."""

FIELDS: dict[str, tuple[str, ...]] = {
    "invoices": (
        "status",
        "currency",
        "customer",
        "invoice_number",
        "total_amount",
        "outstanding_balance",
        "sent_at",
        "due_at",
        "paid_at",
        "updated_at",
    ),
    "customer_credits": (
        "status",
        "currency",
        "customer",
        "source_invoice_id",
        "total_amount",
        "applied_amount",
        "sent_at",
        "created_at",
        "updated_at",
    ),
}
"""The fields of a record that each kind's columns read (of `customer`, only its `id`)."""
