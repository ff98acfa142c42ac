from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceWriteOff")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "write_off_id",
        "amount_cents",
        "reason",
        "status",
        "write_off_at",
    }
)


@_attrs_define
class InvoiceWriteOff(Model):
    """An amount of an invoice written off.

    Attributes:
        write_off_id (None | Unset | UUID):
        amount_cents (int | None | Unset):
        reason (None | str | Unset):
        status (None | str | Unset):
        write_off_at (datetime.datetime | None | Unset):
    """

    _required = ()
    _nested = ()

    write_off_id: None | Unset | UUID = UNSET
    amount_cents: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    write_off_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        write_off_id: None | str | Unset
        if isinstance(self.write_off_id, Unset):
            write_off_id = UNSET
        elif isinstance(self.write_off_id, UUID):
            write_off_id = str(self.write_off_id)
        else:
            write_off_id = self.write_off_id

        amount_cents: int | None | Unset
        if isinstance(self.amount_cents, Unset):
            amount_cents = UNSET
        else:
            amount_cents = self.amount_cents

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        write_off_at: None | str | Unset
        if isinstance(self.write_off_at, Unset):
            write_off_at = UNSET
        elif isinstance(self.write_off_at, datetime.datetime):
            write_off_at = self.write_off_at.isoformat()
        else:
            write_off_at = self.write_off_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if write_off_id is not UNSET:
            field_dict["write_off_id"] = write_off_id
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if write_off_at is not UNSET:
            field_dict["write_off_at"] = write_off_at

        return field_dict

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            _write_off_id = _object.get("write_off_id", UNSET)
            write_off_id: None | Unset | UUID
            if _write_off_id is None or _write_off_id is UNSET:
                write_off_id = _write_off_id
            else:
                if not isinstance(_write_off_id, str):
                    raise TypeError(f"unexpected {type(_write_off_id).__name__} value")
                write_off_id_type_0 = UUID(_write_off_id)

                write_off_id = write_off_id_type_0

            _set(self, "write_off_id", write_off_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["write_off_id"] = ResponseValidationError.nest(_failure, "write_off_id")

        try:
            amount_cents = _object.get("amount_cents", UNSET)

            _set(self, "amount_cents", amount_cents)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["amount_cents"] = ResponseValidationError.nest(_failure, "amount_cents")

        try:
            reason = _object.get("reason", UNSET)

            _set(self, "reason", reason)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["reason"] = ResponseValidationError.nest(_failure, "reason")

        try:
            status = _object.get("status", UNSET)

            _set(self, "status", status)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["status"] = ResponseValidationError.nest(_failure, "status")

        try:
            _write_off_at = _object.get("write_off_at", UNSET)
            write_off_at: datetime.datetime | None | Unset
            if _write_off_at is None or _write_off_at is UNSET:
                write_off_at = _write_off_at
            else:
                if not isinstance(_write_off_at, str):
                    raise TypeError(f"unexpected {type(_write_off_at).__name__} value")
                write_off_at_type_0 = datetime.datetime.fromisoformat(_write_off_at)

                write_off_at = write_off_at_type_0

            _set(self, "write_off_at", write_off_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["write_off_at"] = ResponseValidationError.nest(_failure, "write_off_at")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A InvoiceWriteOff read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
        return cls._read(src_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
