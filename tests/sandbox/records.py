"""Full response records rendered from cores, each from its own random stream.

A record is a pure function of (seed, business, index), so rendering lazily and
in any order gives the same bytes. Field names and nesting follow the example
responses of Thred's two reference pages; the awkward cases real data has
(nulls, mixed offsets, fractional seconds, free-form metadata) are deliberate.

Money is integer cents. An invoice's ``subtotal`` is the sum of its line
``total_amount``s, and ``total_amount = subtotal - additional_discount
+ additional_sales_taxes_total + tips``.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from .timefmt import AS_OF, DAY, ZONES, iso, iso_date

if TYPE_CHECKING:
    from .data import BusinessData, CreditCore, InvoiceCore

JSON = object

_METADATA: tuple[JSON, ...] = (
    None,
    {},
    {"crm_id": "A-1043", "segment": "smb"},
    {"nested": {"levels": [1, 2, {"deep": None}]}, "flag": True, "ratio": 0.25},
    ["priority", 3, 4.5, None],
    "imported from legacy system",
    42,
    True,
)
_CITIES = (
    ("Berlin", "Berlin", "10115", "DE"),
    ("London", "Greater London", "EC1A 1BB", "GB"),
    ("Austin", "TX", "78701", "US"),
    ("Lyon", "Auvergne-Rhône-Alpes", "69001", "FR"),
    ("Göteborg", None, "411 03", "SE"),
    ("Zürich", "ZH", "8001", "CH"),
    ("Dublin", None, None, "IE"),
)
_STREETS = ("Hauptstraße", "High Street", "Main St", "Rue de la Paix")
_DESCRIPTIONS = ("Consulting hours", "Widget (blue)", "Licence — seat", "Shipping", "")
_MIME = (("application/pdf", "pdf"), ("image/png", "png"), ("application/pdf", "PDF"))
_TAX_RATES = (0.0, 0.0, 0.2, 0.07, 0.25, 0.19)


_VERSION_MASK = ~((0xF000 << 64) | (0xC000 << 48))
_VERSION_4 = (0x4000 << 64) | (0x8000 << 48)


def new_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng`` (same text as ``uuid.UUID(int=..., version=4)``)."""
    # Formatting by hand is several times faster than uuid.UUID, which matters at 100k records.
    h = f"{rng.getrandbits(128) & _VERSION_MASK | _VERSION_4:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_uuid = new_uuid


def _document(rng: random.Random, stem: str) -> dict[str, JSON]:
    document_id = _uuid(rng)
    mime, extension = rng.choice(_MIME)
    return {
        "url": f"https://documents.sandbox.invalid/{document_id}/{stem}.{extension}?sig={rng.getrandbits(64):016x}",
        "expires_in": rng.choice((300, 900, 3600)),
        "document_id": document_id,
        "file_name": f"{stem}.{extension}",
        "file_size": rng.randrange(8_000, 2_000_000),
        "mime_type": mime,
    }


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``parts`` non-negative integers summing to ``total`` (positive when total allows)."""
    if parts <= 1 or total < parts:
        return [total]
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def customer(
    rng: random.Random,
    *,
    customer_id: str,
    external_id: str | None,
    reference_number: str,
    company_name: str | None,
    individual_name: str | None,
    display_name: str,
    email: str | None,
    base: int,
) -> dict[str, JSON]:
    """The full customer record embedded in invoices."""
    city, state, postal, country = rng.choice(_CITIES)
    street = f"{rng.randrange(1, 400)} {rng.choice(_STREETS)}"
    line2 = rng.choice((None, None, "Suite 200", "c/o Accounts Payable", ""))
    parts = [p for p in (street, line2, postal, city, state, country) if p]
    zone = rng.choice(ZONES)
    created = base - rng.randrange(1, 400) * DAY - rng.randrange(DAY)
    archived = rng.random() < 0.08
    updated = created + rng.randrange(0, 600) * DAY
    limit = rng.choice((None, 0, 500_000, 2_500_000))
    return {
        "type": "company" if company_name else "individual",
        "id": customer_id,
        "external_id": external_id,
        "reference_number": reference_number,
        "individual_name": individual_name,
        "company_name": company_name,
        "display_name": display_name,
        "email": email,
        "mobile_phone": rng.choice((None, f"+44 7700 {rng.randrange(900000):06d}")),
        "office_phone": rng.choice((None, None, f"+49 30 {rng.randrange(10**7):07d}")),
        "address_line1": street,
        "address_line2": line2,
        "city": city,
        "state_county": state,
        "postal_code": postal,
        "country": country,
        "full_address": ", ".join(parts),
        "address_string": "\n".join(parts),
        "vat_number": rng.choice((None, f"{country}{rng.randrange(10**9):09d}")),
        "tax_exempt": rng.random() < 0.1,
        "status": "archived" if archived else rng.choice(("active", "active", "inactive")),
        "is_active": not archived,
        "is_archived": archived,
        "transaction_tags": rng.choice(([], ["wholesale"], ["vip", {"id": 7, "label": "EU"}], [None])),
        "notes": rng.choice((None, "", "Prefers e-mail.\nCall before delivery.", "Net 30 agreed")),
        "metadata": rng.choice(_METADATA),
        "payment_terms_days": rng.choice((None, 14, 30, 45, 60)),
        "credit_limit": None if limit is None else limit // 100,
        "credit_limit_cents": limit,
        "outstanding_balance": rng.randrange(0, 5_000_000),
        "documents": [_document(rng, f"contract-{i + 1}") for i in range(rng.choice((0, 0, 1, 2)))],
        "created_at": iso(created, zone),
        "updated_at": iso(updated, zone),
        "archived_at": iso(updated, zone) if archived else None,
    }


def _line_items(rng: random.Random, invoice_id: str, subtotal: int) -> list[dict[str, JSON]]:
    items = []
    for amount in _split(rng, subtotal, rng.choice((1, 1, 2, 3, 4))):
        rate = rng.choice(_TAX_RATES)
        tax = round(amount * rate / (1 + rate))
        discount = rng.randrange(amount // 20 + 1) if rng.random() < 0.1 else 0
        net = amount - tax + discount
        quantity = rng.choice([q for q in (1, 2, 3, 4, 5, 10, 12) if net % q == 0])
        items.append(
            {
                "id": _uuid(rng),
                "invoice_id": invoice_id,
                "account_identifier": {"id": _uuid(rng), "type": "AccountId"},
                "description": rng.choice(_DESCRIPTIONS),
                "unit_price": net // quantity,
                "quantity": quantity,
                "subtotal": net,
                "discount_amount": discount,
                "sales_taxes_total": tax,
                "total_amount": amount,
                "external_id": rng.choice((None, f"li-{rng.getrandbits(32):08x}")),
                "product": rng.choice((None, "SKU-1001", "SKU-2040", "Service")),
            }
        )
    return items


def invoice(business: BusinessData, core: InvoiceCore) -> dict[str, JSON]:
    """The invoice record of ``core``, with the customer's full record embedded."""
    rng = random.Random(f"{business.seed}:invoice:{core.index}")
    zone = rng.choice(ZONES)
    total = core.total_amount
    status = core.status.lower()
    issued = core.sent_at if core.sent_at is not None else core.imported_at

    discount = rng.randrange(total // 10 + 1) if total >= 1000 and rng.random() < 0.15 else 0
    taxes = []
    taxes_total = 0
    if total >= 1000 and rng.random() < 0.3:
        for name in rng.sample(("VAT", "City tax", "Eco levy"), rng.choice((1, 2))):
            amount = rng.randrange(total // 12 + 1)
            taxes_total += amount
            taxes.append(
                {
                    "amount": amount,
                    "tax_account": rng.choice(
                        (None, "2200 VAT payable", {"id": _uuid(rng), "type": "AccountId"})
                    ),
                    "rate": rng.choice(("20.0", "7.5%", "0.19", "")),
                    "name": name,
                }
            )
    tips = rng.randrange(total // 20 + 1) if total >= 1000 and rng.random() < 0.1 else 0
    subtotal = total + discount - taxes_total - tips

    credit_allocations = []
    credited = 0
    if status in ("sent", "paid", "partially_paid") and total >= 100 and rng.random() < 0.2:
        credited = rng.randrange(1, total * 3 // 10 + 2)
        credit_allocations.append(
            {
                "amount_cents": credited,
                "applied_at": iso(issued + rng.randrange(1, 20 * DAY), zone),
                "credit_note_id": _uuid(rng),
                "reference_number": f"CN-{rng.randrange(1, 99999):05d}",
            }
        )
    due = total - credited

    payments: list[dict[str, JSON]] = []
    refunds: list[dict[str, JSON]] = []
    write_offs: list[dict[str, JSON]] = []
    paid_at: int | None = None
    voided_at: int | None = None
    if status in ("paid", "refunded", "partially_paid") and due > 0:
        paying = due if status != "partially_paid" else max(1, due * rng.randrange(10, 90) // 100)
        when = issued
        for amount in _split(rng, paying, rng.choice((1, 1, 2))):
            when += rng.randrange(1, 30 * DAY)
            payments.append(
                {
                    "amount_cents": amount,
                    "payment_date": iso_date(when),
                    "payment_method": rng.choice(("bank_transfer", "card", "direct_debit", "cash", None)),
                    "payment_id": _uuid(rng),
                }
            )
        if status != "partially_paid":
            paid_at = when
        due -= paying
        if status == "refunded":
            refunds.append(
                {
                    "refund_id": _uuid(rng),
                    "amount_cents": paying,
                    "allocated_at": iso(when + rng.randrange(1, 10 * DAY), zone),
                    "reference_number": rng.choice((None, f"RF-{rng.randrange(10**5):05d}")),
                }
            )
    elif status in ("paid", "refunded"):
        paid_at = issued
    if status == "voided":
        voided_at = max(core.updated_at, issued)
        due = 0
    if status == "sent" and due > 1 and rng.random() < 0.1:
        amount = rng.randrange(1, due)
        write_offs.append(
            {
                "write_off_id": _uuid(rng),
                "amount_cents": amount,
                "reason": rng.choice(("Bad debt", "Small balance", None)),
                "status": rng.choice(("approved", "pending")),
                "write_off_at": iso(issued + rng.randrange(30 * DAY, 90 * DAY), zone),
            }
        )
        due -= amount

    overdue = (
        status in ("sent", "partially_paid") and due > 0 and core.due_at is not None and core.due_at < AS_OF
    )
    has_document = status != "draft" and rng.random() < 0.8
    return {
        "type": "invoice",
        "id": core.id,
        "business_id": business.business_id,
        "status": core.status,
        "sent_at": None if core.sent_at is None else iso(core.sent_at, zone),
        "due_at": None if core.due_at is None else iso(core.due_at, zone),
        "paid_at": None if paid_at is None else iso(paid_at, zone),
        "voided_at": None if voided_at is None else iso(voided_at, zone),
        "is_overdue": overdue,
        "invoice_number": core.invoice_number,
        "invoice_type": rng.choice(("invoice", "invoice", "invoice", "recurring", "deposit")),
        "currency": core.currency,
        "customer": business.customers[core.customer].record,
        "line_items": _line_items(rng, core.id, subtotal),
        "subtotal": subtotal,
        "additional_discount": discount,
        "additional_sales_taxes": taxes,
        "additional_sales_taxes_total": taxes_total,
        "tips": tips,
        "tips_account": rng.choice(("4010 Tips", "Tips income")) if tips else None,
        "total_amount": total,
        "outstanding_balance": due if status not in ("voided", "refunded") else 0,
        "payment_allocations": payments,
        "credit_allocations": credit_allocations,
        "refund_allocations": refunds,
        "write_offs": write_offs,
        "document": _document(rng, core.invoice_number) if has_document else None,
        "imported_at": iso(core.imported_at, zone),
        "updated_at": iso(core.updated_at, zone),
        "external_id": core.external_id,
        "memo": core.memo,
    }


def credit(business: BusinessData, core: CreditCore) -> dict[str, JSON]:
    """The customer credit record of ``core``."""
    rng = random.Random(f"{business.seed}:credit:{core.index}")
    zone = rng.choice(ZONES)
    owner = business.customers[core.customer]
    total = core.total_amount

    line_items = [
        {
            "amount": amount,
            "revenue_account_identifier": {"id": _uuid(rng), "type": "AccountId"},
            "tags": rng.choice(([], ["refund"], ["goodwill", "q3"])),
            "memo": rng.choice((None, "Returned goods", "Price adjustment", "")),
            "metadata": rng.choice(_METADATA),
        }
        for amount in _split(rng, total, rng.choice((1, 1, 2, 3)))
    ]

    applied = 0
    allocations: list[dict[str, JSON]] = []
    if core.status in ("applied", "partially_applied") and business.invoices:
        applied = total if core.status == "applied" else max(1, total * rng.randrange(10, 90) // 100)
        start = core.sent_at if core.sent_at is not None else core.created_at
        targets = [core.source_invoice] if core.source_invoice is not None else []
        for amount in _split(rng, applied, rng.choice((1, 1, 2))):
            target = business.invoices[targets.pop() if targets else rng.randrange(len(business.invoices))]
            allocations.append(
                {
                    "invoice_id": target.id,
                    "invoice_number": target.invoice_number,
                    "amount_cents": amount,
                    "invoice_outstanding_balance_cents": rng.choice(
                        (0, rng.randrange(target.total_amount + 1))
                    ),
                    "applied_at": iso(start + rng.randrange(1, 10 * DAY), zone),
                }
            )

    source = None if core.source_invoice is None else business.invoices[core.source_invoice].id
    has_document = core.status != "draft" and rng.random() < 0.6
    return {
        "id": core.id,
        "status": core.status,
        "sent_at": None if core.sent_at is None else iso(core.sent_at, zone),
        "customer": {
            "id": owner.id,
            "external_id": owner.external_id,
            "name": owner.display_name,
            "email": owner.email,
        },
        "source_invoice_id": source,
        "line_items": line_items,
        "allocations": allocations,
        "tags": rng.choice(
            ([], [{}], [{"id": _uuid(rng), "name": "refund"}], [{"name": "goodwill", "color": "#ffaa00"}])
        ),
        "total_amount": total,
        "applied_amount": applied,
        "document": _document(rng, core.number) if has_document else None,
        "created_at": iso(core.created_at, zone),
        "updated_at": iso(core.updated_at, zone),
        "external_id": core.external_id,
        "currency": core.currency,
    }
