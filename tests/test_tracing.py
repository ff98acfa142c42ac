"""OpenTelemetry spans against the stand-in, read back from the SDK's in-memory exporter: one span per
call (its token renewal inside it), one per walk above its calls, no secret in any attribute, and
httpx's own instrumentation still working under the retrying transport."""

from __future__ import annotations

import asyncio
import base64
import itertools
import warnings
from collections.abc import Iterator, Sequence
from typing import Any
from uuid import UUID

import pytest

pytest.importorskip("opentelemetry.sdk")

from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from thred_client import apaginate_pages, paginate_pages
from thred_client.api.invoices import list_invoices
from thred_client.errors import ThredError
from thred_client.exceptions import NotFoundError

from tests.client_support import sandbox_client
from tests.sandbox import Sandbox, SandboxConfig, running_sandbox
from tests.test_secrets import PATHS, PLANTED_TOKEN, SecretRecorder, client_for, resolve

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
PAGE_SIZE = 20


@pytest.fixture(scope="module")
def exporter() -> Iterator[InMemorySpanExporter]:
    """The process's tracer provider (set once: OpenTelemetry allows no second), exporting here."""
    found = InMemorySpanExporter()
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):
        provider = TracerProvider()
        trace.set_tracer_provider(provider)
    provider.add_span_processor(SimpleSpanProcessor(found))
    yield found
    found.shutdown()


@pytest.fixture
def spans(exporter: InMemorySpanExporter) -> Iterator[InMemorySpanExporter]:
    exporter.clear()
    yield exporter
    exporter.clear()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=21, invoices=130, credits=3)) as running:
        yield running


def named(found: Sequence[ReadableSpan], name: str) -> list[ReadableSpan]:
    return [span for span in found if span.name == name]


def parent_of(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent is not None else None


def span_id(span: ReadableSpan) -> int:
    assert span.context is not None
    return span.context.span_id


def call_span(mode: str, client: Any, business: UUID, **params: Any) -> Any:
    if mode == "sync":
        return list_invoices.sync_detailed(business, client=client, **params)

    async def main() -> Any:
        try:
            return await list_invoices.asyncio_detailed(business, client=client, **params)
        finally:
            await client.aclose()

    return asyncio.run(main())


@MODES
def test_a_call_makes_a_span_with_its_renewal_and_retries_inside(
    sandbox: Sandbox, spans: InMemorySpanExporter, mode: str
) -> None:
    client = sandbox_client(sandbox, max_retries=2)
    sandbox.faults.script(["503"], operation="list_invoices")
    business = UUID(sandbox.business_id)
    response = call_span(mode, client, business, page_size=5, status="sent")

    found = spans.get_finished_spans()
    (call,) = named(found, "thred.list_invoices")
    (renewal,) = named(found, "thred.token_renewal")
    (token_call,) = named(found, "thred.create_partner_token")
    served = sandbox.log.records("list_invoices")[-1]
    assert call.kind == SpanKind.CLIENT
    assert dict(call.attributes or {}) == {
        "thred.operation": "list_invoices",
        "http.request.method": "GET",
        "url.full": sandbox.base_url + served.path,
        "server.address": "127.0.0.1",
        "server.port": int(sandbox.base_url.rpartition(":")[2]),
        "thred.business_id": sandbox.business_id,
        "http.response.status_code": 200,
        "thred.retries": 1,
        "thred.request_id": response.request_id,
    }
    assert response.request_id
    assert call.status.status_code == StatusCode.UNSET
    # The renewal the call needed is inside it, and the token request inside the renewal.
    assert parent_of(renewal) == span_id(call)
    assert parent_of(token_call) == span_id(renewal)
    assert (renewal.attributes or {})["thred.token.reason"] == "none yet"
    assert (token_call.attributes or {})["http.response.status_code"] == 200
    assert parent_of(call) is None


@MODES
def test_a_failed_call_marks_its_span(sandbox: Sandbox, spans: InMemorySpanExporter, mode: str) -> None:
    client = sandbox_client(sandbox)
    with pytest.raises(NotFoundError) as caught:
        call_span(mode, client, UUID(sandbox.business_id), page=99, page_size=5)
    (call,) = named(spans.get_finished_spans(), "thred.list_invoices")
    attributes = call.attributes or {}
    assert call.status.status_code == StatusCode.ERROR
    assert attributes["error.type"] == "NotFoundError"
    assert attributes["http.response.status_code"] == 404
    assert attributes["thred.request_id"] == caught.value.request_id
    assert "page=99" not in str(attributes["url.full"])


def test_a_concurrent_walk_is_the_parent_of_every_call(sandbox: Sandbox, spans: InMemorySpanExporter) -> None:
    client = sandbox_client(sandbox)
    business = UUID(sandbox.business_id)
    client.get_httpx_client()  # the token first, so that only the walk's calls are counted below
    list_invoices.sync(business, client=client, page_size=1)
    spans.clear()
    sandbox.log.clear()
    sandbox.faults.latency = 0.05  # pages in flight at once overlap in time

    async def main() -> list[Any]:
        try:
            walk = apaginate_pages(
                list_invoices, client=client, business_id=business, page_size=PAGE_SIZE, concurrency=4
            )
            return [page async for page in walk]
        finally:
            await client.aclose()

    pages = asyncio.run(main())
    found = spans.get_finished_spans()
    (walk,) = named(found, "thred.paginate list_invoices")
    calls = named(found, "thred.list_invoices")
    fetched = sandbox.log.count("list_invoices")
    records = sum(len(page.items) for page in pages)
    assert dict(walk.attributes or {}) == {
        "thred.operation": "list_invoices",
        "thred.pagination.pages": fetched,
        "thred.pagination.records": records,
        "thred.pagination.concurrency": 4,
        "thred.pagination.page_size": PAGE_SIZE,
        "thred.business_id": sandbox.business_id,
    }
    assert records == len(sandbox.business.invoices)
    assert len(calls) == fetched > 4
    assert {parent_of(call) for call in calls} == {span_id(walk)}
    assert {call.context.trace_id for call in calls if call.context} == {
        walk.context.trace_id if walk.context else 0
    }
    # Fetched ahead: some call began before the one before it ended.
    ordered = sorted(calls, key=lambda span: span.start_time or 0)
    assert any((b.start_time or 0) < (a.end_time or 0) for a, b in itertools.pairwise(ordered))
    # Each page names its request, as its call's span does.
    assert {page.request_id for page in pages} <= {
        (call.attributes or {})["thred.request_id"] for call in calls
    }


def test_a_sync_walk_and_its_pages(sandbox: Sandbox, spans: InMemorySpanExporter) -> None:
    client = sandbox_client(sandbox)
    business = UUID(sandbox.business_id)
    pages = list(paginate_pages(list_invoices, client=client, business_id=business, page_size=50))
    found = spans.get_finished_spans()
    (walk,) = named(found, "thred.paginate list_invoices")
    calls = named(found, "thred.list_invoices")
    assert {parent_of(call) for call in calls} == {span_id(walk)}
    assert [page.request_id for page in pages] == [
        (call.attributes or {})["thred.request_id"] for call in calls
    ]
    assert (walk.attributes or {})["thred.pagination.concurrency"] == 1
    # The token renewal of the first page is inside that page's call.
    (renewal,) = named(found, "thred.token_renewal")
    assert parent_of(renewal) == span_id(calls[0])


def test_the_code_of_the_loop_is_no_child_of_the_walk(sandbox: Sandbox, spans: InMemorySpanExporter) -> None:
    client = sandbox_client(sandbox)
    tracer = trace.get_tracer("tests")
    for page in paginate_pages(list_invoices, client=client, business_id=sandbox.business_id, page_size=50):
        with tracer.start_as_current_span(f"handle page {page.number}"):
            pass
    found = spans.get_finished_spans()
    assert named(found, "thred.paginate list_invoices")
    handled = [span for span in found if span.name.startswith("handle page")]
    assert len(handled) == 3
    assert all(parent_of(span) is None for span in handled)


def test_thred_tracing_0_turns_the_spans_off(
    sandbox: Sandbox, spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = sandbox_client(sandbox)
    list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=1)
    assert named(spans.get_finished_spans(), "thred.list_invoices")
    spans.clear()
    monkeypatch.setenv("THRED_TRACING", "0")
    list(paginate_pages(list_invoices, client=client, business_id=sandbox.business_id, page_size=50))
    assert sandbox.log.count("list_invoices") > 1
    assert spans.get_finished_spans() == ()


def every_text(found: Sequence[ReadableSpan]) -> list[str]:
    texts: list[str] = []
    for span in found:
        texts += [span.name, str(span.status.description or "")]
        texts += [str(value) for value in (span.attributes or {}).values()]
        texts += [str(value) for event in span.events for value in (event.attributes or {}).values()]
    return texts


@MODES
@pytest.mark.parametrize("path", list(PATHS))
def test_no_span_holds_a_secret(sandbox: Sandbox, spans: InMemorySpanExporter, mode: str, path: str) -> None:
    setup, raw_options = PATHS[path]
    options, params = resolve(sandbox, raw_options)
    recorder = SecretRecorder()
    client = client_for(sandbox, recorder, **options)
    setup(sandbox)
    with pytest.raises(ThredError):
        call_span(mode, client, UUID(sandbox.business_id), page_size=5, **params)
    key = options.get("api_key", sandbox.api_key)
    basic = base64.b64encode(f"{options.get('partner_id', sandbox.partner_id)}:{key}".encode()).decode()
    secrets = {key, basic, PLANTED_TOKEN, *recorder.secrets(), *recorder.tokens}
    found = spans.get_finished_spans()
    assert named(found, "thred.list_invoices") or named(found, "thred.token_renewal")
    leaks = {secret[:12] for secret in secrets for text in every_text(found) if secret in text}
    assert not leaks, f"spans hold secrets starting {sorted(leaks)}"


@MODES
def test_secrets_in_the_query_and_headers_reach_no_span(
    sandbox: Sandbox, spans: InMemorySpanExporter, mode: str
) -> None:
    recorder = SecretRecorder()
    client = client_for(sandbox, recorder).with_options(headers={"X-Api-Key": sandbox.api_key})
    # A secret pasted into a filter by mistake travels in the query string, which no span holds.
    response = call_span(mode, client, UUID(sandbox.business_id), page_size=5, memo_contains=PLANTED_TOKEN)
    assert response.status_code == 200
    secrets = {sandbox.api_key, PLANTED_TOKEN, *recorder.secrets(), *recorder.tokens}
    found = spans.get_finished_spans()
    assert len(found) >= 3
    assert not {secret[:12] for secret in secrets for text in every_text(found) if secret in text}


def test_httpx_instrumentation_works_under_the_retrying_transport(
    sandbox: Sandbox, spans: InMemorySpanExporter
) -> None:
    instrumentation = pytest.importorskip("opentelemetry.instrumentation.httpx")
    instrumentor = instrumentation.HTTPXClientInstrumentor()
    instrumentor.instrument()
    try:
        client = sandbox_client(sandbox, max_retries=2)
        sandbox.faults.script(["503"], operation="list_invoices")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            list_invoices.sync(UUID(sandbox.business_id), client=client, page_size=5)
    finally:
        instrumentor.uninstrument()
    found = spans.get_finished_spans()
    (call,) = named(found, "thred.list_invoices")
    (token_call,) = named(found, "thred.create_partner_token")
    attempts = [span for span in found if span.kind == SpanKind.CLIENT and not span.name.startswith("thred")]
    # One span per attempt (the 503, its retry, and the token request), each inside its call's span.
    under_call = [span for span in attempts if parent_of(span) == span_id(call)]
    under_token = [span for span in attempts if parent_of(span) == span_id(token_call)]
    assert len(under_call) == 2
    assert len(under_token) == 1
    assert len(attempts) == 3
    statuses = sorted(
        (span.attributes or {}).get(
            "http.response.status_code", (span.attributes or {}).get("http.status_code")
        )
        for span in under_call
    )
    assert statuses == [200, 503]
