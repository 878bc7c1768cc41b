"""AfterShip Tracking webhooks.

Shapes and signing from https://www.aftership.com/docs/tracking/webhook/webhook-specifications
and https://www.aftership.com/docs/tracking/webhook/webhook-signature (base64 HMAC-SHA256 of
the raw body in ``aftership-hmac-sha256``); subtags from
https://www.aftership.com/docs/tracking/enum/delivery-sub-statuses.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parceltrail.connectors import aftership
from parceltrail.connectors.aftership import from_aftership
from parceltrail.connectors.base import ParsedWebhook, PayloadInvalid, SignatureInvalid
from parceltrail.domain.status import SubStatus, to_aftership
from parceltrail.domain.tracking import MAX_DESCRIPTION, TrackingEvent

DATA = Path(__file__).parents[2] / "data" / "webhooks"
NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
SECRET = "as-webhook-secret-ünïcode"


def load(name: str) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((DATA / name).read_text())
    return payload


def signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    """Headers as AfterShip sends them: base64 of the HMAC-SHA256 digest of the raw body."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return {"Aftership-Hmac-Sha256": base64.b64encode(digest).decode(), "Content-Type": "json"}


def parse(payload: dict[str, Any] | bytes) -> ParsedWebhook:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return aftership.parse(body, signed(body), secret=SECRET, now=NOW)


def one_checkpoint(**fields: Any) -> dict[str, Any]:
    payload = load("aftership_tracking_update.json")
    payload["msg"]["checkpoints"] = [{**payload["msg"]["checkpoints"][0], **fields}]
    return payload


# --- the documented payload ---------------------------------------------------------------


def test_tracking_update_written_from_the_specification_is_read_field_by_field() -> None:
    body = (DATA / "aftership_tracking_update.json").read_bytes()
    parsed = aftership.parse(body, signed(body), secret=SECRET, now=NOW)

    assert parsed.provider == "aftership"
    assert parsed.tracking_number == "9361289676091361892011"
    assert parsed.carrier == "usps"
    assert parsed.delivery_id == "3f645f5e-530b-4062-8695-db6a64420af8"
    assert parsed.event_type == "tracking_update"
    assert parsed.carrier_eta == datetime(2024, 5, 7).date()
    assert parsed.stopped is False
    assert parsed.rejections == []
    assert parsed.raw == json.loads(body)
    assert [e.sub_status for e in parsed.events] == [
        SubStatus.INFO_RECEIVED,
        SubStatus.ACCEPTED,
        SubStatus.DEPARTED_ORIGIN,
        SubStatus.ARRIVED_DESTINATION,
        SubStatus.OUT_FOR_DELIVERY,
    ]
    first = parsed.events[0]
    assert first.source == "aftership"
    assert first.carrier == "usps"
    assert first.raw_code == "InfoReceived_001"
    assert first.location.country == "CN"  # CHN, ISO alpha-3, converted
    assert first.location.city == "Shenzhen, Guangdong"
    assert first.location.postal_code == "518000"


def test_a_checkpoint_s_postal_code_is_read_under_its_2026_name_and_its_old_one() -> None:
    """2026-01 renamed checkpoint.zip to checkpoint.postal_code (AfterShip's changelog)."""
    renamed = one_checkpoint(zip=None, postal_code="518000")
    assert parse(renamed).events[0].location.postal_code == "518000"
    assert parse(one_checkpoint()).events[0].location.postal_code == "518000"  # zip


def test_the_in_transit_sub_statuses_added_in_2026_07_are_read_by_their_tag() -> None:
    """InTransit_011 to _013 came with 2026-07 (AfterShip's changelog names them, not their
    meaning): the tag decides."""
    for subtag in ("InTransit_011", "InTransit_012", "InTransit_013"):
        assert from_aftership("InTransit", subtag) is SubStatus.IN_TRANSIT


def test_times_keep_the_local_offset_and_are_stored_in_utc() -> None:
    events = parse(load("aftership_tracking_update.json")).events
    out_for_delivery = events[-1]
    assert out_for_delivery.occurred_at == datetime(2024, 5, 7, 12, 15, tzinfo=UTC)
    assert out_for_delivery.utc_offset_minutes == -240


def test_time_without_offset_is_read_in_the_checkpoint_country_zone() -> None:
    accepted = parse(load("aftership_tracking_update.json")).events[1]
    assert accepted.occurred_at == datetime(2024, 5, 2, 10, 40, tzinfo=UTC)  # 18:40 in China
    assert accepted.utc_offset_minutes == 480


def test_date_only_is_read_as_noon_local_with_summer_time() -> None:
    parsed = parse(load("aftership_2024_delivered.json"))
    label = parsed.events[0]
    assert label.occurred_at == datetime(2024, 5, 6, 10, 0, tzinfo=UTC)  # noon CEST
    assert label.utc_offset_minutes == 120


def test_time_without_offset_where_the_zone_is_unknowable_is_rejected() -> None:
    payload = load("aftership_tracking_update.json")
    payload["msg"]["checkpoints"][3]["checkpoint_time"] = "2024-05-05T06:30:00"  # USA
    payload["msg"]["checkpoints"][3]["state"] = None  # no state: which of its zones?
    payload["msg"]["checkpoints"][2]["country_iso3"] = None
    payload["msg"]["checkpoints"][2]["checkpoint_time"] = "2024-05-03T23:05:00"
    parsed = parse(payload)
    assert [(r.index, r.reason) for r in parsed.rejections] == [
        (2, "time_without_offset"),
        (3, "time_without_offset"),
    ]
    assert len(parsed.events) == 3


def test_time_without_offset_in_a_one_zone_us_state_is_read_there() -> None:
    payload = load("aftership_tracking_update.json")
    payload["msg"]["checkpoints"][3]["checkpoint_time"] = "2024-05-05T06:30:00"  # LA, "CA"
    parsed = parse(payload)
    assert parsed.rejections == []
    los_angeles = parsed.events[3]
    assert los_angeles.occurred_at == datetime(2024, 5, 5, 13, 30, tzinfo=UTC)  # PDT
    assert los_angeles.utc_offset_minutes == -420
    payload["msg"]["checkpoints"][3]["state"] = "FL"  # Eastern for 95% of its people
    [_, _, _, in_florida, _] = parse(payload).events
    assert in_florida.occurred_at == datetime(2024, 5, 5, 10, 30, tzinfo=UTC)  # EDT
    # states below the 90% rule (Central for two thirds of Tennessee), and unknown words
    for state in ("TN", "ID", "IN", "KY", "SD", "California", "XX"):
        payload["msg"]["checkpoints"][3]["state"] = state
        assert [r.reason for r in parse(payload).rejections] == ["time_without_offset"], state


def test_newer_api_version_fields() -> None:
    parsed = parse(load("aftership_2024_delivered.json"))
    assert parsed.stopped is True  # active: false, AfterShip stopped tracking
    assert parsed.carrier_eta == datetime(2024, 5, 8).date()
    assert [e.location.country for e in parsed.events] == ["DE", "FR"]  # country_region
    assert parsed.events[-1].sub_status is SubStatus.DELIVERED


# --- signature ----------------------------------------------------------------------------


def test_missing_signature_is_refused() -> None:
    body = (DATA / "aftership_tracking_update.json").read_bytes()
    with pytest.raises(SignatureInvalid, match="aftership-hmac-sha256 header is missing"):
        aftership.parse(body, {}, secret=SECRET, now=NOW)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda body, headers: (body + b" ", headers),
        lambda body, headers: (body, signed(body, "another secret")),
        lambda body, headers: (body, {"aftership-hmac-sha256": "bm90IGl0"}),
        lambda body, headers: (body, {"aftership-hmac-sha256": "ünïcode"}),
    ],
    ids=["body changed", "wrong secret", "garbage", "non-ascii"],
)
def test_wrong_signature_is_refused(tamper: Any) -> None:
    body = (DATA / "aftership_tracking_update.json").read_bytes()
    body, headers = tamper(body, signed(body))
    with pytest.raises(SignatureInvalid, match="does not match") as caught:
        aftership.parse(body, headers, secret=SECRET, now=NOW)
    assert caught.value.http_status == 401


def test_empty_secret_never_verifies() -> None:
    body = b"{}"
    with pytest.raises(SignatureInvalid, match="PARCELTRAIL_AFTERSHIP_WEBHOOK_SECRET"):
        aftership.parse(body, signed(body, ""), secret="", now=NOW)


def test_signature_is_checked_before_the_body_is_read() -> None:
    with pytest.raises(SignatureInvalid):
        aftership.parse(b"not json", {"aftership-hmac-sha256": "x"}, secret=SECRET, now=NOW)


# --- bad payloads -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "not valid UTF-8 JSON"),
        (b"\xff\xfe", "not valid UTF-8 JSON"),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"event": "tracking_update"}', "no msg object"),
        (b'{"msg": {"tracking_number": " - "}}', "msg.tracking_number"),
        (b'{"msg": {"tracking_number": ["X"]}}', "msg.tracking_number"),
    ],
)
def test_unusable_payload_is_invalid(body: bytes, message: str) -> None:
    with pytest.raises(PayloadInvalid, match=message) as caught:
        parse(body)
    assert caught.value.http_status == 422


def test_malformed_checkpoints_are_rejected_and_the_others_kept() -> None:
    payload = load("aftership_tracking_update.json")
    checkpoints = payload["msg"]["checkpoints"]
    checkpoints[1]["checkpoint_time"] = "yesterday afternoon"
    checkpoints[2]["checkpoint_time"] = "2031-01-01T00:00:00+00:00"
    del checkpoints[3]["checkpoint_time"]
    checkpoints.append("not a checkpoint")
    parsed = parse(payload)
    assert [(r.index, r.reason) for r in parsed.rejections] == [
        (1, "bad_time"),
        (2, "time_in_future"),
        (3, "missing_time"),
        (5, "not_an_object"),
    ]
    assert [e.raw_code for e in parsed.events] == ["InfoReceived_001", "OutForDelivery_001"]


def test_carrier_text_is_bounded_and_a_bad_country_dropped() -> None:
    parsed = parse(one_checkpoint(message="x" * 50_000, city="y" * 5000, country_iso3="ZZZ"))
    event = parsed.events[0]
    assert len(event.description) == MAX_DESCRIPTION
    assert event.location.city is not None
    assert len(event.location.city) <= 120
    assert event.location.country is None


# --- status mapping -----------------------------------------------------------------------

DOCUMENTED_SUBTAGS = [
    ("Pending", "Pending_001", SubStatus.PENDING),
    ("InfoReceived", "InfoReceived_001", SubStatus.INFO_RECEIVED),
    ("InTransit", "InTransit_001", SubStatus.IN_TRANSIT),
    ("InTransit", "InTransit_002", SubStatus.ACCEPTED),
    ("InTransit", "InTransit_003", SubStatus.IN_TRANSIT),
    ("InTransit", "InTransit_004", SubStatus.ARRIVED_DESTINATION),
    ("InTransit", "InTransit_005", SubStatus.CUSTOMS_CLEARED),
    ("InTransit", "InTransit_006", SubStatus.CUSTOMS_STARTED),
    ("InTransit", "InTransit_007", SubStatus.DEPARTED_ORIGIN),
    ("InTransit", "InTransit_008", SubStatus.IN_TRANSIT),
    ("InTransit", "InTransit_009", SubStatus.IN_TRANSIT),
    ("InTransit", "InTransit_011", SubStatus.IN_TRANSIT),
    ("InTransit", "InTransit_012", SubStatus.IN_TRANSIT),
    ("InTransit", "InTransit_013", SubStatus.IN_TRANSIT),
    ("OutForDelivery", "OutForDelivery_001", SubStatus.OUT_FOR_DELIVERY),
    ("OutForDelivery", "OutForDelivery_003", SubStatus.OUT_FOR_DELIVERY),
    ("OutForDelivery", "OutForDelivery_004", SubStatus.OUT_FOR_DELIVERY),
    ("AttemptFail", "AttemptFail_001", SubStatus.FAILED_ATTEMPT),
    ("AttemptFail", "AttemptFail_002", SubStatus.FAILED_ATTEMPT),
    ("AttemptFail", "AttemptFail_003", SubStatus.FAILED_ATTEMPT),
    ("AvailableForPickup", "AvailableForPickup_001", SubStatus.AVAILABLE_FOR_PICKUP),
    ("Delivered", "Delivered_001", SubStatus.DELIVERED),
    ("Delivered", "Delivered_002", SubStatus.DELIVERED),
    ("Delivered", "Delivered_003", SubStatus.DELIVERED),
    ("Delivered", "Delivered_004", SubStatus.DELIVERED),
    ("Delivered", "Delivered_005", SubStatus.DELIVERED),
    ("Exception", "Exception_001", SubStatus.EXCEPTION),
    ("Exception", "Exception_002", SubStatus.ADDRESS_ISSUE),
    ("Exception", "Exception_003", SubStatus.REFUSED),
    ("Exception", "Exception_004", SubStatus.CUSTOMS_HELD),
    ("Exception", "Exception_005", SubStatus.DELAYED),
    ("Exception", "Exception_006", SubStatus.CUSTOMS_HELD),
    ("Exception", "Exception_007", SubStatus.ADDRESS_ISSUE),
    ("Exception", "Exception_008", SubStatus.EXCEPTION),
    ("Exception", "Exception_009", SubStatus.EXCEPTION),
    ("Exception", "Exception_010", SubStatus.RETURNING),
    ("Exception", "Exception_011", SubStatus.RETURNED),
    ("Exception", "Exception_012", SubStatus.DAMAGED),
    ("Exception", "Exception_013", SubStatus.LOST),
    ("Exception", "Exception_016", SubStatus.DELAYED),
    ("Exception", "Exception_017", SubStatus.DELAYED),
    ("Exception", "Exception_018", SubStatus.CUSTOMS_HELD),
    ("Exception", "Exception_019", SubStatus.DELAYED),
    ("Exception", "Exception_020", SubStatus.CANCELLED),
    ("Exception", "Exception_021", SubStatus.LOST),
    ("Expired", "Expired_001", SubStatus.EXPIRED),
    ("Exception", None, SubStatus.EXCEPTION),
    ("Delivered", "Delivered_999", SubStatus.DELIVERED),
]


@pytest.mark.parametrize(("tag", "subtag", "expected"), DOCUMENTED_SUBTAGS)
def test_every_documented_subtag_maps(tag: str, subtag: str | None, expected: SubStatus) -> None:
    event = parse(one_checkpoint(tag=tag, subtag=subtag)).events[0]
    assert event.sub_status is expected
    assert event.raw_code == (subtag or tag)


def test_an_unknown_tag_falls_back_to_reading_the_text() -> None:
    event = parse(one_checkpoint(tag="Teleported", subtag="Teleported_001")).events[0]
    assert event.sub_status is SubStatus.INFO_RECEIVED  # "Shipment information received"
    assert event.raw_code == "Teleported_001"
    assert event.description == "Shipment information received"


def test_an_unknown_tag_with_unreadable_text_stays_without_a_status() -> None:
    checkpoint = one_checkpoint(tag="Teleported", subtag="Teleported_001", message="XJ-77 / 0x1f")
    assert parse(checkpoint).events[0].sub_status is None


# --- fuzz ---------------------------------------------------------------------------------

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
    [
        "2024-05-01T10:00:00+08:00",
        "2024-05-01",
        "2024-05-01T10:00:00",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
        "2024-13-45",
        "",
    ]
) | st.text(max_size=45)
checkpoints = st.fixed_dictionaries(
    {},
    optional={
        "checkpoint_time": times | json_values,
        "message": json_values,
        "tag": st.sampled_from(["InTransit", "Delivered"]) | json_values,
        "subtag": st.sampled_from([row[1] for row in DOCUMENTED_SUBTAGS]) | json_values,
        "country_iso3": st.sampled_from(["CHN", "USA", "DEU", "XX"]) | json_values,
        "country_region": json_values,
        "city": json_values,
        "zip": json_values,
    },
)
payloads = json_values | st.fixed_dictionaries(
    {
        "msg": st.fixed_dictionaries(
            {},
            optional={
                "tracking_number": st.text(max_size=70) | json_values,
                "checkpoints": st.lists(checkpoints | json_values, max_size=5),
                "active": json_values,
                "expected_delivery": times | json_values,
                "courier_estimated_delivery_date": json_values,
                "slug": json_values,
            },
        )
    },
    optional={"event_id": json_values, "event": json_values},
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads)
def test_parser_raises_nothing_but_payload_invalid(payload: Any) -> None:
    body = json.dumps(payload).encode()
    try:
        parsed = aftership.parse(body, signed(body), secret=SECRET, now=NOW)
    except PayloadInvalid:
        return
    assert all(isinstance(event, TrackingEvent) for event in parsed.events)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_raise_nothing_but_payload_invalid(body: bytes) -> None:
    with contextlib.suppress(PayloadInvalid):
        aftership.parse(body, signed(body), secret=SECRET, now=NOW)


def test_a_slug_too_long_to_be_a_carrier_code_is_dropped_not_stored() -> None:
    payload = load("aftership_tracking_update.json")
    payload["msg"]["slug"] = "s" * 65
    parsed = parse(payload)
    assert parsed.carrier is None  # the number's own detection decides instead
    assert parsed.events  # the events themselves are kept
    assert all(e.carrier is None or len(e.carrier) <= 64 for e in parsed.events)


# --- status codes read by this connector, and the way back out (domain.status)


@pytest.mark.parametrize("sub", [s for s in SubStatus if s is not SubStatus.HANDED_OVER])
def test_every_sub_status_maps_out_and_back_through_aftership(sub: SubStatus) -> None:
    tag, subtag = to_aftership(sub)
    assert subtag.startswith(tag + "_")
    assert from_aftership(tag, subtag) is sub


def test_handover_is_reported_to_aftership_as_plain_transit() -> None:
    assert to_aftership(SubStatus.HANDED_OVER) == ("InTransit", "InTransit_001")
    assert from_aftership("InTransit", "InTransit_003") is SubStatus.IN_TRANSIT


@pytest.mark.parametrize(
    ("tag", "subtag", "expected"),
    [
        ("Delivered", "Delivered_003", SubStatus.DELIVERED),
        ("Exception", "Exception_002", SubStatus.ADDRESS_ISSUE),
        ("AttemptFail", "AttemptFail_003", SubStatus.FAILED_ATTEMPT),
        ("InTransit", "InTransit_999", SubStatus.IN_TRANSIT),
        ("Bogus", None, None),
        (None, None, None),
    ],
)
def test_unknown_aftership_subtags_fall_back_to_their_tag(
    tag: str | None, subtag: str | None, expected: SubStatus | None
) -> None:
    assert from_aftership(tag, subtag) == expected
