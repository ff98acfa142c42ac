from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountIdentifier")


@_attrs_define
class AccountIdentifier:
    """A reference to a ledger account.

    Attributes:
        id (UUID):
        type_ (None | str | Unset): The documentation shows only "AccountId".
    """

    id: UUID
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = UUID(d.pop("id"))

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "id")

        try:
            type_ = d.pop("type", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "type")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            id=id,
            type_=type_,
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
