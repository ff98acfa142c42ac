from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceSalesTax")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "amount",
        "tax_account",
        "rate",
        "name",
    }
)


@_attrs_define
class InvoiceSalesTax(Model):
    """A sales tax added to an invoice as a whole.

    Attributes:
        amount (int | None | Unset):
        tax_account (Any | Unset): Any JSON value; the documentation declares no type.
        rate (None | str | Unset): The documentation shows the rate as a string.
        name (None | str | Unset):
    """

    _required = ()
    _nested = ()

    amount: int | None | Unset = UNSET
    tax_account: Any | Unset = UNSET
    rate: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        tax_account = self.tax_account

        rate: None | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax_account is not UNSET:
            field_dict["tax_account"] = tax_account
        if rate is not UNSET:
            field_dict["rate"] = rate
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            amount = _object.get("amount", UNSET)

            _set(self, "amount", amount)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["amount"] = ResponseValidationError.nest(_failure, "amount")

        try:
            _set(self, "tax_account", _object.get("tax_account", UNSET))
        except Exception as _failure:
            _failed = _failed or {}
            _failed["tax_account"] = ResponseValidationError.nest(_failure, "tax_account")

        try:
            rate = _object.get("rate", UNSET)

            _set(self, "rate", rate)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["rate"] = ResponseValidationError.nest(_failure, "rate")

        try:
            name = _object.get("name", UNSET)

            _set(self, "name", name)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["name"] = ResponseValidationError.nest(_failure, "name")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A InvoiceSalesTax read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
