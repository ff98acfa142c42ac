from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="CustomerCreditAllocation")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "invoice_id",
        "invoice_number",
        "amount_cents",
        "invoice_outstanding_balance_cents",
        "applied_at",
    }
)


@_attrs_define
class CustomerCreditAllocation(Model):
    """A part of a customer credit applied to an invoice.

    Attributes:
        invoice_id (None | Unset | UUID):
        invoice_number (None | str | Unset):
        amount_cents (int | None | Unset):
        invoice_outstanding_balance_cents (int | None | Unset):
        applied_at (datetime.datetime | None | Unset):
    """

    _required = ()
    _nested = ()

    invoice_id: None | Unset | UUID = UNSET
    invoice_number: None | str | Unset = UNSET
    amount_cents: int | None | Unset = UNSET
    invoice_outstanding_balance_cents: int | None | Unset = UNSET
    applied_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        elif isinstance(self.invoice_id, UUID):
            invoice_id = str(self.invoice_id)
        else:
            invoice_id = self.invoice_id

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        amount_cents: int | None | Unset
        if isinstance(self.amount_cents, Unset):
            amount_cents = UNSET
        else:
            amount_cents = self.amount_cents

        invoice_outstanding_balance_cents: int | None | Unset
        if isinstance(self.invoice_outstanding_balance_cents, Unset):
            invoice_outstanding_balance_cents = UNSET
        else:
            invoice_outstanding_balance_cents = self.invoice_outstanding_balance_cents

        applied_at: None | str | Unset
        if isinstance(self.applied_at, Unset):
            applied_at = UNSET
        elif isinstance(self.applied_at, datetime.datetime):
            applied_at = self.applied_at.isoformat()
        else:
            applied_at = self.applied_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if invoice_outstanding_balance_cents is not UNSET:
            field_dict["invoice_outstanding_balance_cents"] = invoice_outstanding_balance_cents
        if applied_at is not UNSET:
            field_dict["applied_at"] = applied_at

        return field_dict

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            _invoice_id = _object.get("invoice_id", UNSET)
            invoice_id: None | Unset | UUID
            if _invoice_id is None or _invoice_id is UNSET:
                invoice_id = _invoice_id
            else:
                if not isinstance(_invoice_id, str):
                    raise TypeError(f"unexpected {type(_invoice_id).__name__} value")
                invoice_id_type_0 = UUID(_invoice_id)

                invoice_id = invoice_id_type_0

            _set(self, "invoice_id", invoice_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["invoice_id"] = ResponseValidationError.nest(_failure, "invoice_id")

        try:
            invoice_number = _object.get("invoice_number", UNSET)

            _set(self, "invoice_number", invoice_number)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["invoice_number"] = ResponseValidationError.nest(_failure, "invoice_number")

        try:
            amount_cents = _object.get("amount_cents", UNSET)

            _set(self, "amount_cents", amount_cents)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["amount_cents"] = ResponseValidationError.nest(_failure, "amount_cents")

        try:
            invoice_outstanding_balance_cents = _object.get("invoice_outstanding_balance_cents", UNSET)

            _set(self, "invoice_outstanding_balance_cents", invoice_outstanding_balance_cents)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["invoice_outstanding_balance_cents"] = ResponseValidationError.nest(
                _failure, "invoice_outstanding_balance_cents"
            )

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

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CustomerCreditAllocation read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
