"""TLS: clients verifying with the default certificates share one context (`thred_client._tls`), and
each verifies, against a real HTTPS server on loopback with a certificate made for the test."""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from uuid import UUID

import httpx
import pytest
from thred_client import AuthenticatedClient, ThredClient
from thred_client.api.invoices import list_invoices
from thred_client.exceptions import APIConnectionError
from thred_client.retries import RetryTransport

from tests.client_support import EMPTY_PAGE

BUSINESS_ID = UUID("d1a18143-3c57-48b0-ac36-d95eeffd6c94")


def context_of(client: AuthenticatedClient, *, asynchronous: bool = False) -> ssl.SSLContext:
    """The SSL context the client's connections are opened with."""
    outer = client.get_async_httpx_client() if asynchronous else client.get_httpx_client()
    transport: object = outer._transport
    if isinstance(transport, RetryTransport):
        transport = transport._pools.asynchronous() if asynchronous else transport._pools.sync()
    assert isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport)
    context = transport._pool._ssl_context
    assert isinstance(context, ssl.SSLContext)
    return context


def test_clients_verifying_by_default_share_one_verifying_context() -> None:
    clients = [
        ThredClient(base_url="https://api.example.test", token="t"),
        ThredClient(base_url="https://api.example.test", token="u"),
        AuthenticatedClient(base_url="https://api.example.test", token="t"),
    ]
    contexts = {id(context_of(client)) for client in clients}
    contexts |= {id(context_of(client, asynchronous=True)) for client in clients}
    assert len(contexts) == 1
    shared = context_of(clients[0])
    assert shared.verify_mode is ssl.CERT_REQUIRED and shared.check_hostname


def test_a_context_or_no_verification_given_is_used_as_given() -> None:
    own = ssl.create_default_context()
    given = ThredClient(base_url="https://api.example.test", token="t", verify_ssl=own)
    assert context_of(given) is own
    unverified = AuthenticatedClient(base_url="https://api.example.test", token="t", verify_ssl=False)
    assert context_of(unverified).verify_mode is ssl.CERT_NONE
    shared = context_of(ThredClient(base_url="https://api.example.test", token="t"))
    assert shared is not own and shared.verify_mode is ssl.CERT_REQUIRED
    # Told not to read the environment (SSL_CERT_FILE, SSL_CERT_DIR): a context of its own, as httpx builds.
    apart = AuthenticatedClient(
        base_url="https://api.example.test", token="t", httpx_args={"trust_env": False}
    )
    assert context_of(apart) is not shared and context_of(apart).verify_mode is ssl.CERT_REQUIRED


@dataclass(frozen=True)
class HttpsServer:
    url: str
    certificate: Path


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpsServer]:
    """An HTTPS server on 127.0.0.1 answering every GET with an empty invoice page, its certificate
    self-signed: trusted by no default bundle."""
    openssl = shutil.which("openssl")
    assert openssl is not None, "the TLS tests make their certificate with the openssl command"
    folder = tmp_path_factory.mktemp("tls")
    certificate, key = folder / "server.pem", folder / "server.key"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    body = json.dumps(EMPTY_PAGE).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield HttpsServer(f"https://127.0.0.1:{server.server_address[1]}", certificate)
    finally:
        server.shutdown()
        server.server_close()


def test_the_shared_context_refuses_a_certificate_it_does_not_trust(https_server: HttpsServer) -> None:
    def refused() -> None:
        with (
            ThredClient(base_url=https_server.url, token="t", max_retries=0) as client,
            pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
        ):
            list_invoices.sync(BUSINESS_ID, client=client)

    refused()
    trusting = ssl.create_default_context(cafile=https_server.certificate)
    with ThredClient(base_url=https_server.url, token="t", verify_ssl=trusting, max_retries=0) as client:
        assert list_invoices.sync(BUSINESS_ID, client=client).count == 0
    refused()  # the caller's context stayed its own


def test_the_shared_context_reads_the_certificates_the_environment_names(https_server: HttpsServer) -> None:
    # A process of its own: the shared context is built once a process, by its first client.
    script = textwrap.dedent(
        f"""
        from uuid import UUID
        from thred_client import ThredClient
        from thred_client.api.invoices import list_invoices
        for token in ("t", "u"):
            with ThredClient(base_url={https_server.url!r}, token=token, max_retries=0) as client:
                assert list_invoices.sync(UUID({str(BUSINESS_ID)!r}), client=client).count == 0
        print("read twice")
        """
    )
    environment = {**os.environ, "SSL_CERT_FILE": str(https_server.certificate)}
    environment.pop("SSL_CERT_DIR", None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "read twice"
