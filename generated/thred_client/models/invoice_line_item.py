from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoiceLineItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "invoice_id",
        "account_identifier",
        "description",
        "unit_price",
        "quantity",
        "subtotal",
        "discount_amount",
        "sales_taxes_total",
        "total_amount",
        "external_id",
        "product",
    }
)


@_attrs_define
class InvoiceLineItem(Model):
    """One line of an invoice.

    Attributes:
        id (UUID):
        invoice_id (None | Unset | UUID):
        account_identifier (AccountIdentifier | None | Unset):
        description (None | str | Unset):
        unit_price (int | None | Unset):
        quantity (int | None | Unset):
        subtotal (int | None | Unset):
        discount_amount (int | None | Unset):
        sales_taxes_total (int | None | Unset):
        total_amount (int | None | Unset):
        external_id (None | str | Unset):
        product (None | str | Unset):
    """

    _required = ("id",)
    _nested = (("account_identifier", "account_identifier"),)

    id: UUID
    invoice_id: None | Unset | UUID = UNSET
    account_identifier: AccountIdentifier | None | Unset = UNSET
    description: None | str | Unset = UNSET
    unit_price: int | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    subtotal: int | None | Unset = UNSET
    discount_amount: int | None | Unset = UNSET
    sales_taxes_total: int | None | Unset = UNSET
    total_amount: int | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    product: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        elif isinstance(self.invoice_id, UUID):
            invoice_id = str(self.invoice_id)
        else:
            invoice_id = self.invoice_id

        account_identifier: dict[str, Any] | None | Unset
        if isinstance(self.account_identifier, Unset):
            account_identifier = UNSET
        elif isinstance(self.account_identifier, AccountIdentifier):
            account_identifier = self.account_identifier.to_dict()
        else:
            account_identifier = self.account_identifier

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit_price: int | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        subtotal: int | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        discount_amount: int | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        sales_taxes_total: int | None | Unset
        if isinstance(self.sales_taxes_total, Unset):
            sales_taxes_total = UNSET
        else:
            sales_taxes_total = self.sales_taxes_total

        total_amount: int | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        product: None | str | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        else:
            product = self.product

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if account_identifier is not UNSET:
            field_dict["account_identifier"] = account_identifier
        if description is not UNSET:
            field_dict["description"] = description
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if sales_taxes_total is not UNSET:
            field_dict["sales_taxes_total"] = sales_taxes_total
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            id = UUID(_object["id"])

            _set(self, "id", id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["id"] = ResponseValidationError.nest(_failure, "id")

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
            _account_identifier = _object.get("account_identifier", UNSET)
            account_identifier: AccountIdentifier | None | Unset
            if _account_identifier is None or _account_identifier is UNSET:
                account_identifier = _account_identifier
            else:
                if not isinstance(_account_identifier, dict):
                    raise TypeError(f"unexpected {type(_account_identifier).__name__} value")
                account_identifier_type_0 = AccountIdentifier.from_dict(_account_identifier)

                account_identifier = account_identifier_type_0

            _set(self, "account_identifier", account_identifier)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["account_identifier"] = ResponseValidationError.nest(_failure, "account_identifier")

        try:
            description = _object.get("description", UNSET)

            _set(self, "description", description)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["description"] = ResponseValidationError.nest(_failure, "description")

        try:
            unit_price = _object.get("unit_price", UNSET)

            _set(self, "unit_price", unit_price)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["unit_price"] = ResponseValidationError.nest(_failure, "unit_price")

        try:
            quantity = _object.get("quantity", UNSET)

            _set(self, "quantity", quantity)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["quantity"] = ResponseValidationError.nest(_failure, "quantity")

        try:
            subtotal = _object.get("subtotal", UNSET)

            _set(self, "subtotal", subtotal)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["subtotal"] = ResponseValidationError.nest(_failure, "subtotal")

        try:
            discount_amount = _object.get("discount_amount", UNSET)

            _set(self, "discount_amount", discount_amount)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["discount_amount"] = ResponseValidationError.nest(_failure, "discount_amount")

        try:
            sales_taxes_total = _object.get("sales_taxes_total", UNSET)

            _set(self, "sales_taxes_total", sales_taxes_total)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["sales_taxes_total"] = ResponseValidationError.nest(_failure, "sales_taxes_total")

        try:
            total_amount = _object.get("total_amount", UNSET)

            _set(self, "total_amount", total_amount)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["total_amount"] = ResponseValidationError.nest(_failure, "total_amount")

        try:
            external_id = _object.get("external_id", UNSET)

            _set(self, "external_id", external_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["external_id"] = ResponseValidationError.nest(_failure, "external_id")

        try:
            product = _object.get("product", UNSET)

            _set(self, "product", product)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["product"] = ResponseValidationError.nest(_failure, "product")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A InvoiceLineItem read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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


# Imported once the class above exists, so that models referring to each other import in any order;
# importing inside each method instead would cost a trip through the import system on every call.
from ..models.account_identifier import AccountIdentifier  # noqa: E402
