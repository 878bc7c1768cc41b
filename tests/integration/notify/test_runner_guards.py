"""The runner's bookkeeping holds under stale workers and failing sweeps."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.jobs import registry
from parceltrail.jobs.runner import RunStats, run_due_sweeps
from parceltrail.storage import jobs_repository as store
from tests import factories


def test_a_worker_that_outlived_its_lease_cannot_undo_the_result(app: App, clock: Any) -> None:
    factories.order(app, factories.user(app, "seller@example.com", Role.SELLER))
    lease = timedelta(minutes=1)
    [stale] = store.claim(app.engine, now=clock.now, limit=1, lease=lease)
    clock.advance(minutes=2)  # the lease ran out: another worker claims the same row
    [fresh] = store.claim(app.engine, now=clock.now, limit=1, lease=lease)
    assert (fresh.id, fresh.attempts) == (stale.id, stale.attempts + 1)
    assert store.finish(app.engine, fresh)
    assert not store.fail(app.engine, stale, error="late timeout", retry_at=clock.now)
    assert store.counts(app.engine) == {"done": 1}


def test_a_failing_sweep_is_tried_again_soon_not_a_period_later(app: App, clock: Any) -> None:
    calls: list[int] = []

    def broken(_: Any) -> None:
        calls.append(1)
        raise RuntimeError("carrier API down")

    saved = dict(registry.SWEEPS)
    registry.SWEEPS.clear()
    registry.sweep("broken", every=timedelta(hours=24))(broken)
    try:
        run_due_sweeps(app.jobs, RunStats())
        clock.advance(minutes=6)
        run_due_sweeps(app.jobs, RunStats())
    finally:
        registry.SWEEPS.clear()
        registry.SWEEPS.update(saved)
    assert len(calls) == 2
