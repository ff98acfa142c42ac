"""Deterministic data set: identities, customers, and invoice/credit cores.

Only the fields that filters and sort orders need (the "cores") are generated
up front, from one sequential random stream, so 100,000 invoices cost well
under a second. Full records are rendered on first use from a per-record
stream (``records.py``) and their JSON is kept, so a page is a slice of an
index list plus a join of cached bytes.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from . import records
from .errors import json_bytes
from .records import new_uuid
from .timefmt import BASE, DAY, SPAN, US

INVOICE_STATUSES: tuple[str, ...] = (
    ("SENT",) * 30
    + ("paid",) * 34
    + ("partially_paid",) * 12
    + ("voided",) * 8
    + ("refunded",) * 6
    + ("draft",) * 10
)
"""Weighted pool: ``SENT`` upper case as in Thred's example; ``draft`` is undocumented."""

CREDIT_STATUSES: tuple[str, ...] = (
    ("draft",) * 15 + ("sent",) * 25 + ("applied",) * 30 + ("partially_applied",) * 15 + ("void",) * 15
)
CURRENCIES: tuple[str, ...] = ("EUR",) * 5 + ("GBP",) * 3 + ("USD",) * 3 + ("SEK", "CHF")
MEMOS: tuple[str | None, ...] = (
    None,
    None,
    None,
    "",
    "Monthly retainer",
    "monthly retainer",
    "MONTHLY RETAINER - March",
    "Consulting services",
    "Consulting services, phase 2",
    "Café supplies",
    "Annual licence renewal",
    "Hardware order",
    "Late fee",
    "Website redesign",
    "Support plan (premium)",
    "Travel expenses 50%",
)
FIRST_NAMES = (
    "Ana",
    "José",
    "Zoë",
    "Øyvind",
    "Chloé",
    "Liam",
    "Mei",
    "Fatima",
    "Noah",
    "Saoirse",
    "Björn",
    "Aarav",
    "Olga",
    "Kwame",
    "Inès",
    "Tomás",
)
LAST_NAMES = (
    "García",
    "Müller",
    "O'Brien",
    "Nakamura",
    "Smith",
    "Kowalski",
    "Dubois",
    "Rossi",
    "Andersson",
    "Okafor",
    "Nguyen",
    "Ødegaard",
)
COMPANY_ROOTS = (
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark Industries",
    "Hooli",
    "Vandelay",
    "Cyberdyne",
    "Müller & Söhne",
    "Café Lumière",
    "Nordwind",
    "Blue Fjord",
    "Tyrell",
)
COMPANY_SUFFIXES = ("GmbH", "Ltd", "Inc.", "SARL", "B.V.", "AB", "S.p.A.", "LLC", "plc")


def instant(rng: random.Random, start: int, span: int) -> int:
    """An instant in [start, start + span) at second, millisecond or microsecond precision."""
    value = start + rng.randrange(span)
    precision = rng.random()
    if precision < 0.5:
        return value - value % US
    if precision < 0.75:
        return value - value % 1000
    return value


@dataclass(frozen=True, slots=True)
class Customer:
    """A customer of one business; ``record`` is the full customer object."""

    index: int
    id: str
    external_id: str | None
    display_name: str
    email: str | None
    currency: str
    record: dict[str, object]


@dataclass(frozen=True, slots=True)
class InvoiceCore:
    """The filterable and sortable fields of an invoice (instants in microseconds)."""

    index: int
    id: str
    customer: int
    status: str
    currency: str
    invoice_number: str
    external_id: str | None
    memo: str | None
    total_amount: int
    sent_at: int | None
    due_at: int | None
    imported_at: int
    updated_at: int


@dataclass(frozen=True, slots=True)
class CreditCore:
    """The filterable fields of a customer credit; ``number`` is the credit note number.

    The credit note number is not part of the published record shape, so it is
    kept here only (``search`` matches it).
    """

    index: int
    id: str
    customer: int
    status: str
    currency: str
    number: str
    external_id: str | None
    source_invoice: int | None
    total_amount: int
    sent_at: int | None
    created_at: int
    updated_at: int


InvoiceSort = Literal["imported_at", "-imported_at", "updated_at", "-updated_at"]
INVOICE_SORTS: tuple[InvoiceSort, ...] = ("imported_at", "-imported_at", "updated_at", "-updated_at")


@dataclass
class BusinessData:
    """One business: its owner, customers, cores, and lazily rendered records."""

    business_id: str
    partner_id: str
    seed: str
    customers: list[Customer]
    invoices: list[InvoiceCore]
    credits: list[CreditCore]
    # Records deleted at run time (tests/sandbox/mutations.py): their indices stay taken, unlisted.
    deleted_invoices: set[int] = field(default_factory=set, repr=False)
    deleted_credits: set[int] = field(default_factory=set, repr=False)
    # Bumped by every change at run time, so cached orders and selections of older data go unused.
    version: int = 0
    # Each rendering is kept with the core it was rendered from: a core replaced at run time is
    # rendered again, even if a request rendering the old one stores its bytes late.
    _invoice_json: list[tuple[InvoiceCore, bytes] | None] = field(default_factory=list, repr=False)
    _credit_json: list[tuple[CreditCore, bytes] | None] = field(default_factory=list, repr=False)
    _orders: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def __post_init__(self) -> None:
        self._invoice_json = [None] * len(self.invoices)
        self._credit_json = [None] * len(self.credits)

    def invoice_json(self, index: int) -> bytes:
        """The serialised invoice record, rendered once per version of it."""
        core = self.invoices[index]
        cached = self._invoice_json[index]
        if cached is None or cached[0] is not core:
            cached = (core, json_bytes(records.invoice(self, core)))
            self._invoice_json[index] = cached
        return cached[1]

    def credit_json(self, index: int) -> bytes:
        """The serialised credit record, rendered once per version of it."""
        core = self.credits[index]
        cached = self._credit_json[index]
        if cached is None or cached[0] is not core:
            cached = (core, json_bytes(records.credit(self, core)))
            self._credit_json[index] = cached
        return cached[1]

    def changed(self) -> None:
        """Forget the orders of the data as it was; call with `lock` held, after changing it."""
        self.version += 1
        self._orders.clear()

    @property
    def lock(self) -> threading.RLock:
        """Held while the data is changed at run time, and while an order is built."""
        return self._lock

    def invoice_order(self, sort: InvoiceSort) -> list[int]:
        """Invoice indices in ``sort`` order; ties broken by id so the order is total.

        A descending order is the exact reverse of the ascending one (id descending too).
        """
        return self._order(sort, lambda: self._sorted_invoices(sort))

    def credit_order(self) -> list[int]:
        """Credit indices newest ``created_at`` first; ties by id ascending."""
        return self._order(
            "credits",
            lambda: sorted(
                (i for i in range(len(self.credits)) if i not in self.deleted_credits),
                key=lambda i: (-self.credits[i].created_at, self.credits[i].id),
            ),
        )

    def _order(self, key: str, build: Callable[[], list[int]]) -> list[int]:
        with self._lock:
            order = self._orders.get(key)
            if order is None:
                order = build()
                self._orders[key] = order
            return order

    def _sorted_invoices(self, sort: InvoiceSort) -> list[int]:
        attr = sort.lstrip("-")
        cores = self.invoices
        live = (i for i in range(len(cores)) if i not in self.deleted_invoices)
        ascending = sorted(live, key=lambda i: (getattr(cores[i], attr), cores[i].id))
        return ascending[::-1] if sort.startswith("-") else ascending


@dataclass(frozen=True)
class Identities:
    """Credentials and ids derived from the seed."""

    partner_id: str
    api_key: str
    business_id: str
    sibling_business_id: str
    foreign_partner_id: str
    foreign_api_key: str
    foreign_business_id: str
    secret: bytes


def identities(seed: int) -> Identities:
    """The fixed ids, API keys and signing secret of a seed."""
    rng = random.Random(f"identities:{seed}")
    return Identities(
        partner_id=new_uuid(rng),
        api_key=f"sk_sandbox_{rng.getrandbits(160):040x}",
        business_id=new_uuid(rng),
        sibling_business_id=new_uuid(rng),
        foreign_partner_id=new_uuid(rng),
        foreign_api_key=f"sk_sandbox_{rng.getrandbits(160):040x}",
        foreign_business_id=new_uuid(rng),
        secret=rng.getrandbits(256).to_bytes(32, "big"),
    )


def build_business(
    seed: int, business_id: str, partner_id: str, n_invoices: int, n_credits: int
) -> BusinessData:
    """Generate one business's customers and cores."""
    stream = f"{seed}:{business_id}"
    rng = random.Random(stream)
    customers = _customers(rng, stream, max(8, min(2000, n_invoices // 6 + 5)), business_id)
    invoices = _invoices(rng, customers, n_invoices)
    credits = _credits(rng, customers, invoices, n_credits)
    return BusinessData(business_id, partner_id, stream, customers, invoices, credits)


def _customers(rng: random.Random, stream: str, count: int, business_id: str) -> list[Customer]:
    result = []
    for index in range(count):
        customer_id = new_uuid(rng)
        company = rng.random() < 0.7
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        company_name = f"{rng.choice(COMPANY_ROOTS)} {rng.choice(COMPANY_SUFFIXES)}" if company else None
        individual_name = None if company and rng.random() < 0.6 else f"{first} {last}"
        display_name = company_name or individual_name or f"{first} {last}"
        external_id = None if rng.random() < 0.15 else f"CRM-{rng.getrandbits(32):08x}"
        email = None if rng.random() < 0.2 else f"{first[0].lower()}.{index}@customer{index}.example"
        currency = rng.choice(CURRENCIES)
        record = records.customer(
            random.Random(f"{stream}:customer:{index}"),
            customer_id=customer_id,
            external_id=external_id,
            reference_number=f"CUST-{index + 1:05d}",
            company_name=company_name,
            individual_name=individual_name,
            display_name=display_name,
            email=email,
            base=BASE,
        )
        result.append(Customer(index, customer_id, external_id, display_name, email, currency, record))
    return result


def _invoices(rng: random.Random, customers: list[Customer], count: int) -> list[InvoiceCore]:
    # A share of invoices come from weekly bulk imports and so share imported_at
    # exactly; that is what makes the id tie-break in sort orders matter.
    import_runs = [BASE + week * 7 * DAY + 2 * 3600 * US for week in range(104)]
    n_customers = len(customers)
    result = []
    for index in range(count):
        invoice_id = new_uuid(rng)
        customer = int(n_customers * rng.random() ** 2)
        status = rng.choice(INVOICE_STATUSES)
        imported_at = rng.choice(import_runs) if rng.random() < 0.4 else instant(rng, BASE, SPAN)
        sent_at = None if status == "draft" else imported_at - rng.randrange(5 * DAY // US) * US
        if rng.random() < 0.05:
            due_at = None
        else:
            issued = imported_at if sent_at is None else sent_at
            due_at = issued - issued % DAY + rng.choice((14, 30, 30, 45, 60)) * DAY
        updated_at = imported_at if rng.random() < 0.3 else imported_at + rng.randrange(1, 90 * DAY)
        total = 0 if rng.random() < 0.01 else int(10 ** rng.uniform(2.5, 6.5))
        currency = customers[customer].currency if rng.random() < 0.85 else rng.choice(CURRENCIES)
        memo = rng.choice(MEMOS)
        external_id = None if rng.random() < 0.1 else f"ext-inv-{rng.getrandbits(40):010x}"
        result.append(
            InvoiceCore(
                index,
                invoice_id,
                customer,
                status,
                currency,
                f"INV-{index + 1:06d}",
                external_id,
                memo,
                total,
                sent_at,
                due_at,
                imported_at,
                updated_at,
            )
        )
    return result


def _credits(
    rng: random.Random, customers: list[Customer], invoices: list[InvoiceCore], count: int
) -> list[CreditCore]:
    result = []
    for index in range(count):
        credit_id = new_uuid(rng)
        status = rng.choice(CREDIT_STATUSES)
        source = rng.randrange(len(invoices)) if invoices and rng.random() < 0.7 else None
        if source is not None:
            invoice = invoices[source]
            customer, currency = invoice.customer, invoice.currency
            created_at = invoice.imported_at + rng.randrange(1, 60 * DAY)
            total = max(1, int(invoice.total_amount * rng.uniform(0.05, 1.0)))
        else:
            customer = rng.randrange(len(customers))
            currency = customers[customer].currency
            created_at = instant(rng, BASE, SPAN)
            total = int(10 ** rng.uniform(2, 5.5))
        # Drafts are never sent; some credits are voided before being sent.
        unsent = status == "draft" or (status == "void" and rng.random() < 0.5)
        sent_at = None if unsent else created_at + rng.randrange(3 * DAY)
        updated_at = (sent_at or created_at) + (0 if rng.random() < 0.3 else rng.randrange(30 * DAY))
        external_id = None if rng.random() < 0.2 else f"ext-cn-{rng.getrandbits(40):010x}"
        result.append(
            CreditCore(
                index,
                credit_id,
                customer,
                status,
                currency,
                f"CN-{index + 1:05d}",
                external_id,
                source,
                total,
                sent_at,
                created_at,
                updated_at,
            )
        )
    return result


@dataclass
class Dataset:
    """Every business of a sandbox, and who owns which."""

    identities: Identities
    businesses: dict[str, BusinessData]
    api_keys: dict[str, str]

    def business(self, business_id: str) -> BusinessData:
        """The business with that id (KeyError if unknown)."""
        return self.businesses[business_id]


def build_dataset(seed: int, n_invoices: int, n_credits: int) -> Dataset:
    """The main business (configured size), a small sibling business of the same
    partner, and a small business of another partner (so 403 is reachable)."""
    ids = identities(seed)
    businesses = {
        ids.business_id: build_business(seed, ids.business_id, ids.partner_id, n_invoices, n_credits),
        ids.sibling_business_id: build_business(seed, ids.sibling_business_id, ids.partner_id, 12, 6),
        ids.foreign_business_id: build_business(seed, ids.foreign_business_id, ids.foreign_partner_id, 9, 5),
    }
    api_keys = {ids.partner_id: ids.api_key, ids.foreign_partner_id: ids.foreign_api_key}
    return Dataset(ids, businesses, api_keys)
