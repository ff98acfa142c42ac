# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class InvoiceWriteOff(Model):
    """An amount of an invoice written off.

    Attributes:
        write_off_id (UUID | None):
        amount_cents (int | None):
        reason (str | None):
        status (str | None):
        write_off_at (datetime.datetime | None):
    """

    __slots__ = (
        "write_off_id",
        "amount_cents",
        "reason",
        "status",
        "write_off_at",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "write_off_id",
        "amount_cents",
        "reason",
        "status",
        "write_off_at",
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

    write_off_id: UUID | None
    amount_cents: int | None
    reason: str | None
    status: str | None
    write_off_at: datetime.datetime | None

    def __init__(
        self,
        *,
        write_off_id: UUID | None = None,
        amount_cents: int | None = None,
        reason: str | None = None,
        status: str | None = None,
        write_off_at: datetime.datetime | None = None,
    ) -> None:
        self.write_off_id = write_off_id
        self.amount_cents = amount_cents
        self.reason = reason
        self.status = status
        self.write_off_at = write_off_at
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src.get("write_off_id")
        if v is None:
            if "write_off_id" not in src:
                absent += ("write_off_id",)
            self.write_off_id = None
        else:
            try:
                self.write_off_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "write_off_id", v, error)

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

        v = src.get("reason")
        if type(v) is str:
            self.reason = v
        elif v is None:
            if "reason" not in src:
                absent += ("reason",)
            self.reason = None
        else:
            try:
                self.reason = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "reason", v, error)

        v = src.get("status")
        if type(v) is str:
            self.status = v
        elif v is None:
            if "status" not in src:
                absent += ("status",)
            self.status = None
        else:
            try:
                self.status = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "status", v, error)

        v = src.get("write_off_at")
        if v is None:
            if "write_off_at" not in src:
                absent += ("write_off_at",)
            self.write_off_at = None
        else:
            try:
                self.write_off_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "write_off_at", v, error)

        self._absent = absent
        if len(src) > 5 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(InvoiceWriteOff._keys)
