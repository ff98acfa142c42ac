# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class AccountIdentifier(Model):
    """A reference to a ledger account.

    Attributes:
        id (UUID | None):
        type_ (str | None): The documentation shows only "AccountId".
    """

    __slots__ = (
        "id",
        "type_",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_str,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    id: UUID | None
    type_: str | None

    def __init__(
        self,
        *,
        id: UUID | None = None,
        type_: str | None = None,
    ) -> None:
        self.id = id
        self.type_ = type_
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src.get("id")
        if v is None:
            if "id" not in src:
                absent += ("id",)
            self.id = None
        else:
            try:
                self.id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "id", v, error)

        v = src.get("type")
        if type(v) is str:
            self.type_ = v
        elif v is None:
            if "type" not in src:
                absent += ("type_",)
            self.type_ = None
        else:
            try:
                self.type_ = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "type_", v, error)

        self._absent = absent
        if len(src) > 2 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(AccountIdentifier._keys)
