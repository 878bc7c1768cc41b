"""The runner's bookkeeping holds under stale workers and failing sweeps."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.jobs import registry
from parceltrail.jobs.leases import LeaseKeeper
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


def test_a_job_still_running_keeps_its_claim_past_its_lease(app: App, clock: Any) -> None:
    factories.order(app, factories.user(app, "seller@example.com", Role.SELLER))
    lease = timedelta(minutes=1)
    [running] = store.claim(app.engine, now=clock.now, limit=1, lease=lease)
    keeper = LeaseKeeper()
    with keeper.holding(app.engine, clock, lease, running):
        for _ in range(3):  # three turns of the keeper's thread, each a lease later
            clock.advance(seconds=50)
            assert keeper.renew(app.engine, clock, lease) == 1
            assert store.claim(app.engine, now=clock.now, limit=1, lease=lease) == []
        renewing = keeper._thread
    assert renewing is not None
    renewing.join(timeout=5)  # released: the thread ends instead of waiting for its turn
    assert not renewing.is_alive()
    assert keeper.renew(app.engine, clock, lease) == 0
    assert store.finish(app.engine, running)


def test_a_claim_taken_over_is_not_renewed_by_its_old_holder(app: App, clock: Any) -> None:
    factories.order(app, factories.user(app, "seller@example.com", Role.SELLER))
    lease = timedelta(minutes=1)
    [stale] = store.claim(app.engine, now=clock.now, limit=1, lease=lease)
    clock.advance(minutes=2)  # its process died: nothing renewed it
    [fresh] = store.claim(app.engine, now=clock.now, limit=1, lease=lease)
    clock.advance(minutes=2)
    assert store.renew(app.engine, [stale], until=clock.now + lease) == 0
    [again] = store.claim(app.engine, now=clock.now, limit=1, lease=lease)
    assert again.attempts == fresh.attempts + 1


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
