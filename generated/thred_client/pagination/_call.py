# Copied from overlays/thred_client/pagination/_call.py by tools/codegen.py: edit that file, never this copy.
"""A list operation bound to the caller's parameters: one page fetched, or a typed error naming it."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

import httpx

from .. import _tracing, _validate
from .._http import AsyncRaisingClient, AsyncRaisingView, RaisingClient, RaisingView
from ..errors import UnexpectedStatus
from ..types import Response
from ._report import locate
from ._types import Fetched, ListOperation

__all__ = ["Call"]


class _Raising:
    """A generated client seen through the raising layer of `ThredClient`: an error answer raises its
    typed error (`NotFoundError`, …) rather than coming back as a value, a connection failure
    `APIConnectionError`. The client and its httpx clients are left as they are."""

    # Any other status than a page's is an error too, not a `None` to make sense of.
    raise_on_unexpected_status = True

    def __init__(self, client: Any) -> None:
        self._client = client

    def get_httpx_client(self) -> httpx.Client | RaisingView:
        http: httpx.Client = self._client.get_httpx_client()
        return http if isinstance(http, RaisingClient) else RaisingView(http)

    def get_async_httpx_client(self) -> httpx.AsyncClient | AsyncRaisingView:
        http: httpx.AsyncClient = self._client.get_async_httpx_client()
        return http if isinstance(http, AsyncRaisingClient) else AsyncRaisingView(http)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


class Call:
    """`operation` with the caller's `params`: `fetch(number)` (or `afetch`) answers page `number`'s model."""

    def __init__(
        self,
        operation: ListOperation[Any],
        params: dict[str, Any],
        page_size: int,
        max_items: int | None,
        max_pages: int | None,
        function: str,
    ) -> None:
        self.name = str(getattr(operation, "__name__", type(operation).__name__)).rpartition(".")[2]
        _validate.page_size(page_size)  # the message every entry point gives
        for option, value in (("max_items", max_items), ("max_pages", max_pages)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise ValueError(f"{option} must be a non-negative int, not {value!r}")
        send = getattr(operation, function, None)
        if not callable(send):
            raise TypeError(f"{self.name} is not a generated operation: it has no {function}()")
        signature = inspect.signature(send)
        if not {"page", "page_size"} <= signature.parameters.keys():
            raise TypeError(f"{self.name} is not a list operation: it takes no page and page_size")
        if "page" in params:
            raise TypeError(f"{self.name}: `page` is set by the walk, page after page; do not pass it")
        if "client" in params:
            _validate.client(
                params["client"],
                "get_async_httpx_client" if function.startswith("async") else "get_httpx_client",
            )
        # A small `max_items` needs no more than that many records per page.
        self.page_size = min(page_size, max_items) if max_items else page_size
        try:
            signature.bind(**params, page=1, page_size=self.page_size)
        except TypeError as error:
            raise TypeError(f"{self.name}(): {error}") from None
        # The operation's own checks of every argument (ids, enums), before any request.
        check = getattr(operation, "_get_kwargs", None)
        if callable(check):
            check(
                **{name: value for name, value in params.items() if name != "client"},
                page=1,
                page_size=self.page_size,
            )
        self.send: Callable[..., Any] = send
        self.params = dict(params)
        # The walk's span, set by the driver while the walk runs (None without tracing).
        self.trace: _tracing.WalkSpan | None = None
        if "client" in self.params:
            self.params["client"] = _Raising(self.params["client"])

    def start_trace(self, concurrency: int, records: Callable[[], int]) -> AbstractContextManager[None]:
        """The walk's span from here to the end of the `with` (see `_tracing.walk`)."""
        return _traced(self, concurrency, records)

    def _within(self) -> AbstractContextManager[None]:
        return nullcontext() if self.trace is None else self.trace.fetching()

    def fetch(self, number: int) -> Fetched:
        """Page `number`; an error raises its typed error, naming the page."""
        try:
            with self._within():
                return _page(self.send(**self.params, page=number, page_size=self.page_size))
        except Exception as error:
            locate(error, self.name, number)
            raise

    async def afetch(self, number: int) -> Fetched:
        """Page `number`, asynchronously; as `fetch`."""
        try:
            with self._within():
                return _page(await self.send(**self.params, page=number, page_size=self.page_size))
        except Exception as error:
            locate(error, self.name, number)
            raise


@contextmanager
def _traced(call: Call, concurrency: int, records: Callable[[], int]) -> Iterator[None]:
    business_id = call.params.get("business_id")
    with _tracing.walk(
        call.name,
        page_size=call.page_size,
        concurrency=concurrency,
        business_id=business_id,
        records=records,
    ) as span:
        call.trace = span
        try:
            yield
        finally:
            call.trace = None


def _page(response: Response[Any]) -> Fetched:
    parsed = response.parsed
    if parsed is None or not hasattr(type(parsed), "results"):
        # Error answers raised already; what is left is a status the spec does not give a page for.
        raise UnexpectedStatus(int(response.status_code), response.content)
    return Fetched(parsed, response.request_id)
