"""The pagination helpers end to end against the stand-in: every list operation the package
has, the production client, and the bound on the pages held in memory."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import pkgutil
import uuid
import weakref
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
import thred_client.api
from thred_client import AuthenticatedClient, RetryPolicy, ThredClient
from thred_client.exceptions import NotFoundError
from thred_client.models import Invoice, InvoicePage
from thred_client.pagination import apaginate, paginate, paginate_pages

from tests.sandbox import Sandbox, SandboxConfig, running_sandbox

SEED = 11


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=SEED, invoices=1234, credits=345)) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.mint_token())


def list_operations() -> list[ModuleType]:
    """Every module of thred_client.api whose sync_detailed and asyncio_detailed take page and page_size."""
    found = []
    for info in pkgutil.walk_packages(thred_client.api.__path__, "thred_client.api."):
        module = importlib.import_module(info.name)
        functions = [getattr(module, name, None) for name in ("sync_detailed", "asyncio_detailed")]
        if all(
            callable(function) and {"page", "page_size"} <= inspect.signature(function).parameters.keys()
            for function in functions
        ):
            found.append(module)
    return found


OPERATIONS = list_operations()


def required_arguments(operation: ModuleType, sandbox: Sandbox) -> dict[str, Any]:
    """Values for the operation's required parameters other than `client`, known by name."""
    known = {"business_id": uuid.UUID(sandbox.business_id)}
    arguments = {}
    for name, parameter in inspect.signature(operation.sync_detailed).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        if name not in known:
            pytest.fail(f"{operation.__name__} requires {name!r}: give this test a value for it")
        arguments[name] = known[name]
    return arguments


def raw_ids(operation: ModuleType, sandbox: Sandbox, arguments: dict[str, Any]) -> list[str]:
    """The ids of every record, walked with plain httpx and json.loads: the reference for the helpers."""
    ids: list[str] = []
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.auth_headers()) as http:
        number = 1
        while True:
            request = operation._get_kwargs(**arguments, page=number, page_size=100)
            body = json.loads(
                http.request(request["method"], request["url"], params=request["params"]).content
            )
            ids.extend(record["id"] for record in body["results"])
            if number >= body["page_info"]["total_pages"]:
                return ids
            number += 1


def test_the_package_has_list_operations_to_walk() -> None:
    names = {operation.__name__.rpartition(".")[2] for operation in OPERATIONS}
    assert {"list_invoices", "list_customer_credits"} <= names


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.__name__.rpartition(".")[2])
def test_every_list_operation_walks_end_to_end_sync(
    operation: ModuleType, sandbox: Sandbox, client: AuthenticatedClient
) -> None:
    arguments = required_arguments(operation, sandbox)
    expected = raw_ids(operation, sandbox, arguments)
    assert len(expected) > 100  # more than one page
    assert [str(record.id) for record in paginate(operation, client=client, **arguments)] == expected
    pages = list(paginate_pages(operation, client=client, **arguments, page_size=50))
    assert [page.number for page in pages] == list(range(1, -(-len(expected) // 50) + 1))
    assert [str(record.id) for page in pages for record in page.items] == expected


@pytest.mark.anyio
@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.__name__.rpartition(".")[2])
async def test_every_list_operation_walks_end_to_end_async(
    operation: ModuleType, concurrency: int, sandbox: Sandbox, client: AuthenticatedClient
) -> None:
    arguments = required_arguments(operation, sandbox)
    expected = raw_ids(operation, sandbox, arguments)
    got = [
        str(record.id)
        async for record in apaginate(operation, client=client, concurrency=concurrency, **arguments)
    ]
    assert got == expected


def test_filters_reach_the_server(sandbox: Sandbox, client: AuthenticatedClient) -> None:
    business = uuid.UUID(sandbox.business_id)
    paid = list(
        paginate(thred_client.api.invoices.list_invoices, client=client, business_id=business, status="paid")
    )
    assert paid
    assert {(invoice.status or "").lower() for invoice in paid} == {"paid"}


# -- the production client ----------------------------------------------------------------------


@pytest.fixture
def production_client(sandbox: Sandbox) -> Iterator[ThredClient]:
    client = ThredClient(
        base_url=sandbox.base_url,
        partner_id=sandbox.partner_id,
        api_key=sandbox.api_key,
        business_id=sandbox.business_id,
        retry=RetryPolicy(backoff=0.0),
    )
    yield client
    client.close()


@pytest.mark.anyio
async def test_the_production_client_walks_sync_and_async(
    sandbox: Sandbox, production_client: ThredClient, client: AuthenticatedClient
) -> None:
    from thred_client.api.customer_credits import list_customer_credits

    business = uuid.UUID(sandbox.business_id)
    expected = [
        str(credit.id) for credit in paginate(list_customer_credits, client=client, business_id=business)
    ]
    # A 503 on page 2: the client retries it, and the walk never sees it.
    sandbox.faults.script(["503"], operation="list_customer_credits")
    walked = [
        credit
        async for credit in apaginate(
            list_customer_credits, client=production_client, business_id=business, concurrency=3
        )
    ]
    assert [str(credit.id) for credit in walked] == expected
    assert sandbox.log.count("list_customer_credits", status=503) == 1
    assert [
        str(credit.id)
        for credit in paginate(list_customer_credits, client=production_client, business_id=business)
    ] == expected


def test_an_error_the_production_client_raises_keeps_its_class_and_names_the_page(
    sandbox: Sandbox, production_client: ThredClient
) -> None:
    from thred_client.api.invoices import list_invoices

    walk = paginate(
        list_invoices, client=production_client, business_id=uuid.UUID(sandbox.business_id), page_size=20
    )
    next(walk)
    sandbox.faults.script(["404"], operation="list_invoices")
    with pytest.raises(NotFoundError) as caught:
        list(walk)
    assert caught.value.page == 2  # type: ignore[attr-defined]
    assert caught.value.operation == "list_invoices"  # type: ignore[attr-defined]
    assert caught.value.__notes__ == ["(page 2 of list_invoices)"]
    assert str(caught.value) == caught.value.message


# -- memory: at most concurrency + 1 pages alive -----------------------------------------------


class Alive:
    """Counts the instances of a model class alive, and the most there have been at once."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, model: type[Any]) -> None:
        self.now = self.most = self.made = 0
        original = model.from_dict.__func__

        def from_dict(cls: type[Any], source: Any) -> Any:
            made = original(cls, source)
            self.now += 1
            self.made += 1
            self.most = max(self.most, self.now)
            weakref.finalize(made, self._gone)
            return made

        monkeypatch.setattr(model, "from_dict", classmethod(from_dict))

    @classmethod
    def items(cls, monkeypatch: pytest.MonkeyPatch, model: type[Any]) -> Alive:
        """Counts the `model`s read as items of lists (the records of a page), not through from_dict."""
        from thred_client import _model

        alive = cls.__new__(cls)
        alive.now = alive.most = alive.made = 0
        original = _model.model_list

        def model_list(item_model: type[Any], value: Any, path: Any) -> list[Any]:
            made = original(item_model, value, path)
            if item_model is model:
                for item in made:
                    alive.now += 1
                    alive.made += 1
                    alive.most = max(alive.most, alive.now)
                    weakref.finalize(item, alive._gone)
            return made

        monkeypatch.setattr(_model, "model_list", model_list)
        return alive

    def _gone(self) -> None:
        self.now -= 1


@pytest.fixture(scope="module")
def big_sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=SEED, invoices=3000, credits=0)) as running:
        yield running


@pytest.mark.anyio
@pytest.mark.parametrize("concurrency", [1, 3, 8])
async def test_an_async_walk_holds_at_most_concurrency_plus_one_pages(
    concurrency: int, big_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from thred_client.api.invoices import list_invoices

    client = AuthenticatedClient(base_url=big_sandbox.base_url, token=big_sandbox.mint_token())
    pages, invoices = Alive(monkeypatch, InvoicePage), Alive.items(monkeypatch, Invoice)
    walked = 0
    async for _ in apaginate(
        list_invoices,
        client=client,
        business_id=uuid.UUID(big_sandbox.business_id),
        page_size=25,
        concurrency=concurrency,
    ):
        walked += 1
        if walked == 1:
            await asyncio.sleep(0.2)  # time for the pages fetched ahead to arrive while this one is held
    assert walked == 3000 == invoices.made
    assert pages.made == 120
    assert pages.most <= concurrency + 1
    assert invoices.most <= (concurrency + 1) * 25
    if concurrency > 1:
        # It did fetch ahead: more pages at once than a one-page-at-a-time walk holds. (Their records
        # are made only when the walk reads them, in page order.)
        assert pages.most > 2


def test_a_sync_walk_holds_at_most_two_pages(big_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    from thred_client.api.invoices import list_invoices

    client = AuthenticatedClient(base_url=big_sandbox.base_url, token=big_sandbox.mint_token())
    pages, invoices = Alive(monkeypatch, InvoicePage), Alive.items(monkeypatch, Invoice)
    walked = sum(
        1
        for _ in paginate(
            list_invoices, client=client, business_id=uuid.UUID(big_sandbox.business_id), page_size=25
        )
    )
    assert walked == 3000 == invoices.made
    assert pages.made == 120
    assert pages.most <= 2
    assert invoices.most <= 2 * 25


# -- a plain client goes through the raising layer of ThredClient --------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_plain_clients_error_answer_is_raised_with_the_request_as_it_was_sent(
    sandbox: Sandbox, mode: str
) -> None:
    from thred_client.api.invoices import list_invoices
    from thred_client.exceptions import PermissionDeniedError

    # The partner's token, for another partner's business: 403 on page 1.
    client = AuthenticatedClient(
        base_url=sandbox.base_url, token=sandbox.mint_token(), headers={"X-Trace": "t1"}
    )
    params: dict[str, Any] = {"client": client, "business_id": uuid.UUID(sandbox.foreign_business_id)}
    with pytest.raises(PermissionDeniedError) as caught:
        if mode == "sync":
            list(paginate(list_invoices, **params))
        else:
            [invoice async for invoice in apaginate(list_invoices, **params)]
    error = caught.value
    assert error.request is not None and error.request.headers["x-trace"] == "t1"  # the request sent
    # Both are redacted copies of the request as sent (no credential), not rebuilt ones.
    assert error.response.request.headers["x-trace"] == "t1"
    assert error.response.request.url == error.request.url
    assert str(error) == error.message and error.__notes__ == ["(page 1 of list_invoices)"]
    # The client's own httpx clients are left as they were: they still return error answers.
    answer = client.get_httpx_client().get(f"/v1/platform/businesses/{sandbox.foreign_business_id}/invoices/")
    assert answer.status_code == 403
