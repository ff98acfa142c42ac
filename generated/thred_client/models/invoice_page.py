# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class InvoicePage(Model):
    """One page of invoices.

    Attributes:
        count (int): Total number of items
        page_info (PageInfo): Where a page stands in the whole list.
        results (list[Invoice]):
    """

    __slots__ = (
        "count",
        "page_info",
        "results",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "count",
        "page_info",
        "results",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _m.dump_model,
        _m.dump_list(_m.dump_model),
    )
    _required: ClassVar[tuple[str, ...]] = (
        "count",
        "page_info",
        "results",
    )
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = True

    count: int
    page_info: PageInfo
    results: list[Invoice]

    def __init__(
        self,
        *,
        count: int,
        page_info: PageInfo,
        results: list[Invoice],
    ) -> None:
        self.count = count
        self.page_info = page_info
        self.results = results
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src["count"]
        if type(v) is int:
            self.count = v
        else:
            try:
                self.count = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "count", v, error)

        v = src["page_info"]
        try:
            self.page_info = _m.nested(PageInfo, v, (path, "page_info"))
        except (TypeError, ValueError) as error:
            bad = _m.fail(bad, "page_info", v, error)

        v = src["results"]
        try:
            self.results = _m.model_list(Invoice, v, (path, "results"))
        except (TypeError, ValueError) as error:
            bad = _m.fail(bad, "results", v, error)

        self._absent = absent
        if len(src) > 3 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(InvoicePage._keys)


# Imported once the class above exists, so that models referring to each other import in any order.
from ..models.invoice import Invoice  # noqa: E402
from ..models.page_info import PageInfo  # noqa: E402
