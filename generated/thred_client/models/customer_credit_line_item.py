# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class CustomerCreditLineItem(Model):
    """One line of a customer credit.

    Attributes:
        amount (int | None):
        revenue_account_identifier (AccountIdentifier | None):
        tags (list[str] | None):
        memo (str | None):
        metadata (Any | None): Any JSON value; the documentation declares no type.
    """

    __slots__ = (
        "amount",
        "revenue_account_identifier",
        "tags",
        "memo",
        "metadata",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "amount",
        "revenue_account_identifier",
        "tags",
        "memo",
        "metadata",
    )
    _dumps: ClassVar[tuple[Any, ...]] = (
        _v.dump_plain,
        _m.dump_model,
        _m.dump_list(_v.dump_plain),
        _v.dump_plain,
        _v.dump_plain,
    )
    _required: ClassVar[tuple[str, ...]] = ()
    _open: ClassVar[bool] = True
    _holds_model_lists: ClassVar[bool] = False

    amount: int | None
    revenue_account_identifier: AccountIdentifier | None
    tags: list[str] | None
    memo: str | None
    metadata: Any | None

    def __init__(
        self,
        *,
        amount: int | None = None,
        revenue_account_identifier: AccountIdentifier | None = None,
        tags: list[str] | None = None,
        memo: str | None = None,
        metadata: Any | None = None,
    ) -> None:
        self.amount = amount
        self.revenue_account_identifier = revenue_account_identifier
        self.tags = tags
        self.memo = memo
        self.metadata = metadata
        self._init_meta()

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, _m.Misfit] | None:
        bad: dict[str, _m.Misfit] | None = None
        absent: tuple[str, ...] = ()
        v: Any
        v = src.get("amount")
        if type(v) is int:
            self.amount = v
        elif v is None:
            if "amount" not in src:
                absent += ("amount",)
            self.amount = None
        else:
            try:
                self.amount = _v.to_int(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "amount", v, error)

        v = src.get("revenue_account_identifier")
        if v is None:
            if "revenue_account_identifier" not in src:
                absent += ("revenue_account_identifier",)
            self.revenue_account_identifier = None
        else:
            try:
                self.revenue_account_identifier = _m.nested(
                    AccountIdentifier, v, (path, "revenue_account_identifier")
                )
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "revenue_account_identifier", v, error)

        v = src.get("tags")
        if v is None:
            if "tags" not in src:
                absent += ("tags",)
            self.tags = None
        else:
            try:
                self.tags = _m.scalar_list(_v.to_str, v, (path, "tags"))
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "tags", v, error)

        v = src.get("memo")
        if type(v) is str:
            self.memo = v
        elif v is None:
            if "memo" not in src:
                absent += ("memo",)
            self.memo = None
        else:
            try:
                self.memo = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "memo", v, error)

        v = src.get("metadata")
        if v is None and "metadata" not in src:
            absent += ("metadata",)
        self.metadata = v

        self._absent = absent
        if len(src) > 5 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(CustomerCreditLineItem._keys)


# Imported once the class above exists, so that models referring to each other import in any order.
from ..models.account_identifier import AccountIdentifier  # noqa: E402
