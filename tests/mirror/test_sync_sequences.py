"""Any sequence of changes on the stand-in and syncs of the mirror (hypothesis, stateful), on SQLite
and PostgreSQL.

After each sync, the mirror holds what the stand-in lists, as it serves it, and reports exactly the
changes since the sync before: every record created or changed since, and, after a full pass, every
record gone since the last one. An incremental sync does not see an invoice deleted: it stays listed
in the mirror until the next full pass. Customer credits are read whole by every sync.
"""

from __future__ import annotations

import functools
import itertools
import shutil
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal, cast

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from thred_client import ThredClient
from thred_client.mirror import Change, Mirror
from thred_client.mirror.schema import changes

from tests.mirror.conftest import mirrored
from tests.mirror.postgres import create_database, drop_database
from tests.sandbox import SandboxConfig, running_sandbox

Kind = Literal["invoices", "customer_credits"]
KINDS: tuple[Kind, ...] = ("invoices", "customer_credits")
# The stand-in's changes (`Mutations` methods); updates weigh double, as they come most often.
CHANGES = [
    f"{action}_{kind}"
    for kind in ("invoice", "credit")
    for action in ("create", "update", "update", "delete")
]


def actions(changes: list[Change]) -> dict[Kind, dict[str, set[str]]]:
    """The changes handed out, as the ids of each action of each kind."""
    found: dict[Kind, dict[str, set[str]]] = {kind: {} for kind in KINDS}
    for change in changes:
        found[change.kind].setdefault(change.action, set()).add(change.id)
    return found


class SyncSequences(RuleBasedStateMachine):
    """One sequence, on a database of its own: `database()` gives its URL, `drop(url)` disposes of it."""

    def __init__(self, database: Callable[[], str], drop: Callable[[str], None]) -> None:
        super().__init__()
        self.stack = ExitStack()
        url = database()
        self.stack.callback(drop, url)
        self.stand_in = self.stack.enter_context(
            running_sandbox(SandboxConfig(seed=5, invoices=13, credits=6))
        )
        self.client = self.stack.enter_context(
            ThredClient(
                base_url=self.stand_in.base_url,
                partner_id=self.stand_in.partner_id,
                api_key=self.stand_in.api_key,
            )
        )
        # Small pages, and no overlap: every page boundary and the checkpoint itself are exercised.
        self.mirror = self.stack.enter_context(Mirror(url, page_size=3, overlap=timedelta(0)))
        self.business = self.stand_in.business_id
        self.changes = self.stand_in.mutations
        # What the mirror holds listed after the last sync, by kind: id -> JSON.
        self.held: dict[Kind, dict[str, Any]] = {kind: {} for kind in KINDS}

    def teardown(self) -> None:
        self.stack.close()

    def served(self, kind: Kind) -> dict[str, Any]:
        return self.changes.invoices() if kind == "invoices" else self.changes.credits()

    @initialize()
    def first_sync(self) -> None:
        self.sync(full=False)

    # -- changes on the stand-in, then a sync -------------------------------------

    @rule(data=st.data(), full=st.booleans())
    def change_then_sync(self, data: st.DataObject, full: bool) -> None:
        # Up to more changes than two pages hold between two syncs: the walk must read past its first.
        for change in data.draw(st.lists(st.sampled_from(CHANGES), max_size=8)):
            self.change(change, data)
        self.sync(full)

    def change(self, change: str, data: st.DataObject) -> None:
        action, _, kind = change.partition("_")
        if action == "create":
            getattr(self.changes, change)()
            return
        ids = self.changes.invoice_ids() if kind == "invoice" else self.changes.credit_ids()
        if ids:
            getattr(self.changes, change)(data.draw(st.sampled_from(ids)))

    def sync(self, full: bool) -> None:
        handed: list[Change] = []
        result = self.mirror.sync(self.client, self.business, full=full, on_change=handed.append)
        assert result.error is None and not result.skipped, result.summary()
        handed_out = actions(handed)
        with self.mirror.engine.connect() as connection:  # each change handed out, then forgotten
            assert connection.execute(sa.select(sa.func.count()).select_from(changes)).scalar_one() == 0
        for kind in KINDS:
            served, held = self.served(kind), self.held[kind]
            whole = kind == "customer_credits" or getattr(result, kind).full
            expected = {
                "created": served.keys() - held.keys(),
                "updated": {key for key in served.keys() & held.keys() if served[key] != held[key]},
                "removed": held.keys() - served.keys() if whole else set(),
            }
            summary = getattr(result, kind)
            reported = {action: set(getattr(summary, action)) for action in expected}
            assert reported == expected, (kind, reported, expected)
            assert {action: ids for action, ids in handed_out[kind].items() if ids} == {
                action: ids for action, ids in expected.items() if ids
            }
            for change in (change for change in handed if change.kind == kind):
                # As stored now (None once removed), and as the mirror held it before (None if new).
                assert change.record == (None if change.action == "removed" else served[change.id])
                assert change.previous == held.get(change.id)
            held = {**held, **served}
            if whole:
                held = dict(served)
            assert mirrored(self.mirror, self.business, kind) == held
            self.held[kind] = held


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_any_sequence_of_changes_and_syncs(backend: str, request: pytest.FixtureRequest) -> None:
    folder = Path(tempfile.mkdtemp(prefix="mirror-sequences-"))
    try:
        if backend == "sqlite":
            files = (f"sqlite:///{folder / f'{number}.db'}" for number in itertools.count())
            machine = functools.partial(SyncSequences, lambda: next(files), lambda _url: None)
        else:
            server = request.getfixturevalue("postgres")
            machine = functools.partial(SyncSequences, lambda: create_database(server), drop_database)
        run_state_machine_as_test(
            cast(type[RuleBasedStateMachine], machine),  # a factory of machines, which hypothesis takes
            settings=settings(
                max_examples=25,
                stateful_step_count=6,
                deadline=None,
                suppress_health_check=[HealthCheck.too_slow],
            ),
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
