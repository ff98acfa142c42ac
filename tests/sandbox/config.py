"""Configuration of one stand-in instance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ErrorShape = Literal["guide", "reference", "mixed"]
"""Which of Thred's two documented error envelopes the sandbox sends.

- ``guide``: the error-handling guide's ``{"error", "error_code", "details"}``.
- ``reference``: the API reference's ``{"error_code", "message", "detail", "request_id"}``.
- ``mixed``: 400 validation errors in the guide shape, every other error in the
  reference shape (both shapes from one server, as a client may meet in practice).
"""

ERROR_SHAPES: tuple[ErrorShape, ...] = ("guide", "reference", "mixed")


@dataclass(frozen=True)
class SandboxConfig:
    """Static settings of a sandbox; the runtime knobs live on ``Faults``.

    Attributes:
        seed: Seed of every generated value (ids, credentials, records).
        invoices: Number of invoices of the main business.
        credits: Number of customer credits of the main business.
        token_lifetime: Seconds a freshly issued token stays valid.
        error_shape: Initial error envelope (changeable at runtime).
        host: Interface to bind; the sandbox only ever serves loopback.
        port: TCP port; 0 picks a free one.
    """

    seed: int = 0
    invoices: int = 250
    credits: int = 120
    token_lifetime: int = 3600
    error_shape: ErrorShape = "guide"
    host: str = "127.0.0.1"
    port: int = 0

    def __post_init__(self) -> None:
        if self.invoices < 0 or self.credits < 0:
            raise ValueError("invoices and credits must be >= 0")
        if self.token_lifetime <= 0:
            raise ValueError("token_lifetime must be > 0")
        if self.error_shape not in ERROR_SHAPES:
            raise ValueError(f"error_shape must be one of {ERROR_SHAPES}")
        if not self.host.startswith("127."):
            raise ValueError("the sandbox binds loopback addresses only")
