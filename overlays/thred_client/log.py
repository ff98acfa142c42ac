"""The `thred_client` logger: silent unless the application, or `THRED_LOG`, turns it on.

    THRED_LOG=info    one line per request: method, URL, status, duration, retries
    THRED_LOG=debug   also each retry and each token renewal

Any other value is ignored, with one warning naming the accepted ones. With `THRED_LOG` set, a stderr
handler is attached to the `thred_client` logger (never to the root
logger). Without it the library only adds a `NullHandler`, as a library should; the application's own
logging configuration decides what is shown.

What is logged is never secret: no header, no token, no API key, no query string.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Mapping

import httpx

__all__ = ["ENV_VAR", "LOGGER_NAME", "configure_from_env", "logger", "safe_url"]

LOGGER_NAME = "thred_client"
ENV_VAR = "THRED_LOG"

logger = logging.getLogger(LOGGER_NAME)
logger.addHandler(logging.NullHandler())

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_warned: set[str] = set()
_FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler that `THRED_LOG` attaches; a class of its own so it is attached only once."""


def configure_from_env(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Apply `THRED_LOG` (from `environ`, by default the process environment) to the `thred_client` logger.

    Returns the stderr handler attached, or None when `THRED_LOG` is unset or not `debug`/`info`, in
    which case nothing is changed (an unknown value is warned of, once per value). Calling it again
    does not attach a second handler.
    """
    raw = (os.environ if environ is None else environ).get(ENV_VAR, "")
    value = raw.strip().lower()
    level = _LEVELS.get(value)
    if level is None:
        if value and value not in _warned:
            _warned.add(value)
            accepted = ", ".join(sorted(_LEVELS))
            warnings.warn(f"{ENV_VAR}={raw!r} is not one of {accepted}: ignored", UserWarning, stacklevel=2)
        return None
    logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, _EnvHandler):
            return handler
    handler = _EnvHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    return handler


def safe_url(url: httpx.URL) -> str:
    """`url` as text without query, fragment or user info: what may appear in logs and error messages."""
    return str(url.copy_with(query=None, fragment=None, userinfo=b""))


configure_from_env()
