"""The outbox text of a domain event is exactly ``json.dumps`` of its payload."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from parceltrail.domain import events
from parceltrail.domain.clock import iso_text

AT = datetime(2026, 11, 20, 1, 30, tzinfo=UTC)


def _samples() -> list[events.DomainEvent]:
    return [
        events.OrderCreated("ord_1", "R-1", "usr_s", "usr_b"),
        events.ShipmentDispatched("shp_1", "ord_1", "LK123456785CN", None, AT),
        events.LegAdded("shp_1", "LK123456785CN", "usps", 2),
        events.TrackingUpdated(
            "shp_1",
            "LK123456785CN",
            "pending",
            "pending",
            "in_transit",
            "accepted",
            (("accepted", AT), ("departed_origin", AT + timedelta(hours=1))),
            None,
        ),
        events.ProblemChanged("shp_1", "LK1", None, "lost", None, True, 'says "lost"', AT),
        events.DisputeChanged("dsp_1", "ord_1", "open", "buyer", "open", "12.50"),
        events.MessagePosted("msg_1", "ord_1", "usr_b", "usr_s"),
        events.OrderConfirmed("ord_1", automatic=True),
    ]


def test_payload_json_is_json_dumps_of_the_payload() -> None:
    for event in _samples():
        assert event.payload_json() == json.dumps(event.payload()), event


def test_a_tracking_update_written_out_is_json_dumps_of_its_payload() -> None:
    """``TrackingUpdated`` writes its own text: the same as the encoder's for any strings
    (quotes, backslashes, other scripts), times in any zone, no milestones or no last time."""
    india = timezone(timedelta(hours=5, minutes=30))
    odd = 'a "quoted" \\ back\nslash, é, 中文 \u2028'
    for update in (
        events.TrackingUpdated(
            "shp_1", "LK1", "pending", "pending", "pending", "pending", (), None
        ),
        events.TrackingUpdated(
            odd, odd, odd, odd, odd, odd, ((odd, AT), ("x", AT.astimezone(india))), AT
        ),
        events.TrackingUpdated(
            "shp_2",
            "LK2",
            "in_transit",
            "accepted",
            "delivered",
            "delivered",
            (("delivered", AT + timedelta(microseconds=5)),),
            AT.astimezone(india),
        ),
    ):
        assert update.payload_json() == json.dumps(update.payload())
        assert json.loads(update.payload_json()) == update.payload()


def test_remembered_time_texts_keep_each_offset() -> None:
    # Equal instants in other zones compare equal; their text must still show their own offset.
    china = AT.astimezone(timezone(timedelta(hours=8)))
    assert iso_text(AT) == "2026-11-20T01:30:00+00:00"
    assert iso_text(china) == "2026-11-20T09:30:00+08:00"
    assert iso_text(AT) == AT.isoformat()


def test_a_payload_has_times_as_iso_text_and_tuples_as_lists() -> None:
    updated = _samples()[3]
    assert updated.payload() == {
        "shipment_id": "shp_1",
        "tracking_number": "LK123456785CN",
        "previous_status": "pending",
        "previous_sub_status": "pending",
        "status": "in_transit",
        "sub_status": "accepted",
        "milestones": [
            ["accepted", "2026-11-20T01:30:00+00:00"],
            ["departed_origin", "2026-11-20T02:30:00+00:00"],
        ],
        "last_event_at": None,
    }
    assert updated.name == "shipment.tracking_updated"
    assert events.DomainEvent.name == "event"


def test_a_list_field_is_made_json_ready_like_a_tuple() -> None:
    event = events.LegAdded("shp_1", "LK1", None, 1)
    object.__setattr__(event, "carrier", [AT, "x"])  # a field that holds a list
    assert event.payload()["carrier"] == ["2026-11-20T01:30:00+00:00", "x"]


def test_a_value_json_cannot_hold_is_an_error_naming_its_type() -> None:
    event = events.LegAdded("shp_1", "LK1", None, 1)
    object.__setattr__(event, "carrier", {1, 2})
    with pytest.raises(TypeError, match=r"^set is not JSON serializable$"):
        event.payload_json()


@pytest.mark.parametrize("sample", _samples(), ids=lambda event: event.name)
def test_a_batch_row_reads_back_as_each_events_own_payload(sample: events.DomainEvent) -> None:
    """A batch of one kind of event in one outbox row (``batch_payload_json``) reads back as
    the payloads the events would each have had in rows of their own."""
    later = [sample, replace(sample)]
    text = events.batch_payload_json(later)
    assert events.batch_payloads(json.loads(text)) == [json.loads(e.payload_json()) for e in later]


def test_only_tracking_updates_are_batched() -> None:
    batched = {type(e).__name__ for e in _samples() if e.batch_name is not None}
    assert batched == {"TrackingUpdated"}
    assert events.TrackingUpdated.batch_name == "shipment.tracking_updated.batch"
    assert {e.batch_name for e in _samples() if e.batch_name is not None} == events.BATCH_TOPICS


def test_a_batch_row_is_summed_up_by_its_count_first_numbers_and_size() -> None:
    numbers = ["LK123456785CN", "1Z999AA10123456784", "LP00068434402473"] * 400
    batch = [
        events.TrackingUpdated(f"s{i}", n, "pending", "pending", "in_transit", "accepted", (), AT)
        for i, n in enumerate(numbers)
    ]
    text = events.batch_payload_json(batch)  # no ", " nor ": " inside its values
    payload = json.loads(text)
    topic = events.TRACKING_UPDATED_BATCH
    summary = events.batch_summary(topic, payload)
    assert summary == events.BatchSummary(
        events=1200,
        first_numbers=tuple(numbers[:5]),
        size=len(text.replace(", ", ",").replace(": ", ":").encode()),
    )
    assert summary.size > 100_000
    shorter = events.batch_summary(topic, payload, shown=2)
    assert shorter is not None
    assert shorter.first_numbers == tuple(numbers[:2])


def test_only_a_batch_row_has_a_summary() -> None:
    batch = events.TRACKING_UPDATED_BATCH
    order = events.OrderCreated("ord_1", "R-1", "u", "b")
    assert events.batch_summary(order.name, order.payload()) is None
    # The topic decides, not the payload's shape: a batch-shaped payload of another topic is
    # shown whole, and so is a batch row whose payload is not in the batch shape.
    assert events.batch_summary("webhook.delivery", {"fields": ["a"], "rows": [["x"]]}) is None
    assert events.batch_summary(batch, {"fields": "a", "rows": []}) is None
    assert events.batch_summary(batch, {"fields": ["a"], "rows": {}}) is None
    assert events.batch_summary(batch, {"rows": []}) is None
    assert events.batch_summary(batch, {"fields": ["a"], "rows": [["x"], ["y"]]}) == (
        events.BatchSummary(2, (), len('{"fields":["a"],"rows":[["x"],["y"]]}'))
    )
