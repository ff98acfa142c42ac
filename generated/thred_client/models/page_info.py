from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Where a page stands in the whole list.

    Attributes:
        total_count (int | None | Unset):
        current_page (int | None | Unset):
        total_pages (int | None | Unset):
        page_size (int | None | Unset):
    """

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            total_count = d.pop("total_count", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "total_count")

        try:
            current_page = d.pop("current_page", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "current_page")

        try:
            total_pages = d.pop("total_pages", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "total_pages")

        try:
            page_size = d.pop("page_size", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "page_size")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            total_count=total_count,
            current_page=current_page,
            total_pages=total_pages,
            page_size=page_size,
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
