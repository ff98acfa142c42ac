# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class PageInfo(Model):
    """Where a page stands in the whole list.

    Attributes:
        total_count (int | None):
        current_page (int | None):
        total_pages (int | None):
        page_size (int | None):
    """

    __slots__ = (
        "total_count",
        "current_page",
        "total_pages",
        "page_size",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "total_count",
        "current_page",
        "total_pages",
        "page_size",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    total_count: int | None
    current_page: int | None
    total_pages: int | None
    page_size: int | None

    def __init__(
        self,
        *,
        total_count: int | None = None,
        current_page: int | None = None,
        total_pages: int | None = None,
        page_size: int | None = None,
    ) -> None:
        self.total_count = total_count
        self.current_page = current_page
        self.total_pages = total_pages
        self.page_size = page_size
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src.get("total_count")
        if type(v) is int:
            self.total_count = v
        elif v is None:
            if "total_count" not in src:
                absent += ("total_count",)
            self.total_count = None
        else:
            try:
                self.total_count = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "total_count", v, error)

        v = src.get("current_page")
        if type(v) is int:
            self.current_page = v
        elif v is None:
            if "current_page" not in src:
                absent += ("current_page",)
            self.current_page = None
        else:
            try:
                self.current_page = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "current_page", v, error)

        v = src.get("total_pages")
        if type(v) is int:
            self.total_pages = v
        elif v is None:
            if "total_pages" not in src:
                absent += ("total_pages",)
            self.total_pages = None
        else:
            try:
                self.total_pages = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "total_pages", v, error)

        v = src.get("page_size")
        if type(v) is int:
            self.page_size = v
        elif v is None:
            if "page_size" not in src:
                absent += ("page_size",)
            self.page_size = None
        else:
            try:
                self.page_size = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "page_size", v, error)

        self._absent = absent
        if len(src) > 4 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(PageInfo._keys)
