"""Invoices and customer credits of a business, walked at the same time with asyncio.

THRED_TOKEN=... THRED_BUSINESS_ID=... python examples/paginate_async.py
"""

from __future__ import annotations

import asyncio
import sys
from uuid import UUID

from thred_client import ThredClient
from thred_client.api.customer_credits import list_customer_credits
from thred_client.api.invoices import list_invoices
from thred_client.models import InvoiceSort
from thred_client.pagination import apaginate


async def invoice_total(client: ThredClient, business_id: UUID) -> tuple[int, int]:
    """How many invoices, and their total amount in cents; up to 4 pages are fetched at once."""
    count = total = 0
    async for invoice in apaginate(
        list_invoices,
        client=client,
        business_id=business_id,
        sort=InvoiceSort.IMPORTED_AT_DESC,
        concurrency=4,
    ):
        count += 1
        total += invoice.total_amount or 0
    return count, total


async def credit_total(client: ThredClient, business_id: UUID) -> tuple[int, int]:
    """How many customer credits, and their total amount in cents."""
    count = total = 0
    async for credit in apaginate(list_customer_credits, client=client, business_id=business_id):
        count += 1
        total += credit.total_amount or 0
    return count, total


async def main_async() -> int:
    async with ThredClient.from_env() as client:
        if client.business_id is None:
            print("set THRED_BUSINESS_ID", file=sys.stderr)
            return 2
        (invoices, invoiced), (credits, credited) = await asyncio.gather(
            invoice_total(client, client.business_id), credit_total(client, client.business_id)
        )
    print(f"{invoices} invoice(s) for {invoiced / 100:,.2f}")
    print(f"{credits} credit(s) for {credited / 100:,.2f}")
    return 0


def main() -> int:
    return asyncio.run(main_async())


if __name__ == "__main__":
    sys.exit(main())
