"""UPS, FedEx, Canada Post and DHL through karrio, on recorded carrier answers.

Recorded bodies in tests/data/karrio/ follow each API's documented shape, as karrio's own
suites record them (karrio modules/connectors/<carrier>/tests/<carrier>/test_tracking.py):
UPS Track API v1 (``trackResponse.shipment[].package[].activity[]``, warning ``TW0001``),
FedEx Track API v1 (``output.completeTrackResults[]``, error
``TRACKING.TRACKINGNUMBER.NOTFOUND``), Canada Post VIS track v2 XML
(``tracking-detail/significant-events/occurrence``, message ``004 No Pin History``) and
DHL's unified Shipment Tracking API (``shipments[].events[]``, a 404 problem document).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest

from parceltrail.connectors.karrio import CARRIERS, CarrierRefusedCredentials, KarrioClient
from parceltrail.domain.status import SubStatus
from parceltrail.services.polling_ports import CarrierUnavailable, TrackedNumber

from .conftest import RecordedCarrier, needs_karrio, recorded

pytestmark = needs_karrio

NOW = datetime(2024, 11, 23, 12, 0, tzinfo=UTC)
UPS = {"client_id": "recorded-id", "client_secret": "recorded-secret"}
FEDEX = {"track_api_key": "recorded-key", "track_secret_key": "recorded-secret"}
CANADA_POST = {"username": "recorded-user", "password": "recorded-password"}
DHL = {"consumer_key": "recorded-key", "consumer_secret": "recorded-secret"}


def statuses(answer: TrackedNumber) -> dict[str, SubStatus | None]:
    return {e.description: e.sub_status for e in answer.events}


def test_ups_statuses_incidents_and_unmapped_events(carrier: RecordedCarrier):
    carrier.on("POST", r"/security/v1/oauth/token$", recorded("ups_token.json"))
    carrier.on(
        "GET", r"/api/track/v1/details/1ZA82D672031716786\?", recorded("ups_tracking_customs.json")
    )

    [answer] = KarrioClient(CARRIERS["ups"], UPS).track(["1ZA82D672031716786"], now=NOW)

    found = statuses(answer)
    assert found["Shipper created a label, UPS has not received the package yet."] is (
        SubStatus.INFO_RECEIVED
    )
    assert found["Origin Scan"] is SubStatus.ACCEPTED
    # karrio gives AR the reason "access restricted" too; on a transit scan the text decides
    assert found["Arrived at Facility"] is SubStatus.IN_TRANSIT
    # karrio says on_hold (type X); the text says which hold it was
    assert found["Your package was released by the customs agency."] is SubStatus.CUSTOMS_CLEARED
    missed = (
        "The receiver was not available for delivery. "
        "We'll make a second attempt the next business day."
    )
    assert found[missed] is SubStatus.FAILED_ATTEMPT
    released = next(e for e in answer.events if e.raw_code == "SR")
    assert released.occurred_at == datetime(2024, 11, 21, 12, 13, tzinfo=UTC)  # 07:13 in NJ


def test_ups_warning_about_a_lone_number_is_not_found(carrier: RecordedCarrier):
    carrier.on("POST", r"/oauth/token$", recorded("ups_token.json"))
    carrier.on("GET", r"/details/1Z0000000000000000\?", recorded("ups_not_found.json"))

    answers = KarrioClient(CARRIERS["ups"], UPS).track(["1Z0000000000000000"], now=NOW)

    assert answers == [TrackedNumber("1Z0000000000000000", error="not_found")]


def test_fedex_batch_with_a_delivered_and_an_unknown_number(carrier: RecordedCarrier):
    carrier.on("POST", r"/oauth/token$", recorded("fedex_token.json"))
    carrier.on("POST", r"/track/v1/trackingnumbers$", recorded("fedex_tracking.json"))
    carrier.on("POST", r"/track/v1/trackingdocuments$", recorded("fedex_documents.json"))

    answers = KarrioClient(CARRIERS["fedex"], FEDEX).track(
        ["794843185271", "123456789012"], now=NOW
    )

    delivered, unknown = answers
    assert unknown == TrackedNumber("123456789012", error="not_found")
    found = statuses(delivered)
    assert found["Delivered"] is SubStatus.DELIVERED
    assert found["On FedEx vehicle for delivery"] is SubStatus.OUT_FOR_DELIVERY
    assert found["Picked up"] is SubStatus.ACCEPTED
    assert found["Departed FedEx location"] is SubStatus.IN_TRANSIT
    picked_up = next(e for e in delivered.events if e.raw_code == "PU")
    assert picked_up.utc_offset_minutes == -480  # Sacramento, CA


def test_fedex_refused_credentials(carrier: RecordedCarrier):
    carrier.on("POST", r"/oauth/token$", recorded("fedex_auth_error.json", 401))

    with pytest.raises(CarrierRefusedCredentials, match="PARCELTRAIL_KARRIO_FEDEX"):
        KarrioClient(CARRIERS["fedex"], FEDEX).track(["794843185271"], now=NOW)


def test_canada_post_xml_and_no_pin_history(carrier: RecordedCarrier):
    carrier.on(
        "GET", r"/vis/track/pin/1371134583769923/detail$", recorded("canadapost_tracking.xml")
    )
    carrier.on(
        "GET", r"/vis/track/pin/1371134583769900/detail$", recorded("canadapost_not_found.xml", 404)
    )

    client = KarrioClient(CARRIERS["canada_post"], CANADA_POST)
    answers = client.track(["1371134583769923", "1371134583769900"], now=NOW)

    followed, unknown = answers
    assert unknown.error == "not_found"
    found = statuses(followed)
    assert found["Item delivered to parcel locker"] is SubStatus.DELIVERED
    assert found["Item out for delivery"] is SubStatus.OUT_FOR_DELIVERY
    assert found["Item accepted at the Post Office"] is SubStatus.ACCEPTED
    # karrio says nothing; the text classifier reads "processed" as a transit scan, as carriers'
    # own tables do (tests/data/carrier_texts.tsv), with a less-than-sure confidence.
    assert found["Item processed"] is SubStatus.IN_TRANSIT
    accepted = next(e for e in followed.events if e.raw_code == "3000")
    assert accepted.occurred_at == datetime(2024, 11, 20, 0, 45, tzinfo=UTC)  # 16:45 in BC
    assert followed.events[0].carrier == "canada_post"


def test_canada_post_alone_is_asked_twice_so_karrio_reads_it(carrier: RecordedCarrier):
    carrier.on("GET", r"/pin/1371134583769923/detail$", recorded("canadapost_tracking.xml"))

    client = KarrioClient(CARRIERS["canada_post"], CANADA_POST)
    [answer] = client.track(["1371134583769923"], now=NOW)

    assert len(answer.events) == 4
    assert len(carrier.requests) == 2


def test_dhl_unified_tracking_with_customs_and_an_unknown_number(carrier: RecordedCarrier):
    carrier.on("GET", r"trackingNumber=7777777770", recorded("dhl_tracking.json"))
    carrier.on("GET", r"trackingNumber=7777777779", recorded("dhl_not_found.json", 404))

    client = KarrioClient(CARRIERS["dhl_express"], DHL)
    followed, unknown = client.track(["7777777770", "7777777779"], now=NOW)

    assert unknown.error == "not_found"
    found = statuses(followed)
    assert found["Shipment picked up"] is SubStatus.ACCEPTED
    assert found["Customs status updated"] is SubStatus.CUSTOMS_STARTED
    assert found["Shipment is on hold"] is SubStatus.EXCEPTION
    assert {e.utc_offset_minutes for e in followed.events} == {60}  # Europe/Berlin by default


def test_a_status_karrio_does_not_know_is_classified_from_the_text(carrier: RecordedCarrier):
    carrier.on("GET", r"trackingNumber=7777777771", recorded("dhl_unknown_status.json"))

    [answer] = KarrioClient(CARRIERS["dhl_express"], DHL).track(["7777777771"], now=NOW)

    found = statuses(answer)
    assert found["Die Sendung wurde dem Empfänger zugestellt."] is SubStatus.DELIVERED
    assert found["Xq7 zzv 00-19"] is None
    assert {e.raw_code for e in answer.events} == {"quarantined"}


def test_a_configured_zone_replaces_the_carrier_default(carrier: RecordedCarrier):
    carrier.on("GET", r"trackingNumber=7777777770", recorded("dhl_tracking.json"))

    client = KarrioClient(CARRIERS["dhl_express"], DHL, default_zone="Asia/Hong_Kong")
    [answer] = client.track(["7777777770"], now=NOW)

    assert {e.utc_offset_minutes for e in answer.events} == {480}


def test_a_500_from_dhl_makes_it_unavailable(carrier: RecordedCarrier):
    carrier.on("GET", r"/track/shipments", recorded("server_error.html", 500))

    with pytest.raises(CarrierUnavailable, match="dhl_express answered 500"):
        KarrioClient(CARRIERS["dhl_express"], DHL).track(["7777777770"], now=NOW)


def test_polling_from_a_thread_with_a_running_event_loop_works(carrier: RecordedCarrier):
    """karrio's Canada Post and USPS calls use asyncio.run, refused inside a running loop."""
    carrier.on("GET", r"/pin/1371134583769923/detail$", recorded("canadapost_tracking.xml"))
    client = KarrioClient(CARRIERS["canada_post"], CANADA_POST)

    async def poll_inside_a_loop() -> list[TrackedNumber]:
        return client.track(["1371134583769923"], now=NOW)

    # a thread of its own: the test runner's main thread may already run a loop
    with ThreadPoolExecutor(max_workers=1) as pool:
        [answer] = pool.submit(asyncio.run, poll_inside_a_loop()).result()

    assert len(answer.events) == 4
