"""The stand-in's fault knobs and error shapes."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx
import pytest

from tests.sandbox import Fault, Sandbox
from tests.stand_in.support import partner_token

# -- faults ----------------------------------------------------------------


def test_latency(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.faults.latency = 0.3
    started = time.perf_counter()
    assert client.get(sandbox.credits_url(), headers=auth).status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_scripted_429_with_retry_after(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.faults.script(["429:retry-after=1", Fault.rate_limited(2, as_http_date=True), "429"])
    first = client.get(sandbox.invoices_url(), headers=auth)
    assert first.status_code == 429 and first.headers["retry-after"] == "1"
    assert first.json()["error_code"] == "throttled"
    second = client.get(sandbox.invoices_url(), headers=auth)
    assert second.status_code == 429
    when = parsedate_to_datetime(second.headers["retry-after"])
    assert 0 < (when - datetime.now(UTC)).total_seconds() <= 4
    third = client.get(sandbox.invoices_url(), headers=auth)
    assert third.status_code == 429 and "retry-after" not in third.headers
    assert client.get(sandbox.invoices_url(), headers=auth).status_code == 200
    assert sandbox.faults.pending() == 0


def test_scripted_5xx_json_and_html(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.faults.script(["503", "502:html", Fault.server_error(500), "504:retry-after=3"])
    replies = [client.get(sandbox.invoices_url(), headers=auth) for _ in range(5)]
    assert [r.status_code for r in replies] == [503, 502, 500, 504, 200]
    assert replies[0].json()["error_code"] == "server_error"
    assert replies[1].headers["content-type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in replies[1].text
    assert replies[3].headers["retry-after"] == "3"


def test_faults_aimed_at_one_operation(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.faults.script(["503"], operation="list_customer_credits")
    sandbox.faults.script(["500"], operation="partner_token")
    assert client.get(sandbox.invoices_url(), headers=auth).status_code == 200
    assert partner_token(sandbox, client).status_code == 500
    assert client.get(sandbox.credits_url(), headers=auth).status_code == 503
    assert client.get(sandbox.credits_url(), headers=auth).status_code == 200
    with pytest.raises(ValueError, match="operation"):
        sandbox.faults.script(["503"], operation="list_everything")
    with pytest.raises(ValueError, match="unknown"):
        sandbox.faults.script(["explode"])


def test_dropped_connection_is_a_protocol_error(sandbox: Sandbox, auth: dict[str, str]) -> None:
    sandbox.faults.script(["drop"])
    with httpx.Client(timeout=5) as fresh, pytest.raises(httpx.RemoteProtocolError):
        fresh.get(sandbox.invoices_url(), headers=auth)
    record = sandbox.log.last()
    assert record is not None and record.fault == "drop" and record.status is None
    with httpx.Client(timeout=5) as fresh:
        assert fresh.get(sandbox.invoices_url(), headers=auth).status_code == 200


def test_truncated_body_is_a_protocol_error(sandbox: Sandbox, auth: dict[str, str]) -> None:
    sandbox.faults.script(["truncate"])
    with httpx.Client(timeout=5) as fresh, pytest.raises(httpx.RemoteProtocolError):
        fresh.get(sandbox.invoices_url(), headers=auth)


def test_stall_outlasts_a_client_timeout(sandbox: Sandbox, auth: dict[str, str]) -> None:
    sandbox.faults.script([Fault.stall(30)])
    started = time.perf_counter()
    with httpx.Client(timeout=0.3) as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.get(sandbox.invoices_url(), headers=auth)
    assert time.perf_counter() - started < 3
    sandbox.faults.script(["stall:seconds=0.3"])
    started = time.perf_counter()
    with httpx.Client(timeout=5) as patient:
        assert patient.get(sandbox.invoices_url(), headers=auth).status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_stall_keeps_the_request_body(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.script(["stall:seconds=0.1"], operation="partner_token")
    assert partner_token(sandbox, client).status_code == 200


def test_slow_body_arrives_in_pieces(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    normal = client.get(sandbox.invoices_url(), headers=auth).content
    sandbox.faults.script([Fault.slow_body(0.15, chunks=5)])
    started = time.perf_counter()
    arrivals: list[float] = []
    body = b""
    with client.stream("GET", sandbox.invoices_url(), headers=auth) as response:
        assert response.status_code == 200
        for chunk in response.iter_raw():
            arrivals.append(time.perf_counter() - started)
            body += chunk
    assert body == normal
    assert arrivals[-1] >= 0.15 * 4 * 0.9
    assert len(arrivals) >= 3


def test_request_log(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    sandbox.log.clear()
    client.get(sandbox.invoices_url(), headers=auth, params={"status": "paid", "page": 2})
    client.get(sandbox.credits_url())
    client.get(f"{sandbox.base_url}/v1/elsewhere/")
    records = sandbox.log.records()
    assert [(r.method, r.operation, r.status) for r in records] == [
        ("GET", "list_invoices", 200),
        ("GET", "list_customer_credits", 401),
        ("GET", None, 404),
    ]
    assert records[0].path == f"/v1/platform/businesses/{sandbox.business_id}/invoices/"
    assert records[0].query == "status=paid&page=2"
    assert sandbox.log.counters() == {"list_invoices": 1, "list_customer_credits": 1, "other": 1}
    assert sandbox.log.count(status=401) == 1
    assert records[2].serial > records[0].serial


# -- error shapes ----------------------------------------------------------


def test_error_shapes(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    def shapes() -> tuple[set[str], set[str]]:
        bad = client.get(sandbox.invoices_url(), headers=auth, params={"page": "x"}).json()
        unauthorised = client.get(sandbox.invoices_url()).json()
        return set(bad), set(unauthorised)

    guide, reference = {"error", "error_code", "details"}, {"error_code", "message", "detail", "request_id"}
    assert shapes() == (guide, guide)
    sandbox.error_shape = "reference"
    assert shapes() == (reference, reference)
    body = client.get(sandbox.invoices_url(), headers=auth, params={"page_size": "0"}).json()
    assert body["detail"] == {"page_size": ["Ensure this value is greater than or equal to 1."]}
    sandbox.error_shape = "mixed"
    assert shapes() == (guide, reference)


def test_unknown_route_and_method(sandbox: Sandbox, client: httpx.Client, auth: dict[str, str]) -> None:
    missing = client.get(f"{sandbox.base_url}/v1/platform/nothing/", headers=auth)
    assert missing.status_code == 404 and missing.json()["error_code"] == "not_found"
    wrong = client.delete(sandbox.invoices_url(), headers=auth)
    assert wrong.status_code == 405 and wrong.json()["error_code"] == "method_not_allowed"
