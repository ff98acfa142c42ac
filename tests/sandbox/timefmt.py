"""Instants as integer microseconds, rendered in the mixed styles real data has."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

US = 1_000_000
DAY = 86_400 * US
# Fixed base so no generated value depends on the wall clock: 2023-01-01T00:00:00Z.
BASE = 1_672_531_200 * US
SPAN = 730 * DAY
# "Today" for is_overdue: a fixed instant, so records never change with the date.
AS_OF = BASE + SPAN + 30 * DAY
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Offsets (minutes) records are rendered in; UTC dominates, as in Thred's examples.
ZONES: tuple[int, ...] = (0, 0, 0, 0, 120, 60, -300, 330)


def to_datetime(us: int) -> datetime:
    """The aware UTC datetime of an instant."""
    return _EPOCH + timedelta(microseconds=us)


def from_datetime(value: datetime) -> int:
    """The instant of an aware datetime (naive ones are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * US + delta.microseconds


def iso(us: int, offset_minutes: int = 0) -> str:
    """RFC 3339 text of an instant: ``Z`` or ``±hh:mm``, fraction only when non-zero.

    The fraction has 3 digits when the instant is a whole millisecond, else 6,
    so the text always denotes exactly the same instant.
    """
    local = to_datetime(us).astimezone(timezone(timedelta(minutes=offset_minutes)))
    text = local.strftime("%Y-%m-%dT%H:%M:%S")
    fraction = us % US
    if fraction:
        text += f".{fraction // 1000:03d}" if fraction % 1000 == 0 else f".{fraction:06d}"
    if offset_minutes == 0:
        return text + "Z"
    sign = "+" if offset_minutes > 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"{text}{sign}{hours:02d}:{minutes:02d}"


def iso_date(us: int) -> str:
    """The UTC calendar date of an instant, ``YYYY-MM-DD``."""
    return to_datetime(us).strftime("%Y-%m-%d")
