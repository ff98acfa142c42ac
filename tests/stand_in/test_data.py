"""The stand-in serves the data it generated: every documented field, and the awkward cases of real data."""

from __future__ import annotations

import json

from tests import spec_walk
from tests.sandbox import Sandbox
from tests.stand_in.support import Record, instant, member_mismatches


def test_listing_is_the_generated_data(
    sandbox: Sandbox, all_invoices: list[Record], all_credits: list[Record]
) -> None:
    business = sandbox.business
    generated = [json.loads(business.invoice_json(i)) for i in range(len(business.invoices))]
    assert sorted(all_invoices, key=lambda r: r["id"]) == sorted(generated, key=lambda r: r["id"])
    assert len(all_invoices) == 250 and len(all_credits) == 120
    assert {r["business_id"] for r in all_invoices} == {sandbox.business_id}


def test_records_carry_every_documented_field(all_invoices: list[Record], all_credits: list[Record]) -> None:
    # Every object of a record, nested ones too, carries exactly the members the spec declares for it.
    for schema, records in (("Invoice", all_invoices), ("CustomerCredit", all_credits)):
        mismatches = [
            f"{schema} {record['id']}: {mismatch}"
            for record in records
            for mismatch in member_mismatches(spec_walk.schema_named(schema), record)
        ]
        assert mismatches == []
    for invoice in all_invoices:
        for money in ("subtotal", "total_amount", "outstanding_balance", "tips", "additional_discount"):
            assert isinstance(invoice[money], int)
        assert sum(i["total_amount"] for i in invoice["line_items"]) == invoice["subtotal"]
        assert invoice["total_amount"] == (
            invoice["subtotal"]
            - invoice["additional_discount"]
            + invoice["additional_sales_taxes_total"]
            + invoice["tips"]
        )
    for credit in all_credits:
        assert len(credit["customer"]) >= 3
        assert sum(i["amount"] for i in credit["line_items"]) == credit["total_amount"]


def test_the_member_check_names_what_a_record_lacks_or_adds(all_invoices: list[Record]) -> None:
    invoice = spec_walk.schema_named("Invoice")
    record = spec_walk.without(all_invoices[0], ("customer", "email"))
    record["surprise"] = 1
    assert list(member_mismatches(invoice, record)) == [
        "(root): missing [], undeclared ['surprise']",
        "customer: missing ['email'], undeclared []",
    ]


def test_records_have_the_awkward_cases_of_real_data(
    all_invoices: list[Record], all_credits: list[Record]
) -> None:
    statuses = {i["status"] for i in all_invoices}
    assert {"SENT", "paid", "partially_paid", "voided", "refunded", "draft"} <= statuses
    assert {"draft", "sent", "applied", "partially_applied", "void"} == {c["status"] for c in all_credits}
    assert len({i["currency"] for i in all_invoices}) >= 3
    assert len({i["customer"]["id"] for i in all_invoices}) >= 20
    unpaid = [i for i in all_invoices if i["status"] in ("SENT", "draft")]
    assert unpaid and all(i["paid_at"] is None for i in unpaid)
    voided = [i for i in all_invoices if i["status"] == "voided"]
    assert voided and all(i["voided_at"] is not None for i in voided)
    assert any(c["sent_at"] is None for c in all_credits)
    assert any(i["document"] is None for i in all_invoices)
    assert any(i["customer"]["email"] is None for i in all_invoices)
    assert {type(i["customer"]["metadata"]).__name__ for i in all_invoices} >= {
        "dict",
        "list",
        "str",
        "NoneType",
    }
    stamps = [i["imported_at"] for i in all_invoices] + [c["created_at"] for c in all_credits]
    assert any(s.endswith("Z") for s in stamps)
    assert any(s.endswith("+02:00") for s in stamps)
    assert any("." in s for s in stamps)
    assert all(instant(s) is not None for s in stamps)
