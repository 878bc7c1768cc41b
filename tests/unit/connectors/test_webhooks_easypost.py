"""EasyPost webhooks.

Shapes from https://docs.easypost.com/docs/events and https://docs.easypost.com/docs/trackers
(statuses and status_details also as typed in the official easypost-node client); signing as
in https://docs.easypost.com/docs/webhooks and the clients' ``validate_webhook``:
``X-Hmac-Signature: hmac-sha256-hex=<hex HMAC-SHA256(NFKD(secret), raw body)>``.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parceltrail.connectors import easypost
from parceltrail.connectors.base import ParsedWebhook, PayloadInvalid, SignatureInvalid
from parceltrail.connectors.easypost import from_easypost
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import TrackingEvent

DATA = Path(__file__).parents[2] / "data" / "webhooks"
NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
# NFKD matters: "ﬁ" (ligature) normalises to "fi", "é" to "e" + combining accent.
SECRET = "ﬁle-sécret"


def load(name: str) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((DATA / name).read_text())
    return payload


def signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    """Headers as EasyPost sends them."""
    key = unicodedata.normalize("NFKD", secret).encode("utf-8")
    return {
        "X-Hmac-Signature": "hmac-sha256-hex=" + hmac.new(key, body, hashlib.sha256).hexdigest()
    }


def parse(payload: dict[str, Any] | bytes) -> ParsedWebhook:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return easypost.parse(body, signed(body), secret=SECRET, now=NOW)


def one_detail(**fields: Any) -> dict[str, Any]:
    payload = load("easypost_tracker_updated.json")
    details = payload["result"]["tracking_details"]
    payload["result"]["tracking_details"] = [{**details[-1], **fields}]
    return payload


def test_tracker_updated_written_from_the_specification_is_read_field_by_field() -> None:
    parsed = parse((DATA / "easypost_tracker_updated.json").read_bytes())

    assert parsed.provider == "easypost"
    assert parsed.tracking_number == "9400110898825022579493"
    assert parsed.carrier == "USPS"
    assert parsed.delivery_id == "evt_7f2c1b9e0c8a11efa1d2ac1f6bc539aa"
    assert parsed.event_type == "tracker.updated"
    assert parsed.carrier_eta == date(2024, 5, 7)
    assert parsed.stopped is False
    assert not parsed.ignored
    assert parsed.rejections == []
    assert [e.sub_status for e in parsed.events] == [
        SubStatus.INFO_RECEIVED,
        SubStatus.INFO_RECEIVED,
        SubStatus.IN_TRANSIT,
        SubStatus.ARRIVED_DESTINATION,
        SubStatus.OUT_FOR_DELIVERY,
    ]
    last = parsed.events[-1]
    assert last.raw_code == "out_for_delivery/out_for_delivery"
    assert last.location.city == "CHARLESTON, SC"
    assert last.location.country == "US"
    assert last.location.postal_code == "29401"
    assert last.carrier == "USPS"


def test_offsets_kept_and_times_without_one_read_as_utc() -> None:
    events = parse(load("easypost_tracker_updated.json")).events
    assert events[0].occurred_at == datetime(2024, 5, 3, 17, 40, 21, tzinfo=UTC)
    assert events[3].utc_offset_minutes == -240
    naive = parse(one_detail(datetime="2024-05-07T08:21:03")).events[0]
    assert naive.occurred_at == datetime(2024, 5, 7, 8, 21, 3, tzinfo=UTC)


def test_other_events_of_the_account_are_ignored_not_refused() -> None:
    parsed = parse((DATA / "easypost_batch_updated.json").read_bytes())
    assert parsed.ignored
    assert parsed.tracking_number is None
    assert parsed.event_type == "batch.updated"
    assert parsed.delivery_id == "evt_0a1b2c3d4e5f11ef9a8b7c6d5e4f3a2b"
    assert parsed.events == []


def test_secret_is_nfkd_normalised() -> None:
    body = (DATA / "easypost_tracker_updated.json").read_bytes()
    composed = unicodedata.normalize("NFC", SECRET)
    assert easypost.parse(body, signed(body, composed), secret=SECRET, now=NOW).events


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Hmac-Signature": ""},
        {"X-Hmac-Signature": "hmac-sha256-hex=00"},
        {"X-Hmac-Signature-V2": "hmac-sha256-hex=00"},
    ],
)
def test_missing_or_wrong_signature_is_refused(headers: dict[str, str]) -> None:
    body = (DATA / "easypost_tracker_updated.json").read_bytes()
    with pytest.raises(SignatureInvalid):
        easypost.parse(body, headers, secret=SECRET, now=NOW)


def test_signature_without_prefix_or_with_another_secret_is_refused() -> None:
    body = (DATA / "easypost_tracker_updated.json").read_bytes()
    bare = {"x-hmac-signature": signed(body)["X-Hmac-Signature"].split("=", 1)[1]}
    for headers in (bare, signed(body, "other")):
        with pytest.raises(SignatureInvalid, match="does not match"):
            easypost.parse(body, headers, secret=SECRET, now=NOW)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{", "not valid UTF-8 JSON"),
        (b"null", "must be a JSON object"),
        (b'{"description": "tracker.updated", "result": {}}', "result.tracking_code"),
        (b'{"description": "tracker.updated", "result": "trk_1"}', "result.tracking_code"),
    ],
)
def test_unusable_payload_is_invalid(body: bytes, message: str) -> None:
    with pytest.raises(PayloadInvalid, match=message):
        parse(body)


def test_malformed_details_are_rejected_and_the_others_kept() -> None:
    payload = load("easypost_tracker_updated.json")
    details = payload["result"]["tracking_details"]
    details[0]["datetime"] = None
    details[1]["datetime"] = "2024-05-04 06:15"
    details[2]["datetime"] = "2025-01-01T00:00:00Z"
    details[3] = {"status": "unknown", "datetime": "2024-05-07T07:05:21Z"}  # says nothing
    parsed = parse(payload)
    assert [(r.index, r.reason) for r in parsed.rejections] == [
        (0, "missing_time"),
        (2, "time_in_future"),
        (3, "empty_event"),
    ]
    assert [e.sub_status for e in parsed.events] == [
        SubStatus.INFO_RECEIVED,
        SubStatus.OUT_FOR_DELIVERY,
    ]


STATUSES = [
    ("unknown", None),
    ("pre_transit", SubStatus.INFO_RECEIVED),
    ("in_transit", SubStatus.IN_TRANSIT),
    ("out_for_delivery", SubStatus.OUT_FOR_DELIVERY),
    ("delivered", SubStatus.DELIVERED),
    ("available_for_pickup", SubStatus.AVAILABLE_FOR_PICKUP),
    ("return_to_sender", SubStatus.RETURNING),
    ("failure", SubStatus.EXCEPTION),
    ("cancelled", SubStatus.CANCELLED),
    ("error", None),
]


@pytest.mark.parametrize(("status", "expected"), STATUSES)
def test_every_documented_status_maps(status: str, expected: SubStatus | None) -> None:
    assert from_easypost(status, None) is expected
    event = parse(one_detail(status=status, status_detail=None)).events[0]
    # a status that says nothing ("unknown", "error") leaves the event's own words to read
    assert event.sub_status is (expected or SubStatus.OUT_FOR_DELIVERY)  # "Out for Delivery"
    assert event.raw_code == status


DETAILS = [
    ("address_correction", SubStatus.ADDRESS_ISSUE),
    ("arrived_at_destination", SubStatus.ARRIVED_DESTINATION),
    ("arrived_at_facility", SubStatus.IN_TRANSIT),
    ("arrived_at_pickup_location", SubStatus.AVAILABLE_FOR_PICKUP),
    ("awaiting_information", SubStatus.IN_TRANSIT),
    ("cancelled", SubStatus.CANCELLED),
    ("damaged", SubStatus.DAMAGED),
    ("delayed", SubStatus.DELAYED),
    ("delivery_exception", SubStatus.FAILED_ATTEMPT),
    ("departed_facility", SubStatus.IN_TRANSIT),
    ("departed_origin_facility", SubStatus.DEPARTED_ORIGIN),
    ("expired", SubStatus.EXPIRED),
    ("failure", SubStatus.IN_TRANSIT),
    ("held", SubStatus.EXCEPTION),
    ("in_transit", SubStatus.IN_TRANSIT),
    ("label_created", SubStatus.INFO_RECEIVED),
    ("lost", SubStatus.LOST),
    ("missorted", SubStatus.DELAYED),
    ("out_for_delivery", SubStatus.OUT_FOR_DELIVERY),
    ("received_at_destination_facility", SubStatus.ARRIVED_DESTINATION),
    ("received_at_origin_facility", SubStatus.ACCEPTED),
    ("refused", SubStatus.REFUSED),
    ("return", SubStatus.RETURNING),
    ("status_update", SubStatus.IN_TRANSIT),
    ("transferred_to_destination_carrier", SubStatus.HANDED_OVER),
    ("transit_exception", SubStatus.EXCEPTION),
    ("unknown", SubStatus.IN_TRANSIT),
    ("weather_delay", SubStatus.DELAYED),
]


@pytest.mark.parametrize(("detail", "expected"), DETAILS)
def test_every_documented_status_detail_maps(detail: str, expected: SubStatus) -> None:
    """With a status that does not settle it (in_transit), the detail decides."""
    event = parse(one_detail(status="in_transit", status_detail=detail)).events[0]
    assert event.sub_status is expected
    assert event.raw_code == f"in_transit/{detail}"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("delivered", SubStatus.DELIVERED),
        ("available_for_pickup", SubStatus.AVAILABLE_FOR_PICKUP),
        ("cancelled", SubStatus.CANCELLED),
        ("return_to_sender", SubStatus.RETURNING),
    ],
)
def test_a_settling_status_is_not_overridden_by_its_detail(
    status: str, expected: SubStatus
) -> None:
    assert from_easypost(status, "arrived_at_facility") is expected


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
times = st.sampled_from(["2024-05-01T10:00:00Z", "2024-05-01T10:00:00", "2024-05-01", "-"]) | (
    st.text(max_size=45)
)
details = st.fixed_dictionaries(
    {},
    optional={
        "datetime": times | json_values,
        "message": json_values,
        "status": st.sampled_from([row[0] for row in STATUSES]) | json_values,
        "status_detail": st.sampled_from([row[0] for row in DETAILS]) | json_values,
        "tracking_location": json_values,
    },
)
payloads = json_values | st.fixed_dictionaries(
    {
        "description": st.sampled_from(["tracker.updated", "tracker.created"]) | json_values,
        "result": st.fixed_dictionaries(
            {},
            optional={
                "tracking_code": st.text(max_size=70) | json_values,
                "tracking_details": st.lists(details | json_values, max_size=5),
                "est_delivery_date": times | json_values,
                "carrier": json_values,
            },
        )
        | json_values,
    },
    optional={"id": json_values},
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads)
def test_parser_raises_nothing_but_payload_invalid(payload: Any) -> None:
    body = json.dumps(payload).encode()
    try:
        parsed = easypost.parse(body, signed(body), secret=SECRET, now=NOW)
    except PayloadInvalid:
        return
    assert all(isinstance(event, TrackingEvent) for event in parsed.events)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_raise_nothing_but_payload_invalid(body: bytes) -> None:
    with contextlib.suppress(PayloadInvalid):
        easypost.parse(body, signed(body), secret=SECRET, now=NOW)


def test_the_documented_sample_vouches_for_delivered_as_of_the_trackers_update() -> None:
    """EasyPost's own sample (tests/data/webhooks/SOURCES.md) reads "delivered"."""
    parsed = parse((DATA / "easypost_docs_tracker_updated.json").read_bytes())
    assert parsed.tracking_number == "EZ4000000004"
    assert parsed.vouched is not None
    assert parsed.vouched.source == "easypost"
    assert parsed.vouched.sub_status is SubStatus.DELIVERED
    assert parsed.vouched.reported_at == datetime(2014, 11, 18, 10, 51, 54, tzinfo=UTC)
    assert [e.sub_status for e in parsed.events][-1] is SubStatus.DELIVERED
    assert parsed.delivery_id == "evt_qatAiJDM"


def test_a_tracker_without_a_known_status_vouches_for_nothing() -> None:
    payload = load("easypost_docs_tracker_updated.json")
    payload["result"]["status"] = "unknown"
    assert parse(payload).vouched is None


def test_a_tracker_update_time_in_the_future_is_taken_as_now() -> None:
    payload = load("easypost_docs_tracker_updated.json")
    payload["result"]["updated_at"] = "2099-01-01T00:00:00Z"
    vouched = parse(payload).vouched
    assert vouched is not None
    assert vouched.reported_at == NOW
