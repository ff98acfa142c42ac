# Copied from overlays/thred_client/pagination/_seen.py by tools/codegen.py: edit that file, never this copy.
"""The ids of the records a walk has yielded, to tell a record that comes round again."""

from __future__ import annotations

from array import array
from collections.abc import Hashable
from uuid import UUID

from ..types import Model

__all__ = ["SeenIds", "record_key", "uuid_key"]


def uuid_key(raw: object) -> int | None:
    """`raw` as the int of a UUID, if it is one in the canonical hyphenated form; else None."""
    if type(raw) is str and len(raw) == 36 and raw[8] == raw[13] == raw[18] == raw[23] == "-":
        try:
            return int(raw.replace("-", ""), 16)  # what UUID(raw).int would be, at a third of the cost
        except ValueError:
            return None
    return None


def record_key(record: object) -> Hashable | None:
    """The record's id, to tell one yielded before: as an int when it is a UUID, however sent.

    The id as sent spares converting every record of every page; any other form is read through
    the model, so that a malformed id raises `ResponseValidationError` naming its path.
    """
    if isinstance(record, Model):
        model, raw = True, record._sent("id")
    else:
        model, raw = False, getattr(record, "id", None)
    # uuid_key, in line: this runs for every record of every page.
    if type(raw) is str and len(raw) == 36 and raw[8] == raw[13] == raw[18] == raw[23] == "-":
        try:
            return int(raw.replace("-", ""), 16)
        except ValueError:
            pass
    if not model and type(raw) is str:
        # A record read without its model (the mirror's) keys as its model would: any form of a UUID
        # as that UUID, an id that is none as no key.
        try:
            return UUID(raw).int
        except ValueError:
            return None
    value = getattr(record, "id", None)
    return value.int if isinstance(value, UUID) else value


class SeenIds:
    """A set of ids, small enough to hold every id of a long walk.

    UUIDs, the ids the spec declares, are kept as two 64-bit halves in open-addressing tables: about
    23 bytes an id once `expect` has sized them, against about 140 for a set of UUIDs, so a walk's
    memory hardly grows with its length. Sizing the tables up front spares the walk their regrowth,
    and splitting them by hash keeps any later growth to a sliver of the whole. Other ids go in a set.
    """

    _PARTS = 16
    _LOW = (1 << 64) - 1
    # Sized for 70% full; grown past 80%, which leaves room for the uneven spread across parts.
    _SIZED_LOAD = 0.7
    _MAX_LOAD_TENTHS = 8

    def __init__(self) -> None:
        self._tables = [self._empty(8) for _ in range(self._PARTS)]
        self._counts = [0] * self._PARTS
        self._nil = False
        self._other: set[Hashable] = set()

    @staticmethod
    def _empty(capacity: int) -> array[int]:
        return array("Q", [0]) * (2 * capacity)

    def expect(self, count: int) -> None:
        """Make room for `count` ids in all, once, rather than growing as they come."""
        capacity = int(count / self._SIZED_LOAD / self._PARTS) + 1
        for part, table in enumerate(self._tables):
            if len(table) // 2 < capacity:
                self._resize(part, capacity)

    def add(self, key: Hashable) -> bool:
        """Record `key`, a UUID's int or another id; whether it was new."""
        if type(key) is not int or not 0 <= key < 1 << 128:
            if key in self._other:
                return False
            self._other.add(key)
            return True
        if key == 0:  # the nil UUID is the tables' empty slot
            new, self._nil = not self._nil, True
            return new
        high, low = key >> 64, key & self._LOW
        digest = hash(key)
        part = digest % self._PARTS
        table = self._tables[part]
        capacity = len(table) // 2
        slot = (digest // self._PARTS) % capacity
        while table[2 * slot] or table[2 * slot + 1]:
            if table[2 * slot] == high and table[2 * slot + 1] == low:
                return False
            slot = slot + 1 if slot + 1 < capacity else 0
        table[2 * slot] = high
        table[2 * slot + 1] = low
        self._counts[part] += 1
        if self._counts[part] * 10 > capacity * self._MAX_LOAD_TENTHS:
            self._resize(part, 2 * capacity)
        return True

    def _resize(self, part: int, capacity: int) -> None:
        old = self._tables[part]
        table = self._empty(capacity)
        for index in range(0, len(old), 2):
            high, low = old[index], old[index + 1]
            if high or low:
                slot = (hash((high << 64) | low) // self._PARTS) % capacity
                while table[2 * slot] or table[2 * slot + 1]:
                    slot = slot + 1 if slot + 1 < capacity else 0
                table[2 * slot] = high
                table[2 * slot + 1] = low
        self._tables[part] = table
