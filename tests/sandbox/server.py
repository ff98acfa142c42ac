"""Run the sandbox on 127.0.0.1 in a background thread, for tests and scripts."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from .app import build_app
from .clock import Clock
from .config import ErrorShape, SandboxConfig
from .data import BusinessData, Dataset
from .faults import Faults
from .listing import ListingKnobs
from .log import RequestLog
from .mutations import Mutations
from .state import SandboxState

_STARTUP_TIMEOUT = 15.0


class Sandbox:
    """Handle on a running sandbox: where it is, its credentials, and its knobs.

    Attributes:
        base_url: ``http://127.0.0.1:<port>`` (no trailing slash).
        partner_id, api_key: Credentials of the partner owning ``business_id``
            and ``sibling_business_id``.
        business_id: The main business (configured number of records).
        sibling_business_id: A small second business of the same partner.
        foreign_partner_id, foreign_api_key, foreign_business_id: Another
            partner and its business (for 403s).
        faults: Runtime fault knobs (``Faults``).
        listing: What list pages say beyond the truth (``ListingKnobs``).
        log: Request log and counters (``RequestLog``).
        data: The generated data set (``Dataset``).
        mutations: Records created, updated and deleted at run time (``Mutations``).
    """

    def __init__(self, state: SandboxState, base_url: str) -> None:
        ids = state.dataset.identities
        self._state = state
        self.config: SandboxConfig = state.config
        self.base_url = base_url
        self.partner_id = ids.partner_id
        self.api_key = ids.api_key
        self.business_id = ids.business_id
        self.sibling_business_id = ids.sibling_business_id
        self.foreign_partner_id = ids.foreign_partner_id
        self.foreign_api_key = ids.foreign_api_key
        self.foreign_business_id = ids.foreign_business_id
        self.faults: Faults = state.faults
        self.listing: ListingKnobs = state.listing
        self.log: RequestLog = state.log
        self.clock: Clock = state.clock
        self.data: Dataset = state.dataset
        self.mutations = Mutations(state.dataset)

    @property
    def error_shape(self) -> ErrorShape:
        """The error envelope currently sent; assignable."""
        return self._state.error_shape

    @error_shape.setter
    def error_shape(self, shape: ErrorShape) -> None:
        self._state.error_shape = shape

    @property
    def business(self) -> BusinessData:
        """The main business's data."""
        return self.data.business(self.business_id)

    def mint_token(
        self,
        business_id: str | None = None,
        *,
        partner_id: str | None = None,
        lifetime: int | None = None,
    ) -> str:
        """A valid token without a token request (not counted in the log).

        Partner token by default; a business token when ``business_id`` is
        given. ``partner_id`` defaults to the owner of ``business_id`` (or the
        main partner); a negative ``lifetime`` gives an already expired token.
        """
        if partner_id is None:
            owner = self.data.businesses.get(business_id) if business_id else None
            partner_id = owner.partner_id if owner else self.partner_id
        return self._state.issuer.mint(partner_id, business_id, lifetime)

    def auth_headers(self, business_id: str | None = None) -> dict[str, str]:
        """``{"Authorization": "Bearer <minted token>"}``, see ``mint_token``."""
        return {"Authorization": f"Bearer {self.mint_token(business_id)}"}

    def invoices_url(self, business_id: str | None = None) -> str:
        """Absolute URL of the invoice list (main business by default)."""
        return f"{self.base_url}/v1/platform/businesses/{business_id or self.business_id}/invoices/"

    def credits_url(self, business_id: str | None = None) -> str:
        """Absolute URL of the customer credit list (main business by default)."""
        return f"{self.base_url}/v1/platform/businesses/{business_id or self.business_id}/customer-credits/"

    @property
    def partner_token_url(self) -> str:
        """Absolute URL of the partner token endpoint."""
        return f"{self.base_url}/v1/platform/oauth2/token/"

    def business_token_url(self, business_id: str | None = None) -> str:
        """Absolute URL of the business token endpoint (main business by default)."""
        return f"{self.base_url}/v1/platform/{business_id or self.business_id}/oauth2/token/"


def bind(config: SandboxConfig) -> socket.socket:
    """A listening socket on the configured loopback address (port 0 = any free)."""
    # proto must be IPPROTO_TCP, not 0: asyncio only sets TCP_NODELAY on accepted
    # sockets that say so, and without it every keep-alive request waits ~40 ms
    # for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((config.host, config.port))
    sock.listen(128)
    return sock


def uvicorn_server(state: SandboxState) -> uvicorn.Server:
    """A uvicorn server for the sandbox app (quiet, no lifespan, quick shutdown)."""
    return uvicorn.Server(
        uvicorn.Config(
            build_app(state),
            lifespan="off",
            access_log=False,
            log_level="warning",
            # None: leave the host process's logging configuration alone.
            log_config=None,
            # A stalled request must not hold up shutdown for long.
            timeout_graceful_shutdown=1,
        )
    )


@contextmanager
def running_sandbox(config: SandboxConfig | None = None) -> Iterator[Sandbox]:
    """Start a sandbox in a background thread; stop it on exit.

    The socket is bound before the server starts, so the URL is known
    up front; the context is entered only once uvicorn reports it is serving.
    """
    config = config or SandboxConfig()
    state = SandboxState.create(config)
    sock = bind(config)
    host, port = sock.getsockname()[:2]
    server = uvicorn_server(state)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"sandbox-{port}", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + _STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.005)
        yield Sandbox(state, f"http://{host}:{port}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
