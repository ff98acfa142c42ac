from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Customer")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
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
    }
)


@_attrs_define
class Customer(Model):
    """The full record of the customer an invoice is addressed to.

    Attributes:
        id (UUID):
        type_ (None | str | Unset):
        external_id (None | str | Unset):
        reference_number (None | str | Unset):
        individual_name (None | str | Unset):
        company_name (None | str | Unset):
        display_name (None | str | Unset):
        email (None | str | Unset):
        mobile_phone (None | str | Unset):
        office_phone (None | str | Unset):
        address_line1 (None | str | Unset):
        address_line2 (None | str | Unset):
        city (None | str | Unset):
        state_county (None | str | Unset):
        postal_code (None | str | Unset):
        country (None | str | Unset):
        full_address (None | str | Unset):
        address_string (None | str | Unset):
        vat_number (None | str | Unset):
        tax_exempt (bool | None | Unset):
        status (None | str | Unset):
        is_active (bool | None | Unset):
        is_archived (bool | None | Unset):
        transaction_tags (list[Any] | None | Unset): Items have no declared type in the documentation.
        notes (None | str | Unset):
        metadata (Any | Unset): Any JSON value; the documentation declares no type.
        payment_terms_days (int | None | Unset):
        credit_limit (int | None | Unset):
        credit_limit_cents (int | None | Unset):
        outstanding_balance (int | None | Unset):
        documents (list[Document] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        archived_at (datetime.datetime | None | Unset):
    """

    _required = ("id",)
    _nested = (("documents", "documents"),)

    id: UUID
    type_: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    individual_name: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    office_phone: None | str | Unset = UNSET
    address_line1: None | str | Unset = UNSET
    address_line2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state_county: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    full_address: None | str | Unset = UNSET
    address_string: None | str | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    tax_exempt: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_archived: bool | None | Unset = UNSET
    transaction_tags: list[Any] | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    payment_terms_days: int | None | Unset = UNSET
    credit_limit: int | None | Unset = UNSET
    credit_limit_cents: int | None | Unset = UNSET
    outstanding_balance: int | None | Unset = UNSET
    documents: list[Document] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        individual_name: None | str | Unset
        if isinstance(self.individual_name, Unset):
            individual_name = UNSET
        else:
            individual_name = self.individual_name

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        office_phone: None | str | Unset
        if isinstance(self.office_phone, Unset):
            office_phone = UNSET
        else:
            office_phone = self.office_phone

        address_line1: None | str | Unset
        if isinstance(self.address_line1, Unset):
            address_line1 = UNSET
        else:
            address_line1 = self.address_line1

        address_line2: None | str | Unset
        if isinstance(self.address_line2, Unset):
            address_line2 = UNSET
        else:
            address_line2 = self.address_line2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state_county: None | str | Unset
        if isinstance(self.state_county, Unset):
            state_county = UNSET
        else:
            state_county = self.state_county

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        full_address: None | str | Unset
        if isinstance(self.full_address, Unset):
            full_address = UNSET
        else:
            full_address = self.full_address

        address_string: None | str | Unset
        if isinstance(self.address_string, Unset):
            address_string = UNSET
        else:
            address_string = self.address_string

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        tax_exempt: bool | None | Unset
        if isinstance(self.tax_exempt, Unset):
            tax_exempt = UNSET
        else:
            tax_exempt = self.tax_exempt

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        is_archived: bool | None | Unset
        if isinstance(self.is_archived, Unset):
            is_archived = UNSET
        else:
            is_archived = self.is_archived

        transaction_tags: list[Any] | None | Unset
        if isinstance(self.transaction_tags, Unset):
            transaction_tags = UNSET
        elif isinstance(self.transaction_tags, list):
            transaction_tags = self.transaction_tags

        else:
            transaction_tags = self.transaction_tags

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        metadata = self.metadata

        payment_terms_days: int | None | Unset
        if isinstance(self.payment_terms_days, Unset):
            payment_terms_days = UNSET
        else:
            payment_terms_days = self.payment_terms_days

        credit_limit: int | None | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        credit_limit_cents: int | None | Unset
        if isinstance(self.credit_limit_cents, Unset):
            credit_limit_cents = UNSET
        else:
            credit_limit_cents = self.credit_limit_cents

        outstanding_balance: int | None | Unset
        if isinstance(self.outstanding_balance, Unset):
            outstanding_balance = UNSET
        else:
            outstanding_balance = self.outstanding_balance

        documents: list[dict[str, Any]] | None | Unset
        if isinstance(self.documents, Unset):
            documents = UNSET
        elif isinstance(self.documents, list):
            documents = []
            for documents_type_0_item_data in self.documents:
                documents_type_0_item = documents_type_0_item_data.to_dict()
                documents.append(documents_type_0_item)

        else:
            documents = self.documents

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if individual_name is not UNSET:
            field_dict["individual_name"] = individual_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if mobile_phone is not UNSET:
            field_dict["mobile_phone"] = mobile_phone
        if office_phone is not UNSET:
            field_dict["office_phone"] = office_phone
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if city is not UNSET:
            field_dict["city"] = city
        if state_county is not UNSET:
            field_dict["state_county"] = state_county
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if full_address is not UNSET:
            field_dict["full_address"] = full_address
        if address_string is not UNSET:
            field_dict["address_string"] = address_string
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if tax_exempt is not UNSET:
            field_dict["tax_exempt"] = tax_exempt
        if status is not UNSET:
            field_dict["status"] = status
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if transaction_tags is not UNSET:
            field_dict["transaction_tags"] = transaction_tags
        if notes is not UNSET:
            field_dict["notes"] = notes
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payment_terms_days is not UNSET:
            field_dict["payment_terms_days"] = payment_terms_days
        if credit_limit is not UNSET:
            field_dict["credit_limit"] = credit_limit
        if credit_limit_cents is not UNSET:
            field_dict["credit_limit_cents"] = credit_limit_cents
        if outstanding_balance is not UNSET:
            field_dict["outstanding_balance"] = outstanding_balance
        if documents is not UNSET:
            field_dict["documents"] = documents
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at

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
            external_id = _object.get("external_id", UNSET)

            _set(self, "external_id", external_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["external_id"] = ResponseValidationError.nest(_failure, "external_id")

        try:
            reference_number = _object.get("reference_number", UNSET)

            _set(self, "reference_number", reference_number)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["reference_number"] = ResponseValidationError.nest(_failure, "reference_number")

        try:
            individual_name = _object.get("individual_name", UNSET)

            _set(self, "individual_name", individual_name)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["individual_name"] = ResponseValidationError.nest(_failure, "individual_name")

        try:
            company_name = _object.get("company_name", UNSET)

            _set(self, "company_name", company_name)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["company_name"] = ResponseValidationError.nest(_failure, "company_name")

        try:
            display_name = _object.get("display_name", UNSET)

            _set(self, "display_name", display_name)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["display_name"] = ResponseValidationError.nest(_failure, "display_name")

        try:
            email = _object.get("email", UNSET)

            _set(self, "email", email)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["email"] = ResponseValidationError.nest(_failure, "email")

        try:
            mobile_phone = _object.get("mobile_phone", UNSET)

            _set(self, "mobile_phone", mobile_phone)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["mobile_phone"] = ResponseValidationError.nest(_failure, "mobile_phone")

        try:
            office_phone = _object.get("office_phone", UNSET)

            _set(self, "office_phone", office_phone)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["office_phone"] = ResponseValidationError.nest(_failure, "office_phone")

        try:
            address_line1 = _object.get("address_line1", UNSET)

            _set(self, "address_line1", address_line1)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["address_line1"] = ResponseValidationError.nest(_failure, "address_line1")

        try:
            address_line2 = _object.get("address_line2", UNSET)

            _set(self, "address_line2", address_line2)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["address_line2"] = ResponseValidationError.nest(_failure, "address_line2")

        try:
            city = _object.get("city", UNSET)

            _set(self, "city", city)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["city"] = ResponseValidationError.nest(_failure, "city")

        try:
            state_county = _object.get("state_county", UNSET)

            _set(self, "state_county", state_county)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["state_county"] = ResponseValidationError.nest(_failure, "state_county")

        try:
            postal_code = _object.get("postal_code", UNSET)

            _set(self, "postal_code", postal_code)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["postal_code"] = ResponseValidationError.nest(_failure, "postal_code")

        try:
            country = _object.get("country", UNSET)

            _set(self, "country", country)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["country"] = ResponseValidationError.nest(_failure, "country")

        try:
            full_address = _object.get("full_address", UNSET)

            _set(self, "full_address", full_address)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["full_address"] = ResponseValidationError.nest(_failure, "full_address")

        try:
            address_string = _object.get("address_string", UNSET)

            _set(self, "address_string", address_string)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["address_string"] = ResponseValidationError.nest(_failure, "address_string")

        try:
            vat_number = _object.get("vat_number", UNSET)

            _set(self, "vat_number", vat_number)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["vat_number"] = ResponseValidationError.nest(_failure, "vat_number")

        try:
            tax_exempt = _object.get("tax_exempt", UNSET)

            _set(self, "tax_exempt", tax_exempt)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["tax_exempt"] = ResponseValidationError.nest(_failure, "tax_exempt")

        try:
            status = _object.get("status", UNSET)

            _set(self, "status", status)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["status"] = ResponseValidationError.nest(_failure, "status")

        try:
            is_active = _object.get("is_active", UNSET)

            _set(self, "is_active", is_active)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["is_active"] = ResponseValidationError.nest(_failure, "is_active")

        try:
            is_archived = _object.get("is_archived", UNSET)

            _set(self, "is_archived", is_archived)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["is_archived"] = ResponseValidationError.nest(_failure, "is_archived")

        try:
            _transaction_tags = _object.get("transaction_tags", UNSET)
            transaction_tags: list[Any] | None | Unset
            if _transaction_tags is None or _transaction_tags is UNSET:
                transaction_tags = _transaction_tags
            else:
                if not isinstance(_transaction_tags, list):
                    raise TypeError(f"unexpected {type(_transaction_tags).__name__} value")
                transaction_tags_type_0 = cast(list[Any], _transaction_tags)

                transaction_tags = transaction_tags_type_0

            _set(self, "transaction_tags", transaction_tags)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["transaction_tags"] = ResponseValidationError.nest(_failure, "transaction_tags")

        try:
            notes = _object.get("notes", UNSET)

            _set(self, "notes", notes)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["notes"] = ResponseValidationError.nest(_failure, "notes")

        try:
            _set(self, "metadata", _object.get("metadata", UNSET))
        except Exception as _failure:
            _failed = _failed or {}
            _failed["metadata"] = ResponseValidationError.nest(_failure, "metadata")

        try:
            payment_terms_days = _object.get("payment_terms_days", UNSET)

            _set(self, "payment_terms_days", payment_terms_days)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["payment_terms_days"] = ResponseValidationError.nest(_failure, "payment_terms_days")

        try:
            credit_limit = _object.get("credit_limit", UNSET)

            _set(self, "credit_limit", credit_limit)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["credit_limit"] = ResponseValidationError.nest(_failure, "credit_limit")

        try:
            credit_limit_cents = _object.get("credit_limit_cents", UNSET)

            _set(self, "credit_limit_cents", credit_limit_cents)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["credit_limit_cents"] = ResponseValidationError.nest(_failure, "credit_limit_cents")

        try:
            outstanding_balance = _object.get("outstanding_balance", UNSET)

            _set(self, "outstanding_balance", outstanding_balance)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["outstanding_balance"] = ResponseValidationError.nest(_failure, "outstanding_balance")

        try:
            _documents = _object.get("documents", UNSET)
            documents: list[Document] | None | Unset
            if _documents is None or _documents is UNSET:
                documents = _documents
            else:
                if not isinstance(_documents, list):
                    raise TypeError(f"unexpected {type(_documents).__name__} value")
                documents_type_0 = []
                _documents_type_0 = _documents
                for documents_type_0_index, documents_type_0_item_data in enumerate(_documents_type_0):
                    try:
                        documents_type_0_item = Document.from_dict(documents_type_0_item_data)

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, documents_type_0_index)
                    documents_type_0.append(documents_type_0_item)

                documents = documents_type_0

            _set(self, "documents", documents)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["documents"] = ResponseValidationError.nest(_failure, "documents")

        try:
            _created_at = _object.get("created_at", UNSET)
            created_at: datetime.datetime | None | Unset
            if _created_at is None or _created_at is UNSET:
                created_at = _created_at
            else:
                if not isinstance(_created_at, str):
                    raise TypeError(f"unexpected {type(_created_at).__name__} value")
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0

            _set(self, "created_at", created_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["created_at"] = ResponseValidationError.nest(_failure, "created_at")

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
            _archived_at = _object.get("archived_at", UNSET)
            archived_at: datetime.datetime | None | Unset
            if _archived_at is None or _archived_at is UNSET:
                archived_at = _archived_at
            else:
                if not isinstance(_archived_at, str):
                    raise TypeError(f"unexpected {type(_archived_at).__name__} value")
                archived_at_type_0 = datetime.datetime.fromisoformat(_archived_at)

                archived_at = archived_at_type_0

            _set(self, "archived_at", archived_at)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["archived_at"] = ResponseValidationError.nest(_failure, "archived_at")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Customer read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
from ..models.document import Document  # noqa: E402
