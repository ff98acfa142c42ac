"""Query parameters of the two list operations: validation, filtering, paging.

Validation follows Django/DRF conventions: every bad parameter is reported at
once as ``{"<param>": ["<message>"]}``; empty values are ignored, as
django-filter does; repeated parameters use the last value; unknown ones are
ignored. Date-times are ISO 8601 (a naive one is taken as UTC); an offset whose
``+`` arrived unencoded (so as a space) is rejected, as Django rejects it.
"""

from __future__ import annotations

import math
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from .data import INVOICE_SORTS, BusinessData, CreditCore, InvoiceCore, InvoiceSort
from .errors import ApiError, json_bytes
from .listing import ListingKnobs
from .timefmt import from_datetime

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

MSG_INTEGER = "Enter a whole number."
MSG_DATETIME = "Enter a valid date/time."
MSG_UUID = "Enter a valid UUID."


class _Errors:
    """Collects per-parameter validation messages."""

    def __init__(self) -> None:
        self.details: dict[str, list[str]] = {}

    def add(self, param: str, message: str) -> None:
        self.details.setdefault(param, []).append(message)

    def raise_if_any(self) -> None:
        if self.details:
            raise ApiError(400, "validation_error", "Invalid query parameters.", self.details)


def _text(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name, "").strip()
    return value or None


def _integer(
    params: Mapping[str, str],
    name: str,
    errors: _Errors,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int | None:
    raw = _text(params, name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        errors.add(name, MSG_INTEGER)
        return None
    if minimum is not None and value < minimum:
        errors.add(name, f"Ensure this value is greater than or equal to {minimum}.")
        return None
    if maximum is not None and value > maximum:
        errors.add(name, f"Ensure this value is less than or equal to {maximum}.")
        return None
    return value


def _instant(params: Mapping[str, str], name: str, errors: _Errors) -> int | None:
    raw = _text(params, name)
    if raw is None:
        return None
    try:
        return from_datetime(datetime.fromisoformat(raw))
    except ValueError:
        errors.add(name, MSG_DATETIME)
        return None


def _uuid(raw: str) -> str | None:
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        return None


def _csv(params: Mapping[str, str], name: str) -> frozenset[str] | None:
    raw = _text(params, name)
    if raw is None:
        return None
    items = frozenset(part.strip() for part in raw.split(",") if part.strip())
    return items or None


def _uuid_csv(params: Mapping[str, str], name: str, errors: _Errors) -> frozenset[str] | None:
    items = _csv(params, name)
    if items is None:
        return None
    parsed = {item: _uuid(item) for item in items}
    bad = sorted(item for item, value in parsed.items() if value is None)
    if bad:
        errors.add(name, f"{MSG_UUID} Invalid: {', '.join(bad)}")
        return None
    return frozenset(value for value in parsed.values() if value is not None)


@dataclass(frozen=True)
class PageRequest:
    """The requested page number and size."""

    page: int
    page_size: int


def _page(params: Mapping[str, str], errors: _Errors) -> PageRequest:
    page = _integer(params, "page", errors, minimum=1)
    size = _integer(params, "page_size", errors, minimum=1, maximum=MAX_PAGE_SIZE)
    return PageRequest(page or 1, size or DEFAULT_PAGE_SIZE)


@dataclass(frozen=True)
class InvoiceQuery:
    """Validated invoice filters; hashable so selections can be cached."""

    customer_external_id: str | None = None
    customer_ids: frozenset[str] | None = None
    due_at_start: int | None = None
    due_at_end: int | None = None
    sent_at_start: int | None = None
    sent_at_end: int | None = None
    min_amount: int | None = None
    max_amount: int | None = None
    memo: str | None = None
    memo_contains: str | None = None
    reference_numbers: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    sort: InvoiceSort = "-imported_at"


@dataclass(frozen=True)
class CreditQuery:
    """Validated customer credit filters."""

    customer_external_id: str | None = None
    customer_ids: frozenset[str] | None = None
    search: str | None = None
    sent_at_start: int | None = None
    sent_at_end: int | None = None
    source_invoice_id: str | None = None
    statuses: frozenset[str] | None = None


def _statuses(params: Mapping[str, str]) -> frozenset[str] | None:
    # Statuses match case-insensitively: the docs show "SENT" but filter on "sent".
    items = _csv(params, "status")
    return None if items is None else frozenset(item.lower() for item in items)


def parse_invoice_query(params: Mapping[str, str]) -> tuple[InvoiceQuery, PageRequest]:
    """Validate the invoice list's query string or raise a 400 ``ApiError``."""
    errors = _Errors()
    page = _page(params, errors)
    sort = _text(params, "sort") or "-imported_at"
    if sort not in INVOICE_SORTS:
        errors.add("sort", f"Select a valid choice. {sort} is not one of the available choices.")
        sort = "-imported_at"
    memo_contains = _text(params, "memo_contains")
    query = InvoiceQuery(
        customer_external_id=_text(params, "customer_external_id"),
        customer_ids=_uuid_csv(params, "customer_id", errors),
        due_at_start=_instant(params, "due_at_start", errors),
        due_at_end=_instant(params, "due_at_end", errors),
        sent_at_start=_instant(params, "sent_at_start", errors),
        sent_at_end=_instant(params, "sent_at_end", errors),
        min_amount=_integer(params, "min_amount", errors),
        max_amount=_integer(params, "max_amount", errors),
        memo=_text(params, "memo"),
        memo_contains=None if memo_contains is None else memo_contains.lower(),
        reference_numbers=_csv(params, "reference_numbers"),
        statuses=_statuses(params),
        sort=next(s for s in INVOICE_SORTS if s == sort),
    )
    errors.raise_if_any()
    return query, page


def parse_credit_query(params: Mapping[str, str]) -> tuple[CreditQuery, PageRequest]:
    """Validate the credit list's query string or raise a 400 ``ApiError``."""
    errors = _Errors()
    page = _page(params, errors)
    source = _text(params, "source_invoice_id")
    source_id = None if source is None else _uuid(source)
    if source is not None and source_id is None:
        errors.add("source_invoice_id", MSG_UUID)
    search = _text(params, "search")
    query = CreditQuery(
        customer_external_id=_text(params, "customer_external_id"),
        customer_ids=_uuid_csv(params, "customer_id", errors),
        search=None if search is None else search.lower(),
        sent_at_start=_instant(params, "sent_at_start", errors),
        sent_at_end=_instant(params, "sent_at_end", errors),
        source_invoice_id=source_id,
        statuses=_statuses(params),
    )
    errors.raise_if_any()
    return query, page


def _within(value: int | None, start: int | None, end: int | None) -> bool:
    # Ranges are inclusive at both ends; a record without the date never matches.
    if value is None:
        return False
    return (start is None or value >= start) and (end is None or value <= end)


def _customer_indices(
    business: BusinessData, external_id: str | None, ids: frozenset[str] | None
) -> set[int] | None:
    if external_id is None and ids is None:
        return None
    return {
        c.index
        for c in business.customers
        if (external_id is None or c.external_id == external_id) and (ids is None or c.id in ids)
    }


def _invoice_predicates(business: BusinessData, q: InvoiceQuery) -> list[Callable[[InvoiceCore], bool]]:
    preds: list[Callable[[InvoiceCore], bool]] = []
    customers = _customer_indices(business, q.customer_external_id, q.customer_ids)
    if customers is not None:
        preds.append(lambda c: c.customer in customers)
    if q.due_at_start is not None or q.due_at_end is not None:
        preds.append(lambda c: _within(c.due_at, q.due_at_start, q.due_at_end))
    if q.sent_at_start is not None or q.sent_at_end is not None:
        preds.append(lambda c: _within(c.sent_at, q.sent_at_start, q.sent_at_end))
    if q.min_amount is not None:
        low = q.min_amount
        preds.append(lambda c: c.total_amount >= low)
    if q.max_amount is not None:
        high = q.max_amount
        preds.append(lambda c: c.total_amount <= high)
    if q.memo is not None:
        preds.append(lambda c: c.memo == q.memo)
    if q.memo_contains is not None:
        needle = q.memo_contains
        preds.append(lambda c: c.memo is not None and needle in c.memo.lower())
    if q.reference_numbers is not None:
        numbers = q.reference_numbers
        preds.append(lambda c: c.invoice_number in numbers)
    if q.statuses is not None:
        statuses = q.statuses
        preds.append(lambda c: c.status.lower() in statuses)
    return preds


def _credit_predicates(business: BusinessData, q: CreditQuery) -> list[Callable[[CreditCore], bool]]:
    preds: list[Callable[[CreditCore], bool]] = []
    customers = _customer_indices(business, q.customer_external_id, q.customer_ids)
    if customers is not None:
        preds.append(lambda c: c.customer in customers)
    if q.search is not None:
        needle = q.search
        names = [c.display_name.lower() for c in business.customers]
        preds.append(
            lambda c: (
                needle in c.number.lower()
                or (c.external_id is not None and needle in c.external_id.lower())
                or needle in names[c.customer]
            )
        )
    if q.sent_at_start is not None or q.sent_at_end is not None:
        preds.append(lambda c: _within(c.sent_at, q.sent_at_start, q.sent_at_end))
    if q.source_invoice_id is not None:
        invoices = business.invoices
        target = q.source_invoice_id
        preds.append(lambda c: c.source_invoice is not None and invoices[c.source_invoice].id == target)
    if q.statuses is not None:
        statuses = q.statuses
        preds.append(lambda c: c.status.lower() in statuses)
    return preds


T = TypeVar("T")


def _filter(order: list[int], cores: list[T], preds: list[Callable[[T], bool]]) -> list[int]:
    if not preds:
        return order
    return [i for i in order if all(p(cores[i]) for p in preds)]


class Selections:
    """LRU cache of filtered, ordered index lists, so walking the pages of a
    filtered 100k-record listing filters once, not once per page."""

    def __init__(self, capacity: int = 64) -> None:
        self._capacity = capacity
        self._cache: OrderedDict[tuple[str, int, object], list[int]] = OrderedDict()
        self._lock = threading.Lock()

    def invoices(self, business: BusinessData, q: InvoiceQuery) -> list[int]:
        """Matching invoice indices in the requested order."""
        return self._get(
            (business.business_id, business.version, q),
            lambda: _filter(
                business.invoice_order(q.sort), business.invoices, _invoice_predicates(business, q)
            ),
        )

    def credits(self, business: BusinessData, q: CreditQuery) -> list[int]:
        """Matching credit indices, newest first."""
        return self._get(
            (business.business_id, business.version, q),
            lambda: _filter(business.credit_order(), business.credits, _credit_predicates(business, q)),
        )

    def _get(self, key: tuple[str, int, object], build: Callable[[], list[int]]) -> list[int]:
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        value = build()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > self._capacity:
                self._cache.popitem(last=False)
        return value


def page_body(
    selected: list[int],
    page: PageRequest,
    render: Callable[[int], bytes],
    listing: ListingKnobs | None = None,
) -> bytes:
    """The serialised page: ``count``, ``page_info`` and the page's records.

    A page past the last raises 404 "Invalid page." as DRF does; page 1 of an
    empty selection is an empty page with ``total_pages`` 1. ``listing`` may
    make the page say other totals, or serve other records, than the truth.
    """
    total = len(selected)
    pages = max(1, math.ceil(total / page.page_size))
    if page.page > pages:
        raise ApiError(404, "not_found", "Invalid page.")
    start = (page.page - 1) * page.page_size
    count, total_count, total_pages = listing.head(total, pages) if listing else (total, total, pages)
    head = json_bytes(
        {
            "count": count,
            "page_info": {
                "total_count": total_count,
                "current_page": page.page,
                "total_pages": total_pages,
                "page_size": page.page_size,
            },
        }
    )
    # Splice pre-serialised records into the envelope instead of re-encoding them.
    positions = range(start, min(start + page.page_size, total))
    instead = listing.replaced() if listing else {}
    results = b",".join(
        instead[position] if position in instead else render(selected[position]) for position in positions
    )
    return head[:-1] + b',"results":[' + results + b"]}"
