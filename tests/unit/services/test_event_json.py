"""An event of the public JSON format: what is taken, converted and refused, and in which
order refusals are named (services/tracking.py ``event_from_json``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from parceltrail.domain.errors import InvalidEvent
from parceltrail.domain.status import SubStatus
from parceltrail.services.tracking import event_from_json, parse_events

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def item(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "tracking_number": "LK123456785CN",
        "occurred_at": "2026-11-27T09:30:00+08:00",
        "description": "Arrived at sorting center",
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not ...}


def test_numbers_given_where_text_is_wanted_are_taken_as_their_text() -> None:
    event = event_from_json(
        item(
            tracking_number=123456789012,
            code=42,
            id=7,
            carrier=1.5,
            location={"city": 10115, "country": "de", "postal_code": 10115},
        ),
        now=NOW,
    )
    assert event.tracking_number == "123456789012"
    assert (event.raw_code, event.source_id, event.carrier) == ("42", "7", "1.5")
    assert (event.location.city, event.location.country, event.location.postal_code) == (
        "10115",
        "DE",
        "10115",
    )


@pytest.mark.parametrize(
    ("fields", "reason", "named"),
    [
        ({"tracking_number": True}, "bad_field", "tracking_number"),
        ({"description": ["a"]}, "bad_field", "description"),
        ({"carrier": {"a": 1}}, "bad_field", "carrier"),
        ({"code": False}, "bad_field", "code"),
        ({"id": None, "location": {"city": True}}, "bad_field", "city"),
        ({"location": {"postal_code": [1]}}, "bad_field", "postal_code"),
        ({"location": ["Paris"]}, "bad_field", "location"),
        ({"status": "teleported"}, "unknown_status", "teleported"),
        ({"occurred_at": ...}, "missing_time", "occurred_at"),
    ],
)
def test_a_bad_field_is_refused_by_name(fields: dict[str, Any], reason: str, named: str) -> None:
    with pytest.raises(InvalidEvent) as refused:
        event_from_json(item(**fields), now=NOW)
    assert refused.value.reason == reason
    assert named in refused.value.message


def test_the_first_refusal_follows_the_fields_order() -> None:
    """Number, time, text, status, place, carrier, code, id: the first wrong one is named."""
    wrong = {
        "tracking_number": True,
        "occurred_at": "yesterday",
        "description": ["a"],
        "status": "teleported",
        "location": {"city": True},
        "carrier": [1],
        "code": [2],
        "id": [3],
    }
    order = ["tracking_number", "occurred_at", "description", "status", "location", "carrier"]
    for field in order:
        with pytest.raises(InvalidEvent) as refused:
            event_from_json(item(**wrong), now=NOW)
        assert field.replace("location", "city") in refused.value.message or (
            field == "status" and "teleported" in refused.value.message
        ), (field, refused.value.message)
        del wrong[field]


def test_one_text_with_and_without_a_status_keeps_each_its_own() -> None:
    """Texts and their statuses are remembered together: the source's status, when given,
    is kept; without one the text's is read."""
    said = event_from_json(item(status="customs_started"), now=NOW)
    read = event_from_json(item(), now=NOW)
    again = event_from_json(item(status="customs_started"), now=NOW)
    assert (said.sub_status, said.status_from_text) == (SubStatus.CUSTOMS_STARTED, False)
    assert read.status_from_text is True
    assert read.sub_status is not SubStatus.CUSTOMS_STARTED
    assert again == said


def test_an_event_with_neither_text_nor_status_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(InvalidEvent) as refused:
            event_from_json(item(description="   "), now=NOW)
        assert refused.value.reason == "empty_event"


def test_a_status_alone_gives_the_text_and_an_empty_status_counts_as_none() -> None:
    event = event_from_json(item(description=None, status="delivered"), now=NOW)
    assert (event.description, event.sub_status) == ("delivered", SubStatus.DELIVERED)
    assert event_from_json(item(status=""), now=NOW).status_from_text is True


def test_not_an_object_is_rejected_with_its_index() -> None:
    valid, rejected = parse_events([item(), "x", item(tracking_number="")], now=NOW)
    assert [index for index, _ in valid] == [0]
    assert [(r.index, r.reason) for r in rejected] == [
        (1, "not_an_object"),
        (2, "bad_tracking_number"),
    ]
