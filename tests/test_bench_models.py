"""The readers of the model benchmark (benchmarks/models.py) read every field the spec declares for an
invoice, once, for every peer alike: no peer is read less than another."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.spec_walk import fields, schema_named

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow  # generates the peers and renders a page: a few seconds

Path_ = tuple[str, ...]


def load_harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_models", ROOT / "benchmarks" / "models.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


harness = load_harness()

# The peers whose generator this environment has (the bench session has all; the tests session has
# openapi-python-client but not datamodel-code-generator).
GENERATORS = {"oapc": "openapi_python_client", "pydantic": "datamodel_code_generator"}
PEERS = [
    pytest.param(
        peer,
        marks=pytest.mark.skipif(
            peer in GENERATORS and importlib.util.find_spec(GENERATORS[peer]) is None,
            reason=f"{GENERATORS.get(peer)} is not installed here (it is in the bench session)",
        ),
    )
    for peer in ("json", "thred_client", "oapc", "pydantic")
]
AVAILABLE = [str(param.values[0]) for param in PEERS if not any(mark.args[0] for mark in param.marks)]


def reference(member: dict[str, Any]) -> str | None:
    """The component schema a property's object, or its list's items, is."""
    for candidate in (member, *member.get("anyOf", ()), member.get("items") or {}):
        if "$ref" in candidate:
            return str(candidate["$ref"]).rsplit("/", 1)[-1]
    return None


def spec_fields(schema: str, names: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every field under `schema`, as the path of the peer's names that reaches it ("[]": an item)."""
    mapping = names(schema)
    for key, member in schema_named(schema)["properties"].items():
        path = (*prefix, mapping[key])
        yield path
        nested = reference(member)
        if nested is not None:
            yield from spec_fields(nested, names, (*path, "[]") if "items" in member else path)


class Attributes:
    """Any value a model reader meets: logs each attribute read of it, and holds one item."""

    __slots__ = ("_log", "_path")

    def __init__(self, log: list[Path_], path: Path_) -> None:
        self._log, self._path = log, path

    def __getattr__(self, name: str) -> Attributes:
        self._log.append((*self._path, name))
        return Attributes(self._log, (*self._path, name))

    def __iter__(self) -> Iterator[Attributes]:
        yield Attributes(self._log, (*self._path, "[]"))


class Keys(Attributes):
    """The same for a dict reader: `value[key]` and `value.get(key)`."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Keys:
        self._log.append((*self._path, key))
        return Keys(self._log, (*self._path, key))

    def get(self, key: str) -> Keys:
        return self[key]

    def __iter__(self) -> Iterator[Keys]:
        yield Keys(self._log, (*self._path, "[]"))


@pytest.fixture(scope="module")
def peers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Each peer's decoder, its generated models imported from a temporary directory."""
    directory = tmp_path_factory.mktemp("peers")
    harness.generate_peers(directory, tuple(peer for peer in AVAILABLE if peer in GENERATORS))
    modules = set(sys.modules)
    yield {peer: harness.load_peer(peer, directory) for peer in AVAILABLE}
    for name in set(sys.modules) - modules:
        if name.startswith((harness.OAPC_PACKAGE, harness.PYDANTIC_MODULE)):
            del sys.modules[name]
    if str(directory) in sys.path:
        sys.path.remove(str(directory))


def reads(decoder: Any, reading: str) -> list[Path_]:
    log: list[Path_] = []
    value = (Attributes if decoder.attributes else Keys)(log, ())
    decoder.reader(reading)([value])
    return log


@pytest.mark.parametrize("peer", PEERS)
def test_the_full_reader_reads_each_spec_field_of_an_invoice_once(peer: str, peers: dict[str, Any]) -> None:
    decoder = peers[peer]
    expected = list(spec_fields("Invoice", decoder.names))
    assert sorted(reads(decoder, "every")) == sorted(expected)
    assert len(set(expected)) == len(expected)  # no two JSON keys read through one attribute


def test_every_peer_reads_as_many_fields(peers: dict[str, Any]) -> None:
    counts = {peer: len(reads(decoder, "every")) for peer, decoder in peers.items()}
    assert len(set(counts.values())) == 1, counts


@pytest.mark.parametrize("peer", PEERS)
def test_the_other_readers_read_three_fields_and_nothing(peer: str, peers: dict[str, Any]) -> None:
    decoder = peers[peer]
    names = decoder.names("Invoice")
    assert reads(decoder, "three") == [(names[key],) for key in ("id", "status", "total_amount")]
    assert reads(decoder, "none") == []


@pytest.mark.parametrize("peer", PEERS)
def test_readers_run_on_the_stand_ins_page(peer: str, peers: dict[str, Any], page: bytes) -> None:
    """A name a peer's models lack would raise here: the page holds every nested kind of record."""
    decoder = peers[peer]
    results = decoder.decode(page)
    assert len(results) == len(json.loads(page)["results"]) == harness.PAGE_SIZE
    for reading in harness.READINGS:
        decoder.reader(reading)(results)


def test_the_page_holds_every_field_of_an_invoice(page: bytes) -> None:
    """...so that the test above reaches every name, nested ones too, on every peer's models."""
    sent = {
        tuple("[]" if isinstance(part, int) else part for part in found.path[2:])
        for found in fields(schema_named("InvoicePage"), json.loads(page))
        if len(found.path) > 2
    }
    assert sent == set(spec_fields("Invoice", harness.same_keys))


@pytest.fixture(scope="module")
def page() -> bytes:
    return bytes(harness.page_body())
