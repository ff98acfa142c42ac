# Copied from overlays/thred_client/mirror/sent.py by tools/codegen.py: edit that file, never this copy.
"""A record as the body sent it, for the mirror: its id, its text, its report columns, and its JSON value
decoded only when asked for. No I/O here.

With msgspec (the `fast` extra) a page's body is read once into the slices its records came in, and of
each record only its id and the fields its columns read are decoded: a sync stores thousands of
records without building each one's objects, and keeps each record's text exactly as it was sent. A
body this reading does not take (a record that is not an object with a string id, a body msgspec
refuses) is read as every operation reads it, into its models, and so is every body without msgspec;
a record's text is then written from its JSON (`columns.dumps`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal

from .. import _json
from .columns import FIELDS, KIND_COLUMNS, dumps, record_json

__all__ = ["PageReader", "Sent", "SentPage", "page_reader", "sent_records"]

Kind = Literal["invoices", "customer_credits"]


class Sent(Mapping[str, Any]):
    """One record of a page: `id` and `text` as sent, its report `columns`, and `record`, its JSON object
    (decoded from `text` at first use, when the page was read without it). It reads as that object."""

    __slots__ = ("_value", "columns", "id", "text")

    def __init__(self, id: str, text: str, columns: dict[str, Any], value: Mapping[str, Any] | None) -> None:
        self.id = id
        self.text = text
        self.columns = columns
        self._value = value

    @property
    def record(self) -> Mapping[str, Any]:
        """The record's JSON object."""
        value = self._value
        if value is None:
            value = self._value = _json.loads(self.text)
        return value

    @classmethod
    def of(cls, kind: Kind, record: Mapping[str, Any]) -> Sent:
        """The record whose JSON object is `record`, its text written from it."""
        return cls(str(record["id"]), dumps(record), KIND_COLUMNS[kind](record), record)

    def __getitem__(self, key: str) -> Any:
        return self.record[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.record)

    def __len__(self) -> int:
        return len(self.record)

    def __repr__(self) -> str:  # the id alone: a record may hold what a log should not
        return f"Sent(id={self.id!r})"


def sent_records(kind: Kind, items: Sequence[object]) -> list[Sent]:
    """The records of a page: as read for the mirror, or from their models (the walk brings a record
    that does not fit its model as its model all the same: `pagination._api.pages_keeping_invalid`)."""
    return [item if isinstance(item, Sent) else Sent.of(kind, record_json(item)) for item in items]


class SentPage:
    """A page read for the mirror: its `results` are `Sent` records; `page_info` and `count` are read
    through the page's own model, as for a page read into it."""

    __slots__ = ("_envelope", "results")

    def __init__(self, envelope: Any, results: list[Sent]) -> None:
        self._envelope = envelope
        self.results = results

    @property
    def page_info(self) -> Any:
        return self._envelope.page_info

    @property
    def count(self) -> Any:
        return self._envelope.count


PageReader = Callable[[bytes], SentPage | None]


def page_reader(kind: Kind, page_model: Any) -> PageReader:
    """The reader of the bodies of `kind`'s pages (`page_model`: the page's model class): a `SentPage`,
    or None for a body to read into its models (every body, without msgspec)."""
    return _read_into_models if _reader is None else _reader(kind, page_model)


def _read_into_models(content: bytes) -> SentPage | None:
    return None


_reader: Callable[[Kind, Any], PageReader] | None = None  # with msgspec, the reader it makes


try:
    import msgspec
except ImportError:  # the standard library alone
    pass
else:
    _UNSET: Any = msgspec.UNSET

    class _Envelope(msgspec.Struct):
        results: list[msgspec.Raw] | msgspec.UnsetType | None = msgspec.UNSET
        page_info: Any = msgspec.UNSET
        count: Any = msgspec.UNSET

    class _Customer(msgspec.Struct):
        id: Any = None

    def _fields_of(kind: Kind) -> type[msgspec.Struct]:
        # The record's id and the fields its columns read; the rest of it is skipped, not decoded.
        fields: list[tuple[str, Any, Any]] = [
            (name, _Customer | None if name == "customer" else Any, None) for name in FIELDS[kind]
        ]
        return msgspec.defstruct(f"_{kind}_fields", [("id", Any), *fields])

    def _columns_from(kind: Kind) -> Callable[[Any], dict[str, Any]]:
        columns = KIND_COLUMNS[kind]
        as_dict = msgspec.structs.asdict

        def read(fields: Any) -> dict[str, Any]:
            # The same reading as the whole record's: absent and null are both None to the columns.
            values = as_dict(fields)
            customer = values.get("customer")
            if customer is not None:
                values["customer"] = {"id": customer.id}
            return columns(values)

        return read

    def _msgspec_reader(kind: Kind, page_model: Any) -> PageReader:
        envelope_of = msgspec.json.Decoder(_Envelope).decode
        fields_of = msgspec.json.Decoder(_fields_of(kind)).decode
        columns_of = _columns_from(kind)
        whole_columns = KIND_COLUMNS[kind]
        refused = msgspec.MsgspecError
        required = tuple(page_model._required)

        def read(content: bytes) -> SentPage | None:
            try:
                body = envelope_of(content)
            except refused:
                return None
            present = {"count": body.count, "page_info": body.page_info, "results": body.results}
            if any(present[key] is _UNSET for key in required):
                return None  # the page's model names what is missing
            if type(body.results) is not list or type(body.page_info) is not dict:
                return None
            records: list[Sent] = []
            for raw in body.results:
                try:
                    text = bytes(raw).decode()
                except UnicodeDecodeError:
                    return None
                try:
                    fields: Any = fields_of(raw)
                except refused:  # a column's field of an unexpected shape (a customer that is a string)
                    value = _json.loads(text)
                    if type(value) is not dict or type(value.get("id")) is not str:
                        return None  # no object with a string id: the walk's rules decide (on_invalid)
                    records.append(Sent(value["id"], text, whole_columns(value), value))
                    continue
                if type(fields.id) is not str:
                    return None
                records.append(Sent(fields.id, text, columns_of(fields), None))
            kept = {key: value for key, value in present.items() if value is not _UNSET}
            return SentPage(page_model.from_dict({**kept, "results": []}), records)

        return read

    _reader = _msgspec_reader
