from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Invoice")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "business_id",
        "status",
        "sent_at",
        "due_at",
        "paid_at",
        "voided_at",
        "is_overdue",
        "invoice_number",
        "invoice_type",
        "currency",
        "customer",
        "line_items",
        "subtotal",
        "additional_discount",
        "additional_sales_taxes",
        "additional_sales_taxes_total",
        "tips",
        "tips_account",
        "total_amount",
        "outstanding_balance",
        "payment_allocations",
        "credit_allocations",
        "refund_allocations",
        "write_offs",
        "document",
        "imported_at",
        "updated_at",
        "external_id",
        "memo",
    }
)


@_attrs_define
class Invoice(Model):
    """An invoice issued by the business to one of its customers.

    Attributes:
        id (UUID):
        type_ (None | str | Unset):
        business_id (None | Unset | UUID):
        status (None | str | Unset): Invoice status. Known values: sent, paid, partially_paid, voided, refunded (see
            InvoiceStatus); the documentation's example shows "SENT".
        sent_at (datetime.datetime | None | Unset):
        due_at (datetime.datetime | None | Unset):
        paid_at (datetime.datetime | None | Unset):
        voided_at (datetime.datetime | None | Unset):
        is_overdue (bool | None | Unset):
        invoice_number (None | str | Unset):
        invoice_type (None | str | Unset): Invoice type; the documentation's example shows "invoice".
        currency (None | str | Unset):
        customer (Customer | None | Unset):
        line_items (list[InvoiceLineItem] | None | Unset):
        subtotal (int | None | Unset):
        additional_discount (int | None | Unset):
        additional_sales_taxes (list[InvoiceSalesTax] | None | Unset):
        additional_sales_taxes_total (int | None | Unset):
        tips (int | None | Unset):
        tips_account (None | str | Unset):
        total_amount (int | None | Unset):
        outstanding_balance (int | None | Unset):
        payment_allocations (list[InvoicePaymentAllocation] | None | Unset):
        credit_allocations (list[InvoiceCreditAllocation] | None | Unset):
        refund_allocations (list[InvoiceRefundAllocation] | None | Unset):
        write_offs (list[InvoiceWriteOff] | None | Unset):
        document (Document | None | Unset):
        imported_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        external_id (None | str | Unset):
        memo (None | str | Unset):
    """

    _required = ("id",)
    _nested = (
        ("customer", "customer"),
        ("line_items", "line_items"),
        ("additional_sales_taxes", "additional_sales_taxes"),
        ("payment_allocations", "payment_allocations"),
        ("credit_allocations", "credit_allocations"),
        ("refund_allocations", "refund_allocations"),
        ("write_offs", "write_offs"),
        ("document", "document"),
    )

    id: UUID
    type_: None | str | Unset = UNSET
    business_id: None | Unset | UUID = UNSET
    status: None | str | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    paid_at: datetime.datetime | None | Unset = UNSET
    voided_at: datetime.datetime | None | Unset = UNSET
    is_overdue: bool | None | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    invoice_type: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    line_items: list[InvoiceLineItem] | None | Unset = UNSET
    subtotal: int | None | Unset = UNSET
    additional_discount: int | None | Unset = UNSET
    additional_sales_taxes: list[InvoiceSalesTax] | None | Unset = UNSET
    additional_sales_taxes_total: int | None | Unset = UNSET
    tips: int | None | Unset = UNSET
    tips_account: None | str | Unset = UNSET
    total_amount: int | None | Unset = UNSET
    outstanding_balance: int | None | Unset = UNSET
    payment_allocations: list[InvoicePaymentAllocation] | None | Unset = UNSET
    credit_allocations: list[InvoiceCreditAllocation] | None | Unset = UNSET
    refund_allocations: list[InvoiceRefundAllocation] | None | Unset = UNSET
    write_offs: list[InvoiceWriteOff] | None | Unset = UNSET
    document: Document | None | Unset = UNSET
    imported_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        business_id: None | str | Unset
        if isinstance(self.business_id, Unset):
            business_id = UNSET
        elif isinstance(self.business_id, UUID):
            business_id = str(self.business_id)
        else:
            business_id = self.business_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        paid_at: None | str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        voided_at: None | str | Unset
        if isinstance(self.voided_at, Unset):
            voided_at = UNSET
        elif isinstance(self.voided_at, datetime.datetime):
            voided_at = self.voided_at.isoformat()
        else:
            voided_at = self.voided_at

        is_overdue: bool | None | Unset
        if isinstance(self.is_overdue, Unset):
            is_overdue = UNSET
        else:
            is_overdue = self.is_overdue

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        invoice_type: None | str | Unset
        if isinstance(self.invoice_type, Unset):
            invoice_type = UNSET
        else:
            invoice_type = self.invoice_type

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        subtotal: int | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        additional_discount: int | None | Unset
        if isinstance(self.additional_discount, Unset):
            additional_discount = UNSET
        else:
            additional_discount = self.additional_discount

        additional_sales_taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_sales_taxes, Unset):
            additional_sales_taxes = UNSET
        elif isinstance(self.additional_sales_taxes, list):
            additional_sales_taxes = []
            for additional_sales_taxes_type_0_item_data in self.additional_sales_taxes:
                additional_sales_taxes_type_0_item = additional_sales_taxes_type_0_item_data.to_dict()
                additional_sales_taxes.append(additional_sales_taxes_type_0_item)

        else:
            additional_sales_taxes = self.additional_sales_taxes

        additional_sales_taxes_total: int | None | Unset
        if isinstance(self.additional_sales_taxes_total, Unset):
            additional_sales_taxes_total = UNSET
        else:
            additional_sales_taxes_total = self.additional_sales_taxes_total

        tips: int | None | Unset
        if isinstance(self.tips, Unset):
            tips = UNSET
        else:
            tips = self.tips

        tips_account: None | str | Unset
        if isinstance(self.tips_account, Unset):
            tips_account = UNSET
        else:
            tips_account = self.tips_account

        total_amount: int | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        outstanding_balance: int | None | Unset
        if isinstance(self.outstanding_balance, Unset):
            outstanding_balance = UNSET
        else:
            outstanding_balance = self.outstanding_balance

        payment_allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_allocations, Unset):
            payment_allocations = UNSET
        elif isinstance(self.payment_allocations, list):
            payment_allocations = []
            for payment_allocations_type_0_item_data in self.payment_allocations:
                payment_allocations_type_0_item = payment_allocations_type_0_item_data.to_dict()
                payment_allocations.append(payment_allocations_type_0_item)

        else:
            payment_allocations = self.payment_allocations

        credit_allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.credit_allocations, Unset):
            credit_allocations = UNSET
        elif isinstance(self.credit_allocations, list):
            credit_allocations = []
            for credit_allocations_type_0_item_data in self.credit_allocations:
                credit_allocations_type_0_item = credit_allocations_type_0_item_data.to_dict()
                credit_allocations.append(credit_allocations_type_0_item)

        else:
            credit_allocations = self.credit_allocations

        refund_allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.refund_allocations, Unset):
            refund_allocations = UNSET
        elif isinstance(self.refund_allocations, list):
            refund_allocations = []
            for refund_allocations_type_0_item_data in self.refund_allocations:
                refund_allocations_type_0_item = refund_allocations_type_0_item_data.to_dict()
                refund_allocations.append(refund_allocations_type_0_item)

        else:
            refund_allocations = self.refund_allocations

        write_offs: list[dict[str, Any]] | None | Unset
        if isinstance(self.write_offs, Unset):
            write_offs = UNSET
        elif isinstance(self.write_offs, list):
            write_offs = []
            for write_offs_type_0_item_data in self.write_offs:
                write_offs_type_0_item = write_offs_type_0_item_data.to_dict()
                write_offs.append(write_offs_type_0_item)

        else:
            write_offs = self.write_offs

        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, Document):
            document = self.document.to_dict()
        else:
            document = self.document

        imported_at: None | str | Unset
        if isinstance(self.imported_at, Unset):
            imported_at = UNSET
        elif isinstance(self.imported_at, datetime.datetime):
            imported_at = self.imported_at.isoformat()
        else:
            imported_at = self.imported_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if status is not UNSET:
            field_dict["status"] = status
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if paid_at is not UNSET:
            field_dict["paid_at"] = paid_at
        if voided_at is not UNSET:
            field_dict["voided_at"] = voided_at
        if is_overdue is not UNSET:
            field_dict["is_overdue"] = is_overdue
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer is not UNSET:
            field_dict["customer"] = customer
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if additional_discount is not UNSET:
            field_dict["additional_discount"] = additional_discount
        if additional_sales_taxes is not UNSET:
            field_dict["additional_sales_taxes"] = additional_sales_taxes
        if additional_sales_taxes_total is not UNSET:
            field_dict["additional_sales_taxes_total"] = additional_sales_taxes_total
        if tips is not UNSET:
            field_dict["tips"] = tips
        if tips_account is not UNSET:
            field_dict["tips_account"] = tips_account
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if outstanding_balance is not UNSET:
            field_dict["outstanding_balance"] = outstanding_balance
        if payment_allocations is not UNSET:
            field_dict["payment_allocations"] = payment_allocations
        if credit_allocations is not UNSET:
            field_dict["credit_allocations"] = credit_allocations
        if refund_allocations is not UNSET:
            field_dict["refund_allocations"] = refund_allocations
        if write_offs is not UNSET:
            field_dict["write_offs"] = write_offs
        if document is not UNSET:
            field_dict["document"] = document
        if imported_at is not UNSET:
            field_dict["imported_at"] = imported_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if memo is not UNSET:
            field_dict["memo"] = memo

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
            type_ = _object.get("type", UNSET)

            _set(self, "type_", type_)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["type_"] = ResponseValidationError.nest(_failure, "type")

        try:
            _business_id = _object.get("business_id", UNSET)
            business_id: None | Unset | UUID
            if _business_id is None or _business_id is UNSET:
                business_id = _business_id
            else:
                if not isinstance(_business_id, str):
                    raise TypeError(f"unexpected {type(_business_id).__name__} value")
                business_id_type_0 = UUID(_business_id)

                business_id = business_id_type_0

            _set(self, "business_id", business_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["business_id"] = ResponseValidationError.nest(_failure, "business_id")

        try:
            status = _object.get("status", UNSET)

            _set(self, "status", status)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["status"] = ResponseValidationError.nest(_failure, "status")

        try:
            _sent_at = _object.get("sent_at", UNSET)
            sent_at: datetime.datetime | None | Unset
            if _sent_at is None or _sent_at is UNSET:
                sent_at = _sent_at
            else:
                if not isinstance(_sent_at, str):
                    raise TypeError(f"unexpected {type(_sent_at).__name__} value")
                sent_at_type_0 = datetime.datetime.fromisoformat(_sent_at)

                sent_at = sent_at_type_0

            _set(self, "sent_at", sent_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["sent_at"] = ResponseValidationError.nest(_failure, "sent_at")

        try:
            _due_at = _object.get("due_at", UNSET)
            due_at: datetime.datetime | None | Unset
            if _due_at is None or _due_at is UNSET:
                due_at = _due_at
            else:
                if not isinstance(_due_at, str):
                    raise TypeError(f"unexpected {type(_due_at).__name__} value")
                due_at_type_0 = datetime.datetime.fromisoformat(_due_at)

                due_at = due_at_type_0

            _set(self, "due_at", due_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["due_at"] = ResponseValidationError.nest(_failure, "due_at")

        try:
            _paid_at = _object.get("paid_at", UNSET)
            paid_at: datetime.datetime | None | Unset
            if _paid_at is None or _paid_at is UNSET:
                paid_at = _paid_at
            else:
                if not isinstance(_paid_at, str):
                    raise TypeError(f"unexpected {type(_paid_at).__name__} value")
                paid_at_type_0 = datetime.datetime.fromisoformat(_paid_at)

                paid_at = paid_at_type_0

            _set(self, "paid_at", paid_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["paid_at"] = ResponseValidationError.nest(_failure, "paid_at")

        try:
            _voided_at = _object.get("voided_at", UNSET)
            voided_at: datetime.datetime | None | Unset
            if _voided_at is None or _voided_at is UNSET:
                voided_at = _voided_at
            else:
                if not isinstance(_voided_at, str):
                    raise TypeError(f"unexpected {type(_voided_at).__name__} value")
                voided_at_type_0 = datetime.datetime.fromisoformat(_voided_at)

                voided_at = voided_at_type_0

            _set(self, "voided_at", voided_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["voided_at"] = ResponseValidationError.nest(_failure, "voided_at")

        try:
            is_overdue = _object.get("is_overdue", UNSET)

            _set(self, "is_overdue", is_overdue)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["is_overdue"] = ResponseValidationError.nest(_failure, "is_overdue")

        try:
            invoice_number = _object.get("invoice_number", UNSET)

            _set(self, "invoice_number", invoice_number)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["invoice_number"] = ResponseValidationError.nest(_failure, "invoice_number")

        try:
            invoice_type = _object.get("invoice_type", UNSET)

            _set(self, "invoice_type", invoice_type)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["invoice_type"] = ResponseValidationError.nest(_failure, "invoice_type")

        try:
            currency = _object.get("currency", UNSET)

            _set(self, "currency", currency)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["currency"] = ResponseValidationError.nest(_failure, "currency")

        try:
            _customer = _object.get("customer", UNSET)
            customer: Customer | None | Unset
            if _customer is None or _customer is UNSET:
                customer = _customer
            else:
                if not isinstance(_customer, dict):
                    raise TypeError(f"unexpected {type(_customer).__name__} value")
                customer_type_0 = Customer.from_dict(_customer)

                customer = customer_type_0

            _set(self, "customer", customer)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["customer"] = ResponseValidationError.nest(_failure, "customer")

        try:
            _line_items = _object.get("line_items", UNSET)
            line_items: list[InvoiceLineItem] | None | Unset
            if _line_items is None or _line_items is UNSET:
                line_items = _line_items
            else:
                if not isinstance(_line_items, list):
                    raise TypeError(f"unexpected {type(_line_items).__name__} value")
                line_items_type_0 = []
                _line_items_type_0 = _line_items
                for line_items_type_0_index, line_items_type_0_item_data in enumerate(_line_items_type_0):
                    try:
                        line_items_type_0_item = InvoiceLineItem.from_dict(line_items_type_0_item_data)

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, line_items_type_0_index)
                    line_items_type_0.append(line_items_type_0_item)

                line_items = line_items_type_0

            _set(self, "line_items", line_items)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["line_items"] = ResponseValidationError.nest(_failure, "line_items")

        try:
            subtotal = _object.get("subtotal", UNSET)

            _set(self, "subtotal", subtotal)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["subtotal"] = ResponseValidationError.nest(_failure, "subtotal")

        try:
            additional_discount = _object.get("additional_discount", UNSET)

            _set(self, "additional_discount", additional_discount)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["additional_discount"] = ResponseValidationError.nest(_failure, "additional_discount")

        try:
            _additional_sales_taxes = _object.get("additional_sales_taxes", UNSET)
            additional_sales_taxes: list[InvoiceSalesTax] | None | Unset
            if _additional_sales_taxes is None or _additional_sales_taxes is UNSET:
                additional_sales_taxes = _additional_sales_taxes
            else:
                if not isinstance(_additional_sales_taxes, list):
                    raise TypeError(f"unexpected {type(_additional_sales_taxes).__name__} value")
                additional_sales_taxes_type_0 = []
                _additional_sales_taxes_type_0 = _additional_sales_taxes
                for additional_sales_taxes_type_0_index, additional_sales_taxes_type_0_item_data in enumerate(
                    _additional_sales_taxes_type_0
                ):
                    try:
                        additional_sales_taxes_type_0_item = InvoiceSalesTax.from_dict(
                            additional_sales_taxes_type_0_item_data
                        )

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, additional_sales_taxes_type_0_index)
                    additional_sales_taxes_type_0.append(additional_sales_taxes_type_0_item)

                additional_sales_taxes = additional_sales_taxes_type_0

            _set(self, "additional_sales_taxes", additional_sales_taxes)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["additional_sales_taxes"] = ResponseValidationError.nest(
                _failure, "additional_sales_taxes"
            )

        try:
            additional_sales_taxes_total = _object.get("additional_sales_taxes_total", UNSET)

            _set(self, "additional_sales_taxes_total", additional_sales_taxes_total)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["additional_sales_taxes_total"] = ResponseValidationError.nest(
                _failure, "additional_sales_taxes_total"
            )

        try:
            tips = _object.get("tips", UNSET)

            _set(self, "tips", tips)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["tips"] = ResponseValidationError.nest(_failure, "tips")

        try:
            tips_account = _object.get("tips_account", UNSET)

            _set(self, "tips_account", tips_account)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["tips_account"] = ResponseValidationError.nest(_failure, "tips_account")

        try:
            total_amount = _object.get("total_amount", UNSET)

            _set(self, "total_amount", total_amount)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["total_amount"] = ResponseValidationError.nest(_failure, "total_amount")

        try:
            outstanding_balance = _object.get("outstanding_balance", UNSET)

            _set(self, "outstanding_balance", outstanding_balance)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["outstanding_balance"] = ResponseValidationError.nest(_failure, "outstanding_balance")

        try:
            _payment_allocations = _object.get("payment_allocations", UNSET)
            payment_allocations: list[InvoicePaymentAllocation] | None | Unset
            if _payment_allocations is None or _payment_allocations is UNSET:
                payment_allocations = _payment_allocations
            else:
                if not isinstance(_payment_allocations, list):
                    raise TypeError(f"unexpected {type(_payment_allocations).__name__} value")
                payment_allocations_type_0 = []
                _payment_allocations_type_0 = _payment_allocations
                for payment_allocations_type_0_index, payment_allocations_type_0_item_data in enumerate(
                    _payment_allocations_type_0
                ):
                    try:
                        payment_allocations_type_0_item = InvoicePaymentAllocation.from_dict(
                            payment_allocations_type_0_item_data
                        )

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, payment_allocations_type_0_index)
                    payment_allocations_type_0.append(payment_allocations_type_0_item)

                payment_allocations = payment_allocations_type_0

            _set(self, "payment_allocations", payment_allocations)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["payment_allocations"] = ResponseValidationError.nest(_failure, "payment_allocations")

        try:
            _credit_allocations = _object.get("credit_allocations", UNSET)
            credit_allocations: list[InvoiceCreditAllocation] | None | Unset
            if _credit_allocations is None or _credit_allocations is UNSET:
                credit_allocations = _credit_allocations
            else:
                if not isinstance(_credit_allocations, list):
                    raise TypeError(f"unexpected {type(_credit_allocations).__name__} value")
                credit_allocations_type_0 = []
                _credit_allocations_type_0 = _credit_allocations
                for credit_allocations_type_0_index, credit_allocations_type_0_item_data in enumerate(
                    _credit_allocations_type_0
                ):
                    try:
                        credit_allocations_type_0_item = InvoiceCreditAllocation.from_dict(
                            credit_allocations_type_0_item_data
                        )

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, credit_allocations_type_0_index)
                    credit_allocations_type_0.append(credit_allocations_type_0_item)

                credit_allocations = credit_allocations_type_0

            _set(self, "credit_allocations", credit_allocations)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["credit_allocations"] = ResponseValidationError.nest(_failure, "credit_allocations")

        try:
            _refund_allocations = _object.get("refund_allocations", UNSET)
            refund_allocations: list[InvoiceRefundAllocation] | None | Unset
            if _refund_allocations is None or _refund_allocations is UNSET:
                refund_allocations = _refund_allocations
            else:
                if not isinstance(_refund_allocations, list):
                    raise TypeError(f"unexpected {type(_refund_allocations).__name__} value")
                refund_allocations_type_0 = []
                _refund_allocations_type_0 = _refund_allocations
                for refund_allocations_type_0_index, refund_allocations_type_0_item_data in enumerate(
                    _refund_allocations_type_0
                ):
                    try:
                        refund_allocations_type_0_item = InvoiceRefundAllocation.from_dict(
                            refund_allocations_type_0_item_data
                        )

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, refund_allocations_type_0_index)
                    refund_allocations_type_0.append(refund_allocations_type_0_item)

                refund_allocations = refund_allocations_type_0

            _set(self, "refund_allocations", refund_allocations)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["refund_allocations"] = ResponseValidationError.nest(_failure, "refund_allocations")

        try:
            _write_offs = _object.get("write_offs", UNSET)
            write_offs: list[InvoiceWriteOff] | None | Unset
            if _write_offs is None or _write_offs is UNSET:
                write_offs = _write_offs
            else:
                if not isinstance(_write_offs, list):
                    raise TypeError(f"unexpected {type(_write_offs).__name__} value")
                write_offs_type_0 = []
                _write_offs_type_0 = _write_offs
                for write_offs_type_0_index, write_offs_type_0_item_data in enumerate(_write_offs_type_0):
                    try:
                        write_offs_type_0_item = InvoiceWriteOff.from_dict(write_offs_type_0_item_data)

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, write_offs_type_0_index)
                    write_offs_type_0.append(write_offs_type_0_item)

                write_offs = write_offs_type_0

            _set(self, "write_offs", write_offs)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["write_offs"] = ResponseValidationError.nest(_failure, "write_offs")

        try:
            _document = _object.get("document", UNSET)
            document: Document | None | Unset
            if _document is None or _document is UNSET:
                document = _document
            else:
                if not isinstance(_document, dict):
                    raise TypeError(f"unexpected {type(_document).__name__} value")
                document_type_0 = Document.from_dict(_document)

                document = document_type_0

            _set(self, "document", document)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["document"] = ResponseValidationError.nest(_failure, "document")

        try:
            _imported_at = _object.get("imported_at", UNSET)
            imported_at: datetime.datetime | None | Unset
            if _imported_at is None or _imported_at is UNSET:
                imported_at = _imported_at
            else:
                if not isinstance(_imported_at, str):
                    raise TypeError(f"unexpected {type(_imported_at).__name__} value")
                imported_at_type_0 = datetime.datetime.fromisoformat(_imported_at)

                imported_at = imported_at_type_0

            _set(self, "imported_at", imported_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["imported_at"] = ResponseValidationError.nest(_failure, "imported_at")

        try:
            _updated_at = _object.get("updated_at", UNSET)
            updated_at: datetime.datetime | None | Unset
            if _updated_at is None or _updated_at is UNSET:
                updated_at = _updated_at
            else:
                if not isinstance(_updated_at, str):
                    raise TypeError(f"unexpected {type(_updated_at).__name__} value")
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0

            _set(self, "updated_at", updated_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["updated_at"] = ResponseValidationError.nest(_failure, "updated_at")

        try:
            external_id = _object.get("external_id", UNSET)

            _set(self, "external_id", external_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["external_id"] = ResponseValidationError.nest(_failure, "external_id")

        try:
            memo = _object.get("memo", UNSET)

            _set(self, "memo", memo)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["memo"] = ResponseValidationError.nest(_failure, "memo")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Invoice read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
from ..models.customer import Customer  # noqa: E402
from ..models.document import Document  # noqa: E402
from ..models.invoice_credit_allocation import InvoiceCreditAllocation  # noqa: E402
from ..models.invoice_line_item import InvoiceLineItem  # noqa: E402
from ..models.invoice_payment_allocation import InvoicePaymentAllocation  # noqa: E402
from ..models.invoice_refund_allocation import InvoiceRefundAllocation  # noqa: E402
from ..models.invoice_sales_tax import InvoiceSalesTax  # noqa: E402
from ..models.invoice_write_off import InvoiceWriteOff  # noqa: E402
