from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PartnerToken")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access_token",
        "expires_in",
        "token_type",
    }
)


@_attrs_define
class PartnerToken(Model):
    """A partner token and its lifetime.

    Attributes:
        access_token (str): The JWT, sent as `Authorization: Bearer <access_token>`.
        expires_in (int): Seconds until the token expires (3600 in the guides).
        token_type (None | str | Unset): `Bearer`.
    """

    _required = (
        "access_token",
        "expires_in",
    )
    _nested = ()

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

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            _set(self, "access_token", _object["access_token"])
        except Exception as _failure:
            _failed = _failed or {}
            _failed["access_token"] = ResponseValidationError.nest(_failure, "access_token")

        try:
            _set(self, "expires_in", _object["expires_in"])
        except Exception as _failure:
            _failed = _failed or {}
            _failed["expires_in"] = ResponseValidationError.nest(_failure, "expires_in")

        try:
            token_type = _object.get("token_type", UNSET)

            _set(self, "token_type", token_type)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["token_type"] = ResponseValidationError.nest(_failure, "token_type")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PartnerToken read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
