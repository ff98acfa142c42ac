"""The one JSON decoder of response bodies: orjson when it is installed (the `fast` extra), else the
standard library; both give the same values and refuse the same bodies.

orjson refuses a few documents the standard library reads (NaN, numbers beyond a double, lone
surrogates, UTF-16 bodies): those are decoded again by the standard library. It also reads an
integer beyond 64 bits as a float without a word, so a body holding a run of 19 digits or more
anywhere (a cheap scan, about a quarter of orjson's own time) is left to the standard library.
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
    # Every digit becomes "0" and every other byte " ": a long integer is then a long run of "0".
    _DIGITS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
    _LONG_RUN = b"0" * 19

    def loads(data: bytes | str) -> Any:
        """The JSON value in `data`; ValueError if it holds none."""
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        if _LONG_RUN in raw.translate(_DIGITS):
            return json.loads(data)
        try:
            return _fast(data)
        except ValueError:
            return json.loads(data)
