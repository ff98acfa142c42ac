from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A stored document (the invoice or credit note as a file), with a link to fetch it.

    Attributes:
        url (None | str | Unset):
        expires_in (int | None | Unset):
        document_id (None | Unset | UUID):
        file_name (None | str | Unset):
        file_size (int | None | Unset):
        mime_type (None | str | Unset):
    """

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            url = d.pop("url", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "url")

        try:
            expires_in = d.pop("expires_in", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "expires_in")

        try:
            _document_id = d.pop("document_id", UNSET)
            document_id: None | Unset | UUID
            if _document_id is None or _document_id is UNSET:
                document_id = _document_id
            else:
                if not isinstance(_document_id, str):
                    raise TypeError(f"unexpected {type(_document_id).__name__} value")
                document_id_type_0 = UUID(_document_id)

                document_id = document_id_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "document_id")

        try:
            file_name = d.pop("file_name", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "file_name")

        try:
            file_size = d.pop("file_size", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "file_size")

        try:
            mime_type = d.pop("mime_type", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "mime_type")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            url=url,
            expires_in=expires_in,
            document_id=document_id,
            file_name=file_name,
            file_size=file_size,
            mime_type=mime_type,
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
