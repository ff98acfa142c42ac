"""A local stand-in for Thred's sandbox, for tests.

Serves the four documented operations (list invoices, list customer credits,
partner token, business token) over real HTTP on 127.0.0.1, from a data set
generated deterministically from a seed, with server-side fault injection.

    with running_sandbox(SandboxConfig(seed=1)) as sandbox:
        sandbox.faults.script(["429:retry-after=1", "503"], operation="list_invoices")
        sandbox.listing.skew(total_pages=-1)   # page_info that does not add up
        ...

Run standalone with ``python -m tests.sandbox --port 8000``.

Choices where Thred's documentation is silent or contradicts itself:
- Errors use the error-handling guide's envelope ``{"error", "error_code",
  "details"}`` by default; ``error_shape="reference"`` sends the API
  reference's ``{"error_code", "message", "detail", "request_id"}`` and
  ``"mixed"`` sends 400s in the first and everything else in the second.
- Checks run as a DRF view runs them: 401 (no/invalid/expired token), then
  404 (unknown or non-UUID business), then 403 (not the owner, or a business
  token for another business), then 400 (query parameters).
- Customer credits have no documented order: newest ``created_at`` first, ties
  by ``id`` ascending. Invoices break sort ties by ``id`` (descending sorts are
  the exact reverse of ascending ones).
- ``page_size`` above 100 and malformed values are 400 ``validation_error``
  (DRF would clamp or ignore them); a page past the last is 404 "Invalid page.".
- A path without its trailing slash is redirected (307).
- Every answer carries ``X-Request-ID`` (``errors.request_id`` of the request's
  serial), as behind a request-id middleware; the docs show it only in error
  envelopes, so a client must not count on it.
"""

from .config import ErrorShape, SandboxConfig
from .faults import OPERATIONS, Fault, Faults
from .listing import ListingKnobs
from .log import RequestLog, RequestRecord
from .server import Sandbox, running_sandbox

__all__ = [
    "OPERATIONS",
    "ErrorShape",
    "Fault",
    "Faults",
    "ListingKnobs",
    "RequestLog",
    "RequestRecord",
    "Sandbox",
    "SandboxConfig",
    "running_sandbox",
]
