"""Benchmarks of `thred_client.mirror` against the stand-in on loopback (`nox -s bench`, after bench.py).

    python benchmarks/bench_mirror.py [--markdown BENCHMARKS.md]

The stand-in runs in a process of its own with 10,000 invoices (every record rendered before the first
measurement) and no customer credits, and changes records when told to. On that data:

    f. a full mirror of the 10,000 invoices into a new SQLite file, against a plain `paginate` walk of
       the same invoices in the same order (`sort=-updated_at`), as throughput     target >= 0.8x
       (and, reported: the mirror against the same walk reading every field of every invoice,
       as a service storing the records itself would; the same records written as plain sqlite3
       would, page by page, one transaction each, against the same `paginate` walk: the database's
       own share; a floor for a mirror written in Python, whatever its design: each page fetched
       while the one before is stored, each record kept as the slice of the body it came in and its
       columns read by msgspec, the rows written into the mirror's table with sqlite3 alone, and
       nothing else; and
       the mirror's walk with no database at all, its pages fetched as a sync fetches them and each
       record's report columns and stored text made, against the same walk: the part of the
       mirror's time that no database, however fast, takes away)
    g. a second sync once 1% of the invoices changed, against the first sync: its requests and its
       time                                        targets <= 3% of the requests, <= 5% of the time
    h. a full pass once the stand-in lists none of the invoices, each removal handed to `on_change`
       with its previous JSON: the sync's peak of traced memory against the JSON the mirror held for
       them (reported; last, as it empties the stand-in's list)

Timings are the best of a few rounds, each on a new database file. With --markdown, the figures are
written into that file under `## Mirror` (replacing that section, leaving the rest of the file).
"""

from __future__ import annotations

import argparse
import gc
import json
import queue
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

import msgspec
from bench import ROOT, SEED, Figure
from models import attribute_names, compile_reader, reader_source
from thred_client import AuthenticatedClient, models, paginate, paginate_pages
from thred_client.api.invoices import list_invoices
from thred_client.mirror import Change, Mirror, SyncResult
from thred_client.mirror.commits import Checkpointer
from thred_client.mirror.fetch import PageFetcher
from thred_client.mirror.schema import _sqlite_text
from thred_client.mirror.schema import invoices as mirror_invoices
from thred_client.mirror.store import _driver_statement
from thred_client.mirror.walk import DEFAULT_OVERLAP, WalkPlan
from thred_client.models import InvoiceSort
from thred_client.pagination import DEFAULT_PAGE_SIZE

INVOICES = 10_000
CHANGED = INVOICES // 100
ROUNDS = 3
SECTION = "## Mirror"


def serve(invoices: int) -> int:
    """The server process: print where it is; on `change <n>`, update n invoices and answer `ok`."""
    sys.path.insert(0, str(ROOT))
    from tests.sandbox.config import SandboxConfig
    from tests.sandbox.mutations import Mutations
    from tests.sandbox.server import bind, uvicorn_server
    from tests.sandbox.state import SandboxState

    config = SandboxConfig(seed=SEED, invoices=invoices, credits=0)
    state = SandboxState.rendered(config)
    ids = state.dataset.identities
    business = state.dataset.business(ids.business_id)
    changes = Mutations(state.dataset)
    sock = bind(config)
    host, port = sock.getsockname()[:2]
    server = uvicorn_server(state)

    def control() -> None:
        rounds = 0
        for line in sys.stdin:
            command, _, value = line.partition(" ")
            if command == "change":
                every = changes.invoice_ids()
                step = max(1, len(every) // int(value))
                for invoice_id in every[rounds % step :: step][: int(value)]:
                    changes.update_invoice(invoice_id)
                    business.invoice_json(every.index(invoice_id))  # rendered now, as the rest were
                business.invoice_order("-updated_at")  # and sorted now: the client's time is measured
                rounds += 1
                print("ok", flush=True)
            elif command.strip() == "delete-all":
                changes.delete_every_invoice()
                print("ok", flush=True)
        server.should_exit = True

    print(f"BASE_URL=http://{host}:{port}")
    print(f"TOKEN={state.issuer.mint(ids.partner_id, None, 24 * 3600)}")
    print(f"BUSINESS_ID={ids.business_id}", flush=True)
    threading.Thread(target=control, daemon=True).start()
    server.run(sockets=[sock])
    return 0


class Server:
    def __init__(self, process: subprocess.Popen[str], settings: dict[str, str]) -> None:
        self.process = process
        self.base_url = settings["BASE_URL"]
        self.token = settings["TOKEN"]
        self.business_id = UUID(settings["BUSINESS_ID"])

    def client(self) -> AuthenticatedClient:
        return AuthenticatedClient(base_url=self.base_url, token=self.token)

    def change(self, count: int) -> None:
        self._command(f"change {count}")

    def delete_all(self) -> None:
        self._command("delete-all")

    def _command(self, line: str) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{line}\n")
        self.process.stdin.flush()
        if self.process.stdout.readline().strip() != "ok":
            raise RuntimeError("the stand-in did not acknowledge the changes")


@contextmanager
def stand_in(invoices: int) -> Iterator[Server]:
    process = subprocess.Popen(
        [sys.executable, __file__, "serve", "--invoices", str(invoices)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        settings = dict(process.stdout.readline().strip().split("=", 1) for _ in range(3))
        yield Server(process, settings)
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def timed_paginate(server: Server) -> float:
    with server.client() as client:
        started = time.perf_counter()
        walked = sum(
            1
            for _ in paginate(
                list_invoices, client=client, business_id=server.business_id, sort=InvoiceSort.UPDATED_AT_DESC
            )
        )
        seconds = time.perf_counter() - started
    assert walked == INVOICES, walked
    return seconds


def timed_paginate_reading(server: Server) -> float:
    """Seconds for the same `paginate` walk with every field of every invoice read (by the model
    figures' reader: straight-line code written from the spec)."""
    read = compile_reader(reader_source("every", attribute_names(models), attributes=True), None)
    with server.client() as client:
        started = time.perf_counter()
        walked = 0
        for invoice in paginate(
            list_invoices, client=client, business_id=server.business_id, sort=InvoiceSort.UPDATED_AT_DESC
        ):
            read((invoice,))
            walked += 1
        seconds = time.perf_counter() - started
    assert walked == INVOICES, walked
    return seconds


def timed_plain_writes(server: Server, database: Path) -> float:
    """Seconds to write every invoice's id and JSON into SQLite with sqlite3 alone, a transaction a
    page, as the mirror's file is set up (WAL, synchronous=NORMAL): what no mirror can go below."""
    with server.client() as client:
        pages = [
            [(str(invoice.id), json.dumps(invoice.to_dict())) for invoice in page.items]
            for page in paginate_pages(list_invoices, client=client, business_id=server.business_id)
        ]
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("CREATE TABLE invoices (id TEXT PRIMARY KEY, record TEXT NOT NULL)")
        started = time.perf_counter()
        for rows in pages:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("INSERT INTO invoices VALUES (?, ?)", rows)
            connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def timed_mirror_walk(server: Server) -> float:
    """Seconds for a sync's walk without its database: the pages fetched as the mirror fetches them
    (records as sent, the walk's plan), each record's report columns and stored text made."""
    with server.client() as client:
        started = time.perf_counter()
        plan = WalkPlan(None, DEFAULT_OVERLAP)
        pages = PageFetcher(
            list_invoices,
            client=client,
            business_id=str(server.business_id),
            page_size=DEFAULT_PAGE_SIZE,
            params={"sort": InvoiceSort.UPDATED_AT_DESC},
            last=plan.take,
        )
        walked = 0
        for page in pages:  # each record comes with its columns and the text it is stored as
            walked += len(page.records)
        seconds = time.perf_counter() - started
    assert walked == INVOICES, walked
    return seconds


class _Customer(msgspec.Struct):
    id: str | None = None


class _Columns(msgspec.Struct):
    """An invoice's report columns, as msgspec reads them (the bound's data is well formed)."""

    id: str
    status: str | None = None
    currency: str | None = None
    customer: _Customer | None = None
    invoice_number: str | None = None
    total_amount: int | None = None
    outstanding_balance: int | None = None
    sent_at: datetime | None = None
    due_at: datetime | None = None
    paid_at: datetime | None = None
    updated_at: datetime | None = None


class _Page(msgspec.Struct):
    results: list[msgspec.Raw]


def timed_bound(server: Server, database: Path) -> float:
    """Seconds for the least a mirror in Python takes here to store these invoices, whatever its
    design: each page requested in a thread of its own while the one before is stored; each record's
    JSON the slice of the body it came in (msgspec.Raw), its report columns read by msgspec; the rows
    written into the mirror's table through the driver alone, on a connection set up as the mirror's
    are, a transaction a page, the log checkpointed by the mirror's own checkpoint thread. No walk
    rules, change detection, lease, state or changes handed out."""
    pages = -(-INVOICES // DEFAULT_PAGE_SIZE)
    decode_page, decode_columns = msgspec.json.Decoder(_Page).decode, msgspec.json.Decoder(_Columns).decode
    business = str(server.business_id)
    mirror = Mirror(database)
    try:
        mirror.create()
        # The mirror's own INSERT.
        insert = _driver_statement(mirror_invoices, mirror.engine.dialect, None).sql
        assert insert is not None
        with server.client() as client, mirror.engine.connect() as connection:
            http = client.get_httpx_client()
            url = f"/v1/platform/businesses/{business}/invoices/"
            bodies: queue.Queue[bytes] = queue.Queue(maxsize=2)

            def fetch() -> None:
                for number in range(1, pages + 1):
                    params: dict[str, str | int] = {
                        "page": number,
                        "page_size": DEFAULT_PAGE_SIZE,
                        "sort": "-updated_at",
                    }
                    bodies.put(http.get(url, params=params).raise_for_status().content)

            writer = connection.connection.driver_connection
            assert isinstance(writer, sqlite3.Connection)
            started = time.perf_counter()
            fetcher = threading.Thread(target=fetch)
            fetcher.start()
            checkpointer = Checkpointer(mirror.engine, connection)
            now = _sqlite_text(datetime.now(UTC))
            stored = 0
            for _ in range(pages):
                rows = []
                for raw in decode_page(bodies.get()).results:
                    c = decode_columns(raw)
                    rows.append(
                        (business, c.id, c.status, c.currency, c.customer.id if c.customer else None,
                         c.invoice_number, c.total_amount, c.outstanding_balance, _sqlite_text(c.sent_at),
                         _sqlite_text(c.due_at), _sqlite_text(c.paid_at), _sqlite_text(c.updated_at),
                         bytes(raw).decode(), now, now, None, "bound")
                    )  # fmt: skip
                writer.execute("BEGIN IMMEDIATE")
                writer.executemany(insert, rows)
                writer.execute("COMMIT")
                checkpointer.committed()
                stored += len(rows)
            fetcher.join()
            checkpointer.close()  # the last checkpoint waited for, as a sync waits for it
            seconds = time.perf_counter() - started
    finally:
        mirror.close()
    assert stored == INVOICES, stored
    return seconds


def mirror_sync(server: Server, database: Path) -> SyncResult:
    with server.client() as client, Mirror(database) as mirror:
        mirror.create()  # the tables: set-up, not the sync's work
        return mirror.sync(client, server.business_id)


def removal_memory(server: Server, database: Path) -> tuple[int, int, int]:
    """A full pass over a list the stand-in no longer serves any of, each removal handed to `on_change`
    and its previous JSON read: the sync's peak of traced memory, the removals, and the bytes of JSON
    the mirror held for them."""
    with sqlite3.connect(database) as connection:
        (held,) = connection.execute("SELECT sum(length(record)) FROM thred_mirror_invoices").fetchone()
    removed = 0

    def on_change(change: Change) -> None:
        nonlocal removed
        assert change.action == "removed" and change.previous is not None
        removed += change.previous["id"] == change.id

    with server.client() as client, Mirror(database) as mirror:
        mirror.create()
        gc.collect()
        tracemalloc.start()
        try:
            mirror.sync(client, server.business_id, full=True, on_change=on_change)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return peak, removed, int(held)


def measure() -> tuple[list[Figure], str]:
    figures: list[Figure] = []
    with stand_in(INVOICES) as server, tempfile.TemporaryDirectory(prefix="bench-mirror-") as folder:
        setup = f"stand-in in its own process on {server.base_url}, seed {SEED}, {INVOICES:,} invoices"
        print(setup, flush=True)
        timed_paginate(server)  # warm-up: connections, lazy imports
        plain = mirrored = float("inf")
        first: SyncResult | None = None
        for number in range(ROUNDS):
            plain = min(plain, timed_paginate(server))
            result = mirror_sync(server, Path(folder) / f"round-{number}.db")
            assert len(result.invoices.created) == INVOICES, result.summary()
            if result.seconds < mirrored:
                mirrored, first = result.seconds, result
        assert first is not None
        throughput = plain / mirrored
        figures.append(
            Figure(
                "f. full mirror",
                f"{INVOICES:,} invoices into a new SQLite file: mirror sync {mirrored:.2f} s "
                f"({first.requests} requests) vs paginate of the same {plain:.2f} s (throughput of)",
                throughput,
                ">= 0.8x",
                throughput >= 0.8,
            )
        )
        print(figures[-1].line(), flush=True)
        reading = min(timed_paginate_reading(server) for _ in range(ROUNDS))
        figures.append(
            Figure(
                "f. (against paginate reading every field)",
                f"the same mirror sync {mirrored:.2f} s vs paginate with every field of every invoice read, "
                f"as a service storing them itself would, {reading:.2f} s",
                reading / mirrored,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)
        writes = min(timed_plain_writes(server, Path(folder) / f"plain-{n}.db") for n in range(ROUNDS))
        figures.append(
            Figure(
                "f. (the database's share)",
                f"the same invoices' JSON written with sqlite3 alone, a transaction a page, {writes:.2f} s, "
                f"added to paginate's {plain:.2f} s: the best a mirror that reads each page as paginate does "
                "and stores it as it comes can do",
                plain / (plain + writes),
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)
        bound = min(timed_bound(server, Path(folder) / f"bound-{n}.db") for n in range(ROUNDS))
        figures.append(
            Figure(
                "f. (a floor for a mirror in Python)",
                f"each page fetched while the one before is stored, each record's JSON the slice of the "
                f"body it came in, its columns read by msgspec, the rows written with sqlite3 alone into "
                f"the mirror's table, nothing else: {bound:.2f} s vs paginate's {plain:.2f} s",
                plain / bound,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)
        walk = min(timed_mirror_walk(server) for _ in range(ROUNDS))
        figures.append(
            Figure(
                "f. (the mirror's walk alone)",
                f"the sync's walk with no database: its pages fetched as it fetches them, each record's "
                f"columns and stored text made, {walk:.2f} s vs paginate's {plain:.2f} s",
                plain / walk,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)

        # Once, on data no sync has seen changed before: a fully mirrored file, 1% of the invoices
        # changed, then the second sync. (Another round would find the first round's changes still
        # within the overlap, and read them again.)
        database = Path(folder) / "incremental.db"
        base = mirror_sync(server, database)
        server.change(CHANGED)
        second = mirror_sync(server, database)
        assert len(second.invoices.updated) == CHANGED, second.summary()
        requests_share = second.requests / base.requests
        time_share = second.seconds / base.seconds
        figures.append(
            Figure(
                "g. second sync, requests",
                f"after {CHANGED} of {INVOICES:,} invoices changed: {second.requests} requests vs "
                f"{base.requests} for the first sync",
                requests_share,
                "<= 0.03x",
                requests_share <= 0.03,
            )
        )
        print(figures[-1].line(), flush=True)
        figures.append(
            Figure(
                "g. second sync, time",
                f"the same second sync {second.seconds * 1000:.0f} ms vs the first sync {base.seconds:.2f} s",
                time_share,
                "<= 0.05x",
                time_share <= 0.05,
            )
        )
        print(figures[-1].line(), flush=True)

        # Last, as it empties the stand-in's list: the whole list gone at once.
        server.delete_all()
        peak, removed, held = removal_memory(server, database)
        assert removed == INVOICES, removed
        figures.append(
            Figure(
                "h. a whole list removed",
                f"a full pass finding none of the {INVOICES:,} invoices, each removal handed to on_change "
                f"with its previous JSON: the sync's peak of traced memory {peak / 1e6:.1f} MB vs the "
                f"{held / 1e6:.1f} MB of JSON the mirror held for them",
                peak / held,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)
    return figures, setup


def section(figures: list[Figure], setup: str) -> str:
    rows = [
        "| figure | measured | ratio | target | |",
        "|---|---|---|---|---|",
        *(
            f"| {f.label} | {f.detail} | {f.ratio_text} | {f.target or 'reported'} | "
            f"{'' if f.met is None else ('PASS' if f.met else 'MISS')} |"
            for f in figures
        ),
    ]
    return "\n".join(
        [
            SECTION,
            "",
            "Produced by `python benchmarks/bench_mirror.py --markdown BENCHMARKS.md` (`nox -s bench`);",
            f"what each figure compares is described in `benchmarks/bench_mirror.py`. Setup: {setup}.",
            "",
            *rows,
            "",
        ]
    )


def write_section(path: Path, text: str) -> None:
    """Put `text` in place of the file's mirror section, or after the rest of it."""
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    head, found, _ = current.partition(SECTION)
    body = head if found else current
    path.write_text(body.rstrip("\n") + ("\n\n" if body.strip() else "") + text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", nargs="?", choices=["run", "serve"], default="run")
    parser.add_argument("--invoices", type=int, default=INVOICES)
    parser.add_argument("--markdown", type=Path, help="write the figures into this file's mirror section")
    args = parser.parse_args(argv)
    if args.mode == "serve":
        return serve(args.invoices)
    figures, setup = measure()
    if args.markdown is not None:
        write_section(args.markdown, section(figures, setup))
        print(f"wrote the mirror section of {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
