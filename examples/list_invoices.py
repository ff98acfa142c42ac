"""One page of a business's invoices, filtered: unpaid ones due within 30 days, overdue ones included.

THRED_TOKEN=... THRED_BUSINESS_ID=... python examples/list_invoices.py
(or THRED_PARTNER_ID and THRED_API_KEY instead of THRED_TOKEN; THRED_BASE_URL for another server)
"""

from __future__ import annotations

import datetime as dt
import sys

from thred_client import ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.models import Invoice, InvoicePage, InvoiceSort, InvoiceStatus


def due_soon(client: ThredClient, days: int = 30) -> list[Invoice]:
    """The first page of invoices still (partly) unpaid and due within `days` days or earlier."""
    if client.business_id is None:
        raise ValueError("set THRED_BUSINESS_ID")
    now = dt.datetime.now(dt.UTC)
    page = list_invoices.sync(
        client.business_id,
        client=client,
        # A filter takes several statuses at once, comma-separated.
        status=f"{InvoiceStatus.SENT},{InvoiceStatus.PARTIALLY_PAID}",
        due_at_end=now + dt.timedelta(days=days),
        sort=InvoiceSort.UPDATED_AT_DESC,
        page_size=50,
    )
    # ThredClient raises for error answers, so anything but a page is a bug worth stopping on.
    if not isinstance(page, InvoicePage):
        raise TypeError(f"expected an InvoicePage, got {page!r}")
    return list(page.results or [])


def main() -> int:
    with ThredClient.from_env() as client:
        invoices = due_soon(client)
    for invoice in invoices:
        # Every field but `id` may be absent or null: `or` gives each a plain default.
        customer = (invoice.customer and invoice.customer.display_name) or "?"
        due = invoice.due_at.date().isoformat() if invoice.due_at else "no due date"
        balance = (invoice.outstanding_balance or 0) / 100
        print(f"{invoice.invoice_number or invoice.id}  {customer:<30}  due {due}  {balance:>12,.2f}")
    print(f"{len(invoices)} unpaid invoice(s) due within 30 days or overdue", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
