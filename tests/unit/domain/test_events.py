"""The outbox text of a domain event is exactly ``json.dumps`` of its payload."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

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


def test_remembered_time_texts_keep_each_offset() -> None:
    # Equal instants in other zones compare equal; their text must still show their own offset.
    china = AT.astimezone(timezone(timedelta(hours=8)))
    assert iso_text(AT) == "2026-11-20T01:30:00+00:00"
    assert iso_text(china) == "2026-11-20T09:30:00+08:00"
    assert iso_text(AT) == AT.isoformat()
