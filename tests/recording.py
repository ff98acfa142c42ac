"""What a cassette may hold: the server it was recorded from, scrubbed to canonical ids, with no secret.

Cassettes are recorded by `nox -s record`, from Thred's sandbox when THRED_BASE_URL, THRED_TOKEN and
THRED_BUSINESS_ID are set (THRED_FOREIGN_BUSINESS_ID, a business the token may not see, for the 403
case), otherwise from the local stand-in. Before a request or response is written:
- the base URL becomes CANONICAL_BASE_URL and the business ids become canonical ones, so that a
  recording from either server replays the same way;
- request headers are dropped but for Content-Type (Authorization and client versions never land);
- response headers are dropped but for Content-Type and Retry-After (dates would make re-recording noisy);
- token values in bodies are replaced by REDACTED.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.sandbox import SandboxConfig

CASSETTES = Path(__file__).parent / "cassettes"
CANONICAL_BASE_URL = "https://sandbox.thredfi.com"
CANONICAL_BUSINESS_ID = "11111111-1111-4111-8111-111111111111"
CANONICAL_FOREIGN_BUSINESS_ID = "22222222-2222-4222-8222-222222222222"
CANONICAL_PARTNER_ID = "33333333-3333-4333-8333-333333333333"
# No business has this id, on any server.
UNKNOWN_BUSINESS_ID = "00000000-0000-4000-8000-000000000404"
REDACTED = "REDACTED"
# The token a replay sends: any value will do, since headers are neither recorded nor matched.
REPLAY_TOKEN = "replayed-token"
REPLAY_API_KEY = "replayed-api-key"
# The stand-in data recorded from: small, so that a walk spans several pages and cassettes stay short.
STAND_IN = SandboxConfig(seed=20261121, invoices=30, credits=20)

REQUEST_HEADERS = {"content-type"}
RESPONSE_HEADERS = {"content-type", "retry-after"}
_TOKEN_FIELD = re.compile(rb'("access_token"\s*:\s*)"[^"]*"')


@dataclass
class Target:
    """The server tests talk to, and how its ids map to the canonical ones in cassettes."""

    base_url: str
    token: str
    business_id: str
    foreign_business_id: str | None
    secrets: list[str] = field(default_factory=list)
    partner_id: str | None = None
    api_key: str | None = None

    def canonical(self) -> dict[str, str]:
        pairs = {self.base_url.rstrip("/"): CANONICAL_BASE_URL, self.business_id: CANONICAL_BUSINESS_ID}
        if self.foreign_business_id:
            pairs[self.foreign_business_id] = CANONICAL_FOREIGN_BUSINESS_ID
        if self.partner_id:
            pairs[self.partner_id] = CANONICAL_PARTNER_ID
        return pairs


def replay_target() -> Target:
    return Target(
        CANONICAL_BASE_URL,
        REPLAY_TOKEN,
        CANONICAL_BUSINESS_ID,
        CANONICAL_FOREIGN_BUSINESS_ID,
        partner_id=CANONICAL_PARTNER_ID,
        api_key=REPLAY_API_KEY,
    )


def real_target() -> Target | None:
    """Thred's sandbox (or any server) named by the environment, if it is.

    THRED_PARTNER_ID and THRED_API_KEY, when set too, record the token operations.
    """
    names = ("THRED_BASE_URL", "THRED_TOKEN", "THRED_BUSINESS_ID")
    if not all(os.environ.get(name) for name in names):
        return None
    token = os.environ["THRED_TOKEN"]
    return Target(
        os.environ["THRED_BASE_URL"],
        token,
        os.environ["THRED_BUSINESS_ID"],
        os.environ.get("THRED_FOREIGN_BUSINESS_ID"),
        secrets=[token, *filter(None, [os.environ.get("THRED_API_KEY")])],
        partner_id=os.environ.get("THRED_PARTNER_ID"),
        api_key=os.environ.get("THRED_API_KEY"),
    )


def _replace_all(text: str, pairs: dict[str, str]) -> str:
    for actual, canonical in pairs.items():
        text = text.replace(actual, canonical)
    return text


def scrubbers(target: Target) -> dict[str, Callable[[Any], Any]]:
    """vcrpy's before_record hooks for `target`."""
    pairs = target.canonical()
    byte_pairs = {actual.encode(): canonical.encode() for actual, canonical in pairs.items()}

    def scrub_body(body: bytes) -> bytes:
        for actual, canonical in byte_pairs.items():
            body = body.replace(actual, canonical)
        for secret in target.secrets:
            body = body.replace(secret.encode(), REDACTED.encode())
        return _TOKEN_FIELD.sub(rb'\1"' + REDACTED.encode() + rb'"', body)

    def request(recorded: Any) -> Any:
        recorded.uri = _replace_all(recorded.uri, pairs)
        recorded.headers = {
            name: value for name, value in recorded.headers.items() if name.lower() in REQUEST_HEADERS
        }
        if isinstance(recorded.body, str):
            recorded.body = scrub_body(recorded.body.encode()).decode()
        elif recorded.body:
            recorded.body = scrub_body(recorded.body)
        return recorded

    def response(recorded: dict[str, Any]) -> dict[str, Any]:
        recorded["headers"] = {
            name: value for name, value in recorded["headers"].items() if name.lower() in RESPONSE_HEADERS
        }
        recorded["body"]["string"] = scrub_body(recorded["body"]["string"])
        return recorded

    return {"before_record_request": request, "before_record_response": response}


# What a secret looks like in a cassette, whoever recorded it.
SECRET_PATTERNS = {
    "JWT": re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*"),
    "bearer token": re.compile(r"Bearer\s+[A-Za-z0-9._~+/=-]{8,}"),
    "basic credentials": re.compile(r"Basic\s+[A-Za-z0-9+/]{8,}=*"),
    "authorization header": re.compile(
        r"^\s*-?\s*['\"]?authorization['\"]?\s*:", re.IGNORECASE | re.MULTILINE
    ),
    "api key field": re.compile(
        r"['\"]?api[_-]?key['\"]?\s*[:=]\s*['\"]?(?!REDACTED)[A-Za-z0-9]", re.IGNORECASE
    ),
    "access token value": re.compile(r"access_token['\"]?\s*[:=]\s*['\"]?(?!REDACTED)[A-Za-z0-9]"),
}


def find_secrets(text: str, known: list[str] = []) -> Iterator[str]:  # noqa: B006 - read only
    """A line of description for each secret in `text`: shaped like one, or one of `known`."""
    for name, pattern in SECRET_PATTERNS.items():
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            yield f"line {line}: {name}"
    for secret in known:
        if secret and secret in text:
            yield f"line {text.count(chr(10), 0, text.index(secret)) + 1}: a known secret"


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, bytes):
        yield node.decode("utf-8", errors="replace")
    elif isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def scan_cassette(path: Path, known: list[str] = []) -> list[str]:  # noqa: B006 - read only
    """Every secret in the cassette at `path`: in its text, and in bodies stored encoded."""
    import yaml

    text = path.read_text(encoding="utf-8")
    found = [f"{path.name} {where}" for where in find_secrets(text, known)]
    decoded = "\n".join(_strings(yaml.safe_load(text)))
    found += [f"{path.name} (decoded) {where}" for where in find_secrets(decoded, known)]
    return found
