"""Standalone trackings started from the public page and the API, over real HTTP on loopback,
polled from the carrier network simulator (also on loopback), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, select

from parceltrail.bootstrap import App
from parceltrail.connectors.http import outbound_client
from parceltrail.connectors.pollers import SimulatorSource
from parceltrail.domain.users import Role
from parceltrail.services.polling import poll_due
from parceltrail.simulator.api import create_app as simulator_app
from parceltrail.simulator.clock import ManualClock
from parceltrail.simulator.journey import Journey
from parceltrail.simulator.network import Network
from parceltrail.simulator.server import ServerThread
from parceltrail.storage.tables import poll_schedule, rate_limits, shipments
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import csrf

UNKNOWN_UPS = "1Z999AA10123456784"  # valid, UPS: no connector polls UPS here


@pytest.fixture
def network(app: App, clock: FrozenClock) -> Iterator[Network]:
    """The simulator on loopback, on the app's clock, polled through the app's registry."""
    sim_clock = ManualClock(clock.now)
    network = Network(5, sim_clock)
    with ServerThread(simulator_app(network)) as server:
        app.pollers.add(SimulatorSource(server.url))
        yield network


def _parcels(network: Network, count: int) -> list[Journey]:
    return network.dispatch(count, datetime(2026, 11, 25, 6, tzinfo=UTC))


def _count(app: App, table) -> int:  # type: ignore[no-untyped-def]
    with app.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _settings(app: App, **changes: object) -> None:
    app.settings = app.settings.model_copy(update=changes)


def test_an_unknown_number_of_a_polled_carrier_starts_a_tracking_and_says_when_to_look_again(
    app: App, network: Network, http: httpx.Client, clock: FrozenClock
) -> None:
    parcel = _parcels(network, 1)[0]
    page = http.get(f"/track/{parcel.number}")
    assert page.status_code == 200
    assert "We asked Cainiao (AliExpress Standard Shipping) about this number" in page.text
    assert "Look again after about" in page.text
    assert "28 Nov 2026, 09:02 UTC" in page.text  # due now; the next sweep answers
    assert "(in about 2 min)" in page.text
    assert "24-48 hours" in page.text
    with app.engine.connect() as connection:
        due = connection.execute(select(poll_schedule.c.next_poll_at)).scalar_one()
    assert due == clock.now

    with outbound_client(timeout=5) as carrier_http:
        report = poll_due(
            uow_factory=app.uow, clients=app.pollers.clients(carrier_http), now=clock.now
        )
    assert report.new_events > 0
    again = http.get(f"/track/{parcel.number}")
    assert "Not known to parceltrail yet" not in again.text
    assert (
        "parceltrail asks Cainiao (AliExpress Standard Shipping) about this number regularly"
        in again.text
    )
    assert "24-48 hours" not in again.text  # the carrier has scanned it
    assert parcel.scans[0].description in again.text
    assert _count(app, shipments) == 1  # looking again starts nothing new


def test_the_box_starts_one_tracking_per_number_and_a_daily_cap_bounds_each_visitor(
    app: App, network: Network, http: httpx.Client, clock: FrozenClock
) -> None:
    _settings(app, standalone_per_client_per_day=2)
    parcels = _parcels(network, 4)
    box = "\n".join(p.number for p in parcels[:3])
    page = http.post("/track", data={"csrf_token": csrf(http.get("/track")), "q": box})
    assert page.status_code == 200
    assert page.text.count("We asked Cainiao") == 2
    assert "did not start tracking this number: you have started 2 new trackings today" in page.text
    assert _count(app, shipments) == 2
    with app.engine.connect() as connection:  # the cap stores a keyed hash, not the address
        keys = connection.execute(select(rate_limits.c.key)).scalars().all()
    assert not any("127.0.0.1" in key for key in keys)

    again = http.get(f"/track/{parcels[3].number}")
    assert "you have started 2 new trackings" in again.text
    # another visitor, as a proxy on loopback names it (uvicorn trusts 127.0.0.1's header)
    other = httpx.get(
        f"{http.base_url}/track/{parcels[3].number}", headers={"X-Forwarded-For": "192.0.2.7"}
    )
    assert "We asked Cainiao" in other.text
    assert _count(app, shipments) == 3
    clock.advance(hours=15)  # 29 Nov, 00:00 UTC: a new day
    later = http.get(f"/track/{parcels[2].number}")
    assert "We asked Cainiao" in later.text
    assert _count(app, shipments) == 4


def test_one_ipv6_network_is_one_visitor_whatever_address_it_takes(
    app: App, network: Network, http: httpx.Client
) -> None:
    """An IPv6 client owns a /64 (2^64 addresses): counting per address would let it start
    as many trackings as it likes, so the caps and limits count its /64 as one visitor."""
    _settings(app, standalone_per_client_per_day=2)
    parcels = _parcels(network, 4)

    def looked_up_from(address: str, parcel: Journey) -> str:
        # as a proxy on loopback names the visitor (uvicorn trusts 127.0.0.1's header)
        headers = {"X-Forwarded-For": address}
        return httpx.get(f"{http.base_url}/track/{parcel.number}", headers=headers).text

    assert "We asked Cainiao" in looked_up_from("2001:db8:1:2::1", parcels[0])
    assert "We asked Cainiao" in looked_up_from("2001:db8:1:2::2", parcels[1])
    refused = looked_up_from("2001:db8:1:2:aaaa:bbbb:cccc:dddd", parcels[2])
    assert "you have started 2 new trackings today" in refused
    assert "We asked Cainiao" in looked_up_from("2001:db8:1:3::1", parcels[3])  # another /64
    assert _count(app, shipments) == 3


def test_no_connector_or_an_invalid_number_starts_nothing_and_links_the_carrier(
    app: App, network: Network, http: httpx.Client
) -> None:
    page = http.get("/track", params={"q": f"{UNKNOWN_UPS}\nRR123456784CN"})
    assert page.status_code == 200
    assert "parceltrail cannot ask UPS itself: no connector" in page.text
    assert "ups.com" in page.text
    assert "We asked" not in page.text
    assert "Did you mean" in page.text  # the typo gets its suggestion, not a tracking
    assert _count(app, shipments) == 0


def test_the_overall_daily_cap_and_a_switched_off_start(
    app: App, network: Network, http: httpx.Client
) -> None:
    parcels = _parcels(network, 2)
    _settings(app, standalone_per_day=1)
    assert "We asked Cainiao" in http.get(f"/track/{parcels[0].number}").text
    refused = http.get(f"/track/{parcels[1].number}")
    assert "as many new trackings today (UTC) as it takes" in refused.text
    _settings(app, standalone_per_day=100, standalone_per_client_per_day=0)
    off = http.get(f"/track/{parcels[1].number}")
    assert "switched off on this parceltrail" in off.text
    assert _count(app, shipments) == 1


def test_the_api_starts_a_tracking_for_a_signed_in_caller(
    app: App, network: Network, http: httpx.Client
) -> None:
    factories.user(app, "integrator@example.com", Role.SELLER)
    token = factories.token(app, "integrator@example.com")
    auth = {"Authorization": f"Bearer {token}"}
    parcel = _parcels(network, 1)[0]
    assert (
        http.post("/api/v1/trackings", json={"tracking_number": parcel.number}).status_code == 401
    )
    made = http.post("/api/v1/trackings", json={"tracking_number": parcel.number}, headers=auth)
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["polling"]["carrier"] == "cainiao"
    assert body["polling"]["look_again_at"] == "2026-11-28T09:02:00+00:00"
    assert "24-48 hours" in body["polling"]["note"]
    again = http.post("/api/v1/trackings", json={"tracking_number": parcel.number}, headers=auth)
    assert again.status_code == 200
    ups = http.post("/api/v1/trackings", json={"tracking_number": UNKNOWN_UPS}, headers=auth)
    assert (ups.status_code, ups.json()["error"]["code"]) == (422, "carrier_not_pollable")
    typo = http.post("/api/v1/trackings", json={"tracking_number": "RR123456784CN"}, headers=auth)
    assert (typo.status_code, typo.json()["error"]["code"]) == (422, "invalid_tracking_number")
    long = http.post("/api/v1/trackings", json={"tracking_number": "9" * 500}, headers=auth)
    assert (long.status_code, long.json()["error"]["code"]) == (422, "invalid_request")

    _settings(app, standalone_per_client_per_day=1)
    second = _parcels(network, 1)[0]
    capped = http.post("/api/v1/trackings", json={"tracking_number": second.number}, headers=auth)
    assert capped.status_code == 429
    assert capped.json()["error"]["code"] == "rate_limited"
    assert int(capped.headers["Retry-After"]) > 3600
    assert _count(app, shipments) == 1
