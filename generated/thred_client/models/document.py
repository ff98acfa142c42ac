from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="Document")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "url",
        "expires_in",
        "document_id",
        "file_name",
        "file_size",
        "mime_type",
    }
)


@_attrs_define
class Document(Model):
    """A stored document (the invoice or credit note as a file), with a link to fetch it.

    Attributes:
        url (None | str | Unset):
        expires_in (int | None | Unset):
        document_id (None | Unset | UUID):
        file_name (None | str | Unset):
        file_size (int | None | Unset):
        mime_type (None | str | Unset):
    """

    _required = ()
    _nested = ()

    url: None | str | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    document_id: None | Unset | UUID = UNSET
    file_name: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        elif isinstance(self.document_id, UUID):
            document_id = str(self.document_id)
        else:
            document_id = self.document_id

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            url = _object.get("url", UNSET)

            _set(self, "url", url)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["url"] = ResponseValidationError.nest(_failure, "url")

        try:
            expires_in = _object.get("expires_in", UNSET)

            _set(self, "expires_in", expires_in)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["expires_in"] = ResponseValidationError.nest(_failure, "expires_in")

        try:
            _document_id = _object.get("document_id", UNSET)
            document_id: None | Unset | UUID
            if _document_id is None or _document_id is UNSET:
                document_id = _document_id
            else:
                if not isinstance(_document_id, str):
                    raise TypeError(f"unexpected {type(_document_id).__name__} value")
                document_id_type_0 = UUID(_document_id)

                document_id = document_id_type_0

            _set(self, "document_id", document_id)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["document_id"] = ResponseValidationError.nest(_failure, "document_id")

        try:
            file_name = _object.get("file_name", UNSET)

            _set(self, "file_name", file_name)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["file_name"] = ResponseValidationError.nest(_failure, "file_name")

        try:
            file_size = _object.get("file_size", UNSET)

            _set(self, "file_size", file_size)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["file_size"] = ResponseValidationError.nest(_failure, "file_size")

        try:
            mime_type = _object.get("mime_type", UNSET)

            _set(self, "mime_type", mime_type)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["mime_type"] = ResponseValidationError.nest(_failure, "mime_type")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A Document read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
