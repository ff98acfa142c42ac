# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class BusinessToken(Model):
    """A business token and its lifetime.

    Attributes:
        access_token (str): The JWT, sent as `Authorization: Bearer <access_token>`.
        token_type (str | None): `Bearer`.
        expires_in (int | None): Seconds until the token expires (3600 in the examples).
        scope (str | None): `business_access` in the examples.
        business_id (UUID | None): The business the token is confined to; missing from some guide examples.
    """

    __slots__ = (
        "access_token",
        "token_type",
        "expires_in",
        "scope",
        "business_id",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "access_token",
        "token_type",
        "expires_in",
        "scope",
        "business_id",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_str,
    )
    _required: ClassVar[tuple[str, ...]] = ("access_token",)
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    access_token: str
    token_type: str | None
    expires_in: int | None
    scope: str | None
    business_id: UUID | None

    def __init__(
        self,
        *,
        access_token: str,
        token_type: str | None = None,
        expires_in: int | None = None,
        scope: str | None = None,
        business_id: UUID | None = None,
    ) -> None:
        self.access_token = access_token
        self.token_type = token_type
        self.expires_in = expires_in
        self.scope = scope
        self.business_id = business_id
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src["access_token"]
        if type(v) is str:
            self.access_token = v
        else:
            try:
                self.access_token = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "access_token", v, error)

        v = src.get("token_type")
        if type(v) is str:
            self.token_type = v
        elif v is None:
            if "token_type" not in src:
                absent += ("token_type",)
            self.token_type = None
        else:
            try:
                self.token_type = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "token_type", v, error)

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

        v = src.get("scope")
        if type(v) is str:
            self.scope = v
        elif v is None:
            if "scope" not in src:
                absent += ("scope",)
            self.scope = None
        else:
            try:
                self.scope = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "scope", v, error)

        v = src.get("business_id")
        if v is None:
            if "business_id" not in src:
                absent += ("business_id",)
            self.business_id = None
        else:
            try:
                self.business_id = _v.UUIDS[v] if type(v) is str else _v.to_uuid(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "business_id", v, error)

        self._absent = absent
        if len(src) > 5 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(BusinessToken._keys)
