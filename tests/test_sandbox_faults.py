"""The stand-in's faults for bad bodies, slow bodies, odd statuses and outages, through raw HTTP."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.sandbox import Fault, Sandbox, SandboxConfig, running_sandbox
from tests.sandbox.faults import GARBAGE


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=23, invoices=6, credits=1)) as running:
        yield running


def get(sandbox: Sandbox, timeout: float = 10.0) -> httpx.Response:
    return httpx.get(
        sandbox.invoices_url(), params={"page_size": 2}, headers=sandbox.auth_headers(), timeout=timeout
    )


@pytest.mark.parametrize("garbage", GARBAGE)
def test_garbage_is_a_whole_success_answer_that_is_not_json(sandbox: Sandbox, garbage: str) -> None:
    whole = get(sandbox).content
    sandbox.faults.script([f"garbage:{garbage}"], operation="list_invoices")
    response = get(sandbox)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(ValueError):
        json.loads(response.content)
    if garbage == "truncated":
        assert response.content == whole[: len(whole) // 2]
    assert sandbox.log.records("list_invoices")[-1].fault == f"garbage:{garbage}"


def test_garbage_leaves_an_error_answer_as_it_is(sandbox: Sandbox) -> None:
    sandbox.faults.script(["garbage:html"], operation="list_invoices")
    response = httpx.get(sandbox.invoices_url(), timeout=10.0)  # no token: 401
    assert response.status_code == 401 and "error_code" in response.json()


def test_drip_sends_one_byte_at_a_time(sandbox: Sandbox) -> None:
    sandbox.faults.script([Fault.drip(0.2)], operation="list_invoices")
    started = time.monotonic()
    pieces: list[bytes] = []
    with httpx.stream(
        "GET", sandbox.invoices_url(), params={"page_size": 1}, headers=sandbox.auth_headers(), timeout=5.0
    ) as response:
        for chunk in response.iter_raw():
            pieces.append(chunk)
            if len(pieces) == 4:
                break
    assert [len(piece) for piece in pieces] == [1, 1, 1, 1]
    assert time.monotonic() - started >= 3 * 0.2


def test_restatus_keeps_the_body(sandbox: Sandbox) -> None:
    sandbox.faults.script(["restatus:status=202"], operation="partner_token")
    response = httpx.post(
        sandbox.partner_token_url,
        auth=(sandbox.partner_id, sandbox.api_key),
        data={"grant_type": "client_credentials", "client_id": sandbox.partner_id},
        timeout=10.0,
    )
    assert response.status_code == 202 and response.json()["access_token"]


def test_an_outage_serves_its_fault_until_it_ends(sandbox: Sandbox) -> None:
    sandbox.faults.outage("503", 0.6, operation="list_invoices")
    assert [get(sandbox).status_code for _ in range(3)] == [503, 503, 503]
    assert get(sandbox).status_code == 503
    time.sleep(0.7)
    assert get(sandbox).status_code == 200
    # Only the operation aimed at: the others answered meanwhile.
    sandbox.faults.outage("503", 5.0, operation="partner_token")
    assert get(sandbox).status_code == 200


def test_an_outage_can_stall(sandbox: Sandbox) -> None:
    sandbox.faults.outage(Fault.stall(5), 5.0, operation="list_invoices")
    for _ in range(2):
        with pytest.raises(httpx.ReadTimeout):
            get(sandbox, timeout=0.3)


@pytest.mark.parametrize("spec", ["garbage:html", "garbage:empty", "drip:delay=0.4", "restatus:status=202"])
def test_the_new_specs_parse_and_describe_themselves(spec: str) -> None:
    fault = Fault.parse(spec)
    assert (
        fault.describe()
        == {
            "garbage:html": "garbage:html",
            "garbage:empty": "garbage:empty",
            "drip:delay=0.4": "drip:0.4",
            "restatus:status=202": "restatus:202",
        }[spec]
    )
