"""Records created, updated and deleted while the sandbox serves, as a business's users would.

    sandbox.mutations.update_invoice(invoice_id)      # a new status, memo or amount; updated_at now
    new_id = sandbox.mutations.create_invoice()       # newest of all, by imported_at and updated_at
    sandbox.mutations.delete_credit(credit_id)        # listed no more
    sandbox.mutations.invoices()                      # {id: record} as the list serves them now

A changed record gets an ``updated_at`` later than every other record's (the wall clock, or one
microsecond past the latest), as a real backend stamps it. Every change is made under the business's
lock and bumps its version, so the orders and selections cached for the data as it was go unused.
Changes are drawn from a stream seeded by the dataset seed and a counter: the same calls give the
same records.
"""

from __future__ import annotations

import json
import random
import threading
import time
from dataclasses import replace

from .data import INVOICE_STATUSES, MEMOS, BusinessData, CreditCore, Dataset, InvoiceCore
from .records import new_uuid
from .timefmt import DAY

JSON = object


class Mutations:
    """Run-time changes to the records of the businesses of one sandbox (the main one by default)."""

    def __init__(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self._default = dataset.identities.business_id
        self._lock = threading.Lock()
        self._count = 0
        self._last = 0

    # -- invoices ----------------------------------------------------------

    def create_invoice(self, business_id: str | None = None) -> str:
        """A new invoice, sent now and due in 30 days; its id."""
        business = self._business(business_id)
        rng, now = self._draw(business)
        with business.lock:
            index = len(business.invoices)
            customer = rng.randrange(len(business.customers))
            core = InvoiceCore(
                index=index,
                id=new_uuid(rng),
                customer=customer,
                status="SENT",
                currency=business.customers[customer].currency,
                invoice_number=f"INV-{index + 1:06d}",
                external_id=f"ext-inv-{rng.getrandbits(40):010x}",
                memo=rng.choice(MEMOS),
                total_amount=int(10 ** rng.uniform(2.5, 6.5)),
                sent_at=now,
                due_at=now - now % DAY + 30 * DAY,
                imported_at=now,
                updated_at=now,
            )
            business.invoices.append(core)
            business._invoice_json.append(None)
            business.changed()
        return core.id

    def update_invoice(self, invoice_id: str, business_id: str | None = None) -> None:
        """Change an invoice's status, memo or amount (one of them, drawn), and its updated_at to now."""
        business = self._business(business_id)
        rng, now = self._draw(business)
        with business.lock:
            index = self._invoice_index(business, invoice_id)
            core = business.invoices[index]
            change = rng.randrange(3)
            if change == 0:
                statuses = sorted({s for s in INVOICE_STATUSES if s != core.status})
                core = replace(core, status=rng.choice(statuses))
            elif change == 1:
                core = replace(core, memo=f"Changed {self._count}")
            else:
                core = replace(core, total_amount=core.total_amount + 1 + rng.randrange(10_000))
            business.invoices[index] = replace(core, updated_at=now)
            business.changed()

    def delete_invoice(self, invoice_id: str, business_id: str | None = None) -> None:
        """Take an invoice out of the list."""
        business = self._business(business_id)
        with business.lock:
            business.deleted_invoices.add(self._invoice_index(business, invoice_id))
            business.changed()

    def delete_every_invoice(self, business_id: str | None = None) -> None:
        """Take every invoice out of the list at once."""
        business = self._business(business_id)
        with business.lock:
            business.deleted_invoices.update(core.index for core in business.invoices)
            business.changed()

    def invoices(self, business_id: str | None = None) -> dict[str, JSON]:
        """Every invoice the list serves now, by id, as its JSON."""
        business = self._business(business_id)
        with business.lock:
            live = [i for i in range(len(business.invoices)) if i not in business.deleted_invoices]
            return {business.invoices[i].id: json.loads(business.invoice_json(i)) for i in live}

    def invoice_ids(self, business_id: str | None = None) -> list[str]:
        """The ids of the invoices listed now, in the order they were generated or created."""
        business = self._business(business_id)
        with business.lock:
            return [c.id for c in business.invoices if c.index not in business.deleted_invoices]

    # -- customer credits --------------------------------------------------

    def create_credit(self, business_id: str | None = None) -> str:
        """A new customer credit, sent now; its id."""
        business = self._business(business_id)
        rng, now = self._draw(business)
        with business.lock:
            index = len(business.credits)
            customer = rng.randrange(len(business.customers))
            core = CreditCore(
                index=index,
                id=new_uuid(rng),
                customer=customer,
                status="sent",
                currency=business.customers[customer].currency,
                number=f"CN-{index + 1:05d}",
                external_id=f"ext-cn-{rng.getrandbits(40):010x}",
                source_invoice=None,
                total_amount=int(10 ** rng.uniform(2, 5.5)),
                sent_at=now,
                created_at=now,
                updated_at=now,
            )
            business.credits.append(core)
            business._credit_json.append(None)
            business.changed()
        return core.id

    def update_credit(self, credit_id: str, business_id: str | None = None) -> None:
        """Void a credit, or send a voided one again; updated_at becomes now."""
        business = self._business(business_id)
        _, now = self._draw(business)
        with business.lock:
            index = self._credit_index(business, credit_id)
            core = business.credits[index]
            status = "sent" if core.status == "void" else "void"
            business.credits[index] = replace(core, status=status, updated_at=now)
            business.changed()

    def delete_credit(self, credit_id: str, business_id: str | None = None) -> None:
        """Take a customer credit out of the list."""
        business = self._business(business_id)
        with business.lock:
            business.deleted_credits.add(self._credit_index(business, credit_id))
            business.changed()

    def credits(self, business_id: str | None = None) -> dict[str, JSON]:
        """Every customer credit the list serves now, by id, as its JSON."""
        business = self._business(business_id)
        with business.lock:
            live = [i for i in range(len(business.credits)) if i not in business.deleted_credits]
            return {business.credits[i].id: json.loads(business.credit_json(i)) for i in live}

    def credit_ids(self, business_id: str | None = None) -> list[str]:
        """The ids of the customer credits listed now."""
        business = self._business(business_id)
        with business.lock:
            return [c.id for c in business.credits if c.index not in business.deleted_credits]

    # -- helpers -----------------------------------------------------------

    def _business(self, business_id: str | None) -> BusinessData:
        return self._dataset.business(business_id or self._default)

    def _draw(self, business: BusinessData) -> tuple[random.Random, int]:
        """The random stream of the next change, and its instant: now, and later than any before."""
        with self._lock:
            self._count += 1
            self._last = max(time.time_ns() // 1000, self._last + 1)
            return random.Random(f"{business.seed}:mutation:{self._count}"), self._last

    @staticmethod
    def _invoice_index(business: BusinessData, invoice_id: str) -> int:
        for core in business.invoices:
            if core.id == invoice_id and core.index not in business.deleted_invoices:
                return core.index
        raise KeyError(f"no invoice {invoice_id} in business {business.business_id}")

    @staticmethod
    def _credit_index(business: BusinessData, credit_id: str) -> int:
        for core in business.credits:
            if core.id == credit_id and core.index not in business.deleted_credits:
                return core.index
        raise KeyError(f"no customer credit {credit_id} in business {business.business_id}")
