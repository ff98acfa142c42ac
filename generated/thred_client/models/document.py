# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class Document(Model):
    """A stored document (the invoice or credit note as a file), with a link to fetch it.

    Attributes:
        url (str | None):
        expires_in (int | None):
        document_id (UUID | None):
        file_name (str | None):
        file_size (int | None):
        mime_type (str | None):
    """

    __slots__ = (
        "url",
        "expires_in",
        "document_id",
        "file_name",
        "file_size",
        "mime_type",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "url",
        "expires_in",
        "document_id",
        "file_name",
        "file_size",
        "mime_type",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_str,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    url: str | None
    expires_in: int | None
    document_id: UUID | None
    file_name: str | None
    file_size: int | None
    mime_type: str | None

    def __init__(
        self,
        *,
        url: str | None = None,
        expires_in: int | None = None,
        document_id: UUID | None = None,
        file_name: str | None = None,
        file_size: int | None = None,
        mime_type: str | None = None,
    ) -> None:
        self.url = url
        self.expires_in = expires_in
        self.document_id = document_id
        self.file_name = file_name
        self.file_size = file_size
        self.mime_type = mime_type
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src.get("url")
        if type(v) is str:
            self.url = v
        elif v is None:
            if "url" not in src:
                absent += ("url",)
            self.url = None
        else:
            try:
                self.url = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "url", v, error)

        v = src.get("expires_in")
        if type(v) is int:
            self.expires_in = v
        elif v is None:
            if "expires_in" not in src:
                absent += ("expires_in",)
            self.expires_in = None
        else:
            try:
                self.expires_in = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "expires_in", v, error)

        v = src.get("document_id")
        if v is None:
            if "document_id" not in src:
                absent += ("document_id",)
            self.document_id = None
        else:
            try:
                self.document_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "document_id", v, error)

        v = src.get("file_name")
        if type(v) is str:
            self.file_name = v
        elif v is None:
            if "file_name" not in src:
                absent += ("file_name",)
            self.file_name = None
        else:
            try:
                self.file_name = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "file_name", v, error)

        v = src.get("file_size")
        if type(v) is int:
            self.file_size = v
        elif v is None:
            if "file_size" not in src:
                absent += ("file_size",)
            self.file_size = None
        else:
            try:
                self.file_size = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "file_size", v, error)

        v = src.get("mime_type")
        if type(v) is str:
            self.mime_type = v
        elif v is None:
            if "mime_type" not in src:
                absent += ("mime_type",)
            self.mime_type = None
        else:
            try:
                self.mime_type = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "mime_type", v, error)

        self._absent = absent
        if len(src) > 6 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(Document._keys)
