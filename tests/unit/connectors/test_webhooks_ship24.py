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


def test_a_delivery_with_several_trackings_is_refused_whole() -> None:
    payload = load()
    payload["trackings"].append(payload["trackings"][0])
    with pytest.raises(PayloadInvalid) as invalid:
        parse(payload)
    assert "one tracking object" in invalid.value.message
