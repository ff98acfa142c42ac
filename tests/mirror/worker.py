"""A mirror worker in a process of its own, for the tests that kill one: `python -m tests.mirror.worker`.

Syncs the business named by THRED_BUSINESS_ID from THRED_BASE_URL (partner credentials in
THRED_PARTNER_ID and THRED_API_KEY) into MIRROR_DATABASE, with a lease of MIRROR_LEASE_SECONDS.
Prints `stored <kind> <page>` after each page commits. With MIRROR_HOLD_PAGE=N it prints `holding`
once the rows of invoice page N are written but not yet committed, and waits there to be killed.
With MIRROR_KILL_AT_CHANGE=N it prints `change <kind> <action> <id>` for each change handed to its
`on_change`, and kills itself (SIGKILL) when handed the Nth, before printing it.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from datetime import timedelta
from typing import Any

from thred_client import ThredClient
from thred_client.mirror import Change, Mirror, Progress
from thred_client.mirror import sync as mirror_sync


def main() -> int:
    hold = int(os.environ.get("MIRROR_HOLD_PAGE", "0"))
    write_page = vars(mirror_sync)["write_records"]
    written = 0

    def holding_write_page(*args: Any, **kwargs: Any) -> Any:
        nonlocal written
        changes = write_page(*args, **kwargs)
        if args[1] == "invoices":
            written += 1
            if written == hold:
                print("holding", flush=True)
                time.sleep(600)  # inside the page's transaction, until killed
        return changes

    vars(mirror_sync)["write_records"] = holding_write_page  # the sync's own name for it

    def report(progress: Progress) -> None:
        print(f"stored {progress.kind} {progress.page}", flush=True)

    kill_at = int(os.environ.get("MIRROR_KILL_AT_CHANGE", "0"))
    handed = 0

    def on_change(change: Change) -> None:
        nonlocal handed
        handed += 1
        if handed == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        print(f"change {change.kind} {change.action} {change.id}", flush=True)

    lease = timedelta(seconds=float(os.environ.get("MIRROR_LEASE_SECONDS", "60")))
    with Mirror(os.environ["MIRROR_DATABASE"], lease_ttl=lease) as mirror, ThredClient.from_env() as client:
        result = mirror.sync(
            client, os.environ["THRED_BUSINESS_ID"], progress=report, on_change=on_change if kill_at else None
        )
    print(result.summary(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
