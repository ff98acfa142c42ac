"""Everything one sandbox instance holds, shared by the app and the test side."""

from __future__ import annotations

from dataclasses import dataclass

from .auth import TokenIssuer
from .clock import Clock
from .config import ErrorShape, SandboxConfig
from .data import Dataset, build_dataset
from .faults import Faults
from .listing import ListingKnobs
from .log import RequestLog
from .query import Selections


@dataclass
class SandboxState:
    """Data, credentials, clock, faults and log of one sandbox.

    ``error_shape`` may be changed at runtime.
    """

    config: SandboxConfig
    dataset: Dataset
    clock: Clock
    issuer: TokenIssuer
    faults: Faults
    log: RequestLog
    selections: Selections
    error_shape: ErrorShape
    listing: ListingKnobs

    @classmethod
    def rendered(cls, config: SandboxConfig) -> SandboxState:
        """`create`, with every invoice of the main business rendered already, so that serving it only
        joins cached bytes (the benchmarks time the client, not the stand-in)."""
        state = cls.create(config)
        business = state.dataset.business(state.dataset.identities.business_id)
        for index in range(len(business.invoices)):
            business.invoice_json(index)
        return state

    @classmethod
    def create(cls, config: SandboxConfig) -> SandboxState:
        """Generate the data set and wire the parts together."""
        dataset = build_dataset(config.seed, config.invoices, config.credits)
        clock = Clock()
        return cls(
            config=config,
            dataset=dataset,
            clock=clock,
            issuer=TokenIssuer(dataset.identities.secret, clock, config.token_lifetime),
            faults=Faults(clock, config.token_lifetime),
            log=RequestLog(),
            selections=Selections(),
            error_shape=config.error_shape,
            listing=ListingKnobs(),
        )
