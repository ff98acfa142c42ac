"""Request log and counters the tests inspect."""

from __future__ import annotations

import threading
from dataclasses import dataclass

TOKEN_OPERATIONS = ("partner_token", "business_token")


@dataclass
class RequestRecord:
    """One request as the server saw it.

    ``status`` is set when the response starts, before the client can see it;
    it stays None when no response was sent (dropped connection, client gave up
    during a stall). ``fault`` names the injected fault, if any.
    """

    serial: int
    method: str
    path: str
    query: str
    operation: str | None
    status: int | None = None
    fault: str | None = None


class RequestLog:
    """Thread-safe, append-only list of ``RequestRecord``s.

    A record is appended when the request arrives, so a client that has its
    response can count on the record being there.
    """

    def __init__(self) -> None:
        self._records: list[RequestRecord] = []
        self._serial = 0
        self._lock = threading.Lock()

    def start(self, method: str, path: str, query: str, operation: str | None) -> RequestRecord:
        """Append and return the record of an arriving request."""
        with self._lock:
            self._serial += 1
            record = RequestRecord(self._serial, method, path, query, operation)
            self._records.append(record)
            return record

    def records(self, operation: str | None = None) -> list[RequestRecord]:
        """A snapshot of the records (of one operation if given), oldest first."""
        with self._lock:
            return [r for r in self._records if operation is None or r.operation == operation]

    def count(self, operation: str | None = None, status: int | None = None) -> int:
        """Number of requests, optionally of one operation and/or response status."""
        return sum(1 for r in self.records(operation) if status is None or r.status == status)

    def counters(self) -> dict[str, int]:
        """Requests per operation (``"other"`` for paths that match none)."""
        result: dict[str, int] = {}
        for record in self.records():
            key = record.operation or "other"
            result[key] = result.get(key, 0) + 1
        return result

    @property
    def token_requests(self) -> int:
        """Requests to either token endpoint, successful or not."""
        return sum(self.count(op) for op in TOKEN_OPERATIONS)

    def last(self) -> RequestRecord | None:
        """The most recent record, if any."""
        with self._lock:
            return self._records[-1] if self._records else None

    def clear(self) -> None:
        """Forget every record (serial numbers keep counting)."""
        with self._lock:
            self._records.clear()
