"""API v1 over real HTTP on loopback, against SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import factories

NUMBER = "LK123456785CN"
START = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)
ORDER = {
    "reference": "AE-1001",
    "buyer_email": "buyer@example.com",
    "lines": [{"title": "Bluetooth earbuds", "quantity": 1}],
}


def auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def seller_token(app: App) -> str:
    factories.user(app, "seller@example.com", Role.SELLER)
    return factories.token(app, "seller@example.com")


@pytest.fixture
def shipped(http: httpx.Client, seller_token: str) -> dict[str, Any]:
    order = http.post("/api/v1/orders", json=ORDER, headers=auth(seller_token))
    assert order.status_code == 201, order.text
    shipment = http.post(
        f"/api/v1/orders/{order.json()['id']}/shipments",
        json={"tracking_number": "lk123456785cn", "carrier": "china_post"},
        headers=auth(seller_token),
    )
    assert shipment.status_code == 201, shipment.text
    return {"order": order.json(), "shipment": shipment.json()}


def error_code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


def test_requests_without_a_valid_token_are_refused(http: httpx.Client) -> None:
    missing = http.get("/api/v1/orders")
    wrong = http.get("/api/v1/orders", headers=auth("pt_nope"))
    assert (missing.status_code, wrong.status_code) == (401, 401)
    assert error_code(missing) == error_code(wrong) == "not_authenticated"
    assert "parceltrail tokens create" in missing.json()["error"]["message"]
    assert wrong.headers["www-authenticate"] == "Bearer"


def test_dispatch_then_events_then_lookup(
    http: httpx.Client, seller_token: str, shipped: dict
) -> None:
    again = http.post(
        f"/api/v1/orders/{shipped['order']['id']}/shipments",
        json={"tracking_number": NUMBER},
        headers=auth(seller_token),
    )
    assert again.status_code == 200
    assert again.json()["id"] == shipped["shipment"]["id"]
    journey = factories.raw_journey(NUMBER, START)
    posted = http.post("/api/v1/events", json={"events": journey}, headers=auth(seller_token))
    assert posted.json() == {"accepted": 9, "duplicates": 0, "rejected": 0, "rejections": []}
    tracking = http.get(f"/api/v1/trackings/{NUMBER}", headers=auth(seller_token)).json()
    assert tracking["status"] == "delivered"
    assert tracking["order"]["reference"] == "AE-1001"
    assert tracking["carrier"] == "china_post"
    assert len(tracking["events"]) == 9


def test_replayed_and_shuffled_batches_change_nothing(
    http: httpx.Client, seller_token: str, shipped: dict
) -> None:
    journey = factories.raw_journey(NUMBER, START)
    http.post("/api/v1/events", json={"events": journey}, headers=auth(seller_token))
    first = http.get(f"/api/v1/trackings/{NUMBER}", headers=auth(seller_token)).json()
    replay = journey * 2
    random.Random(5).shuffle(replay)
    posted = http.post("/api/v1/events", json={"events": replay}, headers=auth(seller_token)).json()
    assert (posted["accepted"], posted["duplicates"]) == (0, 18)
    assert http.get(f"/api/v1/trackings/{NUMBER}", headers=auth(seller_token)).json() == first


def test_bad_events_are_rejected_one_by_one_with_reasons(
    http: httpx.Client, seller_token: str, shipped: dict
) -> None:
    events = [
        {"tracking_number": NUMBER, "occurred_at": "2099-01-01T00:00:00Z", "description": "x"},
        {"tracking_number": "NOSUCH123", "occurred_at": "2026-11-20T10:00:00Z", "description": "x"},
        {
            "tracking_number": NUMBER,
            "occurred_at": "2026-11-20T10:00:00+01:00",
            "description": "<script>alert(1)</script>" + "y" * 100_000,
        },
    ]
    body = http.post("/api/v1/events", json={"events": events}, headers=auth(seller_token)).json()
    assert body["accepted"] == 1
    assert [(r["index"], r["reason"]) for r in body["rejections"]] == [
        (0, "time_in_future"),
        (1, "unknown_tracking_number"),
    ]
    stored = http.get(f"/api/v1/trackings/{NUMBER}", headers=auth(seller_token)).json()["events"][0]
    assert len(stored["description"]) == 1000


def test_a_ten_megabyte_body_is_refused_before_it_is_read(
    http: httpx.Client, seller_token: str, shipped: dict
) -> None:
    huge = [
        {
            "tracking_number": NUMBER,
            "occurred_at": "2026-11-20T10:00:00Z",
            "description": "x" * (10 * 1024 * 1024),
        }
    ]
    response = http.post("/api/v1/events", json={"events": huge}, headers=auth(seller_token))
    assert response.status_code == 413
    assert error_code(response) == "payload_too_large"
    assert (
        http.get(f"/api/v1/trackings/{NUMBER}", headers=auth(seller_token)).json()["event_count"]
        == 0
    )


@pytest.mark.parametrize(
    ("path", "body", "status", "code"),
    [
        ("/api/v1/orders", {"reference": "R"}, 422, "invalid_request"),
        ("/api/v1/orders", {**ORDER, "lines": []}, 422, "invalid_request"),
        ("/api/v1/orders", {**ORDER, "buyer_email": "not-an-address"}, 422, "invalid_user"),
        (
            "/api/v1/orders/ord_missing/shipments",
            {"tracking_number": NUMBER},
            404,
            "order_not_found",
        ),
        ("/api/v1/events", {"events": "nope"}, 422, "invalid_request"),
        ("/api/v1/events", [1, 2], 422, "invalid_request"),
    ],
)
def test_malformed_requests_get_a_code_and_a_message(
    http: httpx.Client, seller_token: str, path: str, body: Any, status: int, code: str
) -> None:
    response = http.post(path, json=body, headers=auth(seller_token))
    assert response.status_code == status, response.text
    assert error_code(response) == code
    assert response.json()["error"]["message"]


def test_broken_json_is_a_clear_422(http: httpx.Client, seller_token: str) -> None:
    response = http.post(
        "/api/v1/orders",
        content=b'{"reference": ',
        headers={**auth(seller_token), "content-type": "application/json"},
    )
    assert response.status_code == 422
    assert error_code(response) == "invalid_request"


def test_a_duplicate_order_reference_is_a_conflict(http: httpx.Client, seller_token: str) -> None:
    assert http.post("/api/v1/orders", json=ORDER, headers=auth(seller_token)).status_code == 201
    second = http.post("/api/v1/orders", json=ORDER, headers=auth(seller_token))
    assert (second.status_code, error_code(second)) == (409, "duplicate_order")


def test_unknown_tracking_is_404_with_advice(http: httpx.Client, seller_token: str) -> None:
    response = http.get("/api/v1/trackings/LX000000000CN", headers=auth(seller_token))
    assert (response.status_code, error_code(response)) == (404, "tracking_not_found")


def test_buyers_see_their_orders_and_others_see_no_order_details(
    app: App, http: httpx.Client, seller_token: str, shipped: dict
) -> None:
    buyer_token = factories.token(app, "buyer@example.com")
    orders = http.get("/api/v1/orders", headers=auth(buyer_token)).json()["orders"]
    assert [o["reference"] for o in orders] == ["AE-1001"]
    assert orders[0]["shipments"][0]["tracking_number"] == NUMBER
    factories.user(app, "rival@example.com", Role.SELLER)
    rival = factories.token(app, "rival@example.com")
    assert http.get("/api/v1/orders", headers=auth(rival)).json()["orders"] == []
    tracking = http.get(f"/api/v1/trackings/{NUMBER}", headers=auth(rival)).json()
    assert tracking["order"] is None
    order_id = shipped["order"]["id"]
    assert http.get(f"/api/v1/orders/{order_id}", headers=auth(rival)).status_code == 404
    posted = http.post(
        "/api/v1/events",
        headers=auth(rival),
        json={"events": factories.raw_journey(NUMBER, START)[:1]},
    ).json()
    assert posted["rejections"][0]["reason"] == "unknown_tracking_number"
    buyer_post = http.post(
        "/api/v1/events",
        headers=auth(buyer_token),
        json={"events": factories.raw_journey(NUMBER, START)[:1]},
    )
    assert (buyer_post.status_code, error_code(buyer_post)) == (403, "permission_denied")


def test_tokens_can_be_listed_and_revoked(app: App, http: httpx.Client, seller_token: str) -> None:
    listed = http.get("/api/v1/tokens", headers=auth(seller_token)).json()["tokens"]
    assert len(listed) == 1
    assert listed[0]["last_used_at"] is not None
    second = factories.token(app, "seller@example.com")
    revoked = http.delete(f"/api/v1/tokens/{listed[0]['id']}", headers=auth(second))
    assert revoked.status_code == 204
    assert http.get("/api/v1/me", headers=auth(seller_token)).status_code == 401
    assert http.get("/api/v1/me", headers=auth(second)).json()["email"] == "seller@example.com"


def test_openapi_documents_every_v1_endpoint(http: httpx.Client) -> None:
    paths = http.get("/openapi.json").json()["paths"]
    for path in (
        "/api/v1/orders",
        "/api/v1/orders/{order_id}/shipments",
        "/api/v1/events",
        "/api/v1/trackings/{tracking_number}",
    ):
        assert path in paths
    assert http.get("/docs").status_code == 200


def test_a_mistyped_number_is_a_422_with_suggestions(http: httpx.Client, seller_token: str) -> None:
    order = http.post("/api/v1/orders", json=ORDER, headers=auth(seller_token)).json()
    response = http.post(
        f"/api/v1/orders/{order['id']}/shipments",
        json={"tracking_number": "LK123456789CN"},
        headers=auth(seller_token),
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_tracking_number"
    assert "LK123456785CN" in [s["number"] for s in error["details"]["suggestions"]]


def test_a_carrier_override_is_kept_and_explained(http: httpx.Client, seller_token: str) -> None:
    order = http.post("/api/v1/orders", json=ORDER, headers=auth(seller_token)).json()
    response = http.post(
        f"/api/v1/orders/{order['id']}/shipments",
        json={"tracking_number": "1Z999AA10123456784", "carrier": "fedex"},
        headers=auth(seller_token),
    )
    assert response.status_code == 201
    assert response.json()["carrier"] == "fedex"
    assert response.json()["warnings"]


def test_detect_ranks_carriers_and_needs_no_token(http: httpx.Client) -> None:
    body = http.get("/api/v1/detect", params={"number": "Tracking number: 1Z 999 AA1 0123456784"})
    assert body.status_code == 200
    assert body.json()["valid"] is True
    assert body.json()["carriers"][0] == "ups"
    junk = http.get("/api/v1/detect", params={"number": "<script>' OR 1=1 --"}).json()
    assert junk["valid"] is False
    assert junk["message"]


def test_postal_codes_are_shown_only_to_the_orders_parties(
    app: App, http: httpx.Client, seller_token: str, shipped: dict
) -> None:
    event = {
        **factories.raw_journey(NUMBER, START)[0],
        "location": {"city": "Evanston", "country": "US", "postal_code": "60201"},
    }
    http.post("/api/v1/events", json={"events": [event]}, headers=auth(seller_token))
    own = http.get(f"/api/v1/trackings/{NUMBER}", headers=auth(seller_token)).json()
    assert own["events"][0]["location"]["postal_code"] == "60201"
    factories.user(app, "nosy@example.com", Role.BUYER)
    nosy = http.get(
        f"/api/v1/trackings/{NUMBER}", headers=auth(factories.token(app, "nosy@example.com"))
    )
    assert nosy.json()["events"][0]["location"] == {
        "city": "Evanston",
        "country": "US",
        "postal_code": None,
    }
