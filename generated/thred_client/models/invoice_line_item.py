# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class InvoiceLineItem(Model):
    """One line of an invoice.

    Attributes:
        id (UUID):
        invoice_id (UUID | None):
        account_identifier (AccountIdentifier | None):
        description (str | None):
        unit_price (int | None):
        quantity (int | None):
        subtotal (int | None):
        discount_amount (int | None):
        sales_taxes_total (int | None):
        total_amount (int | None):
        external_id (str | None):
        product (str | None):
    """

    __slots__ = (
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
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
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
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_str,
        _v.dump_str,
        _m.dump_model,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = ("id",)
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    id: UUID
    invoice_id: UUID | None
    account_identifier: AccountIdentifier | None
    description: str | None
    unit_price: int | None
    quantity: int | None
    subtotal: int | None
    discount_amount: int | None
    sales_taxes_total: int | None
    total_amount: int | None
    external_id: str | None
    product: str | None

    def __init__(
        self,
        *,
        id: UUID,
        invoice_id: UUID | None = None,
        account_identifier: AccountIdentifier | None = None,
        description: str | None = None,
        unit_price: int | None = None,
        quantity: int | None = None,
        subtotal: int | None = None,
        discount_amount: int | None = None,
        sales_taxes_total: int | None = None,
        total_amount: int | None = None,
        external_id: str | None = None,
        product: str | None = None,
    ) -> None:
        self.id = id
        self.invoice_id = invoice_id
        self.account_identifier = account_identifier
        self.description = description
        self.unit_price = unit_price
        self.quantity = quantity
        self.subtotal = subtotal
        self.discount_amount = discount_amount
        self.sales_taxes_total = sales_taxes_total
        self.total_amount = total_amount
        self.external_id = external_id
        self.product = product
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

        v = src.get("invoice_id")
        if v is None:
            if "invoice_id" not in src:
                absent += ("invoice_id",)
            self.invoice_id = None
        else:
            try:
                self.invoice_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "invoice_id", v, error)

        v = src.get("account_identifier")
        if v is None:
            if "account_identifier" not in src:
                absent += ("account_identifier",)
            self.account_identifier = None
        else:
            try:
                self.account_identifier = _m.nested(AccountIdentifier, v, (path, "account_identifier"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "account_identifier", v, error)

        v = src.get("description")
        if type(v) is str:
            self.description = v
        elif v is None:
            if "description" not in src:
                absent += ("description",)
            self.description = None
        else:
            try:
                self.description = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "description", v, error)

        v = src.get("unit_price")
        if type(v) is int:
            self.unit_price = v
        elif v is None:
            if "unit_price" not in src:
                absent += ("unit_price",)
            self.unit_price = None
        else:
            try:
                self.unit_price = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "unit_price", v, error)

        v = src.get("quantity")
        if type(v) is int:
            self.quantity = v
        elif v is None:
            if "quantity" not in src:
                absent += ("quantity",)
            self.quantity = None
        else:
            try:
                self.quantity = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "quantity", v, error)

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

        v = src.get("discount_amount")
        if type(v) is int:
            self.discount_amount = v
        elif v is None:
            if "discount_amount" not in src:
                absent += ("discount_amount",)
            self.discount_amount = None
        else:
            try:
                self.discount_amount = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "discount_amount", v, error)

        v = src.get("sales_taxes_total")
        if type(v) is int:
            self.sales_taxes_total = v
        elif v is None:
            if "sales_taxes_total" not in src:
                absent += ("sales_taxes_total",)
            self.sales_taxes_total = None
        else:
            try:
                self.sales_taxes_total = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "sales_taxes_total", v, error)

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

        v = src.get("product")
        if type(v) is str:
            self.product = v
        elif v is None:
            if "product" not in src:
                absent += ("product",)
            self.product = None
        else:
            try:
                self.product = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "product", v, error)

        self._absent = absent
        if len(src) > 12 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(InvoiceLineItem._keys)


# Imported once the class above exists, so that models referring to each other import in any order.
from ..models.account_identifier import AccountIdentifier  # noqa: E402
