from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import Model

T = TypeVar("T", bound="PartnerTokenRequest")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "client_id",
        "grant_type",
    }
)


@_attrs_define
class PartnerTokenRequest(Model):
    """The body of a partner token request.

    Attributes:
        client_id (UUID): The partner UUID again (the user name of the Basic credentials).
        grant_type (Literal['client_credentials']): Always `client_credentials`. Default: 'client_credentials'.
    """

    _required = (
        "client_id",
        "grant_type",
    )
    _nested = ()

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

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            client_id = UUID(_object["client_id"])

            _set(self, "client_id", client_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["client_id"] = ResponseValidationError.nest(_failure, "client_id")

        try:
            grant_type = cast(Literal["client_credentials"], _object["grant_type"])
            if grant_type != "client_credentials":
                raise ValueError(f"grant_type must match const 'client_credentials', got '{grant_type}'")
            _set(self, "grant_type", grant_type)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["grant_type"] = ResponseValidationError.nest(_failure, "grant_type")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PartnerTokenRequest read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
