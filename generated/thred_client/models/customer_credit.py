# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class CustomerCredit(Model):
    """A customer credit (credit note) issued by the business.

    Attributes:
        id (UUID):
        status (str | None): Credit status. Known values: draft, sent, applied, partially_applied, void (see
            CustomerCreditStatus).
        sent_at (datetime.datetime | None):
        customer (CustomerCreditCustomer | None):
        source_invoice_id (UUID | None):
        line_items (list[CustomerCreditLineItem] | None):
        allocations (list[CustomerCreditAllocation] | None):
        tags (list[CustomerCreditTag] | None):
        total_amount (int | None):
        applied_amount (int | None):
        document (Document | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        external_id (str | None):
        currency (str | None): Currency code; the documentation's example shows "EUR".
    """

    __slots__ = (
        "id",
        "status",
        "sent_at",
        "customer",
        "source_invoice_id",
        "line_items",
        "allocations",
        "tags",
        "total_amount",
        "applied_amount",
        "document",
        "created_at",
        "updated_at",
        "external_id",
        "currency",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "id",
        "status",
        "sent_at",
        "customer",
        "source_invoice_id",
        "line_items",
        "allocations",
        "tags",
        "total_amount",
        "applied_amount",
        "document",
        "created_at",
        "updated_at",
        "external_id",
        "currency",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_str,
        _v.dump_plain,
        _v.dump_datetime,
        _m.dump_model,
        _v.dump_str,
        _m.dump_list(_m.dump_model),
        _m.dump_list(_m.dump_model),
        _m.dump_list(_m.dump_model),
        _v.dump_plain,
        _v.dump_plain,
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
    status: str | None
    sent_at: datetime.datetime | None
    customer: CustomerCreditCustomer | None
    source_invoice_id: UUID | None
    line_items: list[CustomerCreditLineItem] | None
    allocations: list[CustomerCreditAllocation] | None
    tags: list[CustomerCreditTag] | None
    total_amount: int | None
    applied_amount: int | None
    document: Document | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    external_id: str | None
    currency: str | None

    def __init__(
        self,
        *,
        id: UUID,
        status: str | None = None,
        sent_at: datetime.datetime | None = None,
        customer: CustomerCreditCustomer | None = None,
        source_invoice_id: UUID | None = None,
        line_items: list[CustomerCreditLineItem] | None = None,
        allocations: list[CustomerCreditAllocation] | None = None,
        tags: list[CustomerCreditTag] | None = None,
        total_amount: int | None = None,
        applied_amount: int | None = None,
        document: Document | None = None,
        created_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        external_id: str | None = None,
        currency: str | None = None,
    ) -> None:
        self.id = id
        self.status = status
        self.sent_at = sent_at
        self.customer = customer
        self.source_invoice_id = source_invoice_id
        self.line_items = line_items
        self.allocations = allocations
        self.tags = tags
        self.total_amount = total_amount
        self.applied_amount = applied_amount
        self.document = document
        self.created_at = created_at
        self.updated_at = updated_at
        self.external_id = external_id
        self.currency = currency
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

        v = src.get("customer")
        if v is None:
            if "customer" not in src:
                absent += ("customer",)
            self.customer = None
        else:
            try:
                self.customer = _m.nested(CustomerCreditCustomer, v, (path, "customer"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "customer", v, error)

        v = src.get("source_invoice_id")
        if v is None:
            if "source_invoice_id" not in src:
                absent += ("source_invoice_id",)
            self.source_invoice_id = None
        else:
            try:
                self.source_invoice_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "source_invoice_id", v, error)

        v = src.get("line_items")
        if v is None:
            if "line_items" not in src:
                absent += ("line_items",)
            self.line_items = None
        else:
            try:
                self.line_items = _m.model_list(CustomerCreditLineItem, v, (path, "line_items"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "line_items", v, error)

        v = src.get("allocations")
        if v is None:
            if "allocations" not in src:
                absent += ("allocations",)
            self.allocations = None
        else:
            try:
                self.allocations = _m.model_list(CustomerCreditAllocation, v, (path, "allocations"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "allocations", v, error)

        v = src.get("tags")
        if v is None:
            if "tags" not in src:
                absent += ("tags",)
            self.tags = None
        else:
            try:
                self.tags = _m.model_list(CustomerCreditTag, v, (path, "tags"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "tags", v, error)

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

        v = src.get("applied_amount")
        if type(v) is int:
            self.applied_amount = v
        elif v is None:
            if "applied_amount" not in src:
                absent += ("applied_amount",)
            self.applied_amount = None
        else:
            try:
                self.applied_amount = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "applied_amount", v, error)

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

        v = src.get("created_at")
        if v is None:
            if "created_at" not in src:
                absent += ("created_at",)
            self.created_at = None
        else:
            try:
                self.created_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "created_at", v, error)

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

        self._absent = absent
        if len(src) > 15 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(CustomerCredit._keys)


# Imported once the class above exists, so that models referring to each other import in any order.
from ..models.customer_credit_allocation import CustomerCreditAllocation  # noqa: E402
from ..models.customer_credit_customer import CustomerCreditCustomer  # noqa: E402
from ..models.customer_credit_line_item import CustomerCreditLineItem  # noqa: E402
from ..models.customer_credit_tag import CustomerCreditTag  # noqa: E402
from ..models.document import Document  # noqa: E402
