"""A real PostgreSQL server for the tests: a throwaway cluster of its own (initdb, pg_ctl) in a temp dir.

Works in a developer's shell and in CI alike: it needs only the server's binaries (Debian's
`postgresql` package, which `.ci/run` installs), found on PATH or under /usr/lib/postgresql/*/bin, or
in THRED_TEST_POSTGRES_BIN. THRED_TEST_POSTGRES_URL names a running server to use instead. As root,
the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import Engine, text

__all__ = [
    "PostgresUnavailable",
    "create_database",
    "drop_database",
    "end_other_connections",
    "postgres_server",
]


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries on this machine."""


def _bindir() -> Path:
    configured = os.environ.get("THRED_TEST_POSTGRES_BIN")
    if configured:
        return Path(configured)
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if candidates:
        return Path(candidates[-1]).parent
    raise PostgresUnavailable("no PostgreSQL server binaries (initdb): apt-get install -y postgresql")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _as_server_user(command: list[str]) -> list[str]:
    # PostgreSQL will not run as root: as root, run it as the postgres user.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextmanager
def postgres_server() -> Iterator[str]:
    """The URL (`postgresql+psycopg://…/postgres`) of a running server, stopped and deleted on exit."""
    existing = os.environ.get("THRED_TEST_POSTGRES_URL")
    if existing:
        yield existing
        return
    bindir = _bindir()
    root = Path(tempfile.mkdtemp(prefix="thred-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data = root / "data"
    port = _free_port()
    initdb = [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8"]
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
    start = [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w", "-t", "60"]
    try:
        for command in ([*initdb, "--locale=C", "--no-sync"], [*start, "-o", options, "start"]):
            subprocess.run(_as_server_user(command), check=True, capture_output=True, text=True, timeout=120)
    except subprocess.CalledProcessError as error:
        log = root / "server.log"
        detail = log.read_text() if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr}{error.stdout}{detail}") from None
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)


def _admin_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def create_database(url: str) -> str:
    """A new, empty database on the server of `url`; its URL."""
    name = f"mirror_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_dsn(url), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + f"/{name}"


def drop_database(url: str) -> None:
    """Drop the database of `url`, disconnecting whoever is still on it."""
    server, name = url.rsplit("/", 1)
    with psycopg.connect(_admin_dsn(server + "/postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def end_other_connections(engine: Engine) -> None:
    """Have the server end every other connection to `engine`'s database, as a restart or a network
    cut would: their next statement fails."""
    with engine.begin() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
