"""Server-side fault injection: what to do to the next matching requests.

Faults are queued on the server (clients never have to send anything special)
and each queued fault is consumed by exactly one matching request.

String specs, for brevity in tests (``Fault.parse``)::

    "429"                      429, no Retry-After
    "429:retry-after=2"        429, Retry-After: 2 (delta seconds)
    "429:retry-after-date=2"   429, Retry-After as an HTTP-date 2 s after serving
    "503", "500:html"          that status, JSON envelope or a proxy's HTML page
    "drop"                     close the connection without any response
    "truncate"                 send headers and half the body, then close
    "stall:seconds=5"          wait 5 s (or until the client leaves), then answer normally
    "slow:delay=0.2:chunks=5"  answer normally, body in 5 chunks 0.2 s apart
    "garbage:html"             a success answer whose body is not JSON: a proxy's HTML page
    "garbage:truncated"        ... the first half of the JSON, framed as if whole (Content-Length fits)
    "garbage:empty"            ... no body at all
    "drip:delay=0.4"           answer normally, but one byte of the body every 0.4 s
    "restatus:status=202"      answer normally, but with status 202 (a status the spec does not list)

Besides the queue, ``Faults.outage`` serves one fault to every matching request for a while (a token
endpoint failing or stalling for a minute, say).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from .clock import Clock

FaultKind = Literal["status", "drop", "truncate", "stall", "slow_body", "garbage", "drip", "restatus"]
Garbage = Literal["html", "truncated", "empty"]
GARBAGE: tuple[Garbage, ...] = ("html", "truncated", "empty")

OPERATIONS = ("list_invoices", "list_customer_credits", "partner_token", "business_token")
"""Operation names a fault can be aimed at (the routes' names)."""


@dataclass(frozen=True)
class Fault:
    """One fault to serve instead of (or around) the normal response.

    Attributes:
        kind: What happens; see the module docstring.
        status: Status code of a ``status`` fault.
        retry_after: Retry-After in delta seconds.
        retry_after_date: Retry-After as an HTTP-date this many seconds after serving.
        html: Send a proxy-style HTML page instead of the JSON envelope.
        seconds: Stall duration, or delay between body chunks for ``slow_body``.
        chunks: Number of body chunks for ``slow_body``.
        garbage: What a ``garbage`` answer's body is instead of JSON.
    """

    kind: FaultKind
    status: int = 503
    retry_after: int | None = None
    retry_after_date: float | None = None
    html: bool = False
    seconds: float = 0.0
    chunks: int = 4
    garbage: Garbage = "html"

    @classmethod
    def rate_limited(cls, retry_after: int | None = 1, *, as_http_date: bool = False) -> Fault:
        """429 Too Many Requests, with Retry-After unless ``retry_after`` is None."""
        if as_http_date:
            return cls("status", 429, retry_after_date=None if retry_after is None else float(retry_after))
        return cls("status", 429, retry_after=retry_after)

    @classmethod
    def server_error(cls, status: int = 503, *, html: bool = False, retry_after: int | None = None) -> Fault:
        """A 5xx (or any) status with a JSON envelope or an HTML page."""
        return cls("status", status, retry_after=retry_after, html=html)

    @classmethod
    def drop(cls) -> Fault:
        """Close the connection without sending a response."""
        return cls("drop")

    @classmethod
    def truncate(cls) -> Fault:
        """Send the headers and half the body, then close the connection."""
        return cls("truncate")

    @classmethod
    def stall(cls, seconds: float) -> Fault:
        """Answer normally, but only after ``seconds`` (unless the client leaves first)."""
        return cls("stall", seconds=seconds)

    @classmethod
    def slow_body(cls, delay: float, chunks: int = 4) -> Fault:
        """Answer normally with the body sent in ``chunks`` pieces ``delay`` seconds apart."""
        return cls("slow_body", seconds=delay, chunks=max(1, chunks))

    @classmethod
    def undecodable(cls, garbage: Garbage = "html") -> Fault:
        """A success answer (the normal status and headers) whose body is not JSON."""
        return cls("garbage", garbage=garbage)

    @classmethod
    def drip(cls, delay: float) -> Fault:
        """Answer normally, but send the body one byte every ``delay`` seconds (until the client leaves)."""
        return cls("drip", seconds=delay)

    @classmethod
    def restatus(cls, status: int) -> Fault:
        """The normal answer, body and all (a token, say), under another ``status``."""
        return cls("restatus", status)

    @classmethod
    def parse(cls, spec: str) -> Fault:
        """Build a fault from a string spec (see the module docstring)."""
        head, *options = [part.strip() for part in spec.strip().split(":")]
        fault: Fault
        if head.isdigit():
            fault = cls("status", int(head))
        elif head == "drop":
            fault = cls("drop")
        elif head == "truncate":
            fault = cls("truncate")
        elif head == "stall":
            fault = cls("stall")
        elif head == "slow":
            fault = cls("slow_body")
        elif head == "garbage":
            fault = cls("garbage")
        elif head == "drip":
            fault = cls("drip")
        elif head == "restatus":
            fault = cls("restatus")
        else:
            raise ValueError(f"unknown fault {spec!r}")
        for option in options:
            key, _, value = option.partition("=")
            if fault.kind == "garbage" and key in GARBAGE and not value:
                fault = replace(fault, garbage=key)
            elif key == "status" and value:
                fault = replace(fault, status=int(value))
            elif key == "html" and not value:
                fault = replace(fault, html=True)
            elif key == "retry-after" and value:
                fault = replace(fault, retry_after=int(value))
            elif key == "retry-after-date" and value:
                fault = replace(fault, retry_after_date=float(value))
            elif key in ("seconds", "delay") and value:
                fault = replace(fault, seconds=float(value))
            elif key == "chunks" and value:
                fault = replace(fault, chunks=max(1, int(value)))
            else:
                raise ValueError(f"unknown option {option!r} in fault {spec!r}")
        return fault

    def describe(self) -> str:
        """Short text for the request log."""
        if self.kind == "status":
            return f"{self.status}{':html' if self.html else ''}"
        if self.kind in ("stall", "slow_body", "drip"):
            return f"{self.kind}:{self.seconds:g}"
        if self.kind == "garbage":
            return f"garbage:{self.garbage}"
        if self.kind == "restatus":
            return f"restatus:{self.status}"
        return self.kind


class Faults:
    """The runtime knobs of one sandbox; safe to change from any thread.

    Attributes:
        latency: Seconds added before handling every request.
    """

    def __init__(self, clock: Clock, token_lifetime: int) -> None:
        self._clock = clock
        self._token_lifetime = token_lifetime
        self._queue: list[tuple[str | None, Fault]] = []
        self._outages: list[tuple[str | None, Fault, float]] = []
        self._latency = 0.0
        self._lock = threading.Lock()

    @property
    def latency(self) -> float:
        """Seconds added before handling every request."""
        with self._lock:
            return self._latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("latency must be >= 0")
        with self._lock:
            self._latency = seconds

    def script(self, faults: Iterable[Fault | str], *, operation: str | None = None) -> None:
        """Queue faults for the next matching requests, one fault per request.

        ``operation`` limits them to one operation (see ``OPERATIONS``); None
        means any request. A request takes the first queued fault aimed at it.
        """
        if operation is not None and operation not in OPERATIONS:
            raise ValueError(f"operation must be one of {OPERATIONS}")
        parsed = [f if isinstance(f, Fault) else Fault.parse(f) for f in faults]
        with self._lock:
            self._queue.extend((operation, f) for f in parsed)

    def outage(self, fault: Fault | str, seconds: float, *, operation: str | None = None) -> None:
        """Serve ``fault`` to every request for ``operation`` (None: any) in the next ``seconds``
        (wall-clock time, which ``advance_clock`` does not move), before any queued fault."""
        if operation is not None and operation not in OPERATIONS:
            raise ValueError(f"operation must be one of {OPERATIONS}")
        parsed = fault if isinstance(fault, Fault) else Fault.parse(fault)
        with self._lock:
            self._outages.append((operation, parsed, time.monotonic() + seconds))

    def _in_outage(self, operation: str | None) -> Fault | None:
        now = time.monotonic()
        self._outages = [outage for outage in self._outages if outage[2] > now]
        for target, fault, _ in self._outages:
            if target is None or target == operation:
                return fault
        return None

    def take(self, operation: str | None) -> Fault | None:
        """The fault an outage serves ``operation``, else remove and return the first fault queued for
        it (server side)."""
        with self._lock:
            during = self._in_outage(operation)
            if during is not None:
                return during
            for position, (target, fault) in enumerate(self._queue):
                if target is None or target == operation:
                    del self._queue[position]
                    return fault
        return None

    def pending(self) -> int:
        """Faults still queued."""
        with self._lock:
            return len(self._queue)

    def clear(self) -> None:
        """Drop every queued fault and outage."""
        with self._lock:
            self._queue.clear()
            self._outages.clear()

    def advance_clock(self, seconds: float) -> None:
        """Move the server clock forward (tokens expire by it)."""
        self._clock.advance(seconds)

    def expire_tokens(self) -> None:
        """Make every token issued so far expired, by moving the clock past their lifetime.

        Tokens minted with a custom, longer lifetime may outlive this.
        """
        self._clock.advance(self._token_lifetime + 1)

    def reset(self) -> None:
        """No queued faults, no latency, server clock back on the wall clock."""
        with self._lock:
            self._queue.clear()
            self._outages.clear()
            self._latency = 0.0
        self._clock.reset()
