"""The generated models read Thred's documented responses, and real data's surprises, without losing any.

Every field is found by walking the spec alongside the documented example pages: each is read with a
value of its own type, null, absent, and values that do not fit, and must give a value of its
declared type or raise ResponseValidationError naming its path, never anything else.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import sys
import threading
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from thred_client.api.invoices import list_invoices
from thred_client.errors import ResponseValidationError, ThredError
from thred_client.models import (
    AccountIdentifier,
    Customer,
    CustomerCreditCustomer,
    CustomerCreditPage,
    CustomerCreditStatus,
    CustomerCreditTag,
    Error,
    Invoice,
    InvoiceLineItem,
    InvoicePage,
    InvoiceSort,
    InvoiceStatus,
    PartnerToken,
)
from thred_client.types import UNSET, ItemList, Model, Unset

from tests import spec_walk

FIXTURES = Path(__file__).parent / "fixtures" / "docs"
DOC_UUID = UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")
DOC_DATETIME = datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=datetime.UTC)


def documented(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return loaded


INVOICES = documented("list_invoices_200.json")
CREDITS = documented("list_customer_credits_200.json")
# Each documented page, with the schema and model that read it.
PAGES = {
    "invoices": (INVOICES, "InvoicePage", InvoicePage),
    "credits": (CREDITS, "CustomerCreditPage", CustomerCreditPage),
}


def attribute(model: Model, key: str) -> str:
    """The attribute that holds the JSON member `key` of `model` (``type`` is ``type_``)."""
    return type(model)._fields[type(model)._keys.index(key)]


def read(root: Any, path: spec_walk.Path_) -> Any:
    """The value at `path`, read through the models' attributes as a service would."""
    value = root
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, attribute(value, part))
    return value


def all_fields(document_key: str) -> list[spec_walk.TypedField]:
    document, schema, _ = PAGES[document_key]
    return list(spec_walk.typed_fields(spec_walk.schema_named(schema), document))


def field_cases(select: Any) -> list[Any]:
    cases = []
    for key, (document, _, model) in PAGES.items():
        for field in all_fields(key):
            if select(field):
                location = spec_walk.location(field.path)
                cases.append(pytest.param(document, model, field, id=f"{key}:{location}"))
    return cases


# Values that do not fit each kind of field: other JSON types, and look-alikes (a numeric string, a
# fraction, the string "false", a date where a date-time belongs).
MISFITS: dict[str, list[Any]] = {
    "string": [3, True, {"a": 1}],
    "integer": ["12", 12.5, True],
    "number": ["1.5", True],
    "boolean": ["false", 0],
    "uuid": ["not-a-uuid", 42, "3c90c3cc-0d44-4b50-8888-8dd2573605_a"],
    "date": ["25/12/2023", 20231225],
    "date-time": ["yesterday", 1699335116, "2023-11-07", "20231107T053156Z"],
    "object": ["Acme", ["x"]],
    "array": [{"id": "x"}, "x"],
}
PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "uuid": UUID,
    "date": datetime.date,
    "date-time": datetime.datetime,
    "object": Model,
    "array": list,
}
TYPED = field_cases(lambda field: field.kind != "any")
OPTIONAL = field_cases(lambda field: not field.required)
REQUIRED = field_cases(lambda field: field.required)
MISFIT_CASES = [
    pytest.param(*case.values, value, id=f"{case.id}={value!r}")
    for case in TYPED
    for value in MISFITS[case.values[2].kind]
]


def test_every_documented_field_is_exercised() -> None:
    paths = {spec_walk.location(case.values[2].path) for case in OPTIONAL + REQUIRED}
    assert "results[0].customer.documents[0].mime_type" in paths
    assert "results[0].line_items[0].account_identifier.id" in paths
    assert "results[0].allocations[0].applied_at" in paths
    assert len(paths) > 120
    assert {case.values[2].kind for case in TYPED} >= set(MISFITS) - {"number"}


def assert_protocol_holds(model: Model) -> None:
    """repr, str, ==, copies and pickles work and agree, whatever the model holds."""
    assert repr(model) and str(model)
    for copied in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
        assert copied == model
        assert copied.to_dict() == model.to_dict()
    with pytest.raises(TypeError):
        hash(model)  # mutable, so not hashable: consistently, valid or not


class TestDocumentedExamples:
    def test_invoice_page(self) -> None:
        page = InvoicePage.from_dict(INVOICES)
        assert page.count == 123
        assert (page.page_info.total_count, page.page_info.current_page) == (123, 1)
        assert (page.page_info.total_pages, page.page_info.page_size) == (7, 20)
        (invoice,) = page.results
        assert invoice.id == DOC_UUID
        assert invoice.business_id == DOC_UUID
        assert invoice.status == "SENT"
        assert invoice.sent_at == DOC_DATETIME
        assert invoice.is_overdue is False
        assert invoice.invoice_type == "invoice"
        assert invoice.total_amount == 123
        assert isinstance(invoice.customer, Customer)
        assert invoice.customer.email == "[email\xa0protected]"  # as the docs page renders it
        assert invoice.customer.tax_exempt is True
        assert invoice.customer.metadata == "<unknown>"
        assert invoice.customer.transaction_tags == ["<unknown>"]
        assert invoice.customer.documents and invoice.customer.documents[0].document_id == DOC_UUID
        assert invoice.line_items
        assert invoice.line_items[0].account_identifier == AccountIdentifier(id=DOC_UUID, type_="AccountId")
        assert invoice.additional_sales_taxes and invoice.additional_sales_taxes[0].rate == "<string>"
        assert invoice.payment_allocations
        assert invoice.payment_allocations[0].payment_date == datetime.date(2023, 12, 25)
        assert invoice.credit_allocations and invoice.credit_allocations[0].credit_note_id == DOC_UUID
        assert invoice.refund_allocations and invoice.refund_allocations[0].allocated_at == DOC_DATETIME
        assert invoice.write_offs and invoice.write_offs[0].amount_cents == 123
        assert invoice.document and invoice.document.file_size == 123
        assert invoice.additional_properties == {}

    def test_customer_credit_page(self) -> None:
        page = CustomerCreditPage.from_dict(CREDITS)
        assert page.page_info.total_pages == 7
        (credit,) = page.results
        assert credit.id == DOC_UUID
        assert credit.status == "draft"
        assert credit.currency == "EUR"
        assert isinstance(credit.customer, CustomerCreditCustomer)
        assert credit.customer.additional_properties == {}
        assert credit.tags and isinstance(credit.tags[0], CustomerCreditTag)
        assert credit.line_items and credit.line_items[0].tags == ["<string>"]
        assert credit.line_items[0].revenue_account_identifier
        assert credit.line_items[0].revenue_account_identifier.type_ == "AccountId"
        assert credit.allocations and credit.allocations[0].invoice_outstanding_balance_cents == 123
        assert credit.created_at == DOC_DATETIME

    @pytest.mark.parametrize("key", PAGES)
    def test_round_trip_is_exact(self, key: str) -> None:
        document, _, model = PAGES[key]
        parsed = model.from_dict(json.loads(json.dumps(document)))
        assert parsed.to_dict() == document
        assert model.from_dict(parsed.to_dict()) == parsed
        assert_protocol_holds(parsed)


class TestDeclaredTypes:
    """A field read is of its annotated type, or reading it raises ResponseValidationError."""

    @pytest.mark.parametrize(("document", "model", "field"), TYPED)
    def test_a_documented_value_reads_as_its_type(
        self, document: Any, model: Any, field: spec_walk.TypedField
    ) -> None:
        value = read(model.from_dict(document), field.path)
        assert isinstance(value, PYTHON_TYPES[field.kind])
        if field.kind == "integer":
            assert type(value) is int  # not a bool
        if field.kind == "date-time":
            assert value.tzinfo is not None

    @pytest.mark.parametrize(("document", "model", "field", "value"), MISFIT_CASES)
    def test_a_value_that_does_not_fit_raises_naming_its_path(
        self, document: Any, model: Any, field: spec_walk.TypedField, value: Any
    ) -> None:
        changed = spec_walk.with_value(document, field.path, value)
        parsed = model.from_dict(changed)
        for _ in range(2):  # each time it is read, not once
            with pytest.raises(ResponseValidationError) as raised:
                read(parsed, field.path)
            assert raised.value.path == field.path
            assert raised.value.raw == value
            assert str(raised.value).startswith(f"{spec_walk.location(field.path)}: ")
            assert isinstance(raised.value, ThredError)
        # Nothing lost: every other field reads, and the JSON comes back as it was sent.
        assert parsed.to_dict() == changed
        assert_protocol_holds(parsed)

    @pytest.mark.parametrize(
        ("document", "model", "field"), field_cases(lambda field: field.kind == "integer")
    )
    def test_an_integral_float_reads_as_an_integer(
        self, document: Any, model: Any, field: spec_walk.TypedField
    ) -> None:
        value = read(model.from_dict(spec_walk.with_value(document, field.path, 12.0)), field.path)
        assert type(value) is int and value == 12

    def test_a_report_counting_overdue_invoices_is_not_fooled_by_a_string(self) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "is_overdue"), "false")
        with pytest.raises(ResponseValidationError, match=r"^results\[0\]\.is_overdue: expected a boolean"):
            _ = InvoicePage.from_dict(changed).results[0].is_overdue

    def test_the_reason_says_what_was_expected_and_holds_no_value(self) -> None:
        secret = "s3cr3t-value-that-must-not-be-logged"
        changed = spec_walk.with_value(INVOICES, ("results", 0, "total_amount"), secret)
        with pytest.raises(ResponseValidationError) as raised:
            _ = InvoicePage.from_dict(changed).results[0].total_amount
        assert str(raised.value) == "results[0].total_amount: expected an integer, got str"
        assert raised.value.location == "results[0].total_amount"
        assert secret not in str(raised.value) + repr(raised.value)


class TestDateTimes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2023-11-07T05:31:56Z", DOC_DATETIME),
            ("2023-11-07T05:31:56z", DOC_DATETIME),
            ("2023-11-07t05:31:56Z", DOC_DATETIME),
            ("2023-11-07 05:31:56Z", DOC_DATETIME),
            ("2023-11-07T07:31:56+02:00", DOC_DATETIME),
            ("2023-11-07T00:01:56-05:30", DOC_DATETIME),
            ("2023-11-07T05:31:56.123456Z", DOC_DATETIME.replace(microsecond=123456)),
            ("2023-11-07T05:31:56.5Z", DOC_DATETIME.replace(microsecond=500000)),
            ("2023-11-07T05:31:56.123456789Z", DOC_DATETIME.replace(microsecond=123456)),
            # No offset: read as UTC (the spec's info says so), never as a naive date-time.
            ("2023-11-07T05:31:56", DOC_DATETIME),
        ],
    )
    def test_rfc_3339_forms(self, text: str, expected: datetime.datetime) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "sent_at"), text)
        changed = spec_walk.with_value(changed, ("results", 0, "customer", "created_at"), text)
        invoice = InvoicePage.from_dict(changed).results[0]
        for value in (invoice.sent_at, invoice.customer and invoice.customer.created_at):
            assert value == expected
            assert value is not None and value.tzinfo is not None
        assert invoice.sent_at is not None and invoice.sent_at.utcoffset() is not None

    def test_aware_and_offsetless_values_compare(self) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "sent_at"), "2023-11-07T05:31:56")
        invoice = InvoicePage.from_dict(changed).results[0]
        assert invoice.sent_at is not None and invoice.due_at is not None
        assert (invoice.sent_at <= invoice.due_at) is True  # would raise TypeError if one were naive

    def test_the_spec_records_the_offsetless_reading(self) -> None:
        assert "read as UTC" in spec_walk.spec()["info"]["description"]


class TestNullAndAbsent:
    @pytest.mark.parametrize(("document", "model", "field"), OPTIONAL)
    def test_null_reads_as_none_and_is_sent(
        self, document: Any, model: Any, field: spec_walk.TypedField
    ) -> None:
        changed = spec_walk.with_value(document, field.path, None)
        parsed = model.from_dict(changed)
        assert read(parsed, field.path) is None
        owner = read(parsed, field.path[:-1])
        assert owner.is_set(attribute(owner, str(field.path[-1])))
        assert parsed.to_dict() == changed

    @pytest.mark.parametrize(("document", "model", "field"), OPTIONAL)
    def test_absent_reads_as_none_and_is_not_sent(
        self, document: Any, model: Any, field: spec_walk.TypedField
    ) -> None:
        changed = spec_walk.without(document, field.path)
        parsed = model.from_dict(changed)
        owner = read(parsed, field.path[:-1])
        name = attribute(owner, str(field.path[-1]))
        assert getattr(owner, name) is None
        assert not owner.is_set(name)
        assert name not in owner.fields_set
        assert parsed.to_dict() == changed

    @pytest.mark.parametrize(("document", "model", "field"), REQUIRED)
    def test_a_missing_required_field_names_its_path(
        self, document: Any, model: Any, field: spec_walk.TypedField
    ) -> None:
        changed = spec_walk.without(document, field.path)
        if len(field.path) == 1:  # the envelope itself: nothing of the page can be trusted
            with pytest.raises(
                ResponseValidationError, match=rf"^{field.path[0]}: required field is missing"
            ):
                model.from_dict(changed)
            return
        parsed = model.from_dict(changed)
        with pytest.raises(ResponseValidationError) as raised:
            read(parsed, field.path)
        assert raised.value.path == field.path
        assert str(raised.value) == f"{spec_walk.location(field.path)}: required field is missing"
        assert parsed.to_dict() == changed

    def test_fields_set_of_a_record(self) -> None:
        changed = spec_walk.without(INVOICES, ("results", 0, "memo"))
        changed = spec_walk.with_value(changed, ("results", 0, "paid_at"), None)
        invoice = InvoicePage.from_dict(changed).results[0]
        assert "paid_at" in invoice.fields_set and "memo" not in invoice.fields_set
        assert invoice.paid_at is None and invoice.memo is None
        assert "type_" in invoice.fields_set  # by attribute name
        with pytest.raises(AttributeError, match="no field"):
            invoice.is_set("no_such_field")

    def test_a_model_built_by_hand_sends_what_it_was_given(self) -> None:
        invoice = Invoice(id=DOC_UUID, status="sent", memo=None)
        assert invoice.to_dict() == {"id": str(DOC_UUID), "status": "sent"}
        assert invoice.fields_set == {"id", "status"}
        assert invoice.customer is None


class TestBadItems:
    """One item of a list that does not fit costs only itself."""

    GOOD = INVOICES["results"][0]

    @pytest.mark.parametrize(
        ("bad", "reason", "below"),
        [
            (None, "expected an object, got null", ()),
            (5, "expected an object, got int", ()),
            ("invoice", "expected an object, got str", ()),
            (
                {k: v for k, v in INVOICES["results"][0].items() if k != "id"},
                "required field is missing",
                ("id",),
            ),
        ],
    )
    def test_in_results(self, bad: Any, reason: str, below: tuple[str, ...]) -> None:
        second = {**self.GOOD, "id": "6f1c1d52-8a43-4c8e-9d0b-2f6e4b7a9c10"}
        document = {**INVOICES, "results": [self.GOOD, bad, second]}
        page = InvoicePage.from_dict(json.loads(json.dumps(document)))
        results = page.results
        assert isinstance(results, ItemList) and len(results) == 3
        assert results[0].id == DOC_UUID and results[2].id == UUID(second["id"])
        assert results[2].customer and results[2].customer.email
        with pytest.raises(ResponseValidationError) as raised:
            _ = results[1]
        assert raised.value.path == ("results", 1, *below)
        assert str(raised.value) == f"{spec_walk.location(('results', 1, *below))}: {reason}"
        assert raised.value.raw == bad
        assert results.failures == {1: raised.value}  # the very error reading the item raises
        seen = []
        with pytest.raises(ResponseValidationError):
            for invoice in results:
                seen.append(invoice.id)
        assert seen == [DOC_UUID]  # the items before the bad one came first
        assert page.to_dict() == document
        assert_protocol_holds(page)
        assert "<invalid" in repr(results)

    def test_in_line_items(self) -> None:
        line = self.GOOD["line_items"][0]
        document = spec_walk.with_value(INVOICES, ("results", 0, "line_items"), [line, None, [1], line])
        invoice = InvoicePage.from_dict(document).results[0]
        assert invoice.line_items is not None and len(invoice.line_items) == 4
        assert invoice.line_items[0].id == invoice.line_items[3].id == UUID(line["id"])
        with pytest.raises(
            ResponseValidationError, match=r"^results\[0\]\.line_items\[2\]: expected an object"
        ):
            _ = invoice.line_items[2]
        assert sorted(invoice.line_items.failures) == [1, 2]  # type: ignore[attr-defined]
        assert invoice.total_amount == 123  # the record's other fields are untouched
        assert invoice.to_dict() == document["results"][0]

    def test_in_a_list_of_strings(self) -> None:
        document = spec_walk.with_value(CREDITS, ("results", 0, "line_items", 0, "tags"), ["a", 7, "b"])
        tags = CustomerCreditPage.from_dict(document).results[0].line_items[0].tags  # type: ignore[index]
        assert tags is not None and tags[0] == "a" and tags[2] == "b"
        with pytest.raises(ResponseValidationError, match=r"line_items\[0\]\.tags\[1\]: expected a string"):
            _ = tags[1]

    def test_list_operations_and_copies(self) -> None:
        document = {**INVOICES, "results": [self.GOOD, None]}
        results = InvoicePage.from_dict(document).results
        assert isinstance(results, ItemList)
        assert copy.copy(results) == results and copy.deepcopy(results) == results
        assert pickle.loads(pickle.dumps(results)) == results
        assert results[:1][0].id == DOC_UUID
        with pytest.raises(ResponseValidationError):
            list(results)
        with pytest.raises(ResponseValidationError):
            _ = results[-1]


class TestReferences:
    """An object that refers to another requires nothing: its shape may depend on its `type`."""

    @pytest.mark.parametrize(
        "reference",
        [{"type": "TaxAccountId", "code": "VAT-20"}, {"type": "AccountId"}, {}, {"id": str(DOC_UUID)}],
    )
    def test_account_identifier_of_any_kind(self, reference: dict[str, Any]) -> None:
        path = ("results", 0, "line_items", 0, "account_identifier")
        document = spec_walk.with_value(INVOICES, path, reference)
        identifier = read(InvoicePage.from_dict(document), path)
        assert isinstance(identifier, AccountIdentifier)
        assert identifier.type_ == reference.get("type")
        assert identifier.id == (UUID(reference["id"]) if "id" in reference else None)
        assert {
            **({"code": reference["code"]} if "code" in reference else {})
        } == identifier.additional_properties

    def test_only_records_and_envelopes_require_anything(self) -> None:
        # Walk the spec: every schema that requires a field is a record (its own id), the page
        # envelope (count, page_info, results, as the docs mark them) or a token schema.
        for name, schema in spec_walk.spec()["components"]["schemas"].items():
            required = set(schema.get("required", ()))
            if not required or "Token" in name:
                continue
            if name.endswith("Page"):
                assert required == {"count", "page_info", "results"}, name
            else:
                assert required == {"id"}, name
        assert not spec_walk.schema_named("AccountIdentifier").get("required")


class TestObjectProtocol:
    def test_unset_is_one_object(self) -> None:
        assert copy.copy(UNSET) is UNSET and copy.deepcopy(UNSET) is UNSET
        assert pickle.loads(pickle.dumps(UNSET)) is UNSET
        assert Unset() is UNSET
        assert json.dumps(copy.deepcopy({"x": 1, "page": UNSET}), default=repr)

    def test_a_bad_field_shows_as_such(self) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "total_amount"), "12")
        invoice = InvoicePage.from_dict(changed).results[0]
        assert "total_amount=<invalid: '12'>" in repr(invoice)
        assert "total_amount=<invalid: '12'>" in str(invoice)
        assert set(invoice.invalid_fields) == {"total_amount"}
        assert invoice.invalid_fields["total_amount"].path == ("results", 0, "total_amount")

    def test_equality(self) -> None:
        one = InvoicePage.from_dict(json.loads(json.dumps(INVOICES))).results[0]
        two = InvoicePage.from_dict(json.loads(json.dumps(INVOICES))).results[0]
        assert one == two
        two.memo = "changed"
        assert one != two
        three = InvoicePage.from_dict(
            spec_walk.with_value(INVOICES, ("results", 0, "total_amount"), True)
        ).results[0]
        four = InvoicePage.from_dict(
            spec_walk.with_value(INVOICES, ("results", 0, "total_amount"), 1)
        ).results[0]
        assert three != four  # a misfit `True` is not the valid 1
        assert one != object()

    def test_a_token_is_never_shown(self) -> None:
        token = PartnerToken.from_dict({"access_token": "eyJ.secret.sig", "expires_in": 3600})
        assert "eyJ.secret.sig" not in repr(token)
        assert "access_token='***'" in repr(token)
        bad = PartnerToken.from_dict({"access_token": ["eyJ.secret.sig"], "expires_in": 3600})
        with pytest.raises(ResponseValidationError) as raised:
            _ = bad.access_token
        assert "eyJ.secret.sig" not in repr(bad) + repr(raised.value.raw) + str(raised.value)

    @pytest.mark.parametrize(
        "body",
        [
            {"access_token": "eyJ.secret.sig"},  # a token response without its required expires_in
            {"access_token": "eyJ.secret.sig", "expires_in": "soon"},
        ],
    )
    def test_an_error_raw_never_holds_a_token(self, body: dict[str, Any]) -> None:
        with pytest.raises(ResponseValidationError) as raised:
            _ = PartnerToken.from_dict(body).expires_in
        shown = repr(raised.value.raw) + repr(raised.value) + str(raised.value)
        assert "eyJ.secret.sig" not in shown

    def test_a_bad_item_error_masks_a_token_within_it(self) -> None:
        document = {**INVOICES, "results": [{"access_token": "eyJ.secret.sig", "no": "id"}]}
        results = InvoicePage.from_dict(document).results
        assert isinstance(results, ItemList)
        assert "eyJ.secret.sig" not in repr(results.failures[0].raw)
        assert InvoicePage.from_dict(document).to_dict() == document  # kept whole for to_dict


class TestReadOnAccess:
    """A model read from JSON converts each model's fields when one is first read; nothing else is lost."""

    def test_a_field_set_before_it_is_read_keeps_the_value_set(self) -> None:
        invoice = InvoicePage.from_dict(INVOICES).results[0]
        invoice.status = "voided"
        assert invoice.status == "voided"
        assert invoice.to_dict()["status"] == "voided"

    def test_a_bad_field_set_right_reads_and_dumps_the_new_value(self) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "total_amount"), "12")
        invoice = InvoicePage.from_dict(changed).results[0]
        invoice.total_amount = 12
        assert invoice.total_amount == 12 and invoice.to_dict()["total_amount"] == 12
        assert invoice.invalid_fields == {}

    def test_an_unknown_attribute_is_an_attribute_error(self) -> None:
        invoice = InvoicePage.from_dict(INVOICES).results[0]
        assert not hasattr(invoice, "no_such_field")
        with pytest.raises(AttributeError, match="no_such_field"):
            _ = invoice.no_such_field  # type: ignore[attr-defined]

    def test_as_sent_is_the_json_before_and_after_reading(self) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "total_amount"), "12")
        source = json.loads(json.dumps(changed))["results"][0]
        invoice = InvoicePage.from_dict({**changed, "results": [source]}).results[0]
        assert invoice.as_sent() is source  # nothing read yet: the mapping itself, no copy
        _ = invoice.id
        assert invoice.as_sent() == changed["results"][0]

    def test_reading_what_is_not_a_field_converts_nothing(self) -> None:
        source = json.loads(json.dumps(INVOICES))["results"][0]
        invoice = InvoicePage.from_dict({**INVOICES, "results": [source]}).results[0]
        _ = (invoice.to_dict, invoice.as_sent, invoice._fields, invoice._keys, invoice.__class__)
        assert invoice.as_sent() is source

    @pytest.mark.parametrize("name", Invoice._fields)
    def test_whichever_field_is_read_first_converts_them_all(self, name: str) -> None:
        invoice = InvoicePage.from_dict(json.loads(json.dumps(INVOICES))).results[0]
        value = getattr(invoice, name)
        assert type(invoice) is Invoice
        assert value == getattr(InvoicePage.from_dict(INVOICES).results[0], name)
        assert invoice.to_dict() == INVOICES["results"][0]

    def test_the_json_object_is_dropped_once_read(self) -> None:
        # A fully read model holds its values, not also the JSON it came from.
        invoice = InvoicePage.from_dict(json.loads(json.dumps(INVOICES))).results[0]
        _ = invoice.id
        assert object.__getattribute__(invoice, "_src") is None
        assert type(invoice) is Invoice

    def test_threads_reading_one_model_at_once_all_see_its_fields(self) -> None:
        pages = [InvoicePage.from_dict(json.loads(json.dumps(INVOICES))) for _ in range(300)]
        failures: list[BaseException] = []

        def read_all() -> None:
            try:
                for page in pages:
                    invoice = page.results[0]
                    assert invoice.customer and invoice.customer.id == DOC_UUID
                    assert invoice.total_amount == 123
            except BaseException as error:  # any failure, reported below
                failures.append(error)

        interval = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)  # switch threads as often as possible, mid-conversion
        try:
            threads = [threading.Thread(target=read_all) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            sys.setswitchinterval(interval)
        assert failures == []

    def test_only_the_shape_is_checked_up_front(self) -> None:
        with pytest.raises(ResponseValidationError, match="expected an object, got list"):
            InvoicePage.from_dict([])  # type: ignore[arg-type]
        with pytest.raises(ResponseValidationError, match=r"^id: required field is missing$"):
            Customer.from_dict({"display_name": "no id"})


class TestOpenStatusAndUnknownFields:
    @pytest.mark.parametrize("status", ["SENT", "refunded", "archived_in_2027", ""])
    def test_invoice_status_kept_raw(self, status: str) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "status"), status)
        assert InvoicePage.from_dict(changed).results[0].status == status

    def test_known_values_are_discoverable_and_usable_as_filters(self) -> None:
        assert {status.value for status in InvoiceStatus} == {
            "sent",
            "paid",
            "partially_paid",
            "voided",
            "refunded",
        }
        assert "partially_applied" in {status.value for status in CustomerCreditStatus}
        assert "SENT".lower() == InvoiceStatus.SENT
        kwargs = list_invoices._get_kwargs(
            DOC_UUID, status=InvoiceStatus.PAID, sort=InvoiceSort.UPDATED_AT_DESC
        )
        assert kwargs["params"]["status"] == "paid"
        assert kwargs["params"]["sort"] == "-updated_at"

    def test_extra_fields_are_kept_at_every_level(self) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "new_field"), {"nested": [1, 2]})
        changed = spec_walk.with_value(changed, ("results", 0, "customer", "loyalty_tier"), "gold")
        changed = spec_walk.with_value(changed, ("page_info", "next_cursor"), "abc")
        changed = spec_walk.with_value(changed, ("next",), None)
        page = InvoicePage.from_dict(changed)
        assert page.results[0].additional_properties == {"new_field": {"nested": [1, 2]}}
        assert page.results[0].customer and page.results[0].customer["loyalty_tier"] == "gold"
        assert page.page_info.additional_properties == {"next_cursor": "abc"}
        assert page.additional_properties == {"next": None}
        assert page.to_dict() == changed

    def test_undeclared_objects_keep_every_key(self) -> None:
        customer = {"id": "c-1", "name": "Acme", "vat": None, "tags": ["x"]}
        changed = spec_walk.with_value(CREDITS, ("results", 0, "customer"), customer)
        changed = spec_walk.with_value(changed, ("results", 0, "tags"), [{"label": "q4"}])
        credit = CustomerCreditPage.from_dict(changed).results[0]
        assert credit.customer and credit.customer.additional_properties == customer
        assert credit.tags and credit.tags[0]["label"] == "q4"

    @pytest.mark.parametrize("value", [{"a": {"b": [1, None]}}, [1, "two"], 3.5, 7, True, "text", None])
    def test_any_json_where_the_docs_show_unknown(self, value: Any) -> None:
        for path in [
            ("results", 0, "customer", "metadata"),
            ("results", 0, "customer", "transaction_tags", 0),
            ("results", 0, "additional_sales_taxes", 0, "tax_account"),
        ]:
            changed = spec_walk.with_value(INVOICES, path, value)
            page = InvoicePage.from_dict(changed)
            assert read(page, path) == value
            assert page.to_dict() == changed


def test_error_envelopes_both_shapes() -> None:
    guide = Error.from_dict(
        {"error": "Invalid", "error_code": "validation_error", "details": {"page": ["bad"]}}
    )
    assert (guide.error, guide.error_code, guide.details) == (
        "Invalid",
        "validation_error",
        {"page": ["bad"]},
    )
    reference = Error.from_dict(
        {"error_code": "invalid_token", "message": "Expired", "detail": {}, "request_id": "r"}
    )
    assert (reference.message, reference.detail, reference.request_id) == ("Expired", {}, "r")


# -- when each model is converted ----------------------------------------------------------------


def _holds_a_list_of_models(schema: dict[str, Any]) -> bool:
    for member in schema.get("properties", {}).values():
        member = spec_walk.resolve(member)
        types = member.get("type")
        is_array = "array" in (types if isinstance(types, list) else [types])
        if is_array and spec_walk.resolve(member.get("items", {})).get("properties"):
            return True
    return False


def _models_by_schema() -> list[Any]:
    import thred_client.models as models

    cases = []
    for name, schema in spec_walk.spec()["components"]["schemas"].items():
        model = getattr(models, name, None)
        if isinstance(model, type) and issubclass(model, Model):
            cases.append(pytest.param(model, _holds_a_list_of_models(spec_walk.resolve(schema)), id=name))
    return cases


@pytest.mark.parametrize(("model", "holds_list"), _models_by_schema())
def test_a_model_waits_for_its_first_use_exactly_when_it_holds_a_list_of_models(
    model: type[Model], holds_list: bool
) -> None:
    assert model._holds_model_lists is holds_list


def test_converting_an_invoice_converts_its_line_items_with_it_and_leaves_its_customer_for_later() -> None:
    page = InvoicePage.from_dict(copy.deepcopy(INVOICES))
    invoice = page.results[0]
    _ = invoice.status  # its first field read converts the invoice
    assert invoice.line_items
    for item in invoice.line_items:
        assert type(item) is InvoiceLineItem  # converted with the invoice: no lazy variant
        assert item._src is None
    customer = invoice.customer
    assert customer is not None
    assert type(customer) is not Customer and customer._src is not None  # not read yet
    assert customer.id is not None
    assert type(customer) is Customer and customer._src is None  # read on its first use
