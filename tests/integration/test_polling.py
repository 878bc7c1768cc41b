"""Polling the simulator over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App, build
from parceltrail.connectors.simulator import SimulatorClient
from parceltrail.domain.status import SubStatus
from parceltrail.jobs.polling import poll_due
from parceltrail.services import inbound
from parceltrail.storage.tables import poll_schedule
from tests.conftest import FrozenClock
from tests.integration.conftest import Simulator


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=2.0) as client:
        yield client


def _clients(sim: Simulator, http: httpx.Client) -> dict[str, SimulatorClient]:
    return {code: SimulatorClient(code, sim.url, http) for code in sim.network.desks}


def _track(app: App, numbers: list[str]) -> None:
    with app.uow() as uow:
        for number in numbers:
            inbound.start_tracking(
                uow=uow, tracking_number=number, carrier="cainiao", now=app.clock()
            )
        uow.commit()


def _run(app, sim, clock: FrozenClock, http, *, days: float, step_hours: float = 1.0):
    reports = []
    end = clock.now + timedelta(days=days)
    while clock.now < end:
        sim.clock.now = clock.now
        reports.append(poll_due(uow_factory=app.uow, clients=_clients(sim, http), now=clock.now))
        clock.advance(hours=step_hours)
    return reports


def test_parcels_are_followed_to_delivery_across_the_handover(app, simulator, clock, http):
    journeys = simulator.network.dispatch(6, clock.now, countries=("GB", "ES"), service="premium")
    _track(app, [j.number for j in journeys])
    reports = _run(app, simulator, clock, http, days=20, step_hours=3)
    with app.uow() as uow:
        shipments = uow.shipments.by_numbers(j.number for j in journeys)
    for journey in journeys:
        shipment = shipments[journey.number]
        if journey.dest_number:
            assert shipment.tracking_number == journey.dest_number
        assert shipment.state.sub_status.value == _final(journey)
    with app.engine.connect() as connection:
        rows = connection.execute(select(poll_schedule)).all()
    assert {row.stopped for row in rows} == {"final"}
    fixed_polls = 6 * 20 * 12
    assert sum(row.polls for row in rows) < fixed_polls / 2
    assert sum(r.requests for r in reports) < sum(row.polls for row in rows)  # batched


def _final(journey) -> str:
    code = journey.scans[-1].code
    return {"DELIVERED": "delivered", "RETURNED": "returned", "LOST": "lost"}[code]


def test_the_schedule_survives_a_restart(app, simulator, clock, http):
    journey = simulator.network.dispatch(1, clock.now - timedelta(days=5))[0]
    _track(app, [journey.number])
    first = poll_due(uow_factory=app.uow, clients=_clients(simulator, http), now=clock.now)
    assert first.requests == 1
    clock.advance(minutes=10)
    restarted = build(app.settings, clock=clock)
    try:
        again = poll_due(
            uow_factory=restarted.uow, clients=_clients(simulator, http), now=clock.now
        )
        assert again.requests == 0  # not due yet: the next poll time was kept
        with restarted.engine.connect() as connection:
            row = connection.execute(select(poll_schedule)).one()
        assert row.polls == 1
        assert row.next_poll_at > clock.now
    finally:
        restarted.close()


def test_a_failing_carrier_backs_off_alone(app, simulator, clock, http):
    sim = simulator
    ok = sim.network.dispatch(2, clock.now - timedelta(days=3))
    handed = sim.network.dispatch(1, clock.now - timedelta(days=80), countries=("US",))[0]
    _track(app, [j.number for j in ok])
    with app.uow() as uow:
        inbound.start_tracking(
            uow=uow, tracking_number=handed.dest_number, carrier="usps", now=clock.now
        )
        uow.commit()
    sim.network.desks["usps"].fault = "slow"
    sim.network.desks["usps"].slow_seconds = 3.0  # beyond the client's 2 s timeout
    report = poll_due(uow_factory=app.uow, clients=_clients(sim, http), now=clock.now)
    by_carrier = {c.carrier: c for c in report.carriers}
    assert by_carrier["cainiao"].new_events > 0
    assert by_carrier["usps"].error
    assert "ReadTimeout" in by_carrier["usps"].error
    with app.uow() as uow:
        health = uow.polls.health("usps")
        assert uow.polls.health("cainiao").consecutive_failures == 0
    assert health.consecutive_failures == 1
    assert health.backoff_until == clock.now + timedelta(minutes=5)
    clock.advance(minutes=1)
    again = poll_due(uow_factory=app.uow, clients=_clients(sim, http), now=clock.now)
    assert {c.carrier: c.skipped for c in again.carriers}.get("usps") == "backing_off"
    sim.network.desks["usps"].fault = None
    clock.advance(minutes=10)
    sim.clock.now = clock.now
    healed = poll_due(uow_factory=app.uow, clients=_clients(sim, http), now=clock.now)
    assert {c.carrier: c.error for c in healed.carriers}.get("usps") is None
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([handed.dest_number])[handed.dest_number]
    assert shipment.state.sub_status is not SubStatus.PENDING
