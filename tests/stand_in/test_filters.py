"""Every documented filter of the stand-in keeps exactly the records it should."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, timedelta, timezone
from typing import Any

import httpx
import pytest

from tests.sandbox import Sandbox
from tests.stand_in.support import Record, fetch_all, ids, instant

# -- invoice filters -------------------------------------------------------


def _check_invoice_filter(
    sandbox: Sandbox,
    client: httpx.Client,
    auth: dict[str, str],
    all_invoices: list[Record],
    params: dict[str, Any],
    keep: Callable[[Record], bool],
) -> None:
    expected = {r["id"] for r in all_invoices if keep(r)}
    got = ids(fetch_all(client, sandbox.invoices_url(), auth, **params))
    assert got == expected, params
    assert 0 < len(expected) < len(all_invoices), f"filter {params} does not discriminate"


def test_invoice_filter_customer(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    by_count: dict[str, int] = {}
    for r in all_invoices:
        if r["customer"]["external_id"]:
            by_count[r["customer"]["external_id"]] = by_count.get(r["customer"]["external_id"], 0) + 1
    external = max(by_count, key=lambda k: by_count[k])
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"customer_external_id": external},
        lambda r: r["customer"]["external_id"] == external,
    )
    two = sorted({r["customer"]["id"] for r in all_invoices})[:2]
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"customer_id": f"{two[0]}, {two[1].upper()}"},
        lambda r: r["customer"]["id"] in two,
    )


@pytest.mark.parametrize("field", ["due_at", "sent_at"])
def test_invoice_filter_date_ranges_are_inclusive(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record], field: str
) -> None:
    values = sorted({d for d in (instant(r[field]) for r in all_invoices) if d is not None})
    start, end = values[len(values) // 4], values[len(values) // 2]
    # The bounds are given in another offset than the records use: instants, not strings, compare.
    params = {
        f"{field}_start": start.astimezone(timezone(timedelta(hours=5))).isoformat(),
        f"{field}_end": end.astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }

    def within(r: Record) -> bool:
        value = instant(r[field])
        return value is not None and start <= value <= end

    _check_invoice_filter(sandbox, client, auth, all_invoices, params, within)
    got = ids(fetch_all(client, sandbox.invoices_url(), auth, **params))
    assert any(instant(r[field]) == start and r["id"] in got for r in all_invoices)
    assert any(instant(r[field]) == end and r["id"] in got for r in all_invoices)

    def after(r: Record) -> bool:
        value = instant(r[field])
        return value is not None and value >= start

    def before(r: Record) -> bool:
        value = instant(r[field])
        return value is not None and value <= end

    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {f"{field}_start": params[f"{field}_start"]}, after
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {f"{field}_end": params[f"{field}_end"]}, before
    )


def test_invoice_filter_amounts_are_inclusive(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    amounts = sorted(r["total_amount"] for r in all_invoices)
    low, high = amounts[50], amounts[200]
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"min_amount": low, "max_amount": high},
        lambda r: low <= r["total_amount"] <= high,
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {"min_amount": low}, lambda r: r["total_amount"] >= low
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {"max_amount": high}, lambda r: r["total_amount"] <= high
    )


def test_invoice_filter_memo(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"memo": "Monthly retainer"},
        lambda r: r["memo"] == "Monthly retainer",
    )
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"memo_contains": "RETAINER"},
        lambda r: r["memo"] is not None and "retainer" in r["memo"].lower(),
    )
    variants = {r["memo"] for r in all_invoices if r["memo"] and "retainer" in r["memo"].lower()}
    assert len(variants) >= 2, "case-insensitivity is not exercised"


def test_invoice_filter_reference_numbers(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    numbers = [r["invoice_number"] for r in all_invoices[:3]]
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"reference_numbers": f"{numbers[0]}, {numbers[1]},{numbers[2]},INV-NOPE"},
        lambda r: r["invoice_number"] in numbers,
    )


def test_invoice_filter_status_is_case_insensitive(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"status": "sent,voided"},
        lambda r: r["status"].lower() in ("sent", "voided"),
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {"status": "PAID"}, lambda r: r["status"] == "paid"
    )
    _check_invoice_filter(
        sandbox, client, auth, all_invoices, {"status": "draft"}, lambda r: r["status"] == "draft"
    )


def test_invoice_filters_combine_and_empty_values_are_ignored(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_invoices: list[Record]
) -> None:
    _check_invoice_filter(
        sandbox,
        client,
        auth,
        all_invoices,
        {"status": "paid", "min_amount": 10000, "memo": ""},
        lambda r: r["status"] == "paid" and r["total_amount"] >= 10000,
    )


# -- credit filters --------------------------------------------------------


def _check_credit_filter(
    sandbox: Sandbox,
    client: httpx.Client,
    auth: dict[str, str],
    all_credits: list[Record],
    params: dict[str, Any],
    keep: Callable[[Record], bool],
) -> None:
    expected = {r["id"] for r in all_credits if keep(r)}
    got = ids(fetch_all(client, sandbox.credits_url(), auth, **params))
    assert got == expected, params
    assert 0 < len(expected) < len(all_credits), f"filter {params} does not discriminate"


def test_credit_filter_customer(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_credits: list[Record]
) -> None:
    external = next(r["customer"]["external_id"] for r in all_credits if r["customer"]["external_id"])
    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"customer_external_id": external},
        lambda r: r["customer"]["external_id"] == external,
    )
    two = [all_credits[0]["customer"]["id"], all_credits[-1]["customer"]["id"]]
    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"customer_id": ",".join(two)},
        lambda r: r["customer"]["id"] in two,
    )


def test_credit_filter_search(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_credits: list[Record]
) -> None:
    numbers = {c.id: c.number for c in sandbox.business.credits}

    def matches(needle: str) -> Callable[[Record], bool]:
        return lambda r: (
            needle in numbers[r["id"]].lower()
            or needle in (r["external_id"] or "").lower()
            or needle in r["customer"]["name"].lower()
        )

    target = all_credits[5]
    for needle in (numbers[target["id"]], target["customer"]["name"].split()[0].upper()):
        _check_credit_filter(sandbox, client, auth, all_credits, {"search": needle}, matches(needle.lower()))
    external = next(r["external_id"] for r in all_credits if r["external_id"])
    got = ids(fetch_all(client, sandbox.credits_url(), auth, search=external[-6:].upper()))
    assert got == {r["id"] for r in all_credits if matches(external[-6:].lower())(r)}
    assert any(r["external_id"] == external for r in all_credits if r["id"] in got)


def test_credit_filter_sent_at_is_inclusive(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_credits: list[Record]
) -> None:
    values = sorted(d for d in (instant(r["sent_at"]) for r in all_credits) if d is not None)
    start, end = values[10], values[60]

    def within(r: Record) -> bool:
        value = instant(r["sent_at"])
        return value is not None and start <= value <= end

    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"sent_at_start": start.isoformat(), "sent_at_end": end.isoformat()},
        within,
    )


def test_credit_filter_source_invoice_and_status(
    sandbox: Sandbox, client: httpx.Client, auth: dict[str, str], all_credits: list[Record]
) -> None:
    source = next(r["source_invoice_id"] for r in all_credits if r["source_invoice_id"])
    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"source_invoice_id": source},
        lambda r: r["source_invoice_id"] == source,
    )
    _check_credit_filter(
        sandbox,
        client,
        auth,
        all_credits,
        {"status": "applied,partially_applied"},
        lambda r: r["status"] in ("applied", "partially_applied"),
    )
    _check_credit_filter(
        sandbox, client, auth, all_credits, {"status": "VOID"}, lambda r: r["status"] == "void"
    )
