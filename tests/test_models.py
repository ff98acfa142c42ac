"""The generated models read Thred's documented responses, and real data's surprises, without losing any."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import re
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
    InvoicePage,
    InvoiceSort,
    InvoiceStatus,
)
from thred_client.types import UNSET

from tests import spec_walk

FIXTURES = Path(__file__).parent / "fixtures" / "docs"
DOC_UUID = UUID("3c90c3cc-0d44-4b50-8888-8dd25736052a")
DOC_DATETIME = datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=datetime.UTC)


def utc_as_offset(document: Any) -> Any:
    """`document` with each ``…Z`` date-time written ``…+00:00``, the form `isoformat` gives it back in."""
    return json.loads(re.sub(r'(T\d\d:\d\d:\d\d(?:\.\d+)?)Z"', r'\1+00:00"', json.dumps(document)))


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


def _cases(required: bool) -> list[Any]:
    cases = []
    for key, (document, schema, model) in PAGES.items():
        for field in spec_walk.fields(spec_walk.schema_named(schema), document):
            if field.required == required:
                cases.append(
                    pytest.param(document, model, field.path, id=f"{key}:{spec_walk.location(field.path)}")
                )
    return cases


OPTIONAL_FIELDS = _cases(required=False)
REQUIRED_FIELDS = _cases(required=True)


def test_every_documented_field_is_exercised() -> None:
    # 31 invoice fields, 37 customer fields, … : the walk must reach into every nested object.
    paths = {spec_walk.location(case.values[2]) for case in OPTIONAL_FIELDS + REQUIRED_FIELDS}
    assert "results[0].customer.documents[0].mime_type" in paths
    assert "results[0].line_items[0].account_identifier.id" in paths
    assert "results[0].allocations[0].applied_at" in paths
    assert len(paths) > 120


class TestDocumentedExamples:
    def test_invoice_page(self) -> None:
        page = InvoicePage.from_dict(INVOICES)
        assert page.count == 123
        assert page.page_info
        assert (page.page_info.total_count, page.page_info.current_page) == (123, 1)
        assert (page.page_info.total_pages, page.page_info.page_size) == (7, 20)
        assert page.results
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
        assert page.page_info and page.page_info.total_pages == 7
        assert page.results
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
    def test_round_trip(self, key: str) -> None:
        document, _, model = PAGES[key]
        parsed = model.from_dict(document)
        assert parsed.to_dict() == utc_as_offset(document)
        assert model.from_dict(parsed.to_dict()) == parsed


class TestNullAndAbsent:
    @pytest.mark.parametrize(("document", "model", "path"), OPTIONAL_FIELDS)
    def test_null(self, document: Any, model: Any, path: spec_walk.Path_) -> None:
        changed = spec_walk.with_value(document, path, None)
        assert model.from_dict(changed).to_dict() == utc_as_offset(changed)

    @pytest.mark.parametrize(("document", "model", "path"), OPTIONAL_FIELDS)
    def test_absent(self, document: Any, model: Any, path: spec_walk.Path_) -> None:
        changed = spec_walk.without(document, path)
        assert model.from_dict(changed).to_dict() == utc_as_offset(changed)

    def test_null_reads_as_none_and_absent_as_unset(self) -> None:
        nulled = spec_walk.with_value(INVOICES, ("results", 0, "paid_at"), None)
        assert InvoicePage.from_dict(nulled).results[0].paid_at is None  # type: ignore[index]
        dropped = spec_walk.without(INVOICES, ("results", 0, "paid_at"))
        assert InvoicePage.from_dict(dropped).results[0].paid_at is UNSET  # type: ignore[index]

    def test_empty_object(self) -> None:
        page = InvoicePage.from_dict({})
        assert (page.count, page.page_info, page.results) == (UNSET, UNSET, UNSET)


class TestOpenStatus:
    @pytest.mark.parametrize("status", ["SENT", "refunded", "archived_in_2027", ""])
    def test_invoice_status_kept_raw(self, status: str) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "status"), status)
        assert InvoicePage.from_dict(changed).results[0].status == status  # type: ignore[index]

    @pytest.mark.parametrize("status", ["VOID", "refunded", "archived_in_2027"])
    def test_credit_status_kept_raw(self, status: str) -> None:
        changed = spec_walk.with_value(CREDITS, ("results", 0, "status"), status)
        assert CustomerCreditPage.from_dict(changed).results[0].status == status  # type: ignore[index]

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


class TestUnknownFields:
    def test_extra_fields_are_kept_at_every_level(self) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "new_field"), {"nested": [1, 2]})
        changed = spec_walk.with_value(changed, ("results", 0, "customer", "loyalty_tier"), "gold")
        changed = spec_walk.with_value(changed, ("page_info", "next_cursor"), "abc")
        changed = spec_walk.with_value(changed, ("next",), None)
        page = InvoicePage.from_dict(changed)
        assert page.results and page.results[0].additional_properties == {"new_field": {"nested": [1, 2]}}
        assert page.results[0].customer and page.results[0].customer["loyalty_tier"] == "gold"
        assert page.page_info and page.page_info.additional_properties == {"next_cursor": "abc"}
        assert page.additional_properties == {"next": None}
        assert page.to_dict() == utc_as_offset(changed)

    def test_undeclared_objects_keep_every_key(self) -> None:
        customer = {"id": "c-1", "name": "Acme", "vat": None, "tags": ["x"]}
        changed = spec_walk.with_value(CREDITS, ("results", 0, "customer"), customer)
        changed = spec_walk.with_value(changed, ("results", 0, "tags"), [{"label": "q4"}])
        credit = CustomerCreditPage.from_dict(changed).results[0]  # type: ignore[index]
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
            assert InvoicePage.from_dict(changed).to_dict() == utc_as_offset(changed)


class TestDateTimes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2023-11-07T05:31:56Z", datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=datetime.UTC)),
            (
                "2023-11-07T07:31:56+02:00",
                datetime.datetime(
                    2023, 11, 7, 7, 31, 56, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
                ),
            ),
            (
                "2023-11-07T05:31:56.123456Z",
                datetime.datetime(2023, 11, 7, 5, 31, 56, 123456, tzinfo=datetime.UTC),
            ),
            (
                "2023-11-07T00:01:56.5-05:30",
                datetime.datetime(
                    2023,
                    11,
                    7,
                    0,
                    1,
                    56,
                    500000,
                    tzinfo=datetime.timezone(-datetime.timedelta(hours=5, minutes=30)),
                ),
            ),
            ("2023-11-07T05:31:56", datetime.datetime(2023, 11, 7, 5, 31, 56)),
        ],
    )
    def test_iso_forms(self, text: str, expected: datetime.datetime) -> None:
        changed = spec_walk.with_value(INVOICES, ("results", 0, "sent_at"), text)
        changed = spec_walk.with_value(changed, ("results", 0, "customer", "created_at"), text)
        invoice = InvoicePage.from_dict(changed).results[0]  # type: ignore[index]
        assert invoice.sent_at == expected
        assert invoice.customer and invoice.customer.created_at == expected
        assert (invoice.sent_at.utcoffset(), invoice.sent_at.microsecond) == (  # type: ignore[union-attr]
            expected.utcoffset(),
            expected.microsecond,
        )


class TestWrongTypes:
    """Each wrong value raises when its field is read; `to_dict` reads every field, at every depth."""

    @pytest.mark.parametrize(("document", "model", "path"), REQUIRED_FIELDS)
    def test_id_that_is_not_a_uuid_names_its_path(
        self, document: Any, model: Any, path: spec_walk.Path_
    ) -> None:
        changed = spec_walk.with_value(document, path, "not-a-uuid")
        with pytest.raises(ResponseValidationError) as raised:
            model.from_dict(changed).to_dict()
        assert raised.value.path == path
        assert str(raised.value).startswith(f"{spec_walk.location(path)}: ")
        assert isinstance(raised.value, ThredError)

    @pytest.mark.parametrize(("document", "model", "path"), REQUIRED_FIELDS)
    def test_missing_id_names_its_path(self, document: Any, model: Any, path: spec_walk.Path_) -> None:
        with pytest.raises(ResponseValidationError) as raised:
            model.from_dict(spec_walk.without(document, path)).to_dict()
        assert str(raised.value) == f"{spec_walk.location(path)}: required field is missing"

    @pytest.mark.parametrize(
        ("path", "value", "reason"),
        [
            (("results", 0, "sent_at"), "yesterday", "ValueError"),
            (("results", 0, "sent_at"), 1699335116, "TypeError: unexpected int value"),
            (("results", 0, "business_id"), "42", "ValueError"),
            (("results", 0, "customer"), "Acme Ltd", "TypeError: unexpected str value"),
            (("results", 0, "line_items"), {"id": "x"}, "TypeError: unexpected dict value"),
            (("results", 0, "payment_allocations", 0, "payment_date"), "25/12/2023", "ValueError"),
            (("results",), ["not an invoice"], "expected an object, got str"),
        ],
    )
    def test_certain_types_are_checked(self, path: spec_walk.Path_, value: Any, reason: str) -> None:
        with pytest.raises(ResponseValidationError) as raised:
            InvoicePage.from_dict(spec_walk.with_value(INVOICES, path, value)).to_dict()
        where = spec_walk.location(path if path != ("results",) else ("results", 0))
        assert str(raised.value).startswith(f"{where}: {reason}")

    def test_error_keeps_its_cause(self) -> None:
        with pytest.raises(ResponseValidationError) as raised:
            InvoicePage.from_dict(
                spec_walk.with_value(INVOICES, ("results", 0, "customer", "id"), "x")
            ).to_dict()
        assert isinstance(raised.value.__cause__, ValueError)
        assert raised.value.location == "results[0].customer.id"


class TestReadOnAccess:
    """A model read from JSON converts each field when it is first read; nothing else is lost."""

    BAD_CUSTOMER_ID = spec_walk.with_value(INVOICES, ("results", 0, "customer", "id"), "not-a-uuid")

    def test_a_bad_field_spoils_only_itself(self) -> None:
        page = InvoicePage.from_dict(self.BAD_CUSTOMER_ID)
        invoice = page.results[0]  # type: ignore[index]
        assert invoice.id == DOC_UUID
        assert invoice.customer.display_name == INVOICES["results"][0]["customer"]["display_name"]  # type: ignore[union-attr]
        for _ in range(2):  # and again on every read, not once
            with pytest.raises(ResponseValidationError) as raised:
                _ = invoice.customer.id  # type: ignore[union-attr]
            assert raised.value.location == "results[0].customer.id"

    def test_a_field_set_before_it_is_read_keeps_the_value_set(self) -> None:
        invoice = InvoicePage.from_dict(INVOICES).results[0]  # type: ignore[index]
        invoice.status = "voided"
        assert invoice.status == "voided"
        assert invoice.to_dict()["status"] == "voided"

    def test_an_unknown_attribute_is_an_attribute_error(self) -> None:
        invoice = InvoicePage.from_dict(INVOICES).results[0]  # type: ignore[index]
        assert not hasattr(invoice, "no_such_field")
        with pytest.raises(AttributeError, match="no_such_field"):
            _ = invoice.no_such_field  # type: ignore[attr-defined]

    def test_copies_and_pickles_are_whole_models(self) -> None:
        invoice = InvoicePage.from_dict(INVOICES).results[0]  # type: ignore[index]
        for copied in (copy.copy(invoice), copy.deepcopy(invoice), pickle.loads(pickle.dumps(invoice))):
            assert copied == invoice
            assert copied.customer.id == UUID(INVOICES["results"][0]["customer"]["id"])  # type: ignore[union-attr]

    def test_threads_reading_one_model_at_once_all_see_its_fields(self) -> None:
        pages = [InvoicePage.from_dict(json.loads(json.dumps(INVOICES))) for _ in range(300)]
        failures: list[BaseException] = []

        def read() -> None:
            try:
                for page in pages:
                    assert (
                        page.results and page.results[0].customer and page.results[0].customer.id == DOC_UUID
                    )
            except BaseException as error:  # any failure, reported below
                failures.append(error)

        interval = sys.getswitchinterval()
        sys.setswitchinterval(1e-6)  # switch threads as often as possible, mid-conversion
        try:
            threads = [threading.Thread(target=read) for _ in range(4)]
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
