# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class InvoiceCreditAllocation(Model):
    """A customer credit applied to an invoice.

    Attributes:
        amount_cents (int | None):
        applied_at (datetime.datetime | None):
        credit_note_id (UUID | None):
        reference_number (str | None):
    """

    __slots__ = (
        "amount_cents",
        "applied_at",
        "credit_note_id",
        "reference_number",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "amount_cents",
        "applied_at",
        "credit_note_id",
        "reference_number",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _v.dump_datetime,
        _v.dump_str,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    amount_cents: int | None
    applied_at: datetime.datetime | None
    credit_note_id: UUID | None
    reference_number: str | None

    def __init__(
        self,
        *,
        amount_cents: int | None = None,
        applied_at: datetime.datetime | None = None,
        credit_note_id: UUID | None = None,
        reference_number: str | None = None,
    ) -> None:
        self.amount_cents = amount_cents
        self.applied_at = applied_at
        self.credit_note_id = credit_note_id
        self.reference_number = reference_number
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

        v = src.get("credit_note_id")
        if v is None:
            if "credit_note_id" not in src:
                absent += ("credit_note_id",)
            self.credit_note_id = None
        else:
            try:
                self.credit_note_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "credit_note_id", v, error)

        v = src.get("reference_number")
        if type(v) is str:
            self.reference_number = v
        elif v is None:
            if "reference_number" not in src:
                absent += ("reference_number",)
            self.reference_number = None
        else:
            try:
                self.reference_number = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "reference_number", v, error)

        self._absent = absent
        if len(src) > 4 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(InvoiceCreditAllocation._keys)
