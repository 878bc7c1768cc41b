"""Inbound webhooks over real HTTP: verified, ingested, idempotent on replay.

Payloads are the provider-shaped fixtures in tests/data/webhooks (sources named in the unit
tests of each connector); signatures are computed here the way each provider computes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.connectors import aftership, easypost, generic, seventeentrack
from parceltrail.domain.users import Role
from tests import factories
from tests.e2e.web import read_tracking

DATA = Path(__file__).parent.parent / "data" / "webhooks"
SECRETS = {
    "aftership_webhook_secret": "as-secret",
    "seventeentrack_api_key": "17-key",
    "easypost_webhook_secret": "ep-secret",
    "webhook_secret": "pt-secret",
    "ship24_webhook_secret": "s24-secret",
}


@pytest.fixture
def configured(app: App) -> App:
    app.settings = app.settings.model_copy(update=SECRETS)
    return app


def fixture(name: str) -> bytes:
    return (DATA / name).read_bytes()


def post_aftership(http: httpx.Client, body: bytes, secret: str = "as-secret") -> httpx.Response:
    headers = {
        "aftership-hmac-sha256": aftership.sign(body, secret),
        "content-type": "application/json",
    }
    return http.post("/api/v1/webhooks/aftership", content=body, headers=headers)


def test_an_aftership_delivery_starts_a_tracking_and_a_replay_changes_nothing(
    configured: App, http: httpx.Client
) -> None:
    body = fixture("aftership_tracking_update.json")
    first = post_aftership(http, body)
    assert first.status_code == 200, first.text
    assert first.json()["accepted"] > 0
    replay = post_aftership(http, body).json()
    assert (replay["accepted"], replay["duplicates"]) == (0, first.json()["accepted"])
    factories.user(configured, "ops@example.com", Role.ADMIN)
    token = factories.token(configured, "ops@example.com")
    tracking = http.get(
        "/api/v1/trackings/9361289676091361892011", headers={"Authorization": f"Bearer {token}"}
    ).json()
    assert tracking["status"] == "out_for_delivery"
    assert tracking["order"] is None


def test_a_bad_or_missing_signature_is_401_and_stores_nothing(
    configured: App, http: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    body = fixture("aftership_tracking_update.json")
    forged = post_aftership(http, body, secret="wrong")
    unsigned = http.post("/api/v1/webhooks/aftership", content=body)
    assert (forged.status_code, unsigned.status_code) == (401, 401)
    assert "rejected aftership webhook" in caplog.text
    again = post_aftership(http, body).json()
    assert again["duplicates"] == 0  # nothing was stored by the rejected deliveries


def test_17track_easypost_and_generic_deliveries_are_ingested(
    configured: App, http: httpx.Client
) -> None:
    body17 = fixture("seventeentrack_tracking_updated.json")
    r17 = http.post(
        "/api/v1/webhooks/17track",
        content=body17,
        headers={"sign": seventeentrack.sign(body17, "17-key")},
    )
    bodyep = fixture("easypost_tracker_updated.json")
    rep = http.post(
        "/api/v1/webhooks/easypost",
        content=bodyep,
        headers={"X-Hmac-Signature": easypost.sign(bodyep, "ep-secret")},
    )
    bodypt = fixture("generic_events.json")
    stamp = int(configured.clock().timestamp())
    rpt = http.post(
        "/api/v1/webhooks/generic",
        content=bodypt,
        headers={
            "X-Parceltrail-Signature": generic.signature_header(
                bodypt, "pt-secret", timestamp=stamp
            )
        },
    )
    for response in (r17, rep, rpt):
        assert response.status_code == 200, response.text
        assert response.json()["accepted"] > 0


def test_easypost_events_about_other_things_are_acknowledged_and_ignored(
    configured: App, http: httpx.Client
) -> None:
    body = fixture("easypost_batch_updated.json")
    response = http.post(
        "/api/v1/webhooks/easypost",
        content=body,
        headers={"X-Hmac-Signature": easypost.sign(body, "ep-secret")},
    )
    assert response.status_code == 200
    assert response.json()["ignored"] is True


def test_an_unconfigured_or_unknown_webhook_says_what_to_do(app: App, http: httpx.Client) -> None:
    body = fixture("aftership_tracking_update.json")
    unconfigured = post_aftership(http, body)
    assert unconfigured.status_code == 503
    assert "PARCELTRAIL_AFTERSHIP_WEBHOOK_SECRET" in unconfigured.json()["error"]["message"]
    unknown = http.post("/api/v1/webhooks/fedex", content=b"{}")
    assert unknown.status_code == 404
    assert "aftership" in unknown.json()["error"]["message"]


def test_a_signed_body_that_is_not_json_is_a_422(configured: App, http: httpx.Client) -> None:
    response = post_aftership(http, b"not json at all")
    assert response.status_code == 422
    assert json.loads(response.text)["error"]["code"] == "webhook_payload_invalid"


def test_easypost_documented_sample_reads_delivered_and_keeps_the_sources_word(
    configured: App, http: httpx.Client
) -> None:
    body = fixture("easypost_docs_tracker_updated.json")
    headers = {"X-Hmac-Signature": easypost.sign(body, "ep-secret")}
    answer = http.post("/api/v1/webhooks/easypost", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    tracking = read_tracking(configured, http, "EZ4000000004")
    assert (tracking["status"], tracking["sub_status"]) == ("delivered", "delivered")
    assert tracking["delivered_at"].startswith("2014-08-24T15:33")
    assert tracking["source_status"] == {
        "source": "easypost",
        "status": "delivered",
        "sub_status": "delivered",
        "reported_at": "2014-11-18T10:51:54+00:00",
        "events_sub_status": "delivered",
        "disagrees": False,
    }


def test_easypost_final_word_wins_over_events_that_stop_short_and_the_disagreement_shows(
    configured: App, http: httpx.Client
) -> None:
    """The documented sample without its DELIVERED detail: EasyPost still says delivered."""
    payload = json.loads(fixture("easypost_docs_tracker_updated.json"))
    payload["result"]["tracking_details"] = payload["result"]["tracking_details"][:-1]
    body = json.dumps(payload).encode()
    headers = {"X-Hmac-Signature": easypost.sign(body, "ep-secret")}
    assert http.post("/api/v1/webhooks/easypost", content=body, headers=headers).is_success
    tracking = read_tracking(configured, http, "EZ4000000004")
    assert tracking["sub_status"] == "delivered"
    assert tracking["source_status"]["events_sub_status"] == "out_for_delivery"
    assert tracking["source_status"]["disagrees"] is True


def test_ship24_documented_delivery_reads_delivered_and_says_why_its_event_is_left_out(
    configured: App, http: httpx.Client
) -> None:
    body = fixture("ship24_tracking_events.json")
    wrong = http.post(
        "/api/v1/webhooks/ship24", content=body, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401
    answer = http.post(
        "/api/v1/webhooks/ship24", content=body, headers={"Authorization": "Bearer s24-secret"}
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["rejections"][0]["reason"] == "time_without_offset"
    factories.user(configured, "ops@example.com", Role.ADMIN)
    token = factories.token(configured, "ops@example.com")
    tracking = http.get(
        "/api/v1/trackings/9400115901047177598206", headers={"Authorization": f"Bearer {token}"}
    ).json()
    assert tracking["status"] == "delivered", tracking
