"""The stand-in as a server: deterministic, fast at scale, runnable on its own, answering as the spec says."""

from __future__ import annotations

import ast
import base64
import os
import signal
import statistics
import subprocess
import sys
import time

import httpx
import pytest
from thred_client import ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.models import InvoicePage

from tests.sandbox import ErrorShape, Sandbox, SandboxConfig, running_sandbox
from tests.stand_in.support import ROOT, SEED, SPEC

# -- determinism -----------------------------------------------------------


def test_same_seed_gives_identical_responses(sandbox: Sandbox, client: httpx.Client) -> None:
    requests: list[tuple[str, dict[str, str | int]]] = [
        ("invoices", {"page": 3, "page_size": 50}),
        ("invoices", {"status": "paid", "sort": "updated_at"}),
        ("credits", {"page_size": 100}),
    ]
    with running_sandbox(SandboxConfig(seed=SEED)) as twin:
        assert (twin.business_id, twin.partner_id, twin.api_key) == (
            sandbox.business_id,
            sandbox.partner_id,
            sandbox.api_key,
        )
        for which, params in requests:
            bodies = [
                client.get(
                    box.invoices_url() if which == "invoices" else box.credits_url(),
                    headers=box.auth_headers(),
                    params=params,
                ).content
                for box in (sandbox, twin)
            ]
            assert bodies[0] == bodies[1]
    with running_sandbox(SandboxConfig(seed=SEED + 1)) as other:
        assert other.business_id != sandbox.business_id
        first = client.get(other.invoices_url(), headers=other.auth_headers()).json()["results"][0]
        assert first["id"] not in {c.id for c in sandbox.business.invoices}


# -- scale and standalone use ----------------------------------------------


def test_a_page_of_100k_invoices_is_fast(client: httpx.Client) -> None:
    with running_sandbox(SandboxConfig(seed=3, invoices=100_000, credits=1_000)) as big:
        headers = big.auth_headers()
        first = client.get(big.invoices_url(), headers=headers, params={"page_size": 100})
        assert first.json()["page_info"]["total_pages"] == 1000
        timings = []
        for page in (2, 250, 500, 750, 1000):
            started = time.perf_counter()
            response = client.get(
                big.invoices_url(), headers=headers, params={"page": page, "page_size": 100}
            )
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200 and len(response.json()["results"]) == 100
        assert statistics.median(timings) < 0.1, timings
        filtered = client.get(
            big.invoices_url(), headers=headers, params={"status": "paid", "min_amount": 5000}
        )
        assert 0 < filtered.json()["count"] < 100_000


def test_standalone_module(client: httpx.Client) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.sandbox",
            "--port",
            "0",
            "--seed",
            "5",
            "--invoices",
            "30",
            "--credits",
            "4",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        values = dict(process.stdout.readline().strip().split("=", 1) for _ in range(6))
        assert values["THRED_BASE_URL"].startswith("http://127.0.0.1:")
        token = client.post(
            f"{values['THRED_BASE_URL']}/v1/platform/oauth2/token/",
            auth=(values["THRED_PARTNER_ID"], values["THRED_API_KEY"]),
            data={"client_id": values["THRED_PARTNER_ID"], "grant_type": "client_credentials"},
        ).json()["access_token"]
        listed = client.get(
            f"{values['THRED_BASE_URL']}/v1/platform/businesses/{values['THRED_BUSINESS_ID']}/invoices/",
            headers={"Authorization": f"Bearer {token}"},
        )
        assert listed.json()["count"] == 30
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


def session_command(name: str) -> list[str]:
    """The command the noxfile's session `name` runs: its `session.run(...)` of literal arguments."""
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "run"
                ):
                    return [arg.value for arg in call.args if isinstance(arg, ast.Constant)]
    raise LookupError(f"noxfile.py has no session {name} that runs a command")


def test_a_service_set_up_from_the_sandbox_sessions_lines_lists_invoices() -> None:
    command = session_command("sandbox")
    assert command[0] == "python"
    env = {key: value for key, value in os.environ.items() if not key.startswith("THRED_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    process = subprocess.Popen(
        [sys.executable, *command[1:]], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        exported: dict[str, str] = {}
        while "THRED_FOREIGN_BUSINESS_ID" not in exported:
            line = process.stdout.readline()
            assert line, "the stand-in stopped before printing its THRED_* lines"
            name, _, value = line.strip().partition("=")
            assert name.startswith("THRED_"), line
            exported[name] = value
        assert exported["THRED_BASE_URL"].startswith("http://127.0.0.1:")
        # A service reads nothing but the variables exported from those lines.
        with ThredClient.from_env(exported) as service:
            assert service.business_id is not None
            page = list_invoices.sync(service.business_id, client=service)
            assert isinstance(page, InvoicePage)
            assert page.results and page.count
    finally:
        process.send_signal(signal.SIGINT)  # as Ctrl-C in the terminal running `nox -s sandbox`
        assert process.wait(timeout=10) == 0


# -- responses against the OpenAPI document --------------------------------


class _SpecRequest:
    """openapi-core's Request protocol, for a request made to the sandbox."""

    def __init__(self, host_url: str, request: httpx.Request) -> None:
        from openapi_core.datatypes import RequestParameters
        from starlette.datastructures import QueryParams

        self.host_url = host_url
        self.path = request.url.path
        self.method = request.method.lower()
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("content-type", "").lower()
        self.parameters = RequestParameters(
            query=QueryParams(request.url.query.decode()),
            header={key.lower(): value for key, value in request.headers.items()},
        )


class _SpecResponse:
    """openapi-core's Response protocol, for a sandbox response."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = dict(response.headers)
        self.content_type = response.headers.get("content-type", "").lower()
        self.data: bytes | None = response.content


def test_responses_match_the_openapi_document(sandbox: Sandbox, client: httpx.Client) -> None:
    openapi_core = pytest.importorskip("openapi_core")
    yaml = pytest.importorskip("yaml")
    if not SPEC.exists():
        pytest.skip(f"{SPEC.relative_to(ROOT)} does not exist yet")
    spec = openapi_core.OpenAPI.from_path(SPEC)
    document = yaml.safe_load(SPEC.read_text())
    server = (document.get("servers") or [{"url": "http://localhost"}])[0]["url"]
    host_url = "/".join(server.split("/")[:3])  # scheme://host of the spec's first server
    paths = set(document.get("paths", {}))

    partner = sandbox.mint_token()
    bearer = {"Authorization": f"Bearer {partner}"}
    foreign = sandbox.foreign_business_id
    unknown = "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    fields = {"client_id": sandbox.partner_id, "grant_type": "client_credentials"}
    basic = "Basic " + base64.b64encode(f"{sandbox.partner_id}:{sandbox.api_key}".encode()).decode()
    cases: list[tuple[str, httpx.Request]] = [
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(), headers=bearer, params={"page_size": 100}),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request(
                "GET", sandbox.invoices_url(), headers=bearer, params={"page": 2, "page_size": 100}
            ),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request(
                "GET",
                sandbox.invoices_url(),
                headers=bearer,
                params={"status": "voided,refunded", "sort": "updated_at"},
            ),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(), headers=bearer, params={"page": 0}),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url()),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(foreign), headers=bearer),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(unknown), headers=bearer),
        ),
        (
            "/v1/platform/businesses/{business_id}/invoices/",
            client.build_request("GET", sandbox.invoices_url(), headers=bearer, params={"page": 99}),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request("GET", sandbox.credits_url(), headers=bearer, params={"page_size": 100}),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request(
                "GET",
                sandbox.credits_url(),
                headers=bearer,
                params={"status": "draft,void", "page_size": 100},
            ),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request(
                "GET", sandbox.credits_url(), headers=bearer, params={"source_invoice_id": "x"}
            ),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request("GET", sandbox.credits_url(), headers={"Authorization": "Bearer x"}),
        ),
        (
            "/v1/platform/businesses/{business_id}/customer-credits/",
            client.build_request("GET", sandbox.credits_url(foreign), headers=bearer),
        ),
        (
            "/v1/platform/oauth2/token/",
            client.build_request(
                "POST", sandbox.partner_token_url, headers={"Authorization": basic}, data=fields
            ),
        ),
        ("/v1/platform/oauth2/token/", client.build_request("POST", sandbox.partner_token_url, data=fields)),
        (
            "/v1/platform/{business_id}/oauth2/token/",
            client.build_request("POST", sandbox.business_token_url(), headers=bearer),
        ),
        (
            "/v1/platform/{business_id}/oauth2/token/",
            client.build_request("POST", sandbox.business_token_url(foreign), headers=bearer),
        ),
    ]
    checked, missing = 0, set()
    shapes: tuple[ErrorShape, ...] = ("guide", "reference")
    for shape in shapes:
        sandbox.error_shape = shape
        for path, request in cases:
            if path not in paths:
                missing.add(path)
                continue
            response = client.send(request)
            spec.validate_response(_SpecRequest(host_url, request), _SpecResponse(response))
            checked += 1
    if missing:
        pytest.skip(f"validated {checked} responses; the spec has no {sorted(missing)} yet")
