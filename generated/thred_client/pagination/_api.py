# Copied from overlays/thred_client/pagination/_api.py by tools/codegen.py: edit that file, never this copy.
"""The four helpers: every record, or every page, of a list operation, sync or async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ._async import aitems, apages
from ._call import Call
from ._sync import items, pages
from ._types import ItemT, ListOperation, Page
from ._walk import OnInvalid, Walk

__all__ = ["DEFAULT_PAGE_SIZE", "apaginate", "apaginate_pages", "paginate", "paginate_pages"]

DEFAULT_PAGE_SIZE = 100
"""The largest `page_size` Thred documents: the fewest round trips."""


def paginate(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    max_pages: int | None = None,
    on_invalid: OnInvalid = "raise",
    **params: Any,
) -> Iterator[ItemT]:
    """Every record `operation` lists with `params`, in the server's order, fetching page after page.

    `params` are the operation's own parameters (`client`, `business_id`, filters, `sort`), checked
    against its signature here, before any request: an unknown one raises TypeError. `page` is the
    walk's to set. `max_items` and `max_pages` stop the walk early; `max_pages` counts the pages that
    brought records. A record that does not fit its model raises its `ResponseValidationError` once
    the records before it are yielded; `on_invalid="skip"` skips it with an `InvalidRecordWarning`.
    Errors keep their class and arguments (a `NotFoundError` stays one) and name the page:
    `error.page`, `error.operation`, and a note.
    """
    call, walk = _start(operation, params, page_size, max_items, max_pages, on_invalid, "sync_detailed")
    return items(pages(call, walk))


def paginate_pages(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    max_pages: int | None = None,
    on_invalid: OnInvalid = "raise",
    **params: Any,
) -> Iterator[Page[ItemT]]:
    """Like `paginate`, one `Page` at a time: each page's new records with its `page_info`.

    A page with a record that does not fit comes with the records before it; the error follows.
    """
    call, walk = _start(operation, params, page_size, max_items, max_pages, on_invalid, "sync_detailed")
    return pages(call, walk)


def apaginate(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    max_pages: int | None = None,
    on_invalid: OnInvalid = "raise",
    concurrency: int = 1,
    **params: Any,
) -> AsyncIterator[ItemT]:
    """`paginate` for async code: `async for invoice in apaginate(list_invoices, client=…, …)`.

    With `concurrency=N` (N > 1, asyncio only), once the first page has told how many pages there
    are, up to N of the next pages are fetched at once; records still come in page order, and at
    most N + 1 pages are held at a time. If the list changes under the walk, it goes on one page at
    a time.
    """
    _check_concurrency(concurrency)
    call, walk = _start(operation, params, page_size, max_items, max_pages, on_invalid, "asyncio_detailed")
    return aitems(apages(call, walk, concurrency))


def apaginate_pages(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    max_pages: int | None = None,
    on_invalid: OnInvalid = "raise",
    concurrency: int = 1,
    **params: Any,
) -> AsyncIterator[Page[ItemT]]:
    """Like `apaginate`, one `Page` at a time."""
    _check_concurrency(concurrency)
    call, walk = _start(operation, params, page_size, max_items, max_pages, on_invalid, "asyncio_detailed")
    return apages(call, walk, concurrency)


def pages_keeping_invalid(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    on_invalid: OnInvalid = "raise",
    **params: Any,
) -> Iterator[Page[ItemT]]:
    """`paginate_pages` for the mirror, which stores every record it can key by its id: a record that
    does not fit its model but has a string id as sent comes in its place (its `as_sent()` is the
    record), neither raised nor skipped. `on_invalid` decides for an item with no such id."""
    call, walk = _start(
        operation, params, page_size, None, None, on_invalid, "sync_detailed", keep_invalid=True
    )
    return pages(call, walk)


def _start(
    operation: ListOperation[ItemT],
    params: dict[str, Any],
    page_size: int,
    max_items: int | None,
    max_pages: int | None,
    on_invalid: OnInvalid,
    function: str,
    *,
    keep_invalid: bool = False,
) -> tuple[Call, Walk[ItemT]]:
    call = Call(operation, params, page_size, max_items, max_pages, function)
    walk = Walk[ItemT](
        call.name,
        call.page_size,
        max_items=max_items,
        max_pages=max_pages,
        on_invalid=on_invalid,
        keep_invalid=keep_invalid,
    )
    return call, walk


def _check_concurrency(concurrency: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, not {concurrency!r}")
