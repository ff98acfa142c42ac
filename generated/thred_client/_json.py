# Copied from overlays/thred_client/_json.py by tools/codegen.py: edit that file, never this copy.
"""The one JSON decoder of response bodies: msgspec when it is installed (the `fast` extra), else the
standard library; both give the same values and refuse the same bodies.

msgspec reads every valid JSON document as the standard library does, integers of any size included.
It refuses a few documents the standard library reads (NaN and Infinity, numbers beyond a double,
lone surrogates, UTF-16 and UTF-32 bodies, a UTF-8 byte order mark): those are decoded again by the
standard library. `non_finite_read()` says whether such a decode has produced NaN or an infinity,
which msgspec's encoder would write as null: the mirror then serialises with the standard library.
"""

from __future__ import annotations

import importlib.util
import json
import math
from collections.abc import Callable
from typing import Any

__all__ = ["BACKEND", "loads", "non_finite_read"]

# Set once a decoded body held NaN or an infinity; never reset.
_non_finite = False


def non_finite_read() -> bool:
    """Whether a body that msgspec refused has held NaN, Infinity or a number beyond a double (always
    False without msgspec: the standard library's encoder writes them back as it reads them)."""
    return _non_finite


def _constant(name: str) -> float:
    # The standard library's own reading of NaN, Infinity and -Infinity, noted.
    global _non_finite
    _non_finite = True
    return float(name)


def _float(text: str) -> float:
    global _non_finite
    value = float(text)
    if not math.isfinite(value):  # 1e400: an infinity, as the standard library reads it
        _non_finite = True
    return value


def _refused(data: bytes | str) -> Any:
    """A body msgspec refused, read by the standard library, noting what msgspec could not write."""
    return json.loads(data, parse_constant=_constant, parse_float=_float)


# msgspec is imported at the first decode, not with the package: importing it takes about 50 ms.
BACKEND = "msgspec" if importlib.util.find_spec("msgspec") is not None else "json"


def _first(data: bytes | str) -> Any:
    """The first decode: import msgspec, then decode with it from now on."""
    global _fast, _refused_by_fast, BACKEND
    try:
        import msgspec
    except ImportError:  # found but not importable: the standard library, as without it
        BACKEND = "json"
        _fast = json.loads
        return json.loads(data)
    # UnicodeEncodeError: text (not bytes) holding a lone surrogate, which msgspec reads as UTF-8.
    _refused_by_fast = (msgspec.MsgspecError, UnicodeEncodeError)
    _fast = msgspec.json.Decoder().decode
    return _fast(data)


_fast: Callable[[bytes | str], Any] = _first if BACKEND == "msgspec" else json.loads
_refused_by_fast: tuple[type[Exception], ...] = (UnicodeEncodeError,)


def loads(data: bytes | str) -> Any:
    """The JSON value in `data`; ValueError if it holds none."""
    try:
        return _fast(data)
    except _refused_by_fast:
        return _refused(data)
