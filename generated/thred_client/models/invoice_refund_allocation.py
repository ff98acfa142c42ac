from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceRefundAllocation")


@_attrs_define
class InvoiceRefundAllocation:
    """A refund allocated against an invoice.

    Attributes:
        refund_id (None | Unset | UUID):
        amount_cents (int | None | Unset):
        allocated_at (datetime.datetime | None | Unset):
        reference_number (None | str | Unset):
    """

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            _refund_id = d.pop("refund_id", UNSET)
            refund_id: None | Unset | UUID
            if _refund_id is None or _refund_id is UNSET:
                refund_id = _refund_id
            else:
                if not isinstance(_refund_id, str):
                    raise TypeError(f"unexpected {type(_refund_id).__name__} value")
                refund_id_type_0 = UUID(_refund_id)

                refund_id = refund_id_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "refund_id")

        try:
            amount_cents = d.pop("amount_cents", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "amount_cents")

        try:
            _allocated_at = d.pop("allocated_at", UNSET)
            allocated_at: datetime.datetime | None | Unset
            if _allocated_at is None or _allocated_at is UNSET:
                allocated_at = _allocated_at
            else:
                if not isinstance(_allocated_at, str):
                    raise TypeError(f"unexpected {type(_allocated_at).__name__} value")
                allocated_at_type_0 = datetime.datetime.fromisoformat(_allocated_at)

                allocated_at = allocated_at_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "allocated_at")

        try:
            reference_number = d.pop("reference_number", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "reference_number")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            refund_id=refund_id,
            amount_cents=amount_cents,
            allocated_at=allocated_at,
            reference_number=reference_number,
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
