"""`sync` and `asyncio` of every operation return its success model or raise, whatever the client."""

from __future__ import annotations

import asyncio
import typing
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest
from thred_client import AuthenticatedClient, Client
from thred_client.api.invoices import list_invoices
from thred_client.errors import UnexpectedStatus
from thred_client.exceptions import AuthenticationError, NotFoundError

from tests import spec_walk
from tests.sandbox import Fault, Sandbox, SandboxConfig, running_sandbox
from tests.test_validation import ENTRIES, module, operations

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
UNKNOWN_BUSINESS = UUID("00000000-0000-4000-8000-000000000404")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=19, invoices=4, credits=1)) as running:
        yield running


def call(mode: str, client: Any, business_id: UUID) -> Any:
    if mode == "sync":
        return list_invoices.sync(business_id, client=client)

    async def main() -> Any:
        async with client:
            return await list_invoices.asyncio(business_id, client=client)

    return asyncio.run(main())


def success_schema(operation_id: str) -> str:
    for item in spec_walk.spec()["paths"].values():
        for operation in item.values():
            if operation["operationId"] == operation_id:
                (status,) = [code for code in operation["responses"] if str(code).startswith("2")]
                content = operation["responses"][status]["content"]["application/json"]["schema"]
                return str(content["$ref"].rsplit("/", 1)[-1])
    raise LookupError(operation_id)


@pytest.mark.parametrize("operation_id", [operation_id for operation_id, _ in operations()])
def test_sync_and_asyncio_are_typed_as_the_success_model(operation_id: str) -> None:
    operation = module(operation_id)
    for entry in ("sync", "asyncio"):
        returned = typing.get_type_hints(getattr(operation, entry))["return"]
        assert returned.__name__ == success_schema(operation_id)


@pytest.mark.parametrize("operation_id", [operation_id for operation_id, _ in operations()])
def test_the_docstrings_say_what_a_call_raises(operation_id: str) -> None:
    operation = module(operation_id)
    for entry in ENTRIES:
        doc = getattr(operation, entry).__doc__ or ""
        assert "APITimeoutError" in doc and "APIStatusError" in doc and "APIResponseValidationError" in doc
        assert "httpx.TimeoutException: If the request" not in doc


@MODES
def test_a_plain_client_gets_typed_errors(sandbox: Sandbox, mode: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        call(
            mode, AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.mint_token()), UNKNOWN_BUSINESS
        )
    assert caught.value.status_code == 404
    with pytest.raises(AuthenticationError):
        call(mode, Client(base_url=sandbox.base_url), UUID(sandbox.business_id))


@MODES
def test_an_undocumented_status_raises_whatever_the_client_says(sandbox: Sandbox, mode: str) -> None:
    client = AuthenticatedClient(
        base_url=sandbox.base_url, token=sandbox.mint_token(), raise_on_unexpected_status=False
    )
    sandbox.faults.script([Fault.restatus(202)], operation="list_invoices")
    with pytest.raises(UnexpectedStatus) as caught:
        call(mode, client, UUID(sandbox.business_id))
    assert caught.value.status_code == 202
