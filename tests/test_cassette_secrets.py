"""No cassette holds a token, an API key or anything shaped like one."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import yaml

from tests import recording
from tests.sandbox.state import SandboxState

CASSETTES = sorted(recording.CASSETTES.rglob("*.yaml"))
# A token as the stand-in mints them, and as Thred's are: a JWT.
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJwYXJ0bmVyX2lkIjoiYWJjIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"


def stand_in_secrets() -> list[str]:
    """The API keys of the stand-in the committed cassettes were recorded from."""
    identities = SandboxState.create(recording.STAND_IN).dataset.identities
    return [identities.api_key, identities.foreign_api_key]


def test_there_are_cassettes_to_scan() -> None:
    assert len(CASSETTES) >= 30


@pytest.mark.parametrize("cassette", CASSETTES, ids=lambda path: path.name)
def test_cassette_holds_no_secret(cassette: Path) -> None:
    assert recording.scan_cassette(cassette, stand_in_secrets()) == []


def plant(source: Path, target: Path, where: str) -> None:
    document = yaml.safe_load(source.read_text(encoding="utf-8"))
    interaction = document["interactions"][0]
    api_key = stand_in_secrets()[0]
    if where == "response body":
        interaction["response"]["body"]["string"] = f'{{"note": "{JWT}"}}'
    elif where == "encoded response body":
        interaction["response"]["body"]["string"] = base64.b64decode(
            base64.b64encode(f'{{"t": "{JWT}"}}'.encode())
        )
    elif where == "request header":
        interaction["request"]["headers"]["Authorization"] = ["Bearer not-a-jwt-but-a-token"]
    elif where == "basic credentials":
        interaction["request"]["headers"]["Authorization"] = [
            "Basic " + base64.b64encode(b"p:k").decode() * 3
        ]
    elif where == "request body":
        interaction["request"]["body"] = f"client_secret={api_key}"
    elif where == "token response":
        interaction["response"]["body"]["string"] = '{"access_token": "opaque0123", "token_type": "Bearer"}'
    target.write_text(yaml.safe_dump(document), encoding="utf-8")


@pytest.mark.parametrize(
    "where",
    [
        "response body",
        "encoded response body",
        "request header",
        "basic credentials",
        "request body",
        "token response",
    ],
)
def test_scan_finds_a_planted_secret(where: str, tmp_path: Path) -> None:
    planted = tmp_path / "planted.yaml"
    plant(CASSETTES[0], planted, where)
    assert recording.scan_cassette(planted, stand_in_secrets()) != []


def test_scrubbed_token_response_passes() -> None:
    text = '{"access_token": "REDACTED", "token_type": "Bearer", "expires_in": 3600}'
    assert list(recording.find_secrets(text)) == []
