"""The fast paths of the models give what the plain code they replace gives: the same values, the same
errors, for any input (each plain version is kept here, as it was, to compare with)."""

from __future__ import annotations

import datetime
import string
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from thred_client import _values

_UTC = datetime.UTC


def plain_to_datetime(value: object) -> datetime.datetime:
    """to_datetime as it was before its fast path: every character tested, lowercase z replaced first."""
    if type(value) is not str:
        raise _values.expected("a date-time string", value)
    text = value
    if (
        len(text) < 19
        or text[4] != "-"
        or text[7] != "-"
        or text[10] not in "Tt "
        or text[13] != ":"
        or text[16] != ":"
    ):
        raise ValueError("not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM])")
    if text[-1] == "z":
        text = text[:-1] + "Z"
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError("not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM])") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_UTC)
    return parsed


def outcome(convert: Any, value: object) -> tuple[str, Any]:
    try:
        result = convert(value)
    except (TypeError, ValueError) as error:
        return ("error", (type(error), str(error)))
    return ("value", (result, result.utcoffset(), result.tzinfo))


# Date-times near the accepted forms: every spelling of every part, and characters swapped in.
_DIGITS = st.text(string.digits, min_size=1, max_size=4)
_PARTS = st.sampled_from(
    ["-", ":", "T", "t", " ", "_", ".", ",", "Z", "z", "+", "W", "05:30", "+05:30", "-00:00", "+0530"]
)
_CLOSE = st.lists(_DIGITS | _PARTS, max_size=14).map("".join)


def _formed(when: datetime.datetime, separator: str, fraction: str, offset: str) -> str:
    return when.strftime(f"%Y-%m-%d{separator}%H:%M:%S") + fraction + offset


_FORMED = st.builds(
    _formed,
    st.datetimes(),
    st.sampled_from(["T", "t", " ", "_", "x"]),
    st.sampled_from(["", ".", ".5", ".123", ".123456", ".1234567", ",5"]),
    st.sampled_from(["", "Z", "z", "+05:30", "-05:00", "+00:00", "+0530", "+05", "+05:30:15", "zz", "Zz"]),
)


def _mutated(text: str, index: int, char: str) -> str:
    index %= len(text) or 1
    return text[:index] + char + text[index + 1 :]


_MUTATED = st.builds(_mutated, _FORMED, st.integers(0, 40), st.characters(codec="utf-8"))


class TestToDatetime:
    @settings(max_examples=3000)
    @given(st.one_of(_FORMED, _MUTATED, _CLOSE, st.text(max_size=30)))
    def test_same_as_the_plain_version(self, text: str) -> None:
        assert outcome(_values.to_datetime, text) == outcome(plain_to_datetime, text)

    @given(st.none() | st.integers() | st.floats() | st.booleans() | st.lists(st.integers(), max_size=2))
    def test_not_a_string(self, value: object) -> None:
        assert outcome(_values.to_datetime, value) == outcome(plain_to_datetime, value)

    def test_each_form(self) -> None:
        for text in (
            "2024-12-26T22:53:12Z",
            "2024-12-26t22:53:12z",
            "2024-12-26 22:53:12.5+05:30",
            "2024-12-26T22:53:12",
            "2024-12-26T22:53:12.123456-00:00",
            "2024-12-26T22:53:12zz",
            "2024-12-26T22:53:1",
            "20241226T22:53:12Z",
            "2024-12-26X22:53:12Z",
        ):
            assert outcome(_values.to_datetime, text) == outcome(plain_to_datetime, text), text


def plain_to_uuid(value: object) -> tuple[str, Any]:
    """to_uuid without its cache: the type checked, then the text parsed."""
    if type(value) is not str:
        return outcome_of(lambda: _values.expected("a UUID string", value), raises=True)
    return outcome_of(lambda: _values._parse_uuid(value))


def outcome_of(make: Any, *, raises: bool = False) -> tuple[str, Any]:
    try:
        result = make()
    except (TypeError, ValueError) as error:
        return ("error", (type(error), str(error)))
    if raises:
        return ("error", (type(result), str(result)))
    return ("value", (result, str(result), result.is_safe))


_UUID_TEXTS = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda value: str(value).upper()),
    st.uuids().map(lambda value: value.hex),
    st.uuids().map(lambda value: "{" + str(value) + "}"),
    st.uuids().map(lambda value: f"urn:uuid:{value}"),
    st.builds(_mutated, st.uuids().map(str), st.integers(0, 40), st.characters(codec="utf-8")),
    st.text(max_size=40),
)


class TestUuidCache:
    @settings(max_examples=2000)
    @given(_UUID_TEXTS)
    def test_read_first_and_again_same_as_the_plain_parse(self, text: str) -> None:
        expected = plain_to_uuid(text)
        _values.UUIDS.pop(text, None)
        assert outcome_of(lambda: _values.UUIDS[text]) == expected  # read now
        assert outcome_of(lambda: _values.to_uuid(text)) == expected  # from the cache, if it was one
        assert outcome_of(lambda: _values.UUIDS[text]) == expected

    @given(st.none() | st.integers() | st.floats() | st.booleans() | st.lists(st.integers(), max_size=2))
    def test_not_a_string(self, value: object) -> None:
        assert outcome_of(lambda: _values.to_uuid(value)) == plain_to_uuid(value)

    def test_the_cache_stays_bounded(self) -> None:
        for number in range(_values._UUID_CACHE_SIZE + 10):
            text = f"00000000-0000-0000-0000-{number:012x}"
            assert _values.UUIDS[text].int == number
        assert len(_values.UUIDS) <= _values._UUID_CACHE_SIZE

    def test_a_model_reads_the_same_uuid_from_the_cache_and_without(self) -> None:
        from thred_client.models import AccountIdentifier

        text = "3C90C3CC-0D44-4B50-8888-8DD25736052A"
        _values.UUIDS.pop(text, None)
        first = AccountIdentifier.from_dict({"id": text, "type": "AccountId"}).id
        again = AccountIdentifier.from_dict({"id": text, "type": "AccountId"}).id
        assert first == again == _values._parse_uuid(text)
        bad = AccountIdentifier.from_dict({"id": "nope", "type": "AccountId"})
        assert "id" in bad.invalid_fields and str(bad.invalid_fields["id"]).endswith("not a UUID")
