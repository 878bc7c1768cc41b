"""Webhook bodies documented or recorded by providers, or kept by their users, over real HTTP:
verified, stored with their times and statuses, a resend stored once (sources in
tests/data/webhooks/SOURCES.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.connectors import aftership, seventeentrack
from tests.e2e.web import read_tracking

DATA = Path(__file__).parent.parent / "data" / "webhooks"
# EasyPost's own test secret and the header EasyPost computes for its event body
# (github.com/EasyPost/examples official/fixtures/client-library-fixtures.json).
EASYPOST_SECRET = "sécret"
EASYPOST_SIGNATURE = (
    "hmac-sha256-hex=38f3f53c103713df81616a0a186d77141957323ec21d5fe9363db93840f527db"
)


@pytest.fixture
def configured(app: App) -> App:
    app.settings = app.settings.model_copy(
        update={"easypost_webhook_secret": EASYPOST_SECRET, "ship24_webhook_secret": "s24"}
    )
    return app


def test_easypost_s_signed_event_body_is_stored_once_with_its_times(
    configured: App, http: httpx.Client
) -> None:
    body = (DATA / "easypost_sdk_event_body.json").read_bytes().rstrip(b"\n")
    headers = {"X-Hmac-Signature": EASYPOST_SIGNATURE, "Content-Type": "application/json"}
    first = http.post("/api/v1/webhooks/easypost", content=body, headers=headers)
    assert first.status_code == 200, first.text
    assert (first.json()["accepted"], first.json()["rejected"]) == (7, 0)
    resent = http.post("/api/v1/webhooks/easypost", content=body, headers=headers).json()
    assert (resent["accepted"], resent["duplicates"]) == (0, 7)
    tracking = read_tracking(configured, http, "1")
    assert (tracking["status"], tracking["sub_status"]) == ("in_transit", "in_transit")
    assert tracking["source_status"]["source"] == "easypost"
    assert tracking["source_status"]["reported_at"] == "2024-08-02T19:26:51+00:00"


def test_easypost_s_event_body_changed_by_one_byte_is_refused_and_stores_nothing(
    configured: App, http: httpx.Client
) -> None:
    body = (DATA / "easypost_sdk_event_body.json").read_bytes()  # with the newline: not signed
    headers = {"X-Hmac-Signature": EASYPOST_SIGNATURE}
    refused = http.post("/api/v1/webhooks/easypost", content=body, headers=headers)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "webhook_signature_invalid"
    signed = body.rstrip(b"\n")
    stored = http.post("/api/v1/webhooks/easypost", content=signed, headers=headers).json()
    assert (stored["accepted"], stored["duplicates"]) == (7, 0)


def test_ship24_s_recorded_webhook_body_without_tracker_is_stored_once(
    configured: App, http: httpx.Client
) -> None:
    body = (DATA / "ship24_webhook_history_request_body.json").read_bytes()
    headers = {"Authorization": "Bearer s24"}
    first = http.post("/api/v1/webhooks/ship24", content=body, headers=headers)
    assert first.status_code == 200, first.text
    assert (first.json()["accepted"], first.json()["rejected"]) == (1, 0)
    resent = http.post("/api/v1/webhooks/ship24", content=body, headers=headers).json()
    assert (resent["accepted"], resent["duplicates"]) == (0, 1)
    tracking = read_tracking(configured, http, "9400115901047177598206")
    assert tracking["status"] == "delivered"
    assert tracking["delivered_at"].startswith("2026-05-20T10:00")


def test_a_ship24_body_naming_no_number_says_where_it_looked(
    configured: App, http: httpx.Client
) -> None:
    body = b'{"trackings": [{"shipment": {"statusMilestone": "delivered"}, "events": []}]}'
    answer = http.post(
        "/api/v1/webhooks/ship24", content=body, headers={"Authorization": "Bearer s24"}
    )
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "webhook_payload_invalid"
    assert "shipment.trackingNumber" in error["message"]


def grouped_ship24() -> dict[str, Any]:
    """Two documented trackings in one delivery, as Ship24 groups updates when the account
    asks for more than one per message (https://docs.ship24.com/webhooks/delivery)."""
    example = json.loads((DATA / "ship24_tracking_events.json").read_text())["trackings"][0]
    example["events"][0]["occurrenceDatetime"] = "2025-03-04T17:12:57-08:00"
    history = json.loads((DATA / "ship24_webhook_history_request_body.json").read_text())
    return {"trackings": [example, history["trackings"][0]]}


def test_a_grouped_ship24_delivery_is_stored_whole_and_once(
    configured: App, http: httpx.Client
) -> None:
    body = json.dumps(grouped_ship24()).encode()
    headers = {"Authorization": "Bearer s24"}
    first = http.post("/api/v1/webhooks/ship24", content=body, headers=headers)
    assert first.status_code == 200, first.text
    assert (first.json()["accepted"], first.json()["rejected"]) == (2, 0)
    resent = http.post("/api/v1/webhooks/ship24", content=body, headers=headers).json()
    assert (resent["accepted"], resent["duplicates"]) == (0, 2)


def test_a_grouped_ship24_tracking_without_number_is_reported_and_the_rest_kept(
    configured: App, http: httpx.Client
) -> None:
    payload = grouped_ship24()
    del payload["trackings"][0]["tracker"]["trackingNumber"]
    del payload["trackings"][0]["events"][0]["trackingNumber"]
    answer = http.post(
        "/api/v1/webhooks/ship24",
        content=json.dumps(payload).encode(),
        headers={"Authorization": "Bearer s24"},
    )
    assert answer.status_code == 200, answer.text
    assert (answer.json()["accepted"], answer.json()["rejected"]) == (1, 1)
    [rejection] = answer.json()["rejections"]
    assert rejection["reason"] == "no_tracking_number"
    assert rejection["message"].startswith("trackings[0]: ")
    assert "shipment.trackingNumber" in rejection["message"]


def test_a_17track_push_is_stored_once_with_its_stage_and_the_sources_word(
    app: App, http: httpx.Client
) -> None:
    app.settings = app.settings.model_copy(update={"seventeentrack_api_key": "17-key"})
    body = (DATA / "seventeentrack_dhl_paket_tracking_updated.json").read_bytes()
    headers = {"sign": seventeentrack.sign(body, "17-key")}
    first = http.post("/api/v1/webhooks/17track", content=body, headers=headers)
    assert first.status_code == 200, first.text
    assert (first.json()["accepted"], first.json()["rejected"]) == (1, 0)
    resent = http.post("/api/v1/webhooks/17track", content=body, headers=headers).json()
    assert (resent["accepted"], resent["duplicates"]) == (0, 1)
    tracking = read_tracking(app, http, "1234567890")
    assert tracking["sub_status"] == "available_for_pickup"
    assert tracking["source_status"]["sub_status"] == "exception"


def test_a_17track_ups_push_is_stored_delivered_with_five_placed_events(
    app: App, http: httpx.Client
) -> None:
    app.settings = app.settings.model_copy(update={"seventeentrack_api_key": "17-key"})
    body = (DATA / "seventeentrack_ups_tracking_updated.json").read_bytes()
    headers = {"sign": seventeentrack.sign(body, "17-key")}
    first = http.post("/api/v1/webhooks/17track", content=body, headers=headers)
    assert first.status_code == 200, first.text
    assert (first.json()["accepted"], first.json()["rejected"]) == (5, 0)
    resent = http.post("/api/v1/webhooks/17track", content=body, headers=headers).json()
    assert (resent["accepted"], resent["duplicates"]) == (0, 5)
    tracking = read_tracking(app, http, "1Z2617V10397725789")
    assert (tracking["status"], tracking["delivered_at"]) == (
        "delivered",
        "2022-04-04T23:35:22+00:00",
    )
    assert tracking["event_count"] == 5
    label = tracking["events"][-1]  # location "US" beside country US: no place line
    assert (label["location"]["city"], label["location"]["country"]) == (None, "US")
    assert label["utc_offset_minutes"] == -420
    assert [m["milestone"] for m in tracking["milestones"]] == [
        "accepted",
        "out_for_delivery",
        "delivered",
    ]


def test_an_aftership_usps_update_stores_all_seven_checkpoints_at_their_state_s_time(
    app: App, http: httpx.Client
) -> None:
    app.settings = app.settings.model_copy(update={"aftership_webhook_secret": "as-key"})
    body = (DATA / "aftership_v4_usps_tracking_update.json").read_bytes()
    headers = {"aftership-hmac-sha256": aftership.sign(body, "as-key")}
    first = http.post("/api/v1/webhooks/aftership", content=body, headers=headers)
    assert first.status_code == 200, first.text
    assert (first.json()["accepted"], first.json()["rejected"]) == (7, 0)
    again = http.post("/api/v1/webhooks/aftership", content=body, headers=headers)
    assert again.status_code == 200, again.text
    tracking = read_tracking(app, http, "9405516902697649303570")
    assert (tracking["carrier"], tracking["status"]) == ("usps", "in_transit")
    events = sorted(tracking["events"], key=lambda event: event["occurred_at"])
    assert [(e["occurred_at"], e["utc_offset_minutes"], e["location"]["city"]) for e in events] == [
        ("2021-05-13T17:04:00+00:00", -240, "BOCA RATON, FL"),  # 13:04 EDT
        ("2021-05-13T22:10:00+00:00", -240, "BOCA RATON, FL"),
        ("2021-05-13T23:25:00+00:00", -240, "WEST PALM BEACH, FL"),  # the plant's name
        ("2021-05-14T04:25:00+00:00", -240, "WEST PALM BEACH, FL"),
        ("2021-05-15T17:06:00+00:00", -240, "FAYETTEVILLE, NC"),
        ("2021-05-16T09:52:00+00:00", -240, "FAYETTEVILLE, NC"),
        ("2021-05-17T07:45:00+00:00", -240, "HOLLY RIDGE, NC"),  # 03:45 EDT
    ]
    event = events[-1]
    # the zip 28445 is stored but shown only to an order's parties; an admin sees the town
    assert event["location"] == {"city": "HOLLY RIDGE, NC", "country": "US", "postal_code": None}
    assert (event["sub_status"], event["code"]) == ("in_transit", "InTransit_003")
