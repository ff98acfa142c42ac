from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceRefundAllocation")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "refund_id",
        "amount_cents",
        "allocated_at",
        "reference_number",
    }
)


@_attrs_define
class InvoiceRefundAllocation(Model):
    """A refund allocated against an invoice.

    Attributes:
        refund_id (None | Unset | UUID):
        amount_cents (int | None | Unset):
        allocated_at (datetime.datetime | None | Unset):
        reference_number (None | str | Unset):
    """

    _required = ()
    _nested = ()

    refund_id: None | Unset | UUID = UNSET
    amount_cents: int | None | Unset = UNSET
    allocated_at: datetime.datetime | None | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        elif isinstance(self.refund_id, UUID):
            refund_id = str(self.refund_id)
        else:
            refund_id = self.refund_id

        amount_cents: int | None | Unset
        if isinstance(self.amount_cents, Unset):
            amount_cents = UNSET
        else:
            amount_cents = self.amount_cents

        allocated_at: None | str | Unset
        if isinstance(self.allocated_at, Unset):
            allocated_at = UNSET
        elif isinstance(self.allocated_at, datetime.datetime):
            allocated_at = self.allocated_at.isoformat()
        else:
            allocated_at = self.allocated_at

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if allocated_at is not UNSET:
            field_dict["allocated_at"] = allocated_at
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number

        return field_dict

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            _refund_id = _object.get("refund_id", UNSET)
            refund_id: None | Unset | UUID
            if _refund_id is None or _refund_id is UNSET:
                refund_id = _refund_id
            else:
                if not isinstance(_refund_id, str):
                    raise TypeError(f"unexpected {type(_refund_id).__name__} value")
                refund_id_type_0 = UUID(_refund_id)

                refund_id = refund_id_type_0

            _set(self, "refund_id", refund_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["refund_id"] = ResponseValidationError.nest(_failure, "refund_id")

        try:
            amount_cents = _object.get("amount_cents", UNSET)

            _set(self, "amount_cents", amount_cents)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["amount_cents"] = ResponseValidationError.nest(_failure, "amount_cents")

        try:
            _allocated_at = _object.get("allocated_at", UNSET)
            allocated_at: datetime.datetime | None | Unset
            if _allocated_at is None or _allocated_at is UNSET:
                allocated_at = _allocated_at
            else:
                if not isinstance(_allocated_at, str):
                    raise TypeError(f"unexpected {type(_allocated_at).__name__} value")
                allocated_at_type_0 = datetime.datetime.fromisoformat(_allocated_at)

                allocated_at = allocated_at_type_0

            _set(self, "allocated_at", allocated_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["allocated_at"] = ResponseValidationError.nest(_failure, "allocated_at")

        try:
            reference_number = _object.get("reference_number", UNSET)

            _set(self, "reference_number", reference_number)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["reference_number"] = ResponseValidationError.nest(_failure, "reference_number")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A InvoiceRefundAllocation read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
