"""USPS through karrio (extension karrio-usps, USPS Tracking API v3).

Recorded bodies in tests/data/karrio/usps_*.json follow the shapes of the USPS API v3
(https://developers.usps.com/trackingv3) as karrio's own suite records them
(karrio modules/connectors/usps/tests/usps/test_tracking.py): an OAuth token, a tracking
answer with ``trackingEvents`` newest first, a 404 error document, an ``invalid_client``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.connectors.karrio import CARRIERS, CarrierRefusedCredentials, KarrioClient
from parceltrail.domain.status import SubStatus
from parceltrail.services.polling_ports import CarrierUnavailable

from .conftest import RecordedCarrier, Reply, needs_karrio, recorded

pytestmark = needs_karrio

NOW = datetime(2024, 11, 23, 12, 0, tzinfo=UTC)
DELIVERED = "9400109104250532908587"
UNKNOWN = "9400109104250532999999"
CREDENTIALS = {"client_id": "recorded-client-id", "client_secret": "recorded-secret"}
TOKEN = r"/oauth2/v3/token$"


def track(carrier: RecordedCarrier, *numbers: str, now: datetime = NOW):
    client = KarrioClient(CARRIERS["usps"], CREDENTIALS)
    return client.track(list(numbers), now=now)


def test_a_delivered_parcel_reads_as_our_statuses_in_local_time(carrier: RecordedCarrier):
    carrier.on("POST", TOKEN, recorded("usps_token.json"))
    carrier.on(
        "GET", rf"/tracking/v3/tracking/{DELIVERED}\?", recorded("usps_tracking_delivered.json")
    )

    [answer] = track(carrier, DELIVERED)

    assert answer.error is None
    assert answer.rejected_events == 0
    by_text = {e.description: e for e in answer.events}
    assert by_text["Delivered, Parcel Locker"].sub_status is SubStatus.DELIVERED
    assert by_text["Out for Delivery"].sub_status is SubStatus.OUT_FOR_DELIVERY
    # karrio leaves these unmapped or generic: the text decides
    assert (
        by_text["Shipping Label Created, USPS Awaiting Item"].sub_status is SubStatus.INFO_RECEIVED
    )
    assert by_text["In Transit to Next Facility"].sub_status is SubStatus.IN_TRANSIT
    delivered = by_text["Delivered, Parcel Locker"]
    # 13:58 in Florida (EST, -05:00), as the carrier's own GMTTimestamp says
    assert delivered.occurred_at == datetime(2024, 11, 22, 18, 58, tzinfo=UTC)
    assert delivered.utc_offset_minutes == -300
    assert delivered.location.city == "HERNANDO, 34442, FL"
    assert delivered.carrier == "usps"
    assert delivered.source == "karrio"
    assert delivered.raw_code == "01"
    assert [m for m, _ in carrier.requests] == ["POST", "GET"]


def test_an_unknown_number_is_not_found_and_the_others_still_answer(carrier: RecordedCarrier):
    carrier.on("POST", TOKEN, recorded("usps_token.json"))
    carrier.on("GET", rf"/tracking/{DELIVERED}\?", recorded("usps_tracking_delivered.json"))
    carrier.on("GET", rf"/tracking/{UNKNOWN}\?", recorded("usps_not_found.json", 404))

    answers = {a.number: a for a in track(carrier, DELIVERED, UNKNOWN)}

    assert answers[UNKNOWN].error == "not_found"
    assert answers[UNKNOWN].events == []
    assert answers[DELIVERED].error is None
    assert len(answers[DELIVERED].events) == 7


def test_events_from_1970_or_next_year_are_rejected_and_counted(carrier: RecordedCarrier):
    carrier.on("POST", TOKEN, recorded("usps_token.json"))
    carrier.on(
        "GET", r"/tracking/9400109104250532900001\?", recorded("usps_tracking_bad_dates.json")
    )

    [answer] = track(carrier, "9400109104250532900001")

    assert [e.description for e in answer.events] == ["Arrived at USPS Regional Facility"]
    assert answer.rejected_events == 2


def test_a_time_karrio_cannot_read_fails_the_answer_without_touching_anything(
    carrier: RecordedCarrier,
):
    body = recorded("usps_tracking_delivered.json").body.replace(
        b'"2024-11-22T09:10:00"', b'"the day after"'
    )
    carrier.on("POST", TOKEN, recorded("usps_token.json"))
    carrier.on("GET", r"/tracking/", Reply(200, body))

    # karrio's parser raises on the whole answer: nothing is applied, the carrier backs off
    with pytest.raises(CarrierUnavailable, match=r"could not be used: .*the day after"):
        track(carrier, DELIVERED)


def test_refused_credentials_are_a_configuration_error_naming_the_setting(carrier: RecordedCarrier):
    carrier.on("POST", TOKEN, recorded("usps_auth_error.json", 401))

    with pytest.raises(CarrierRefusedCredentials, match="PARCELTRAIL_KARRIO_USPS") as caught:
        track(carrier, DELIVERED)

    assert "Client authentication failed" in caught.value.message
    assert "recorded-secret" not in caught.value.message
    assert isinstance(caught.value, CarrierUnavailable)  # the scheduler backs off


def test_a_502_makes_the_carrier_unavailable_with_its_retry_after(carrier: RecordedCarrier):
    carrier.on("POST", TOKEN, recorded("usps_token.json"))
    carrier.on("GET", r"/tracking/", recorded("server_error.html", 502, **{"Retry-After": "120"}))

    with pytest.raises(CarrierUnavailable, match="usps answered 502") as caught:
        track(carrier, DELIVERED)

    assert caught.value.retry_after == 120


def test_a_timeout_makes_the_carrier_unavailable(carrier: RecordedCarrier):
    carrier.on("POST", TOKEN, recorded("usps_token.json"))
    carrier.on("GET", r"/tracking/", Reply(raises=TimeoutError("The read operation timed out")))

    with pytest.raises(CarrierUnavailable, match="no answer: TimeoutError"):
        track(carrier, DELIVERED)


def test_truncated_json_makes_the_carrier_unavailable_not_a_crash(carrier: RecordedCarrier):
    body = recorded("usps_tracking_delivered.json").body
    carrier.on("POST", TOKEN, recorded("usps_token.json"))
    carrier.on("GET", r"/tracking/", Reply(200, body[: len(body) // 2]))

    with pytest.raises(CarrierUnavailable, match="could not be used"):
        track(carrier, DELIVERED)


def test_more_numbers_than_the_batch_limit_are_refused(carrier: RecordedCarrier):
    client = KarrioClient(CARRIERS["usps"], CREDENTIALS)
    with pytest.raises(ValueError, match="at most 10"):
        client.track([str(n) for n in range(11)], now=NOW + timedelta(0))
