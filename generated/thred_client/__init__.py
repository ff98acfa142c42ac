# Copied from overlays/thred_client/__init__.py by tools/codegen.py: edit that file, never this copy.
"""Python client for the Thred Partner API."""

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
