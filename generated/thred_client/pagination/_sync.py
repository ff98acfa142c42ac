# Copied from overlays/thred_client/pagination/_sync.py by tools/codegen.py: edit that file, never this copy.
"""The sync driver: fetches the pages the walk asks for, one after another."""

from __future__ import annotations

import contextlib
from collections.abc import Generator, Iterator

from ..exceptions import NotFoundError
from ._call import Call
from ._types import ItemT, Page
from ._walk import Walk

# Each page is let go before the next is fetched: besides the memory, parsing a page into memory that
# the previous one just freed is faster than into fresh memory.


def pages(call: Call, walk: Walk[ItemT]) -> Generator[Page[ItemT]]:
    """Every page of the walk that brought new records."""
    with call.start_trace(1, lambda: walk.items):
        while (number := walk.next_page()) is not None:
            try:
                model, request_id = call.fetch(number)
            except NotFoundError as error:
                walk.not_found(number, error)
                continue
            page = walk.receive(number, model, request_id)
            del model
            if page is not None:
                yield page
                del page


def items(pages: Generator[Page[ItemT]]) -> Iterator[ItemT]:
    """The records of `pages`, one by one."""
    with contextlib.closing(pages):
        for page in pages:
            records = page.items
            del page
            yield from records
            del records
