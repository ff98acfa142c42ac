from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="BusinessToken")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "access_token",
        "token_type",
        "expires_in",
        "scope",
        "business_id",
    }
)


@_attrs_define
class BusinessToken(Model):
    """A business token and its lifetime.

    Attributes:
        access_token (str): The JWT, sent as `Authorization: Bearer <access_token>`.
        token_type (None | str | Unset): `Bearer`.
        expires_in (int | None | Unset): Seconds until the token expires (3600 in the examples).
        scope (None | str | Unset): `business_access` in the examples.
        business_id (None | Unset | UUID): The business the token is confined to; missing from some guide examples.
    """

    _required = ("access_token",)
    _nested = ()

    access_token: str
    token_type: None | str | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    scope: None | str | Unset = UNSET
    business_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type: None | str | Unset
        if isinstance(self.token_type, Unset):
            token_type = UNSET
        else:
            token_type = self.token_type

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        business_id: None | str | Unset
        if isinstance(self.business_id, Unset):
            business_id = UNSET
        elif isinstance(self.business_id, UUID):
            business_id = str(self.business_id)
        else:
            business_id = self.business_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if scope is not UNSET:
            field_dict["scope"] = scope
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

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
            token_type = _object.get("token_type", UNSET)

            _set(self, "token_type", token_type)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["token_type"] = ResponseValidationError.nest(_failure, "token_type")

        try:
            expires_in = _object.get("expires_in", UNSET)

            _set(self, "expires_in", expires_in)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["expires_in"] = ResponseValidationError.nest(_failure, "expires_in")

        try:
            scope = _object.get("scope", UNSET)

            _set(self, "scope", scope)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["scope"] = ResponseValidationError.nest(_failure, "scope")

        try:
            _business_id = _object.get("business_id", UNSET)
            business_id: None | Unset | UUID
            if _business_id is None or _business_id is UNSET:
                business_id = _business_id
            else:
                if not isinstance(_business_id, str):
                    raise TypeError(f"unexpected {type(_business_id).__name__} value")
                business_id_type_0 = UUID(_business_id)

                business_id = business_id_type_0

            _set(self, "business_id", business_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["business_id"] = ResponseValidationError.nest(_failure, "business_id")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A BusinessToken read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
