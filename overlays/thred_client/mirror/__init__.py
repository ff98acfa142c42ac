"""A local mirror of businesses' invoices and customer credits, kept current incrementally.

    from thred_client import ThredClient
    from thred_client.mirror import Mirror

    client = ThredClient.from_env()
    with Mirror("receivables.db") as mirror:                 # SQLite; or "postgresql+psycopg://…"
        result = mirror.sync(client, business_id, on_change=print)
        print(result.summary())

Needs the `mirror` extra (`pip install 'thred-client[mirror]'`; `[postgresql]` adds the driver).
The tables are in `thred_client.mirror.schema`; how a sync walks and what it commits when, in
`thred_client.mirror.sync`; the leases that let many workers share a PostgreSQL database, in
`thred_client.mirror.lease`.
"""

from __future__ import annotations

from ..exceptions import LeaseLostError, MirrorError
from .lease import DEFAULT_LEASE_TTL
from .store import Change
from .sync import KindSummary, Mirror, Progress, SyncResult
from .walk import DEFAULT_OVERLAP

__all__ = [
    "DEFAULT_LEASE_TTL",
    "DEFAULT_OVERLAP",
    "Change",
    "KindSummary",
    "LeaseLostError",
    "Mirror",
    "MirrorError",
    "Progress",
    "SyncResult",
]
