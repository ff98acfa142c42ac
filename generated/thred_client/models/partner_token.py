from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerToken")


@_attrs_define
class PartnerToken:
    """A partner token and its lifetime.

    Attributes:
        access_token (str): The JWT, sent as `Authorization: Bearer <access_token>`.
        expires_in (int): Seconds until the token expires (3600 in the guides).
        token_type (None | str | Unset): `Bearer`.
    """

    access_token: str
    expires_in: int
    token_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        token_type: None | str | Unset
        if isinstance(self.token_type, Unset):
            token_type = UNSET
        else:
            token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            access_token = d.pop("access_token")
        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "access_token")

        try:
            expires_in = d.pop("expires_in")
        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "expires_in")

        try:
            token_type = d.pop("token_type", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "token_type")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
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
