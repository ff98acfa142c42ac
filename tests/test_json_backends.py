"""Response bodies decode the same with msgspec (the `fast` extra) and with the standard library alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from thred_client import _json

from tests.json_values import same

ROOT = Path(__file__).resolve().parent.parent

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)  # beyond 64 bits
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(JSON, st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_every_document_decodes_alike(value: Any, encoding: str) -> None:
    body = json.dumps(value, ensure_ascii=False).encode(encoding)
    assert same(_json.loads(body), json.loads(body))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40) | st.text(max_size=20).map(str.encode))
def test_every_body_is_refused_alike(body: bytes) -> None:
    try:
        expected = json.loads(body)
    except ValueError:
        with pytest.raises(ValueError):
            _json.loads(body)
    else:
        assert same(_json.loads(body), expected)


@pytest.mark.parametrize(
    "body",
    [
        b"NaN",
        b'{"a": Infinity}',
        b"1e400",
        b"1" * 30,
        b"-9223372036854775809",
        b'["\\ud800"]',
        b'{"n": 12345678901234567890}',
        '["a\udfffb", "\ud800"]',  # text, not bytes, holding lone surrogates as they are
    ],
)
def test_what_the_fast_decoder_gets_wrong_or_refuses_is_read_alike(body: bytes | str) -> None:
    assert repr(_json.loads(body)) == repr(json.loads(body))


@pytest.mark.parametrize("body", [b"1" * 4301, b"[" * 100_000, b'{"a": 1}x'])
def test_what_both_refuse_is_refused_alike(body: bytes) -> None:
    # 4301 digits: beyond the interpreter's limit for integers read from text; too deep a nesting.
    with pytest.raises((ValueError, RecursionError)) as expected:
        json.loads(body)
    with pytest.raises(type(expected.value)):
        _json.loads(body)


def test_the_installed_backend_is_msgspec() -> None:
    # The test environment installs the `fast` extra, so both paths run: this one here, the other below.
    assert _json.BACKEND == "msgspec"


def test_msgspec_is_imported_at_the_first_decode_not_with_the_package() -> None:
    code = (
        "import sys, thred_client\n"
        "from thred_client import _json\n"
        "before = 'msgspec' in sys.modules\n"
        "value = _json.loads(b'{\"n\": 12345678901234567890123}')\n"
        "print(before, 'msgspec' in sys.modules, value == {'n': 12345678901234567890123})\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True", "True"]


def test_msgspec_found_but_not_importable_leaves_the_standard_library() -> None:
    code = (
        "import sys\n"
        "from thred_client import _json\n"
        "sys.modules['msgspec'] = None  # found when the package was imported, gone at the first decode\n"
        "print(_json.loads(b'[1, NaN]')[0], _json.BACKEND)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["1", "json"]


@pytest.mark.parametrize("body", [b"[NaN]", b'{"a": -Infinity}', b"[1e400]"])
def test_a_non_finite_number_msgspec_refuses_is_noted(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json, "_non_finite", False)
    _json.loads(b'[1.5, 1e300, "NaN", {"n": 2}]')  # finite numbers, and NaN as a string
    assert not _json.non_finite_read()
    _json.loads(body)
    assert _json.non_finite_read()


@pytest.mark.slow
def test_the_models_pass_without_msgspec() -> None:
    # The model tests again, in a process where msgspec cannot be imported.
    code = (
        "import sys; sys.modules['msgspec'] = None\n"
        "import pytest\n"
        "from thred_client import _json\n"
        "assert _json.BACKEND == 'json', _json.BACKEND\n"
        "sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', '-x', 'tests/test_models.py',"
        " 'tests/test_models_properties.py', 'tests/test_json_backends.py', 'tests/mirror/test_columns.py',"
        " 'tests/mirror/test_sent.py',"
        " '-k', 'not msgspec']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
