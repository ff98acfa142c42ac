"""Contains some shared types for properties"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

from attrs import define

from .errors import ResponseValidationError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
M = TypeVar("M", bound="Model")


class Model:
    """The base of every model: one read from JSON converts its fields when one is first used.

    `from_dict` checks only that it was given an object carrying the required fields. Reading or
    setting any field of the model converts all of its own fields; the models nested in it wait for
    their own first use, and its `additional_properties` for theirs. A field that does not fit its
    type raises ResponseValidationError whenever it is read, naming its path from the root of the
    response (``results[3].customer.id``); the other fields read as usual. The model reads the
    mapping it was given: hand it over rather than changing it afterwards. A model built by its
    constructor is complete at once.
    """

    __slots__ = ("_failed", "_path", "_source")

    _source: Mapping[str, Any]
    _path: tuple[str | int, ...]
    # None until the fields are converted; then the fields that failed, by attribute name.
    _failed: Mapping[str, ResponseValidationError] | None
    _required: ClassVar[tuple[str, ...]] = ()
    # (attribute name, JSON key) of the fields whose values may hold models.
    _nested: ClassVar[tuple[tuple[str, str], ...]] = ()

    @classmethod
    def _read(cls: type[M], source: Mapping[str, Any]) -> M:
        # dict first: the ABC check costs several times more, and JSON objects are dicts.
        if type(source) is not dict and not isinstance(source, Mapping):
            raise ResponseValidationError(f"expected an object, got {type(source).__name__}")
        for key in cls._required:
            if key not in source:
                raise ResponseValidationError("required field is missing", (key,))
        instance = object.__new__(cls)
        _set = object.__setattr__
        _set(instance, "_source", source)
        _set(instance, "_path", ())
        _set(instance, "_failed", None)
        return instance

    def __attrs_pre_init__(self) -> None:
        object.__setattr__(self, "_failed", _COMPLETE)

    def _convert(self, source: Mapping[str, Any]) -> dict[str, ResponseValidationError] | None:
        """Set every field from `source`; the failures, by attribute name, or None. Each model has its own."""
        return None

    def _additional(self, source: Mapping[str, Any]) -> dict[str, Any] | None:
        """The members of `source` that are not fields, or None for a model that keeps none."""
        return None

    def _complete(self) -> None:
        # Marked complete last: a thread reading meanwhile converts too, rather than find fields missing.
        failed = self._convert(self._source)
        for name, key in type(self)._nested:
            try:
                value = object.__getattribute__(self, name)
            except AttributeError:  # the field failed
                continue
            _adopt(value, (*self._path, key))
        object.__setattr__(self, "_failed", failed or _COMPLETE)

    if not TYPE_CHECKING:  # hidden from type checkers, which would take any attribute name for a field

        def __getattr__(self, name):
            # Reached only for an attribute not set: a converted field is a plain slot.
            try:
                source = object.__getattribute__(self, "_source")
                failed = object.__getattribute__(self, "_failed")
            except AttributeError:
                if name == "_failed":  # restored from a copy or a pickle, which hold every field
                    return _COMPLETE
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            if failed is None:
                self._complete()
                failed = self._failed
            try:  # converted now, by this thread or by another since the lookup that led here
                return object.__getattribute__(self, name)
            except AttributeError:
                pass
            if name in failed:
                reason = failed[name]
                error = ResponseValidationError(reason.reason, (*self._path, *reason.path))
                raise error from reason.__cause__
            if name == "additional_properties":
                value = self._additional(source)
                if value is not None:
                    object.__setattr__(self, name, value)
                    return value
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

        def __setattr__(self, name, value):
            # Converted later, the fields would overwrite a value set now.
            if self._failed is None:
                self._complete()
            object.__setattr__(self, name, value)


_COMPLETE: Mapping[str, ResponseValidationError] = MappingProxyType({})


def _adopt(value: object, path: tuple[str | int, ...]) -> None:
    """Give the models just read from a field their path, for the errors of their own fields."""
    # Set directly: Model.__setattr__ would convert the model's fields before their first use.
    if isinstance(value, Model):
        object.__setattr__(value, "_path", path)
    elif type(value) is list:
        for index, item in enumerate(value):
            if isinstance(item, Model):
                object.__setattr__(item, "_path", (*path, index))


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "Model", "RequestFiles", "Response", "Unset"]
