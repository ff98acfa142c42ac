from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceCreditAllocation")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "amount_cents",
        "applied_at",
        "credit_note_id",
        "reference_number",
    }
)


@_attrs_define
class InvoiceCreditAllocation(Model):
    """A customer credit applied to an invoice.

    Attributes:
        amount_cents (int | None | Unset):
        applied_at (datetime.datetime | None | Unset):
        credit_note_id (None | Unset | UUID):
        reference_number (None | str | Unset):
    """

    _required = ()
    _nested = ()

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

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            amount_cents = _object.get("amount_cents", UNSET)

            _set(self, "amount_cents", amount_cents)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["amount_cents"] = ResponseValidationError.nest(_failure, "amount_cents")

        try:
            _applied_at = _object.get("applied_at", UNSET)
            applied_at: datetime.datetime | None | Unset
            if _applied_at is None or _applied_at is UNSET:
                applied_at = _applied_at
            else:
                if not isinstance(_applied_at, str):
                    raise TypeError(f"unexpected {type(_applied_at).__name__} value")
                applied_at_type_0 = datetime.datetime.fromisoformat(_applied_at)

                applied_at = applied_at_type_0

            _set(self, "applied_at", applied_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["applied_at"] = ResponseValidationError.nest(_failure, "applied_at")

        try:
            _credit_note_id = _object.get("credit_note_id", UNSET)
            credit_note_id: None | Unset | UUID
            if _credit_note_id is None or _credit_note_id is UNSET:
                credit_note_id = _credit_note_id
            else:
                if not isinstance(_credit_note_id, str):
                    raise TypeError(f"unexpected {type(_credit_note_id).__name__} value")
                credit_note_id_type_0 = UUID(_credit_note_id)

                credit_note_id = credit_note_id_type_0

            _set(self, "credit_note_id", credit_note_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["credit_note_id"] = ResponseValidationError.nest(_failure, "credit_note_id")

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
        """A InvoiceCreditAllocation read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
