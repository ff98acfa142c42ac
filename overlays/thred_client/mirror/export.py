"""The mirror's records out to a file: CSV (the report columns) or JSON Lines (each record as sent)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import IO, Any, Literal

from .schema import KINDS

__all__ = ["FORMATS", "write_csv", "write_jsonl"]

Format = Literal["csv", "jsonl"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl")
# Bookkeeping columns a CSV leaves out: the whole record is JSON Lines' business.
_NOT_IN_CSV = frozenset({"business_id", "record", "seen_in_pass"})


def csv_columns(kind: str) -> list[str]:
    """The CSV header of a kind: its report columns, then when it was seen and removed."""
    return [column.name for column in KINDS[kind].columns if column.name not in _NOT_IN_CSV]


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else ("" if value is None else value)


def write_csv(rows: Iterable[Mapping[str, Any]], kind: str, out: IO[str]) -> int:
    """Write `rows` as CSV with a header line; how many rows were written."""
    columns = csv_columns(kind)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([_cell(row[name]) for name in columns])
        count += 1
    return count


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    """Write each row's record, its JSON as sent, one a line; how many were written."""
    count = 0
    for row in rows:
        # The stored text as sent is most often one line already: written as it is, nothing re-encoded.
        # A record sent over several lines (indented JSON) is written compact, on one.
        text = row["record"]
        one_line = "\n" not in text and "\r" not in text
        out.write(text if one_line else json.dumps(json.loads(text), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count
