# Copied from overlays/thred_client/mirror/fetch.py by tools/codegen.py: edit that file, never this copy.
"""A list walked page by page for the mirror: each page's records as sent (`sent.py`), and the
requests counted.

The pages are fetched in the caller's thread, one at a time, as it stores them. (Fetching ahead in a
thread of its own was tried and was slower: the database driver gives up the interpreter lock at
every row it writes, and waits to get it back from the thread decoding the next page.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

from ..api.customer_credits import list_customer_credits
from ..api.invoices import list_invoices
from ..models.customer_credit_page import CustomerCreditPage
from ..models.invoice_page import InvoicePage
from ..pagination._api import pages_keeping_invalid
from ..pagination._walk import OnInvalid
from ..types import Response
from .sent import Kind, Sent, page_reader, sent_records

__all__ = ["LISTS", "Fetched", "PageFetcher"]


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page: its records as sent, its number, the list's total_count, and whether it is the last the
    walk needs."""

    records: list[Sent]
    number: int
    total: int | None
    last: bool


class _Counted:
    """A list operation that counts the pages asked of it, and reads each page's body for the mirror
    (`sent.page_reader`) where it can, else into its models as the operation does. The walk takes it
    as the operation: the request, its errors and their typed exceptions are the operation's."""

    def __init__(self, operation: Any, kind: Kind, page_model: Any) -> None:
        self.__name__ = operation.__name__
        self._get_kwargs = operation._get_kwargs
        self.sync = operation.sync
        self.calls = 0
        build = operation._build_response
        read = page_reader(kind, page_model)

        def sync_detailed(*, client: Any, **kwargs: Any) -> Response[Any]:
            self.calls += 1
            response = client.get_httpx_client().request(**operation._get_kwargs(**kwargs))
            parsed = read(response.content) if response.status_code == HTTPStatus.OK else None
            if parsed is None:
                return cast(Response[Any], build(client=client, response=response))
            return Response(
                status_code=HTTPStatus(response.status_code),
                content=response.content,
                headers=response.headers,
                parsed=parsed,
            )

        sync_detailed.__wrapped__ = operation.sync_detailed  # type: ignore[attr-defined]  # the signature paginate checks
        self.sync_detailed = sync_detailed

    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("the mirror walks synchronously")


LISTS: dict[Kind, tuple[Any, Any]] = {
    "invoices": (list_invoices, InvoicePage),
    "customer_credits": (list_customer_credits, CustomerCreditPage),
}
"""Each kind's list operation, and the model of its pages."""


def _kind_of(operation: Any) -> tuple[Kind, Any]:
    for kind, (listed, page_model) in LISTS.items():
        if operation is listed:
            return kind, page_model
    name = getattr(operation, "__name__", type(operation).__name__)
    raise TypeError(f"the mirror walks list_invoices and list_customer_credits, not {name}")


class PageFetcher:
    """Every page of `operation` for a business, in order, by iterating; `requests` counts them.

    `last(records)` tells, page by page, whether the walk may stop after that page. A record that does
    not fit its model is kept all the same, under its id; `on_invalid` decides for an item that has
    none (not an object, or without a string id): raise its error, after the records before it, or
    skip it with an InvalidRecordWarning.
    """

    def __init__(
        self,
        operation: Any,
        *,
        client: Any,
        business_id: str,
        page_size: int,
        params: Mapping[str, Any],
        last: Callable[[Sequence[Mapping[str, Any]]], bool] | None = None,
        on_invalid: OnInvalid = "raise",
    ) -> None:
        kind, page_model = _kind_of(operation)
        self._operation = _Counted(operation, kind, page_model)
        self._kind = kind
        self._arguments = {
            "client": client,
            "business_id": UUID(business_id),
            "page_size": page_size,
            "on_invalid": on_invalid,
            **params,
        }
        self._last = last

    @property
    def requests(self) -> int:
        """The list requests made so far."""
        return self._operation.calls

    def __iter__(self) -> Iterator[Fetched]:
        pages = pages_keeping_invalid(self._operation, **self._arguments)
        try:
            for page in pages:
                records = sent_records(self._kind, page.items)
                last = self._last is not None and self._last(records)
                total = getattr(page.page_info, "total_count", None)
                yield Fetched(records, page.number, total if isinstance(total, int) else None, last)
                if last:
                    return
        finally:
            close = getattr(pages, "close", None)  # a walk stopped early lets its pages go now
            if callable(close):
                close()
