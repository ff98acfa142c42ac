"""The decisions of a list walk, without I/O: which page to fetch next, and what each page means.

A driver asks `next_page()`, fetches that page, and hands the answer back: `receive()` for a page,
`not_found()` for a 404. `receive()` returns the page's records not yielded before; `next_page()`
says None once the walk is over, and raises what ended it otherwise (a record that does not fit,
or a 404 the walk cannot explain), after the records before it were handed out. An async driver
may fetch pages ahead: `ahead()` says which, and `takes_ahead()` whether one fetched ahead will do.

Where the walk ends (the rules the README lists): an empty page ends it; otherwise it ends when
`total_pages` and `total_count` both say so (either alone when the other is missing; a short
page when neither is given). When they disagree, the walk warns once and believes the one that
loses no record: it reads on while pages come full, and ends at a short or empty page, or at a 404.
A 404 past the end ("Invalid page.") after `total_count` records ends the walk; one before them
first reads page 1 again to see whether the list shrank, and if it did not, the walk ends with a
warning. Any other 404 is raised, unless page 1 shows the list shrank.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Mapping, Sequence
from typing import Any, Generic, Literal

from .._items import masked
from .._model import Model
from ..errors import ResponseValidationError
from ..exceptions import NotFoundError, RepeatedPageError, UnsettledListError
from ._report import InconsistentPageInfoWarning, InvalidRecordWarning, ListChangedWarning, locate, warn
from ._seen import SeenIds, record_key, uuid_key
from ._types import ItemT, Page, PageModel

__all__ = ["OnInvalid", "Walk"]

OnInvalid = Literal["raise", "skip"]
ON_INVALID: tuple[OnInvalid, ...] = ("raise", "skip")

# The error codes of a 404 that means "no such page" (Django REST's "Invalid page."), not "no such
# business": only such a 404 may end a walk.
_PAST_END_CODES = (None, "not_found")


# A record that does not fit: its error, and the record as sent.
_Failure = tuple[Exception, object]


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _past_end(error: NotFoundError) -> bool:
    return getattr(error, "error_code", None) in _PAST_END_CODES


class Walk(Generic[ItemT]):
    """Where a walk stands, and what each page fetched means for it.

    `offset` is the position, in the list as the server last served it, before which every record
    that existed throughout has been yielded; the next page asked is the one holding it. Insertions
    before it only push records later (read again, then dropped as seen); deletions before it pull
    records earlier, by at most the fall in `total_count`, so the offset backs up by that much.
    """

    def __init__(
        self,
        operation: str,
        page_size: int,
        *,
        max_items: int | None,
        max_pages: int | None,
        on_invalid: OnInvalid = "raise",
        keep_invalid: bool = False,
    ) -> None:
        check_on_invalid(on_invalid)
        self.operation = operation
        self.size = page_size
        self.max_items = max_items
        self.max_pages = max_pages
        self.on_invalid = on_invalid
        # The mirror's walk: a record that does not fit but has a string id as sent comes in its place
        # (its model, whose `as_sent()` is the record), neither raised nor skipped; on_invalid still
        # decides for the others (an item that is not an object, or has no such id).
        self.keep_invalid = keep_invalid
        self.offset = 0
        self.total: int | None = None
        self.total_pages: int | None = None
        self.done = max_items == 0 or max_pages == 0
        self.changed = False
        self.items = 0
        self.pages = 0
        self._previous: tuple[int, list[Hashable | None]] | None = None
        self._seen = SeenIds()
        self._skipped: set[Hashable] = set()
        self._fruitless = 0
        self._fruitless_change = 0
        # Raised by next_page(), once the records before it have been handed out.
        self._failure: BaseException | None = None
        # A 404 for a page past the end, before total_count records came: page 1 is read to explain it.
        self._probe: tuple[int, NotFoundError] | None = None
        self._in_order = False
        self._inconsistent = False

    # -- what to fetch -----------------------------------------------------------------------

    def next_page(self) -> int | None:
        """The page to fetch next, or None: the walk is over. Raises what ended the walk, if anything did."""
        if self._failure is not None:
            failure, self._failure = self._failure, None
            self.done = True
            raise failure
        if self.done:
            return None
        return 1 if self._probe is not None else self._following

    def ahead(self, taken: int, queued: int, concurrency: int) -> range | None:
        """The pages to fetch ahead now that page `taken` is taken and pages up to `queued` are on their way.

        None: fetch nothing ahead any more, and drop what is on its way (the list changed, or the
        walk is over). Ahead means an unchanging list: up to `concurrency` pages past `taken`, none
        past the last the totals call for, nor past `max_items` or `max_pages`.
        """
        if self.done or self.changed or self._in_order or self._probe or self._failure:
            return None
        last = self._last_useful_page()
        if concurrency <= 1 or last is None:
            return range(0)
        return range(queued + 1, min(last, taken + concurrency) + 1)

    def takes_ahead(self, model: PageModel[Any]) -> bool:
        """Whether a page fetched ahead can be taken: not if the list changed since (it is fetched again,
        in order, and from here on one page at a time)."""
        if self._differs(model):
            self._in_order = True
            return False
        return True

    @property
    def _following(self) -> int:
        """The page holding the offset."""
        return self.offset // self.size + 1

    def _last_useful_page(self) -> int | None:
        # Where the totals disagree, the pages past the nearer end are read one at a time, in order.
        last = self.total_pages
        if self.total is not None:
            by_count = max(1, -(-self.total // self.size))
            last = by_count if last is None else min(last, by_count)
        if last is None:
            return None
        if self.max_pages is not None:
            last = min(last, self.offset // self.size + self.max_pages - self.pages)
        if self.max_items is not None:
            last = min(last, self.offset // self.size + -(-(self.max_items - self.items) // self.size))
        return last

    # -- what came back ----------------------------------------------------------------------

    def not_found(self, number: int, error: NotFoundError) -> None:
        """Account for a 404 for page `number`: the end, or a reason to read page 1 again; else raise it."""
        self._in_order = True
        if number == 1 or self._previous is None:
            raise error
        if self.total is None:  # no count to compare with: the list simply ended
            self.done = True
            return
        if _past_end(error) and self.offset >= self.total:
            if self.total_pages is not None and number <= self.total_pages:
                self._contradiction(
                    f"page {number} of total_pages {self.total_pages} is past the end, "
                    f"after all {self.total} records of total_count came; the walk ends there"
                )
            self.done = True
            return
        self._probe = (number, error)

    def receive(
        self, number: int, model: PageModel[ItemT], request_id: str | None = None
    ) -> Page[ItemT] | None:
        """Account for page `number` (answered under `request_id`); its records not yielded before, or
        None if it brought none."""
        try:
            if self._probe is not None and not self._explains_probe(model):
                return None
            return self._take(number, model, request_id)
        except ResponseValidationError as error:
            # Models convert fields as they are read: a page's own fields and ids are read here.
            locate(error, self.operation, number)
            raise

    def _explains_probe(self, model: PageModel[Any]) -> bool:
        # Page 1, read again after a 404: if the list shrank, the walk reads on from this page.
        assert self._probe is not None
        (number, error), self._probe = self._probe, None
        if self._differs(model):
            return True
        if not _past_end(error):
            raise error
        self._contradiction(
            f"page {number} is past the end after {self.offset} records, "
            f"although total_count is {self.total}; the walk ends there"
        )
        self.done = True
        return False

    def _differs(self, model: PageModel[Any]) -> bool:
        total = self._total_of(model)
        return total is not None and self.total is not None and total != self.total

    def _total_of(self, model: PageModel[Any]) -> int | None:
        # `count` is the total as well, and the only one in the older {count, next, previous} shape;
        # when both are given and differ, the larger loses no record.
        info = model.page_info
        counts = [_int(getattr(info, "total_count", None)), _int(getattr(model, "count", None))]
        known = [count for count in counts if count is not None]
        return max(known) if known else None

    def _take(self, number: int, model: PageModel[ItemT], request_id: str | None) -> Page[ItemT] | None:
        info = model.page_info
        served = _int(getattr(info, "current_page", None))
        if served is not None and served != number:
            raise RepeatedPageError(
                f"{self.operation}: asked for page {number}, the server served page {served}",
                operation=self.operation,
                page=number,
            )
        results = model.results or []
        records, failures = _entries(results)
        # A server may serve fewer records a page than asked: offsets then count in its page size.
        # Only a full page that is not the last tells it (some servers report the last page's length).
        declared = _int(getattr(info, "page_size", None))
        total_pages = _int(getattr(info, "total_pages", None))
        if (
            declared is not None
            and 0 < declared < self.size
            and len(records) == declared
            and (total_pages is None or number < total_pages)
        ):
            self.size = declared
        ids = self._ids(records, failures)
        total = self._total_of(model)
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
            self._warn_changed(number, change)
        if total is not None and self.total is None:
            self._seen.expect(min(total, self.max_items) if self.max_items is not None else total)
        self.total = total if total is not None else self.total
        self.total_pages = total_pages if total_pages is not None else self.total_pages
        self._check_page_info(number, model)

        start = (number - 1) * self.size
        offset = max(0, self.offset + min(change, 0))
        covers = start <= offset < start + self.size
        self.offset = start + self.size if covers else offset

        fresh = self._fresh(number, records, ids, failures, results)
        self.items += len(fresh)
        self.pages += 1 if fresh else 0
        if self._failure is None:
            self._end(number, start, len(records), covers)
            self._check_progress(len(fresh), change)
        return Page(number, fresh, info, request_id) if fresh else None

    def _ids(self, records: list[Any], failures: dict[int, _Failure]) -> list[Hashable | None]:
        if not failures:
            try:  # the common case, in one go
                return [record_key(record) for record in records]
            except ResponseValidationError:
                pass
        ids: list[Hashable | None] = []
        for index, record in enumerate(records):
            key = None
            if index not in failures:
                try:
                    key = record_key(record)
                except ResponseValidationError as error:  # a malformed id: the record does not fit
                    # The record as sent (credentials masked, as in every error's `raw`).
                    failures[index] = (error, masked(record.to_dict()) if isinstance(record, Model) else None)
            ids.append(key)
        return ids

    def _fresh(
        self,
        number: int,
        records: list[ItemT],
        ids: list[Hashable | None],
        failures: Mapping[int, _Failure],
        results: Sequence[ItemT],
    ) -> list[ItemT]:
        """The page's records not yielded before, up to `max_items`; stops at a bad record, or skips it."""
        add = self._seen.add
        if not failures and self.max_items is None:  # the common case, in one go
            return [record for record, key in zip(records, ids, strict=True) if key is None or add(key)]
        fresh: list[ItemT] = []
        room = None if self.max_items is None else self.max_items - self.items
        for index, record in enumerate(records):
            if room is not None and len(fresh) >= room:
                break
            if index in failures:
                if self.keep_invalid and _keyed(item := _item(results, index)):
                    fresh.append(item)
                    continue
                error, raw = failures[index]
                if self.on_invalid == "raise":
                    locate(error, self.operation, number, sent=_excerpt(raw))
                    self._failure = error
                    break
                self._skip(number, error, raw)
                continue
            key = ids[index]
            if key is None or add(key):
                fresh.append(record)
        return fresh

    def _skip(self, number: int, error: Exception, raw: object) -> None:
        key = uuid_key(raw.get("id")) if isinstance(raw, Mapping) else None
        if key is not None:  # read again after a deletion moved it: told once
            if key in self._skipped:
                return
            self._skipped.add(key)
        location = getattr(error, "location", "") or "a record"
        warn(
            InvalidRecordWarning(
                f"{self.operation}: skipped {location} of page {number}, which does not fit its model "
                f"({error}); as sent: {_excerpt(raw)}",
                error=error,
                raw=raw,
                page=number,
                operation=self.operation,
            )
        )

    # -- where the walk ends -------------------------------------------------------------------

    def _end(self, number: int, start: int, served: int, covers: bool) -> None:
        # `covers`: this page held the offset. If not, it was read to learn of a change (a
        # probe), or the offset backed up before it; either way, no reason to stop on its content.
        capped = (self.max_items is not None and self.items >= self.max_items) or (
            self.max_pages is not None and self.pages >= self.max_pages
        )
        if capped:
            self.done = True
            return
        if covers and not served:
            if self.total is not None and start < self.total:
                self._contradiction(
                    f"page {number} is empty after {start} records, although total_count is {self.total}; "
                    "the walk ends there"
                )
            self.done = True
            return
        reached = start + served if covers else self.offset
        pages_more = None if self.total_pages is None else self._following <= self.total_pages
        count_more = None if self.total is None else reached < self.total
        short = covers and served < self.size
        if pages_more is None and count_more is None:
            self.done = short
        elif pages_more is None or count_more is None or pages_more == count_more:
            self.done = not (count_more if pages_more is None else pages_more)
        else:
            self._contradiction(
                f"after page {number}, total_pages {self.total_pages} and total_count {self.total} "
                f"({reached} records so far) disagree on whether more follow; the walk reads on "
                "while pages come full"
            )
            self.done = short

    def _check_page_info(self, number: int, model: PageModel[Any]) -> None:
        info = model.page_info
        total_count = _int(getattr(info, "total_count", None))
        count = _int(getattr(model, "count", None))
        if total_count is not None and count is not None and total_count != count:
            self._contradiction(
                f"page {number} gives count {count} but total_count {total_count}; the walk takes the larger"
            )
        if self.total is not None and self.total_pages is not None:
            # In the walk's page size or the one the page declares; an empty list may have 0 pages or 1.
            sizes = {self.size, _int(getattr(info, "page_size", None)) or self.size}
            fits = {-(-self.total // size) for size in sizes} | ({0, 1} if self.total == 0 else set())
            if self.total_pages not in fits:
                self._contradiction(
                    f"page {number} gives total_pages {self.total_pages}, but total_count {self.total} "
                    f"makes {-(-self.total // self.size)} pages of {self.size}; the walk reads on while "
                    "pages come full"
                )

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
                f"(page {self._following} next); the list keeps moving under the walk",
                operation=self.operation,
                page=self._following,
            )

    # -- warnings, once each -----------------------------------------------------------------

    def _warn_changed(self, number: int, change: int) -> None:
        if self.changed:
            return
        self.changed = True
        warn(
            ListChangedWarning(
                f"{self.operation}: the list changed during the walk (total_count went from {self.total} "
                f"to {self.total + change if self.total is not None else '?'} at page {number}); "
                "records that moved are read again, and none is yielded twice"
            )
        )

    def _contradiction(self, what: str) -> None:
        if self._inconsistent:
            return
        self._inconsistent = True
        warn(InconsistentPageInfoWarning(f"{self.operation}: page_info does not add up: {what}"))


def check_on_invalid(on_invalid: object) -> None:
    """ValueError unless `on_invalid` is one of ON_INVALID."""
    if on_invalid not in ON_INVALID:
        raise ValueError(f"on_invalid must be one of {', '.join(map(repr, ON_INVALID))}, not {on_invalid!r}")


def _item(results: Sequence[ItemT], index: int) -> ItemT:
    """The item at `index`, read past ItemList's __getitem__, which raises for a bad item."""
    return list.__getitem__(results, index) if isinstance(results, list) else results[index]


def _keyed(item: object) -> bool:
    """Whether `item` is a record with a string id as sent."""
    return isinstance(item, Model) and type(item.as_sent().get("id")) is str


def _entries(results: Sequence[ItemT]) -> tuple[list[ItemT], dict[int, _Failure]]:
    """The page's records, and the ones that do not fit by index (a list that says so: `failures`)."""
    failures: Mapping[int, Exception] | None = getattr(results, "failures", None)
    if not failures:
        return list(results), {}
    # Reading a bad item raises its error: read the others only, by index.
    records: list[Any] = [None if index in failures else results[index] for index in range(len(results))]
    return records, {index: (error, getattr(error, "raw", None)) for index, error in failures.items()}


def _excerpt(raw: object, limit: int = 300) -> str:
    try:
        text = json.dumps(raw, default=repr)
    except ValueError:
        text = repr(raw)
    return text if len(text) <= limit else text[: limit - 1] + "…"
