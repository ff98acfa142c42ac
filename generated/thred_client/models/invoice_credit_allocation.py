from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCreditAllocation")


@_attrs_define
class InvoiceCreditAllocation:
    """A customer credit applied to an invoice.

    Attributes:
        amount_cents (int | None | Unset):
        applied_at (datetime.datetime | None | Unset):
        credit_note_id (None | Unset | UUID):
        reference_number (None | str | Unset):
    """

    amount_cents: int | None | Unset = UNSET
    applied_at: datetime.datetime | None | Unset = UNSET
    credit_note_id: None | Unset | UUID = UNSET
    reference_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_cents: int | None | Unset
        if isinstance(self.amount_cents, Unset):
            amount_cents = UNSET
        else:
            amount_cents = self.amount_cents

        applied_at: None | str | Unset
        if isinstance(self.applied_at, Unset):
            applied_at = UNSET
        elif isinstance(self.applied_at, datetime.datetime):
            applied_at = self.applied_at.isoformat()
        else:
            applied_at = self.applied_at

        credit_note_id: None | str | Unset
        if isinstance(self.credit_note_id, Unset):
            credit_note_id = UNSET
        elif isinstance(self.credit_note_id, UUID):
            credit_note_id = str(self.credit_note_id)
        else:
            credit_note_id = self.credit_note_id

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if applied_at is not UNSET:
            field_dict["applied_at"] = applied_at
        if credit_note_id is not UNSET:
            field_dict["credit_note_id"] = credit_note_id
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            amount_cents = d.pop("amount_cents", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "amount_cents")

        try:
            _applied_at = d.pop("applied_at", UNSET)
            applied_at: datetime.datetime | None | Unset
            if _applied_at is None or _applied_at is UNSET:
                applied_at = _applied_at
            else:
                if not isinstance(_applied_at, str):
                    raise TypeError(f"unexpected {type(_applied_at).__name__} value")
                applied_at_type_0 = datetime.datetime.fromisoformat(_applied_at)

                applied_at = applied_at_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "applied_at")

        try:
            _credit_note_id = d.pop("credit_note_id", UNSET)
            credit_note_id: None | Unset | UUID
            if _credit_note_id is None or _credit_note_id is UNSET:
                credit_note_id = _credit_note_id
            else:
                if not isinstance(_credit_note_id, str):
                    raise TypeError(f"unexpected {type(_credit_note_id).__name__} value")
                credit_note_id_type_0 = UUID(_credit_note_id)

                credit_note_id = credit_note_id_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "credit_note_id")

        try:
            reference_number = d.pop("reference_number", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "reference_number")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            amount_cents=amount_cents,
            applied_at=applied_at,
            credit_note_id=credit_note_id,
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
