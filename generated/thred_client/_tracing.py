# Copied from overlays/thred_client/_tracing.py by tools/codegen.py: edit that file, never this copy.
"""OpenTelemetry spans for calls, list walks and token renewals: every tracing decision is here.

Spans are made when the `opentelemetry` API can be imported and the application has set a tracer
provider (`opentelemetry.trace.set_tracer_provider`, or the SDK's auto-configuration); the service
writes no code for them. `THRED_TRACING=0` (or `false`, `off`, `no`) turns them off. Without the API,
without a provider, or turned off, each hook below returns None at once (0.2 to 2 µs, against the
milliseconds of a call): nothing is built or attached.

The spans, and their attributes (every text value passes through `_redact.scrub_text` first, and no
header, body or query string is ever read):

- `thred.<operation>` (kind CLIENT), one per call, with its retries and any token renewal inside:
  `thred.operation`, `http.request.method`, `url.full` (without query), `server.address`,
  `server.port`, `http.response.status_code`, `thred.retries`, `thred.request_id`, `thred.business_id`;
  on failure `error.type` and an error status with the (scrubbed) message.
- `thred.paginate <operation>` (INTERNAL), one per walk, the parent of its calls, those fetched ahead
  concurrently too: `thred.operation`, `thred.pagination.pages` (pages fetched),
  `thred.pagination.records` (records handed out), `thred.pagination.concurrency`,
  `thred.pagination.page_size`, `thred.business_id`.
- `thred.token_renewal` (INTERNAL), one per token request, the parent of its call:
  `thred.token` (which token), `thred.token.reason` (none yet, expiring, refused).

httpx's own instrumentation (opentelemetry-instrumentation-httpx) goes on working underneath: its
span for each attempt is a child of the call's span.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from types import ModuleType
from typing import TYPE_CHECKING

import httpx

from ._redact import scrub_text
from ._request_id import request_id as header_request_id
from ._version import __version__
from .log import safe_url

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer

__all__ = [
    "BUSINESS_ID",
    "ENV_VAR",
    "OPERATION",
    "CallSpan",
    "WalkSpan",
    "note_retries",
    "renewal",
    "start_call",
    "tracer",
    "walk",
]

ENV_VAR = "THRED_TRACING"
# The request extensions the generated operations set: which operation, for which business.
OPERATION = "thred_operation"
BUSINESS_ID = "thred_business_id"

_OFF = frozenset({"0", "false", "off", "no"})
_INSTRUMENTATION = "thred_client"

_api: ModuleType | None = None
_imported = False
_cached: tuple[object, Tracer] | None = None


def _trace_api() -> ModuleType | None:
    global _api, _imported
    if not _imported:
        _imported = True
        try:
            from opentelemetry import trace
        except ImportError:
            trace = None  # type: ignore[assignment]
        _api = trace
    return _api


def tracer() -> Tracer | None:
    """The tracer to make spans with, or None: tracing is off, OpenTelemetry absent or unconfigured."""
    global _cached
    trace = _trace_api()
    if trace is None or os.environ.get(ENV_VAR, "").strip().lower() in _OFF:
        return None
    provider = trace.get_tracer_provider()
    # The API's own providers make only non-recording spans: not worth a context switch per call.
    if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return None
    cached = _cached
    if cached is None or cached[0] is not provider:
        cached = _cached = (provider, provider.get_tracer(_INSTRUMENTATION, __version__))
    return cached[1]


def _put(span: Span, name: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, str):
        span.set_attribute(name, scrub_text(value))
    elif isinstance(value, bool | int | float):
        span.set_attribute(name, value)
    else:
        span.set_attribute(name, scrub_text(str(value)))


def _failed(span: Span, error: BaseException) -> None:
    from opentelemetry.trace import Status, StatusCode

    _put(span, "error.type", type(error).__name__)
    span.set_status(Status(StatusCode.ERROR, scrub_text(str(error))))


class _Current:
    """A span made the current one (so that spans made meanwhile are its children), until `leave()`."""

    def __init__(self, span: Span) -> None:
        from opentelemetry import context, trace

        self.span = span
        self._token = context.attach(trace.set_span_in_context(span))

    def leave(self) -> None:
        from opentelemetry import context

        context.detach(self._token)


_call: ContextVar[CallSpan | None] = ContextVar("thred_call_span", default=None)


class CallSpan:
    """The span of one call while it runs; the retrying transport adds its retries to it."""

    def __init__(self, span: Span) -> None:
        self.retries = 0
        self._current = _Current(span)
        self._mine = _call.set(self)

    def finish(self, response: httpx.Response | None = None, error: BaseException | None = None) -> None:
        """End the span with the call's answer, or the error it raised."""
        span = self._current.span
        try:
            if span.is_recording():
                _put(span, "thred.retries", self.retries)
                status = response.status_code if response is not None else getattr(error, "status_code", None)
                _put(span, "http.response.status_code", status)
                found = header_request_id(response.headers) if response is not None else None
                _put(span, "thred.request_id", found or getattr(error, "request_id", None))
                if error is not None:
                    _failed(span, error)
        finally:
            span.end()
            _call.reset(self._mine)
            self._current.leave()


def start_call(request: httpx.Request) -> CallSpan | None:
    """The span of the call `request` starts, made current; None when there is no tracing."""
    tracer_ = tracer()
    if tracer_ is None:
        return None
    from opentelemetry.trace import SpanKind

    operation = request.extensions.get(OPERATION)
    name = f"thred.{operation}" if isinstance(operation, str) else f"thred {request.method}"
    span = tracer_.start_span(name, kind=SpanKind.CLIENT)
    if span.is_recording():
        url = request.url
        _put(span, "thred.operation", operation)
        _put(span, "http.request.method", request.method)
        _put(span, "url.full", safe_url(url))
        _put(span, "server.address", url.host)
        _put(span, "server.port", url.port)
        _put(span, "thred.business_id", request.extensions.get(BUSINESS_ID))
    return CallSpan(span)


def note_retries(retries: int) -> None:
    """Count `retries` to the span of the call being made, if there is one."""
    current = _call.get()
    if current is not None:
        current.retries += retries


class WalkSpan:
    """The span of a list walk: made current around each page it fetches, counting them."""

    def __init__(self, span: Span) -> None:
        self.span = span
        self.pages = 0

    @contextmanager
    def fetching(self) -> Iterator[None]:
        """The walk's span made current while one page is fetched (in the task fetching it)."""
        self.pages += 1
        current = _Current(self.span)
        try:
            yield
        finally:
            current.leave()


@contextmanager
def walk(
    operation: str,
    *,
    page_size: int,
    concurrency: int,
    business_id: object,
    records: Callable[[], int],
) -> Iterator[WalkSpan | None]:
    """The span of a walk, from its first page to its end; None when there is no tracing.

    Not made current across the walk: the caller's code runs between its pages, and its own spans
    are no children of the walk's.
    """
    tracer_ = tracer()
    if tracer_ is None:
        yield None
        return
    span = tracer_.start_span(f"thred.paginate {operation}")
    traced = WalkSpan(span)
    error: BaseException | None = None
    try:
        yield traced
    except GeneratorExit:  # the caller stopped early: not a failure
        raise
    except BaseException as raised:
        error = raised
        raise
    finally:
        if span.is_recording():
            _put(span, "thred.operation", operation)
            _put(span, "thred.pagination.pages", traced.pages)
            _put(span, "thred.pagination.records", records())
            _put(span, "thred.pagination.concurrency", concurrency)
            _put(span, "thred.pagination.page_size", page_size)
            _put(span, "thred.business_id", business_id)
            if error is not None:
                _failed(span, error)
        span.end()


@contextmanager
def renewal(token: str, reason: str) -> Iterator[None]:
    """The span of a token request, made current (its call is its child); nothing without tracing."""
    tracer_ = tracer()
    if tracer_ is None:
        yield
        return
    span = tracer_.start_span("thred.token_renewal")
    _put(span, "thred.token", token)
    _put(span, "thred.token.reason", reason)
    current = _Current(span)
    try:
        yield
    except BaseException as error:
        _failed(span, error)
        raise
    finally:
        span.end()
        current.leave()
