"""A page's body read for the mirror: each record's text as sent, its id and its columns, the same as the
whole record's JSON gives; what this reading does not take is left to the models. Last, a sync of the
stand-in through this reading against one through the models, and the export of records kept as sent."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from thred_client import _json
from thred_client.cli import main
from thred_client.mirror import Mirror
from thred_client.mirror.columns import FIELDS, KIND_COLUMNS
from thred_client.mirror.export import write_jsonl
from thred_client.mirror.sent import Sent, page_reader, sent_records
from thred_client.models import CustomerCreditPage, Invoice, InvoicePage
from thred_client.pagination._seen import record_key

from tests.json_values import escaped_text, same
from tests.sandbox.server import Sandbox

try:
    import msgspec
except ImportError:  # the run without msgspec (test_json_backends): every page is left to its models
    msgspec = None

PAGE_MODELS = {"invoices": InvoicePage, "customer_credits": CustomerCreditPage}
PAGE_INFO = {"total_count": 3, "current_page": 1, "total_pages": 1, "page_size": 100}

# Text of every kind, lone surrogates now and then (msgspec refuses a body that holds one: such a page
# is read into its models, and tells nothing of this reading).
TEXT = st.integers(0, 11).flatmap(lambda draw: escaped_text(6) if draw == 0 else st.text(max_size=8))
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)
INSTANTS = st.datetimes(timezones=st.none() | st.timezones()).map(lambda moment: moment.isoformat()) | (
    st.sampled_from(["2024-02-26T04:18:46Z", "2024-02-27T22:36:14.5", "2024-03-27T00:00:00+02:00"])
)


def field_values(name: str) -> st.SearchStrategy[Any]:
    """Any JSON value for a field, and often a value of the type its column reads."""
    if name == "customer":
        typed: st.SearchStrategy[Any] = st.fixed_dictionaries(
            {}, optional={"id": st.uuids().map(str) | VALUES, "name": VALUES}
        )
    elif name.endswith("_at"):
        typed = INSTANTS
    elif name.endswith(("amount", "balance")):
        typed = st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    else:
        typed = TEXT
    return typed | VALUES


FIELD_VALUES = {name: field_values(name) for name in {*FIELDS["invoices"], *FIELDS["customer_credits"]}}
RECORDS = st.fixed_dictionaries(
    {"id": st.uuids().map(str) | st.text(max_size=8)},
    optional={**FIELD_VALUES, "memo": VALUES, "lines": st.lists(VALUES, max_size=2)},
)
# How a server may write its JSON: compact or spaced, indented, non-ASCII as escapes or as it is.
STYLES = st.fixed_dictionaries(
    {
        "ensure_ascii": st.booleans(),
        "indent": st.none() | st.integers(0, 2),
        "separators": st.sampled_from([(",", ":"), (", ", ": "), (" ,", " : ")]),
    }
)


def page_body(results: str) -> bytes:
    """A page of `results` (their JSON text), with the page info of one page."""
    return f'{{"count": 1, "page_info": {json.dumps(PAGE_INFO)}, "results": {results}}}'.encode()


def body_of(records: list[Any], style: dict[str, Any], **extra: Any) -> tuple[bytes, list[str]]:
    """A page body, and each record's text in it (a lone surrogate, which UTF-8 cannot carry, written as
    an escape)."""
    if not style["ensure_ascii"] and "\\ud" in json.dumps(records).lower():
        style = {**style, "ensure_ascii": True}
    texts = [json.dumps(record, **style) for record in records]
    head = json.dumps({"count": len(records), "page_info": PAGE_INFO, **extra}, **style)
    body = head[:-1] + ', "results": [' + ", ".join(texts) + "]}"
    return body.encode(), texts


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["invoices", "customer_credits"]), st.lists(RECORDS, max_size=4), STYLES)
def test_each_record_is_the_text_it_was_sent_as_with_the_columns_of_its_json(
    kind: Any, records: list[dict[str, Any]], style: dict[str, Any]
) -> None:
    body, texts = body_of(records, style)
    page = page_reader(kind, PAGE_MODELS[kind])(body)
    if msgspec is None:
        assert page is None
        return
    try:
        msgspec.json.decode(body)
    except msgspec.MsgspecError:  # a lone surrogate, which msgspec refuses: read into the models
        assert page is None
        return
    assert page is not None
    assert page.page_info.total_count == 3 and page.count == len(records)
    assert [sent.id for sent in page.results] == [record["id"] for record in records]
    for sent, text, record in zip(page.results, texts, records, strict=True):
        assert sent.text == text  # the slice of the body, byte for byte
        assert same(sent.record, record)
        assert sent.columns == KIND_COLUMNS[kind](_json.loads(text))
        assert all(same(sent.columns[name], value) for name, value in KIND_COLUMNS[kind](record).items())


@pytest.mark.parametrize(
    "results",
    [
        '[{"id": "a"}, 5]',  # an item that is not an object
        '[{"id": 7}]',  # an id that is not a string
        '[{"status": "SENT"}]',  # no id
        '[{"id": "a", "status": NaN}]',  # NaN, which msgspec refuses
        "null",
        '{"id": "a"}',
    ],
)
def test_a_page_this_reading_does_not_take_is_left_to_its_models(results: str) -> None:
    assert page_reader("invoices", InvoicePage)(page_body(results)) is None


@pytest.mark.parametrize(
    "body",
    [
        b'{"page_info": {"total_count": 1}, "results": []}',  # no count, which the page's model requires
        b'{"count": 1, "results": []}',
        b'{"count": 1, "page_info": [], "results": []}',
        b"[]",
        b"<html>",
        b'\xef\xbb\xbf{"count": 0, "page_info": {}, "results": []}',  # a byte order mark
    ],
)
def test_a_body_this_reading_does_not_take_is_left_to_its_models(body: bytes) -> None:
    assert page_reader("invoices", InvoicePage)(body) is None


@pytest.mark.skipif(msgspec is None, reason="the reading needs msgspec")
def test_a_field_of_an_unexpected_shape_reads_its_columns_from_the_whole_record() -> None:
    text = '{"id": "a", "customer": "not an object", "status": "SENT", "total_amount": 12.0}'
    page = page_reader("invoices", InvoicePage)(page_body(f"[{text}]"))
    assert page is not None
    (sent,) = page.results
    assert sent.text == text
    assert sent.columns == KIND_COLUMNS["invoices"](json.loads(text))
    assert sent.columns["total_amount"] == 12 and sent.columns["customer_id"] is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["invoices", "customer_credits"]), RECORDS)
def test_the_columns_read_only_the_fields_their_kind_names(kind: Any, record: dict[str, Any]) -> None:
    # What the reading decodes of each record: a column reading any other field would be read wrong.
    named = {name: value for name, value in record.items() if name in FIELDS[kind]}
    assert KIND_COLUMNS[kind](named) == KIND_COLUMNS[kind](record)


def test_records_read_into_their_models_are_taken_as_sent() -> None:
    source = {"id": "3f1c3c1e-7a4b-4c59-9a7e-2b6f5f0f1a2b", "status": "SENT", "memo": "ü"}
    (sent,) = sent_records("invoices", [Invoice.from_dict(source)])
    assert sent.record is source and sent.id == source["id"]
    assert json.loads(sent.text) == source and sent.columns["status"] == "SENT"
    with pytest.raises(TypeError, match="not a record read from Thred"):
        sent_records("invoices", [{"id": "x"}])


def test_a_record_read_without_its_model_keys_as_its_model_does() -> None:
    # One walk may read some pages for the mirror and others into their models: the same id is one key.
    uuid = "3f1c3c1e-7a4b-4c59-9a7e-2b6f5f0f1a2b"
    model = Invoice.from_dict({"id": uuid})
    for form in (uuid, uuid.upper(), "{" + uuid + "}", uuid.replace("-", "")):
        assert record_key(Sent(form, "{}", {}, None)) == record_key(model)
    assert record_key(Sent("not-a-uuid", "{}", {}, None)) is None


@pytest.mark.skipif(msgspec is None, reason="compares the reading with msgspec against the one without")
def test_a_sync_without_msgspec_stores_what_a_sync_with_it_stores(tmp_path: Path, stand_in: Sandbox) -> None:
    # The stand-in's data, mirrored twice: here, each page read for the mirror; in a process where
    # msgspec cannot be imported, each page read into its models. Every column, and each record's JSON.
    fast, plain = tmp_path / "fast.db", tmp_path / "plain.db"
    env = {
        "THRED_BASE_URL": stand_in.base_url,
        "THRED_PARTNER_ID": stand_in.partner_id,
        "THRED_API_KEY": stand_in.api_key,
        "THRED_BUSINESS_ID": stand_in.business_id,
    }
    assert main(["mirror", "sync", "--no-progress"], {**env, "THRED_MIRROR_DATABASE": str(fast)}) == 0
    code = (
        "import sys; sys.modules['msgspec'] = None\n"
        "from thred_client.cli import main\n"
        "from thred_client.mirror import sent\n"
        "assert sent.page_reader('invoices', None)(b'{}') is None\n"
        "sys.exit(main(['mirror', 'sync', '--no-progress']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **env, "THRED_MIRROR_DATABASE": str(plain)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for kind in ("invoices", "customer_credits"):
        rows = []
        for database in (fast, plain):
            with Mirror(database) as mirror:
                rows.append(
                    {
                        row["id"]: {
                            **{name: value for name, value in row.items() if not name.endswith(_BOOKKEEPING)},
                            "record": json.loads(row["record"]),
                        }
                        for row in mirror.records(stand_in.business_id, kind)  # type: ignore[arg-type]
                    }
                )
        assert len(rows[0]) == len(rows[1]) > 0
        assert rows[0] == rows[1]
        assert all(same(rows[0][key]["record"], rows[1][key]["record"]) for key in rows[0])


# What differs between two mirrors of the same data: when each saw a record, and in which pass.
_BOOKKEEPING = ("_seen_at", "seen_in_pass")


@pytest.mark.skipif(msgspec is None, reason="the reading needs msgspec")
def test_a_record_read_for_the_mirror_reads_as_its_json_object() -> None:
    text = '{"id": "a", "status": "SENT", "memo": "caf\\u00e9", "lines": [1, 2.5]}'
    page = page_reader("invoices", InvoicePage)(page_body(f"[{text}]"))
    assert page is not None
    (sent,) = page.results
    assert dict(sent) == json.loads(text) and sent["memo"] == "café" and sent.get("paid_at") is None
    assert len(sent) == 4 and list(sent) == ["id", "status", "memo", "lines"]
    assert repr(sent) == "Sent(id='a')"  # the id alone: nothing of what the record holds


def test_a_record_sent_over_several_lines_is_exported_on_one() -> None:
    # The mirror keeps a record's text as sent: an indented one holds line breaks, which JSON Lines
    # cannot; the export writes it compact, with the same value.
    record = {"id": "a", "memo": "two\nlines", "lines": [1, 2]}
    rows = [{"record": text} for text in (json.dumps(record), json.dumps(record, indent=2), '{\r"id": "b"}')]
    out = io.StringIO()
    assert write_jsonl(rows, out) == 3
    # As a file opened in text mode reads them: a carriage return ends a line too.
    lines = out.getvalue().replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert lines[-1] == "" and [json.loads(line) for line in lines[:-1]] == [record, record, {"id": "b"}]
    assert lines[0] == json.dumps(record)  # a record on one line is written as it was sent
