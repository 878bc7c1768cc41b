"""The Ship24 Tracking API client against a loopback stand-in answering with the examples of
Ship24's OpenAPI reference (tests/data/backends/SOURCES.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from parceltrail.connectors.backends.codes import carrier_codes
from parceltrail.connectors.backends.ship24 import Ship24
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.status import SubStatus
from parceltrail.services.backend_ports import (
    BackendQuotaExhausted,
    BackendRefusedKey,
    BackendUnavailable,
    Wanted,
)
from tests.standin import StandIn, fixture

NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
KEY = "ship24_secret_key"
FIRST, SECOND = "9400115901047177598206", "9400111202544843610609"
TRACKER_ID = "26148317-7502-d3ac-44a9-546d240ac0dd"


def client(api: StandIn) -> Ship24:
    return Ship24(
        KEY, url=api.url + "/public/v1", http=outbound_client(timeout=5), requests_per_second=100
    )


def results() -> dict[str, Any]:
    found: dict[str, Any] = fixture("ship24_tracker_results.json")
    return found


def test_bulk_create_sends_the_key_and_keeps_each_tracker_id(api: StandIn) -> None:
    api.answer("POST", "/trackers/bulk", 201, fixture("ship24_bulk_create_success.json"))
    started = client(api).start([Wanted(FIRST, "usps"), Wanted(SECOND, "sky56")], now=NOW)
    [call] = api.calls("/public/v1/trackers/bulk")
    assert call.headers["Authorization"] == f"Bearer {KEY}"
    # USPS has a Ship24 code (us-post); Sky56 is not in Ship24's list: left to its detection.
    assert call.body == [
        {"trackingNumber": FIRST, "courierCode": ["us-post"]},
        {"trackingNumber": SECOND},
    ]
    assert [(s.number, s.error, s.external_id) for s in started] == [
        (FIRST, None, TRACKER_ID),
        (SECOND, None, "001a975d-768d-4e16-a2b2-cff8a8f7e7fb"),
    ]


def test_a_refused_number_is_rejected_with_ship24_s_reason(api: StandIn) -> None:
    api.answer("POST", "/trackers/bulk", 207, fixture("ship24_bulk_create_partial.json"))
    first, test = client(api).start([Wanted(FIRST), Wanted("TEST")], now=NOW)
    assert first.error is None
    assert first.external_id == TRACKER_ID
    assert test.error == "rejected"
    assert test.message is not None
    assert test.message.startswith("The trackingNumber provided seems invalid")


def test_a_number_ship24_leaves_out_of_its_answer_is_not_taken_as_tracked(
    api: StandIn,
) -> None:
    api.answer("POST", "/trackers/bulk", 201, fixture("ship24_bulk_create_success.json"))
    [missing] = client(api).start([Wanted("LX123456785CN")], now=NOW)
    assert missing.error == "rejected"


def test_used_up_quota_pauses_the_backend(api: StandIn) -> None:
    api.answer("POST", "/trackers/bulk", 403, fixture("ship24_bulk_create_forbidden.json"))
    with pytest.raises(BackendQuotaExhausted) as exhausted:
        client(api).start([Wanted(FIRST)], now=NOW)
    assert "No more quota left" in exhausted.value.message


def test_401_429_and_5xx(api: StandIn) -> None:
    api.answer("POST", "/trackers/bulk", 401, fixture("ship24_error_401.json"))
    api.answer("POST", "/trackers/bulk", 429, fixture("ship24_error_429.json"), Retry_After="1")
    api.answer("POST", "/trackers/bulk", 503, {})
    backend = client(api)
    with pytest.raises(BackendRefusedKey) as refused:
        backend.start([Wanted(FIRST)], now=NOW)
    assert "PARCELTRAIL_SHIP24_API_KEY" in refused.value.message
    assert KEY not in refused.value.message
    with pytest.raises(BackendUnavailable) as limited:
        backend.start([Wanted(FIRST)], now=NOW)
    assert limited.value.retry_after == 1.0
    with pytest.raises(BackendUnavailable):
        backend.start([Wanted(FIRST)], now=NOW)


def test_results_by_tracker_id_give_the_milestone_ship24_vouches_for(api: StandIn) -> None:
    api.answer("GET", f"/trackers/{TRACKER_ID}/results", 200, results())
    [tracked] = client(api).fetch([Wanted(FIRST, None, TRACKER_ID)], now=NOW)
    assert tracked.vouched is not None
    assert tracked.vouched.sub_status is SubStatus.DELIVERED
    # US to CN with local times and no offset: no time zone is knowable, nothing is guessed.
    assert tracked.events == []
    assert tracked.rejected_events == len(results()["data"]["trackings"][0]["events"])


def test_a_domestic_shipment_s_local_times_are_read_in_its_country(api: StandIn) -> None:
    body = results()
    body["data"]["trackings"][0]["shipment"]["originCountryCode"] = "CN"
    body["data"]["trackings"][0]["shipment"]["destinationCountryCode"] = "CN"
    api.answer("GET", f"/trackers/{TRACKER_ID}/results", 200, body)
    [tracked] = client(api).fetch([Wanted(FIRST, None, TRACKER_ID)], now=NOW)
    delivered = max(tracked.events, key=lambda e: e.occurred_at)
    assert delivered.occurred_at == datetime(2021, 3, 4, 9, 12, 57, tzinfo=UTC)  # 17:12 +08
    assert delivered.sub_status is SubStatus.DELIVERED
    assert len(tracked.events) == 9
    # Ship24's courier codes come back as parceltrail's carrier ids (us-post, cn-post).
    assert {e.carrier for e in tracked.events} == {"usps", "china_post"}


def test_without_a_tracker_id_results_are_searched_by_number(api: StandIn) -> None:
    api.answer("GET", f"/trackers/search/{FIRST}/results", 200, results())
    api.answer("GET", "/trackers/unknown/results", 404, fixture("ship24_tracker_not_found.json"))
    backend = client(api)
    [tracked] = backend.fetch([Wanted(FIRST)], now=NOW)
    assert tracked.error is None
    assert tracked.vouched is not None
    [unknown] = backend.fetch([Wanted(FIRST, None, "unknown")], now=NOW)
    assert unknown.error == "not_registered"


def test_stop_unsubscribes_the_tracker(api: StandIn) -> None:
    api.answer("PATCH", f"/trackers/{TRACKER_ID}", 200, fixture("ship24_tracker_updated.json"))
    api.answer("PATCH", "/trackers/gone", 404, fixture("ship24_tracker_not_found.json"))
    backend = client(api)
    assert backend.stop([Wanted(FIRST, None, TRACKER_ID)], now=NOW) == [FIRST]
    assert backend.stop([Wanted(SECOND, None, "gone")], now=NOW) == [SECOND]
    assert api.seen[0].method == "PATCH"
    assert api.seen[0].body == {"isSubscribed": False}


def test_a_carrier_ship24_does_not_list_goes_without_a_code_and_comes_back_as_detected(
    api: StandIn,
) -> None:
    """Sky56 is marked unserved in Ship24's map: the tracker is created without a courierCode,
    and the couriers Ship24 then names on the events are read as parceltrail's carriers."""
    assert "sky56" in carrier_codes("ship24").unserved
    body = results()  # a domestic shipment, so that its local times can be read
    body["data"]["trackings"][0]["shipment"]["originCountryCode"] = "CN"
    body["data"]["trackings"][0]["shipment"]["destinationCountryCode"] = "CN"
    api.answer("POST", "/trackers/bulk", 201, fixture("ship24_bulk_create_success.json"))
    api.answer("GET", f"/trackers/{TRACKER_ID}/results", 200, body)
    backend = client(api)
    [started] = backend.start([Wanted(FIRST, "sky56")], now=NOW)
    assert api.calls("/trackers/bulk")[0].body == [{"trackingNumber": FIRST}]
    [tracked] = backend.fetch([Wanted(FIRST, "sky56", started.external_id)], now=NOW)
    assert {e.carrier for e in tracked.events} == {"usps", "china_post"}
