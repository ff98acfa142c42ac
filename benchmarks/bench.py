"""Benchmarks of the pagination helpers against the stand-in on loopback: `nox -s bench`.

    python benchmarks/bench.py [--markdown BENCHMARKS.md]

One run starts the stand-in in a process of its own (100,000 invoices, every record rendered before
the first measurement, so that the server only joins cached bytes), then measures, on that same data:

    a. a sequential walk of 10,000 invoices with `paginate`, against a raw httpx loop making the
       same requests and only `json.loads`-ing them (and, to tell the helper's share, against a
       hand loop over the generated operation)                                   target <= 1.3x
       (and, reported: the same walk reading one field of each invoice, and every field)
    b. parsing an invoice into its model, against `json.loads` of the same record    reported
       (and the same followed by a read of every field: the models convert fields on read)
    c. `apaginate(concurrency=8)` against a sequential `apaginate`, 10,000 invoices, with 50 ms
       added to each page by the server                                         target >= 5x
    d. the peak resident set of a fresh process walking 100,000 invoices against one walking
       10,000, the server in another process (and the same for the raw loop)    target <= 1.1x
    e. `import thred_client` against `import httpx, attrs`, fresh processes, best of 7    reported
    f-i. the models against their peers (pydantic v2, stock openapi-python-client, json.loads dicts)
       on one realistic 100-invoice page: decode and read every field, three fields, nothing, and the
       memory a read invoice holds; see benchmarks/models.py                   targets there

    python benchmarks/bench.py models    # f to i alone, printed; BENCHMARKS.md is left as it is

Timings are the best of a few rounds. The script prints each figure with its inputs, PASS or MISS
against its target, and with --markdown writes them to that file. It reports; it fails only if a
walk does.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import models
from thred_client import AuthenticatedClient, apaginate, paginate
from thred_client.api.invoices import list_invoices
from thred_client.models import Invoice, InvoicePage

ROOT = Path(__file__).resolve().parent.parent
SEED = 1
INVOICES = 100_000
WALK = 10_000
PAGE_SIZE = 100
LATENCY = 0.05
CONCURRENCY = 8
ROUNDS = 3
# The concurrent walk of c takes about a second, the sequential one several: more rounds of it.
CONCURRENT_ROUNDS = 5
IMPORT_RUNS = 7


@dataclass(frozen=True)
class Server:
    """A running stand-in: where it is, a token for it, and the pipe that sets its latency."""

    base_url: str
    token: str
    business_id: UUID
    process: subprocess.Popen[str]

    def set_latency(self, seconds: float) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"latency {seconds}\n")
        self.process.stdin.flush()
        if self.process.stdout.readline().strip() != "ok":
            raise RuntimeError("the stand-in did not acknowledge its new latency")

    def client(self) -> AuthenticatedClient:
        return AuthenticatedClient(base_url=self.base_url, token=self.token)

    def environment(self) -> dict[str, str]:
        return {
            "BENCH_BASE_URL": self.base_url,
            "BENCH_TOKEN": self.token,
            "BENCH_BUSINESS_ID": str(self.business_id),
        }


@dataclass(frozen=True)
class Figure:
    """One benchmark's line: what was compared, the ratio, and its target if it has one."""

    label: str
    detail: str
    ratio: float
    target: str | None
    met: bool | None

    @property
    def ratio_text(self) -> str:
        """The ratio to two decimals, or three where two would round it onto its target's bound."""
        bound = float(self.target.split()[-1].rstrip("x")) if self.target else None
        close = bound is not None and abs(self.ratio - bound) < 0.005
        return f"{self.ratio:.3f}x" if close else f"{self.ratio:.2f}x"

    def line(self) -> str:
        verdict = "" if self.met is None else (" PASS" if self.met else " MISS")
        target = f"target {self.target}" if self.target else "reported"
        return f"{self.label}: {self.detail} -> {self.ratio_text} ({target}){verdict}"


# -- the stand-in, in a process of its own ---------------------------------------------------------


def serve(invoices: int) -> int:
    """The server process: generate and render the data, print where it is, serve until stdin closes.

    Reads `latency <seconds>` lines on stdin and answers `ok` once the latency is set.
    """
    sys.path.insert(0, str(ROOT))
    from tests.sandbox.config import SandboxConfig
    from tests.sandbox.server import bind, uvicorn_server
    from tests.sandbox.state import SandboxState

    config = SandboxConfig(seed=SEED, invoices=invoices, credits=0)
    state = SandboxState.rendered(config)
    ids = state.dataset.identities
    sock = bind(config)
    host, port = sock.getsockname()[:2]
    server = uvicorn_server(state)

    def control() -> None:
        for line in sys.stdin:
            command, _, value = line.partition(" ")
            if command == "latency":
                state.faults.latency = float(value)
                print("ok", flush=True)
        server.should_exit = True

    print(f"BASE_URL=http://{host}:{port}")
    print(f"TOKEN={state.issuer.mint(ids.partner_id, None, 24 * 3600)}")
    print(f"BUSINESS_ID={ids.business_id}", flush=True)
    threading.Thread(target=control, daemon=True).start()
    server.run(sockets=[sock])
    return 0


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
        yield Server(settings["BASE_URL"], settings["TOKEN"], UUID(settings["BUSINESS_ID"]), process)
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# -- the measurements ----------------------------------------------------------------------------


def best(rounds: int, run: Callable[[], float]) -> float:
    return min(run() for _ in range(rounds))


def timed_walk(server: Server, count: int) -> float:
    with server.client() as client:
        started = time.perf_counter()
        walked = sum(
            1 for _ in paginate(list_invoices, client=client, business_id=server.business_id, max_items=count)
        )
        seconds = time.perf_counter() - started
    assert walked == count, walked
    return seconds


def timed_reading_walk(server: Server, count: int, read: Callable[[Invoice], object]) -> float:
    """`paginate`, calling `read` on each invoice."""
    with server.client() as client:
        started = time.perf_counter()
        walked = 0
        pages = paginate(list_invoices, client=client, business_id=server.business_id, max_items=count)
        for invoice in pages:
            read(invoice)
            walked += 1
        seconds = time.perf_counter() - started
    assert walked == count, walked
    return seconds


def every_field_reader() -> Callable[[Invoice], None]:
    """A read of each field of an invoice, and of the models and lists in it (the models convert on
    read): the straight-line reader of the model figures, written from the spec."""
    read = models.load_peer("thred_client", ROOT).reader("every")
    return lambda invoice: read((invoice,))


def timed_operation_walk(server: Server, count: int) -> float:
    """A hand-written loop over the generated operation itself: the same requests and models as
    `paginate`, without the helper, to tell the helper's share from the models'."""
    with server.client() as client:
        started = time.perf_counter()
        walked = 0
        for page in range(1, count // PAGE_SIZE + 1):
            parsed = list_invoices.sync_detailed(
                server.business_id, client=client, page=page, page_size=PAGE_SIZE
            ).parsed
            assert isinstance(parsed, InvoicePage) and isinstance(parsed.results, list)
            for _ in parsed.results:
                walked += 1
        seconds = time.perf_counter() - started
    assert walked == count, walked
    return seconds


def timed_raw_walk(server: Server, count: int) -> float:
    url = f"/v1/platform/businesses/{server.business_id}/invoices/"
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {server.token}"}) as http:
        started = time.perf_counter()
        walked = 0
        for page in range(1, count // PAGE_SIZE + 1):
            body = json.loads(http.get(url, params={"page": page, "page_size": PAGE_SIZE}).content)
            for _ in body["results"]:
                walked += 1
        seconds = time.perf_counter() - started
    assert walked == count, walked
    return seconds


def raw_records(server: Server, count: int) -> list[str]:
    """The JSON text of the first `count` invoices, one string per record."""
    url = f"/v1/platform/businesses/{server.business_id}/invoices/"
    texts: list[str] = []
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {server.token}"}) as http:
        for page in range(1, count // PAGE_SIZE + 1):
            body = json.loads(http.get(url, params={"page": page, "page_size": PAGE_SIZE}).content)
            texts.extend(json.dumps(record) for record in body["results"])
    return texts


def parse_times(texts: list[str]) -> tuple[float, float, float]:
    """Seconds per record of json.loads, of Invoice.from_dict on the loaded dict, and of
    Invoice.from_dict followed by a read of every field."""
    loaded = [json.loads(text) for text in texts]
    loads = best(ROUNDS, lambda: _each(json.loads, texts))
    models = best(ROUNDS, lambda: _each(Invoice.from_dict, loaded))
    read = every_field_reader()
    whole = best(ROUNDS, lambda: _each(lambda record: read(Invoice.from_dict(record)), loaded))
    return loads / len(texts), models / len(texts), whole / len(texts)


def _each(function: Callable[[Any], Any], values: list[Any]) -> float:
    started = time.perf_counter()
    for value in values:
        function(value)
    return time.perf_counter() - started


def timed_async_walk(server: Server, count: int, concurrency: int) -> float:
    async def walk() -> float:
        client = server.client()
        async with client:
            started = time.perf_counter()
            walked = 0
            async for _ in apaginate(
                list_invoices,
                client=client,
                business_id=server.business_id,
                max_items=count,
                concurrency=concurrency,
            ):
                walked += 1
            seconds = time.perf_counter() - started
        assert walked == count, walked
        return seconds

    return asyncio.run(walk())


def memory_child(count: int, raw: bool) -> int:
    """The child of d: walk `count` invoices (with `paginate`, or with the raw httpx + json.loads
    loop); print the resident set before the walk, then the peak."""
    client = AuthenticatedClient(base_url=os.environ["BENCH_BASE_URL"], token=os.environ["BENCH_TOKEN"])
    business_id = UUID(os.environ["BENCH_BUSINESS_ID"])
    url = f"/v1/platform/businesses/{business_id}/invoices/"
    with client:
        # One page first: connection, lazy imports and first-use caches belong to the baseline.
        next(paginate(list_invoices, client=client, business_id=business_id, max_items=1))
        before = peak_rss()
        walked = 0
        if raw:
            http = client.get_httpx_client()
            for page in range(1, count // PAGE_SIZE + 1):
                body = json.loads(http.get(url, params={"page": page, "page_size": PAGE_SIZE}).content)
                walked += len(body["results"])
                del body
        else:
            for _ in paginate(list_invoices, client=client, business_id=business_id, max_items=count):
                walked += 1
        peak = peak_rss()
    assert walked == count, walked
    print(before, peak)
    return 0


def peak_rss() -> int:
    """This process's peak resident set, in bytes.

    VmHWM rather than getrusage's ru_maxrss: Linux carries ru_maxrss over from the parent across
    fork and exec, so a child of a large process would report the parent's peak.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def peak_memory(server: Server, count: int, *, raw: bool = False) -> tuple[int, int]:
    """The resident set before the walk and the peak, of a fresh process walking `count` invoices."""
    output = subprocess.run(
        [sys.executable, __file__, "memory", "--count", str(count), *(["--raw"] if raw else [])],
        env={**os.environ, **server.environment()},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    before, peak = output.split()[-2:]
    return int(before), int(peak)


def import_seconds(statement: str) -> float:
    code = f"import time; started = time.perf_counter(); {statement}; print(time.perf_counter() - started)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(IMPORT_RUNS)
    ]
    return min(runs)


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def measure() -> tuple[list[Figure], list[str], str]:
    """Run a to e; return the figures, notes on reading them (with this run's numbers), and the setup."""
    figures: list[Figure] = []
    pages = WALK // PAGE_SIZE
    started = time.perf_counter()
    with stand_in(INVOICES) as server:
        setup = f"stand-in in its own process on {server.base_url}, seed {SEED}, {INVOICES:,} invoices"
        print(setup, flush=True)

        timed_walk(server, PAGE_SIZE)  # warm-up: connections, lazy imports
        read_every_field = every_field_reader()
        ours = raw = operation = one = full = float("inf")
        for _ in range(ROUNDS):
            ours = min(ours, timed_walk(server, WALK))
            raw = min(raw, timed_raw_walk(server, WALK))
            operation = min(operation, timed_operation_walk(server, WALK))
            one = min(one, timed_reading_walk(server, WALK, lambda invoice: invoice.status))
            full = min(full, timed_reading_walk(server, WALK, read_every_field))
        figures.append(
            Figure(
                "a. sequential walk",
                f"{WALK:,} invoices in {WALK // PAGE_SIZE} pages of {PAGE_SIZE}: paginate {ours:.2f} s "
                f"vs raw httpx + json.loads {raw:.2f} s",
                ours / raw,
                "<= 1.3x",
                ours / raw <= 1.3,
            )
        )
        print(figures[-1].line(), flush=True)
        figures.append(
            Figure(
                "a. (the helper's share)",
                f"paginate {ours:.2f} s vs a hand loop over list_invoices.sync_detailed {operation:.2f} s "
                "(same requests, same models)",
                ours / operation,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)
        figures.append(
            Figure(
                "a. (reading one field)",
                f"paginate, reading each invoice's status, {one:.2f} s vs raw httpx + json.loads {raw:.2f} s",
                one / raw,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)
        figures.append(
            Figure(
                "a. (reading every field)",
                f"paginate, reading every field of every invoice, {full:.2f} s vs raw httpx + json.loads "
                f"{raw:.2f} s",
                full / raw,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)

        loads, models, whole = parse_times(raw_records(server, WALK))
        figures.append(
            Figure(
                "b. parsing one invoice",
                f"Invoice.from_dict {models * 1e6:.1f} us vs json.loads {loads * 1e6:.1f} us "
                f"(mean of {WALK:,} records)",
                models / loads,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)
        figures.append(
            Figure(
                "b. (reading every field)",
                f"Invoice.from_dict and a read of every field {whole * 1e6:.1f} us vs json.loads "
                f"{loads * 1e6:.1f} us",
                whole / loads,
                None,
                None,
            )
        )
        print(figures[-1].line(), flush=True)

        server.set_latency(LATENCY)
        try:
            sequential = best(1, lambda: timed_async_walk(server, WALK, 1))
            concurrent = best(CONCURRENT_ROUNDS, lambda: timed_async_walk(server, WALK, CONCURRENCY))
        finally:
            server.set_latency(0)
        speedup = sequential / concurrent
        figures.append(
            Figure(
                "c. concurrent async walk",
                f"{WALK:,} invoices, {LATENCY * 1000:.0f} ms added to each page: "
                f"sequential {sequential:.2f} s vs concurrency={CONCURRENCY} {concurrent:.2f} s (faster by)",
                speedup,
                ">= 5x",
                speedup >= 5,
            )
        )
        print(figures[-1].line(), flush=True)

        (small_before, small), (large_before, large) = (
            peak_memory(server, count) for count in (WALK, INVOICES)
        )
        (raw_small_before, raw_small), (raw_large_before, raw_large) = (
            peak_memory(server, count, raw=True) for count in (WALK, INVOICES)
        )
        extra = INVOICES - WALK
        growth = ((large - large_before) - (small - small_before)) / extra
        raw_growth = ((raw_large - raw_large_before) - (raw_small - raw_small_before)) / extra
        figures.append(
            Figure(
                "d. peak memory",
                f"peak resident set of a fresh process walking {INVOICES:,} invoices {mb(large)} "
                f"vs {WALK:,} {mb(small)}; the raw httpx + json.loads loop: {mb(raw_large)} vs "
                f"{mb(raw_small)} ({raw_large / raw_small:.2f}x); growth per extra record, above each "
                f"process's resident set before its walk: {growth:.0f} bytes vs {raw_growth:.0f} for the "
                "raw loop",
                large / small,
                "<= 1.1x",
                large / small <= 1.1,
            )
        )
        print(figures[-1].line(), flush=True)

    ours_import = import_seconds("import thred_client")
    base_import = import_seconds("import httpx, attrs")
    figures.append(
        Figure(
            "e. import time",
            f"import thred_client {ours_import * 1000:.0f} ms "
            f"vs import httpx, attrs {base_import * 1000:.0f} ms (best of {IMPORT_RUNS} fresh processes)",
            ours_import / base_import,
            None,
            None,
        )
    )
    print(figures[-1].line(), flush=True)
    model_figures, model_notes = model_measure()
    figures.extend(model_figures)
    print(f"({time.perf_counter() - started:.0f} s in all)")
    per_page = 1000 / pages  # seconds for the whole walk -> milliseconds a page
    notes = [
        "- a, b: a model read from JSON converts its own fields when one of them is first used, with "
        "the models nested in it that hold no list of models (line items, allocations); those that do "
        "(a customer) wait for their own first use: a walk pays for what it reads. `paginate` reads each "
        f"invoice's id as sent (to yield none twice) and spends {abs(ours - raw) * per_page:.1f} ms a page "
        f"{'more' if ours >= raw else 'less'} than the raw loop; reading one field of each invoice "
        "converts its own fields and line items "
        f"({(one - ours) * per_page:.1f} ms a page), reading every field converts every model "
        f"({(full - ours) * per_page:.1f} ms a page, part of it the reading loop's own). The helper's "
        f"own share, against the hand loop over the generated operation: {ours / operation:.2f}x.",
        f"- c: the sequential walk spends {sequential * per_page:.1f} ms a page, "
        f"{LATENCY * 1000:.0f} of them "
        f"added by the server; the concurrent one {concurrent * per_page:.1f} ms a page, about the client's "
        f"own work on a page (the sequential walk of a, without added latency: {ours * per_page:.1f} ms).",
        "- d: a process's peak resident set grows with the length of any walk, the raw loop's too "
        f"({raw_growth:.0f} bytes a record here: the allocator's). paginate adds the ids it keeps so as to "
        "yield none twice, in tables sized from total_count (about 23 bytes an id).",
        *model_notes,
    ]
    return figures, notes, setup


def model_measure() -> tuple[list[Figure], list[str]]:
    """f to i (benchmarks/models.py), printed as they come."""
    print("f to i: the models and their peers on one page", flush=True)
    rows, notes = models.measure()
    figures = [Figure(*row) for row in rows]
    for figure in figures:
        print(figure.line(), flush=True)
    return figures, notes


def markdown(figures: list[Figure], notes: list[str], setup: str) -> str:
    machine = (
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )
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
            "# Benchmarks",
            "",
            "Produced by `nox -s bench` (which runs `python benchmarks/bench.py --markdown BENCHMARKS.md`);",
            "what each figure compares is described in `benchmarks/bench.py`. All figures come from one run.",
            "",
            f"Run of {dt.date.today().isoformat()}: {setup}; {machine}.",
            "",
            *rows,
            "",
            "Reading the figures:",
            "",
            *notes,
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", nargs="?", choices=["run", "serve", "memory", "models"], default="run")
    parser.add_argument("--invoices", type=int, default=INVOICES)
    parser.add_argument("--count", type=int, default=WALK)
    parser.add_argument("--raw", action="store_true")
    parser.add_argument("--markdown", type=Path, help="write the figures to this file as well")
    args = parser.parse_args(argv)
    if args.mode == "serve":
        return serve(args.invoices)
    if args.mode == "memory":
        return memory_child(args.count, args.raw)
    if args.mode == "models":
        for note in model_measure()[1]:
            print(note)
        return 0
    figures, notes, setup = measure()
    if args.markdown is not None:
        args.markdown.write_text(markdown(figures, notes, setup), encoding="utf-8")
        print(f"wrote {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
