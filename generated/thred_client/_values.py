# Copied from overlays/thred_client/_values.py by tools/codegen.py: edit that file, never this copy.
"""JSON values to the Python types the models declare, and back: each conversion checks its type.

Each `to_*` raises ValueError saying what was expected (never quoting the value, which may be
logged); each `dump_*` writes a converted value back as JSON.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, TypeVar
from uuid import UUID, SafeUUID

__all__ = [
    "UUIDS",
    "dump_datetime",
    "dump_iso",
    "dump_plain",
    "dump_str",
    "expected",
    "kind",
    "to_any",
    "to_bool",
    "to_const",
    "to_date",
    "to_datetime",
    "to_float",
    "to_int",
    "to_str",
    "to_uuid",
]

T = TypeVar("T")

_new = object.__new__
_set = object.__setattr__
_UTC = datetime.UTC
_fromisoformat = datetime.datetime.fromisoformat
_date_fromisoformat = datetime.date.fromisoformat
_SAFE_UNKNOWN = SafeUUID.unknown


def kind(value: object) -> str:
    return "null" if value is None else type(value).__name__


def expected(what: str, value: object) -> ValueError:
    return ValueError(f"expected {what}, got {kind(value)}")


_NOT_A_DATE_TIME = "not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM])"
# The characters at 4, 7, 10, 13 and 16 of a date-time, `text[4:17:3]`: one slice compared costs less
# than five characters tested.
_DATE_TIME_MARKS = frozenset({"--T::", "--t::", "-- ::"})


def to_datetime(value: object) -> datetime.datetime:
    """An RFC 3339 date-time, always aware: one without an offset is read as UTC (see the spec)."""
    if type(value) is not str:
        raise expected("a date-time string", value)
    if len(value) < 19 or (value[4:17:3] != "--T::" and value[4:17:3] not in _DATE_TIME_MARKS):
        raise ValueError(_NOT_A_DATE_TIME)
    try:
        parsed = _fromisoformat(value)
    except ValueError:
        # fromisoformat refuses every text ending in a lowercase z, which RFC 3339 allows: tested only
        # once the common forms have failed.
        if value[-1] != "z":
            raise ValueError(_NOT_A_DATE_TIME) from None
        try:
            parsed = _fromisoformat(value[:-1] + "Z")
        except ValueError:
            raise ValueError(_NOT_A_DATE_TIME) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_UTC)
    return parsed


def to_date(value: object) -> datetime.date:
    """A full date, YYYY-MM-DD."""
    if type(value) is not str:
        raise expected("a date string", value)
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        raise ValueError("not a date (YYYY-MM-DD)")
    try:
        return _date_fromisoformat(value)
    except ValueError:
        raise ValueError("not a date (YYYY-MM-DD)") from None


# UUIDs recur across records (the business, customers, ledger accounts): each text is read once. UUIDs
# are immutable, so sharing one object is safe; the cache is emptied when it grows past its bound.
_UUID_CACHE_SIZE = 4096


class _UuidCache(dict[str, UUID]):
    """UUIDs by their text; a text not yet read is parsed (ValueError if it is not a UUID) and kept.
    The models read a string field's UUID as `UUIDS[text]`: a hit costs no Python call."""

    __slots__ = ()

    def __missing__(self, text: str) -> UUID:
        if len(self) >= _UUID_CACHE_SIZE:
            self.clear()
        self[text] = uuid = _parse_uuid(text)
        return uuid


UUIDS = _UuidCache()


def to_uuid(value: object) -> UUID:
    """A UUID: the canonical 8-4-4-4-12 form fast, or any form `uuid.UUID` accepts."""
    if type(value) is not str:
        raise expected("a UUID string", value)
    return UUIDS[value]


# The other spellings `uuid.UUID` reads (braces, a urn, no hyphens, capitals), without the ones it
# lets through by accident (underscores and signs, which int() accepts).
_OTHER_UUID = re.compile(
    r"(?:urn:uuid:)?(\{)?[0-9a-f]{8}(-?)[0-9a-f]{4}\2[0-9a-f]{4}\2[0-9a-f]{4}\2[0-9a-f]{12}(?(1)\})",
    re.IGNORECASE,
)


def _parse_uuid(value: str) -> UUID:
    if len(value) == 36 and value[8] == "-" and value[13] == "-" and value[18] == "-" and value[23] == "-":
        digits = value.replace("-", "")
        if len(digits) == 32 and digits.isascii() and digits.isalnum():
            try:
                number = int(digits, 16)
            except ValueError:
                raise ValueError("not a UUID") from None
            uuid = _new(UUID)
            _set(uuid, "int", number)
            _set(uuid, "is_safe", _SAFE_UNKNOWN)
            return uuid
    if _OTHER_UUID.fullmatch(value) is None:
        raise ValueError("not a UUID")
    return UUID(value)


def to_int(value: object) -> int:
    """An integer; an integral float (12.0) reads as 12, a fraction or a string does not fit."""
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise expected("an integer", value)


def to_float(value: object) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise expected("a number", value)


def to_str(value: object) -> str:
    if type(value) is str:
        return value
    raise expected("a string", value)


def to_bool(value: object) -> bool:
    if type(value) is bool:
        return value
    raise expected("a boolean", value)


def to_any(value: object) -> object:
    return value


def to_const(value: T, sent: object) -> T:
    """The one value a constant field may hold."""
    if type(sent) is type(value) and sent == value:
        return value
    raise ValueError(f"expected {value!r}")


# --- back to JSON ------------------------------------------------------------------------------


def dump_plain(value: Any) -> Any:
    return value


def dump_iso(value: Any) -> Any:
    return value.isoformat()


def dump_datetime(value: Any) -> Any:
    # UTC as "Z", the form Thred's documentation shows.
    text: str = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def dump_str(value: Any) -> Any:
    return str(value)
