from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="InvoicePage")


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "count",
        "page_info",
        "results",
    }
)


@_attrs_define
class InvoicePage(Model):
    """One page of invoices.

    Attributes:
        count (int | None | Unset): Total number of items
        page_info (None | PageInfo | Unset):
        results (list[Invoice] | None | Unset):
    """

    _required = ()
    _nested = (
        ("page_info", "page_info"),
        ("results", "results"),
    )

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

    def _convert(self, _object: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `_object`; the failures, by field, or None."""
        # Slots are set directly: the fields are not the user's to see set, and Model.__setattr__ costs.
        _set = object.__setattr__
        _failed: dict[str, ResponseValidationError] | None = None
        try:
            count = _object.get("count", UNSET)

            _set(self, "count", count)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["count"] = ResponseValidationError.nest(_failure, "count")

        try:
            _page_info = _object.get("page_info", UNSET)
            page_info: None | PageInfo | Unset
            if _page_info is None or _page_info is UNSET:
                page_info = _page_info
            else:
                if not isinstance(_page_info, dict):
                    raise TypeError(f"unexpected {type(_page_info).__name__} value")
                page_info_type_0 = PageInfo.from_dict(_page_info)

                page_info = page_info_type_0

            _set(self, "page_info", page_info)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["page_info"] = ResponseValidationError.nest(_failure, "page_info")

        try:
            _results = _object.get("results", UNSET)
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

            _set(self, "results", results)
        except Exception as _failure:
            _failed = _failed or {}
            _failed["results"] = ResponseValidationError.nest(_failure, "results")

        return _failed

    def _additional(self, _object: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in _object.items() if key not in _KNOWN_KEYS}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A InvoicePage read from the JSON object `src_dict`; see `Model` for when its fields are checked."""
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


# Imported once the class above exists, so that models referring to each other import in any order;
# importing inside each method instead would cost a trip through the import system on every call.
from ..models.invoice import Invoice  # noqa: E402
from ..models.page_info import PageInfo  # noqa: E402
