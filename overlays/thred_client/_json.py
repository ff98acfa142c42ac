"""The one JSON decoder of response bodies, so that every operation decodes alike.

The standard library's: orjson decodes about twice as fast, but reads an integer beyond 64 bits as a
float without a word, and checking each body for such numbers costs more than it saves.
"""

from __future__ import annotations

import json

__all__ = ["loads"]

loads = json.loads
