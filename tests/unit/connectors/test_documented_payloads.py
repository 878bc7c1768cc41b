"""Payloads documented or recorded by the providers themselves, read as the webhook route
and the backends read them (sources in tests/data/webhooks/SOURCES.md and
tests/data/backends/SOURCES.md)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from parceltrail.connectors import aftership, easypost, seventeentrack, ship24
from parceltrail.connectors.backends.aftership import _tracking
from parceltrail.connectors.base import PayloadInvalid, SignatureInvalid
from parceltrail.domain.status import SubStatus

DATA = Path(__file__).parents[2] / "data"

# EasyPost's client libraries test validate_webhook with this secret and this header
# (github.com/EasyPost/examples official/fixtures/client-library-fixtures.json, "webhooks").
EASYPOST_SECRET = "sécret"
EASYPOST_SIGNATURE = (
    "hmac-sha256-hex=38f3f53c103713df81616a0a186d77141957323ec21d5fe9363db93840f527db"
)


def easypost_body() -> bytes:
    """The fixture's bytes as the clients sign them: the JSON without the file's last newline."""
    return (DATA / "webhooks" / "easypost_sdk_event_body.json").read_bytes().rstrip(b"\n")


# --- EasyPost: the event body EasyPost's own client libraries verify ---------------------


def test_easypost_s_own_signature_of_its_own_event_body_is_accepted() -> None:
    body = easypost_body()
    assert easypost.sign(body, EASYPOST_SECRET) == EASYPOST_SIGNATURE
    parsed = easypost.parse(
        body, {"x-hmac-signature": EASYPOST_SIGNATURE}, secret=EASYPOST_SECRET, now=NOW_EP
    )
    assert (parsed.tracking_number, parsed.carrier) == ("1", "FedEx")
    assert (parsed.delivery_id, parsed.event_type) == ("evt_1", "tracker.updated")
    assert parsed.rejections == []


def test_easypost_s_event_body_with_another_secret_is_refused() -> None:
    with pytest.raises(SignatureInvalid):
        easypost.parse(
            easypost_body(), {"X-Hmac-Signature": EASYPOST_SIGNATURE}, secret="secret", now=NOW_EP
        )


NOW_EP = datetime(2024, 8, 3, 0, 0, tzinfo=UTC)


def test_easypost_s_event_body_events_times_statuses_and_places() -> None:
    body = easypost_body()
    parsed = easypost.parse(
        body, {"X-Hmac-Signature": EASYPOST_SIGNATURE}, secret=EASYPOST_SECRET, now=NOW_EP
    )
    seen = [
        (e.occurred_at, e.sub_status, e.description, e.raw_code, str(e.location))
        for e in parsed.events
    ]
    assert seen == [
        (
            datetime(2024, 7, 31, 15, 0, tzinfo=UTC),
            SubStatus.INFO_RECEIVED,
            "Shipment information sent to FedEx",
            "pre_transit/label_created",
            "32837, US",
        ),
        (
            datetime(2024, 7, 31, 19, 27, tzinfo=UTC),
            SubStatus.IN_TRANSIT,
            "Picked up",
            "in_transit/arrived_at_facility",
            "ORLANDO, FL, 32809, US",
        ),
        (
            datetime(2024, 7, 31, 22, 35, tzinfo=UTC),
            SubStatus.IN_TRANSIT,
            "Arrived at FedEx location",
            "in_transit/arrived_at_facility",
            "ORLANDO, FL, 32809, US",
        ),
        (
            datetime(2024, 8, 1, 14, 42, 13, tzinfo=UTC),
            SubStatus.IN_TRANSIT,
            "Departed FedEx location",
            "in_transit/departed_facility",
            "ORLANDO, FL, 32809, US",
        ),
        (
            datetime(2024, 8, 2, 2, 46, 19, tzinfo=UTC),
            SubStatus.IN_TRANSIT,  # status_detail "unknown": the status decides
            "On the way",
            "in_transit/unknown",
            "KENLY, NC, 27542, US",
        ),
        (
            datetime(2024, 8, 2, 18, 35, 20, tzinfo=UTC),
            SubStatus.IN_TRANSIT,
            "On the way",
            "in_transit/unknown",
            "EDISON TWP, NJ, 08817, US",
        ),
        (
            datetime(2024, 8, 2, 18, 50, tzinfo=UTC),
            SubStatus.IN_TRANSIT,
            "Arrived at FedEx location",
            "in_transit/arrived_at_facility",
            "EDISON, NJ, 08817, US",
        ),
    ]
    assert all(e.utc_offset_minutes == 0 for e in parsed.events)  # "Z": UTC, kept as such
    assert parsed.carrier_eta == date(2024, 8, 5)
    assert parsed.vouched is not None
    assert parsed.vouched.sub_status is SubStatus.IN_TRANSIT
    assert parsed.vouched.reported_at == datetime(2024, 8, 2, 19, 26, 51, tzinfo=UTC)


def test_easypost_s_event_body_resent_gives_the_same_event_keys() -> None:
    """A resend (EasyPost retries) and the same tracker re-serialised with its details in
    another order name the same events."""
    body = easypost_body()
    headers = {"X-Hmac-Signature": EASYPOST_SIGNATURE}
    first = easypost.parse(body, headers, secret=EASYPOST_SECRET, now=NOW_EP)
    again = easypost.parse(body, headers, secret=EASYPOST_SECRET, now=NOW_EP)
    payload: dict[str, Any] = json.loads(body)
    payload["result"]["tracking_details"].reverse()
    reordered = json.dumps(payload).encode()
    shuffled = easypost.parse(
        reordered,
        {"X-Hmac-Signature": easypost.sign(reordered, EASYPOST_SECRET)},
        secret=EASYPOST_SECRET,
        now=NOW_EP,
    )
    keys = [e.key for e in first.events]
    assert len(set(keys)) == 7
    assert [e.key for e in again.events] == keys
    assert sorted(e.key for e in shuffled.events) == sorted(keys)


# --- AfterShip: the v4 tracking AfterShip's Java SDK tests with (a FedEx CN -> JP parcel) ---

NOW_AS = datetime(2018, 8, 17, 6, 0, tzinfo=UTC)


def aftership_v4_tracking() -> dict[str, Any]:
    answer = json.loads((DATA / "backends" / "aftership_v4_get_tracking_java_sdk.json").read_text())
    return _tracking(answer)


def test_aftership_v4_tracking_reads_every_checkpoint_with_its_offset() -> None:
    tracking = aftership_v4_tracking()
    events, rejections = aftership.tracking_events(tracking, number="111111111111", now=NOW_AS)
    assert rejections == []
    assert len(events) == 14
    first, picked_up, delivered = events[0], events[1], events[-1]
    # "2018-07-23T01:21:39-05:00", no place at all: the offset alone says where in time.
    assert (first.occurred_at, first.utc_offset_minutes) == (
        datetime(2018, 7, 23, 6, 21, 39, tzinfo=UTC),
        -300,
    )
    assert str(first.location) == ""
    assert first.sub_status is SubStatus.INFO_RECEIVED
    # city null, location "DONGGUAN CN", country_iso3 CHN
    assert (picked_up.location.city, picked_up.location.country) == ("DONGGUAN CN", "CN")
    assert picked_up.sub_status is SubStatus.ACCEPTED  # InTransit_002, acceptance scan
    assert (delivered.occurred_at, delivered.utc_offset_minutes) == (
        datetime(2018, 7, 25, 1, 10, tzinfo=UTC),
        540,
    )
    assert (delivered.sub_status, delivered.location.city) == (SubStatus.DELIVERED, "SAPPORO JP")
    assert {e.carrier for e in events} == {"fedex"}
    vouched = aftership.tracking_status(tracking, now=NOW_AS)
    assert vouched is not None
    assert vouched.sub_status is SubStatus.DELIVERED
    assert vouched.reported_at == datetime(2018, 8, 17, 5, 10, 46, tzinfo=UTC)
    assert aftership.carrier_eta(tracking) is None  # expected_delivery null


def test_aftership_departure_scans_in_the_destination_country_are_not_the_origin_s() -> None:
    """InTransit_007 ("Departure Scan") is any facility's: the three in China stay the
    departure from the origin; "International shipment release - Import" at Narita after
    InTransit_004 is movement inside Japan, and does not send the parcel back a step."""
    events, _ = aftership.tracking_events(
        aftership_v4_tracking(), number="111111111111", now=NOW_AS
    )
    departures = [
        (e.location.country, e.description, e.sub_status)
        for e in events
        if e.raw_code == "InTransit_007"
    ]
    assert departures == [
        ("CN", "Left FedEx origin facility", SubStatus.DEPARTED_ORIGIN),
        ("CN", "International shipment release - Export", SubStatus.DEPARTED_ORIGIN),
        ("CN", "Departed FedEx location", SubStatus.DEPARTED_ORIGIN),
        ("JP", "International shipment release - Import", SubStatus.IN_TRANSIT),
    ]


def test_aftership_departure_scans_of_a_domestic_or_unplaced_tracking_stay_departures() -> None:
    tracking = aftership_v4_tracking()
    tracking["origin_country_iso3"] = "JPN"  # domestic: no destination to tell apart
    events, _ = aftership.tracking_events(tracking, number="111111111111", now=NOW_AS)
    assert {e.sub_status for e in events if e.raw_code == "InTransit_007"} == {
        SubStatus.DEPARTED_ORIGIN
    }
    versioned = aftership_v4_tracking()  # the versioned API's field names
    versioned["origin_country_region"] = versioned.pop("origin_country_iso3")
    versioned["destination_country_region"] = versioned.pop("destination_country_iso3")
    for checkpoint in versioned["checkpoints"]:
        checkpoint["country_region"] = checkpoint.pop("country_iso3")
    events, _ = aftership.tracking_events(versioned, number="111111111111", now=NOW_AS)
    assert [e.sub_status for e in events if e.raw_code == "InTransit_007"][-1] is (
        SubStatus.IN_TRANSIT
    )


# --- Ship24: the webhook body of the reference's webhook-history example -------------------

NOW_S24 = datetime(2026, 5, 21, 0, 0, tzinfo=UTC)


def ship24_history_body() -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(
        (DATA / "webhooks" / "ship24_webhook_history_request_body.json").read_text()
    )
    return payload


def parse_ship24(payload: dict[str, Any]) -> Any:
    body = json.dumps(payload).encode()
    return ship24.parse(body, {"Authorization": "Bearer s"}, secret="s", now=NOW_S24)


def test_ship24_delivery_without_a_tracker_object_is_read_by_its_shipment_s_number() -> None:
    parsed = parse_ship24(ship24_history_body())
    assert parsed.tracking_number == "9400115901047177598206"
    assert parsed.rejections == []
    [event] = parsed.events
    assert event.occurred_at == datetime(2026, 5, 20, 10, 0, tzinfo=UTC)  # "...000Z"
    assert event.utc_offset_minutes == 0
    assert event.description == "delivered"  # the event's raw status text
    # no statusMilestone on the event: its text says delivered
    assert (event.sub_status, event.status_from_text) == (SubStatus.DELIVERED, True)
    assert event.location.city == "New York, NY"
    assert event.carrier == ship24.courier("usps")
    assert parsed.vouched is not None
    assert parsed.vouched.sub_status is SubStatus.DELIVERED  # the shipment's milestone


def test_ship24_number_comes_from_the_events_when_the_shipment_names_none() -> None:
    payload = ship24_history_body()
    del payload["trackings"][0]["shipment"]["trackingNumber"]
    assert parse_ship24(payload).tracking_number == "9400115901047177598206"


def test_ship24_delivery_naming_no_number_or_two_numbers_is_refused_with_where_to_look() -> None:
    payload = ship24_history_body()
    del payload["trackings"][0]["shipment"]["trackingNumber"]
    payload["trackings"][0]["events"].append(
        {**payload["trackings"][0]["events"][0], "trackingNumber": "LX123456789CN"}
    )
    with pytest.raises(PayloadInvalid) as refused:
        parse_ship24(payload)
    assert "shipment.trackingNumber" in refused.value.message
    for event in payload["trackings"][0]["events"]:
        del event["trackingNumber"]
    with pytest.raises(PayloadInvalid):
        parse_ship24(payload)


# --- AfterShip: the Java SDK's list of trackings (a US FedEx parcel, two expired) -----------


def aftership_v4_trackings() -> list[dict[str, Any]]:
    answer = json.loads(
        (DATA / "backends" / "aftership_v4_get_trackings_java_sdk.json").read_text()
    )
    trackings: list[dict[str, Any]] = answer["data"]["trackings"]
    return trackings


def test_aftership_v4_us_fedex_checkpoints_keep_their_offsets() -> None:
    fedex, expired_ups, expired_usps = aftership_v4_trackings()
    events, rejections = aftership.tracking_events(fedex, number="1111111111111", now=NOW_AS)
    assert rejections == []
    assert len(events) == 11
    assert {e.utc_offset_minutes for e in events} == {-240}
    picked_up = events[1]
    assert (picked_up.description, picked_up.occurred_at) == (
        "Picked up",
        datetime(2018, 7, 31, 20, 47, tzinfo=UTC),  # 16:47-04:00
    )
    assert picked_up.location.city == "BROOKLYN, NY"
    assert picked_up.location.country is None  # as given: the checkpoint names none
    for expired in (expired_ups, expired_usps):  # no checkpoints at all
        assert aftership.tracking_events(expired, number="X1", now=NOW_AS) == ([], [])
        vouched = aftership.tracking_status(expired, now=NOW_AS)
        assert vouched is not None
        assert vouched.sub_status is SubStatus.EXPIRED


def test_aftership_local_times_without_offset_in_a_us_state_give_the_same_instants() -> None:
    """AfterShip documents a time without offset as the checkpoint's local time. The same
    checkpoints written that way (the -04:00 cut off) are read in their state's zone (NY, NJ:
    New York time) and land on the very instants the offsets give; the first checkpoint names
    no state and is rejected rather than guessed."""
    fedex = aftership_v4_trackings()[0]
    with_offsets, _ = aftership.tracking_events(fedex, number="1111111111111", now=NOW_AS)
    for checkpoint in fedex["checkpoints"]:
        checkpoint["checkpoint_time"] = checkpoint["checkpoint_time"].removesuffix("-04:00")
    local, rejections = aftership.tracking_events(fedex, number="1111111111111", now=NOW_AS)
    assert [(r.index, r.reason) for r in rejections] == [(0, "time_without_offset")]
    assert [(e.occurred_at, e.utc_offset_minutes) for e in local] == [
        (e.occurred_at, e.utc_offset_minutes) for e in with_offsets[1:]
    ]
    assert [e.key for e in local] == [e.key for e in with_offsets[1:]]  # a resend merges


# --- values no provider documents yet: kept, with their text and their code ----------------


def test_undocumented_easypost_status_keeps_the_detail_its_text_and_its_code() -> None:
    payload = json.loads(easypost_body())
    detail = payload["result"]["tracking_details"][1]
    detail["status"], detail["status_detail"] = "teleported", "beamed_up"
    body = json.dumps(payload).encode()
    parsed = easypost.parse(
        body,
        {"X-Hmac-Signature": easypost.sign(body, EASYPOST_SECRET)},
        secret=EASYPOST_SECRET,
        now=NOW_EP,
    )
    assert parsed.rejections == []
    event = parsed.events[1]
    assert (event.description, event.raw_code) == ("Picked up", "teleported/beamed_up")
    assert (event.sub_status, event.status_from_text) == (SubStatus.ACCEPTED, True)


def test_undocumented_ship24_milestone_keeps_the_event_its_text_and_its_code() -> None:
    payload = ship24_history_body()
    event = payload["trackings"][0]["events"][0]
    event["statusMilestone"], event["statusCode"] = "teleported", "transit_beamed"
    event["status"] = "In transit to the destination country"
    [kept] = parse_ship24(payload).events
    assert (kept.description, kept.raw_code) == (
        "In transit to the destination country",
        "transit_beamed",
    )
    # no milestone parceltrail knows: the text decides
    assert (kept.sub_status, kept.status_from_text) == (SubStatus.IN_TRANSIT, True)


# --- 17TRACK: a v2.2 push for DHL Paket, events with a stage and no sub_status -------------


def test_17track_push_without_event_sub_status_reads_the_stage_and_keeps_the_offset() -> None:
    body = (DATA / "webhooks" / "seventeentrack_dhl_paket_tracking_updated.json").read_bytes()
    now = datetime(2022, 10, 11, 13, 0, tzinfo=UTC)
    parsed = seventeentrack.parse(
        body, {"sign": seventeentrack.sign(body, "key")}, secret="key", now=now
    )
    assert (parsed.tracking_number, parsed.carrier, parsed.event_type) == (
        "1234567890",
        "7041",
        "TRACKING_UPDATED",
    )
    assert parsed.rejections == []
    [event] = parsed.events
    # +01:00 as 17TRACK gives it (Hamburg was on +02:00 that day): the offset is kept as
    # given, and time_utc says the same instant.
    assert (event.occurred_at, event.utc_offset_minutes) == (
        datetime(2022, 9, 14, 7, 47, tzinfo=UTC),
        60,
    )
    assert (event.sub_status, event.raw_code) == (
        SubStatus.AVAILABLE_FOR_PICKUP,
        "AvailableForPickup",
    )
    assert event.description.startswith("The shipment is available for pick-up")
    assert event.carrier == "7041"  # the leg's provider key
    # the tracking's own latest_status is Exception_Other: kept as the source's word
    assert parsed.vouched is not None
    assert parsed.vouched.sub_status is SubStatus.EXCEPTION
    assert parsed.vouched.reported_at == datetime(2022, 9, 14, 7, 47, tzinfo=UTC)
    assert parsed.carrier_eta is None  # estimated_delivery_date all null


def test_a_location_that_only_names_a_country_is_the_country_not_a_place() -> None:
    """The 17TRACK push's event: location "Germany", address all null."""
    body = (DATA / "webhooks" / "seventeentrack_dhl_paket_tracking_updated.json").read_bytes()
    now = datetime(2022, 10, 11, 13, 0, tzinfo=UTC)
    parsed = seventeentrack.parse(
        body, {"sign": seventeentrack.sign(body, "key")}, secret="key", now=now
    )
    [event] = parsed.events
    assert (event.location.city, event.location.country) == (None, "DE")


def test_an_aftership_location_naming_a_country_places_a_time_without_offset_there() -> None:
    tracking = aftership_v4_tracking()
    checkpoint = tracking["checkpoints"][1]  # "Picked up", DONGGUAN CN, CHN, +08:00
    checkpoint.update(location="China", country_iso3=None, checkpoint_time="2018-07-23T16:58:00")
    events, _ = aftership.tracking_events(tracking, number="111111111111", now=NOW_AS)
    assert (events[1].location.city, events[1].location.country) == (None, "CN")
    assert events[1].occurred_at == datetime(2018, 7, 23, 8, 58, tzinfo=UTC)  # China time
    checkpoint.update(location="DONGGUAN CN")  # a place, not a country name: kept as given
    events, rejections = aftership.tracking_events(tracking, number="111111111111", now=NOW_AS)
    assert [(r.index, r.reason) for r in rejections] == [(1, "time_without_offset")]
