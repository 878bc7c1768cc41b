"""Concurrent signed deliveries over real HTTP: every one is committed, none waits on a lock.

Before the webhook endpoint moved its transaction off the event loop, four concurrent
deliveries on SQLite deadlocked until the busy timeout and answered 500 (bench/webhooks.py);
this test fails on that code.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx

from parceltrail.bootstrap import App
from parceltrail.connectors import generic


def test_concurrent_generic_deliveries_are_all_accepted(app: App, base_url: str) -> None:
    app.settings = app.settings.model_copy(update={"webhook_secret": "pt-secret"})
    start = app.clock() - timedelta(days=6)

    def deliver(index: int) -> httpx.Response:
        events = [
            {
                "occurred_at": (start + timedelta(hours=hour)).isoformat(),
                "description": f"Processed through facility {hour}",
                "status": "in_transit",
            }
            for hour in range(100)
        ]
        body = json.dumps({"tracking_number": f"PT{index:08d}", "events": events}).encode()
        signature = generic.signature_header(
            body, "pt-secret", timestamp=int(app.clock().timestamp())
        )
        return httpx.post(
            f"{base_url}/api/v1/webhooks/generic",
            content=body,
            timeout=30,
            headers={"X-Parceltrail-Signature": signature, "Content-Type": "application/json"},
        )

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(deliver, range(24)))
    assert [a.status_code for a in answers] == [200] * 24, answers[0].text
    assert all(a.json()["accepted"] == 100 for a in answers)
    # A delivery that waited on a lock waits out SQLite's busy timeout (10 s) and fails; the
    # whole run's wall time depends on the machine's load, so each answer is bounded alone.
    assert max(a.elapsed for a in answers) < timedelta(seconds=10)
