"""Bad input is refused before any request, with one message wherever it is given.

The entry points and the rules are read from openapi/thred.yaml: every operation, with its
`page_size` bounds, its UUID path parameters and its enum parameters.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import warnings
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any
from uuid import UUID

import pytest
import thred_client.api
from thred_client import AuthenticatedClient, ThredClient, apaginate, paginate
from thred_client.log import configure_from_env

from tests import spec_walk
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox


def operations() -> Iterator[tuple[str, dict[str, Any]]]:
    """(operationId, its parameters by name, $refs resolved) of every operation of the spec."""
    components = spec_walk.spec()["components"]["parameters"]
    for item in spec_walk.spec()["paths"].values():
        for operation in item.values():
            parameters = {}
            for parameter in operation.get("parameters", []):
                if "$ref" in parameter:
                    parameter = components[parameter["$ref"].rsplit("/", 1)[-1]]
                parameters[parameter["name"]] = parameter
            yield operation["operationId"], parameters


def module(operation_id: str) -> ModuleType:
    """The generated module of an operation, wherever its tag put it."""
    for info in pkgutil.walk_packages(thred_client.api.__path__, "thred_client.api."):
        if info.name.rsplit(".", 1)[-1] == operation_id:
            return importlib.import_module(info.name)
    raise LookupError(operation_id)


def with_parameter(predicate: Callable[[str, dict[str, Any]], bool]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (operation_id, name, parameter)
        for operation_id, parameters in operations()
        for name, parameter in parameters.items()
        if predicate(name, parameter)
    ]


PAGED = with_parameter(lambda name, _: name == "page_size")
UUID_PATHS = with_parameter(
    lambda _, parameter: (
        parameter["in"] == "path" and spec_walk.resolve(parameter["schema"]).get("format") == "uuid"
    )
)
ENUMS = with_parameter(lambda _, parameter: "enum" in spec_walk.resolve(parameter["schema"]))
ENTRIES = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=17, invoices=4, credits=1)) as running:
        yield running


def refused(entry: Callable[..., Any], *args: Any, **params: Any) -> str:
    """The message of the ValueError that calling `entry` raises (sync or async)."""
    with pytest.raises(ValueError) as caught:
        outcome = entry(*args, **params)
        if asyncio.iscoroutine(outcome):
            asyncio.run(outcome)
    return str(caught.value)


def arguments(
    sandbox: Sandbox, parameters: dict[str, Any], **override: Any
) -> tuple[list[Any], dict[str, Any]]:
    """Valid path arguments for an operation's parameters, with `override` applied."""
    path = [
        override.pop(name, UUID(sandbox.business_id)) for name, p in parameters.items() if p["in"] == "path"
    ]
    return path, override


def client(sandbox: Sandbox) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.mint_token())


@pytest.mark.parametrize(("operation_id", "name", "parameter"), PAGED, ids=[p[0] for p in PAGED])
def test_page_size_outside_its_bounds_is_refused_everywhere(
    sandbox: Sandbox, operation_id: str, name: str, parameter: dict[str, Any]
) -> None:
    schema = spec_walk.resolve(parameter["schema"])
    low, high = schema["minimum"], schema["maximum"]
    operation = module(operation_id)
    _, parameters = next(item for item in operations() if item[0] == operation_id)
    for value in (low - 1, high + 1, -1, 1000, "20", 2.5, True):
        messages = set()
        for entry in ENTRIES:
            path, params = arguments(sandbox, parameters, page_size=value)
            messages.add(refused(getattr(operation, entry), *path, client=client(sandbox), **params))
        assert messages == {f"page_size must be a whole number from {low} to {high}, not {value!r}"}
    # The bounds themselves are fine.
    for value in (low, high):
        path, params = arguments(sandbox, parameters, page_size=value)
        operation.sync(*path, client=client(sandbox), **params)
    assert sandbox.log.count(operation_id) == 2


CLIENT_MESSAGE = "client must be a ThredClient (or a generated Client or AuthenticatedClient), not {}"


@pytest.mark.parametrize("operation_id", [item[0] for item in operations()])
def test_a_client_that_is_no_client_is_refused_everywhere_by_its_type_alone(
    sandbox: Sandbox, operation_id: str
) -> None:
    operation = module(operation_id)
    token = sandbox.mint_token()
    for wrong in (None, token, sandbox.base_url):
        for entry in ENTRIES:
            function = getattr(operation, entry)
            # Every other argument left None: the client is checked before them.
            others = {
                name: None
                for name, parameter in inspect.signature(function).parameters.items()
                if parameter.default is inspect.Parameter.empty and name != "client"
            }
            with pytest.raises(TypeError) as caught:
                outcome = function(client=wrong, **others)
                if asyncio.iscoroutine(outcome):
                    asyncio.run(outcome)
            assert str(caught.value) == CLIENT_MESSAGE.format(type(wrong).__name__)
            assert token not in str(caught.value)
    # The pagination helpers give the same message.
    with pytest.raises(TypeError) as caught:
        paginate(module("list_invoices"), client=token, business_id=UUID(sandbox.business_id))  # type: ignore[arg-type]
    assert str(caught.value) == CLIENT_MESSAGE.format("str")
    assert sandbox.log.count() == 0


BAD_UUIDS = ["acme", "", "917ca926-051c-4040-a19a-6fad471aeb8", 42]


@pytest.mark.parametrize(("operation_id", "name", "parameter"), UUID_PATHS, ids=[p[0] for p in UUID_PATHS])
def test_a_path_id_that_is_not_a_uuid_is_refused_everywhere(
    sandbox: Sandbox, operation_id: str, name: str, parameter: dict[str, Any]
) -> None:
    operation = module(operation_id)
    _, parameters = next(item for item in operations() if item[0] == operation_id)
    for value in BAD_UUIDS:
        messages = set()
        for entry in ENTRIES:
            path, params = arguments(sandbox, parameters, **{name: value})
            messages.add(refused(getattr(operation, entry), *path, client=client(sandbox), **params))
        (message,) = messages
        assert message.startswith(f"{name} must be a UUID") and message.endswith(f"not {value!r}")
    assert sandbox.log.count() == 0


@pytest.mark.parametrize("value", BAD_UUIDS[:2])
def test_thred_client_gives_the_same_message(value: str) -> None:
    operation = module("list_invoices")
    from_operation = refused(
        operation.sync, value, client=ThredClient(base_url="https://x.test", token="t0ken-1")
    )
    from_client = refused(ThredClient, base_url="https://x.test", token="t0ken-1", business_id=value)
    assert from_client == from_operation


# The pagination helpers check through the same functions (thred_client._validate).
@pytest.mark.parametrize("helper", [paginate, apaginate], ids=["paginate", "apaginate"])
@pytest.mark.parametrize(
    ("argument", "value"), [("page_size", 0), ("page_size", 1000), ("business_id", "acme")]
)
def test_the_pagination_helpers_give_the_same_messages(
    sandbox: Sandbox, helper: Any, argument: str, value: Any
) -> None:
    operation = module("list_invoices")
    params: dict[str, Any] = {"business_id": UUID(sandbox.business_id), argument: value}
    expected = refused(operation.sync, client=client(sandbox), **params)

    def walk() -> None:
        walker = helper(operation, client=client(sandbox), **params)
        if helper is paginate:
            list(walker)
        else:

            async def main() -> None:
                async for _ in walker:
                    pass

            asyncio.run(main())

    assert refused(walk) == expected
    assert sandbox.log.count() == 0


@pytest.mark.parametrize(("operation_id", "name", "parameter"), ENUMS, ids=[f"{p[0]}.{p[1]}" for p in ENUMS])
def test_an_enum_parameter_takes_its_documented_strings(
    sandbox: Sandbox, operation_id: str, name: str, parameter: dict[str, Any]
) -> None:
    operation = module(operation_id)
    _, parameters = next(item for item in operations() if item[0] == operation_id)
    documented = spec_walk.resolve(parameter["schema"])["enum"]
    for value in documented:
        path, params = arguments(sandbox, parameters, **{name: value})
        operation.sync(*path, client=client(sandbox), **params)
    queries = [record.query for record in sandbox.log.records(operation_id)]
    assert all(f"{name}={value}" in query for query, value in zip(queries, documented, strict=True))
    sandbox.log.clear()
    for entry in ENTRIES:
        path, params = arguments(sandbox, parameters, **{name: "newest"})
        message = refused(getattr(operation, entry), *path, client=client(sandbox), **params)
        assert message == f"{name} must be one of {', '.join(map(repr, documented))}, not 'newest'"
    assert sandbox.log.count() == 0


@pytest.mark.parametrize("url", ["api.example.com", "sandbox.thredfi.com/v1", "localhost:8000"])
def test_a_base_url_without_scheme_says_so(url: str) -> None:
    with pytest.raises(ValueError, match=r"has no scheme: write it as 'https://"):
        ThredClient(base_url=url, token="t0ken-1")


def test_an_unknown_thred_log_warns_once_naming_the_accepted_values() -> None:
    with pytest.warns(UserWarning, match=r"THRED_LOG='bogus' is not one of debug, info") as caught:
        assert configure_from_env({"THRED_LOG": "bogus"}) is None
    assert len(caught) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert configure_from_env({"THRED_LOG": "bogus"}) is None  # once is enough
        assert configure_from_env({"THRED_LOG": ""}) is None  # unset says nothing
