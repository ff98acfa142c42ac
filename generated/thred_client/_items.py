# Copied from overlays/thred_client/_items.py by tools/codegen.py: edit that file, never this copy.
"""Where a value that did not fit is kept: its path, its `Misfit` record, and lists with bad items.

A path is linked, so that extending it costs one small tuple: () at the root, else (parent path,
key); `flat` turns it into ("results", 3, "id") for an error.
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, SupportsIndex, TypeVar, overload

from .errors import ResponseValidationError

__all__ = ["MASK", "SENSITIVE", "Bad", "ItemList", "Misfit", "Path", "bad_item", "flat", "masked"]

T = TypeVar("T")

Path = tuple[Any, ...]

# Fields whose values are credentials: shown masked by repr and never kept in an error.
SENSITIVE = frozenset({"access_token", "refresh_token", "id_token", "api_key", "client_secret", "password"})
MASK = "***"


def masked(raw: Any) -> Any:
    """`raw` for an error, which may be logged: every credential member within it shown as MASK.

    The value as sent stays whole where it is kept for `to_dict()`; only the error's copy is masked.
    """
    if isinstance(raw, Mapping):
        return {key: MASK if key in SENSITIVE else masked(value) for key, value in raw.items()}
    if isinstance(raw, list):
        return [masked(item) for item in raw]
    return raw


def flat(path: Path) -> tuple[str | int, ...]:
    """The linked `path` as a plain tuple of keys and indexes."""
    parts: list[str | int] = []
    while path:
        path, key = path
        parts.append(key)
    parts.reverse()
    return tuple(parts)


class Misfit:
    """A value that did not fit its field: the value as sent, why, and where below the field."""

    __slots__ = ("below", "raw", "reason")

    def __init__(self, raw: Any, reason: str, below: tuple[str | int, ...] = ()) -> None:
        self.raw = raw
        self.reason = reason
        self.below = below

    def error(self, path: Path, key: str, *, sensitive: bool = False) -> ResponseValidationError:
        return ResponseValidationError(
            self.reason, (*flat(path), key, *self.below), raw=MASK if sensitive else masked(self.raw)
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Misfit) and _same(self.raw, other.raw)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<invalid: {reprlib.repr(self.raw)}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Misfit, (self.raw, self.reason, self.below))


def _same(a: Any, b: Any) -> bool:
    # JSON values as sent: `1 == True` must not make a misfit equal a valid value's twin.
    return type(a) is type(b) and a == b


class Bad:
    """An item of a list that did not fit, in its place; reading it raises its error."""

    __slots__ = ("error", "misfit")

    def __init__(self, misfit: Misfit, error: ResponseValidationError) -> None:
        self.misfit = misfit
        self.error = error

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Bad) and self.misfit == other.misfit

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self.misfit)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Bad, (self.misfit, self.error))


class ItemList(list[T]):
    """A list some of whose items did not fit: the others read as usual, a bad one raises when read.

    `failures` maps the index of each bad item to its ResponseValidationError, whose `path` names it
    from the response's root and whose `raw` is the item as sent. Iterating raises at the first bad
    item, after the ones before it; indexing raises for a bad index only. `==`, `repr`, `copy` and
    `pickle` never raise.
    """

    __slots__ = ("failures",)
    failures: dict[int, ResponseValidationError]

    def __init__(
        self, items: Iterable[Any] = (), failures: Mapping[int, ResponseValidationError] | None = None
    ) -> None:
        super().__init__(items)
        self.failures = dict(failures or {})

    def _check(self, item: Any) -> Any:
        if type(item) is Bad:
            raise item.error
        return item

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> T: ...
    @overload
    def __getitem__(self, index: slice, /) -> list[T]: ...
    def __getitem__(self, index: SupportsIndex | slice, /) -> T | list[T]:
        if isinstance(index, slice):
            return [self._check(item) for item in list.__getitem__(self, index)]
        return self._check(list.__getitem__(self, index))  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[T]:
        for item in list.__iter__(self):
            yield self._check(item)

    def __reversed__(self) -> Iterator[T]:
        for item in list.__reversed__(self):
            yield self._check(item)

    def __contains__(self, value: object) -> bool:
        return any(item == value for item in self)

    def index(self, value: Any, start: SupportsIndex = 0, stop: SupportsIndex = 2**63 - 1) -> int:
        for position in range(*slice(start, stop).indices(len(self))):
            if self[position] == value:
                return position
        raise ValueError(f"{value!r} is not in list")

    def count(self, value: Any) -> int:
        return sum(1 for item in self if item == value)

    def pop(self, index: SupportsIndex = -1) -> T:
        item = self[index]
        list.pop(self, index)
        return item

    def copy(self) -> ItemList[T]:
        return ItemList(list.__iter__(self), self.failures)

    def __copy__(self) -> ItemList[T]:
        return self.copy()

    def __reduce__(self) -> tuple[Any, ...]:
        return (ItemList, (list(list.__iter__(self)), self.failures))

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        return self.__reduce__()

    def __repr__(self) -> str:
        return f"[{', '.join(repr(item) for item in list.__iter__(self))}]"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, list):
            return NotImplemented
        return list(list.__iter__(self)) == list(list.__iter__(other))

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None


def bad_item(index: int, raw: Any, reason: str, path: Path, below: tuple[str | int, ...] = ()) -> Bad:
    misfit = Misfit(raw, reason, below)
    return Bad(misfit, ResponseValidationError(reason, (*flat((path, index)), *below), raw=masked(raw)))
