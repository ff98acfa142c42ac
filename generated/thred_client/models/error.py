from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Error")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "error",
        "error_code",
        "details",
        "message",
        "detail",
        "request_id",
    }
)


@_attrs_define
class Error(Model):
    """Thred's error envelope. The error-handling guide documents {error, error_code, details}; the API reference samples
    show {error_code, message, detail, request_id}. Both are read here.

        Attributes:
            error (None | str | Unset): Message (error-handling guide shape).
            error_code (None | str | Unset): Machine-readable code, for example authentication_required, invalid_token,
                permission_denied, validation_error, business_not_found, invoice_not_found.
            details (Any | Unset): Field errors (error-handling guide shape), documented as an object mapping a field name
                to a list of messages.
            message (None | str | Unset): Message (API reference shape).
            detail (Any | Unset): Details (API reference shape), documented as an object.
            request_id (None | str | Unset): Request identifier (API reference shape).
    """

    _required = ()
    _nested = ()

    error: None | str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    details: Any | Unset = UNSET
    message: None | str | Unset = UNSET
    detail: Any | Unset = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        details = self.details

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        detail = self.detail

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if details is not UNSET:
            field_dict["details"] = details
        if message is not UNSET:
            field_dict["message"] = message
        if detail is not UNSET:
            field_dict["detail"] = detail
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            error = _object.get("error", UNSET)

            _set(self, "error", error)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["error"] = ResponseValidationError.nest(_failure, "error")

        try:
            error_code = _object.get("error_code", UNSET)

            _set(self, "error_code", error_code)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["error_code"] = ResponseValidationError.nest(_failure, "error_code")

        try:
            _set(self, "details", _object.get("details", UNSET))
        except Exception as _failure:
            _failed = _failed or {}
            _failed["details"] = ResponseValidationError.nest(_failure, "details")

        try:
            message = _object.get("message", UNSET)

            _set(self, "message", message)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["message"] = ResponseValidationError.nest(_failure, "message")

        try:
            _set(self, "detail", _object.get("detail", UNSET))
        except Exception as _failure:
            _failed = _failed or {}
            _failed["detail"] = ResponseValidationError.nest(_failure, "detail")

        try:
            request_id = _object.get("request_id", UNSET)

            _set(self, "request_id", request_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["request_id"] = ResponseValidationError.nest(_failure, "request_id")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Error read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
