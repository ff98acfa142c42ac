from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCreditLineItem")


@_attrs_define
class CustomerCreditLineItem:
    """One line of a customer credit.

    Attributes:
        amount (int | None | Unset):
        revenue_account_identifier (AccountIdentifier | None | Unset):
        tags (list[str] | None | Unset):
        memo (None | str | Unset):
        metadata (Any | Unset): Any JSON value; the documentation declares no type.
    """

    amount: int | None | Unset = UNSET
    revenue_account_identifier: AccountIdentifier | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        revenue_account_identifier: dict[str, Any] | None | Unset
        if isinstance(self.revenue_account_identifier, Unset):
            revenue_account_identifier = UNSET
        elif isinstance(self.revenue_account_identifier, AccountIdentifier):
            revenue_account_identifier = self.revenue_account_identifier.to_dict()
        else:
            revenue_account_identifier = self.revenue_account_identifier

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if revenue_account_identifier is not UNSET:
            field_dict["revenue_account_identifier"] = revenue_account_identifier
        if tags is not UNSET:
            field_dict["tags"] = tags
        if memo is not UNSET:
            field_dict["memo"] = memo
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
            _revenue_account_identifier = d.pop("revenue_account_identifier", UNSET)
            revenue_account_identifier: AccountIdentifier | None | Unset
            if _revenue_account_identifier is None or _revenue_account_identifier is UNSET:
                revenue_account_identifier = _revenue_account_identifier
            else:
                if not isinstance(_revenue_account_identifier, dict):
                    raise TypeError(f"unexpected {type(_revenue_account_identifier).__name__} value")
                revenue_account_identifier_type_0 = AccountIdentifier.from_dict(_revenue_account_identifier)

                revenue_account_identifier = revenue_account_identifier_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "revenue_account_identifier")

        try:
            _tags = d.pop("tags", UNSET)
            tags: list[str] | None | Unset
            if _tags is None or _tags is UNSET:
                tags = _tags
            else:
                if not isinstance(_tags, list):
                    raise TypeError(f"unexpected {type(_tags).__name__} value")
                tags_type_0 = cast(list[str], _tags)

                tags = tags_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "tags")

        try:
            memo = d.pop("memo", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "memo")

        try:
            metadata = d.pop("metadata", UNSET)
        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "metadata")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            amount=amount,
            revenue_account_identifier=revenue_account_identifier,
            tags=tags,
            memo=memo,
            metadata=metadata,
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


# Imported once the class above exists, so that models referring to each other import in any order;
# importing inside each method instead would cost a trip through the import system on every call.
from ..models.account_identifier import AccountIdentifier  # noqa: E402
