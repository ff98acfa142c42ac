# Copied from overlays/thred_client/_model.py by tools/codegen.py: edit that file, never this copy.
"""The runtime of every generated model: reading JSON on first use, checking types, the object protocol.

A generated model declares only what varies: its fields (`_fields`, `_keys`, `_dumps`), the keys it
requires, whether it keeps unknown keys, and `_convert`, the straight-line code that checks and
converts its fields. Everything else lives here, where the type checker sees it.

A model read from JSON starts as an instance of its *lazy* variant, a subclass that holds the JSON
object and converts every field of the model on the first attribute it is asked for. It then becomes
an instance of the model class itself (reads are plain slot reads from then on), or of its *flawed*
variant when a field did not fit: reading such a field raises its ResponseValidationError, each time.
The JSON object is dropped once converted; a value that did not fit is kept as sent, for `to_dict()`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from ._items import MASK, SENSITIVE, Bad, ItemList, Misfit, Path, bad_item, masked
from ._values import expected, kind, to_any
from .errors import ResponseValidationError

__all__ = ["ItemList", "Misfit", "Model", "Path"]

M = TypeVar("M", bound="Model")
T = TypeVar("T")

_new = object.__new__
_set = object.__setattr__
_get = object.__getattribute__


# --- the models and lists within a model ---------------------------------------------------------------


def model_list(model: type[Model], value: object, path: Path) -> list[Any]:
    """The JSON array `value` as a list of `model`s (each read on first use if it holds a list of
    models, else now); an ItemList if some items do not fit."""
    if type(value) is not list:
        raise expected("an array", value)
    if not value:
        return []
    required = model._required
    out: list[Any] = []
    append = out.append
    failures: dict[int, ResponseValidationError] | None = None
    # Each item made in line, one loop for each kind: this runs for every record of every page.
    if model._holds_model_lists:
        lazy_class = model._lazy
        for index, item in enumerate(value):
            if type(item) is dict:
                for key in required:
                    if key not in item:
                        break
                else:
                    instance = _new(lazy_class)
                    _set_src(instance, item)
                    _set_path(instance, (path, index))
                    append(instance)
                    continue
            failures = _bad_item(out, failures, index, item, required, path)
    else:
        flawed = model._flawed
        for index, item in enumerate(value):
            if type(item) is dict:
                for key in required:
                    if key not in item:
                        break
                else:
                    instance = _new(model)
                    item_path = (path, index)
                    bad = instance._convert(item, item_path)
                    instance._src = None
                    instance._path = item_path
                    instance._bad = bad
                    if bad:
                        instance.__class__ = flawed
                    append(instance)
                    continue
            failures = _bad_item(out, failures, index, item, required, path)
    if failures:
        return ItemList(out, failures)
    return out


def _bad_item(
    out: list[Any],
    failures: dict[int, ResponseValidationError] | None,
    index: int,
    item: object,
    required: tuple[str, ...],
    path: Path,
) -> dict[int, ResponseValidationError]:
    """Append the Bad record of the list item `item` to `out`; `failures` with its error."""
    if type(item) is dict:
        key = next(key for key in required if key not in item)
        bad = bad_item(index, item, "required field is missing", path, (key,))
    else:
        bad = bad_item(index, item, f"expected an object, got {kind(item)}", path)
    failures = failures or {}
    failures[index] = bad.error
    out.append(bad)
    return failures


def _lazy(model: type[M], src: Mapping[str, Any], path: Path) -> M:
    """A `model` that will read `src` on its first use."""
    instance = cast(M, _new(model._lazy))
    _set_src(instance, src)
    _set_path(instance, path)
    return instance


def _build(model: type[M], src: Mapping[str, Any], path: Path) -> M:
    """A `model` with every field read from `src` now (model_list does the same in line, per item)."""
    instance: M = _new(model)
    bad = instance._convert(src, path)
    instance._src = None
    instance._path = path
    instance._bad = bad
    if bad:
        _set_class(instance, model._flawed)
    return instance


def scalar_list(convert: Callable[[object], Any], value: object, path: Path) -> list[Any]:
    """The JSON array `value` with each item converted; an ItemList if some items do not fit."""
    if type(value) is not list:
        raise expected("an array", value)
    if convert is to_any:
        return list(value)
    out: list[Any] = []
    failures: dict[int, ResponseValidationError] | None = None
    for index, item in enumerate(value):
        try:
            out.append(convert(item))
        except (TypeError, ValueError) as error:
            bad = bad_item(index, item, str(error), path)
            failures = failures or {}
            failures[index] = bad.error
            out.append(bad)
    if failures:
        return ItemList(out, failures)
    return out


def nested(model: type[M], value: object, path: Path) -> M:
    """The JSON object `value` as a `model`: read on first use if it holds a list of models, else now."""
    if type(value) is not dict:
        raise expected("an object", value)
    for key in model._required:
        if key not in value:
            raise _Missing(key)
    return _lazy(model, value, path) if model._holds_model_lists else _build(model, value, path)


class _Missing(ValueError):
    """A required key of a nested object is missing."""

    def __init__(self, key: str) -> None:
        super().__init__("required field is missing")
        self.key = key


def misfit(value: object, error: Exception) -> Misfit:
    """The record of `value` failing with `error`, for a field's `_bad` entry."""
    if isinstance(error, _Missing):
        return Misfit(value, str(error), (error.key,))
    return Misfit(value, str(error) or type(error).__name__)


# --- dumping a value back to JSON ------------------------------------------------------------------


def dump_model(value: Any) -> Any:
    return value.to_dict()


def dump_list(dump_item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The dumper of a list whose items `dump_item` dumps; a bad item goes back as it was sent."""

    def dump(value: Any) -> Any:
        return [item.misfit.raw if type(item) is Bad else dump_item(item) for item in list.__iter__(value)]

    return dump


def fail(bad: dict[str, Misfit] | None, name: str, value: object, error: Exception) -> dict[str, Misfit]:
    """`bad` with the field `name` recorded as not fitting."""
    bad = bad or {}
    bad[name] = misfit(value, error)
    return bad


# --- the model base -----------------------------------------------------------------------------------


class Model:
    """The base of every generated model.

    A model read with `from_dict` converts its own fields when one of them is first read; a model
    nested in it converts with it if it holds no model itself, else on its own first read. Each
    field then holds a value of its declared type, or reading it raises ResponseValidationError
    naming its path from the response's root (``results[3].total_amount``), each time; the other
    fields read as usual. `to_dict()` gives the JSON back, with a value that did not fit as it was
    sent. `fields_set` tells which fields were
    sent (absent and null both read as None). `repr`, `==`, `copy`, `deepcopy` and `pickle` work for
    every model, valid or not. Models are mutable, so they are not hashable.
    """

    # __weakref__: a page can be watched (the pagination tests count the pages a walk holds).
    __slots__ = ("__weakref__", "_absent", "_bad", "_extra", "_path", "_src")

    # What each generated model declares:
    _fields: ClassVar[tuple[str, ...]] = ()  # attribute names, in the spec's order
    _keys: ClassVar[tuple[str, ...]] = ()  # their JSON keys
    _dumps: ClassVar[tuple[Callable[[Any], Any], ...]] = ()  # each field's value back to JSON
    _required: ClassVar[tuple[str, ...]] = ()  # JSON keys that must be present
    _open: ClassVar[bool] = False  # keeps the keys it does not know, in additional_properties
    # Whether it holds a list of models: such a model (a page, an invoice, a customer) is read on first
    # use, so that a walk pays for what it reads; the others (a line item, a document, an account
    # identifier) are read with the model holding them, which costs less than waiting.
    _holds_model_lists: ClassVar[bool] = False
    # Set for each model by __init_subclass__:
    _required_fields: ClassVar[frozenset[str]] = frozenset()  # attribute names of the required keys
    _model: ClassVar[type[Model]]
    _lazy: ClassVar[type[Model]]
    _converting: ClassVar[type[Model]]
    _flawed: ClassVar[type[Model]]

    _src: Mapping[str, Any] | None
    _path: Path
    _bad: dict[str, Misfit] | None
    # Attribute names of the fields that were not sent; None for a model built by its constructor,
    # whose fields count as set when they are not None.
    _absent: frozenset[str] | tuple[str, ...] | None
    _extra: dict[str, Any] | None

    def __init_subclass__(cls, *, variant: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if variant:
            return
        cls._model = cls
        cls._required_fields = frozenset(
            name for name, key in zip(cls._fields, cls._keys, strict=True) if key in cls._required
        )
        names = {
            "__slots__": (),
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__doc__": cls.__doc__,
        }
        # While its fields are set: no __setattr__ of its own, so that setting a slot is the fast path.
        cls._converting = _variant(cls, names, {"__getattr__": _lazy_getattr})
        cls._lazy = _variant(
            cls,
            names,
            {
                "__getattribute__": _lazy_getattribute(cls),
                "__getattr__": _lazy_getattr,
                "__setattr__": _lazy_setattr,
            },
        )
        cls._flawed = _variant(cls, names, {"__getattr__": _flawed_getattr})

    def _init_meta(self) -> None:
        """Called by a generated constructor once it has set the fields."""
        self._src = None
        self._path = ()
        self._bad = None
        self._absent = None
        self._extra = None

    def _convert(self, src: Mapping[str, Any], path: Path) -> dict[str, Misfit] | None:
        """Set every field from `src` (and `_absent`, `_extra`); the fields that did not fit, or None."""
        _set(self, "_absent", ())
        _set(self, "_extra", None)
        return None

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """A model read from the JSON object `src_dict`; its fields are checked when first read.

        Raises ResponseValidationError at once only for a value that is not an object or lacks a
        required key. The model reads the mapping it is given: do not change that mapping after.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object, got {kind(src_dict)}", raw=masked(src_dict))
        for key in cls._required:
            if key not in src_dict:
                raise ResponseValidationError("required field is missing", (key,), raw=masked(src_dict))
        return _lazy(cls, src_dict, ())

    # --- what was sent -------------------------------------------------------------------------------

    @property
    def fields_set(self) -> frozenset[str]:
        """The attribute names of the fields that were sent (null included), or given a value."""
        _complete(self)
        absent = self._absent
        if absent is None:
            required = self._required_fields
            return frozenset(
                name for name in self._fields if name in required or _slot(self, name) is not None
            )
        return frozenset(name for name in self._fields if name not in absent)

    def is_set(self, name: str) -> bool:
        """Whether the field `name` (an attribute name) was sent, or given a value."""
        if name not in self._fields:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        return name in self.fields_set

    @property
    def invalid_fields(self) -> dict[str, ResponseValidationError]:
        """The fields whose values did not fit, by attribute name, each with its error."""
        _complete(self)
        bad = self._bad or {}
        keys = dict(zip(self._fields, self._keys, strict=True))
        return {
            name: entry.error(self._path, keys[name], sensitive=name in SENSITIVE)
            for name, entry in bad.items()
            if _slot(self, name) is _NOTHING
        }

    def _sent(self, key: str) -> Any:
        """The value of the JSON key `key` as sent, without converting a model not yet read."""
        return self.as_sent().get(key)

    def as_sent(self) -> Mapping[str, Any]:
        """The JSON object as sent: the very mapping the model was read from while none of its fields
        has been read, else `to_dict()`, which equals it (a value that did not fit comes back as sent).
        """
        src = _get(self, "_src")
        return src if src is not None else self.to_dict()

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The members of the JSON object that are not fields, as sent (models that keep them only)."""
        _complete(self)
        extra = self._extra
        if extra is None:
            extra = {}
            _set(self, "_extra", extra)
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        _complete(self)
        _set(self, "_extra", value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    # --- back to JSON ----------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object: fields that did not fit as they were sent, absent ones left out."""
        _complete(self)
        out: dict[str, Any] = {}
        extra = self._extra
        if extra:
            out.update(extra)
        absent = self._absent
        bad = self._bad
        required = self._required
        for name, key, dump in zip(self._fields, self._keys, self._dumps, strict=True):
            value = _slot(self, name)
            if value is _NOTHING:
                if bad is not None and name in bad:
                    out[key] = bad[name].raw
                continue
            if value is None:
                if key not in required and (absent is None or name in absent):
                    continue
                out[key] = None
            else:
                out[key] = dump(value)
        return out

    # --- the object protocol ---------------------------------------------------------------------------

    def _state(self) -> tuple[Any, ...]:
        _complete(self)
        bad = self._bad or {}
        values = []
        for name in self._fields:
            value = _slot(self, name)
            if value is _NOTHING:
                value = bad.get(name)
            values.append(value)
        return (tuple(values), tuple(sorted(self.fields_set)), self._extra or {})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model) or type(other)._model is not type(self)._model:
            return NotImplemented
        return self._state() == other._state()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        _complete(self)
        bad = self._bad or {}
        shown = self.fields_set
        parts = []
        for name in self._fields:
            if name not in shown:
                continue
            value = _slot(self, name)
            if value is _NOTHING:
                text = "<invalid>" if name in SENSITIVE else repr(bad[name]) if name in bad else "<missing>"
            elif name in SENSITIVE and value is not None:
                text = repr(MASK)
            else:
                text = repr(value)
            parts.append(f"{name}={text}")
        if self._extra:
            parts.append(f"additional_properties={self._extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def _values(self) -> dict[str, Any]:
        values = {}
        for name in self._fields:
            value = _slot(self, name)
            if value is not _NOTHING:
                values[name] = value
        return values

    def __reduce__(self) -> tuple[Any, ...]:
        _complete(self)
        return (_restore, (type(self)._model, self._values(), self._bad, self._absent, self._extra))

    def __copy__(self: M) -> M:
        _complete(self)
        values = self._values()
        bad = dict(self._bad) if self._bad else None
        extra = dict(self._extra) if self._extra is not None else None
        return _restore(type(self)._model, values, bad, self._absent, extra)  # type: ignore[return-value]


# A lazy model's own slots and class, reached past its __getattribute__ and __setattr__: cheaper than
# object.__getattribute__ and object.__setattr__.
_set_src = Model.__dict__["_src"].__set__
_set_path = Model.__dict__["_path"].__set__
_get_src = Model.__dict__["_src"].__get__
_get_path = Model.__dict__["_path"].__get__
_set_class = object.__dict__["__class__"].__set__


def _variant(model: type[Model], names: dict[str, Any], methods: dict[str, Any]) -> type[Model]:
    variant: type[Model] = type(model.__name__, (model,), {**names, **methods}, variant=True)
    return variant


class _Nothing:
    """The value of a slot that was never set (a field that did not fit)."""

    __slots__ = ()


_NOTHING: Any = _Nothing()


def _slot(instance: Model, name: str) -> Any:
    try:
        return _get(instance, name)
    except AttributeError:
        return _NOTHING
    except ResponseValidationError:
        return _NOTHING


def _restore(
    model: type[Model],
    values: Mapping[str, Any],
    bad: dict[str, Misfit] | None,
    absent: frozenset[str] | tuple[str, ...] | None,
    extra: dict[str, Any] | None,
) -> Model:
    instance: Model = _new(model._flawed if bad else model)
    for name, value in values.items():
        _set(instance, name, value)
    _set(instance, "_src", None)
    _set(instance, "_path", ())
    _set(instance, "_bad", bad)
    _set(instance, "_absent", absent)
    _set(instance, "_extra", extra)
    return instance


def _complete(instance: Model) -> None:
    """Convert a lazy model's fields; nothing for one already converted."""
    cls = type(instance)
    model = cls._model
    if cls is not model._lazy and cls is not model._converting:
        return
    _convert_now(instance, model)


def _convert_now(instance: Model, model: type[Model]) -> None:
    src = _get_src(instance)
    if src is None:  # converted meanwhile by another thread
        return
    # A thread reading meanwhile finds a slot not yet set, reaches _lazy_getattr and converts too:
    # both set the same values, and the class changes last.
    _set_class(instance, model._converting)
    bad = instance._convert(src, _get_path(instance))
    instance._bad = bad
    instance.__class__ = model._flawed if bad else model
    instance._src = None


def _lazy_getattribute(model: type[Model]) -> Callable[[Model, str], Any]:
    """The __getattribute__ of `model`'s lazy variant: reading a field converts first. A slot that is not
    set would also reach _lazy_getattr, but only once AttributeError is raised, which costs more than
    the whole of this."""
    fields = frozenset(model._fields)

    def __getattribute__(self: Model, name: str) -> Any:
        if name in fields:
            _convert_now(self, model)
            return getattr(self, name)
        return _get(self, name)

    return __getattribute__


def _lazy_getattr(self: Model, name: str) -> Any:
    # Reached only for a slot not set: on a lazy model, one of its own (_bad, _absent, ...); on a model
    # being converted, any field.
    if name[:2] == "__":  # protocols probed on the instance (copy, pickle): not fields
        raise AttributeError(name)
    _convert_now(self, type(self)._model)
    return getattr(self, name)


def _lazy_setattr(self: Model, name: str, value: Any) -> None:
    # Converted later, the fields would overwrite a value set now.
    _complete(self)
    setattr(self, name, value)


def _flawed_getattr(self: Model, name: str) -> Any:
    bad = _get(self, "_bad")
    entry = bad.get(name) if bad else None
    if entry is None:
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    key = self._keys[self._fields.index(name)]
    raise entry.error(_get(self, "_path"), key, sensitive=name in SENSITIVE)
