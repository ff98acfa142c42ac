# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class PartnerToken(Model):
    """A partner token and its lifetime.

    Attributes:
        access_token (str): The JWT, sent as `Authorization: Bearer <access_token>`.
        expires_in (int): Seconds until the token expires (3600 in the guides).
        token_type (str | None): `Bearer`.
    """

    __slots__ = (
        "access_token",
        "expires_in",
        "token_type",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "access_token",
        "expires_in",
        "token_type",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _v.dump_plain,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = (
        "access_token",
        "expires_in",
    )
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    access_token: str
    expires_in: int
    token_type: str | None

    def __init__(
        self,
        *,
        access_token: str,
        expires_in: int,
        token_type: str | None = None,
    ) -> None:
        self.access_token = access_token
        self.expires_in = expires_in
        self.token_type = token_type
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

        v = src["expires_in"]
        if type(v) is int:
            self.expires_in = v
        else:
            try:
                self.expires_in = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "expires_in", v, error)

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

        self._absent = absent
        if len(src) > 3 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(PartnerToken._keys)
