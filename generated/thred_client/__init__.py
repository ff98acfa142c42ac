# Copied from overlays/thred_client/__init__.py by tools/codegen.py: edit that file, never this copy.
"""Python client for the Thred Partner API.

Where to start:
- `ThredClient` (`ThredClient.from_env()` reads the THRED_* variables): obtains its tokens, retries,
  times out, and makes every call raise `thred_client.exceptions` (rooted at `ThredError`).
- `thred_client.api.<tag>.<operation>`: one module per operation, each with `sync` and `asyncio`
  (and `*_detailed` for the status and headers), taking the client as `client=`.
- `paginate` / `apaginate`: every record of a list operation, page after page.
- `thred_client.models`: the typed records; `help()` on any of them lists its fields.
"""

from .client import AuthenticatedClient, Client
from .pagination import ListChangedWarning, Page, apaginate, apaginate_pages, paginate, paginate_pages
from .retries import RetryPolicy, RetryTransport
from .thred import DEFAULT_TIMEOUT, SANDBOX_URL, ThredClient
from .version import GENERATOR_VERSION, SPEC_VERSION, __version__

__all__ = [
    "DEFAULT_TIMEOUT",
    "GENERATOR_VERSION",
    "SANDBOX_URL",
    "SPEC_VERSION",
    "AuthenticatedClient",
    "Client",
    "ListChangedWarning",
    "Page",
    "RetryPolicy",
    "RetryTransport",
    "ThredClient",
    "__version__",
    "apaginate",
    "apaginate_pages",
    "paginate",
    "paginate_pages",
]
