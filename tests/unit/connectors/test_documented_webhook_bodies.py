"""Webhook bodies kept by providers' users or documented by the providers, read through the
real connectors as the webhook route reads them (sources in tests/data/webhooks/SOURCES.md
and tests/data/backends/SOURCES.md). Every expected value is read off the body itself."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from parceltrail.connectors import aftership, easypost, seventeentrack
from parceltrail.connectors.base import ParsedWebhook, located
from parceltrail.domain.status import SubStatus

DATA = Path(__file__).parents[2] / "data"


def read_17track(path: Path, now: datetime) -> ParsedWebhook:
    body = path.read_bytes()
    return seventeentrack.parse(
        body, {"sign": seventeentrack.sign(body, "key")}, secret="key", now=now
    )


# --- 17TRACK: a v2.2 push for a UPS Ground parcel inside California, delivered ----------

NOW_UPS = datetime(2022, 4, 29, 9, 0, tzinfo=UTC)  # after the leg's latest_sync_time


def ups_push() -> ParsedWebhook:
    return read_17track(DATA / "webhooks" / "seventeentrack_ups_tracking_updated.json", NOW_UPS)


def test_17track_ups_push_reads_every_event_with_its_time_status_and_place() -> None:
    parsed = ups_push()
    assert (parsed.tracking_number, parsed.event_type, parsed.stopped) == (
        "1Z2617V10397725789",
        "TRACKING_UPDATED",
        False,
    )
    assert parsed.rejections == []
    seen = [
        (
            e.occurred_at,
            e.utc_offset_minutes,
            e.sub_status,
            e.status_from_text,
            e.raw_code,
            e.description,
            e.location.city,
            e.location.country,
        )
        for e in parsed.events
    ]
    pdt = -7 * 60  # every time_iso is -07:00, California in spring
    assert seen == [
        (
            datetime(2022, 4, 4, 23, 35, 22, tzinfo=UTC),
            pdt,
            SubStatus.DELIVERED,
            False,
            "Delivered",  # stage, no sub_status on the event
            "DELIVERED",
            "GASQUET, CA",
            "US",
        ),
        (
            datetime(2022, 4, 4, 15, 46, 6, tzinfo=UTC),
            pdt,
            SubStatus.OUT_FOR_DELIVERY,
            False,
            "OutForDelivery",
            "Out For Delivery Today",
            "Crescent City, CA",
            "US",
        ),
        (
            datetime(2022, 4, 2, 9, 15, tzinfo=UTC),
            pdt,
            SubStatus.IN_TRANSIT,  # stage and sub_status null: the text decides
            True,
            None,
            "Arrived at Facility",
            "Anderson, CA",
            "US",
        ),
        (
            datetime(2022, 3, 31, 23, 36, 47, tzinfo=UTC),
            pdt,
            SubStatus.ACCEPTED,  # "Origin Scan", read from the text
            True,
            None,
            "Origin Scan",
            "Ontario, CA",
            "US",
        ),
        (
            datetime(2022, 3, 29, 5, 43, 8, tzinfo=UTC),
            pdt,
            SubStatus.INFO_RECEIVED,
            False,
            "InfoReceived",
            "Shipper created a label, UPS has not received the package yet.",
            None,  # location "US", address.country "US": no place line "US, US"
            "US",
        ),
    ]
    assert {e.carrier for e in parsed.events} == {"100002"}  # the leg's provider key: UPS


def test_17track_ups_push_s_tracking_status_and_carrier_are_kept_as_given() -> None:
    parsed = ups_push()
    assert parsed.vouched is not None
    assert parsed.vouched.sub_status is SubStatus.DELIVERED  # Delivered_Other
    assert parsed.vouched.reported_at == datetime(2022, 4, 4, 23, 35, 22, tzinfo=UTC)
    assert parsed.carrier_eta is None  # estimated_delivery_date all null
    # data.carrier is 3011 (China Post's key) beside a UPS leg: kept as the body says it;
    # each event names the leg's own carrier.
    assert parsed.carrier == "3011"


def test_a_location_that_is_the_code_of_its_own_country_is_no_place_line() -> None:
    assert located(None, "US", "US") == (None, "US")
    assert located(None, "USA", "US") == (None, "US")
    assert located(None, "CA", "US") == ("CA", "US")  # California, not Canada
    assert located(None, "US", None) == ("US", None)  # no country to compare with
    assert located("GASQUET, CA", "US", "US") == ("GASQUET, CA", "US")


# --- 17TRACK: the documented TRACKING_STOPPED push ---------------------------------------


def test_17track_s_documented_stop_push_stops_the_tracking_and_carries_no_events() -> None:
    parsed = read_17track(DATA / "backends" / "17track_webhook_tracking_stopped.json", NOW_UPS)
    assert (parsed.tracking_number, parsed.carrier) == ("AA123456789BR", "2151")
    assert (parsed.event_type, parsed.stopped) == ("TRACKING_STOPPED", True)
    assert (parsed.events, parsed.rejections) == ([], [])
    assert parsed.vouched is None
    assert parsed.carrier_eta is None


# --- AfterShip: a v4 tracking_update for a USPS Priority Mail parcel, Florida to N. Carolina


NOW_USPS = datetime(2021, 5, 17, 9, 6, tzinfo=UTC)  # the delivery's ts, 1621242332


def usps_update() -> ParsedWebhook:
    body = (DATA / "webhooks" / "aftership_v4_usps_tracking_update.json").read_bytes()
    return aftership.parse(
        body, {"aftership-hmac-sha256": aftership.sign(body, "s")}, secret="s", now=NOW_USPS
    )


def test_aftership_usps_update_names_the_number_carrier_delivery_and_promised_day() -> None:
    parsed = usps_update()
    assert (parsed.tracking_number, parsed.carrier) == ("9405516902697649303570", "usps")
    assert (parsed.delivery_id, parsed.event_type) == (
        "bca2a741-8613-4694-bfb4-2ceb0016ee4f",
        "tracking_update",
    )
    assert parsed.stopped is False  # active: true
    # expected_delivery; AfterShip's own prediction (2022-01-03) is not the carrier's
    assert parsed.carrier_eta == date(2021, 5, 17)
    assert parsed.vouched is not None
    assert parsed.vouched.sub_status is SubStatus.IN_TRANSIT  # InTransit_003
    assert parsed.vouched.reported_at == datetime(2021, 5, 17, 9, 5, 31, tzinfo=UTC)


def test_aftership_usps_local_times_are_read_in_the_zone_of_each_checkpoint_s_state() -> None:
    """Every checkpoint_time is a local time without offset. Florida's principal zone keeps
    about 95% of its people, so Boca Raton's are read in New York time; the four facility
    scans name no state, and their city names the plant with its state inside ("WEST PALM
    BEACH FL DISTRIBUTION CENTER", "FAYETTEVILLE NC DISTRIBUTION CENTER ANNEX"). All seven
    are in May, in EDT (-04:00)."""
    parsed = usps_update()
    assert parsed.rejections == []
    assert [(e.occurred_at, e.utc_offset_minutes) for e in parsed.events] == [
        (datetime(2021, 5, 13, 17, 4, tzinfo=UTC), -240),  # 13:04 in Boca Raton
        (datetime(2021, 5, 13, 22, 10, tzinfo=UTC), -240),  # 18:10
        (datetime(2021, 5, 13, 23, 25, tzinfo=UTC), -240),  # 19:25 in West Palm Beach
        (datetime(2021, 5, 14, 4, 25, tzinfo=UTC), -240),  # 00:25 the next day
        (datetime(2021, 5, 15, 17, 6, tzinfo=UTC), -240),  # 13:06 in Fayetteville
        (datetime(2021, 5, 16, 9, 52, tzinfo=UTC), -240),  # 05:52
        (datetime(2021, 5, 17, 7, 45, tzinfo=UTC), -240),  # 03:45 in Holly Ridge
    ]
    assert [(e.location.city, e.location.postal_code) for e in parsed.events] == [
        ("BOCA RATON, FL", "33487"),
        ("BOCA RATON, FL", "33487"),
        ("WEST PALM BEACH, FL", None),
        ("WEST PALM BEACH, FL", None),
        ("FAYETTEVILLE, NC", None),
        ("FAYETTEVILLE, NC", None),
        ("HOLLY RIDGE, NC", "28445"),
    ]
    assert {e.location.country for e in parsed.events} == {"US"}
    holly_ridge = parsed.events[-1]
    assert (holly_ridge.sub_status, holly_ridge.raw_code, holly_ridge.description) == (
        SubStatus.IN_TRANSIT,
        "InTransit_003",
        "Arrived at Post Office",
    )
    assert holly_ridge.carrier == "usps"


def test_aftership_usps_checkpoints_in_a_split_state_or_no_state_are_still_kept_aside() -> None:
    """Tennessee keeps about two thirds of its people in Central time: a plant there, named
    or given as the state, is not read in either zone; nor is a scan naming no state and no
    facility."""
    payload = json.loads(
        (DATA / "webhooks" / "aftership_v4_usps_tracking_update.json").read_bytes()
    )
    checkpoints = payload["msg"]["checkpoints"]
    checkpoints[2]["city"] = checkpoints[2]["location"] = "KNOXVILLE TN DISTRIBUTION CENTER"
    checkpoints[4]["city"] = checkpoints[4]["location"] = "DISTRIBUTION CENTER ANNEX"
    checkpoints[6]["state"] = "TN"
    body = json.dumps(payload).encode()
    parsed = aftership.read(body, {}, now=NOW_USPS)
    assert [(r.index, r.reason) for r in parsed.rejections] == [
        (2, "time_without_offset"),
        (4, "time_without_offset"),
        (6, "time_without_offset"),
    ]
    assert len(parsed.events) == 4


# --- EasyPost: the "Sample Webhook JSON" of EasyPost's tracking-webhooks page (UPS, 2014) --


def test_easypost_s_sample_tracker_reads_six_details_in_utc_with_their_places() -> None:
    body = (DATA / "webhooks" / "easypost_docs_tracker_updated.json").read_bytes()
    now = datetime(2014, 11, 19, tzinfo=UTC)  # after the tracker's updated_at
    parsed = easypost.parse(
        body, {"X-Hmac-Signature": easypost.sign(body, "s")}, secret="s", now=now
    )
    assert (parsed.tracking_number, parsed.carrier, parsed.event_type) == (
        "EZ4000000004",
        "UPS",
        "tracker.updated",
    )
    assert parsed.rejections == []
    seen = [
        (e.occurred_at, e.sub_status, e.raw_code, e.description, e.location.city)
        for e in parsed.events
    ]
    assert seen == [
        (
            datetime(2014, 8, 21, 14, 24, tzinfo=UTC),
            SubStatus.INFO_RECEIVED,
            "pre_transit",  # no status_detail in 2014
            "BILLING INFORMATION RECEIVED",
            None,  # tracking_location all null
        ),
        (
            datetime(2014, 8, 21, 14, 48, tzinfo=UTC),
            SubStatus.IN_TRANSIT,  # the status decides, not the words "ORIGIN SCAN"
            "in_transit",
            "ORIGIN SCAN",
            "SOUTH SAN FRANCISCO, CA",
        ),
        (
            datetime(2014, 8, 22, 8, 51, tzinfo=UTC),
            SubStatus.IN_TRANSIT,
            "in_transit",
            "DEPARTURE SCAN",
            "SOUTH SAN FRANCISCO, CA",
        ),
        (
            datetime(2014, 8, 23, 9, 31, tzinfo=UTC),
            SubStatus.IN_TRANSIT,
            "in_transit",
            "ARRIVAL SCAN",
            "SAN FRANCISCO, CA",
        ),
        (
            datetime(2014, 8, 24, 8, 10, tzinfo=UTC),
            SubStatus.OUT_FOR_DELIVERY,
            "out_for_delivery",
            "OUT FOR DELIVERY",
            "SAN FRANCISCO, CA",
        ),
        (
            datetime(2014, 8, 24, 15, 33, tzinfo=UTC),
            SubStatus.DELIVERED,
            "delivered",
            "DELIVERED",
            "SAN FRANCISCO, CA",
        ),
    ]
    assert all(e.utc_offset_minutes == 0 for e in parsed.events)  # every datetime ends in Z
    assert [e.location.country for e in parsed.events] == [None] + ["US"] * 5
    assert {e.carrier for e in parsed.events} == {"UPS"}
    assert parsed.carrier_eta == date(2014, 8, 27)  # as given, though after the delivery
