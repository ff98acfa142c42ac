"""`nox -s demo`: examples/mirror_demo.py mirrors the stand-in's business, syncs again, and reports."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_the_demo_shows_the_incremental_run_and_the_report(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("THRED_")}
    database = tmp_path / "receivables.db"
    sizes = ("--invoices", "300", "--credits", "40")
    done = subprocess.run(
        [sys.executable, "examples/mirror_demo.py", *sizes, "--database", str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    first = re.search(r"First sync \(the whole business\): (\d+) requests", out)
    second = re.search(r"Second sync \(incremental\): (\d+) requests", out)
    assert first and second
    # 3 pages of invoices, one more for what changed meanwhile, 1 of credits; then 1 and 1.
    assert (int(first[1]), int(second[1])) == (5, 2)
    assert re.search(r"invoices +100 read: 2 created, 3 updated, 0 removed", out)
    assert re.search(r"customer credits +40 read: 1 created, 1 updated, 1 removed", out)
    assert re.search(r"Full pass .*\n.*\n.*\n  removed  invoice ", out)
    assert "from the mirror" in out
    assert re.search(r"Invoices: 301\n", out)  # 300, 2 created, 1 removed
    assert re.search(r"Customer credits: 40\n", out)
    assert database.exists()
