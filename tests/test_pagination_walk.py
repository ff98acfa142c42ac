"""The walk's decisions without I/O: a page whose `results` says which of its items do not fit.

The models will hand such a page over as a `thred_client.types.ItemList` (a list whose `failures` maps
an index to its `ResponseValidationError`, and whose bad items raise when read); `ItemList` below
stands in for it until then, with the same contract. The walk reads the good items by index only.
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator, Mapping
from typing import Any, SupportsIndex, overload

import pytest
from attrs import define
from thred_client.errors import ResponseValidationError
from thred_client.models import Invoice, PageInfo
from thred_client.pagination import InvalidRecordWarning
from thred_client.pagination._walk import Walk


class ItemList(list[Any]):
    """A list some of whose items did not fit: reading one of them raises its error."""

    def __init__(self, items: list[Any], failures: Mapping[int, ResponseValidationError]) -> None:
        super().__init__(items)
        self.failures = dict(failures)

    @overload
    def __getitem__(self, index: SupportsIndex) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Any:
        if not isinstance(index, slice) and int(index) in self.failures:
            raise self.failures[int(index)]
        return super().__getitem__(index)

    def __iter__(self) -> Iterator[Any]:
        for index in range(len(self)):
            yield self[index]


@define
class FakePage:
    count: int
    page_info: PageInfo
    results: list[Any]


def invoice() -> Invoice:
    return Invoice.from_dict({"id": str(uuid.uuid4()), "status": "sent"})


def bad_item(index: int, raw: Any) -> ResponseValidationError:
    error = ResponseValidationError("expected an object, got str", ("results", index))
    error.raw = raw  # type: ignore[attr-defined]
    return error


def page_with_bad_item() -> tuple[FakePage, list[Invoice], ResponseValidationError]:
    good = [invoice(), invoice(), invoice()]
    failure = bad_item(1, "not an invoice")
    results = ItemList([good[0], None, good[1], good[2]], {1: failure})
    info = PageInfo(total_count=4, current_page=1, total_pages=1, page_size=4)
    return FakePage(4, info, results), good, failure


def test_a_bad_item_is_raised_after_the_items_before_it() -> None:
    model, good, failure = page_with_bad_item()
    walk = Walk[Invoice]("list_invoices", 4, max_items=None, max_pages=None)
    assert walk.next_page() == 1
    page = walk.receive(1, model)
    assert page is not None and page.items == good[:1]
    with pytest.raises(ResponseValidationError) as caught:
        walk.next_page()
    assert caught.value is failure
    assert caught.value.__notes__ == ['(page 1 of list_invoices; as sent: "not an invoice")']
    assert walk.next_page() is None


def test_with_skip_a_bad_item_is_skipped_with_a_warning_holding_it_as_sent() -> None:
    model, good, failure = page_with_bad_item()
    walk = Walk[Invoice]("list_invoices", 4, max_items=None, max_pages=None, on_invalid="skip")
    with pytest.warns(InvalidRecordWarning, match=r"skipped results\[1\] of page 1") as caught:
        page = walk.receive(walk.next_page() or 0, model)
    assert page is not None and page.items == good
    [warning] = [record.message for record in caught]
    assert isinstance(warning, InvalidRecordWarning)
    assert (warning.error, warning.raw, warning.page) == (failure, "not an invoice", 1)
    assert walk.next_page() is None


def test_a_bad_item_past_max_items_is_not_reached() -> None:
    model, good, _ = page_with_bad_item()
    walk = Walk[Invoice]("list_invoices", 1, max_items=1, max_pages=None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        page = walk.receive(walk.next_page() or 0, model)
    assert page is not None and page.items == good[:1]
    assert walk.next_page() is None
