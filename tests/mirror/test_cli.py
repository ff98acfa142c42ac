"""The `thred-client mirror` command: sync and export, exit statuses and messages a script relies on."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from thred_client import __version__
from thred_client.cli import main
from thred_client.mirror import Mirror
from thred_client.mirror.schema import SCHEMA_VERSION, schema

from tests.mirror.conftest import assert_mirrors
from tests.mirror.postgres import create_database, drop_database, end_other_connections
from tests.sandbox.server import Sandbox

ROOT = Path(__file__).resolve().parents[2]


def environment(stand_in: Sandbox, database: str) -> dict[str, str]:
    return {
        "THRED_BASE_URL": stand_in.base_url,
        "THRED_PARTNER_ID": stand_in.partner_id,
        "THRED_API_KEY": stand_in.api_key,
        "THRED_BUSINESS_ID": stand_in.business_id,
        "THRED_MIRROR_DATABASE": database,
    }


@pytest.fixture
def synced(tmp_path: Path, stand_in: Sandbox, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The environment of a SQLite mirror of the stand-in, synced once (what that sync printed read)."""
    env = environment(stand_in, str(tmp_path / "mirror.db"))
    assert main(["mirror", "sync", "--no-progress"], env) == 0
    capsys.readouterr()
    return env


def test_sync_then_sync_again_prints_what_changed(
    database: str, stand_in: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    env = environment(stand_in, database)
    assert main(["mirror", "sync", "--no-progress"], env) == 0
    first = capsys.readouterr().out
    assert f"{len(stand_in.business.invoices):,} created" in first
    assert "1 synced, 0 skipped, 0 failed" in first

    stand_in.mutations.update_invoice(stand_in.mutations.invoice_ids()[0])
    assert main(["mirror", "sync", "--no-progress"], env) == 0
    second = capsys.readouterr().out
    assert "invoices (incremental, " in second and "0 created, 1 updated, 0 removed" in second
    with Mirror(database) as mirror:
        assert_mirrors(mirror, stand_in)


def test_export_writes_csv_and_json_lines(
    tmp_path: Path, stand_in: Sandbox, capsys: pytest.CaptureFixture[str], synced: dict[str, str]
) -> None:
    env = synced

    assert main(["mirror", "export", "--kind", "invoices", "--format", "csv"], env) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    served = stand_in.mutations.invoices()
    assert {row["id"] for row in rows} == served.keys()
    for row in rows:
        assert row["status"] == served[row["id"]]["status"]
        assert row["total_amount"] == str(served[row["id"]]["total_amount"])

    out = tmp_path / "credits.jsonl"
    assert main(["mirror", "export", "-k", "credits", "-f", "jsonl", "-o", str(out)], env) == 0
    assert f"{len(stand_in.business.credits)} credits written to {out}" in capsys.readouterr().err
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {record["id"]: record for record in records} == stand_in.mutations.credits()


def test_version_prints_the_release_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"], {}) == 0
    assert capsys.readouterr().out == f"thred-client {__version__}\n"


@pytest.mark.parametrize(
    ("arguments", "settings", "message"),
    [
        (["mirror", "sync"], {"THRED_MIRROR_DATABASE": ""}, "no database"),
        (["mirror", "sync", "-b", "not-a-uuid"], {}, "business id 'not-a-uuid' is not a UUID"),
        (["mirror", "sync"], {"THRED_BUSINESS_ID": ""}, "no business"),
        (["mirror", "sync", "--concurrency", "0"], {}, "--concurrency must be at least 1"),
        (["mirror", "sync"], {"THRED_API_KEY": ""}, "credentials"),
        (["mirror", "sync", "-d", "nosuch+driver://x/y"], {}, "no driver for nosuch+driver"),
        (["mirror", "export", "-o", "/nonexistent/dir/out.csv"], {}, "cannot write /nonexistent/dir/out.csv"),
        (["mirror", "sync", "--full-every", "soon"], {}, "is not a duration"),
        (["mirror", "frobnicate"], {}, "invalid choice"),
    ],
)
def test_usage_errors_exit_2_before_any_request(
    tmp_path: Path,
    stand_in: Sandbox,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    settings: dict[str, str],
    message: str,
) -> None:
    with Mirror(tmp_path / "mirror.db") as existing:  # an export reads a mirror that exists
        existing.create()
    env = {**environment(stand_in, str(tmp_path / "mirror.db")), **settings}
    assert main(arguments, env) == 2
    error = capsys.readouterr().err
    assert message in error
    assert stand_in.api_key not in error
    assert stand_in.log.count() == 0


def test_a_failed_sync_exits_1_and_names_the_business(
    tmp_path: Path, stand_in: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    env = environment(stand_in, str(tmp_path / "mirror.db"))
    ids = [stand_in.business_id, stand_in.foreign_business_id]  # the second is another partner's
    assert main(["mirror", "sync", "--no-progress", "-b", ",".join(ids)], env) == 1
    captured = capsys.readouterr()
    assert f"business {stand_in.foreign_business_id}: failed: PermissionDeniedError" in captured.err
    assert "1 synced, 0 skipped, 1 failed" in captured.out
    assert stand_in.api_key not in captured.err + captured.out


def test_an_export_from_a_sqlite_file_that_does_not_exist_exits_2_and_makes_none(
    tmp_path: Path, stand_in: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "mistyped.db"
    env = environment(stand_in, str(missing))
    assert main(["mirror", "export", "--kind", "invoices", "--format", "csv"], env) == 2
    captured = capsys.readouterr()
    assert f"no mirror at {missing}" in captured.err
    assert captured.out == "" and not missing.exists()


@pytest.mark.parametrize("output", ["-", "invoices.csv"])
def test_an_export_whose_database_fails_exits_1_and_writes_nothing(
    tmp_path: Path, stand_in: Sandbox, capsys: pytest.CaptureFixture[str], output: str
) -> None:
    broken = tmp_path / "not-a-database.db"
    broken.write_bytes(b"this is not a SQLite file " * 100)
    env = environment(stand_in, str(broken))
    target = tmp_path / output
    arguments = ["mirror", "export", "--kind", "invoices", "--format", "csv", "-o", str(target)]
    assert main(arguments if output != "-" else arguments[:-2], env) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("thred-client: error: database: ")
    assert "Traceback" not in captured.err and captured.err.count("\n") <= 2
    assert captured.out == "" and not (output != "-" and target.exists())


def test_python_dash_m_runs_the_command(tmp_path: Path, stand_in: Sandbox) -> None:
    env = {**os.environ, **environment(stand_in, str(tmp_path / "mirror.db"))}
    env.pop("THRED_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "thred_client", "mirror", "sync"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "1 synced, 0 skipped, 0 failed" in done.stdout
    assert "\r" not in done.stderr  # no progress bar where standard error is no terminal


def test_skip_synced_within_leaves_a_business_synced_recently(
    stand_in: Sandbox, capsys: pytest.CaptureFixture[str], synced: dict[str, str]
) -> None:
    env = synced
    stand_in.log.clear()
    assert main(["mirror", "sync", "--no-progress", "--skip-synced-within", "1h"], env) == 0
    out = capsys.readouterr().out
    assert f"business {stand_in.business_id}: skipped (synced since " in out
    assert "0 synced, 1 skipped, 0 failed" in out
    assert stand_in.log.count("list_invoices") == stand_in.log.count("list_customer_credits") == 0


PREVIOUS = "the export of yesterday\n"


def export_cut_short(monkeypatch: pytest.MonkeyPatch, after: int, then: Callable[[Mirror], None]) -> None:
    """The export reads `after` rows of the mirror, then `then` happens (to its database, or to the
    process)."""
    records = Mirror.records

    def read(self: Mirror, *args: Any, **kwargs: Any) -> Iterator[Mapping[str, Any]]:
        for number, row in enumerate(records(self, *args, **kwargs), 1):
            yield row
            if number == after:
                then(self)

    monkeypatch.setattr(Mirror, "records", read)


def test_an_export_whose_database_fails_part_way_leaves_the_file_as_it_was(
    postgres: str,
    tmp_path: Path,
    stand_in: Sandbox,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = create_database(postgres)
    try:
        env = environment(stand_in, url)
        assert main(["mirror", "sync", "--no-progress"], env) == 0
        monkeypatch.setattr("thred_client.mirror.sync._READ_BATCH", 50)  # more reads than one
        export_cut_short(monkeypatch, 120, lambda mirror: end_other_connections(mirror.engine))
        target = tmp_path / "invoices.csv"
        target.write_text(PREVIOUS)
        capsys.readouterr()

        assert main(["mirror", "export", "-o", str(target)], env) == 1
        assert capsys.readouterr().err.startswith("thred-client: error: database: ")
        assert target.read_text() == PREVIOUS  # not a file cut short
        assert [path.name for path in tmp_path.iterdir()] == ["invoices.csv"]  # nothing left beside it
    finally:
        drop_database(url)


def test_an_interrupted_export_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, synced: dict[str, str]
) -> None:
    env = synced
    export_cut_short(monkeypatch, 100, lambda _: signal.raise_signal(signal.SIGINT))  # Ctrl-C
    target = tmp_path / "out" / "invoices.jsonl"
    target.parent.mkdir()
    target.write_text(PREVIOUS)

    assert main(["mirror", "export", "-f", "jsonl", "-o", str(target)], env) == 130
    assert target.read_text() == PREVIOUS
    assert [path.name for path in target.parent.iterdir()] == ["invoices.jsonl"]


def test_an_export_replaces_the_file_once_complete_keeping_its_mode_and_links(
    tmp_path: Path, stand_in: Sandbox, synced: dict[str, str]
) -> None:
    env = synced
    served = stand_in.mutations.credits()
    umask = os.umask(0o027)
    try:
        new = tmp_path / "new.jsonl"
        assert main(["mirror", "export", "-k", "credits", "-f", "jsonl", "-o", str(new)], env) == 0
        assert stat.S_IMODE(new.stat().st_mode) == 0o640  # as open() would make it
        assert {json.loads(line)["id"] for line in new.read_text().splitlines()} == served.keys()

        kept = tmp_path / "kept.jsonl"
        kept.write_text(PREVIOUS)
        kept.chmod(0o604)
        link = tmp_path / "latest.jsonl"
        link.symlink_to(kept)
        assert main(["mirror", "export", "-k", "credits", "-f", "jsonl", "-o", str(link)], env) == 0
        assert link.is_symlink() and link.resolve() == kept  # the link stays; its file is replaced
        assert stat.S_IMODE(kept.stat().st_mode) == 0o604
        assert kept.read_text() == new.read_text()
    finally:
        os.umask(umask)


def test_an_export_to_a_pipe_writes_into_it(
    tmp_path: Path, stand_in: Sandbox, synced: dict[str, str]
) -> None:
    env = synced
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_text()), daemon=True)
    reader.start()
    assert main(["mirror", "export", "-k", "credits", "-f", "jsonl", "-o", str(pipe)], env) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(pipe.stat().st_mode)  # written into, not replaced by a file
    assert len(read[0].splitlines()) == len(stand_in.business.credits)


def test_an_export_whose_writes_fail_exits_1_and_says_why(
    capsys: pytest.CaptureFixture[str], synced: dict[str, str]
) -> None:
    env = synced
    # /dev/full takes no byte: as a full disk would, every write fails with ENOSPC.
    assert main(["mirror", "export", "-f", "jsonl", "-o", "/dev/full"], env) == 1
    error = capsys.readouterr().err
    assert error == "thred-client: error: cannot write /dev/full: No space left on device\n"


def test_a_mirror_a_later_release_made_exits_2_for_sync_and_export(
    tmp_path: Path, stand_in: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "mirror.db"
    with Mirror(database) as mirror:
        mirror.create()
        with mirror.engine.begin() as connection:
            connection.execute(schema.update().values(version=SCHEMA_VERSION + 1))
    env = environment(stand_in, str(database))
    for command in (["mirror", "sync", "--no-progress"], ["mirror", "export"]):
        assert main(command, env) == 2
        captured = capsys.readouterr()
        assert captured.err.startswith("thred-client: error: the mirror's tables are of layout version ")
        assert captured.err.rstrip().endswith("upgrade it") and captured.out == ""
    assert stand_in.log.count() == 0


def export_onto_a_full_disk(env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    """`python -m thred_client mirror export ARGUMENTS` with standard output on /dev/full, which takes
    no byte: every write fails with ENOSPC, as on a full disk."""
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "thred_client", "mirror", "export", *arguments],
            cwd=ROOT,
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )


def test_an_export_to_a_standard_output_that_takes_nothing_exits_1_and_says_why(
    tmp_path: Path, stand_in: Sandbox
) -> None:
    env = {**os.environ, **environment(stand_in, str(tmp_path / "mirror.db"))}
    assert main(["mirror", "sync", "--no-progress"], env) == 0
    done = export_onto_a_full_disk(env, "-f", "jsonl")
    assert done.returncode == 1
    assert done.stderr == "thred-client: error: cannot write standard output: No space left on device\n"


def test_a_short_export_to_a_standard_output_that_takes_nothing_exits_1_and_says_why(
    tmp_path: Path, stand_in: Sandbox
) -> None:
    # A mirror with nothing in it: the CSV header alone, written out only by the last flush.
    with Mirror(tmp_path / "mirror.db") as mirror:
        mirror.create()
    env = {**os.environ, **environment(stand_in, str(tmp_path / "mirror.db"))}
    env.pop("PYTHONUNBUFFERED", None)  # standard output kept in its buffer until the end
    done = export_onto_a_full_disk(env)
    assert (done.returncode, done.stderr) == (
        1,
        "thred-client: error: cannot write standard output: No space left on device\n",
    )
