from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError

T = TypeVar("T", bound="PartnerTokenRequest")


@_attrs_define
class PartnerTokenRequest:
    """The body of a partner token request.

    Attributes:
        client_id (UUID): The partner UUID again (the user name of the Basic credentials).
        grant_type (Literal['client_credentials']): Always `client_credentials`. Default: 'client_credentials'.
    """

    client_id: UUID
    grant_type: Literal["client_credentials"] = "client_credentials"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = str(self.client_id)

        grant_type = self.grant_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            client_id = UUID(d.pop("client_id"))

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "client_id")

        try:
            grant_type = cast(Literal["client_credentials"], d.pop("grant_type"))
            if grant_type != "client_credentials":
                raise ValueError(f"grant_type must match const 'client_credentials', got '{grant_type}'")
        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "grant_type")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            client_id=client_id,
            grant_type=grant_type,
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
