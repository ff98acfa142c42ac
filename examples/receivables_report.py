"""Receivables report: every invoice and customer credit of a business, summed up.

    python examples/receivables_report.py            # against a local stand-in
    THRED_BASE_URL=https://sandbox.thredfi.com THRED_TOKEN=... THRED_BUSINESS_ID=... \\
        python examples/receivables_report.py        # against that server

Lists both with `apaginate` (at the same time, each fetching a few pages ahead) and prints the records
by status, the outstanding amount per currency, and how long it took. `nox -s demo` runs it.

Amounts are the API's integers, read as cents (Thred documents cents for its amount filters and
`*_cents` fields, and does not state the unit of the others).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Generic, TypeVar
from uuid import UUID

from thred_client import ThredClient, apaginate
from thred_client.api.customer_credits import list_customer_credits
from thred_client.api.invoices import list_invoices
from thred_client.errors import ThredError
from thred_client.models import CustomerCredit, Invoice
from thred_client.pagination import ListOperation

ENVIRONMENT = ("THRED_BASE_URL", "THRED_TOKEN", "THRED_BUSINESS_ID")
# Pages fetched ahead per list: a handful is plenty to hide the network's latency.
CONCURRENCY = 4
# Credits in these statuses no longer count against what customers owe.
SETTLED_CREDITS = frozenset({"draft", "void", "applied"})

Record = TypeVar("Record")


class Listing(Generic[Record]):
    """What one list walk gathered: the records by status, an amount per currency, and its timing."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.statuses: Counter[str] = Counter()
        self.amounts: defaultdict[str, int] = defaultdict(int)
        self.holders: Counter[str] = Counter()
        self.seconds = 0.0

    @property
    def count(self) -> int:
        return sum(self.statuses.values())


async def walk(
    name: str,
    records: AsyncIterator[Record],
    status: Callable[[Record], str | None],
    open_amount: Callable[[Record], tuple[str, int] | None],
) -> Listing[Record]:
    """Go through `records` once, keeping only the tallies (a list of any length fits in memory)."""
    listing: Listing[Record] = Listing(name)
    started = time.perf_counter()
    async for record in records:
        listing.statuses[(status(record) or "(none)").lower()] += 1
        owed = open_amount(record)
        if owed is not None:
            currency, amount = owed
            listing.amounts[currency] += amount
            listing.holders[currency] += 1
    listing.seconds = time.perf_counter() - started
    return listing


def invoice_owed(invoice: Invoice) -> tuple[str, int] | None:
    """The invoice's currency and outstanding balance, if it has one."""
    balance = invoice.outstanding_balance
    if not isinstance(balance, int) or balance <= 0:
        return None
    return (invoice.currency or "???").upper(), balance


def credit_unapplied(credit: CustomerCredit) -> tuple[str, int] | None:
    """The credit's currency and the part of it not yet applied to an invoice, if any."""
    if (credit.status or "").lower() in SETTLED_CREDITS or not isinstance(credit.total_amount, int):
        return None
    applied = credit.applied_amount if isinstance(credit.applied_amount, int) else 0
    left = credit.total_amount - applied
    return ((credit.currency or "???").upper(), left) if left > 0 else None


def money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def report(
    where: str,
    business_id: UUID,
    invoices: Listing[Invoice],
    credits: Listing[CustomerCredit],
    seconds: float,
) -> str:
    lines = [f"Receivables of business {business_id}, on {where}", ""]
    for listing in (invoices, credits):
        lines.append(f"{listing.name}: {listing.count:,} in {listing.seconds:.2f} s")
        for status, count in listing.statuses.most_common():
            lines.append(f"  {status:<20}{count:>10,}")
    lines += ["", "Outstanding per currency    invoices owed    unapplied credit      net"]
    currencies = sorted(set(invoices.amounts) | set(credits.amounts))
    for currency in currencies:
        owed, credit = invoices.amounts.get(currency, 0), credits.amounts.get(currency, 0)
        lines.append(f"  {currency:<24}{money(owed):>15}{money(credit):>19}{money(owed - credit):>15}")
    if not currencies:
        lines.append("  (nothing outstanding)")
    open_invoices = sum(invoices.holders.values())
    lines += [
        "",
        f"{invoices.count + credits.count:,} records ({open_invoices:,} invoices open) "
        f"listed in {seconds:.2f} s",
    ]
    return "\n".join(lines)


async def run(client: ThredClient, business_id: UUID, where: str) -> None:
    def every(operation: ListOperation[Record]) -> AsyncIterator[Record]:
        return apaginate(operation, client=client, business_id=business_id, concurrency=CONCURRENCY)

    started = time.perf_counter()
    try:
        invoices, credits = await asyncio.gather(
            walk("Invoices", every(list_invoices), lambda invoice: invoice.status or None, invoice_owed),
            walk(
                "Customer credits",
                every(list_customer_credits),
                lambda credit: credit.status or None,
                credit_unapplied,
            ),
        )
    finally:
        await client.aclose()
    print(report(where, business_id, invoices, credits, time.perf_counter() - started))


@contextmanager
def stand_in(invoices: int, credits: int) -> Iterator[tuple[ThredClient, UUID, str]]:
    """A local stand-in (tests/sandbox of this repository) and a client with its credentials."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.sandbox import SandboxConfig, running_sandbox

    with running_sandbox(SandboxConfig(invoices=invoices, credits=credits)) as sandbox:
        client = ThredClient(
            base_url=sandbox.base_url,
            partner_id=sandbox.partner_id,
            api_key=sandbox.api_key,
            business_id=sandbox.business_id,
        )
        yield client, UUID(sandbox.business_id), f"the local stand-in at {sandbox.base_url}"


@contextmanager
def configured(base_url: str, token: str, business_id: str) -> Iterator[tuple[ThredClient, UUID, str]]:
    """A client for the server the environment names."""
    yield ThredClient(base_url=base_url, token=token, business_id=business_id), UUID(business_id), base_url


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--invoices", type=int, default=2000, help="invoices of the stand-in's business")
    parser.add_argument(
        "--credits", type=int, default=500, help="customer credits of the stand-in's business"
    )
    args = parser.parse_args(argv)

    settings = {name: os.environ.get(name, "").strip() for name in ENVIRONMENT}
    missing = [name for name, value in settings.items() if not value]
    target: AbstractContextManager[tuple[ThredClient, UUID, str]]
    if not missing:
        target = configured(*settings.values())
    elif len(missing) == len(ENVIRONMENT):
        target = stand_in(args.invoices, args.credits)
    else:
        print(f"set {', '.join(missing)} too, or none of {', '.join(ENVIRONMENT)}", file=sys.stderr)
        return 2
    try:
        with target as (client, business_id, where):
            asyncio.run(run(client, business_id, where))
    except (ThredError, ValueError) as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
