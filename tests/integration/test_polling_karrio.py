"""Polling USPS through karrio with ``poll_due``, on SQLite and PostgreSQL.

The carrier is a recording (tests/unit/connectors/karrio/conftest.py): karrio's real code
builds the requests and parses the recorded USPS API v3 answers; sockets are shut.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from parceltrail.connectors.karrio import CARRIERS, KarrioClient, _transport, load_karrio
from parceltrail.domain.status import SubStatus
from parceltrail.services import inbound
from parceltrail.services.polling import poll_due
from tests.unit.connectors.karrio.conftest import (  # noqa: F401  (the fixture)
    RecordedCarrier,
    needs_karrio,
    no_network,
    recorded,
)

pytestmark = needs_karrio

DELIVERED = "9400109104250532908587"
CREDENTIALS = {"client_id": "recorded-client-id", "client_secret": "recorded-secret"}


@pytest.fixture
def usps(no_network: None) -> Iterator[RecordedCarrier]:  # noqa: F811
    load_karrio("usps", "karrio-usps")
    recording = RecordedCarrier()
    recording.on("POST", r"/oauth2/v3/token$", recorded("usps_token.json"))
    with _transport.use_opener(recording):
        yield recording


def _start(app, clock) -> None:
    with app.uow() as uow:
        inbound.start_tracking(uow=uow, tracking_number=DELIVERED, carrier="usps", now=clock.now)


def test_a_usps_parcel_is_polled_to_delivered_and_polling_stops(app, clock, usps):
    usps.on("GET", rf"/tracking/{DELIVERED}\?", recorded("usps_tracking_delivered.json"))
    _start(app, clock)
    clients = {"usps": KarrioClient(CARRIERS["usps"], CREDENTIALS)}

    report = poll_due(uow_factory=app.uow, clients=clients, now=clock.now)

    [usps_report] = report.carriers
    assert (usps_report.requests, usps_report.polled, usps_report.new_events) == (1, 1, 7)
    with app.uow() as uow:
        shipment = uow.shipments.by_numbers([DELIVERED])[DELIVERED]
    assert shipment.state.sub_status is SubStatus.DELIVERED
    clock.advance(days=2)
    again = poll_due(uow_factory=app.uow, clients=clients, now=clock.now)
    assert again.requests == 0  # a final state stops the polls


def test_a_failing_usps_backs_off_and_leaves_the_shipment_untouched(app, clock, usps):
    usps.on("GET", r"/tracking/", recorded("server_error.html", 503))
    _start(app, clock)
    clients = {"usps": KarrioClient(CARRIERS["usps"], CREDENTIALS)}

    report = poll_due(uow_factory=app.uow, clients=clients, now=clock.now)

    assert "usps answered 503" in (report.carriers[0].error or "")
    with app.uow() as uow:
        health = uow.polls.health("usps")
        shipment = uow.shipments.by_numbers([DELIVERED])[DELIVERED]
    assert health is not None
    assert health.consecutive_failures == 1
    assert health.backoff_until is not None
    assert health.backoff_until > clock.now
    assert shipment.state.sub_status is SubStatus.PENDING
    clock.advance(minutes=1)
    skipped = poll_due(uow_factory=app.uow, clients=clients, now=clock.now + timedelta(0))
    assert skipped.carriers[0].skipped == "backing_off"
