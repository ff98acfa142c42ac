"""The server clock that token expiry is checked against."""

from __future__ import annotations

import threading
import time


class Clock:
    """Wall-clock seconds plus an offset that tests can move forward.

    Moving the offset forward expires tokens without waiting; ``time.time`` is
    only the starting point, so issued tokens carry realistic ``exp`` values.
    """

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """Current server time in epoch seconds."""
        with self._lock:
            return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the server time forward by ``seconds``."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += seconds

    @property
    def offset(self) -> float:
        """Seconds the server clock is ahead of the wall clock."""
        with self._lock:
            return self._offset

    def reset(self) -> None:
        """Put the server time back on the wall clock."""
        with self._lock:
            self._offset = 0.0
