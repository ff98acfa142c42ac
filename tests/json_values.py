"""JSON values for the tests that compare decoders and what the mirror stores: equality that tells
types apart, and the strings a JSON text's escapes can spell."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import strategies as st


def same(a: Any, b: Any) -> bool:
    """Equal and of the same types throughout (1 == 1.0 would hide a float read for an integer); NaN
    equals NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def escaped_text(max_size: int) -> st.SearchStrategy[str]:
    """Any string a JSON text's escapes can spell, lone surrogates and NUL included (st.text leaves
    surrogates out; a high and a low surrogate escaped one after the other read as one character)."""
    return (
        st.lists(
            st.characters(exclude_categories=()) | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
            max_size=max_size,
        )
        .map("".join)
        .map(lambda text: json.loads(json.dumps(text)))
    )
