# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class Customer(Model):
    """The full record of the customer an invoice is addressed to.

    Attributes:
        id (UUID):
        type_ (str | None):
        external_id (str | None):
        reference_number (str | None):
        individual_name (str | None):
        company_name (str | None):
        display_name (str | None):
        email (str | None):
        mobile_phone (str | None):
        office_phone (str | None):
        address_line1 (str | None):
        address_line2 (str | None):
        city (str | None):
        state_county (str | None):
        postal_code (str | None):
        country (str | None):
        full_address (str | None):
        address_string (str | None):
        vat_number (str | None):
        tax_exempt (bool | None):
        status (str | None):
        is_active (bool | None):
        is_archived (bool | None):
        transaction_tags (list[Any] | None): Items have no declared type in the documentation.
        notes (str | None):
        metadata (Any | None): Any JSON value; the documentation declares no type.
        payment_terms_days (int | None):
        credit_limit (int | None):
        credit_limit_cents (int | None):
        outstanding_balance (int | None):
        documents (list[Document] | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        archived_at (datetime.datetime | None):
    """

    __slots__ = (
        "id",
        "type_",
        "external_id",
        "reference_number",
        "individual_name",
        "company_name",
        "display_name",
        "email",
        "mobile_phone",
        "office_phone",
        "address_line1",
        "address_line2",
        "city",
        "state_county",
        "postal_code",
        "country",
        "full_address",
        "address_string",
        "vat_number",
        "tax_exempt",
        "status",
        "is_active",
        "is_archived",
        "transaction_tags",
        "notes",
        "metadata",
        "payment_terms_days",
        "credit_limit",
        "credit_limit_cents",
        "outstanding_balance",
        "documents",
        "created_at",
        "updated_at",
        "archived_at",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "external_id",
        "reference_number",
        "individual_name",
        "company_name",
        "display_name",
        "email",
        "mobile_phone",
        "office_phone",
        "address_line1",
        "address_line2",
        "city",
        "state_county",
        "postal_code",
        "country",
        "full_address",
        "address_string",
        "vat_number",
        "tax_exempt",
        "status",
        "is_active",
        "is_archived",
        "transaction_tags",
        "notes",
        "metadata",
        "payment_terms_days",
        "credit_limit",
        "credit_limit_cents",
        "outstanding_balance",
        "documents",
        "created_at",
        "updated_at",
        "archived_at",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_str,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _m.dump_list(_v.dump_plain),
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _m.dump_list(_m.dump_model),
        _v.dump_datetime,
        _v.dump_datetime,
        _v.dump_datetime,
    )
    _required: ClassVar[tuple[str, ...]] = ("id",)
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = True

    id: UUID
    type_: str | None
    external_id: str | None
    reference_number: str | None
    individual_name: str | None
    company_name: str | None
    display_name: str | None
    email: str | None
    mobile_phone: str | None
    office_phone: str | None
    address_line1: str | None
    address_line2: str | None
    city: str | None
    state_county: str | None
    postal_code: str | None
    country: str | None
    full_address: str | None
    address_string: str | None
    vat_number: str | None
    tax_exempt: bool | None
    status: str | None
    is_active: bool | None
    is_archived: bool | None
    transaction_tags: list[Any] | None
    notes: str | None
    metadata: Any | None
    payment_terms_days: int | None
    credit_limit: int | None
    credit_limit_cents: int | None
    outstanding_balance: int | None
    documents: list[Document] | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    archived_at: datetime.datetime | None

    def __init__(
        self,
        *,
        id: UUID,
        type_: str | None = None,
        external_id: str | None = None,
        reference_number: str | None = None,
        individual_name: str | None = None,
        company_name: str | None = None,
        display_name: str | None = None,
        email: str | None = None,
        mobile_phone: str | None = None,
        office_phone: str | None = None,
        address_line1: str | None = None,
        address_line2: str | None = None,
        city: str | None = None,
        state_county: str | None = None,
        postal_code: str | None = None,
        country: str | None = None,
        full_address: str | None = None,
        address_string: str | None = None,
        vat_number: str | None = None,
        tax_exempt: bool | None = None,
        status: str | None = None,
        is_active: bool | None = None,
        is_archived: bool | None = None,
        transaction_tags: list[Any] | None = None,
        notes: str | None = None,
        metadata: Any | None = None,
        payment_terms_days: int | None = None,
        credit_limit: int | None = None,
        credit_limit_cents: int | None = None,
        outstanding_balance: int | None = None,
        documents: list[Document] | None = None,
        created_at: datetime.datetime | None = None,
        updated_at: datetime.datetime | None = None,
        archived_at: datetime.datetime | None = None,
    ) -> None:
        self.id = id
        self.type_ = type_
        self.external_id = external_id
        self.reference_number = reference_number
        self.individual_name = individual_name
        self.company_name = company_name
        self.display_name = display_name
        self.email = email
        self.mobile_phone = mobile_phone
        self.office_phone = office_phone
        self.address_line1 = address_line1
        self.address_line2 = address_line2
        self.city = city
        self.state_county = state_county
        self.postal_code = postal_code
        self.country = country
        self.full_address = full_address
        self.address_string = address_string
        self.vat_number = vat_number
        self.tax_exempt = tax_exempt
        self.status = status
        self.is_active = is_active
        self.is_archived = is_archived
        self.transaction_tags = transaction_tags
        self.notes = notes
        self.metadata = metadata
        self.payment_terms_days = payment_terms_days
        self.credit_limit = credit_limit
        self.credit_limit_cents = credit_limit_cents
        self.outstanding_balance = outstanding_balance
        self.documents = documents
        self.created_at = created_at
        self.updated_at = updated_at
        self.archived_at = archived_at
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

        v = src.get("reference_number")
        if type(v) is str:
            self.reference_number = v
        elif v is None:
            if "reference_number" not in src:
                absent += ("reference_number",)
            self.reference_number = None
        else:
            try:
                self.reference_number = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "reference_number", v, error)

        v = src.get("individual_name")
        if type(v) is str:
            self.individual_name = v
        elif v is None:
            if "individual_name" not in src:
                absent += ("individual_name",)
            self.individual_name = None
        else:
            try:
                self.individual_name = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "individual_name", v, error)

        v = src.get("company_name")
        if type(v) is str:
            self.company_name = v
        elif v is None:
            if "company_name" not in src:
                absent += ("company_name",)
            self.company_name = None
        else:
            try:
                self.company_name = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "company_name", v, error)

        v = src.get("display_name")
        if type(v) is str:
            self.display_name = v
        elif v is None:
            if "display_name" not in src:
                absent += ("display_name",)
            self.display_name = None
        else:
            try:
                self.display_name = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "display_name", v, error)

        v = src.get("email")
        if type(v) is str:
            self.email = v
        elif v is None:
            if "email" not in src:
                absent += ("email",)
            self.email = None
        else:
            try:
                self.email = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "email", v, error)

        v = src.get("mobile_phone")
        if type(v) is str:
            self.mobile_phone = v
        elif v is None:
            if "mobile_phone" not in src:
                absent += ("mobile_phone",)
            self.mobile_phone = None
        else:
            try:
                self.mobile_phone = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "mobile_phone", v, error)

        v = src.get("office_phone")
        if type(v) is str:
            self.office_phone = v
        elif v is None:
            if "office_phone" not in src:
                absent += ("office_phone",)
            self.office_phone = None
        else:
            try:
                self.office_phone = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "office_phone", v, error)

        v = src.get("address_line1")
        if type(v) is str:
            self.address_line1 = v
        elif v is None:
            if "address_line1" not in src:
                absent += ("address_line1",)
            self.address_line1 = None
        else:
            try:
                self.address_line1 = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "address_line1", v, error)

        v = src.get("address_line2")
        if type(v) is str:
            self.address_line2 = v
        elif v is None:
            if "address_line2" not in src:
                absent += ("address_line2",)
            self.address_line2 = None
        else:
            try:
                self.address_line2 = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "address_line2", v, error)

        v = src.get("city")
        if type(v) is str:
            self.city = v
        elif v is None:
            if "city" not in src:
                absent += ("city",)
            self.city = None
        else:
            try:
                self.city = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "city", v, error)

        v = src.get("state_county")
        if type(v) is str:
            self.state_county = v
        elif v is None:
            if "state_county" not in src:
                absent += ("state_county",)
            self.state_county = None
        else:
            try:
                self.state_county = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "state_county", v, error)

        v = src.get("postal_code")
        if type(v) is str:
            self.postal_code = v
        elif v is None:
            if "postal_code" not in src:
                absent += ("postal_code",)
            self.postal_code = None
        else:
            try:
                self.postal_code = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "postal_code", v, error)

        v = src.get("country")
        if type(v) is str:
            self.country = v
        elif v is None:
            if "country" not in src:
                absent += ("country",)
            self.country = None
        else:
            try:
                self.country = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "country", v, error)

        v = src.get("full_address")
        if type(v) is str:
            self.full_address = v
        elif v is None:
            if "full_address" not in src:
                absent += ("full_address",)
            self.full_address = None
        else:
            try:
                self.full_address = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "full_address", v, error)

        v = src.get("address_string")
        if type(v) is str:
            self.address_string = v
        elif v is None:
            if "address_string" not in src:
                absent += ("address_string",)
            self.address_string = None
        else:
            try:
                self.address_string = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "address_string", v, error)

        v = src.get("vat_number")
        if type(v) is str:
            self.vat_number = v
        elif v is None:
            if "vat_number" not in src:
                absent += ("vat_number",)
            self.vat_number = None
        else:
            try:
                self.vat_number = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "vat_number", v, error)

        v = src.get("tax_exempt")
        if type(v) is bool:
            self.tax_exempt = v
        elif v is None:
            if "tax_exempt" not in src:
                absent += ("tax_exempt",)
            self.tax_exempt = None
        else:
            try:
                self.tax_exempt = _v.to_bool(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "tax_exempt", v, error)

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

        v = src.get("is_active")
        if type(v) is bool:
            self.is_active = v
        elif v is None:
            if "is_active" not in src:
                absent += ("is_active",)
            self.is_active = None
        else:
            try:
                self.is_active = _v.to_bool(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "is_active", v, error)

        v = src.get("is_archived")
        if type(v) is bool:
            self.is_archived = v
        elif v is None:
            if "is_archived" not in src:
                absent += ("is_archived",)
            self.is_archived = None
        else:
            try:
                self.is_archived = _v.to_bool(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "is_archived", v, error)

        v = src.get("transaction_tags")
        if v is None:
            if "transaction_tags" not in src:
                absent += ("transaction_tags",)
            self.transaction_tags = None
        else:
            try:
                self.transaction_tags = _m.scalar_list(_v.to_any, v, (path, "transaction_tags"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "transaction_tags", v, error)

        v = src.get("notes")
        if type(v) is str:
            self.notes = v
        elif v is None:
            if "notes" not in src:
                absent += ("notes",)
            self.notes = None
        else:
            try:
                self.notes = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "notes", v, error)

        v = src.get("metadata")
        if v is None and "metadata" not in src:
            absent += ("metadata",)
        self.metadata = v

        v = src.get("payment_terms_days")
        if type(v) is int:
            self.payment_terms_days = v
        elif v is None:
            if "payment_terms_days" not in src:
                absent += ("payment_terms_days",)
            self.payment_terms_days = None
        else:
            try:
                self.payment_terms_days = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "payment_terms_days", v, error)

        v = src.get("credit_limit")
        if type(v) is int:
            self.credit_limit = v
        elif v is None:
            if "credit_limit" not in src:
                absent += ("credit_limit",)
            self.credit_limit = None
        else:
            try:
                self.credit_limit = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "credit_limit", v, error)

        v = src.get("credit_limit_cents")
        if type(v) is int:
            self.credit_limit_cents = v
        elif v is None:
            if "credit_limit_cents" not in src:
                absent += ("credit_limit_cents",)
            self.credit_limit_cents = None
        else:
            try:
                self.credit_limit_cents = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "credit_limit_cents", v, error)

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

        v = src.get("documents")
        if v is None:
            if "documents" not in src:
                absent += ("documents",)
            self.documents = None
        else:
            try:
                self.documents = _m.model_list(Document, v, (path, "documents"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "documents", v, error)

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

        v = src.get("archived_at")
        if v is None:
            if "archived_at" not in src:
                absent += ("archived_at",)
            self.archived_at = None
        else:
            try:
                self.archived_at = _v.to_datetime(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "archived_at", v, error)

        self._absent = absent
        if len(src) > 34 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(Customer._keys)


# Imported once the class above exists, so that models referring to each other import in any order.
from ..models.document import Document  # noqa: E402
