"""The carrier's own estimated delivery day, end to end over real HTTP: read from a provider's
push (AfterShip's documented tracking_update, tests/data/webhooks), stored on the shipment,
kept when a later push names none, replaced by a later one, and shown to the buyer in the API
and on the tracking, order and My Orders pages, labelled as the carrier's."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.connectors import aftership
from parceltrail.domain.users import Role
from parceltrail.jobs.runner import InProcessRunner
from tests import factories
from tests.e2e.web import logged_in, person

DATA = Path(__file__).parent.parent / "data" / "webhooks"
NUMBER = "9361289676091361892011"  # the fixture's
BUYER = "buyer@example.com"


@pytest.fixture
def configured(app: App) -> App:
    app.settings = app.settings.model_copy(update={"aftership_webhook_secret": "as-secret"})
    return app


def _push(http: httpx.Client, body: dict[str, Any]) -> None:
    raw = json.dumps(body).encode()
    headers = {"aftership-hmac-sha256": aftership.sign(raw, "as-secret")}
    answer = http.post("/api/v1/webhooks/aftership", content=raw, headers=headers)
    assert answer.status_code == 200, answer.text


def _later(body: dict[str, Any], event_id: str, expected: str | None) -> dict[str, Any]:
    """The same tracking pushed again later (another event id), naming ``expected`` or no
    day at all."""
    msg = {**body["msg"], "expected_delivery": expected}
    return {**body, "event_id": event_id, "msg": msg}


def test_the_carriers_day_is_stored_kept_replaced_and_shown_to_the_buyer(
    configured: App, http: httpx.Client, base_url: str
) -> None:
    person(configured, "seller@example.com", Role.SELLER)
    person(configured, BUYER, Role.BUYER)
    with configured.reader() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    shipment = factories.shipped(configured, seller, NUMBER, reference="AE-7", buyer=BUYER)
    auth = {"Authorization": f"Bearer {factories.token(configured, BUYER)}"}

    def carrier_eta() -> tuple[str | None, str | None]:
        tracking = http.get(f"/api/v1/trackings/{NUMBER}", headers=auth).json()
        assert "eta" in tracking  # parceltrail's own estimate has its own field
        [order] = http.get("/api/v1/orders", headers=auth).json()["orders"]
        return tracking["carrier_eta"], order["shipments"][0]["carrier_eta"]

    assert carrier_eta() == (None, None)
    pushed = json.loads((DATA / "aftership_tracking_update.json").read_bytes())
    assert pushed["msg"]["expected_delivery"] == "2024-05-07"
    _push(http, pushed)
    assert carrier_eta() == ("2024-05-07", "2024-05-07")
    _push(http, _later(pushed, "a-later-push-without-a-day", None))
    assert carrier_eta() == ("2024-05-07", "2024-05-07")  # naming none keeps it
    _push(http, _later(pushed, "a-revised-day", "2024-05-09"))
    assert carrier_eta() == ("2024-05-09", "2024-05-09")  # the latest word wins

    shown = '<time datetime="2024-05-09">Thu 09 May 2024</time>'
    with logged_in(base_url, BUYER) as buyer:
        tracking_page = buyer.get(f"/track/{NUMBER}").text
        order_page = buyer.get(f"/orders/{shipment.order_id}").text
        my_orders = buyer.get("/orders").text
    assert f"The carrier's estimate: {shown}" in tracking_page.replace("&#39;", "'")
    assert f"The carrier's estimate: {shown}" in order_page.replace("&#39;", "'")
    assert "the carrier says Thu 09 May 2024" in my_orders


def test_a_kept_delivery_read_again_later_does_not_bring_back_its_old_day(
    configured: App, http: httpx.Client
) -> None:
    """An admin retries a kept delivery days after it came: the day it named is old news, and
    the carrier's later word stays (a retried body carries no time to weigh its day by)."""
    admin = factories.user(configured, "admin@example.com", Role.ADMIN)
    auth = {"Authorization": f"Bearer {factories.token(configured, admin.email)}"}
    pushed = json.loads((DATA / "aftership_tracking_update.json").read_bytes())
    ahead = (configured.clock() + timedelta(days=3)).isoformat()
    wrong_clock = {**pushed["msg"]["checkpoints"][0], "checkpoint_time": ahead}
    msg = {**pushed["msg"], "checkpoints": [*pushed["msg"]["checkpoints"], wrong_clock]}
    _push(http, {**pushed, "msg": msg})  # one checkpoint rejected: the delivery is kept
    jobs = http.get("/api/v1/admin/outbox?status=dead", headers=auth).json()["jobs"]
    [kept] = [job for job in jobs if job["topic"] == "webhook.rejected"]
    _push(http, _later(pushed, "a-revised-day", "2024-05-09"))

    def carrier_eta() -> str | None:
        return http.get(f"/api/v1/trackings/{NUMBER}", headers=auth).json()["carrier_eta"]

    assert carrier_eta() == "2024-05-09"
    retried = http.post(f"/api/v1/admin/outbox/{kept['id']}/retry", headers=auth)
    assert retried.status_code == 202
    InProcessRunner(configured.jobs).run_once()
    assert http.get(f"/api/v1/admin/outbox/{kept['id']}", headers=auth).json()["status"] == "done"
    assert carrier_eta() == "2024-05-09"
