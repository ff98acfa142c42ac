"""The main job: keep a business's receivables in a local SQLite mirror, and report from the mirror.

    python examples/mirror_demo.py [--database receivables.db]   # against a local stand-in
    THRED_BASE_URL=https://sandbox.thredfi.com THRED_TOKEN=... THRED_BUSINESS_ID=... \\
        python examples/mirror_demo.py --database receivables.db  # against that server

Against the stand-in: mirrors its business (every invoice and customer credit), lets the stand-in
change a few records (created, updated, deleted), syncs again, and prints how few requests that
second, incremental run needed and what changed; then a full pass, which finds the deleted invoice;
then the receivables report, read from the mirror with SQL. Against a server: syncs (twice, to show
the incremental run) and reports. `nox -s demo` runs it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from thred_client import ThredClient
from thred_client.errors import ThredError
from thred_client.mirror import Change, Mirror, SyncResult
from thred_client.mirror.schema import customer_credits, invoices

ENVIRONMENT = ("THRED_BASE_URL", "THRED_TOKEN", "THRED_BUSINESS_ID")
# Credits in these statuses no longer count against what customers owe.
SETTLED_CREDITS = ("draft", "void", "applied")


def money(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def describe(change: Change) -> str:
    """One line for a change: what, which, and the fields a person looks at first."""
    record = change.record or change.previous or {}
    label = record.get("invoice_number") or record.get("external_id") or ""
    what = "invoice" if change.kind == "invoices" else "credit"
    status = record.get("status")
    before = (change.previous or {}).get("status")
    moved = f" ({before} -> {status})" if change.action == "updated" and before != status else f" ({status})"
    return f"  {change.action:<8} {what:<7} {change.id} {label}{moved}"


def report(mirror: Mirror, business_id: str, where: str) -> str:
    """The receivables report, from the mirror's columns alone: no request to Thred."""
    live_invoices = sa.and_(invoices.c.business_id == business_id, invoices.c.removed_at.is_(None))
    live_credits = sa.and_(
        customer_credits.c.business_id == business_id, customer_credits.c.removed_at.is_(None)
    )
    statuses: dict[str, Counter[str]] = {}
    owed: defaultdict[str, int] = defaultdict(int)
    unapplied: defaultdict[str, int] = defaultdict(int)
    open_invoices = 0
    with mirror.engine.connect() as connection:
        for name, table, live in (
            ("Invoices", invoices, live_invoices),
            ("Customer credits", customer_credits, live_credits),
        ):
            status = sa.func.lower(sa.func.coalesce(table.c.status, "(none)"))
            rows = connection.execute(sa.select(status, sa.func.count()).where(live).group_by(status))
            statuses[name] = Counter({row[0]: row[1] for row in rows})
        currency = sa.func.upper(sa.func.coalesce(invoices.c.currency, "???"))
        for row in connection.execute(
            sa.select(currency, sa.func.sum(invoices.c.outstanding_balance), sa.func.count())
            .where(live_invoices, invoices.c.outstanding_balance > 0)
            .group_by(currency)
        ):
            owed[row[0]] += int(row[1])
            open_invoices += row[2]
        credit_currency = sa.func.upper(sa.func.coalesce(customer_credits.c.currency, "???"))
        left = customer_credits.c.total_amount - sa.func.coalesce(customer_credits.c.applied_amount, 0)
        for row in connection.execute(
            sa.select(credit_currency, sa.func.sum(left))
            .where(
                live_credits,
                sa.func.lower(sa.func.coalesce(customer_credits.c.status, "")).not_in(SETTLED_CREDITS),
                left > 0,
            )
            .group_by(credit_currency)
        ):
            unapplied[row[0]] += int(row[1])

    lines = [f"Receivables of business {business_id}, on {where}, from the mirror", ""]
    for name, counts in statuses.items():
        lines.append(f"{name}: {sum(counts.values()):,}")
        lines += [f"  {status:<20}{count:>10,}" for status, count in counts.most_common()]
    lines += ["", "Outstanding per currency    invoices owed    unapplied credit      net"]
    currencies = sorted(set(owed) | set(unapplied))
    for code in currencies:
        debt, credit = owed.get(code, 0), unapplied.get(code, 0)
        lines.append(f"  {code:<24}{money(debt):>15}{money(credit):>19}{money(debt - credit):>15}")
    if not currencies:
        lines.append("  (nothing outstanding)")
    lines += ["", f"{open_invoices:,} invoices open"]
    return "\n".join(lines)


def sync(mirror: Mirror, client: ThredClient, business_id: str, title: str, **options: Any) -> SyncResult:
    changes: list[Change] = []
    result = mirror.sync(client, business_id, on_change=changes.append, **options)
    print(f"{title}: {result.requests:,} requests, {result.seconds:.2f} s")
    for kind, summary in (("invoices", result.invoices), ("customer credits", result.customer_credits)):
        print(
            f"  {kind:<17} {summary.records:>6,} read: {len(summary.created):,} created, "
            f"{len(summary.updated):,} updated, {len(summary.removed):,} removed"
        )
    if 0 < len(changes) <= 20:
        print("\n".join(describe(change) for change in changes))
    print()
    return result


def change_a_few(sandbox: Any) -> None:
    """What a business's users do between two syncs: a few records created, updated and deleted."""
    changes = sandbox.mutations
    invoice_ids = changes.invoice_ids()
    for invoice_id in invoice_ids[3:6]:
        changes.update_invoice(invoice_id)
    changes.create_invoice()
    changes.create_invoice()
    changes.delete_invoice(invoice_ids[10])
    credit_ids = changes.credit_ids()
    changes.update_credit(credit_ids[2])
    changes.delete_credit(credit_ids[4])
    changes.create_credit()
    print(
        "The stand-in changed 3 invoices, created 2, deleted 1; changed, created and deleted 1 credit each\n"
    )


def on_stand_in(mirror: Mirror, invoices_count: int, credits_count: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.sandbox import SandboxConfig, running_sandbox

    with running_sandbox(SandboxConfig(invoices=invoices_count, credits=credits_count)) as sandbox:
        client = ThredClient(
            base_url=sandbox.base_url, partner_id=sandbox.partner_id, api_key=sandbox.api_key
        )
        with client:
            business = sandbox.business_id
            first = sync(mirror, client, business, "First sync (the whole business)")
            change_a_few(sandbox)
            second = sync(mirror, client, business, "Second sync (incremental)")
            share = second.requests / first.requests if first.requests else 0.0
            print(
                f"The second sync needed {second.requests} requests against {first.requests} for the "
                f"first ({share:.1%}), in {second.seconds:.2f} s against {first.seconds:.2f} s; "
                f"the stand-in served {sandbox.log.count('list_invoices')} invoice pages and "
                f"{sandbox.log.count('list_customer_credits')} credit pages in all.\n"
            )
            sync(mirror, client, business, "Full pass (finds invoices deleted since)", full=True)
            print(report(mirror, business, f"the local stand-in at {sandbox.base_url}"))


def on_server(mirror: Mirror, base_url: str, token: str, business_id: str) -> None:
    with ThredClient(base_url=base_url, token=token, business_id=business_id) as client:
        sync(mirror, client, business_id, "Sync")
        sync(mirror, client, business_id, "Sync again (incremental)")
    print(report(mirror, str(UUID(business_id)), base_url))


@contextmanager
def database(path: str | None) -> Iterator[str]:
    """The SQLite file to mirror into: the one given, or one in a temporary folder, removed after."""
    if path:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="thred-mirror-") as folder:
        yield str(Path(folder) / "receivables.db")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database", help="SQLite file or SQLAlchemy URL to mirror into (default: temporary)"
    )
    parser.add_argument("--invoices", type=int, default=2000, help="invoices of the stand-in's business")
    parser.add_argument(
        "--credits", type=int, default=500, help="customer credits of the stand-in's business"
    )
    args = parser.parse_args(argv)

    settings = {name: os.environ.get(name, "").strip() for name in ENVIRONMENT}
    missing = [name for name, value in settings.items() if not value]
    if missing and len(missing) != len(ENVIRONMENT):
        print(f"set {', '.join(missing)} too, or none of {', '.join(ENVIRONMENT)}", file=sys.stderr)
        return 2
    target: AbstractContextManager[str] = database(args.database)
    try:
        with target as where, Mirror(where) as mirror:
            print(f"Mirroring into {where}\n")
            if missing:
                on_stand_in(mirror, args.invoices, args.credits)
            else:
                on_server(mirror, *settings.values())
    except (ThredError, ValueError) as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
