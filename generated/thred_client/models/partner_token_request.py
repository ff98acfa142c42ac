# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class PartnerTokenRequest(Model):
    """The body of a partner token request.

    Attributes:
        client_id (UUID): The partner UUID again (the user name of the Basic credentials).
        grant_type (Literal['client_credentials']): Always `client_credentials`.
    """

    __slots__ = (
        "client_id",
        "grant_type",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "client_id",
        "grant_type",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_str,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = (
        "client_id",
        "grant_type",
    )
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    client_id: UUID
    grant_type: Literal["client_credentials"]

    def __init__(
        self,
        *,
        client_id: UUID,
        grant_type: Literal["client_credentials"] = "client_credentials",
    ) -> None:
        self.client_id = client_id
        self.grant_type = grant_type
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src["client_id"]
        try:
            self.client_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
        except (TypeError, ValueError) as error:
            bad = _m.fail(bad, "client_id", v, error)

        v = src["grant_type"]
        try:
            self.grant_type = _v.to_const("client_credentials", v)
        except (TypeError, ValueError) as error:
            bad = _m.fail(bad, "grant_type", v, error)

        self._absent = absent
        if len(src) > 2 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(PartnerTokenRequest._keys)
