from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCreditAllocation")


@_attrs_define
class CustomerCreditAllocation:
    """A part of a customer credit applied to an invoice.

    Attributes:
        invoice_id (None | Unset | UUID):
        invoice_number (None | str | Unset):
        amount_cents (int | None | Unset):
        invoice_outstanding_balance_cents (int | None | Unset):
        applied_at (datetime.datetime | None | Unset):
    """

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:

            def _parse_invoice_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"unexpected {type(data).__name__} value")
                invoice_id_type_0 = UUID(data)

                return invoice_id_type_0

            invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))

        except Exception as error:
            raise ResponseValidationError.nest(error, "invoice_id")

        try:

            def _parse_invoice_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_number = _parse_invoice_number(d.pop("invoice_number", UNSET))

        except Exception as error:
            raise ResponseValidationError.nest(error, "invoice_number")

        try:

            def _parse_amount_cents(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            amount_cents = _parse_amount_cents(d.pop("amount_cents", UNSET))

        except Exception as error:
            raise ResponseValidationError.nest(error, "amount_cents")

        try:

            def _parse_invoice_outstanding_balance_cents(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            invoice_outstanding_balance_cents = _parse_invoice_outstanding_balance_cents(
                d.pop("invoice_outstanding_balance_cents", UNSET)
            )

        except Exception as error:
            raise ResponseValidationError.nest(error, "invoice_outstanding_balance_cents")

        try:

            def _parse_applied_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise TypeError(f"unexpected {type(data).__name__} value")
                applied_at_type_0 = datetime.datetime.fromisoformat(data)

                return applied_at_type_0

            applied_at = _parse_applied_at(d.pop("applied_at", UNSET))

        except Exception as error:
            raise ResponseValidationError.nest(error, "applied_at")

        customer_credit_allocation = cls(
            invoice_id=invoice_id,
            invoice_number=invoice_number,
            amount_cents=amount_cents,
            invoice_outstanding_balance_cents=invoice_outstanding_balance_cents,
            applied_at=applied_at,
        )

        customer_credit_allocation.additional_properties = d
        return customer_credit_allocation

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
