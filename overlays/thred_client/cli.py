"""The `thred-client` command (also `python -m thred_client`).

    thred-client mirror sync --database receivables.db [--business ID ...] [--full] [--concurrency N]
                             [--skip-invalid]
    thred-client mirror export --database receivables.db --business ID --kind invoices --format csv
    thred-client --version

Credentials come from the same variables as `ThredClient.from_env()` (THRED_BASE_URL, THRED_TOKEN or
THRED_PARTNER_ID with THRED_API_KEY); the business from `--business` or THRED_BUSINESS_ID, the
database from `--database` or THRED_MIRROR_DATABASE.

Exit status: 0 done (a business another worker was syncing is skipped, and says so); 1 a sync or an
export failed (the API or the database); 2 the command line or the settings are wrong (nothing was
done); 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from typing import IO, TYPE_CHECKING, Any, Literal
from uuid import UUID

from ._replacing import replacing
from ._version import __version__
from .errors import ThredError

if TYPE_CHECKING:
    from .mirror import Mirror, Progress, SyncResult

__all__ = ["main"]

OK, FAILED, USAGE, INTERRUPTED = 0, 1, 2, 130
_KINDS: dict[str, Literal["invoices", "customer_credits"]] = {
    "invoices": "invoices",
    "customer-credits": "customer_credits",
    "credits": "customer_credits",
}
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class UsageError(Exception):
    """The command line or the settings are wrong: exit status 2."""


def duration(text: str) -> timedelta:
    """`90s`, `30m`, `12h` or `7d` as a timedelta."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhd])\s*", text)
    if match is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration such as 30m, 12h or 7d")
    return timedelta(seconds=int(match[1]) * _UNITS[match[2]])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thred-client", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"thred-client {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    mirror = commands.add_parser("mirror", help="a local mirror of invoices and customer credits")
    actions = mirror.add_subparsers(dest="action", required=True, metavar="ACTION")

    def database(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--database",
            "-d",
            help="a SQLite file path or a SQLAlchemy URL (default: $THRED_MIRROR_DATABASE)",
        )

    sync = actions.add_parser("sync", help="bring the mirror of one or more businesses up to date")
    database(sync)
    sync.add_argument(
        "--business",
        "-b",
        action="append",
        default=[],
        help="business UUID; repeatable (default: $THRED_BUSINESS_ID)",
    )
    sync.add_argument("--full", action="store_true", help="a full pass over invoices: marks removed ones")
    sync.add_argument(
        "--full-every", type=duration, help="a full pass once the last one is this old (such as 24h, 7d)"
    )
    sync.add_argument(
        "--skip-synced-within",
        type=duration,
        help="skip a business that any worker synced this recently (such as 5m): workers sharing a round",
    )
    sync.add_argument(
        "--skip-invalid",
        action="store_true",
        help="leave out a listed item with no id to store it under, with a warning, instead of failing "
        "its business (a record that only does not fit its model is always stored, as sent)",
    )
    sync.add_argument("--concurrency", "-j", type=int, default=4, help="businesses synced at once (4)")
    sync.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")

    export = actions.add_parser("export", help="write a business's mirrored records as CSV or JSON Lines")
    database(export)
    export.add_argument("--business", "-b", help="business UUID (default: $THRED_BUSINESS_ID)")
    export.add_argument("--kind", "-k", choices=sorted(_KINDS), default="invoices")
    export.add_argument(
        "--format", "-f", choices=("csv", "jsonl"), default="csv", help="csv: report columns; jsonl: records"
    )
    export.add_argument(
        "--output", "-o", default="-", help="file to write, replaced once complete (default: standard output)"
    )
    export.add_argument("--include-removed", action="store_true", help="records a full pass no longer found")
    return parser


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Run the command; its exit status."""
    env = os.environ if environ is None else environ
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and USAGE
    try:
        if args.action == "sync":
            return _sync(args, env)
        return _export(args, env)
    except UsageError as error:
        print(f"thred-client: error: {error}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        print("thred-client: interrupted", file=sys.stderr)
        return INTERRUPTED


def _open_mirror(args: argparse.Namespace, env: Mapping[str, str]) -> Mirror:
    database = args.database or env.get("THRED_MIRROR_DATABASE", "").strip()
    if not database:
        raise UsageError(
            "no database: pass --database (a file path or a SQLAlchemy URL) or set THRED_MIRROR_DATABASE"
        )
    try:
        from .mirror import Mirror, MirrorError
    except ImportError as error:
        raise UsageError(
            f"the mirror needs its extra: pip install 'thred-client[mirror]' ({error})"
        ) from None
    try:
        return Mirror(database)
    except MirrorError as error:
        raise UsageError(str(error)) from None


def _businesses(given: Sequence[str], env: Mapping[str, str]) -> list[str]:
    names = [part.strip() for value in given for part in value.split(",") if part.strip()]
    if not names:
        names = [part.strip() for part in env.get("THRED_BUSINESS_ID", "").split(",") if part.strip()]
    if not names:
        raise UsageError("no business: pass --business UUID or set THRED_BUSINESS_ID")
    return names


def _client(env: Mapping[str, str], businesses: Sequence[str]) -> Any:
    from .thred import ThredClient

    # One business: a token for it (THRED_BUSINESS_ID as from_env reads it); several: the partner's.
    settings = dict(env)
    if len(businesses) == 1:
        settings["THRED_BUSINESS_ID"] = businesses[0]
    else:
        settings.pop("THRED_BUSINESS_ID", None)
    try:
        return ThredClient.from_env(settings)
    except (ValueError, TypeError) as error:
        raise UsageError(f"credentials: {error}") from None


def _sync(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    if args.concurrency < 1:
        raise UsageError(f"--concurrency must be at least 1, not {args.concurrency}")
    businesses = _businesses(args.business, env)
    for business in businesses:
        try:
            UUID(business)
        except ValueError:
            raise UsageError(f"business id {business!r} is not a UUID") from None
    mirror = _open_mirror(args, env)
    client = _client(env, businesses)
    from sqlalchemy.exc import SQLAlchemyError

    from .mirror import MirrorError

    started = datetime.now(UTC)
    with mirror, client, _ProgressBar(disabled=args.no_progress) as bar:
        try:
            results = mirror.sync_many(
                client,
                businesses,
                concurrency=args.concurrency,
                full=args.full,
                full_every=args.full_every,
                progress=bar,
                on_invalid="skip" if args.skip_invalid else "raise",
                skip_synced_since=None
                if args.skip_synced_within is None
                else started - args.skip_synced_within,
            )
        except SQLAlchemyError as error:  # the database cannot be used at all
            return _database_failed(error)
        except MirrorError as error:  # tables a later release made: nothing done
            raise UsageError(str(error)) from None
    return _report(results, datetime.now(UTC) - started)


def _report(results: Sequence[SyncResult], elapsed: timedelta) -> int:
    for result in results:
        stream = sys.stderr if result.error is not None else sys.stdout
        print(result.summary(), file=stream)
    failed = [result for result in results if result.error is not None]
    created = sum(len(r.invoices.created) + len(r.customer_credits.created) for r in results)
    updated = sum(len(r.invoices.updated) + len(r.customer_credits.updated) for r in results)
    removed = sum(len(r.invoices.removed) + len(r.customer_credits.removed) for r in results)
    requests = sum(r.requests for r in results)
    skipped = sum(1 for r in results if r.skipped)
    print(
        f"{len(results) - len(failed) - skipped} synced, {skipped} skipped, {len(failed)} failed: "
        f"{created:,} created, {updated:,} updated, {removed:,} removed; {requests:,} requests in "
        f"{elapsed.total_seconds():.1f} s"
    )
    return FAILED if failed else OK


class _ProgressBar:
    """A tqdm bar on standard error counting the pages stored."""

    def __init__(self, disabled: bool) -> None:
        from tqdm import tqdm

        # disable=None: no bar unless standard error is a terminal (a script's log stays clean).
        self.bar = tqdm(desc="mirror sync", unit=" pages", disable=True if disabled else None, leave=False)

    def __call__(self, progress: Progress) -> None:
        self.bar.set_postfix_str(
            f"{progress.kind.replace('_', ' ')} of {progress.business_id}", refresh=False
        )
        self.bar.update(1)

    def __enter__(self) -> Callable[[Progress], None]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.bar.close()


def _export(args: argparse.Namespace, env: Mapping[str, str]) -> int:
    businesses = _businesses([args.business] if args.business else [], env)
    if len(businesses) != 1:
        raise UsageError("export takes one business")
    mirror = _open_mirror(args, env)
    url = mirror.engine.url
    if url.get_backend_name() == "sqlite" and url.database and not os.path.exists(url.database):
        # Not made here: a mistyped path would leave a new, empty mirror behind, and export nothing.
        raise UsageError(f"no mirror at {url.database}: sync into it first (thred-client mirror sync)")
    kind = _KINDS[args.kind]
    from sqlalchemy.exc import SQLAlchemyError

    from .mirror import MirrorError
    from .mirror.export import write_csv, write_jsonl

    with mirror:
        try:
            rows = mirror.records(businesses[0], kind, include_removed=args.include_removed)
            # The query runs before anything is written: a database that fails leaves no output behind.
            first = next(rows, None)
        except MirrorError as error:
            raise UsageError(str(error)) from None
        except SQLAlchemyError as error:
            return _database_failed(error)
        every = rows if first is None else itertools.chain([first], rows)
        # A file takes its place only once complete: an export that fails or is interrupted part-way
        # leaves the file as it was. Standard output is cut short, and the exit status says so.
        target: contextlib.AbstractContextManager[IO[str]] = (
            nullcontext(sys.stdout) if args.output == "-" else replacing(args.output)
        )
        try:
            with contextlib.ExitStack() as stack:
                try:
                    out = stack.enter_context(target)
                except OSError as error:
                    raise UsageError(f"cannot write {args.output}: {error.strerror}") from None
                count = write_csv(every, kind, out) if args.format == "csv" else write_jsonl(every, out)
        except SQLAlchemyError as error:  # the database failed part-way
            return _database_failed(error)
        except BrokenPipeError:  # the reader went away: `run` ends quietly
            raise
        except OSError as error:  # a write that failed (a full disk)
            return _write_failed("standard output" if args.output == "-" else args.output, error)
    if args.output != "-":
        print(f"{count:,} {args.kind} written to {args.output}", file=sys.stderr)
    return OK


def _write_failed(where: str, error: OSError) -> int:
    print(f"thred-client: error: cannot write {where}: {error.strerror}", file=sys.stderr)
    return FAILED


def _database_failed(error: Exception) -> int:
    print(f"thred-client: error: database: {type(error).__name__}: {error}", file=sys.stderr)
    return FAILED


def run() -> None:
    """The console script's entry point."""
    try:
        status = main()
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:  # the last of the output could not be written (a full disk)
            status = _write_failed("standard output", error)
            _discard_stdout()
    except ThredError as error:  # never a traceback for the API's errors
        print(f"thred-client: error: {type(error).__name__}: {error}", file=sys.stderr)
        status = FAILED
    except BrokenPipeError:  # the reader went away (`| head`): no traceback, nothing more to write
        _discard_stdout()
        status = OK
    sys.exit(status)


def _discard_stdout() -> None:
    # What is left in the buffer goes nowhere: the interpreter's last flush would fail again, loudly.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
