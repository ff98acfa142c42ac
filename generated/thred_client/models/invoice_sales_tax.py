# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model as _m
from .. import _values as _v
from .._model import Model, Path


class InvoiceSalesTax(Model):
    """A sales tax added to an invoice as a whole.

    Attributes:
        amount (int | None):
        tax_account (Any | None): Any JSON value; the documentation declares no type.
        rate (str | None): The documentation shows the rate as a string.
        name (str | None):
    """

    __slots__ = (
        "amount",
        "tax_account",
        "rate",
        "name",
    )
    _fields: ClassVar[tuple[str, ...]] = __slots__
    _keys: ClassVar[tuple[str, ...]] = (
        "amount",
        "tax_account",
        "rate",
        "name",
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

    amount: int | None
    tax_account: Any | None
    rate: str | None
    name: str | None

    def __init__(
        self,
        *,
        amount: int | None = None,
        tax_account: Any | None = None,
        rate: str | None = None,
        name: str | None = None,
    ) -> None:
        self.amount = amount
        self.tax_account = tax_account
        self.rate = rate
        self.name = name
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

        v = src.get("tax_account")
        if v is None and "tax_account" not in src:
            absent += ("tax_account",)
        self.tax_account = v

        v = src.get("rate")
        if type(v) is str:
            self.rate = v
        elif v is None:
            if "rate" not in src:
                absent += ("rate",)
            self.rate = None
        else:
            try:
                self.rate = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "rate", v, error)

        v = src.get("name")
        if type(v) is str:
            self.name = v
        elif v is None:
            if "name" not in src:
                absent += ("name",)
            self.name = None
        else:
            try:
                self.name = _v.to_str(v)
            except (TypeError, ValueError) as error:
                bad = _m.fail(bad, "name", v, error)

        self._absent = absent
        if len(src) > 4 - len(absent):
            self._extra = {key: value for key, value in src.items() if key not in _KNOWN_KEYS}
        else:
            self._extra = None
        return bad


# The keys the model knows, apart from which it keeps in additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(InvoiceSalesTax._keys)
