from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PageInfo")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "total_count",
        "current_page",
        "total_pages",
        "page_size",
    }
)


@_attrs_define
class PageInfo(Model):
    """Where a page stands in the whole list.

    Attributes:
        total_count (int | None | Unset):
        current_page (int | None | Unset):
        total_pages (int | None | Unset):
        page_size (int | None | Unset):
    """

    _required = ()
    _nested = ()

    total_count: int | None | Unset = UNSET
    current_page: int | None | Unset = UNSET
    total_pages: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        current_page: int | None | Unset
        if isinstance(self.current_page, Unset):
            current_page = UNSET
        else:
            current_page = self.current_page

        total_pages: int | None | Unset
        if isinstance(self.total_pages, Unset):
            total_pages = UNSET
        else:
            total_pages = self.total_pages

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            total_count = _object.get("total_count", UNSET)

            _set(self, "total_count", total_count)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["total_count"] = ResponseValidationError.nest(_failure, "total_count")

        try:
            current_page = _object.get("current_page", UNSET)

            _set(self, "current_page", current_page)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["current_page"] = ResponseValidationError.nest(_failure, "current_page")

        try:
            total_pages = _object.get("total_pages", UNSET)

            _set(self, "total_pages", total_pages)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["total_pages"] = ResponseValidationError.nest(_failure, "total_pages")

        try:
            page_size = _object.get("page_size", UNSET)

            _set(self, "page_size", page_size)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["page_size"] = ResponseValidationError.nest(_failure, "page_size")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A PageInfo read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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
