from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_identifier import AccountIdentifier


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
        from ..models.account_identifier import AccountIdentifier  # noqa: PLC0415

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
        from ..models.account_identifier import AccountIdentifier  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:

            def _parse_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            amount = _parse_amount(d.pop("amount", UNSET))

        except Exception as error:
            raise ResponseValidationError.nest(error, "amount")

        try:

            def _parse_revenue_account_identifier(data: object) -> AccountIdentifier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise TypeError(f"unexpected {type(data).__name__} value")
                revenue_account_identifier_type_0 = AccountIdentifier.from_dict(data)

                return revenue_account_identifier_type_0

            revenue_account_identifier = _parse_revenue_account_identifier(
                d.pop("revenue_account_identifier", UNSET)
            )

        except Exception as error:
            raise ResponseValidationError.nest(error, "revenue_account_identifier")

        try:

            def _parse_tags(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise TypeError(f"unexpected {type(data).__name__} value")
                tags_type_0 = cast(list[str], data)

                return tags_type_0

            tags = _parse_tags(d.pop("tags", UNSET))

        except Exception as error:
            raise ResponseValidationError.nest(error, "tags")

        try:

            def _parse_memo(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            memo = _parse_memo(d.pop("memo", UNSET))

        except Exception as error:
            raise ResponseValidationError.nest(error, "memo")

        try:
            metadata = d.pop("metadata", UNSET)
        except Exception as error:
            raise ResponseValidationError.nest(error, "metadata")

        customer_credit_line_item = cls(
            amount=amount,
            revenue_account_identifier=revenue_account_identifier,
            tags=tags,
            memo=memo,
            metadata=metadata,
        )

        customer_credit_line_item.additional_properties = d
        return customer_credit_line_item

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
