"""A delivery whose events were partly rejected is kept whole, over real HTTP: an admin reads
it and retries it once what rejected it has changed; nothing a provider sent is lost."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.connectors import generic
from parceltrail.domain.users import Role
from parceltrail.jobs.runner import InProcessRunner
from tests import factories
from tests.conftest import FrozenClock

NUMBER = "LX200000005CN"


@pytest.fixture
def configured(app: App) -> App:
    app.settings = app.settings.model_copy(update={"webhook_secret": "pt-secret"})
    return app


def _delivery(app: App) -> bytes:
    """One scan of today and one dated three days ahead (a carrier's clock gone wrong)."""
    now = app.clock()
    events = [
        {
            "id": "a",
            "occurred_at": (now - timedelta(hours=2)).isoformat(),
            "status": "accepted",
            "description": "Acceptance",
        },
        {
            "id": "b",
            "occurred_at": (now + timedelta(days=3)).isoformat(),
            "status": "in_transit",
            "description": "Departed from the sorting center",
        },
    ]
    return json.dumps({"tracking_number": NUMBER, "events": events}).encode()


def _post(app: App, http: httpx.Client, body: bytes) -> httpx.Response:
    stamp = int(app.clock().timestamp())
    header = generic.signature_header(body, "pt-secret", timestamp=stamp)
    return http.post(
        "/api/v1/webhooks/generic",
        content=body,
        headers={"X-Parceltrail-Signature": header, "Cookie": "session=secret"},
    )


def _kept(http: httpx.Client, auth: dict[str, str]) -> list[dict[str, Any]]:
    jobs = http.get("/api/v1/admin/outbox?status=dead", headers=auth).json()["jobs"]
    return [job for job in jobs if job["topic"] == "webhook.rejected"]


def _events(http: httpx.Client, auth: dict[str, str]) -> list[str]:
    tracking = http.get(f"/api/v1/trackings/{NUMBER}", headers=auth).json()
    return sorted(event["description"] for event in tracking["events"])


def test_a_rejected_event_is_kept_and_stored_when_retried_later(
    configured: App, http: httpx.Client, clock: FrozenClock
) -> None:
    admin = factories.user(configured, "admin@example.com", Role.ADMIN)
    auth = {"Authorization": f"Bearer {factories.token(configured, admin.email)}"}
    body = _delivery(configured)
    answer = _post(configured, http, body)
    assert answer.status_code == 200, answer.text
    assert (answer.json()["accepted"], answer.json()["rejected"]) == (1, 1)
    [job] = _kept(http, auth)
    assert job["last_error"] == "1 event(s) rejected (time_in_future); retry to read again"
    kept = http.get(f"/api/v1/admin/outbox/{job['id']}", headers=auth).json()["payload"]
    assert kept["provider"] == "generic"
    assert kept["body"].encode() == body
    assert [r["reason"] for r in kept["rejections"]] == ["time_in_future"]
    assert "cookie" not in {name.lower() for name in kept["headers"]}
    # Retried at once, the event is still ahead of the clock: kept again, as a new job.
    assert http.post(f"/api/v1/admin/outbox/{job['id']}/retry", headers=auth).status_code == 202
    InProcessRunner(configured.jobs).run_once()
    [again] = _kept(http, auth)
    assert again["id"] != job["id"]
    assert _events(http, auth) == ["Acceptance"]
    # Three days on, the scan's date has come: read again, it is stored, nothing is kept.
    clock.advance(days=3)
    assert http.post(f"/api/v1/admin/outbox/{again['id']}/retry", headers=auth).status_code == 202
    InProcessRunner(configured.jobs).run_once()
    assert _kept(http, auth) == []
    assert _events(http, auth) == ["Acceptance", "Departed from the sorting center"]


def test_a_delivery_with_nothing_rejected_keeps_nothing(
    configured: App, http: httpx.Client
) -> None:
    admin = factories.user(configured, "admin@example.com", Role.ADMIN)
    auth = {"Authorization": f"Bearer {factories.token(configured, admin.email)}"}
    body = json.dumps(
        {
            "tracking_number": NUMBER,
            "events": [
                {
                    "occurred_at": configured.clock().isoformat(),
                    "status": "accepted",
                    "description": "Acceptance",
                }
            ],
        }
    ).encode()
    assert _post(configured, http, body).json()["rejected"] == 0
    assert _kept(http, auth) == []


def test_a_kept_delivery_is_deleted_once_the_dead_jobs_retention_is_over(
    configured: App, http: httpx.Client, clock: FrozenClock
) -> None:
    """Its body may name the buyer: kept for an admin to retry, not for ever (30 days by
    default, PARCELTRAIL_DEAD_JOB_RETENTION_DAYS, the partitions sweep)."""
    assert configured.settings.dead_job_retention_days == 30
    admin = factories.user(configured, "admin@example.com", Role.ADMIN)
    auth = {"Authorization": f"Bearer {factories.token(configured, admin.email)}"}
    _post(configured, http, _delivery(configured))
    [job] = _kept(http, auth)
    runner = InProcessRunner(configured.jobs)
    runner.run_once()
    clock.advance(days=29)
    runner.run_once()
    assert [kept["id"] for kept in _kept(http, auth)] == [job["id"]]
    clock.advance(days=2)
    stats = runner.run_once()
    assert "partitions" in stats.sweeps
    assert _kept(http, auth) == []
    assert http.get(f"/api/v1/admin/outbox/{job['id']}", headers=auth).status_code == 404
