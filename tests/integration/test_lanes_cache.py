"""The lane statistics cache, on both databases: lookups read ``lane_stats`` once, the lanes
sweep refreshes them at once in its own process, other processes see them after the TTL, and
nothing uncommitted ever gets in.

History is built with real dispatches, real events through ingest and the real lanes sweep.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from parceltrail.bootstrap import App, build
from parceltrail.domain.eta import MIN_HISTORY, Spread
from parceltrail.domain.users import User
from parceltrail.jobs.sweeps import lanes_sweep
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.lanes_cache import LaneSpreadCache
from parceltrail.storage.uow import SqlUnitOfWork
from tests import factories
from tests.conftest import FrozenClock

LANE = "CN-US-*-*"  # the countries-only level of factories.raw_journey's lane


@pytest.fixture
def seller(app: App) -> User:
    return factories.user(app, "seller@example.com")


@pytest.fixture
def lane_reads(app: App) -> Iterator[list[str]]:
    """The SELECTs on lane_stats the application's engine runs, as they happen."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "lane_stats" in statement:
            seen.append(statement)

    event.listen(app.engine, "before_cursor_execute", count)
    yield seen
    event.remove(app.engine, "before_cursor_execute", count)


def post(app: App, seller: User, items: list[dict[str, Any]]) -> None:
    with app.uow() as uow:
        valid, rejected = tracking_service.parse_events(items, now=app.clock())
        assert not rejected
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())


def delivered_history(app: App, seller: User, clock: FrozenClock) -> None:
    for index in range(MIN_HISTORY + 2):
        number = factories.s10(index)
        factories.shipped(app, seller, number, reference=f"H-{index}")
        start = clock.now - timedelta(days=40, hours=index)
        post(app, seller, factories.raw_journey(number, start))


def in_transit(app: App, seller: User, clock: FrozenClock) -> str:
    number = factories.s10(999)
    factories.shipped(app, seller, number, reference="N-1")
    post(app, seller, factories.raw_journey(number, clock.now - timedelta(days=8))[:4])
    return number


def eta(app: App, number: str) -> dict[str, Any]:
    with app.reader() as uow:
        view = tracking_service.get_tracking(
            uow=uow, tracking_number=number, viewer=None, now=app.clock()
        )
    found: dict[str, Any] = view.to_json()["eta"]
    return found


def test_lookups_read_the_lane_statistics_once(
    app: App, seller: User, clock: FrozenClock, lane_reads: list[str]
) -> None:
    number = in_transit(app, seller, clock)
    first = eta(app, number)
    reads = len(lane_reads)
    assert reads == 1
    assert eta(app, number) == first
    assert len(lane_reads) == reads  # the second lookup asked memory, not the database


def test_the_lanes_sweep_refreshes_what_lookups_see_at_once(
    app: App, seller: User, clock: FrozenClock
) -> None:
    number = in_transit(app, seller, clock)
    delivered_history(app, seller, clock)
    assert eta(app, number)["basis"] == "default"  # nothing learned yet, and so cached
    assert lanes_sweep(app.jobs) == 2  # the carrier's lane, the countries' lane
    learned = eta(app, number)
    assert learned["basis"] != "default"
    assert learned["samples"] == MIN_HISTORY + 2


def test_another_process_s_sweep_shows_once_the_entries_expire(
    app: App, seller: User, clock: FrozenClock
) -> None:
    now = [0.0]
    cache = LaneSpreadCache(ttl=300, timer=lambda: now[0])
    settings = app.settings

    def reader() -> SqlUnitOfWork:
        return SqlUnitOfWork(app.engine, clock, settings.secret_key, read_only=True, lanes=cache)

    def spreads() -> dict[str, Any]:
        with reader() as uow:
            return dict(uow.health.lane_spreads([LANE]))

    delivered_history(app, seller, clock)
    assert spreads() == {}
    other = build(settings, clock=clock)  # another process: a cache of its own
    try:
        assert lanes_sweep(other.jobs) == 2
    finally:
        other.close()
    now[0] = 299.0
    assert spreads() == {}  # still the remembered "nothing learned"
    now[0] = 301.0
    assert set(spreads()) == {LANE}


def test_lane_statistics_rolled_back_never_reach_the_cache(app: App) -> None:
    learned = {"delivered": Spread(1.0, 2.0, 3.0, 9)}

    def save_then_fail() -> None:
        with app.uow() as uow:
            uow.health.save_lane(LANE, learned, app.clock())
            assert uow.health.lane_spreads([LANE]) == {LANE: learned}  # its own write
            raise RuntimeError("a failure before the block ends rolls back")

    with pytest.raises(RuntimeError, match="rolls back"):
        save_then_fail()
    with app.reader() as uow:
        assert uow.health.lane_spreads([LANE]) == {}
    with app.uow() as uow:
        uow.health.save_lane(LANE, learned, app.clock())
    with app.reader() as uow:
        assert uow.health.lane_spreads([LANE]) == {LANE: learned}


def test_a_read_that_began_before_a_clear_is_not_remembered() -> None:
    cache = LaneSpreadCache(ttl=300, timer=lambda: 0.0)
    before = cache.generation
    cache.clear()  # the sweep committed while the read was in flight
    cache.remember(before, [LANE], {})
    assert cache.known([LANE]) == ({}, [LANE])
    cache.remember(cache.generation, [LANE], {})
    assert cache.known([LANE]) == ({}, [])


def test_no_cache_when_its_ttl_is_zero() -> None:
    cache = LaneSpreadCache(ttl=0)
    cache.remember(cache.generation, [LANE], {LANE: {}})
    assert cache.known([LANE]) == ({}, [LANE])
