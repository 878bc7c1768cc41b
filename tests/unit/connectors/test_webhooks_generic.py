"""parceltrail's own signed webhook format (docs/webhooks.md, section "Generic").

``X-Parceltrail-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>``, refused
more than five minutes away from ``now``.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parceltrail.connectors import generic
from parceltrail.connectors.base import ParsedWebhook, PayloadInvalid, SignatureInvalid
from parceltrail.connectors.webhooks import WEBHOOK_PARSERS, WEBHOOK_SECRET_VARS
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import TrackingEvent

DATA = Path(__file__).parents[2] / "data" / "webhooks"
NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
SECRET = "generic-webhook-secret"


def signature(body: bytes, timestamp: int, secret: str = SECRET) -> str:
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signed(body: bytes, *, at: datetime = NOW, secret: str = SECRET) -> dict[str, str]:
    stamp = int(at.timestamp())
    return {"X-Parceltrail-Signature": f"t={stamp},v1={signature(body, stamp, secret)}"}


def parse(payload: dict[str, Any] | bytes) -> ParsedWebhook:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return generic.parse(body, signed(body), secret=SECRET, now=NOW)


def load() -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((DATA / "generic_events.json").read_text())
    return payload


def test_events_as_documented() -> None:
    body = (DATA / "generic_events.json").read_bytes()
    parsed = generic.parse(body, signed(body), secret=SECRET, now=NOW)

    assert parsed.provider == "generic"
    assert parsed.tracking_number == "PT12345678DE"  # normalised
    assert parsed.carrier == "acme-post"
    assert parsed.delivery_id == signature(body, int(NOW.timestamp()))
    assert parsed.rejections == []
    assert [e.sub_status for e in parsed.events] == [
        SubStatus.ACCEPTED,
        SubStatus.DEPARTED_ORIGIN,
        SubStatus.OUT_FOR_DELIVERY,
    ]
    first = parsed.events[0]
    assert first.source_id == "scan-001"
    assert first.raw_code == "A10"
    assert first.carrier == "acme-post"
    assert first.location.city == "Hamburg"
    assert first.location.country == "DE"
    assert first.occurred_at == datetime(2024, 5, 6, 7, 30, tzinfo=UTC)
    assert first.utc_offset_minutes == 120


def test_the_helper_signs_like_the_documentation_says() -> None:
    body = b'{"tracking_number": "X1", "events": []}'
    header = generic.signature_header(body, SECRET, timestamp=1715342400)
    assert header == f"t=1715342400,v1={signature(body, 1715342400)}"


@pytest.mark.parametrize("skew", [timedelta(minutes=-5), timedelta(0), timedelta(minutes=5)])
def test_timestamps_within_five_minutes_are_accepted(skew: timedelta) -> None:
    body = (DATA / "generic_events.json").read_bytes()
    assert generic.parse(body, signed(body, at=NOW + skew), secret=SECRET, now=NOW).events


@pytest.mark.parametrize("skew", [timedelta(minutes=-5, seconds=-1), timedelta(hours=3)])
def test_replays_outside_five_minutes_are_refused(skew: timedelta) -> None:
    body = (DATA / "generic_events.json").read_bytes()
    with pytest.raises(SignatureInvalid, match="at most 300 s"):
        generic.parse(body, signed(body, at=NOW + skew), secret=SECRET, now=NOW)


def test_any_of_several_v1_signatures_may_match_during_rotation() -> None:
    body = (DATA / "generic_events.json").read_bytes()
    stamp = int(NOW.timestamp())
    old, new = signature(body, stamp, "old secret"), signature(body, stamp)
    header = {"x-parceltrail-signature": f"t={stamp}, v1={old}, v1={new.upper()}"}
    assert generic.parse(body, header, secret=SECRET, now=NOW).delivery_id == new


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (None, "header is missing"),
        ("v1=abc", "must look like"),
        ("t=1715342400", "must look like"),
        ("t=soon,v1=abc", "must look like"),
        ("t=99999999999999999999,v1=abc", "must look like"),
        ("t=1715342400,v1=abc", "does not match"),
        ("t=1715342400,v1=ünï", "does not match"),
    ],
)
def test_bad_headers_are_refused(header: str | None, message: str) -> None:
    headers = {} if header is None else {"X-Parceltrail-Signature": header}
    with pytest.raises(SignatureInvalid, match=message):
        generic.parse(b"{}", headers, secret=SECRET, now=NOW)


def test_signature_over_another_timestamp_is_refused() -> None:
    body = (DATA / "generic_events.json").read_bytes()
    stamp = int(NOW.timestamp())
    header = {"X-Parceltrail-Signature": f"t={stamp},v1={signature(body, stamp - 1)}"}
    with pytest.raises(SignatureInvalid, match="does not match"):
        generic.parse(body, header, secret=SECRET, now=NOW)


def test_empty_secret_never_verifies() -> None:
    with pytest.raises(SignatureInvalid, match="PARCELTRAIL_WEBHOOK_SECRET"):
        generic.parse(b"{}", signed(b"{}", secret=""), secret="", now=NOW)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"tracking_number=X", "not valid UTF-8 JSON"),
        (b"[]", "must be a JSON object"),
        (b'{"events": []}', "tracking_number"),
        (b'{"tracking_number": "' + b"9" * 65 + b'"}', "tracking_number"),
    ],
)
def test_unusable_payload_is_invalid(body: bytes, message: str) -> None:
    with pytest.raises(PayloadInvalid, match=message):
        parse(body)


def test_malformed_events_are_rejected_and_the_others_kept() -> None:
    payload = load()
    payload["events"] += [
        {"occurred_at": "2024-05-08T09:00:00", "description": "no offset"},
        {"occurred_at": "2024-05-08T09:00:00Z", "description": "x", "status": "teleported"},
        {
            "occurred_at": "2024-05-08T09:00:00Z",
            "description": "x",
            "location": {"country": "Germany"},
        },
        {"occurred_at": "2024-05-08T09:00:00Z"},
        {"occurred_at": 1715158800, "description": "unix time is not accepted"},
    ]
    parsed = parse(payload)
    assert [(r.index, r.reason) for r in parsed.rejections] == [
        (3, "time_without_offset"),
        (4, "unknown_status"),
        (5, "bad_country"),
        (6, "empty_event"),
        (7, "bad_time"),
    ]
    assert len(parsed.events) == 3
    assert "ISO 3166" in parsed.rejections[2].message


@pytest.mark.parametrize("status", [sub.value for sub in SubStatus])
def test_every_status_of_ours_is_accepted(status: str) -> None:
    payload = load()
    payload["events"][0]["status"] = status.upper()
    assert parse(payload).events[0].sub_status is SubStatus(status)


def test_registry_offers_the_five_parsers_with_one_interface() -> None:
    assert set(WEBHOOK_PARSERS) == {"aftership", "17track", "easypost", "ship24", "generic"}
    assert set(WEBHOOK_SECRET_VARS) == set(WEBHOOK_PARSERS)
    body = (DATA / "generic_events.json").read_bytes()
    parsed = WEBHOOK_PARSERS["generic"](body, signed(body), secret=SECRET, now=NOW)
    assert parsed.tracking_number == "PT12345678DE"


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
events = st.fixed_dictionaries(
    {},
    optional={
        "occurred_at": st.sampled_from(["2024-05-01T10:00:00+02:00", "2024-05-01"]) | json_values,
        "description": json_values,
        "status": st.sampled_from([sub.value for sub in SubStatus]) | json_values,
        "code": json_values,
        "id": json_values,
        "location": st.fixed_dictionaries(
            {}, optional={"city": json_values, "country": json_values}
        )
        | json_values,
    },
)
payloads = json_values | st.fixed_dictionaries(
    {},
    optional={
        "tracking_number": st.text(max_size=70) | json_values,
        "carrier": json_values,
        "events": st.lists(events | json_values, max_size=5) | json_values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads)
def test_parser_raises_nothing_but_payload_invalid(payload: Any) -> None:
    body = json.dumps(payload).encode()
    try:
        parsed = generic.parse(body, signed(body), secret=SECRET, now=NOW)
    except PayloadInvalid:
        return
    assert all(isinstance(event, TrackingEvent) for event in parsed.events)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_raise_nothing_but_payload_invalid(body: bytes) -> None:
    with contextlib.suppress(PayloadInvalid):
        generic.parse(body, signed(body), secret=SECRET, now=NOW)
