# Copied from overlays/thred_client/types.py by tools/codegen.py: edit that file, never this copy.
"""Shared types of the generated operations and models: `UNSET`, `Response`, `File`, and the model base."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

from ._model import ItemList, Model
from ._request_id import request_id as header_request_id

__all__ = ["UNSET", "File", "FileTypes", "ItemList", "Model", "RequestFiles", "Response", "Unset"]


class Unset:
    """The type of `UNSET`, the default of an operation's parameter that is not sent.

    There is one instance: copies and pickles of it are `UNSET` itself.
    """

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickled as the module's global, so unpickling gives the same object

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: Mapping[int, Any]) -> Unset:
        return self


UNSET: Unset = Unset()

# What `httpx.Client(files=)` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

T = TypeVar("T")


@define
class File:
    """A file to upload."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx takes for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


@define
class Response(Generic[T]):
    """An answer of an operation: its status, body, headers, the parsed model and Thred's request id."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    @property
    def request_id(self) -> str | None:
        """Thred's id of the request (its `X-Request-ID` header), to quote to Thred's support; None
        when the answer has none."""
        return header_request_id(self.headers)
