"""The errors the generated operations and the models raise; the rest of the hierarchy is in
exceptions.py."""

from __future__ import annotations

from typing import Any

from ._redact import scrub

# How much of a body that is not the expected JSON an error quotes.
EXCERPT_LENGTH = 200


class ThredError(Exception):
    """The root of every error this package raises."""


class UnexpectedStatus(ThredError):
    """A status the spec does not document for the operation; raised by the generated operations.

    `content` is the body with every secret scrubbed (a token endpoint's undocumented success carries
    the token); the message quotes its start.
    """

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = scrub(content)
        excerpt = " ".join(self.content.decode(errors="replace").split())[:EXCERPT_LENGTH]
        super().__init__(
            f"Unexpected status code: {status_code}" + (f" (body: {excerpt!r})" if excerpt else "")
        )


class ResponseValidationError(ThredError, ValueError):
    """A response body does not fit the models; `path` names the field that does not, from the body's root.

    Example: ``results[3].customer.id: ValueError: badly formed hexadecimal UUID string``.
    """

    def __init__(self, reason: str, path: tuple[str | int, ...] = (), *, raw: Any = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path
        # The value as sent (never part of the message, which may be logged).
        self.raw = raw

    @property
    def location(self) -> str:
        """The path as text, such as ``results[3].customer.id``."""
        text = ""
        for part in self.path:
            if isinstance(part, int):
                text += f"[{part}]"
            else:
                text += f".{part}" if text else part
        return text

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}" if self.path else self.reason

    @classmethod
    def nest(cls, error: Exception, key: str | int) -> ResponseValidationError:
        """`error`, raised while parsing the member `key`, as a ResponseValidationError whose path starts
        at `key`."""
        if isinstance(error, cls):
            error.path = (key, *error.path)
            return error
        if isinstance(error, KeyError) and error.args == (key,):
            reason = "required field is missing"
        else:
            reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        nested = cls(reason, (key,))
        nested.__cause__ = error
        return nested


__all__ = ["ResponseValidationError", "ThredError", "UnexpectedStatus"]
