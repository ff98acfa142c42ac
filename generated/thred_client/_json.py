"""The JSON decoder of response bodies: orjson when it is installed (the `fast` extra), else the
standard library.

orjson refuses a few documents the standard library reads (integers beyond 64 bits, NaN, bodies in
UTF-16); those are decoded again by the standard library, so both paths give the same values and
raise ValueError for the same bodies.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["BACKEND", "loads"]

try:
    import orjson
except ImportError:  # the standard library alone
    BACKEND = "json"

    def loads(data: bytes | str) -> Any:
        """The JSON value in `data`; ValueError if it holds none."""
        return json.loads(data)

else:
    BACKEND = "orjson"
    _fast = orjson.loads

    def loads(data: bytes | str) -> Any:
        """The JSON value in `data`; ValueError if it holds none."""
        try:
            return _fast(data)
        except ValueError:
            return json.loads(data)
