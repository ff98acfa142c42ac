"""`nox -s demo`'s script, examples/receivables_report.py: its report against what the stand-in holds,
read with plain httpx and json.loads."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.sandbox import Sandbox, SandboxConfig, running_sandbox

ROOT = Path(__file__).resolve().parent.parent
ENVIRONMENT = ("THRED_BASE_URL", "THRED_TOKEN", "THRED_BUSINESS_ID", "THRED_PARTNER_ID", "THRED_API_KEY")
# The stand-in the script starts by itself has the default seed; these sizes keep it quick.
INVOICES, CREDITS = 230, 70


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "receivables_report", ROOT / "examples" / "receivables_report.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(invoices=INVOICES, credits=CREDITS)) as running:
        yield running


@pytest.fixture(autouse=True)
def _no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


def records(sandbox: Sandbox, url: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    number = 1
    while True:
        body = json.loads(
            httpx.get(url, params={"page": number, "page_size": 100}, headers=sandbox.auth_headers()).content
        )
        found.extend(body["results"])
        if number >= body["page_info"]["total_pages"]:
            return found
        number += 1


def expected_report(sandbox: Sandbox) -> tuple[Counter[str], Counter[str], dict[str, tuple[int, int]]]:
    invoices, credits = records(sandbox, sandbox.invoices_url()), records(sandbox, sandbox.credits_url())
    owed: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for invoice in invoices:
        if (invoice.get("outstanding_balance") or 0) > 0:
            owed[(invoice["currency"] or "???").upper()][0] += invoice["outstanding_balance"]
    for credit in credits:
        left = (credit.get("total_amount") or 0) - (credit.get("applied_amount") or 0)
        if (credit["status"] or "").lower() not in {"draft", "void", "applied"} and left > 0:
            owed[(credit["currency"] or "???").upper()][1] += left
    return (
        Counter((invoice["status"] or "(none)").lower() for invoice in invoices),
        Counter((credit["status"] or "(none)").lower() for credit in credits),
        {currency: (pair[0], pair[1]) for currency, pair in owed.items()},
    )


def cents(text: str) -> int:
    return round(float(text.replace(",", "")) * 100)


def parsed_report(output: str) -> tuple[Counter[str], Counter[str], dict[str, tuple[int, int]]]:
    sections: dict[str, Counter[str]] = {}
    current: Counter[str] | None = None
    amounts: dict[str, tuple[int, int]] = {}
    for line in output.splitlines():
        header = re.match(r"(Invoices|Customer credits): ([\d,]+) in ", line)
        row = re.match(r"  (\S+)\s+([\d,]+)$", line)
        money = re.match(r"  ([A-Z?]{3})\s+(-?[\d,]+\.\d\d)\s+(-?[\d,]+\.\d\d)\s+(-?[\d,]+\.\d\d)$", line)
        if header:
            current = sections.setdefault(header.group(1), Counter())
        elif money:
            amounts[money.group(1)] = (cents(money.group(2)), cents(money.group(3)))
            assert cents(money.group(4)) == amounts[money.group(1)][0] - amounts[money.group(1)][1]
            current = None
        elif row and current is not None:
            current[row.group(1)] = int(row.group(2).replace(",", ""))
        elif not line.strip():
            current = None
    return sections["Invoices"], sections["Customer credits"], amounts


def test_with_the_environment_set_it_reports_that_servers_business(
    script: ModuleType, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("THRED_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("THRED_TOKEN", sandbox.mint_token())
    monkeypatch.setenv("THRED_BUSINESS_ID", sandbox.business_id)
    assert script.main([]) == 0
    output = capsys.readouterr().out
    assert f"Receivables of business {sandbox.business_id}, on {sandbox.base_url}" in output
    assert parsed_report(output) == expected_report(sandbox)
    assert re.search(rf"{INVOICES + CREDITS} records \(\d+ invoices open\) listed in \d+\.\d\d s", output)


def test_without_credentials_it_starts_the_stand_in_and_reports_its_business(
    script: ModuleType, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert script.main(["--invoices", str(INVOICES), "--credits", str(CREDITS)]) == 0
    output = capsys.readouterr().out
    # The script's own stand-in has the same seed and sizes as this test's, so the same records.
    assert "on the local stand-in at http://127.0.0.1:" in output
    assert sandbox.base_url not in output
    assert parsed_report(output) == expected_report(sandbox)


def test_half_a_configuration_is_refused(
    script: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("THRED_TOKEN", "a-token")
    assert script.main([]) == 2
    assert capsys.readouterr().err.startswith("set THRED_BASE_URL, THRED_BUSINESS_ID too")


def test_a_refused_token_is_reported_not_raised(
    script: ModuleType, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("THRED_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("THRED_TOKEN", "not-a-token")
    monkeypatch.setenv("THRED_BUSINESS_ID", sandbox.business_id)
    assert script.main([]) == 1
    assert capsys.readouterr().err.startswith("AuthenticationError: 401")
