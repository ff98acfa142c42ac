# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class InvoicePaymentAllocation(Model):
    """A payment applied to an invoice.

    Attributes:
        amount_cents (int | None):
        payment_date (datetime.date | None):
        payment_method (str | None):
        payment_id (UUID | None):
    """

    __slots__ = (
        "amount_cents",
        "payment_date",
        "payment_method",
        "payment_id",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "amount_cents",
        "payment_date",
        "payment_method",
        "payment_id",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _v.dump_iso,
        _v.dump_plain,
        _v.dump_str,
    )
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    amount_cents: int | None
    payment_date: datetime.date | None
    payment_method: str | None
    payment_id: UUID | None

    def __init__(
        self,
        *,
        amount_cents: int | None = None,
        payment_date: datetime.date | None = None,
        payment_method: str | None = None,
        payment_id: UUID | None = None,
    ) -> None:
        self.amount_cents = amount_cents
        self.payment_date = payment_date
        self.payment_method = payment_method
        self.payment_id = payment_id
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
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

        v = src.get("payment_date")
        if v is None:
            if "payment_date" not in src:
                absent += ("payment_date",)
            self.payment_date = None
        else:
            try:
                self.payment_date = _v.to_date(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "payment_date", v, error)

        v = src.get("payment_method")
        if type(v) is str:
            self.payment_method = v
        elif v is None:
            if "payment_method" not in src:
                absent += ("payment_method",)
            self.payment_method = None
        else:
            try:
                self.payment_method = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "payment_method", v, error)

        v = src.get("payment_id")
        if v is None:
            if "payment_id" not in src:
                absent += ("payment_id",)
            self.payment_id = None
        else:
            try:
                self.payment_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "payment_id", v, error)

        self._absent = absent
        if len(src) > 4 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(InvoicePaymentAllocation._keys)
