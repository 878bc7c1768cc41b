"""The AfterShip backend fetching a tracking from a loopback stand-in that answers with the
v4 tracking AfterShip's own Java SDK tests with (tests/data/backends/SOURCES.md)."""

from __future__ import annotations

from datetime import UTC, datetime

from parceltrail.connectors.backends.aftership import AfterShip
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.status import SubStatus
from parceltrail.services.backend_ports import Wanted
from parceltrail.services.polling_ports import TrackedNumber
from tests.standin import StandIn, fixture

NOW = datetime(2018, 8, 17, 6, 0, tzinfo=UTC)
TRACKING_ID = "5b7658cec7c33c0e007de3c5"


def fetch(api: StandIn) -> list[TrackedNumber]:
    client = AfterShip(
        "asat_secret",
        url=api.url + "/tracking/2026-07",
        http=outbound_client(timeout=5),
        requests_per_second=100,
    )
    return list(client.fetch([Wanted("111111111111", "fedex", TRACKING_ID)], now=NOW))


def test_the_java_sdk_s_v4_tracking_is_fetched_whole_with_its_offsets(api: StandIn) -> None:
    answer = fixture("aftership_v4_get_tracking_java_sdk.json")
    api.answer("GET", f"/trackings/{TRACKING_ID}", 200, answer)
    [tracked] = fetch(api)
    assert tracked.error is None
    events = tracked.events
    assert len(events) == 14
    assert tracked.rejected_events == 0
    assert [e.utc_offset_minutes for e in events[:2]] == [-300, 480]
    latest = max(events, key=lambda e: e.occurred_at)
    assert latest.occurred_at == datetime(2018, 7, 25, 1, 10, tzinfo=UTC)  # 10:10 +09:00
    assert latest.sub_status is SubStatus.DELIVERED
    assert tracked.vouched is not None
    assert tracked.vouched.sub_status is SubStatus.DELIVERED
    # active: false, AfterShip follows it no more
    assert tracked.stopped is True


def test_a_resent_answer_names_the_same_events(api: StandIn) -> None:
    answer = fixture("aftership_v4_get_tracking_java_sdk.json")
    api.answer("GET", f"/trackings/{TRACKING_ID}", 200, answer)
    [first] = fetch(api)
    [again] = fetch(api)
    keys = [e.key for e in first.events]
    assert len(set(keys)) == 14
    assert [e.key for e in again.events] == keys
