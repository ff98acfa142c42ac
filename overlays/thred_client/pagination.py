"""Every record of a list operation, page after page, without writing the page loop.

    from thred_client.api.invoices import list_invoices
    from thred_client.pagination import paginate

    for invoice in paginate(list_invoices, client=client, business_id=business_id, status="sent"):
        ...

    async for invoice in apaginate(list_invoices, client=client, business_id=business_id, concurrency=8):
        ...

The helpers work on any generated list operation: a module of `thred_client.api` whose `sync_detailed`
and `asyncio_detailed` take `page` and `page_size` and whose 200 response has `page_info` and
`results`. They take the operation's own parameters as keyword arguments, checked against its
signature before any request.

A walk is safe against a list that changes under it. Records are yielded once each (by `id`); when
`total_count` changes between two pages a `ListChangedWarning` is issued once, and after a deletion
the walk reads again the positions that records may have moved back into, so that every record that
existed for the whole walk is yielded. That guarantee holds when new records sort before the ones
not yet read, as under the invoices' default order (`-imported_at`, newest first); a change that
leaves `total_count` as it was cannot be seen.
"""

from __future__ import annotations

import contextlib
import inspect
import warnings
from array import array
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Hashable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from uuid import UUID

import httpx
from attrs import frozen

from .errors import ResponseValidationError
from .exceptions import NotFoundError, RepeatedPageError, UnsettledListError, error_from_response
from .types import Model

if TYPE_CHECKING:
    import asyncio

    from .client import AuthenticatedClient, Client
    from .models.error import Error
    from .models.page_info import PageInfo
    from .types import Response, Unset

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "ListChangedWarning",
    "ListOperation",
    "Page",
    "PageModel",
    "apaginate",
    "apaginate_pages",
    "paginate",
    "paginate_pages",
]

DEFAULT_PAGE_SIZE = 100
"""The largest `page_size` Thred documents: the fewest round trips."""

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class PageModel(Protocol[ItemT_co]):
    """The 200 response model of a list operation, such as `InvoicePage`."""

    @property
    def page_info(self) -> PageInfo | Unset | None: ...

    @property
    def results(self) -> Sequence[ItemT_co] | Unset | None: ...


class ListOperation(Protocol[ItemT_co]):
    """A generated list operation module, such as `thred_client.api.invoices.list_invoices`.

    `sync` is declared only so that type checkers infer the record type (`Invoice`) from the
    module; the walk calls `sync_detailed` and `asyncio_detailed`.
    """

    def sync(self, *args: Any, **kwargs: Any) -> PageModel[ItemT_co] | Error | None: ...

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Response[Any]: ...

    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Response[Any]: ...


class ListChangedWarning(UserWarning):
    """Records were created or deleted while a list was being walked (its `total_count` changed).

    The walk goes on: it yields no record twice, and reads again where deletions may have moved
    records, so that none that existed throughout is missed.
    """


@frozen
class Page(Generic[ItemT]):
    """One page of a walk: its number, its records that no earlier page brought, and its `page_info`."""

    number: int
    items: list[ItemT]
    page_info: PageInfo | None


def paginate(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    max_pages: int | None = None,
    **params: Any,
) -> Iterator[ItemT]:
    """Every record `operation` lists with `params`, in the server's order, fetching page after page.

    `params` are the operation's own parameters (`client`, `business_id`, filters, `sort`), checked
    against its signature here, before any request: an unknown one raises TypeError. `page` is the
    walk's to set. `max_items` and `max_pages` stop the walk early; `max_pages` counts the pages that
    brought records. Errors keep their class (a `NotFoundError` stays one) and name the page:
    `error.page`, `error.operation`, and the message.
    """
    call = _Call(operation, params, page_size, max_items, max_pages, "sync_detailed")
    # The warning points at the caller's loop: _warn, _take, take, _pages, _items, then the caller.
    return _items(_pages(call, _Walk[ItemT](call, max_items, max_pages, warn_depth=6)))


def paginate_pages(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    max_pages: int | None = None,
    **params: Any,
) -> Iterator[Page[ItemT]]:
    """Like `paginate`, one `Page` at a time: each page's new records with its `page_info`."""
    call = _Call(operation, params, page_size, max_items, max_pages, "sync_detailed")
    return _pages(call, _Walk[ItemT](call, max_items, max_pages, warn_depth=5))


def apaginate(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    max_pages: int | None = None,
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
    call = _Call(operation, params, page_size, max_items, max_pages, "asyncio_detailed")
    return _aitems(_apages(call, _Walk[ItemT](call, max_items, max_pages, warn_depth=6), concurrency))


def apaginate_pages(
    operation: ListOperation[ItemT],
    /,
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    max_items: int | None = None,
    max_pages: int | None = None,
    concurrency: int = 1,
    **params: Any,
) -> AsyncIterator[Page[ItemT]]:
    """Like `apaginate`, one `Page` at a time."""
    _check_concurrency(concurrency)
    call = _Call(operation, params, page_size, max_items, max_pages, "asyncio_detailed")
    return _apages(call, _Walk[ItemT](call, max_items, max_pages, warn_depth=5), concurrency)


def _check_concurrency(concurrency: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, not {concurrency!r}")


# Each page is let go before the next is fetched: besides the memory, parsing a page into memory that
# the previous one just freed is faster than into fresh memory.


def _items(pages: Generator[Page[ItemT]]) -> Iterator[ItemT]:
    with contextlib.closing(pages):
        for page in pages:
            items = page.items
            del page
            yield from items
            del items


async def _aitems(pages: AsyncGenerator[Page[ItemT]]) -> AsyncIterator[ItemT]:
    # Closing the pages now, when the caller stops early, cancels the pages being prefetched.
    async with contextlib.aclosing(pages):
        async for page in pages:
            items = page.items
            del page
            for item in items:
                yield item
            del items


def _pages(call: _Call, walk: _Walk[ItemT]) -> Generator[Page[ItemT]]:
    while not walk.done:
        number = walk.next_page
        try:
            model = call.fetch(number)
        except NotFoundError:
            # Thred's backend answers 404 for a page past the last: the list may have shrunk.
            if not walk.may_be_past_end(number):
                raise
            if walk.total is None:  # no count to compare with: the list simply ended
                walk.done = True
                continue
            probe = call.fetch(1)
            if not walk.differs(probe):
                raise
            number, model = 1, probe
            del probe
        page = walk.take(number, model)
        del model
        if page is not None:
            yield page
            del page


async def _apages(call: _Call, walk: _Walk[ItemT], concurrency: int) -> AsyncGenerator[Page[ItemT]]:
    # Prefetched pages, in page order; each task holds at most one page, so with the page being
    # yielded at most `concurrency` + 1 are alive.
    window: deque[tuple[int, asyncio.Task[PageModel[Any]]]] = deque()
    prefetch = concurrency > 1
    try:
        while not walk.done:
            number = walk.next_page
            model: PageModel[Any] | None = None
            try:
                if window and window[0][0] == number:
                    model = await window.popleft()[1]
                    if walk.differs(model):
                        # Fetched out of order, this page cannot be compared with the one before:
                        # from here on, one page at a time, in order.
                        model = None
                        prefetch = False
                        _cancel(window)
                elif window:
                    _cancel(window)
                if model is None:
                    model = await call.afetch(number)
            except NotFoundError:
                prefetch = False
                _cancel(window)
                if not walk.may_be_past_end(number):
                    raise
                if walk.total is None:  # no count to compare with: the list simply ended
                    walk.done = True
                    continue
                probe = await call.afetch(1)
                if not walk.differs(probe):
                    raise
                number, model = 1, probe
                del probe
            page = walk.take(number, model)
            del model
            if walk.changed:
                prefetch = False
                _cancel(window)
            elif prefetch and not walk.done:
                _top_up(window, call, walk, number, concurrency)
            if page is not None:
                yield page
                del page
    finally:
        _cancel(window)


def _top_up(
    window: deque[tuple[int, asyncio.Task[PageModel[Any]]]],
    call: _Call,
    walk: _Walk[Any],
    number: int,
    concurrency: int,
) -> None:
    last = walk.last_useful_page()
    if last is None:
        return
    import asyncio  # here: only async walks need it, and it is slow to import

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        raise RuntimeError("apaginate(concurrency=N > 1) needs an asyncio event loop") from None
    following = window[-1][0] + 1 if window else number + 1
    for ahead in range(following, min(last, number + concurrency) + 1):
        window.append((ahead, loop.create_task(call.afetch(ahead))))


def _cancel(window: deque[tuple[int, asyncio.Task[PageModel[Any]]]]) -> None:
    while window:
        task = window.popleft()[1]
        if not task.cancel() and not task.cancelled():
            # Already finished: fetch its outcome so that asyncio does not report it as never retrieved.
            task.exception()


class _Call:
    """A list operation bound to the caller's parameters: fetches one page, raising typed errors."""

    def __init__(
        self,
        operation: ListOperation[Any],
        params: dict[str, Any],
        page_size: int,
        max_items: int | None,
        max_pages: int | None,
        function: str,
    ) -> None:
        self.operation = operation
        self.name = str(getattr(operation, "__name__", type(operation).__name__)).rpartition(".")[2]
        for option, value in (("page_size", page_size), ("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise ValueError(f"{option} must be a non-negative int, not {value!r}")
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, not {page_size}")
        send = getattr(operation, function, None)
        if not callable(send):
            raise TypeError(f"{self.name} is not a generated operation: it has no {function}()")
        signature = inspect.signature(send)
        if not {"page", "page_size"} <= signature.parameters.keys():
            raise TypeError(f"{self.name} is not a list operation: it takes no page and page_size")
        if "page" in params:
            raise TypeError(f"{self.name}: `page` is set by the walk, page after page; do not pass it")
        # A small `max_items` needs no more than that many records per page.
        self.page_size = min(page_size, max_items) if max_items else page_size
        try:
            signature.bind(**params, page=1, page_size=self.page_size)
        except TypeError as error:
            raise TypeError(f"{self.name}(): {error}") from None
        self.send: Callable[..., Any] = send
        self.params = params

    def fetch(self, number: int) -> PageModel[Any]:
        """Page `number`; an error status raises its typed error, naming the page."""
        try:
            response = self.send(**self.params, page=number, page_size=self.page_size)
            return self._page(response, number, is_async=False)
        except Exception as error:
            _locate(error, self.name, number)
            raise

    async def afetch(self, number: int) -> PageModel[Any]:
        """Page `number`, asynchronously; as `fetch`."""
        try:
            response = await self.send(**self.params, page=number, page_size=self.page_size)
            return self._page(response, number, is_async=True)
        except Exception as error:
            _locate(error, self.name, number)
            raise

    def _page(self, response: Response[Any], number: int, *, is_async: bool) -> PageModel[Any]:
        parsed: PageModel[Any] | None = response.parsed
        if response.status_code == 200 and parsed is not None and hasattr(parsed, "results"):
            return parsed
        # A plain generated client returns error statuses as values: raise them as the typed errors
        # a raising client would, with the request rebuilt for the message.
        reply = httpx.Response(
            int(response.status_code),
            headers=response.headers,
            content=response.content,
            request=self._request(number, is_async=is_async),
        )
        raise error_from_response(reply)

    def _request(self, number: int, *, is_async: bool) -> httpx.Request:
        client: Client | AuthenticatedClient | None = self.params.get("client")
        base = httpx.URL()
        if client is not None:
            base = (client.get_async_httpx_client() if is_async else client.get_httpx_client()).base_url
        arguments = {key: value for key, value in self.params.items() if key != "client"}
        # Every generated operation builds its request with `_get_kwargs`; without it, the base URL will do.
        get_kwargs = getattr(self.operation, "_get_kwargs", None)
        if not callable(get_kwargs):
            return httpx.Request("GET", base)
        kwargs = get_kwargs(**arguments, page=number, page_size=self.page_size)
        url = str(base).rstrip("/") + str(kwargs["url"])
        return httpx.Request(str(kwargs.get("method", "GET")).upper(), url, params=kwargs.get("params"))


def _locate(error: Exception, operation: str, page: int) -> None:
    """Make `error` name the page it came from, keeping its class so that callers still catch it as such."""
    error.page = page  # type: ignore[attr-defined]
    error.operation = operation  # type: ignore[attr-defined]
    where = f"page {page} of {operation}"
    if isinstance(error, ResponseValidationError):
        error.reason = f"{error.reason} ({where})"
    elif (
        type(error).__str__ is BaseException.__str__
        and len(error.args) == 1
        and isinstance(error.args[0], str)
    ):
        error.args = (f"{error.args[0]} ({where})",)
    else:
        error.add_note(f"while fetching {where}")


def _id_of(record: object) -> Hashable | None:
    """The record's id, to tell one yielded before: as an int when it is a UUID, however read."""
    if isinstance(record, Model):
        # Its id as sent spares converting every record of every page.
        raw = record._sent("id")
        if type(raw) is str and len(raw) == 36 and raw[8] == raw[13] == raw[18] == raw[23] == "-":
            with contextlib.suppress(ValueError):
                return int(raw.replace("-", ""), 16)  # what UUID(raw).int would be, at a third of the cost
    key = getattr(record, "id", None)  # converts the record: a malformed id raises, naming its path
    return key.int if isinstance(key, UUID) else key


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _total(model: PageModel[Any]) -> int | None:
    # `count` is the total as well, and the only one in the older {count, next, previous} shape.
    total = _int(getattr(model.page_info or None, "total_count", None))
    return total if total is not None else _int(getattr(model, "count", None))


class _Walk(Generic[ItemT]):
    """Where a walk stands, and what each page fetched means for it.

    `offset` is the position, in the list as the server last served it, before which every record
    that existed throughout has been yielded; the next page asked is the one holding it. Insertions
    before it only push records later (read again, then dropped as seen); deletions before it pull
    records earlier, by at most the fall in `total_count`, so the offset backs up by that much.
    """

    def __init__(self, call: _Call, max_items: int | None, max_pages: int | None, *, warn_depth: int) -> None:
        self.operation = call.name
        self.size = call.page_size
        self.warn_depth = warn_depth
        self.max_items = max_items
        self.max_pages = max_pages
        self.offset = 0
        self.total: int | None = None
        self.total_pages: int | None = None
        self.done = max_items == 0 or max_pages == 0
        self.changed = False
        self.items = 0
        self.pages = 0
        self._previous: tuple[int, list[object]] | None = None
        self._seen = _SeenIds()
        self._fruitless = 0
        self._fruitless_change = 0

    @property
    def next_page(self) -> int:
        """The page to fetch next."""
        return self.offset // self.size + 1

    def last_useful_page(self) -> int | None:
        """The last page an unchanging list would need read, if the server has told how many there are."""
        if self.total_pages is None:
            return None
        last = self.total_pages
        if self.max_pages is not None:
            last = min(last, self.next_page + self.max_pages - self.pages - 1)
        if self.max_items is not None:
            last = min(last, self.next_page + -(-(self.max_items - self.items) // self.size) - 1)
        return last

    def may_be_past_end(self, number: int) -> bool:
        """Whether a 404 for page `number` may mean that the list shrank below it since the last page."""
        return number > 1 and self._previous is not None

    def differs(self, model: PageModel[Any]) -> bool:
        """Whether `model` reports another `total_count` than the page before."""
        total = _total(model)
        return total is not None and self.total is not None and total != self.total

    def take(self, number: int, model: PageModel[ItemT]) -> Page[ItemT] | None:
        """Account for page `number`; its records not yielded before, or None if it brought none."""
        try:
            return self._take(number, model)
        except ResponseValidationError as error:
            # Models convert fields as they are read: a page's own fields and ids are read here.
            _locate(error, self.operation, number)
            raise

    def _take(self, number: int, model: PageModel[ItemT]) -> Page[ItemT] | None:
        info = model.page_info or None
        served = _int(getattr(info, "current_page", None))
        if served is not None and served != number:
            raise RepeatedPageError(
                f"{self.operation}: asked for page {number}, the server served page {served}",
                operation=self.operation,
                page=number,
            )
        results = list(model.results or ())
        # A server may serve fewer records a page than asked: offsets then count in its page size.
        # Only a full page tells it (some servers report the last page's length instead).
        declared = _int(getattr(info, "page_size", None))
        if declared is not None and 0 < declared < self.size and len(results) == declared:
            self.size = declared
        ids = [_id_of(record) for record in results]
        total = _total(model)
        change = total - self.total if total is not None and self.total is not None else 0
        previous = self._previous
        if change == 0 and ids and previous is not None and previous == (number - 1, ids):
            raise RepeatedPageError(
                f"{self.operation}: page {number} holds the same records as page {number - 1}",
                operation=self.operation,
                page=number,
            )
        self._previous = (number, ids)
        if change:
            self._warn(number, change)
        if total is not None and self.total is None:
            self._seen.expect(min(total, self.max_items) if self.max_items is not None else total)
        self.total = total if total is not None else self.total
        total_pages = _int(getattr(info, "total_pages", None))
        self.total_pages = total_pages if total_pages is not None else self.total_pages

        start = (number - 1) * self.size
        offset = max(0, self.offset + min(change, 0))
        covers = start <= offset < start + self.size
        self.offset = start + self.size if covers else offset

        fresh = [
            record for record, key in zip(results, ids, strict=True) if key is None or self._seen.add(key)
        ]
        if self.max_items is not None:
            fresh = fresh[: self.max_items - self.items]
        self.items += len(fresh)
        self.pages += 1 if fresh else 0
        self._end(results, covers)
        self._check_progress(len(fresh), change)
        return Page(number, fresh, info) if fresh else None

    def _end(self, results: list[Any], covers: bool) -> None:
        # `covers`: this page held the offset. If not, it was read to learn of a change (a
        # probe), or the offset backed up before it; either way, no reason to stop on its content.
        capped = (self.max_items is not None and self.items >= self.max_items) or (
            self.max_pages is not None and self.pages >= self.max_pages
        )
        if capped or (covers and not results):
            self.done = True
        elif self.total_pages is not None:
            self.done = self.next_page > self.total_pages
        elif self.total is not None:
            self.done = self.offset >= self.total
        else:
            self.done = covers and len(results) < self.size

    def _check_progress(self, fresh: int, change: int) -> None:
        # A page without a new record follows insertions (records already read pushed on) or a
        # deletion (records read again): a couple of pages per page_size changed. Many more, with
        # the totals still, is a server going round in circles; stop rather than loop.
        if fresh:
            self._fruitless = self._fruitless_change = 0
            return
        self._fruitless += 1
        self._fruitless_change += abs(change)
        if not self.done and self._fruitless > 10 + 2 * -(-self._fruitless_change // self.size):
            raise UnsettledListError(
                f"{self.operation}: {self._fruitless} pages in a row brought no new record "
                f"(page {self.next_page} next); the list keeps moving under the walk",
                operation=self.operation,
                page=self.next_page,
            )

    def _warn(self, number: int, change: int) -> None:
        if self.changed:
            return
        self.changed = True
        warnings.warn(
            ListChangedWarning(
                f"{self.operation}: the list changed during the walk (total_count went from {self.total} "
                f"to {self.total + change if self.total is not None else '?'} at page {number}); "
                "records that moved are read again, and none is yielded twice"
            ),
            stacklevel=self.warn_depth,
        )


class _SeenIds:
    """The ids of the records yielded so far, for records that come round again.

    UUIDs, the ids the spec declares, are kept as two 64-bit halves in open-addressing tables: about
    23 bytes an id once `expect` has sized them, against about 140 for a set of UUIDs, so a walk's
    memory hardly grows with its length. Sizing the tables up front spares the walk their regrowth,
    and splitting them by hash keeps any later growth to a sliver of the whole. Other ids go in a set.
    """

    _PARTS = 16
    _LOW = (1 << 64) - 1
    # Sized for 70% full; grown past 80%, which leaves room for the uneven spread across parts.
    _SIZED_LOAD = 0.7
    _MAX_LOAD_TENTHS = 8

    def __init__(self) -> None:
        self._tables = [self._empty(8) for _ in range(self._PARTS)]
        self._counts = [0] * self._PARTS
        self._nil = False
        self._other: set[Hashable] = set()

    @staticmethod
    def _empty(capacity: int) -> array[int]:
        return array("Q", [0]) * (2 * capacity)

    def expect(self, count: int) -> None:
        """Make room for `count` ids in all, once, rather than growing as they come."""
        capacity = int(count / self._SIZED_LOAD / self._PARTS) + 1
        for part, table in enumerate(self._tables):
            if len(table) // 2 < capacity:
                self._resize(part, capacity)

    def add(self, key: Hashable) -> bool:
        """Record `key`, a UUID's int or another id; whether it was new."""
        if type(key) is not int or not 0 <= key < 1 << 128:
            if key in self._other:
                return False
            self._other.add(key)
            return True
        value = key
        if value == 0:  # the nil UUID is the tables' empty slot
            new, self._nil = not self._nil, True
            return new
        high, low = value >> 64, value & self._LOW
        digest = hash(value)
        part = digest % self._PARTS
        table = self._tables[part]
        capacity = len(table) // 2
        slot = (digest // self._PARTS) % capacity
        while table[2 * slot] or table[2 * slot + 1]:
            if table[2 * slot] == high and table[2 * slot + 1] == low:
                return False
            slot = slot + 1 if slot + 1 < capacity else 0
        table[2 * slot] = high
        table[2 * slot + 1] = low
        self._counts[part] += 1
        if self._counts[part] * 10 > capacity * self._MAX_LOAD_TENTHS:
            self._resize(part, 2 * capacity)
        return True

    def _resize(self, part: int, capacity: int) -> None:
        old = self._tables[part]
        table = self._empty(capacity)
        for index in range(0, len(old), 2):
            high, low = old[index], old[index + 1]
            if high or low:
                slot = (hash((high << 64) | low) // self._PARTS) % capacity
                while table[2 * slot] or table[2 * slot + 1]:
                    slot = slot + 1 if slot + 1 < capacity else 0
                table[2 * slot] = high
                table[2 * slot + 1] = low
        self._tables[part] = table
