"""17TRACK API v2.2 webhooks.

Shapes and signing from https://api.17track.net/en/doc?version=v2.2 (section "Webhook": the
``sign`` header is the hex SHA-256 of body + "/" + API key); statuses from
https://help.17track.net/hc/en-us/articles/37471096573337 (9 main statuses, 30 sub-statuses).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parceltrail.connectors import seventeentrack
from parceltrail.connectors.base import ParsedWebhook, PayloadInvalid, SignatureInvalid
from parceltrail.connectors.seventeentrack import from_17track
from parceltrail.domain.status import SubStatus, to_17track
from parceltrail.domain.tracking import TrackingEvent

DATA = Path(__file__).parents[2] / "data" / "webhooks"
NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
API_KEY = "17TRACK-SECURITY-KEY-0123456789"


def load(name: str) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((DATA / name).read_text())
    return payload


def signed(body: bytes, key: str = API_KEY) -> dict[str, str]:
    """Headers as 17TRACK sends them: sha256(body + "/" + key), lowercase hex."""
    return {"sign": hashlib.sha256(body + b"/" + key.encode()).hexdigest()}


def parse(payload: dict[str, Any] | bytes) -> ParsedWebhook:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return seventeentrack.parse(body, signed(body), secret=API_KEY, now=NOW)


def one_event(**fields: Any) -> dict[str, Any]:
    payload = load("seventeentrack_tracking_updated.json")
    providers = payload["data"]["track_info"]["tracking"]["providers"]
    providers[0]["events"] = [{**providers[0]["events"][0], **fields}]
    del providers[1:]
    return payload


def test_tracking_updated_written_from_the_specification_is_read_field_by_field() -> None:
    parsed = parse((DATA / "seventeentrack_tracking_updated.json").read_bytes())

    assert parsed.provider == "17track"
    assert parsed.tracking_number == "RR123456789CN"
    assert parsed.carrier == "3011"
    assert parsed.event_type == "TRACKING_UPDATED"
    assert parsed.delivery_id is None  # 17TRACK sends none
    assert parsed.stopped is False
    assert parsed.carrier_eta == date(2024, 5, 8)  # the end of the estimated window
    assert parsed.rejections == []
    assert [(e.sub_status, e.carrier) for e in parsed.events] == [
        (SubStatus.DELIVERED, "21051"),
        (SubStatus.ARRIVED_DESTINATION, "21051"),
        (SubStatus.DEPARTED_ORIGIN, "3011"),  # stage Departure beats InTransit_Other
        (SubStatus.ACCEPTED, "3011"),
        (SubStatus.INFO_RECEIVED, "3011"),
    ]
    delivered = parsed.events[0]
    assert delivered.source == "17track"
    assert delivered.raw_code == "Delivered_Other"
    assert delivered.location.city == "NEW YORK, NY"
    assert delivered.location.country == "US"
    assert delivered.location.postal_code == "10001"


def test_local_offset_kept_and_utc_used_when_local_time_is_missing() -> None:
    events = parse(load("seventeentrack_tracking_updated.json")).events
    assert events[0].occurred_at == datetime(2024, 5, 8, 18, 34, tzinfo=UTC)
    assert events[0].utc_offset_minutes == -240
    assert events[2].utc_offset_minutes == 480
    picked_up = events[3]  # time_iso is null: time_utc is used
    assert picked_up.occurred_at == datetime(2024, 5, 2, 10, 40, tzinfo=UTC)
    assert picked_up.utc_offset_minutes == 0


def test_naive_local_time_falls_back_to_utc_time() -> None:
    payload = one_event(time_iso="2024-05-08T14:34:00", time_utc="2024-05-08T18:34:00Z")
    event = parse(payload).events[0]
    assert event.occurred_at == datetime(2024, 5, 8, 18, 34, tzinfo=UTC)


def test_tracking_stopped() -> None:
    parsed = parse((DATA / "seventeentrack_tracking_stopped.json").read_bytes())
    assert parsed.stopped is True
    assert parsed.tracking_number == "RR123456789CN"
    assert parsed.events == []
    assert parsed.rejections == []


def test_missing_or_wrong_sign_is_refused() -> None:
    body = (DATA / "seventeentrack_tracking_updated.json").read_bytes()
    with pytest.raises(SignatureInvalid, match="sign header is missing"):
        seventeentrack.parse(body, {}, secret=API_KEY, now=NOW)
    with pytest.raises(SignatureInvalid, match="does not match"):
        seventeentrack.parse(body, signed(body, "old key"), secret=API_KEY, now=NOW)
    with pytest.raises(SignatureInvalid, match="does not match"):
        seventeentrack.parse(body + b"\n", signed(body), secret=API_KEY, now=NOW)
    with pytest.raises(SignatureInvalid, match="PARCELTRAIL_17TRACK_API_KEY"):
        seventeentrack.parse(body, signed(body, ""), secret="", now=NOW)


def test_sign_is_a_hash_not_an_hmac_and_case_does_not_matter() -> None:
    body = b'{"event":"TRACKING_STOPPED","data":{"number":"RR123456789CN"}}'
    upper = {"Sign": signed(body)["sign"].upper()}
    assert seventeentrack.parse(body, upper, secret=API_KEY, now=NOW).stopped


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "not valid UTF-8 JSON"),
        (b'"TRACKING_UPDATED"', "must be a JSON object"),
        (b'{"event": "TRACKING_UPDATED", "data": {}}', "data.number"),
        (b'{"event": "TRACKING_UPDATED", "data": []}', "data.number"),
        (b'{"data": {"number": true}}', "data.number"),
    ],
)
def test_unusable_payload_is_invalid(body: bytes, message: str) -> None:
    with pytest.raises(PayloadInvalid, match=message):
        parse(body)


def test_malformed_events_are_rejected_and_the_others_kept() -> None:
    payload = load("seventeentrack_tracking_updated.json")
    usps = payload["data"]["track_info"]["tracking"]["providers"][0]["events"]
    usps[0]["time_iso"] = "08/05/2024 14:34"
    usps[0]["time_utc"] = None
    usps[1]["time_iso"] = usps[1]["time_utc"] = "2024-06-01T00:00:00Z"  # beyond now
    usps.append(42)
    parsed = parse(payload)
    assert [(r.index, r.reason) for r in parsed.rejections] == [
        (0, "bad_time"),
        (1, "time_in_future"),
        (2, "not_an_object"),
    ]
    assert len(parsed.events) == 3


MAIN_AND_SUB = [
    ("NotFound_Other", SubStatus.PENDING),
    ("NotFound_InvalidCode", SubStatus.PENDING),
    ("InfoReceived", SubStatus.INFO_RECEIVED),
    ("InTransit_PickedUp", SubStatus.ACCEPTED),
    ("InTransit_Other", SubStatus.IN_TRANSIT),
    ("InTransit_Departure", SubStatus.DEPARTED_ORIGIN),
    ("InTransit_Arrival", SubStatus.ARRIVED_DESTINATION),
    ("InTransit_CustomsProcessing", SubStatus.CUSTOMS_STARTED),
    ("InTransit_CustomsReleased", SubStatus.CUSTOMS_CLEARED),
    ("InTransit_CustomsRequiringInformation", SubStatus.CUSTOMS_HELD),
    ("Expired_Other", SubStatus.EXPIRED),
    ("AvailableForPickup_Other", SubStatus.AVAILABLE_FOR_PICKUP),
    ("OutForDelivery_Other", SubStatus.OUT_FOR_DELIVERY),
    ("DeliveryFailure_Other", SubStatus.FAILED_ATTEMPT),
    ("DeliveryFailure_NoBody", SubStatus.FAILED_ATTEMPT),
    ("DeliveryFailure_Security", SubStatus.FAILED_ATTEMPT),
    ("DeliveryFailure_Rejected", SubStatus.REFUSED),
    ("DeliveryFailure_InvalidAddress", SubStatus.ADDRESS_ISSUE),
    ("Delivered_Other", SubStatus.DELIVERED),
    ("Exception_Other", SubStatus.EXCEPTION),
    ("Exception_Returning", SubStatus.RETURNING),
    ("Exception_Returned", SubStatus.RETURNED),
    ("Exception_NoBody", SubStatus.EXCEPTION),
    ("Exception_Security", SubStatus.EXCEPTION),
    ("Exception_Damage", SubStatus.DAMAGED),
    ("Exception_Rejected", SubStatus.REFUSED),
    ("Exception_Delayed", SubStatus.DELAYED),
    ("Exception_Lost", SubStatus.LOST),
    ("Exception_Destroyed", SubStatus.LOST),
    ("Exception_Cancel", SubStatus.CANCELLED),
    ("Exception_SomethingNew", SubStatus.EXCEPTION),  # unknown sub-status: main decides
]


@pytest.mark.parametrize(("sub_status", "expected"), MAIN_AND_SUB)
def test_every_documented_sub_status_maps(sub_status: str, expected: SubStatus) -> None:
    event = parse(one_event(sub_status=sub_status, stage=None)).events[0]
    assert event.sub_status is expected
    assert event.raw_code == sub_status


STAGES = [
    ("InfoReceived", SubStatus.INFO_RECEIVED),
    ("PickedUp", SubStatus.ACCEPTED),
    ("Departure", SubStatus.DEPARTED_ORIGIN),
    ("Arrival", SubStatus.ARRIVED_DESTINATION),
    ("AvailableForPickup", SubStatus.AVAILABLE_FOR_PICKUP),
    ("OutForDelivery", SubStatus.OUT_FOR_DELIVERY),
    ("Delivered", SubStatus.DELIVERED),
    ("Returning", SubStatus.RETURNING),
    ("Returned", SubStatus.RETURNED),
]


@pytest.mark.parametrize(("stage", "expected"), STAGES)
def test_every_milestone_stage_maps_when_the_sub_status_says_nothing(
    stage: str, expected: SubStatus
) -> None:
    assert parse(one_event(stage=stage, sub_status=None)).events[0].sub_status is expected


def test_a_specific_sub_status_wins_over_the_stage() -> None:
    event = parse(one_event(stage="Arrival", sub_status="Exception_Lost")).events[0]
    assert event.sub_status is SubStatus.LOST


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=15,
)
times = st.sampled_from(
    ["2024-05-01T10:00:00+08:00", "2024-05-01T02:00:00Z", "2024-05-01T10:00:00", "x"]
) | st.text(max_size=45)
events = st.fixed_dictionaries(
    {},
    optional={
        "time_iso": times | json_values,
        "time_utc": times | json_values,
        "description": json_values,
        "stage": st.sampled_from([row[0] for row in STAGES]) | json_values,
        "sub_status": st.sampled_from([row[0] for row in MAIN_AND_SUB]) | json_values,
        "address": json_values,
    },
)
providers = st.fixed_dictionaries(
    {}, optional={"provider": json_values, "events": st.lists(events | json_values, max_size=4)}
)
payloads = json_values | st.fixed_dictionaries(
    {
        "event": st.sampled_from(["TRACKING_UPDATED", "TRACKING_STOPPED"]) | json_values,
        "data": st.fixed_dictionaries(
            {},
            optional={
                "number": st.text(max_size=70) | json_values,
                "carrier": json_values,
                "track_info": st.fixed_dictionaries(
                    {},
                    optional={
                        "tracking": st.fixed_dictionaries(
                            {}, optional={"providers": st.lists(providers | json_values)}
                        )
                        | json_values,
                        "time_metrics": json_values,
                    },
                )
                | json_values,
            },
        )
        | json_values,
    }
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads)
def test_parser_raises_nothing_but_payload_invalid(payload: Any) -> None:
    body = json.dumps(payload).encode()
    try:
        parsed = seventeentrack.parse(body, signed(body), secret=API_KEY, now=NOW)
    except PayloadInvalid:
        return
    assert all(isinstance(event, TrackingEvent) for event in parsed.events)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_raise_nothing_but_payload_invalid(body: bytes) -> None:
    sign = {"sign": hashlib.sha256(body + b"/" + API_KEY.encode()).hexdigest()}
    with contextlib.suppress(PayloadInvalid):
        seventeentrack.parse(body, sign, secret=API_KEY, now=NOW)


# --- status codes read by this connector, and the way back out (domain.status)


@pytest.mark.parametrize("sub", [s for s in SubStatus if s is not SubStatus.HANDED_OVER])
def test_every_sub_status_maps_out_and_back_through_17track(sub: SubStatus) -> None:
    main, sub17 = to_17track(sub)
    assert from_17track(main, sub17) is sub


def test_handover_is_reported_to_17track_as_plain_transit() -> None:
    assert to_17track(SubStatus.HANDED_OVER) == ("InTransit", "InTransit_Other")
    assert from_17track("InTransit", "InTransit_Other") is SubStatus.IN_TRANSIT


def test_17track_codes_outside_our_table_fall_back_to_the_main_status() -> None:
    assert from_17track("DeliveryFailure", "DeliveryFailure_NoBody") is SubStatus.FAILED_ATTEMPT
    assert from_17track("Exception", "Exception_Unheard") is SubStatus.EXCEPTION
    assert from_17track(None, None) is None


# --- time_raw: the carrier's own date, time and offset, when time_iso and time_utc are null


def raw_time_only(**raw: Any) -> dict[str, Any]:
    """The first event with only its ``time_raw`` (``date``, ``time``, ``timezone``)."""
    return one_event(time_iso=None, time_utc=None, time_raw=raw)


def test_a_raw_time_with_its_offset_is_used_when_iso_and_utc_are_null() -> None:
    [event] = parse(raw_time_only(date="2024-05-08", time="14:34:00", timezone="-04:00")).events
    assert event.occurred_at == datetime(2024, 5, 8, 18, 34, tzinfo=UTC)
    assert event.utc_offset_minutes == -240


def test_a_raw_time_without_offset_is_read_in_a_one_zone_country_or_state_or_rejected() -> None:
    in_germany = raw_time_only(date="2024-05-08", time="14:34:00", timezone=None)
    in_germany["data"]["track_info"]["tracking"]["providers"][0]["events"][0]["address"][
        "country"
    ] = "DE"
    [event] = parse(in_germany).events
    assert event.occurred_at == datetime(2024, 5, 8, 12, 34, tzinfo=UTC)  # CEST
    in_new_york = parse(raw_time_only(date="2024-05-08", time="14:34:00", timezone=None))
    [event] = in_new_york.events  # address: US, NY
    assert (event.occurred_at, event.utc_offset_minutes) == (
        datetime(2024, 5, 8, 18, 34, tzinfo=UTC),
        -240,
    )
    somewhere_in_the_us = raw_time_only(date="2024-05-08", time="14:34:00", timezone=None)
    somewhere_in_the_us["data"]["track_info"]["tracking"]["providers"][0]["events"][0]["address"][
        "state"
    ] = None
    unplaced = parse(somewhere_in_the_us)
    assert unplaced.events == []
    assert [r.reason for r in unplaced.rejections] == ["time_without_offset"]


def test_a_raw_time_at_a_usps_plant_is_read_in_the_state_its_name_holds() -> None:
    payload = raw_time_only(date="2024-05-08", time="14:34:00", timezone=None)
    [event] = payload["data"]["track_info"]["tracking"]["providers"][0]["events"]
    event["location"] = "QUEENS NY DISTRIBUTION CENTER"
    event["address"] = {"country": "US", "state": None, "city": None, "postal_code": None}
    [read] = parse(payload).events
    assert (read.occurred_at, read.utc_offset_minutes) == (
        datetime(2024, 5, 8, 18, 34, tzinfo=UTC),  # 14:34 EDT
        -240,
    )
    assert (read.location.city, read.location.country) == ("QUEENS, NY", "US")
    event["location"] = "KNOXVILLE TN DISTRIBUTION CENTER"  # Tennessee keeps two zones
    assert [r.reason for r in parse(payload).rejections] == ["time_without_offset"]


def test_a_raw_date_alone_is_noon_and_a_raw_time_without_date_is_missing() -> None:
    day = raw_time_only(date="2024-05-08", time=None, timezone=None)
    day["data"]["track_info"]["tracking"]["providers"][0]["events"][0]["address"]["country"] = "JP"
    [event] = parse(day).events
    assert event.occurred_at == datetime(2024, 5, 8, 3, 0, tzinfo=UTC)  # 12:00 in Tokyo
    for raw in ({"date": None, "time": "14:34:00", "timezone": "-04:00"}, {}):
        nothing = parse(raw_time_only(**raw))
        assert [r.reason for r in nothing.rejections] == ["missing_time"]


def test_a_raw_time_that_is_not_a_time_is_rejected_saying_so() -> None:
    parsed = parse(raw_time_only(date="08/05/2024", time="14:34", timezone=None))
    [rejection] = parsed.rejections
    assert rejection.reason == "bad_time"
    assert "08/05/2024" in rejection.message
