# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class Invoice(Model):
    """An invoice issued by the business to one of its customers.

    Attributes:
        id (UUID):
        type_ (str | None):
        business_id (UUID | None):
        status (str | None): Invoice status. Known values: sent, paid, partially_paid, voided, refunded (see InvoiceStatus); the
            documentation's example shows "SENT".
        sent_at (datetime.datetime | None):
        due_at (datetime.datetime | None):
        paid_at (datetime.datetime | None):
        voided_at (datetime.datetime | None):
        is_overdue (bool | None):
        invoice_number (str | None):
        invoice_type (str | None): Invoice type; the documentation's example shows "invoice".
        currency (str | None):
        customer (Customer | None):
        line_items (list[InvoiceLineItem] | None):
        subtotal (int | None):
        additional_discount (int | None):
        additional_sales_taxes (list[InvoiceSalesTax] | None):
        additional_sales_taxes_total (int | None):
        tips (int | None):
        tips_account (str | None):
        total_amount (int | None):
        outstanding_balance (int | None):
        payment_allocations (list[InvoicePaymentAllocation] | None):
        credit_allocations (list[InvoiceCreditAllocation] | None):
        refund_allocations (list[InvoiceRefundAllocation] | None):
        write_offs (list[InvoiceWriteOff] | None):
        document (Document | None):
        imported_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        external_id (str | None):
        memo (str | None):
    """

    __slots__ = (
        "id",
        "type_",
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
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
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
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_str,
        _v.dump_plain,
        _v.dump_str,
        _v.dump_plain,
        _v.dump_datetime,
        _v.dump_datetime,
        _v.dump_datetime,
        _v.dump_datetime,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _m.dump_model,
        _m.dump_list(_m.dump_model),
        _v.dump_plain,
        _v.dump_plain,
        _m.dump_list(_m.dump_model),
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _m.dump_list(_m.dump_model),
        _m.dump_list(_m.dump_model),
        _m.dump_list(_m.dump_model),
        _m.dump_list(_m.dump_model),
        _m.dump_model,
        _v.dump_datetime,
        _v.dump_datetime,
        _v.dump_plain,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = ("id",)
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = True

    id: UUID
    type_: str | None
    business_id: UUID | None
    status: str | None
    sent_at: datetime.datetime | None
    due_at: datetime.datetime | None
    paid_at: datetime.datetime | None
    voided_at: datetime.datetime | None
    is_overdue: bool | None
    invoice_number: str | None
    invoice_type: str | None
    currency: str | None
    customer: Customer | None
    line_items: list[InvoiceLineItem] | None
    subtotal: int | None
    additional_discount: int | None
    additional_sales_taxes: list[InvoiceSalesTax] | None
    additional_sales_taxes_total: int | None
    tips: int | None
    tips_account: str | None
    total_amount: int | None
    outstanding_balance: int | None
    payment_allocations: list[InvoicePaymentAllocation] | None
    credit_allocations: list[InvoiceCreditAllocation] | None
    refund_allocations: list[InvoiceRefundAllocation] | None
    write_offs: list[InvoiceWriteOff] | None
    document: Document | None
    imported_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    external_id: str | None
    memo: str | None

    def __init__(
        self,
        *,
        id: UUID,
        type_: str | None = None,
        business_id: UUID | None = None,
        status: str | None = None,
        sent_at: datetime.datetime | None = None,
        due_at: datetime.datetime | None = None,
        paid_at: datetime.datetime | None = None,
        voided_at: datetime.datetime | None = None,
        is_overdue: bool | None = None,
        invoice_number: str | None = None,
        invoice_type: str | None = None,
        currency: str | None = None,
        customer: Customer | None = None,
        line_items: list[InvoiceLineItem] | None = None,
        subtotal: int | None = None,
        additional_discount: int | None = None,
        additional_sales_taxes: list[InvoiceSalesTax] | None = None,
        additional_sales_taxes_total: int | None = None,
        tips: int | None = None,
        tips_account: str | None = None,
        total_amount: int | None = None,
        outstanding_balance: int | None = None,
        payment_allocations: list[InvoicePaymentAllocation] | None = None,
        credit_allocations: list[InvoiceCreditAllocation] | None = None,
        refund_allocations: list[InvoiceRefundAllocation] | None = None,
        write_offs: list[InvoiceWriteOff] | None = None,
        document: Document | None = None,
        imported_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        external_id: str | None = None,
        memo: str | None = None,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.business_id = business_id
        self.status = status
        self.sent_at = sent_at
        self.due_at = due_at
        self.paid_at = paid_at
        self.voided_at = voided_at
        self.is_overdue = is_overdue
        self.invoice_number = invoice_number
        self.invoice_type = invoice_type
        self.currency = currency
        self.customer = customer
        self.line_items = line_items
        self.subtotal = subtotal
        self.additional_discount = additional_discount
        self.additional_sales_taxes = additional_sales_taxes
        self.additional_sales_taxes_total = additional_sales_taxes_total
        self.tips = tips
        self.tips_account = tips_account
        self.total_amount = total_amount
        self.outstanding_balance = outstanding_balance
        self.payment_allocations = payment_allocations
        self.credit_allocations = credit_allocations
        self.refund_allocations = refund_allocations
        self.write_offs = write_offs
        self.document = document
        self.imported_at = imported_at
        self.updated_at = updated_at
        self.external_id = external_id
        self.memo = memo
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src["id"]
        try:
            self.id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
        except (TypeError, ValueError) as error:
            bad = _m.fail(bad, "id", v, error)

        v = src.get("type")
        if type(v) is str:
            self.type_ = v
        elif v is None:
            if "type" not in src:
                absent += ("type_",)
            self.type_ = None
        else:
            try:
                self.type_ = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "type_", v, error)

        v = src.get("business_id")
        if v is None:
            if "business_id" not in src:
                absent += ("business_id",)
            self.business_id = None
        else:
            try:
                self.business_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "business_id", v, error)

        v = src.get("status")
        if type(v) is str:
            self.status = v
        elif v is None:
            if "status" not in src:
                absent += ("status",)
            self.status = None
        else:
            try:
                self.status = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "status", v, error)

        v = src.get("sent_at")
        if v is None:
            if "sent_at" not in src:
                absent += ("sent_at",)
            self.sent_at = None
        else:
            try:
                self.sent_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "sent_at", v, error)

        v = src.get("due_at")
        if v is None:
            if "due_at" not in src:
                absent += ("due_at",)
            self.due_at = None
        else:
            try:
                self.due_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "due_at", v, error)

        v = src.get("paid_at")
        if v is None:
            if "paid_at" not in src:
                absent += ("paid_at",)
            self.paid_at = None
        else:
            try:
                self.paid_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "paid_at", v, error)

        v = src.get("voided_at")
        if v is None:
            if "voided_at" not in src:
                absent += ("voided_at",)
            self.voided_at = None
        else:
            try:
                self.voided_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "voided_at", v, error)

        v = src.get("is_overdue")
        if type(v) is bool:
            self.is_overdue = v
        elif v is None:
            if "is_overdue" not in src:
                absent += ("is_overdue",)
            self.is_overdue = None
        else:
            try:
                self.is_overdue = _v.to_bool(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "is_overdue", v, error)

        v = src.get("invoice_number")
        if type(v) is str:
            self.invoice_number = v
        elif v is None:
            if "invoice_number" not in src:
                absent += ("invoice_number",)
            self.invoice_number = None
        else:
            try:
                self.invoice_number = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "invoice_number", v, error)

        v = src.get("invoice_type")
        if type(v) is str:
            self.invoice_type = v
        elif v is None:
            if "invoice_type" not in src:
                absent += ("invoice_type",)
            self.invoice_type = None
        else:
            try:
                self.invoice_type = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "invoice_type", v, error)

        v = src.get("currency")
        if type(v) is str:
            self.currency = v
        elif v is None:
            if "currency" not in src:
                absent += ("currency",)
            self.currency = None
        else:
            try:
                self.currency = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "currency", v, error)

        v = src.get("customer")
        if v is None:
            if "customer" not in src:
                absent += ("customer",)
            self.customer = None
        else:
            try:
                self.customer = _m.nested(Customer, v, (path, "customer"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "customer", v, error)

        v = src.get("line_items")
        if v is None:
            if "line_items" not in src:
                absent += ("line_items",)
            self.line_items = None
        else:
            try:
                self.line_items = _m.model_list(InvoiceLineItem, v, (path, "line_items"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "line_items", v, error)

        v = src.get("subtotal")
        if type(v) is int:
            self.subtotal = v
        elif v is None:
            if "subtotal" not in src:
                absent += ("subtotal",)
            self.subtotal = None
        else:
            try:
                self.subtotal = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "subtotal", v, error)

        v = src.get("additional_discount")
        if type(v) is int:
            self.additional_discount = v
        elif v is None:
            if "additional_discount" not in src:
                absent += ("additional_discount",)
            self.additional_discount = None
        else:
            try:
                self.additional_discount = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "additional_discount", v, error)

        v = src.get("additional_sales_taxes")
        if v is None:
            if "additional_sales_taxes" not in src:
                absent += ("additional_sales_taxes",)
            self.additional_sales_taxes = None
        else:
            try:
                self.additional_sales_taxes = _m.model_list(
                    InvoiceSalesTax, v, (path, "additional_sales_taxes")
                )
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "additional_sales_taxes", v, error)

        v = src.get("additional_sales_taxes_total")
        if type(v) is int:
            self.additional_sales_taxes_total = v
        elif v is None:
            if "additional_sales_taxes_total" not in src:
                absent += ("additional_sales_taxes_total",)
            self.additional_sales_taxes_total = None
        else:
            try:
                self.additional_sales_taxes_total = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "additional_sales_taxes_total", v, error)

        v = src.get("tips")
        if type(v) is int:
            self.tips = v
        elif v is None:
            if "tips" not in src:
                absent += ("tips",)
            self.tips = None
        else:
            try:
                self.tips = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "tips", v, error)

        v = src.get("tips_account")
        if type(v) is str:
            self.tips_account = v
        elif v is None:
            if "tips_account" not in src:
                absent += ("tips_account",)
            self.tips_account = None
        else:
            try:
                self.tips_account = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "tips_account", v, error)

        v = src.get("total_amount")
        if type(v) is int:
            self.total_amount = v
        elif v is None:
            if "total_amount" not in src:
                absent += ("total_amount",)
            self.total_amount = None
        else:
            try:
                self.total_amount = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "total_amount", v, error)

        v = src.get("outstanding_balance")
        if type(v) is int:
            self.outstanding_balance = v
        elif v is None:
            if "outstanding_balance" not in src:
                absent += ("outstanding_balance",)
            self.outstanding_balance = None
        else:
            try:
                self.outstanding_balance = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "outstanding_balance", v, error)

        v = src.get("payment_allocations")
        if v is None:
            if "payment_allocations" not in src:
                absent += ("payment_allocations",)
            self.payment_allocations = None
        else:
            try:
                self.payment_allocations = _m.model_list(
                    InvoicePaymentAllocation, v, (path, "payment_allocations")
                )
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "payment_allocations", v, error)

        v = src.get("credit_allocations")
        if v is None:
            if "credit_allocations" not in src:
                absent += ("credit_allocations",)
            self.credit_allocations = None
        else:
            try:
                self.credit_allocations = _m.model_list(
                    InvoiceCreditAllocation, v, (path, "credit_allocations")
                )
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "credit_allocations", v, error)

        v = src.get("refund_allocations")
        if v is None:
            if "refund_allocations" not in src:
                absent += ("refund_allocations",)
            self.refund_allocations = None
        else:
            try:
                self.refund_allocations = _m.model_list(
                    InvoiceRefundAllocation, v, (path, "refund_allocations")
                )
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "refund_allocations", v, error)

        v = src.get("write_offs")
        if v is None:
            if "write_offs" not in src:
                absent += ("write_offs",)
            self.write_offs = None
        else:
            try:
                self.write_offs = _m.model_list(InvoiceWriteOff, v, (path, "write_offs"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "write_offs", v, error)

        v = src.get("document")
        if v is None:
            if "document" not in src:
                absent += ("document",)
            self.document = None
        else:
            try:
                self.document = _m.nested(Document, v, (path, "document"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "document", v, error)

        v = src.get("imported_at")
        if v is None:
            if "imported_at" not in src:
                absent += ("imported_at",)
            self.imported_at = None
        else:
            try:
                self.imported_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "imported_at", v, error)

        v = src.get("updated_at")
        if v is None:
            if "updated_at" not in src:
                absent += ("updated_at",)
            self.updated_at = None
        else:
            try:
                self.updated_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "updated_at", v, error)

        v = src.get("external_id")
        if type(v) is str:
            self.external_id = v
        elif v is None:
            if "external_id" not in src:
                absent += ("external_id",)
            self.external_id = None
        else:
            try:
                self.external_id = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "external_id", v, error)

        v = src.get("memo")
        if type(v) is str:
            self.memo = v
        elif v is None:
            if "memo" not in src:
                absent += ("memo",)
            self.memo = None
        else:
            try:
                self.memo = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "memo", v, error)

        self._absent = absent
        if len(src) > 31 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(Invoice._keys)


# Imported once the class above exists, so that models referring to each other import in any order.
from ..models.customer import Customer  # noqa: E402
from ..models.document import Document  # noqa: E402
from ..models.invoice_credit_allocation import InvoiceCreditAllocation  # noqa: E402
from ..models.invoice_line_item import InvoiceLineItem  # noqa: E402
from ..models.invoice_payment_allocation import InvoicePaymentAllocation  # noqa: E402
from ..models.invoice_refund_allocation import InvoiceRefundAllocation  # noqa: E402
from ..models.invoice_sales_tax import InvoiceSalesTax  # noqa: E402
from ..models.invoice_write_off import InvoiceWriteOff  # noqa: E402
