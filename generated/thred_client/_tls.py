# Copied from overlays/thred_client/_tls.py by tools/codegen.py: edit that file, never this copy.
"""The TLS context that every client verifying with the default certificates shares.

httpx builds a new context for each client and transport, and building one loads the whole
certificate bundle (about 25 ms on the bench machine): a service that makes a client per business, or
per sync, would pay that each time. One context serves any number of connections and threads, so
the first client that needs it builds it, as httpx would (`SSL_CERT_FILE` and `SSL_CERT_DIR` are read
then), and the rest reuse it. A context, a path or `False` given by the caller is used as given, and
a client told not to read the environment (`trust_env=False`) builds its own, as httpx does.
"""

from __future__ import annotations

import ssl
import threading

import httpx

__all__ = ["verify_with"]

_lock = threading.Lock()
_default: ssl.SSLContext | None = None


def verify_with(
    verify: ssl.SSLContext | str | bool, *, trust_env: bool = True
) -> ssl.SSLContext | str | bool:
    """What to hand httpx as `verify`: the shared default context for `True` (unless `trust_env` is
    false), else `verify` itself."""
    global _default
    if verify is not True or not trust_env:
        return verify
    with _lock:
        if _default is None:
            _default = httpx.create_ssl_context()
        return _default
