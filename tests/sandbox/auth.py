"""JWT-shaped bearer tokens (HS256) and Authorization header parsing."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import itertools
import json
import threading
from dataclasses import dataclass
from typing import Literal

from .clock import Clock

_HEADER = {"alg": "HS256", "typ": "JWT"}


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    # JWT segments drop the base64 padding; restore it before decoding.
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class Claims:
    """What a valid token says about its bearer."""

    partner_id: str
    business_id: str | None
    issued_at: int
    expires_at: int

    @property
    def is_business_token(self) -> bool:
        """True for a business-scoped token, False for a partner token."""
        return self.business_id is not None


class TokenError(Exception):
    """A bearer token that must be refused; ``reason`` says why."""

    def __init__(self, reason: Literal["malformed", "signature", "expired"]) -> None:
        super().__init__(reason)
        self.reason = reason


class TokenIssuer:
    """Mints and verifies tokens signed with one server secret."""

    def __init__(self, secret: bytes, clock: Clock, lifetime: int) -> None:
        self._secret = secret
        self._clock = clock
        self.lifetime = lifetime
        # A serial number keeps two tokens minted in the same second distinct.
        self._serial = itertools.count(1)
        self._lock = threading.Lock()

    def mint(
        self,
        partner_id: str,
        business_id: str | None = None,
        lifetime: int | None = None,
    ) -> str:
        """Return a signed token for ``partner_id`` (scoped to ``business_id`` if given)."""
        now = int(self._clock.now())
        with self._lock:
            serial = next(self._serial)
        payload: dict[str, object] = {
            "token_type": "business" if business_id else "partner",
            "partner_id": partner_id,
            "iat": now,
            "exp": now + (self.lifetime if lifetime is None else lifetime),
            "jti": f"{serial:08d}",
        }
        if business_id is not None:
            payload["business_id"] = business_id
            payload["scope"] = "business_access"
        signing_input = ".".join(
            _b64encode(json.dumps(part, separators=(",", ":")).encode()) for part in (_HEADER, payload)
        )
        return f"{signing_input}.{self._sign(signing_input)}"

    def verify(self, token: str) -> Claims:
        """Return the claims of ``token`` or raise ``TokenError``."""
        parts = token.split(".")
        if len(parts) != 3 or not token.isascii():
            raise TokenError("malformed")
        signing_input = f"{parts[0]}.{parts[1]}"
        if not hmac.compare_digest(self._sign(signing_input), parts[2]):
            raise TokenError("signature")
        try:
            payload = json.loads(_b64decode(parts[1]))
        except (binascii.Error, ValueError):
            raise TokenError("malformed") from None
        if not isinstance(payload, dict):
            raise TokenError("malformed")
        partner_id = payload.get("partner_id")
        business_id = payload.get("business_id")
        iat = payload.get("iat")
        exp = payload.get("exp")
        if (
            not isinstance(partner_id, str)
            or not (business_id is None or isinstance(business_id, str))
            or not isinstance(iat, int)
            or not isinstance(exp, int)
        ):
            raise TokenError("malformed")
        if self._clock.now() >= exp:
            raise TokenError("expired")
        return Claims(partner_id, business_id, iat, exp)

    def _sign(self, signing_input: str) -> str:
        digest = hmac.new(self._secret, signing_input.encode("ascii"), hashlib.sha256)
        return _b64encode(digest.digest())


def bearer_token(authorization: str | None) -> str | None:
    """The token of a ``Bearer`` Authorization header; None if it is not one.

    An empty string means the scheme was Bearer but no token followed.
    """
    if not authorization:
        return None
    scheme, _, rest = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return rest.strip()


def basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    """(user, password) of a ``Basic`` Authorization header; None if absent or unreadable."""
    if not authorization:
        return None
    scheme, _, rest = authorization.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(rest.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    if not sep:
        return None
    return user, password
