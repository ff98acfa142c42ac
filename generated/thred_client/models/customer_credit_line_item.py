from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="CustomerCreditLineItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "amount",
        "revenue_account_identifier",
        "tags",
        "memo",
        "metadata",
    }
)


@_attrs_define
class CustomerCreditLineItem(Model):
    """One line of a customer credit.

    Attributes:
        amount (int | None | Unset):
        revenue_account_identifier (AccountIdentifier | None | Unset):
        tags (list[str] | None | Unset):
        memo (None | str | Unset):
        metadata (Any | Unset): Any JSON value; the documentation declares no type.
    """

    _required = ()
    _nested = (("revenue_account_identifier", "revenue_account_identifier"),)

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

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            amount = _object.get("amount", UNSET)

            _set(self, "amount", amount)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["amount"] = ResponseValidationError.nest(_failure, "amount")

        try:
            _revenue_account_identifier = _object.get("revenue_account_identifier", UNSET)
            revenue_account_identifier: AccountIdentifier | None | Unset
            if _revenue_account_identifier is None or _revenue_account_identifier is UNSET:
                revenue_account_identifier = _revenue_account_identifier
            else:
                if not isinstance(_revenue_account_identifier, dict):
                    raise TypeError(f"unexpected {type(_revenue_account_identifier).__name__} value")
                revenue_account_identifier_type_0 = AccountIdentifier.from_dict(_revenue_account_identifier)

                revenue_account_identifier = revenue_account_identifier_type_0

            _set(self, "revenue_account_identifier", revenue_account_identifier)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["revenue_account_identifier"] = ResponseValidationError.nest(
                _failure, "revenue_account_identifier"
            )

        try:
            _tags = _object.get("tags", UNSET)
            tags: list[str] | None | Unset
            if _tags is None or _tags is UNSET:
                tags = _tags
            else:
                if not isinstance(_tags, list):
                    raise TypeError(f"unexpected {type(_tags).__name__} value")
                tags_type_0 = cast(list[str], _tags)

                tags = tags_type_0

            _set(self, "tags", tags)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["tags"] = ResponseValidationError.nest(_failure, "tags")

        try:
            memo = _object.get("memo", UNSET)

            _set(self, "memo", memo)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["memo"] = ResponseValidationError.nest(_failure, "memo")

        try:
            _set(self, "metadata", _object.get("metadata", UNSET))
        except Exception as _failure:
            _failed = _failed or {}
            _failed["metadata"] = ResponseValidationError.nest(_failure, "metadata")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A CustomerCreditLineItem read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
