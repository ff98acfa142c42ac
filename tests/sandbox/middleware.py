"""Raw ASGI wrapper that logs every request and applies queued faults.

It sits outside Starlette so it can do what an application cannot: close the
connection without any response, or send a body slowly or only in part.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import time
from collections.abc import Callable, Sequence

from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .config import ErrorShape
from .errors import envelope, json_bytes, request_id
from .faults import Fault, Faults
from .log import RequestLog, RequestRecord

SERIAL_KEY = "sandbox.serial"
"""Scope key holding the request's serial number (used for request ids)."""

# A stalled request never waits for a disconnect longer than this.
_MAX_WAIT = 300.0

_REASONS = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_MESSAGES = {
    429: "Request was throttled.",
    500: "A server error occurred.",
    502: "Bad gateway.",
    503: "Service temporarily unavailable.",
    504: "Gateway timeout.",
}


def _html_page(status: int) -> bytes:
    # What nginx in front of an application serves when the upstream fails.
    title = f"{status} {_REASONS.get(status, 'Error')}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    ).encode()


def _status_response(fault: Fault, shape: ErrorShape, serial: int) -> tuple[list[tuple[bytes, bytes]], bytes]:
    headers: list[tuple[bytes, bytes]] = []
    if fault.retry_after is not None:
        headers.append((b"retry-after", str(fault.retry_after).encode()))
    elif fault.retry_after_date is not None:
        # Rounded up so the date is never earlier than the promised delay.
        when = math.ceil(time.time() + fault.retry_after_date)
        headers.append((b"retry-after", email.utils.formatdate(when, usegmt=True).encode()))
    if fault.html:
        body = _html_page(fault.status)
        headers.append((b"content-type", b"text/html"))
    else:
        code = "throttled" if fault.status == 429 else "server_error" if fault.status >= 500 else "error"
        message = _MESSAGES.get(fault.status, "Injected error.")
        body = json_bytes(envelope(shape, fault.status, code, message, {}, serial))
        headers.append((b"content-type", b"application/json"))
    headers.append((b"content-length", str(len(body)).encode()))
    return headers, body


def _close_connection(receive: Receive) -> bool:
    """Close the client connection under the running request; False if impossible.

    ASGI has no "close without responding" message, so this reaches the
    transport through uvicorn's request cycle (the owner of ``receive``).
    """
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    close = getattr(transport, "close", None)
    if not callable(close):
        return False
    close()
    return True


async def _until_disconnect(receive: Receive, timeout: float) -> bool:
    """Wait until the client is gone; True if it left within ``timeout``."""

    async def watch() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    try:
        await asyncio.wait_for(watch(), timeout)
    except TimeoutError:
        return False
    return True


async def _read_body(receive: Receive) -> bytes:
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        body += message.get("body", b"")
        if not message.get("more_body", False):
            break
    return bytes(body)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that yields an already read body, then defers to the real one."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[Message, bytes]:
    """Run ``app`` to completion and return its response start message and body."""
    start: Message = {"type": "http.response.start", "status": 500, "headers": []}
    body = bytearray()

    async def send(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    await app(scope, receive, send)
    return start, bytes(body)


_MAINTENANCE_PAGE = (
    b"<html>\r\n<head><title>Maintenance</title></head>\r\n<body>\r\n"
    b"<center><h1>We'll be back soon.</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


async def _send_garbage(start: Message, body: bytes, fault: Fault, send: Send) -> None:
    """A success answer's status and headers, with a body that is not JSON; any other answer as it is."""
    if not 200 <= start["status"] < 300:
        await send(start)
        await send({"type": "http.response.body", "body": body})
        return
    content_type = b"application/json"
    if fault.garbage == "html":
        body, content_type = _MAINTENANCE_PAGE, b"text/html"
    elif fault.garbage == "truncated":
        body = body[: len(body) // 2]
    else:
        body = b""
    # Framed as whole: the Content-Length fits what is sent, so HTTP sees nothing wrong.
    headers = [
        (name, value)
        for name, value in start["headers"]
        if name.lower() not in (b"content-length", b"content-type")
    ]
    headers += [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _drip(start: Message, body: bytes, delay: float, receive: Receive, send: Send) -> None:
    """Send the answer one byte every ``delay`` seconds, until it is all sent or the client leaves."""
    await send(start)
    for position in range(len(body)):
        more = position < len(body) - 1
        await send({"type": "http.response.body", "body": body[position : position + 1], "more_body": more})
        if more and await _until_disconnect(receive, delay):
            return


def _with_request_id(start: Message, serial: int) -> Message:
    """Every answer names its request in `X-Request-ID`, as behind a request-id middleware; the error
    answers already do, with the id their envelope holds."""
    headers = list(start.get("headers", []))
    if any(name.lower() == b"x-request-id" for name, _ in headers):
        return start
    return {**start, "headers": [*headers, (b"x-request-id", request_id(serial).encode())]}


class SandboxMiddleware:
    """Logs each request, adds latency, and serves queued faults."""

    def __init__(
        self,
        app: ASGIApp,
        routes: Sequence[BaseRoute],
        faults: Faults,
        log: RequestLog,
        error_shape: Callable[[], ErrorShape],
    ) -> None:
        self.app = app
        self.routes = routes
        self.faults = faults
        self.log = log
        self.error_shape = error_shape

    def operation(self, scope: Scope) -> str | None:
        """The name of the route the request is for, if any."""
        for route in self.routes:
            match, _ = route.matches(scope)
            if match == Match.FULL:
                name = getattr(route, "name", None)
                return name if isinstance(name, str) else None
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        record = self.log.start(
            scope["method"],
            scope["path"],
            scope.get("query_string", b"").decode("latin-1"),
            self.operation(scope),
        )
        scope[SERIAL_KEY] = record.serial

        async def logged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
                message = _with_request_id(message, record.serial)
            await send(message)

        latency = self.faults.latency
        if latency > 0:
            await asyncio.sleep(latency)
        fault = self.faults.take(record.operation)
        if fault is None:
            await self.app(scope, receive, logged_send)
            return
        record.fault = fault.describe()
        await self._serve_fault(fault, record, scope, receive, logged_send)

    async def _serve_fault(
        self, fault: Fault, record: RequestRecord, scope: Scope, receive: Receive, send: Send
    ) -> None:
        if fault.kind == "status":
            headers, body = _status_response(fault, self.error_shape(), record.serial)
            await send({"type": "http.response.start", "status": fault.status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
        elif fault.kind == "drop":
            if _close_connection(receive):
                # Wait for uvicorn to notice, so it does not answer 500 on our behalf.
                await _until_disconnect(receive, 5.0)
            else:
                # Fallback: a started but unfinished response makes the server close.
                await send(
                    {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]}
                )
        elif fault.kind == "truncate":
            start, body = await _capture(self.app, scope, receive)
            await send(start)
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            if _close_connection(receive):
                await _until_disconnect(receive, 5.0)
        elif fault.kind == "stall":
            body = await _read_body(receive)
            if await _until_disconnect(receive, min(fault.seconds, _MAX_WAIT)):
                return  # the client gave up; nothing to answer
            await self.app(scope, _replay(body, receive), send)
        elif fault.kind == "garbage":
            start, body = await _capture(self.app, scope, receive)
            await _send_garbage(start, body, fault, send)
        elif fault.kind == "restatus":
            start, body = await _capture(self.app, scope, receive)
            await send({**start, "status": fault.status})
            await send({"type": "http.response.body", "body": body})
        elif fault.kind == "drip":
            start, body = await _capture(self.app, scope, receive)
            await _drip(start, body, fault.seconds, receive, send)
        else:  # slow_body
            start, body = await _capture(self.app, scope, receive)
            await send(start)
            size = math.ceil(len(body) / fault.chunks) or 1
            pieces = [body[i : i + size] for i in range(0, len(body), size)] or [b""]
            for number, piece in enumerate(pieces):
                if number:
                    await asyncio.sleep(fault.seconds)
                await send(
                    {"type": "http.response.body", "body": piece, "more_body": number < len(pieces) - 1}
                )
