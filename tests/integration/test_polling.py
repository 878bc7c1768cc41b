"""Polling the simulator over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta, timezone

import httpx
import pytest
from sqlalchemy import select, update

from parceltrail.bootstrap import App, build
from parceltrail.connectors.http import outbound_client
from parceltrail.connectors.simulator import SimulatorClient
from parceltrail.domain.polling import NextScan
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import new_event
from parceltrail.services import inbound
from parceltrail.services.polling import learn_windows, poll_due
from parceltrail.services.tracking import ingest
from parceltrail.storage.tables import poll_schedule, shipments
from tests.conftest import FrozenClock
from tests.integration.conftest import Simulator


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with outbound_client(timeout=2.0) as client:
        yield client


def _clients(sim: Simulator, http: httpx.Client) -> dict[str, SimulatorClient]:
    return {code: SimulatorClient(code, sim.url, http) for code in sim.network.desks}


def _track(app: App, numbers: list[str]) -> None:
    with app.uow() as uow:
        for number in numbers:
            inbound.start_tracking(
                uow=uow, tracking_number=number, carrier="cainiao", now=app.clock()
            )


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


def _history(app: App, clock: FrozenClock, parcels: int) -> None:
    """``parcels`` parcels of acme: SORT, then OUT 3 to 7 hours later (08:00-12:00 Berlin)."""
    start = clock.now - timedelta(days=10)
    berlin = timezone(timedelta(hours=1))
    events = []
    for index in range(parcels):
        number = f"AC{index:08d}DE"
        _track_as(app, number, "acme")
        sorted_at = start.replace(hour=4) + timedelta(days=index % 5)
        out_at = sorted_at + timedelta(hours=3 + 4 * index / parcels)
        for code, at in (("SORT", sorted_at), ("OUT", out_at)):
            events.append(
                new_event(
                    tracking_number=number,
                    occurred_at=at.astimezone(berlin),
                    description=f"{code} scan",
                    now=clock.now,
                    carrier="acme",
                    raw_code=code,
                )
            )
    with app.uow() as uow:
        ingest(uow=uow, actor=None, events=list(enumerate(events)), now=clock.now)


def _track_as(app: App, number: str, carrier: str) -> None:
    with app.uow() as uow:
        inbound.start_tracking(uow=uow, tracking_number=number, carrier=carrier, now=app.clock())


def test_next_scan_windows_are_learned_from_the_stored_history(app, clock):
    _history(app, clock, parcels=25)
    assert learn_windows(uow_factory=app.uow, now=clock.now) == 1  # SORT; OUT has no successor
    with app.uow() as uow:
        learned = uow.polls.next_scans()
    window = learned[("acme", "SORT")]
    assert window.samples == 25
    assert timedelta(hours=3) <= window.opens < timedelta(hours=3, minutes=30)
    assert timedelta(hours=6, minutes=30) < window.closes <= timedelta(hours=7)
    assert window.hours <= frozenset({8, 9, 10, 11})  # 04:00 UTC + 3-7 h, in Berlin
    _history(app, clock, parcels=10)  # too few for another key; the sweep replaces the table
    assert learn_windows(uow_factory=app.uow, now=clock.now) == 1


def test_a_poll_waits_for_the_learned_window_of_the_latest_scan(app, simulator, clock, http):
    journey = simulator.network.dispatch(1, clock.now - timedelta(minutes=30))[0]
    info = journey.scans[0]
    assert info.code == "INFO"
    with app.uow() as uow:
        uow.polls.replace_next_scans(
            {("cainiao", "INFO"): NextScan(timedelta(hours=20), timedelta(hours=60))},
            now=clock.now,
        )
    _track(app, [journey.number])
    sim_now(simulator, clock)
    poll_due(uow_factory=app.uow, clients=_clients(simulator, http), now=clock.now)
    with app.engine.connect() as connection:
        row = connection.execute(select(poll_schedule)).one()
    assert (row.last_carrier, row.last_code) == ("cainiao", "INFO")
    assert row.next_poll_at >= info.at + timedelta(hours=20)
    assert row.next_poll_at < info.at + timedelta(hours=22)


def sim_now(sim: Simulator, clock: FrozenClock) -> None:
    sim.clock.now = clock.now


def test_a_handover_found_late_is_followed_on_the_new_number_at_once(app, simulator, clock, http):
    journey = simulator.network.dispatch(
        1, clock.now - timedelta(days=60), countries=("DE",), service="premium"
    )[0]
    assert journey.dest_number
    _track(app, [journey.number])
    sim_now(simulator, clock)
    first = poll_due(uow_factory=app.uow, clients=_clients(simulator, http), now=clock.now)
    assert sum(c.handovers for c in first.carriers) == 1
    with app.engine.connect() as connection:
        row = connection.execute(select(poll_schedule)).one()
    assert row.next_poll_at <= clock.now  # not the long silence's growth interval
    clock.advance(minutes=1)
    sim_now(simulator, clock)
    poll_due(uow_factory=app.uow, clients=_clients(simulator, http), now=clock.now)
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([journey.number])[journey.number]
    assert shipment.tracking_number == journey.dest_number
    assert shipment.state.sub_status.value == _final(journey)


def _start(app: App, number: str) -> str:
    """A standalone tracking started by a verified source's first event; its shipment id."""
    event = new_event(
        tracking_number=number,
        occurred_at=app.clock() - timedelta(hours=1),
        description="Acceptance",
        sub_status=SubStatus.ACCEPTED,
        source="api",
        now=app.clock(),
    )
    with app.uow() as uow:
        ingest(uow=uow, actor=None, events=[(0, event)], now=app.clock(), create_unknown=True)
        return uow.shipments.by_numbers([number])[number].id


def _scheduled(app: App) -> set[str]:
    with app.engine.connect() as connection:
        return set(connection.execute(select(poll_schedule.c.shipment_id)).scalars())


def _stamp(app: App, shipment_id: str, at) -> None:
    with app.engine.begin() as connection:
        connection.execute(
            update(shipments).where(shipments.c.id == shipment_id).values(updated_at=at)
        )


def test_enrolment_reads_the_shipments_changed_since_the_last_one(app, clock):
    """The first sweep enrols every unscheduled shipment; each later one only those made or
    changed since the previous sweep (less a few minutes, for ingests that committed late)."""
    first = _start(app, "LX100000001CN")
    assert poll_due(uow_factory=app.uow, clients={}, now=clock.now).enrolled == 1
    swept_at = clock.now
    clock.advance(hours=1)
    stale = _start(app, "LX100000002CN")
    _stamp(app, stale, swept_at - timedelta(days=1))  # changed long before the last sweep
    late = _start(app, "LX100000003CN")
    _stamp(app, late, swept_at - timedelta(minutes=2))  # an ingest that committed late
    new = _start(app, "LX100000004CN")
    report = poll_due(uow_factory=app.uow, clients={}, now=clock.now)
    assert report.enrolled == 2
    assert _scheduled(app) == {first, late, new}
    assert stale not in _scheduled(app)
