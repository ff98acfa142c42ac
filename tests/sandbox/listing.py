"""Knobs for how list pages are served: a `page_info` that does not add up, records served in another form.

    sandbox.listing.skew(total_pages=-1)          # total_pages one short; the records are all there
    sandbox.listing.skew(total_pages=+1)          # one page more than there is: that page is a 404
    sandbox.listing.skew(total_count=+10)         # ten records more than there are (and in `count`)
    sandbox.listing.skew(count=-5)                # `count` alone five short of `total_count`
    sandbox.listing.serve_instead(150, {"id": "not-a-uuid"})   # the record at list position 150

The records, the slicing into pages and the 404 past the last page always follow the true list.
"""

from __future__ import annotations

import threading
from typing import Any

from .errors import json_bytes


class ListingKnobs:
    """What list pages say beyond the truth; safe to change from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._skew = (0, 0, 0)
        self._instead: dict[int, bytes] = {}

    def skew(self, *, total_pages: int = 0, total_count: int = 0, count: int | None = None) -> None:
        """Add these to what every page says: `total_pages`, `total_count`, and `count` (by default
        as much as `total_count`). Totals never go below 0."""
        with self._lock:
            self._skew = (total_pages, total_count, total_count if count is None else count)

    def serve_instead(self, position: int, value: Any) -> None:
        """Serve `value` (any JSON) in place of the record at `position` (0-based) of every list."""
        with self._lock:
            self._instead[position] = json_bytes(value)

    def reset(self) -> None:
        """Pages say the truth again."""
        with self._lock:
            self._skew = (0, 0, 0)
            self._instead.clear()

    # -- server side -----------------------------------------------------------------------

    def head(self, total: int, pages: int) -> tuple[int, int, int]:
        """(`count`, `total_count`, `total_pages`) as a page says them, when the truth is `total`, `pages`."""
        with self._lock:
            extra_pages, extra_total, extra_count = self._skew
        return max(0, total + extra_count), max(0, total + extra_total), max(0, pages + extra_pages)

    def replaced(self) -> dict[int, bytes]:
        """The serialised records to serve instead of the true ones, by list position."""
        with self._lock:
            return dict(self._instead)
