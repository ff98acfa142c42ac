# Copied from overlays/thred_client/pagination/_types.py by tools/codegen.py: edit that file, never this copy.
"""What a walk works on and hands out: list operations, their page models, and `Page`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

from attrs import frozen

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..types import Response

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class PageModel(Protocol[ItemT_co]):
    """The 200 response model of a list operation, such as `InvoicePage`."""

    @property
    def page_info(self) -> PageInfo: ...

    @property
    def results(self) -> Sequence[ItemT_co]: ...


class ListOperation(Protocol[ItemT_co]):
    """A generated list operation module, such as `thred_client.api.invoices.list_invoices`.

    `sync` is declared only so that type checkers infer the record type (`Invoice`) from the
    module; the walk calls `sync_detailed` and `asyncio_detailed`.
    """

    def sync(self, *args: Any, **kwargs: Any) -> PageModel[ItemT_co]: ...

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Response[Any]: ...

    async def asyncio_detailed(self, *args: Any, **kwargs: Any) -> Response[Any]: ...


class Fetched(NamedTuple):
    """A page as fetched: its model, and Thred's id of the request that answered it."""

    model: PageModel[Any]
    request_id: str | None


@frozen
class Page(Generic[ItemT]):
    """One page of a walk: its number, its records that no earlier page brought, its `page_info`, and
    `request_id`, Thred's id of the request that answered it (None if the answer had none)."""

    number: int
    items: list[ItemT]
    page_info: PageInfo
    request_id: str | None = None
