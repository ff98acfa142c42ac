"""Fixtures shared by the suite: the server to talk to, and how cassettes are recorded and replayed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests import recording
from tests.sandbox import running_sandbox
from tests.sandbox.server import Sandbox


@pytest.fixture(scope="module")
def thred(request: pytest.FixtureRequest) -> Iterator[recording.Target]:
    """The server cassette tests talk to.

    Replaying (the default), the canonical sandbox as cassettes hold it; recording (`nox -s record`),
    the server named by THRED_BASE_URL, THRED_TOKEN and THRED_BUSINESS_ID, or else a fresh stand-in.
    """
    if (request.config.getoption("--record-mode") or "none") == "none":
        yield recording.replay_target()
        return
    real = recording.real_target()
    if real is not None:
        yield real
        return
    with running_sandbox(recording.STAND_IN) as sandbox:
        yield recording.Target(
            sandbox.base_url,
            sandbox.mint_token(),
            sandbox.business_id,
            sandbox.foreign_business_id,
            secrets=[sandbox.api_key, sandbox.foreign_api_key],
            partner_id=sandbox.partner_id,
            api_key=sandbox.api_key,
        )


@pytest.fixture(scope="module")
def vcr_config(thred: recording.Target) -> dict[str, Any]:
    return {
        **recording.scrubbers(thred),
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
    }


@pytest.fixture(autouse=True)
def _fresh_sandbox_knobs(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test on a module's stand-in (its `sandbox` fixture), put its knobs back: no fault leaks."""
    yield
    if "sandbox" in request.fixturenames:
        running = request.getfixturevalue("sandbox")
        if isinstance(running, Sandbox):
            running.faults.reset()
            running.listing.reset()
            running.log.clear()
            running.error_shape = running.config.error_shape
