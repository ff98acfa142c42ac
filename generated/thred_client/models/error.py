# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class Error(Model):
    """Thred's error envelope. The error-handling guide documents {error, error_code, details}; the API reference samples
    show {error_code, message, detail, request_id}. Both are read here.

        Attributes:
            error (str | None): Message (error-handling guide shape).
            error_code (str | None): Machine-readable code, for example authentication_required, invalid_token, permission_denied,
                validation_error, business_not_found, invoice_not_found.
            details (Any | None): Field errors (error-handling guide shape), documented as an object mapping a field name to a list of
                messages.
            message (str | None): Message (API reference shape).
            detail (Any | None): Details (API reference shape), documented as an object.
            request_id (str | None): Request identifier (API reference shape).
    """

    __slots__ = (
        "error",
        "error_code",
        "details",
        "message",
        "detail",
        "request_id",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "error",
        "error_code",
        "details",
        "message",
        "detail",
        "request_id",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    error: str | None
    error_code: str | None
    details: Any | None
    message: str | None
    detail: Any | None
    request_id: str | None

    def __init__(
        self,
        *,
        error: str | None = None,
        error_code: str | None = None,
        details: Any | None = None,
        message: str | None = None,
        detail: Any | None = None,
        request_id: str | None = None,
    ) -> None:
        self.error = error
        self.error_code = error_code
        self.details = details
        self.message = message
        self.detail = detail
        self.request_id = request_id
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src.get("error")
        if type(v) is str:
            self.error = v
        elif v is None:
            if "error" not in src:
                absent += ("error",)
            self.error = None
        else:
            try:
                self.error = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "error", v, error)

        v = src.get("error_code")
        if type(v) is str:
            self.error_code = v
        elif v is None:
            if "error_code" not in src:
                absent += ("error_code",)
            self.error_code = None
        else:
            try:
                self.error_code = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "error_code", v, error)

        v = src.get("details")
        if v is None and "details" not in src:
            absent += ("details",)
        self.details = v

        v = src.get("message")
        if type(v) is str:
            self.message = v
        elif v is None:
            if "message" not in src:
                absent += ("message",)
            self.message = None
        else:
            try:
                self.message = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "message", v, error)

        v = src.get("detail")
        if v is None and "detail" not in src:
            absent += ("detail",)
        self.detail = v

        v = src.get("request_id")
        if type(v) is str:
            self.request_id = v
        elif v is None:
            if "request_id" not in src:
                absent += ("request_id",)
            self.request_id = None
        else:
            try:
                self.request_id = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "request_id", v, error)

        self._absent = absent
        if len(src) > 6 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(Error._keys)
