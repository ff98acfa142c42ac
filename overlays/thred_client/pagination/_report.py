"""What a walk tells besides its records: its warnings, and which page an error came from."""

from __future__ import annotations

import contextlib
import sys
import warnings
from typing import Any

__all__ = [
    "InconsistentPageInfoWarning",
    "InvalidRecordWarning",
    "ListChangedWarning",
    "PaginationWarning",
    "locate",
    "warn",
]

_PACKAGE = __name__.rpartition(".")[0]


class PaginationWarning(UserWarning):
    """The base of the warnings a list walk issues; each says what it saw and what the walk did."""


class ListChangedWarning(PaginationWarning):
    """Records were created or deleted while a list was being walked (its `total_count` changed).

    The walk goes on: it yields no record twice, and reads again where deletions may have moved
    records, so that none that existed throughout is missed.
    """


class InconsistentPageInfoWarning(PaginationWarning):
    """A page's `page_info` contradicts itself (`total_pages` against `total_count`) or the records served.

    The walk believes the signal that loses no record: it reads on while pages bring records, and
    ends at an empty page or a 404 past the end.
    """


class InvalidRecordWarning(PaginationWarning):
    """A record that does not fit its model was skipped (`on_invalid="skip"`).

    `error` is its `ResponseValidationError` (`error.path` names the field from the response's
    root), `raw` the record as sent (None where it is not known); `page` and `operation` say where.
    """

    def __init__(self, message: str, *, error: Exception, raw: object, page: int, operation: str) -> None:
        super().__init__(message)
        self.error = error
        self.raw = raw
        self.page = page
        self.operation = operation


def warn(warning: Warning) -> None:
    """Issue `warning` at the caller's code: the first frame, going out, that is not this package's."""
    level, frame = 1, sys._getframe(0)
    while _inside(frame.f_globals.get("__name__")) and frame.f_back is not None:
        level, frame = level + 1, frame.f_back
    warnings.warn(warning, stacklevel=level)


def _inside(module: Any) -> bool:
    return isinstance(module, str) and (module == _PACKAGE or module.startswith(_PACKAGE + "."))


def locate(error: BaseException, operation: str, page: int, *, sent: str | None = None) -> None:
    """Name on `error` the page it came from: `error.page`, `error.operation` and a note (with
    `sent`, the record as sent, for a record that does not fit).

    Its class and arguments stay as they were, so that callers still catch it as such and its
    message reads as before. An error that names its page already is left alone.
    """
    if getattr(error, "page", None) is not None:
        return
    with contextlib.suppress(AttributeError):  # an exception class that takes no attributes
        error.page = page  # type: ignore[attr-defined]
        error.operation = operation  # type: ignore[attr-defined]
    error.add_note(
        f"(page {page} of {operation})" if sent is None else f"(page {page} of {operation}; as sent: {sent})"
    )
