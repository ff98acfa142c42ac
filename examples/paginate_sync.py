"""Every customer credit of a business that still has something to apply, page after page, in a loop.

THRED_TOKEN=... THRED_BUSINESS_ID=... python examples/paginate_sync.py
"""

from __future__ import annotations

import sys
from collections import Counter

from thred_client import ThredClient
from thred_client.api.customer_credits import list_customer_credits
from thred_client.models import CustomerCredit, CustomerCreditStatus
from thred_client.pagination import paginate


def open_credits(client: ThredClient) -> list[CustomerCredit]:
    """Every sent or partially applied credit; `paginate` fetches the pages, the type is inferred."""
    if client.business_id is None:
        raise ValueError("set THRED_BUSINESS_ID")
    credits = paginate(
        list_customer_credits,
        client=client,
        business_id=client.business_id,
        status=f"{CustomerCreditStatus.SENT},{CustomerCreditStatus.PARTIALLY_APPLIED}",
    )
    return list(credits)


def main() -> int:
    with ThredClient.from_env() as client:
        credits = open_credits(client)
    remaining: Counter[str] = Counter()
    for credit in credits:
        left = (credit.total_amount or 0) - (credit.applied_amount or 0)
        remaining[credit.currency or "?"] += left
    for currency, cents in sorted(remaining.items()):
        print(f"{currency}  {cents / 100:>14,.2f}")
    print(f"{len(credits)} open credit(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
