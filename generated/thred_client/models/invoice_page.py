from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePage")


@_attrs_define
class InvoicePage:
    """One page of invoices.

    Attributes:
        count (int | None | Unset): Total number of items
        page_info (None | PageInfo | Unset):
        results (list[Invoice] | None | Unset):
    """

    count: int | None | Unset = UNSET
    page_info: None | PageInfo | Unset = UNSET
    results: list[Invoice] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        page_info: dict[str, Any] | None | Unset
        if isinstance(self.page_info, Unset):
            page_info = UNSET
        elif isinstance(self.page_info, PageInfo):
            page_info = self.page_info.to_dict()
        else:
            page_info = self.page_info

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if page_info is not UNSET:
            field_dict["page_info"] = page_info
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            count = d.pop("count", UNSET)

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "count")

        try:
            _page_info = d.pop("page_info", UNSET)
            page_info: None | PageInfo | Unset
            if _page_info is None or _page_info is UNSET:
                page_info = _page_info
            else:
                if not isinstance(_page_info, dict):
                    raise TypeError(f"unexpected {type(_page_info).__name__} value")
                page_info_type_0 = PageInfo.from_dict(_page_info)

                page_info = page_info_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "page_info")

        try:
            _results = d.pop("results", UNSET)
            results: list[Invoice] | None | Unset
            if _results is None or _results is UNSET:
                results = _results
            else:
                if not isinstance(_results, list):
                    raise TypeError(f"unexpected {type(_results).__name__} value")
                results_type_0 = []
                _results_type_0 = _results
                for results_type_0_index, results_type_0_item_data in enumerate(_results_type_0):
                    try:
                        results_type_0_item = Invoice.from_dict(results_type_0_item_data)

                    except Exception as _failure:
                        raise ResponseValidationError.nest(_failure, results_type_0_index)
                    results_type_0.append(results_type_0_item)

                results = results_type_0

        except Exception as _failure:
            raise ResponseValidationError.nest(_failure, "results")

        # Not named after the module: a field may share that name (Error.error).
        _instance = cls(
            count=count,
            page_info=page_info,
            results=results,
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


# Imported once the class above exists, so that models referring to each other import in any order;
# importing inside each method instead would cost a trip through the import system on every call.
from ..models.invoice import Invoice  # noqa: E402
from ..models.page_info import PageInfo  # noqa: E402
