"""Ship24 webhooks: the example of Ship24's OpenAPI reference (tests/data/webhooks/SOURCES.md),
the webhook secret in ``Authorization: Bearer``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from parceltrail.connectors import ship24
from parceltrail.connectors.base import ParsedWebhook, PayloadInvalid, SignatureInvalid
from parceltrail.connectors.webhooks import WEBHOOK_PARSERS
from parceltrail.domain.status import SubStatus

DATA = Path(__file__).parents[2] / "data" / "webhooks"
NOW = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
SECRET = "ship24-webhook-secret"


def load() -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((DATA / "ship24_tracking_events.json").read_text())
    return payload


def parse(payload: dict[str, Any], secret: str = SECRET) -> ParsedWebhook:
    body = json.dumps(payload).encode()
    return ship24.parse(body, {"authorization": f"Bearer {secret}"}, secret=SECRET, now=NOW)


def test_the_documented_delivery() -> None:
    parsed = parse(load())
    assert WEBHOOK_PARSERS["ship24"] is ship24.parse
    assert parsed.tracking_number == "9400115901047177598206"
    assert parsed.delivery_id == "356a7f93-3ce5-4b49-b560-156537283df9"
    assert parsed.event_type == "tracking/events"
    assert not parsed.stopped
    assert parsed.vouched is not None
    assert parsed.vouched.sub_status is SubStatus.DELIVERED
    # US to CN, a local time without offset: no zone is knowable, the event is not guessed.
    assert parsed.events == []
    assert [r.reason for r in parsed.rejections] == ["time_without_offset"]


def test_a_time_with_an_offset_is_kept_with_its_milestone() -> None:
    payload = load()
    payload["trackings"][0]["events"][0]["occurrenceDatetime"] = "2025-03-04T17:12:57-08:00"
    [event] = parse(payload).events
    assert event.occurred_at == datetime(2025, 3, 5, 1, 12, 57, tzinfo=UTC)
    assert event.sub_status is SubStatus.DELIVERED
    assert event.description == "Delivered to the addressee"
    assert event.source == "ship24"


def test_an_unsubscribed_tracker_stops_the_tracking() -> None:
    payload = load()
    payload["trackings"][0]["tracker"]["isSubscribed"] = False
    assert parse(payload).stopped


def test_a_wrong_or_missing_secret_is_refused() -> None:
    with pytest.raises(SignatureInvalid):
        parse(load(), secret="not-the-secret")
    body = json.dumps(load()).encode()
    with pytest.raises(SignatureInvalid):
        ship24.parse(body, {}, secret=SECRET, now=NOW)


def grouped() -> dict[str, Any]:
    """Two documented trackings in one delivery, as Ship24 groups updates for different
    shipments when the account asks for more than one per message
    (https://docs.ship24.com/webhooks/delivery): the reference's webhook example, with an
    offset on its event's time, and its webhook-history example."""
    first = load()["trackings"][0]
    first["events"][0]["occurrenceDatetime"] = "2025-03-04T17:12:57-08:00"
    history = json.loads((DATA / "ship24_webhook_history_request_body.json").read_text())
    return {"trackings": [first, history["trackings"][0]]}


LATER = datetime(2026, 5, 21, 0, 0, tzinfo=UTC)  # after both examples' events


def parse_later(payload: dict[str, Any]) -> ParsedWebhook:
    body = json.dumps(payload).encode()
    return ship24.parse(body, {"authorization": f"Bearer {SECRET}"}, secret=SECRET, now=LATER)


def test_a_grouped_delivery_reads_every_tracking() -> None:
    parsed = parse_later(grouped())
    assert parsed.tracking_number == "9400115901047177598206"
    assert parsed.delivery_id == "356a7f93-3ce5-4b49-b560-156537283df9"
    [other] = parsed.more
    assert other.tracking_number == "9400115901047177598206"  # the history example's
    assert [len(parsed.events), len(other.events)] == [1, 1]
    assert other.events[0].occurred_at == datetime(2026, 5, 20, 10, 0, tzinfo=UTC)
    assert parsed.rejections == []
    assert other.rejections == []


def test_a_grouped_tracking_without_number_is_a_rejection_and_the_others_are_kept() -> None:
    payload = grouped()
    del payload["trackings"][0]["tracker"]["trackingNumber"]
    del payload["trackings"][0]["events"][0]["trackingNumber"]  # its shipment names none
    payload["trackings"][1]["events"][0]["occurrenceDatetime"] = "yesterday"
    parsed = parse_later(payload)
    assert parsed.tracking_number == "9400115901047177598206"
    assert parsed.more == ()
    assert [(r.tracking, r.index, r.reason) for r in parsed.rejections] == [
        (0, 0, "no_tracking_number"),
        (1, 0, "bad_time"),
    ]


def test_a_delivery_without_trackings_or_without_any_number_is_refused_whole() -> None:
    empty: list[Any] = []
    for trackings in (empty, "not a list"):
        with pytest.raises(PayloadInvalid) as invalid:
            parse({"trackings": trackings})
        assert "1 to 500 tracking objects" in invalid.value.message
    payload = grouped()
    for tracking in payload["trackings"]:
        tracking.pop("tracker", None)
        tracking["shipment"].pop("trackingNumber", None)
        for event in tracking["events"]:
            event.pop("trackingNumber", None)
    with pytest.raises(PayloadInvalid) as none:
        parse(payload)
    assert "none of the 2 trackings" in none.value.message
    with pytest.raises(PayloadInvalid) as too_many:
        parse({"trackings": [load()["trackings"][0]] * (ship24.MAX_TRACKINGS + 1)})
    assert "not 501" in too_many.value.message


def test_a_domestic_us_time_without_offset_is_read_in_the_state_a_usps_plant_names() -> None:
    payload = load()
    payload["trackings"][0]["shipment"]["destinationCountryCode"] = "US"
    event = payload["trackings"][0]["events"][0]
    event["location"] = "LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER"
    [read] = parse(payload).events
    assert (read.occurred_at, read.utc_offset_minutes) == (
        datetime(2025, 3, 5, 1, 12, 57, tzinfo=UTC),  # 17:12:57 PST, before March 9
        -480,
    )
    assert read.location.city == "LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER"
    for unplaced in ("SAN RAFAEL, CA 94901", "KNOXVILLE TN DISTRIBUTION CENTER"):
        event["location"] = unplaced  # no plant name; a plant in a split state
        assert [r.reason for r in parse(payload).rejections] == ["time_without_offset"]
