# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model as _m
from .._model import Model, Path


class CustomerCreditCustomer(Model):
    """The customer a credit is for. The documentation declares no properties: every key the server sends is kept in
    `additional_properties`.

    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = ()
    _dumps: ClassVar[tuple[Any, ...]] = ()
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    def __init__(
        self,
    ) -> None:
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        self._absent = absent
        if len(src) > 0 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(CustomerCreditCustomer._keys)
