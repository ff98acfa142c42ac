from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoicePaymentAllocation")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "amount_cents",
        "payment_date",
        "payment_method",
        "payment_id",
    }
)


@_attrs_define
class InvoicePaymentAllocation(Model):
    """A payment applied to an invoice.

    Attributes:
        amount_cents (int | None | Unset):
        payment_date (datetime.date | None | Unset):
        payment_method (None | str | Unset):
        payment_id (None | Unset | UUID):
    """

    _required = ()
    _nested = ()

    amount_cents: int | None | Unset = UNSET
    payment_date: datetime.date | None | Unset = UNSET
    payment_method: None | str | Unset = UNSET
    payment_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_cents: int | None | Unset
        if isinstance(self.amount_cents, Unset):
            amount_cents = UNSET
        else:
            amount_cents = self.amount_cents

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.date):
            payment_date = self.payment_date.isoformat()
        else:
            payment_date = self.payment_date

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        payment_id: None | str | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        elif isinstance(self.payment_id, UUID):
            payment_id = str(self.payment_id)
        else:
            payment_id = self.payment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_cents is not UNSET:
            field_dict["amount_cents"] = amount_cents
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id

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
            _payment_date = _object.get("payment_date", UNSET)
            payment_date: datetime.date | None | Unset
            if _payment_date is None or _payment_date is UNSET:
                payment_date = _payment_date
            else:
                if not isinstance(_payment_date, str):
                    raise TypeError(f"unexpected {type(_payment_date).__name__} value")
                payment_date_type_0 = datetime.date.fromisoformat(_payment_date)

                payment_date = payment_date_type_0

            _set(self, "payment_date", payment_date)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["payment_date"] = ResponseValidationError.nest(_failure, "payment_date")

        try:
            payment_method = _object.get("payment_method", UNSET)

            _set(self, "payment_method", payment_method)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["payment_method"] = ResponseValidationError.nest(_failure, "payment_method")

        try:
            _payment_id = _object.get("payment_id", UNSET)
            payment_id: None | Unset | UUID
            if _payment_id is None or _payment_id is UNSET:
                payment_id = _payment_id
            else:
                if not isinstance(_payment_id, str):
                    raise TypeError(f"unexpected {type(_payment_id).__name__} value")
                payment_id_type_0 = UUID(_payment_id)

                payment_id = payment_id_type_0

            _set(self, "payment_id", payment_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["payment_id"] = ResponseValidationError.nest(_failure, "payment_id")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A InvoicePaymentAllocation read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
