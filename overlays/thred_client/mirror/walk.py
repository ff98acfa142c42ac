"""Where an invoice walk under `sort=-updated_at` may stop, and the checkpoint it earns: no I/O here.

Invoices listed newest change first bring every invoice changed since the last sync in the first
pages. A walk stops after the page that reaches below its floor, the checkpoint less the overlap;
once it has stopped there (or read every page), the checkpoint becomes the newest `updated_at` of its
first page. An invoice changed after that page was read carries a later `updated_at`, so the next walk
reaches it, whatever this walk made of it.

The overlap covers what the order alone cannot: clocks of the servers that stamp `updated_at` a little
apart, and a change stamped before the first page was read but committed after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from .columns import instant
from .sent import Sent

__all__ = ["DEFAULT_OVERLAP", "WalkPlan"]

DEFAULT_OVERLAP = timedelta(minutes=5)


class WalkPlan:
    """One invoice walk: from the first page down to `floor` (None: every page)."""

    def __init__(self, checkpoint: datetime | None, overlap: timedelta) -> None:
        self.floor = None if checkpoint is None else checkpoint - overlap
        self.checkpoint: datetime | None = None
        self.ordered = True
        self._lowest: datetime | None = None
        self._first = True

    def take(self, records: Sequence[Mapping[str, Any]]) -> bool:
        """Account for the next page (its records as read for the mirror, or their JSON objects);
        whether the walk may stop after it."""
        stamps = [stamp for stamp in map(_updated_at, records) if stamp]
        if self._first:
            self._first = False
            self.checkpoint = max(stamps, default=None)
        if not stamps:
            return False
        # A page newer than one before it: the server does not keep the order asked for, so no
        # page tells where the changes end. Read on to the last page.
        if self._lowest is not None and max(stamps) > self._lowest:
            self.ordered = False
        self._lowest = min(stamps) if self._lowest is None else min(self._lowest, *stamps)
        return self.ordered and self.floor is not None and self._lowest < self.floor


def _updated_at(record: Mapping[str, Any]) -> datetime | None:
    return record.columns["updated_at"] if type(record) is Sent else instant(record.get("updated_at"))
