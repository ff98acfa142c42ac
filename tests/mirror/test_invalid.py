"""Listed items that do not fit, in a sync, on each database: a record is stored under its id as sent;
an item with no id to store it under fails its business, or is left out with a warning on request."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from thred_client import ThredClient
from thred_client.cli import main
from thred_client.errors import ResponseValidationError
from thred_client.mirror import Mirror
from thred_client.pagination import InvalidRecordWarning

from tests.mirror.conftest import mirrored
from tests.mirror.test_cli import environment
from tests.sandbox.server import Sandbox

# On the second page of the first walk (100 records a page), after 50 of its records.
POSITION = 150


def others_as_served(held: dict[str, Any], stand_in: Sandbox) -> bool:
    """Whether the mirror holds every invoice the stand-in lists but the one replaced, as served."""
    served = stand_in.mutations.invoices()
    return len(held) == len(served) - 1 and all(served[key] == value for key, value in held.items())


def test_a_record_that_does_not_fit_is_stored_under_its_id_as_sent(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    sent = {"id": "not-a-uuid", "status": "SENT", "total_amount": "lots"}
    stand_in.listing.serve_instead(POSITION, sent)
    result = mirror.sync(client, stand_in.business_id)
    assert "not-a-uuid" in result.invoices.created
    held = mirrored(mirror, stand_in.business_id, "invoices")
    assert held.pop("not-a-uuid") == sent
    assert others_as_served(held, stand_in)
    (row,) = [row for row in mirror.records(stand_in.business_id, "invoices") if row["id"] == "not-a-uuid"]
    assert row["status"] == "SENT" and row["total_amount"] is None  # a value that does not fit: NULL

    # The next sync finds it unchanged.
    again = mirror.sync(client, stand_in.business_id, full=True)
    assert again.invoices.changed == 0


@pytest.mark.parametrize("item", [{"status": "SENT"}, None, "not an invoice", {"id": 42}])
def test_an_item_with_no_id_fails_its_business_once_the_records_before_it_are_stored(
    item: object, mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    stand_in.listing.serve_instead(POSITION, item)
    with pytest.raises(ResponseValidationError) as raised:
        mirror.sync(client, stand_in.business_id)
    assert raised.value.path[:2] == ("results", POSITION - 100)
    assert getattr(raised.value, "page", None) == 2
    assert len(mirrored(mirror, stand_in.business_id, "invoices")) == POSITION  # nothing before it lost


def test_skip_invalid_leaves_an_item_with_no_id_out_with_a_warning(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    stand_in.listing.serve_instead(POSITION, {"status": "SENT"})
    with pytest.warns(InvalidRecordWarning) as caught:
        result = mirror.sync(client, stand_in.business_id, on_invalid="skip")
    assert result.error is None
    (warning,) = [entry.message for entry in caught if isinstance(entry.message, InvalidRecordWarning)]
    assert warning.raw == {"status": "SENT"} and warning.page == 2
    assert others_as_served(mirrored(mirror, stand_in.business_id, "invoices"), stand_in)


def test_on_invalid_is_checked_before_any_request(
    mirror: Mirror, stand_in: Sandbox, client: ThredClient
) -> None:
    with pytest.raises(ValueError, match="on_invalid"):
        mirror.sync(client, stand_in.business_id, on_invalid="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="on_invalid"):
        mirror.sync_many(client, [stand_in.business_id], on_invalid="keep")  # type: ignore[arg-type]
    assert stand_in.log.count() == 0


def test_the_command_fails_the_business_or_skips_the_item_with_skip_invalid(
    database: str, stand_in: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    env = environment(stand_in, database)
    stand_in.listing.serve_instead(POSITION, None)
    assert main(["mirror", "sync", "--no-progress"], env) == 1
    assert "results[50]" in capsys.readouterr().err
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert main(["mirror", "sync", "--no-progress", "--skip-invalid"], env) == 0
    assert any(isinstance(entry.message, InvalidRecordWarning) for entry in caught)
    with Mirror(database) as mirror:
        assert others_as_served(mirrored(mirror, stand_in.business_id, "invoices"), stand_in)
