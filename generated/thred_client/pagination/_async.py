# Copied from overlays/thred_client/pagination/_async.py by tools/codegen.py: edit that file, never this copy.
"""The async driver: fetches the pages the walk asks for, and those it says to fetch ahead."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TYPE_CHECKING

from ..exceptions import NotFoundError
from ._call import Call
from ._types import Fetched, ItemT, Page
from ._walk import Walk

if TYPE_CHECKING:
    import asyncio

    Window = deque[tuple[int, asyncio.Task[Fetched]]]


async def apages(call: Call, walk: Walk[ItemT], concurrency: int) -> AsyncGenerator[Page[ItemT]]:
    """Every page of the walk that brought new records, in page order.

    The pages fetched ahead wait in `window`, in page order; each task holds at most one page, so
    with the page being yielded at most `concurrency` + 1 are alive.
    """
    window: Window = deque()
    try:
        with call.start_trace(concurrency, lambda: walk.items):
            while (number := walk.next_page()) is not None:
                try:
                    fetched = None
                    if window and window[0][0] == number:
                        fetched = await window.popleft()[1]
                        if not walk.takes_ahead(fetched.model):
                            fetched = None
                    if fetched is None:
                        _cancel(window)
                        fetched = await call.afetch(number)
                except NotFoundError as error:
                    _cancel(window)
                    walk.not_found(number, error)
                    continue
                page = walk.receive(number, *fetched)
                del fetched
                wanted = walk.ahead(number, window[-1][0] if window else number, concurrency)
                if wanted is None:
                    _cancel(window)
                elif wanted:
                    _fetch_ahead(window, call, wanted)
                if page is not None:
                    yield page
                    del page
    finally:
        _cancel(window)


async def aitems(pages: AsyncGenerator[Page[ItemT]]) -> AsyncIterator[ItemT]:
    """The records of `pages`, one by one."""
    # Closing the pages now, when the caller stops early, cancels the pages being fetched ahead.
    async with contextlib.aclosing(pages):
        async for page in pages:
            records = page.items
            del page
            for record in records:
                yield record
            del records


def _fetch_ahead(window: Window, call: Call, numbers: range) -> None:
    import asyncio  # here: only walks that fetch ahead need it, and it is slow to import

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        raise RuntimeError("apaginate(concurrency=N > 1) needs an asyncio event loop") from None
    window.extend((number, loop.create_task(call.afetch(number))) for number in numbers)


def _cancel(window: Window) -> None:
    while window:
        task = window.popleft()[1]
        if not task.cancel() and not task.cancelled():
            # Already finished: fetch its outcome so that asyncio does not report it as never retrieved.
            task.exception()
