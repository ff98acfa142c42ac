"""Python client for the Thred Partner API."""

from .client import AuthenticatedClient, Client

__all__ = [
    "AuthenticatedClient",
    "Client",
]
