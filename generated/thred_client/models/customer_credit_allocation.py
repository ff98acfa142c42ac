# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class CustomerCreditAllocation(Model):
    """A part of a customer credit applied to an invoice.

    Attributes:
        invoice_id (UUID | None):
        invoice_number (str | None):
        amount_cents (int | None):
        invoice_outstanding_balance_cents (int | None):
        applied_at (datetime.datetime | None):
    """

    __slots__ = (
        "invoice_id",
        "invoice_number",
        "amount_cents",
        "invoice_outstanding_balance_cents",
        "applied_at",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "invoice_id",
        "invoice_number",
        "amount_cents",
        "invoice_outstanding_balance_cents",
        "applied_at",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_str,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_datetime,
    )
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    invoice_id: UUID | None
    invoice_number: str | None
    amount_cents: int | None
    invoice_outstanding_balance_cents: int | None
    applied_at: datetime.datetime | None

    def __init__(
        self,
        *,
        invoice_id: UUID | None = None,
        invoice_number: str | None = None,
        amount_cents: int | None = None,
        invoice_outstanding_balance_cents: int | None = None,
        applied_at: datetime.datetime | None = None,
    ) -> None:
        self.invoice_id = invoice_id
        self.invoice_number = invoice_number
        self.amount_cents = amount_cents
        self.invoice_outstanding_balance_cents = invoice_outstanding_balance_cents
        self.applied_at = applied_at
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src.get("invoice_id")
        if v is None:
            if "invoice_id" not in src:
                absent += ("invoice_id",)
            self.invoice_id = None
        else:
            try:
                self.invoice_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "invoice_id", v, error)

        v = src.get("invoice_number")
        if type(v) is str:
            self.invoice_number = v
        elif v is None:
            if "invoice_number" not in src:
                absent += ("invoice_number",)
            self.invoice_number = None
        else:
            try:
                self.invoice_number = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "invoice_number", v, error)

        v = src.get("amount_cents")
        if type(v) is int:
            self.amount_cents = v
        elif v is None:
            if "amount_cents" not in src:
                absent += ("amount_cents",)
            self.amount_cents = None
        else:
            try:
                self.amount_cents = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "amount_cents", v, error)

        v = src.get("invoice_outstanding_balance_cents")
        if type(v) is int:
            self.invoice_outstanding_balance_cents = v
        elif v is None:
            if "invoice_outstanding_balance_cents" not in src:
                absent += ("invoice_outstanding_balance_cents",)
            self.invoice_outstanding_balance_cents = None
        else:
            try:
                self.invoice_outstanding_balance_cents = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "invoice_outstanding_balance_cents", v, error)

        v = src.get("applied_at")
        if v is None:
            if "applied_at" not in src:
                absent += ("applied_at",)
            self.applied_at = None
        else:
            try:
                self.applied_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "applied_at", v, error)

        self._absent = absent
        if len(src) > 5 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(CustomerCreditAllocation._keys)
