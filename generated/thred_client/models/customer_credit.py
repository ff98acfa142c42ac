from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="CustomerCredit")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
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
    }
)


@_attrs_define
class CustomerCredit(Model):
    """A customer credit (credit note) issued by the business.

    Attributes:
        id (UUID):
        status (None | str | Unset): Credit status. Known values: draft, sent, applied, partially_applied, void (see
            CustomerCreditStatus).
        sent_at (datetime.datetime | None | Unset):
        customer (CustomerCreditCustomer | None | Unset):
        source_invoice_id (None | Unset | UUID):
        line_items (list[CustomerCreditLineItem] | None | Unset):
        allocations (list[CustomerCreditAllocation] | None | Unset):
        tags (list[CustomerCreditTag] | None | Unset):
        total_amount (int | None | Unset):
        applied_amount (int | None | Unset):
        document (Document | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        external_id (None | str | Unset):
        currency (None | str | Unset): Currency code; the documentation's example shows "EUR".
    """

    _required = ("id",)
    _nested = (
        ("customer", "customer"),
        ("line_items", "line_items"),
        ("allocations", "allocations"),
        ("tags", "tags"),
        ("document", "document"),
    )

    id: UUID
    status: None | str | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    customer: CustomerCreditCustomer | None | Unset = UNSET
    source_invoice_id: None | Unset | UUID = UNSET
    line_items: list[CustomerCreditLineItem] | None | Unset = UNSET
    allocations: list[CustomerCreditAllocation] | None | Unset = UNSET
    tags: list[CustomerCreditTag] | None | Unset = UNSET
    total_amount: int | None | Unset = UNSET
    applied_amount: int | None | Unset = UNSET
    document: Document | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

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

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerCreditCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        source_invoice_id: None | str | Unset
        if isinstance(self.source_invoice_id, Unset):
            source_invoice_id = UNSET
        elif isinstance(self.source_invoice_id, UUID):
            source_invoice_id = str(self.source_invoice_id)
        else:
            source_invoice_id = self.source_invoice_id

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

        allocations: list[dict[str, Any]] | None | Unset
        if isinstance(self.allocations, Unset):
            allocations = UNSET
        elif isinstance(self.allocations, list):
            allocations = []
            for allocations_type_0_item_data in self.allocations:
                allocations_type_0_item = allocations_type_0_item_data.to_dict()
                allocations.append(allocations_type_0_item)

        else:
            allocations = self.allocations

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        total_amount: int | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        applied_amount: int | None | Unset
        if isinstance(self.applied_amount, Unset):
            applied_amount = UNSET
        else:
            applied_amount = self.applied_amount

        document: dict[str, Any] | None | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        elif isinstance(self.document, Document):
            document = self.document.to_dict()
        else:
            document = self.document

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

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if customer is not UNSET:
            field_dict["customer"] = customer
        if source_invoice_id is not UNSET:
            field_dict["source_invoice_id"] = source_invoice_id
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if tags is not UNSET:
            field_dict["tags"] = tags
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if applied_amount is not UNSET:
            field_dict["applied_amount"] = applied_amount
        if document is not UNSET:
            field_dict["document"] = document
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if currency is not UNSET:
            field_dict["currency"] = currency

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
            _customer = _object.get("customer", UNSET)
            customer: CustomerCreditCustomer | None | Unset
            if _customer is None or _customer is UNSET:
                customer = _customer
            else:
                if not isinstance(_customer, dict):
                    raise TypeError(f"unexpected {type(_customer).__name__} value")
                customer_type_0 = CustomerCreditCustomer.from_dict(_customer)

                customer = customer_type_0

            _set(self, "customer", customer)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["customer"] = ResponseValidationError.nest(_failure, "customer")

        try:
            _source_invoice_id = _object.get("source_invoice_id", UNSET)
            source_invoice_id: None | Unset | UUID
            if _source_invoice_id is None or _source_invoice_id is UNSET:
                source_invoice_id = _source_invoice_id
            else:
                if not isinstance(_source_invoice_id, str):
                    raise TypeError(f"unexpected {type(_source_invoice_id).__name__} value")
                source_invoice_id_type_0 = UUID(_source_invoice_id)

                source_invoice_id = source_invoice_id_type_0

            _set(self, "source_invoice_id", source_invoice_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["source_invoice_id"] = ResponseValidationError.nest(_failure, "source_invoice_id")

        try:
            _line_items = _object.get("line_items", UNSET)
            line_items: list[CustomerCreditLineItem] | None | Unset
            if _line_items is None or _line_items is UNSET:
                line_items = _line_items
            else:
                if not isinstance(_line_items, list):
                    raise TypeError(f"unexpected {type(_line_items).__name__} value")
                line_items_type_0 = []
                _line_items_type_0 = _line_items
                for line_items_type_0_index, line_items_type_0_item_data in enumerate(_line_items_type_0):
                    try:
                        line_items_type_0_item = CustomerCreditLineItem.from_dict(line_items_type_0_item_data)

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, line_items_type_0_index)
                    line_items_type_0.append(line_items_type_0_item)

                line_items = line_items_type_0

            _set(self, "line_items", line_items)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["line_items"] = ResponseValidationError.nest(_failure, "line_items")

        try:
            _allocations = _object.get("allocations", UNSET)
            allocations: list[CustomerCreditAllocation] | None | Unset
            if _allocations is None or _allocations is UNSET:
                allocations = _allocations
            else:
                if not isinstance(_allocations, list):
                    raise TypeError(f"unexpected {type(_allocations).__name__} value")
                allocations_type_0 = []
                _allocations_type_0 = _allocations
                for allocations_type_0_index, allocations_type_0_item_data in enumerate(_allocations_type_0):
                    try:
                        allocations_type_0_item = CustomerCreditAllocation.from_dict(
                            allocations_type_0_item_data
                        )

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, allocations_type_0_index)
                    allocations_type_0.append(allocations_type_0_item)

                allocations = allocations_type_0

            _set(self, "allocations", allocations)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["allocations"] = ResponseValidationError.nest(_failure, "allocations")

        try:
            _tags = _object.get("tags", UNSET)
            tags: list[CustomerCreditTag] | None | Unset
            if _tags is None or _tags is UNSET:
                tags = _tags
            else:
                if not isinstance(_tags, list):
                    raise TypeError(f"unexpected {type(_tags).__name__} value")
                tags_type_0 = []
                _tags_type_0 = _tags
                for tags_type_0_index, tags_type_0_item_data in enumerate(_tags_type_0):
                    try:
                        tags_type_0_item = CustomerCreditTag.from_dict(tags_type_0_item_data)

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, tags_type_0_index)
                    tags_type_0.append(tags_type_0_item)

                tags = tags_type_0

            _set(self, "tags", tags)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["tags"] = ResponseValidationError.nest(_failure, "tags")

        try:
            total_amount = _object.get("total_amount", UNSET)

            _set(self, "total_amount", total_amount)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["total_amount"] = ResponseValidationError.nest(_failure, "total_amount")

        try:
            applied_amount = _object.get("applied_amount", UNSET)

            _set(self, "applied_amount", applied_amount)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["applied_amount"] = ResponseValidationError.nest(_failure, "applied_amount")

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
            external_id = _object.get("external_id", UNSET)

            _set(self, "external_id", external_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["external_id"] = ResponseValidationError.nest(_failure, "external_id")

        try:
            currency = _object.get("currency", UNSET)

            _set(self, "currency", currency)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["currency"] = ResponseValidationError.nest(_failure, "currency")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CustomerCredit read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
from ..models.customer_credit_allocation import CustomerCreditAllocation  # noqa: E402
from ..models.customer_credit_customer import CustomerCreditCustomer  # noqa: E402
from ..models.customer_credit_line_item import CustomerCreditLineItem  # noqa: E402
from ..models.customer_credit_tag import CustomerCreditTag  # noqa: E402
from ..models.document import Document  # noqa: E402
