"""Property tests: pages generated from the spec, valid and with one value that does not fit.

Whatever a page holds, reading it gives values of the declared types or ResponseValidationError with
the path of the value that does not fit; the other fields read their values; `to_dict()` gives the
JSON back as sent; repr, ==, copies and pickles never raise.
"""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from thred_client.errors import ResponseValidationError
from thred_client.models import CustomerCreditPage, InvoicePage
from thred_client.types import Model

from tests import spec_walk
from tests.test_models import MISFITS, PYTHON_TYPES, read

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def _datetime_text(value: datetime.datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")  # the form the models write back


def json_for(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Valid JSON for `schema` (an unresolved member schema), nulls included where allowed."""
    kind, nullable = spec_walk.kind_of(schema)
    resolved = spec_walk.resolve(schema)
    strategy: st.SearchStrategy[Any]
    if kind == "string":
        strategy = st.text(max_size=12)
    elif kind == "integer":
        strategy = st.integers(min_value=-(10**15), max_value=10**15)
    elif kind == "number":
        strategy = st.floats(allow_nan=False, allow_infinity=False)
    elif kind == "boolean":
        strategy = st.booleans()
    elif kind == "uuid":
        strategy = st.uuids().map(str)
    elif kind == "date":
        strategy = st.dates().map(datetime.date.isoformat)
    elif kind == "date-time":
        strategy = st.datetimes(timezones=st.just(datetime.UTC)).map(_datetime_text)
    elif kind == "array":
        strategy = st.lists(json_for(resolved.get("items", {}), depth + 1), max_size=2 if depth < 2 else 0)
    elif kind == "object" and "properties" in resolved:
        strategy = object_for(resolved, depth)
    elif kind == "object":
        strategy = st.dictionaries(st.text(max_size=5), ANY_JSON, max_size=2)
    else:
        strategy = ANY_JSON
    return st.none() | strategy if nullable else strategy


def object_for(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    required = set(schema.get("required", ()))
    properties = schema["properties"]
    return st.fixed_dictionaries(
        {name: json_for(member, depth + 1) for name, member in properties.items() if name in required},
        optional={
            name: json_for(member, depth + 1) for name, member in properties.items() if name not in required
        },
    )


def page_for(schema_name: str) -> st.SearchStrategy[dict[str, Any]]:
    return object_for(spec_walk.schema_named(schema_name), 0)


PAGE_MODELS = {"InvoicePage": InvoicePage, "CustomerCreditPage": CustomerCreditPage}
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def check_value(field: spec_walk.TypedField, value: Any) -> None:
    if value is None:
        assert field.nullable or not field.required, field.path
        return
    if field.kind in PYTHON_TYPES:
        assert isinstance(value, PYTHON_TYPES[field.kind]), (field.path, value)
    if field.kind == "integer":
        assert type(value) is int
    if field.kind == "date-time":
        assert value.tzinfo is not None


def check_protocol(model: Model) -> None:
    assert repr(model)
    for copied in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
        assert copied == model


def under(path: spec_walk.Path_, prefix: spec_walk.Path_) -> bool:
    return path[: len(prefix)] == prefix


@SETTINGS
@given(st.sampled_from(sorted(PAGE_MODELS)).flatmap(lambda name: st.tuples(st.just(name), page_for(name))))
def test_a_valid_page_reads_every_field_as_its_type(drawn: tuple[str, dict[str, Any]]) -> None:
    name, document = drawn
    page = PAGE_MODELS[name].from_dict(copy.deepcopy(document))
    for field in spec_walk.typed_fields(spec_walk.schema_named(name), document):
        check_value(field, read(page, field.path))
    assert page.to_dict() == document
    check_protocol(page)


@SETTINGS
@given(st.data())
def test_one_value_that_does_not_fit_costs_only_itself(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(PAGE_MODELS)))
    document = data.draw(page_for(name))
    fields = [
        field
        for field in spec_walk.typed_fields(spec_walk.schema_named(name), document)
        if field.kind in MISFITS
    ]
    if not fields:
        return
    # A kind first, then a field of it: every kind is tried about as often, however few its fields.
    kind = data.draw(st.sampled_from(sorted({field.kind for field in fields})))
    target = data.draw(st.sampled_from([field for field in fields if field.kind == kind]))
    misfit = data.draw(st.sampled_from(MISFITS[target.kind]))
    changed = spec_walk.with_value(document, target.path, misfit)
    page = PAGE_MODELS[name].from_dict(copy.deepcopy(changed))

    for field in spec_walk.typed_fields(spec_walk.schema_named(name), changed):
        if field.path == target.path:
            try:
                read(page, field.path)
            except ResponseValidationError as error:
                assert error.path == target.path
                assert error.raw == misfit
            else:
                raise AssertionError(f"{spec_walk.location(field.path)} read {misfit!r} without an error")
        elif not under(field.path, target.path):
            check_value(field, read(page, field.path))
    assert page.to_dict() == changed
    check_protocol(page)
