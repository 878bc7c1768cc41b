"""The AfterShip Tracking API client against a loopback stand-in answering with AfterShip's
documented bodies (tests/data/backends/SOURCES.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from parceltrail.connectors.backends.aftership import AfterShip
from parceltrail.connectors.backends.codes import carrier_codes
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.status import SubStatus
from parceltrail.services.backend_ports import BackendRefusedKey, BackendUnavailable, Wanted
from tests.standin import StandIn, fixture

NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
KEY = "asat_secret"
NUMBER = "9361289676091361892011"


def tracking() -> dict[str, Any]:
    msg: dict[str, Any] = fixture("webhooks/aftership_tracking_update.json")["msg"]
    return msg


def client(api: StandIn) -> AfterShip:
    return AfterShip(
        KEY,
        url=api.url + "/tracking/2026-07",
        http=outbound_client(timeout=5),
        requests_per_second=100,
    )


def test_create_sends_the_key_and_the_slug_and_keeps_aftership_s_id(api: StandIn) -> None:
    api.answer("POST", "/trackings", 201, {"meta": {"code": 201}, "data": tracking()})
    [started] = client(api).start([Wanted(NUMBER, "usps")], now=NOW)
    [call] = api.calls("/tracking/2026-07/trackings")
    assert call.headers["as-api-key"] == KEY
    assert call.body == {"tracking_number": NUMBER, "slug": "usps"}
    assert started.error is None
    assert started.external_id == tracking()["id"]
    assert started.carrier == "usps"


def test_an_unmapped_carrier_is_left_to_aftership_s_detection(api: StandIn) -> None:
    api.answer("POST", "/trackings", 201, {"meta": {"code": 201}, "data": tracking()})
    client(api).start([Wanted(NUMBER, None)], now=NOW)
    assert api.calls("/trackings")[0].body == {"tracking_number": NUMBER}


def test_a_carrier_aftership_does_not_list_is_created_without_a_slug_and_mapped_back(
    api: StandIn,
) -> None:
    """Kazpost is not in AfterShip's couriers: no slug is sent, and the slug AfterShip
    detects (the tracking's ``slug``) comes back as parceltrail's carrier."""
    assert "kazpost" in carrier_codes("aftership").unserved
    api.answer("POST", "/trackings", 201, {"meta": {"code": 201}, "data": tracking()})
    [started] = client(api).start([Wanted(NUMBER, "kazpost")], now=NOW)
    assert api.calls("/trackings")[0].body == {"tracking_number": NUMBER}
    assert started.carrier == carrier_codes("aftership").ours(tracking()["slug"]) == "usps"


def test_an_existing_tracking_is_found_by_number(api: StandIn) -> None:
    api.answer("POST", "/trackings", 400, fixture("aftership_error_4003.json"))
    api.answer(
        "GET", "/trackings", 200, {"meta": {"code": 200}, "data": {"trackings": [tracking()]}}
    )
    [started] = client(api).start([Wanted(NUMBER, "usps")], now=NOW)
    assert started.error is None
    assert started.external_id == tracking()["id"]
    assert api.calls("/trackings")[-1].path.endswith(f"tracking_numbers={NUMBER}")


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("aftership_error_4012.json", "carrier_not_detected"),
        ("aftership_error_4017.json", "rejected"),
    ],
)
def test_undetected_carrier_and_bad_number(api: StandIn, name: str, error: str) -> None:
    api.answer("POST", "/trackings", 400, fixture(name))
    [started] = client(api).start([Wanted(NUMBER)], now=NOW)
    assert started.error == error
    assert started.message == fixture(name)["meta"]["message"]


def test_401_429_and_5xx(api: StandIn) -> None:
    api.answer("POST", "/trackings", 401, fixture("aftership_error_401.json"))
    api.answer("POST", "/trackings", 429, fixture("aftership_error_429.json"), Retry_After="2")
    api.answer("POST", "/trackings", 502, {})
    backend = client(api)
    with pytest.raises(BackendRefusedKey) as refused:
        backend.start([Wanted(NUMBER)], now=NOW)
    assert "PARCELTRAIL_AFTERSHIP_API_KEY" in refused.value.message
    assert KEY not in refused.value.message
    with pytest.raises(BackendUnavailable) as limited:
        backend.start([Wanted(NUMBER)], now=NOW)
    assert limited.value.retry_after == 2.0
    with pytest.raises(BackendUnavailable):
        backend.start([Wanted(NUMBER)], now=NOW)


def test_get_by_id_gives_the_checkpoints_and_the_tag_aftership_vouches_for(api: StandIn) -> None:
    tracking_id = tracking()["id"]
    api.answer("GET", f"/trackings/{tracking_id}", 200, {"meta": {"code": 200}, "data": tracking()})
    [tracked] = client(api).fetch([Wanted(NUMBER, "usps", tracking_id)], now=NOW)
    assert len(tracked.events) == len(tracking()["checkpoints"])
    assert tracked.vouched is not None
    assert tracked.vouched.sub_status is SubStatus.OUT_FOR_DELIVERY


def test_delete_and_retrack_by_id(api: StandIn) -> None:
    tracking_id = tracking()["id"]
    api.answer(
        "DELETE", f"/trackings/{tracking_id}", 200, {"meta": {"code": 200}, "data": tracking()}
    )
    api.answer(
        "POST",
        f"/trackings/{tracking_id}/retrack",
        200,
        {"meta": {"code": 200}, "data": tracking()},
    )
    backend = client(api)
    assert backend.stop([Wanted(NUMBER, "usps", tracking_id)], now=NOW) == [NUMBER]
    assert backend.retrack([Wanted(NUMBER, "usps", tracking_id)], now=NOW) == [NUMBER]
    assert [c.method for c in api.seen] == ["DELETE", "POST"]


def test_a_tracking_aftership_no_longer_follows_is_fetched_as_stopped(api: StandIn) -> None:
    """``active: false``: AfterShip stopped it by itself (no news for days), not final."""
    quiet = tracking()
    quiet["active"] = False
    api.answer("GET", f"/trackings/{quiet['id']}", 200, {"meta": {"code": 200}, "data": quiet})
    [tracked] = client(api).fetch([Wanted(NUMBER, "usps", quiet["id"])], now=NOW)
    assert tracked.stopped
    assert tracked.vouched is not None
    assert tracked.vouched.sub_status is SubStatus.OUT_FOR_DELIVERY


def test_aftership_s_recorded_create_answer_gives_its_id_and_slug(api: StandIn) -> None:
    """AfterShip's own recorded answer to creating a 4PX tracking (its v4 envelope, the
    tracking under ``data.tracking``)."""
    recorded = fixture("aftership_create_tracking_v4.json")
    api.answer("POST", "/trackings", 201, recorded)
    [started] = client(api).start([Wanted("HH19260817", "4px")], now=NOW)
    assert api.calls("/trackings")[0].body == {"tracking_number": "HH19260817", "slug": "4px"}
    assert started.error is None
    assert started.external_id == "pm0e3fhxj33cdk72setpy025"
    assert started.carrier == "4px"


def test_aftership_s_recorded_get_answer_gives_checkpoints_and_its_tag(api: StandIn) -> None:
    """AfterShip's own recorded answer to getting a PostNL 3S tracking by id: six
    checkpoints, the last received in Spain, subtag InTransit_004 ("Arrived at destination
    country"), still active."""
    api.answer(
        "GET", "/trackings/wuuxyb7ohjx55kmpt5r7y017", 200, fixture("aftership_get_tracking_v4.json")
    )
    [tracked] = client(api).fetch(
        [Wanted("3SKAAG5995399", "postnl", "wuuxyb7ohjx55kmpt5r7y017")], now=NOW
    )
    assert tracked.error is None
    assert len(tracked.events) == 6
    latest = max(tracked.events, key=lambda e: e.occurred_at)
    assert latest.occurred_at == datetime(2021, 3, 25, 9, 59, tzinfo=UTC)  # 10:59 +01:00
    assert latest.description == "Shipment received in country of destination"
    assert tracked.vouched is not None
    assert tracked.vouched.sub_status is SubStatus.ARRIVED_DESTINATION  # InTransit_004
    assert tracked.stopped is False


def test_aftership_s_recorded_retrack_answer_is_taken(api: StandIn) -> None:
    api.answer(
        "POST",
        "/trackings/k5lh7dy7vvqeck71p5loe011/retrack",
        200,
        fixture("aftership_retrack_v4.json"),
    )
    taken = client(api).retrack(
        [Wanted("19260817", "china_post", "k5lh7dy7vvqeck71p5loe011")], now=NOW
    )
    assert taken == ["19260817"]
