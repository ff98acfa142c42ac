"""Checks of the caller's arguments, shared by every entry point (ThredClient, the generated
operations, the pagination helpers), so that each mistake is refused before any request, with one
message wherever it is made.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar
from uuid import UUID

from .types import Unset

__all__ = ["PAGE_SIZE_MAX", "PAGE_SIZE_MIN", "choice", "client", "page_size", "uuid"]

# The documented bounds of every list operation's `page_size` (openapi/thred.yaml, PageSize).
PAGE_SIZE_MIN = 1
PAGE_SIZE_MAX = 100

_EXAMPLE_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

E = TypeVar("E", bound=Enum)
U = TypeVar("U", bound=Unset)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


def client(value: object, method: str = "get_httpx_client") -> None:
    """TypeError unless `value` is a client that sends with `method` (the sync or the async one). The
    message names its type alone: a token passed by mistake is not repeated."""
    if not callable(getattr(value, method, None)):
        raise TypeError(
            f"client must be a ThredClient (or a generated Client or AuthenticatedClient), "
            f"not {type(value).__name__}"
        )


def page_size(value: int | U) -> int | U:
    """`value`, if it is a whole number from 1 to 100 (or unset); ValueError otherwise."""
    if isinstance(value, Unset):
        return value
    if isinstance(value, bool) or not isinstance(value, int) or not PAGE_SIZE_MIN <= value <= PAGE_SIZE_MAX:
        raise ValueError(
            f"page_size must be a whole number from {PAGE_SIZE_MIN} to {PAGE_SIZE_MAX}, not {_shown(value)}"
        )
    return value


def uuid(value: UUID | str, name: str) -> UUID:
    """`value` as a UUID, given as one or as its text; ValueError naming `name` otherwise."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            pass
    raise ValueError(
        f"{name} must be a UUID, such as '3fa85f64-5717-4562-b3fc-2c963f66afa6', not {_shown(value)}"
    )


def choice(enum: type[E], value: E | str | U, name: str) -> E | U:
    """`value` as a member of `enum`, given as one or as its documented value (or unset); ValueError
    listing the documented values otherwise."""
    if isinstance(value, (enum, Unset)):
        return value
    try:
        return enum(value)
    except ValueError:
        pass
    values = ", ".join(repr(member.value) for member in enum)
    raise ValueError(f"{name} must be one of {values}, not {_shown(value)}")
