"""Where a walk ends when `page_info` does not add up, and what it does with a record that does not fit:
against the stand-in, each rule sync, async, and async fetching ahead.

The stand-in's `listing` knobs make its pages state other totals than the list it serves, or serve one
record in a form the models refuse; the records, the slicing and the 404 past the last page stay true.
Its 45 invoices make five full pages of 9, or four of 10 and a short one.
"""

from __future__ import annotations

import asyncio
import time
import uuid
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from thred_client import AuthenticatedClient
from thred_client.api.invoices import list_invoices
from thred_client.errors import ResponseValidationError
from thred_client.pagination import (
    InconsistentPageInfoWarning,
    InvalidRecordWarning,
    PaginationWarning,
    apaginate,
    paginate,
)

from tests.sandbox import Sandbox, SandboxConfig, running_sandbox

INVOICES = 45
MODES = ["sync", "async", "concurrent"]
# Each walk asks a local server for a handful of pages: a few seconds bound it with room to spare.
BOUND = 10.0


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with running_sandbox(SandboxConfig(seed=5, invoices=INVOICES, credits=0)) as running:
        yield running


@pytest.fixture(scope="module")
def every_id(sandbox: Sandbox) -> list[str]:
    """The ids of every invoice in the list's order, read before any knob is turned."""
    walked = walk(sandbox, "sync", page_size=100)
    assert walked.error is None and len(walked.ids) == INVOICES
    return walked.ids


class Walked:
    """What one walk gave: the ids before it ended, the error that ended it, its warnings, the pages asked."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.error: Exception | None = None
        self.warnings: list[warnings.WarningMessage] = []
        self.pages: list[int] = []

    def of(self, category: type[Warning]) -> list[Any]:
        return [caught.message for caught in self.warnings if issubclass(caught.category, category)]


def walk(sandbox: Sandbox, mode: str, **options: Any) -> Walked:
    """Walk the invoices in `mode` ("sync", "async", "concurrent": 4 pages at once) within BOUND seconds."""
    client = AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.mint_token(), timeout=BOUND)
    params: dict[str, Any] = {"client": client, "business_id": uuid.UUID(sandbox.business_id), **options}
    walked = Walked()
    sandbox.log.clear()
    started = time.monotonic()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if mode == "sync":
                with client:
                    for invoice in paginate(list_invoices, **params):
                        walked.ids.append(str(invoice.id))
            else:

                async def run() -> None:
                    concurrency = 4 if mode == "concurrent" else 1
                    async with client:
                        async for invoice in apaginate(list_invoices, concurrency=concurrency, **params):
                            walked.ids.append(str(invoice.id))

                asyncio.run(asyncio.wait_for(run(), BOUND))
        except Exception as error:
            walked.error = error
    assert time.monotonic() - started < BOUND
    walked.warnings = list(caught)
    walked.pages = [int(parse_qs(record.query)["page"][0]) for record in sandbox.log.records("list_invoices")]
    return walked


# -- page_info that adds up: not a word, not a page more -----------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("page_size", [9, 10])
def test_a_list_whose_page_info_adds_up_is_walked_without_a_word(
    sandbox: Sandbox, every_id: list[str], mode: str, page_size: int
) -> None:
    walked = walk(sandbox, mode, page_size=page_size)
    assert walked.error is None
    assert walked.ids == every_id
    assert walked.of(PaginationWarning) == []
    assert sorted(walked.pages) == [1, 2, 3, 4, 5]


# -- total_pages understates: the walk reads on while total_count says more ------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("page_size", [9, 10])
@pytest.mark.parametrize("short", [1, 2])
def test_total_pages_short_of_total_count_is_read_past(
    sandbox: Sandbox, every_id: list[str], mode: str, page_size: int, short: int
) -> None:
    sandbox.listing.skew(total_pages=-short)
    walked = walk(sandbox, mode, page_size=page_size)
    assert walked.error is None
    assert walked.ids == every_id  # not the first 5 - short pages that total_pages stands for
    [warning] = walked.of(InconsistentPageInfoWarning)
    assert f"total_pages {5 - short}" in str(warning)
    assert sorted(walked.pages) == [1, 2, 3, 4, 5]  # and not one past the last
    ours = [caught for caught in walked.warnings if issubclass(caught.category, PaginationWarning)]
    assert [caught.filename for caught in ours] == [__file__]  # at the caller's loop


# -- total_pages overstates: the 404 past the end, once total_count records came, is the end -------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("page_size", [9, 10])
def test_total_pages_past_the_end_ends_the_walk_normally(
    sandbox: Sandbox, every_id: list[str], mode: str, page_size: int
) -> None:
    sandbox.listing.skew(total_pages=+1)
    walked = walk(sandbox, mode, page_size=page_size)
    assert walked.error is None  # no NotFoundError for page 6 to cost the caller every record
    assert walked.ids == every_id
    assert len(walked.of(InconsistentPageInfoWarning)) == 1
    # Five full pages of 9 leave page 6 to ask (a 404); a short fifth page of 10 is the end itself.
    assert sorted(walked.pages) == ([1, 2, 3, 4, 5, 6] if page_size == 9 else [1, 2, 3, 4, 5])


# -- total_count disagrees: believed while pages bring records, never lost in silence -------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("page_size", [9, 10])
def test_total_count_above_the_records_served_is_warned_of_and_the_walk_ends(
    sandbox: Sandbox, every_id: list[str], mode: str, page_size: int
) -> None:
    sandbox.listing.skew(total_count=+10)
    walked = walk(sandbox, mode, page_size=page_size)
    assert walked.error is None
    assert walked.ids == every_id
    [warning] = walked.of(InconsistentPageInfoWarning)
    assert "total_count 55" in str(warning)
    # Pages of 9 come full to the end: the walk asks past it and meets the 404; a short page of 10 ends it.
    asked = set(walked.pages)
    assert {1, 2, 3, 4, 5} <= asked <= ({1, 2, 3, 4, 5, 6, 7} if page_size == 9 else {1, 2, 3, 4, 5})


@pytest.mark.parametrize("mode", MODES)
def test_total_count_below_the_records_served_does_not_stop_the_walk(
    sandbox: Sandbox, every_id: list[str], mode: str
) -> None:
    sandbox.listing.skew(total_count=-12)  # 33: three pages of 10 and a few, while total_pages says 5
    walked = walk(sandbox, mode, page_size=10)
    assert walked.error is None
    assert walked.ids == every_id
    assert len(walked.of(InconsistentPageInfoWarning)) == 1
    assert sorted(walked.pages) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("mode", MODES)
def test_count_and_total_count_disagreeing_is_warned_of(
    sandbox: Sandbox, every_id: list[str], mode: str
) -> None:
    sandbox.listing.skew(count=-5)
    walked = walk(sandbox, mode, page_size=10)
    assert walked.error is None
    assert walked.ids == every_id
    [warning] = walked.of(InconsistentPageInfoWarning)
    assert "count 40 but total_count 45" in str(warning)


# -- a record that does not fit: raised at its place, or skipped with a warning ---------------------

BAD = {"id": "not-a-uuid", "status": "sent"}
BAD_AT = 15  # page 2 of 10, its record 5


@pytest.mark.parametrize("mode", MODES)
def test_a_record_that_does_not_fit_is_raised_after_the_records_before_it(
    sandbox: Sandbox, every_id: list[str], mode: str
) -> None:
    sandbox.listing.serve_instead(BAD_AT, BAD)
    walked = walk(sandbox, mode, page_size=10)
    assert walked.ids == every_id[:BAD_AT]
    error = walked.error
    assert isinstance(error, ResponseValidationError)
    assert error.path == ("results", 5, "id")
    assert (error.page, error.operation) == (2, "list_invoices")  # type: ignore[attr-defined]
    [note] = error.__notes__
    assert note.startswith("(page 2 of list_invoices; as sent: ") and '"not-a-uuid"' in note
    assert walked.of(PaginationWarning) == []


@pytest.mark.parametrize("mode", MODES)
def test_on_invalid_skip_skips_the_record_with_a_warning_naming_it(
    sandbox: Sandbox, every_id: list[str], mode: str
) -> None:
    sandbox.listing.serve_instead(BAD_AT, BAD)
    walked = walk(sandbox, mode, page_size=10, on_invalid="skip")
    assert walked.error is None
    assert walked.ids == every_id[:BAD_AT] + every_id[BAD_AT + 1 :]
    [warning] = walked.of(InvalidRecordWarning)
    assert (warning.page, warning.operation, warning.raw) == (2, "list_invoices", BAD)
    assert isinstance(warning.error, ResponseValidationError)
    assert warning.error.path == ("results", 5, "id")
    assert "results[5].id" in str(warning) and '"not-a-uuid"' in str(warning)
    [caught] = [caught for caught in walked.warnings if caught.category is InvalidRecordWarning]
    assert caught.filename == __file__  # at the caller's loop


@pytest.mark.parametrize("mode", MODES)
def test_on_invalid_skip_skips_an_item_that_is_not_an_object(
    sandbox: Sandbox, every_id: list[str], mode: str
) -> None:
    sandbox.listing.serve_instead(BAD_AT, "not an invoice")
    walked = walk(sandbox, mode, page_size=10, on_invalid="skip")
    assert walked.error is None
    assert walked.ids == every_id[:BAD_AT] + every_id[BAD_AT + 1 :]
    assert [warning.raw for warning in walked.of(InvalidRecordWarning)] == ["not an invoice"]


def test_on_invalid_takes_raise_or_skip_only(sandbox: Sandbox) -> None:
    client = AuthenticatedClient(base_url=sandbox.base_url, token=sandbox.mint_token())
    with pytest.raises(ValueError, match="on_invalid must be one of 'raise', 'skip', not 'ignore'"):
        paginate(
            list_invoices, client=client, business_id=uuid.UUID(sandbox.business_id), on_invalid="ignore"
        )  # type: ignore[arg-type]


def test_the_listing_knobs_change_what_pages_say_not_what_they_serve(sandbox: Sandbox) -> None:
    def page(number: int) -> httpx.Response:
        params = {"page": number, "page_size": 10}
        return httpx.get(sandbox.invoices_url(), params=params, headers=sandbox.auth_headers(), timeout=BOUND)

    truth = page(2).json()
    sandbox.listing.skew(total_pages=-2, total_count=+7, count=-1)
    sandbox.listing.serve_instead(12, BAD)
    skewed = page(2).json()
    assert (skewed["count"], skewed["page_info"]["total_count"], skewed["page_info"]["total_pages"]) == (
        INVOICES - 1,
        INVOICES + 7,
        3,
    )
    assert skewed["results"][2] == BAD
    assert skewed["results"][:2] + skewed["results"][3:] == truth["results"][:2] + truth["results"][3:]
    assert page(6).status_code == 404  # past the true last page, whatever the pages say
    sandbox.listing.reset()
    assert page(2).json() == truth
