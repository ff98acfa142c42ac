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
signature before any request, and any client: a plain generated one raises the same typed errors as
`ThredClient`.

A walk is safe against a list that changes under it. Records are yielded once each (by `id`); when
`total_count` changes between two pages a `ListChangedWarning` is issued once, and after a deletion
the walk reads again the positions that records may have moved back into, so that every record that
existed for the whole walk is yielded. That guarantee holds when new records sort before the ones
not yet read, as under the invoices' default order (`-imported_at`, newest first); a change that
leaves `total_count` as it was cannot be seen. A `page_info` that does not add up is warned of
(`InconsistentPageInfoWarning`) and the walk reads on while pages bring records.

The parts: `_walk` decides (which page next, what a page means, where the walk ends) without I/O;
`_sync` and `_async` fetch what it asks for; `_call` binds an operation to its parameters; `_seen`
keeps the ids yielded; `_report` holds the warnings; `_api` the four helpers.
"""

from ._api import DEFAULT_PAGE_SIZE, apaginate, apaginate_pages, paginate, paginate_pages
from ._report import InconsistentPageInfoWarning, InvalidRecordWarning, ListChangedWarning, PaginationWarning
from ._types import ListOperation, Page, PageModel
from ._walk import OnInvalid

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "InconsistentPageInfoWarning",
    "InvalidRecordWarning",
    "ListChangedWarning",
    "ListOperation",
    "OnInvalid",
    "Page",
    "PageModel",
    "PaginationWarning",
    "apaginate",
    "apaginate_pages",
    "paginate",
    "paginate_pages",
]
