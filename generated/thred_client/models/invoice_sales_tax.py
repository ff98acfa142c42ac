from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceSalesTax")


@_attrs_define
class InvoiceSalesTax:
    """A sales tax added to an invoice as a whole.

    Attributes:
        amount (int | None | Unset):
        tax_account (Any | Unset): Any JSON value; the documentation declares no type.
        rate (None | str | Unset): The documentation shows the rate as a string.
        name (None | str | Unset):
    """

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            amount = d.pop("amount", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "amount")

        try:
            tax_account = d.pop("tax_account", UNSET)
        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "tax_account")

        try:
            rate = d.pop("rate", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "rate")

        try:
            name = d.pop("name", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "name")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            amount=amount,
            tax_account=tax_account,
            rate=rate,
            name=name,
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
