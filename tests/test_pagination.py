"""The pagination helpers against an in-memory list served through httpx.MockTransport.

`FakeList` serves an offset-paginated list as Thred's backend does (DRF style, 404 past the last
page) and can change between requests, which the stand-in cannot: records created at the
front (the default order is newest first) or deleted anywhere while a walk is under way.
"""

from __future__ import annotations

import asyncio
import json
import random
import uuid
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from thred_client import Client
from thred_client.api.customer_credits import list_customer_credits
from thred_client.api.invoices import list_invoices
from thred_client.exceptions import (
    APIConnectionError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RepeatedPageError,
    ResponseValidationError,
    UnsettledListError,
)
from thred_client.models import Invoice
from thred_client.pagination import (
    DEFAULT_PAGE_SIZE,
    InconsistentPageInfoWarning,
    ListChangedWarning,
    Page,
    apaginate,
    apaginate_pages,
    paginate,
    paginate_pages,
)

BUSINESS = uuid.UUID("6a0f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b")
Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class FakeList:
    """A list of records, newest first, served one page at a time.

    `before[n]` runs before the n-th request (1-based) is answered, to change the list mid-walk.
    `requests` holds the page number of every request, in order.
    """

    def __init__(self, size: int, *, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.records: list[dict[str, Any]] = [self.new_record() for _ in range(size)]
        self.requests: list[int] = []
        self.sizes: list[int] = []
        self.before: dict[int, Callable[[], None]] = {}
        self.every: Callable[[], None] | None = None
        self.answer: dict[int, Callable[[httpx.Request], httpx.Response]] = {}
        self.page_info = True
        self.ignore_page = False
        self.served_page: Callable[[int], int] | None = None
        self.slice_of: Callable[[int], int] = lambda number: number
        self.empty_from: int | None = None
        self.count = True
        self.claimed_count: int | None = None  # a `count` other than the records served
        self.past_end_404 = True
        self.max_page_size = 1000
        self.delay = 0.0
        self.delay_of: Callable[[int], float] = lambda number: self.delay
        self.in_flight = 0
        self.max_in_flight = 0

    def new_record(self) -> dict[str, Any]:
        return {"id": str(uuid.UUID(int=self.rng.getrandbits(128), version=4)), "status": "sent"}

    def ids(self) -> list[str]:
        return [record["id"] for record in self.records]

    def insert(self, count: int) -> None:
        """Create `count` records: newest first, they go to the front."""
        self.records[:0] = [self.new_record() for _ in range(count)]

    def delete(self, *positions: int) -> None:
        for position in sorted(positions, reverse=True):
            del self.records[position]

    def handle(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        size = min(int(request.url.params.get("page_size", "20")), self.max_page_size)
        self.requests.append(number)
        self.sizes.append(size)
        if self.every is not None:
            self.every()
        change = self.before.get(len(self.requests))
        if change is not None:
            change()
        if number in self.answer:
            return self.answer[number](request)
        total = len(self.records)
        pages = max(1, -(-total // size))
        if number > pages and self.past_end_404:
            return httpx.Response(404, json={"error": "Invalid page.", "error_code": "not_found"})
        start = 0 if self.ignore_page else (self.slice_of(number) - 1) * size
        results = [] if self.empty_from and number >= self.empty_from else self.records[start : start + size]
        body: dict[str, Any] = {"count": self.claimed_count or total, "results": results}
        served = self.served_page(number) if self.served_page else number
        # Without `page_info` totals: the documented envelope still holds it, with its totals null.
        body["page_info"] = {
            "total_count": total if self.page_info else None,
            "current_page": served,
            "total_pages": pages if self.page_info else None,
            "page_size": size,
        }
        if not self.count:  # a page without its required `count`: one the models refuse
            del body["count"]
        return httpx.Response(200, json=body)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay_of(int(request.url.params.get("page", "1"))))
            return self.handle(request)
        finally:
            self.in_flight -= 1

    def client(self) -> Client:
        return Client(
            base_url="https://thred.test", httpx_args={"transport": httpx.MockTransport(self.handle)}
        )

    def async_client(self) -> Client:
        return Client(
            base_url="https://thred.test", httpx_args={"transport": httpx.MockTransport(self.ahandle)}
        )


def walk(fake: FakeList, **options: Any) -> list[str]:
    return [
        str(invoice.id)
        for invoice in paginate(list_invoices, client=fake.client(), business_id=BUSINESS, **options)
    ]


async def awalk(fake: FakeList, **options: Any) -> list[str]:
    client = fake.async_client()
    return [
        str(invoice.id)
        async for invoice in apaginate(list_invoices, client=client, business_id=BUSINESS, **options)
    ]


# -- walking a list that stays put --------------------------------------------------------------


def test_yields_every_record_in_order_one_request_per_page() -> None:
    fake = FakeList(250)
    assert walk(fake) == fake.ids()
    assert fake.requests == [1, 2, 3]
    assert fake.sizes == [DEFAULT_PAGE_SIZE] * 3 == [100] * 3


def test_never_asks_for_a_page_past_total_pages() -> None:
    fake = FakeList(200)
    assert walk(fake, page_size=50) == fake.ids()
    assert fake.requests == [1, 2, 3, 4]


def test_an_empty_list_costs_one_request() -> None:
    fake = FakeList(0)
    assert walk(fake) == []
    assert fake.requests == [1]


def test_items_are_typed_models() -> None:
    fake = FakeList(3)
    invoices = list(paginate(list_invoices, client=fake.client(), business_id=BUSINESS))
    assert all(isinstance(invoice, Invoice) for invoice in invoices)
    assert [invoice.status for invoice in invoices] == ["sent"] * 3


def test_pages_carry_their_number_items_and_page_info() -> None:
    fake = FakeList(45)
    pages = list(paginate_pages(list_invoices, client=fake.client(), business_id=BUSINESS, page_size=20))
    assert [page.number for page in pages] == [1, 2, 3]
    assert [len(page.items) for page in pages] == [20, 20, 5]
    assert all(isinstance(page, Page) for page in pages)
    assert [page.page_info.current_page for page in pages if page.page_info] == [1, 2, 3]
    assert {page.page_info.total_count for page in pages if page.page_info} == {45}
    assert [str(item.id) for page in pages for item in page.items] == fake.ids()


def test_the_operations_own_parameters_are_passed_through() -> None:
    seen: list[httpx.QueryParams] = []
    fake = FakeList(5)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params)
        return fake.handle(request)

    client = Client(base_url="https://thred.test", httpx_args={"transport": httpx.MockTransport(handle)})
    list(paginate(list_invoices, client=client, business_id=BUSINESS, status="sent,paid", min_amount=100))
    assert seen[0]["status"] == "sent,paid"
    assert seen[0]["min_amount"] == "100"
    assert seen[0]["page"] == "1"


def test_a_server_serving_smaller_pages_than_asked_is_walked_in_its_page_size() -> None:
    fake = FakeList(400)
    before = fake.ids()
    fake.max_page_size = 50
    # Records move back by 60 places: far enough to need the walk to count in pages of 50, not 100.
    fake.before[3] = lambda: fake.delete(*range(60))
    with pytest.warns(ListChangedWarning):
        got = walk(fake, page_size=100)
    assert set(before[60:]) <= set(got)
    assert len(got) == len(set(got))
    assert fake.requests[:3] == [1, 2, 3]


def test_max_items_stops_early_and_asks_no_more_than_it_needs() -> None:
    fake = FakeList(1000)
    assert walk(fake, max_items=7) == fake.ids()[:7]
    assert fake.requests == [1]
    assert fake.sizes == [7]
    fake = FakeList(1000)
    assert walk(fake, max_items=250) == fake.ids()[:250]
    assert fake.requests == [1, 2, 3]


def test_max_pages_stops_early() -> None:
    fake = FakeList(1000)
    assert walk(fake, max_pages=2, page_size=30) == fake.ids()[:60]
    assert fake.requests == [1, 2]


def test_without_page_info_count_tells_where_the_list_ends() -> None:
    fake = FakeList(200)
    fake.page_info = False
    assert walk(fake) == fake.ids()
    assert fake.requests == [1, 2]


def test_a_page_without_its_required_count_is_refused_naming_the_field_and_page() -> None:
    fake = FakeList(130)
    fake.count = False
    with pytest.raises(ResponseValidationError, match=r"^count: required field is missing") as caught:
        walk(fake)
    assert caught.value.page == 1  # type: ignore[attr-defined]
    assert fake.requests == [1]


def test_stops_on_an_empty_page_even_if_page_info_promises_more() -> None:
    fake = FakeList(500)
    fake.empty_from = 3
    with pytest.warns(InconsistentPageInfoWarning, match="page 3 is empty after 200 records") as caught:
        assert walk(fake) == fake.ids()[:200]
    assert len(caught) == 1
    assert fake.requests == [1, 2, 3]


# -- a server that repeats itself --------------------------------------------------------------


def test_a_server_serving_the_same_page_again_is_an_error_not_a_loop() -> None:
    fake = FakeList(300)
    fake.ignore_page = True
    with pytest.raises(RepeatedPageError, match="page 2 holds the same records as page 1") as caught:
        walk(fake)
    assert (caught.value.page, caught.value.operation) == (2, "list_invoices")
    assert fake.requests == [1, 2]


def test_a_server_serving_another_page_than_asked_is_an_error() -> None:
    fake = FakeList(300)
    fake.served_page = lambda number: 1
    with pytest.raises(RepeatedPageError, match="asked for page 2, the server served page 1"):
        walk(fake)
    assert fake.requests == [1, 2]


def test_a_server_cycling_through_the_same_pages_is_an_error_not_a_loop() -> None:
    fake = FakeList(300)
    fake.page_info = False
    fake.claimed_count = 10**6  # a total the walk never reaches
    # Pages 1, 2, 1, 2, … whatever is asked: never the same page twice in a row, never a new record.
    fake.slice_of = lambda number: (number - 1) % 2 + 1
    fake.past_end_404 = False
    with pytest.raises(UnsettledListError, match="11 pages in a row brought no new record") as caught:
        walk(fake)
    assert fake.requests == list(range(1, 14))
    assert (caught.value.page, caught.value.operation) == (14, "list_invoices")


# -- a list that changes during the walk -------------------------------------------------------


def test_records_created_during_the_walk_are_not_yielded_twice() -> None:
    fake = FakeList(300)
    before = fake.ids()
    fake.before[2] = lambda: fake.insert(30)
    with pytest.warns(ListChangedWarning, match=r"total_count went from 300 to 330 at page 2") as caught:
        got = walk(fake)
    assert len(caught) == 1
    assert caught[0].filename == __file__  # it points at the caller's loop
    assert len(got) == len(set(got))
    assert set(before) <= set(got)


def test_an_id_sent_in_another_form_is_still_the_same_record() -> None:
    fake = FakeList(300)
    first, second = fake.records[99]["id"], fake.records[150]["id"]
    # Again, further on, in forms UUID() reads as the same ids: braces and capitals, no hyphens.
    fake.records.insert(100, {"id": "{" + first.upper() + "}", "status": "sent"})
    fake.records.insert(200, {"id": second.replace("-", ""), "status": "sent"})
    got = walk(fake)
    assert len(got) == 300 == len(set(got))
    assert (got.count(first), got.count(second)) == (1, 1)


@pytest.mark.parametrize(
    "helper", ["paginate", "paginate_pages", "apaginate", "apaginate_pages", "concurrent"]
)
def test_the_change_warning_points_at_the_callers_loop(helper: str) -> None:
    fake = FakeList(300)
    fake.before[2] = lambda: fake.insert(30)
    params: dict[str, Any] = {"business_id": BUSINESS}

    async def walk_async() -> None:
        client = fake.async_client()
        if helper == "apaginate_pages":
            async for _ in apaginate_pages(list_invoices, client=client, **params):
                pass
        else:
            concurrency = 4 if helper == "concurrent" else 1
            async for _ in apaginate(list_invoices, client=client, concurrency=concurrency, **params):
                pass

    with pytest.warns(ListChangedWarning) as caught:
        if helper == "paginate":
            for _ in paginate(list_invoices, client=fake.client(), **params):
                pass
        elif helper == "paginate_pages":
            for _ in paginate_pages(list_invoices, client=fake.client(), **params):
                pass
        else:
            asyncio.run(walk_async())
    assert [warning.filename for warning in caught] == [__file__]


def test_a_record_deleted_before_the_cursor_does_not_hide_the_one_that_moved_back() -> None:
    fake = FakeList(300)
    before = fake.ids()
    # After page 1 is read, its first record goes: every later record moves back one place, and the
    # first record of page 2 moves to page 1, which was read already.
    fake.before[2] = lambda: fake.delete(0)
    with pytest.warns(ListChangedWarning, match="from 300 to 299"):
        got = walk(fake)
    assert len(got) == len(set(got))
    assert set(before[1:]) <= set(got)
    assert before[100] in got
    assert fake.requests == [1, 2, 1, 2, 3]


def test_deletions_larger_than_a_page_back_up_far_enough() -> None:
    fake = FakeList(500)
    before = fake.ids()
    fake.before[3] = lambda: fake.delete(*range(10, 260))
    with pytest.warns(ListChangedWarning):
        got = walk(fake)
    survivors = before[:10] + before[260:]
    assert set(survivors) <= set(got)
    assert len(got) == len(set(got))


def test_a_list_that_shrank_below_the_next_page_is_read_again_not_failed() -> None:
    fake = FakeList(201)
    before = fake.ids()
    # Page 3 held one record; deleting five from page 1 leaves two pages, so page 3 is now a 404.
    fake.before[3] = lambda: fake.delete(0, 1, 2, 3, 4)
    with pytest.warns(ListChangedWarning):
        got = walk(fake)
    assert set(before[5:]) <= set(got)
    assert len(got) == len(set(got))
    assert fake.requests[:4] == [1, 2, 3, 1]


def test_a_404_that_is_not_a_shrunk_list_is_raised() -> None:
    fake = FakeList(300)
    fake.answer[2] = lambda request: httpx.Response(
        404, json={"error": "Business not found.", "error_code": "business_not_found"}
    )
    with pytest.raises(NotFoundError, match="page 2 of list_invoices") as caught:
        walk(fake)
    assert caught.value.error_code == "business_not_found"
    assert caught.value.page == 2  # type: ignore[attr-defined]
    assert fake.requests == [1, 2, 1]


@pytest.mark.parametrize("seed", range(12))
def test_under_random_creations_and_deletions_every_lasting_record_comes_once(seed: int) -> None:
    fake = FakeList(400, seed=seed)
    lasting = set(fake.ids())
    rng = random.Random(seed)

    def churn() -> None:
        if rng.random() < 0.5:
            fake.insert(rng.randrange(0, 25))
        if fake.records and rng.random() < 0.5:
            doomed = rng.sample(range(len(fake.records)), min(len(fake.records), rng.randrange(1, 25)))
            lasting.difference_update(fake.records[position]["id"] for position in doomed)
            fake.delete(*doomed)

    fake.every = churn
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = walk(fake, page_size=20)
    assert len(got) == len(set(got))
    assert lasting <= set(got)
    assert len([w for w in caught if issubclass(w.category, ListChangedWarning)]) == 1


# -- errors name their page --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        (401, {"error": "Token expired", "error_code": "invalid_token"}, AuthenticationError),
        (403, {"error_code": "permission_denied", "message": "Not your business"}, PermissionDeniedError),
        (500, "<html><body>Bad gateway</body></html>", InternalServerError),
    ],
)
def test_an_error_status_from_a_plain_client_raises_its_typed_error_naming_the_page(
    status: int, body: Any, error_class: type[Exception]
) -> None:
    fake = FakeList(300)
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    fake.answer[3] = lambda request: httpx.Response(status, content=content)
    with pytest.raises(error_class) as caught:
        walk(fake)
    error = caught.value
    assert error.__notes__ == ["(page 3 of list_invoices)"]
    assert (error.page, error.operation) == (3, "list_invoices")  # type: ignore[attr-defined]
    assert f"/v1/platform/businesses/{BUSINESS}/invoices/" in str(error)
    assert str(error) == error.message == error.args[0]  # type: ignore[attr-defined]
    assert error.status_code == status  # type: ignore[attr-defined]


def test_a_record_the_models_cannot_read_names_its_field_and_page() -> None:
    fake = FakeList(300)
    fake.records[150]["id"] = "not-a-uuid"
    with pytest.raises(ResponseValidationError) as caught:
        walk(fake)
    assert str(caught.value).startswith("results[50].id: ")
    assert caught.value.__notes__[0].startswith("(page 2 of list_invoices; as sent: {")
    assert '"not-a-uuid"' in caught.value.__notes__[0]
    assert caught.value.page == 2  # type: ignore[attr-defined]


def test_a_transport_error_is_a_connection_error_naming_the_page() -> None:
    fake = FakeList(300)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    fake.answer[2] = refuse
    # A plain client goes through the raising layer of ThredClient: no answer is APIConnectionError.
    with pytest.raises(APIConnectionError, match="connection refused") as caught:
        walk(fake)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.__notes__ == ["(page 2 of list_invoices)"]


# -- parameters are checked before any request -------------------------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"business_id": BUSINESS, "statuss": "sent"}, "unexpected keyword argument 'statuss'"),
        ({"business_id": BUSINESS, "page": 2}, "`page` is set by the walk"),
        ({}, "missing a required argument: 'business_id'"),
    ],
)
def test_parameters_the_operation_does_not_take_raise_type_error_before_any_request(
    params: dict[str, Any], message: str
) -> None:
    fake = FakeList(10)
    for helper in (paginate, paginate_pages, apaginate, apaginate_pages):
        with pytest.raises(TypeError, match=message):
            helper(list_invoices, client=fake.client(), **params)
    assert fake.requests == []


@pytest.mark.parametrize("wrong", [None, "sk_live_1234567890", BUSINESS])
def test_a_client_that_is_no_client_raises_type_error_naming_its_type_alone(wrong: object) -> None:
    for helper in (paginate, paginate_pages, apaginate, apaginate_pages):
        with pytest.raises(TypeError, match="client must be a ThredClient") as raised:
            helper(list_invoices, client=wrong, business_id=BUSINESS)  # type: ignore[arg-type]
        assert type(wrong).__name__ in str(raised.value)
        if wrong is not None:
            assert str(wrong) not in str(raised.value)  # a token passed by mistake is not repeated


def test_a_module_that_is_not_a_list_operation_is_refused() -> None:
    from thred_client import types

    with pytest.raises(TypeError, match="types is not a generated operation"):
        paginate(types, client=FakeList(1).client())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [{"page_size": 0}, {"max_items": -1}, {"max_pages": -1}, {"page_size": True}, {"concurrency": 0}],
)
def test_bad_options_raise_value_error(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(options))):
        apaginate(list_invoices, client=FakeList(1).client(), business_id=BUSINESS, **options)


async def fetches_left() -> list[asyncio.Task[Any]]:
    """The page fetches still running, once the cancelled ones have had a turn to end."""
    for _ in range(3):
        await asyncio.sleep(0)
    return [task for task in asyncio.all_tasks() if task.get_coro().__qualname__ == "Call.afetch"]  # type: ignore[union-attr]


# -- async -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_yields_every_record_in_order() -> None:
    fake = FakeList(250)
    assert await awalk(fake) == fake.ids()
    assert fake.requests == [1, 2, 3]
    assert fake.max_in_flight == 1


@pytest.mark.anyio
async def test_async_pages_work_for_customer_credits_too() -> None:
    fake = FakeList(30)
    pages = [
        page
        async for page in apaginate_pages(
            list_customer_credits, client=fake.async_client(), business_id=BUSINESS, page_size=10
        )
    ]
    assert [(page.number, len(page.items)) for page in pages] == [(1, 10), (2, 10), (3, 10)]


@pytest.mark.anyio
async def test_concurrent_walk_fetches_ahead_within_its_bound_and_keeps_page_order() -> None:
    fake = FakeList(2000)
    fake.delay = 0.005
    assert await awalk(fake, concurrency=4, page_size=50) == fake.ids()
    assert fake.max_in_flight == 4
    assert sorted(fake.requests) == list(range(1, 41))
    assert fake.requests[0] == 1


@pytest.mark.anyio
async def test_concurrent_walk_fetches_nothing_past_its_caps() -> None:
    fake = FakeList(2000)
    assert await awalk(fake, concurrency=8, page_size=50, max_items=120) == fake.ids()[:120]
    assert sorted(fake.requests) == [1, 2, 3]
    fake = FakeList(2000)
    assert await awalk(fake, concurrency=8, page_size=50, max_pages=2) == fake.ids()[:100]
    assert sorted(fake.requests) == [1, 2]


@pytest.mark.anyio
async def test_concurrent_walk_falls_back_to_one_page_at_a_time_when_the_list_changes() -> None:
    fake = FakeList(1000)
    before = fake.ids()
    fake.before[4] = lambda: fake.delete(0, 1, 2)
    with pytest.warns(ListChangedWarning):
        got = await awalk(fake, concurrency=4, page_size=50)
    assert set(before[3:]) <= set(got)
    assert len(got) == len(set(got))


@pytest.mark.anyio
@pytest.mark.parametrize("seed", range(6))
async def test_concurrent_walk_under_random_churn_yields_every_lasting_record_once(seed: int) -> None:
    fake = FakeList(400, seed=seed)
    lasting = set(fake.ids())
    rng = random.Random(seed)

    def churn() -> None:
        if rng.random() < 0.3:
            fake.insert(rng.randrange(0, 15))
        if fake.records and rng.random() < 0.3:
            doomed = rng.sample(range(len(fake.records)), min(len(fake.records), rng.randrange(1, 15)))
            lasting.difference_update(fake.records[position]["id"] for position in doomed)
            fake.delete(*doomed)

    fake.every = churn
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ListChangedWarning)
        got = await awalk(fake, concurrency=3, page_size=20)
    assert len(got) == len(set(got))
    assert lasting <= set(got)


@pytest.mark.anyio
async def test_an_error_in_a_prefetched_page_names_that_page_and_cancels_the_rest() -> None:
    fake = FakeList(1000)
    fake.answer[5] = lambda request: httpx.Response(403, json={"error_code": "permission_denied"})
    fake.delay_of = lambda number: 5.0 if number > 5 else 0.0  # still on their way when page 5 fails
    with pytest.raises(PermissionDeniedError, match="page 5 of list_invoices"):
        await awalk(fake, concurrency=4, page_size=50)
    assert await fetches_left() == []


@pytest.mark.anyio
async def test_stopping_early_cancels_the_pages_being_fetched() -> None:
    fake = FakeList(1000)
    fake.delay = 0.01
    walker = apaginate(
        list_invoices, client=fake.async_client(), business_id=BUSINESS, page_size=50, concurrency=4
    )
    async for _ in walker:
        break
    await walker.aclose()  # type: ignore[attr-defined]
    assert await fetches_left() == []
    assert len(fake.requests) <= 5
