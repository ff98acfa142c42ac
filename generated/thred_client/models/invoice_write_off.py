from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceWriteOff")


@_attrs_define
class InvoiceWriteOff:
    """An amount of an invoice written off.

    Attributes:
        write_off_id (None | Unset | UUID):
        amount_cents (int | None | Unset):
        reason (None | str | Unset):
        status (None | str | Unset):
        write_off_at (datetime.datetime | None | Unset):
    """

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            _write_off_id = d.pop("write_off_id", UNSET)
            write_off_id: None | Unset | UUID
            if _write_off_id is None or _write_off_id is UNSET:
                write_off_id = _write_off_id
            else:
                if not isinstance(_write_off_id, str):
                    raise TypeError(f"unexpected {type(_write_off_id).__name__} value")
                write_off_id_type_0 = UUID(_write_off_id)

                write_off_id = write_off_id_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "write_off_id")

        try:
            amount_cents = d.pop("amount_cents", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "amount_cents")

        try:
            reason = d.pop("reason", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "reason")

        try:
            status = d.pop("status", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "status")

        try:
            _write_off_at = d.pop("write_off_at", UNSET)
            write_off_at: datetime.datetime | None | Unset
            if _write_off_at is None or _write_off_at is UNSET:
                write_off_at = _write_off_at
            else:
                if not isinstance(_write_off_at, str):
                    raise TypeError(f"unexpected {type(_write_off_at).__name__} value")
                write_off_at_type_0 = datetime.datetime.fromisoformat(_write_off_at)

                write_off_at = write_off_at_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "write_off_at")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            write_off_id=write_off_id,
            amount_cents=amount_cents,
            reason=reason,
            status=status,
            write_off_at=write_off_at,
        )

        _instance.additional_properties = d
        return _instance

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
