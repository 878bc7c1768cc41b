"""The HTTP side: double opt-in, one-click unsubscribe, admin outbox, the dev inbox."""

from __future__ import annotations

import json
import re

from parceltrail.bootstrap import App, build
from parceltrail.domain.events import TrackingUpdated, batch_payload_json
from parceltrail.domain.users import Role
from tests import factories
from tests.e2e.web import PASSWORD, Browser, person
from tests.integration.notify.conftest import SmtpServer, run, served

NUMBER = "1Z999AA10123456784"


def test_double_opt_in_then_one_click_unsubscribe(napp: App, smtp: SmtpServer) -> None:
    with served(napp) as client:
        _opt_in(client, napp, smtp)


def _opt_in(client, napp: App, smtp: SmtpServer) -> None:
    answer = client.post(
        "/api/v1/subscriptions", json={"email": "fan@example.com", "tracking_number": NUMBER}
    )
    assert answer.status_code == 202
    run(napp)
    [mail] = smtp.inbox.messages
    link = re.search(r"http://\S+confirm\?token=\S+", mail.get_body(("plain",)).get_content())
    assert link is not None
    confirmed = client.get(link.group(0).replace("http://127.0.0.1:8000", ""))
    assert confirmed.headers["content-type"].startswith("text/html")  # a person follows it
    assert "Alerts are on" in confirmed.text
    forged = client.get("/api/v1/subscriptions/confirm", params={"token": "AAAA"})
    assert forged.status_code == 404


def test_admin_sees_and_retries_dead_jobs_and_others_cannot(app: App) -> None:
    dev = build(app.settings.model_copy(update={"job_max_attempts": 1}), clock=app.clock)
    admin = factories.user(dev, "admin@example.com", Role.ADMIN)
    factories.user(dev, "seller@example.com", Role.SELLER)
    with dev.uow() as uow:
        uow.deliveries.enqueue("delivery.send", {"delivery_id": "not-a-number"}, dev.clock())
    run(dev)
    with served(dev) as client:
        _admin(client, dev, admin)
    dev.close()


def _admin(client, dev: App, admin) -> None:
    seller_auth = {"Authorization": f"Bearer {factories.token(dev, 'seller@example.com')}"}
    assert client.get("/api/v1/admin/outbox", headers=seller_auth).status_code == 403
    auth = {"Authorization": f"Bearer {factories.token(dev, admin.email)}"}
    [job] = client.get("/api/v1/admin/outbox?status=dead", headers=auth).json()["jobs"]
    assert "ValueError" in job["last_error"]
    assert client.get(f"/api/v1/admin/outbox/{job['id']}", headers=seller_auth).status_code == 403
    assert client.get(f"/api/v1/admin/outbox/{job['id']}", headers=auth).json() == job
    assert client.post(f"/api/v1/admin/outbox/{job['id']}/retry", headers=auth).status_code == 202
    assert client.get("/api/v1/admin/outbox?status=pending", headers=auth).json()["jobs"]


def test_admin_list_sums_up_a_batch_row_of_a_thousand_updates(app: App) -> None:
    """A batch row's payload (a thousand updates: 80-200 kB) is listed as its summary."""
    admin = factories.user(app, "admin@example.com", Role.ADMIN)
    numbers = [NUMBER, "LK123456785CN", "LP00068434402473"] * 334  # real, sourced elsewhere
    updates = [
        TrackingUpdated(f"shp_{i}", n, "pending", "pending", "in_transit", "accepted", (), None)
        for i, n in enumerate(numbers[:1000])
    ]
    payload = json.loads(batch_payload_json(updates))
    with app.uow() as uow:
        uow.deliveries.enqueue("shipment.tracking_updated.batch", payload, app.clock())
    with served(app) as client:
        auth = {"Authorization": f"Bearer {factories.token(app, admin.email)}"}
        answer = client.get("/api/v1/admin/outbox?status=pending", headers=auth)
        [job] = [
            j for j in answer.json()["jobs"] if j["topic"] == "shipment.tracking_updated.batch"
        ]
        whole = client.get(f"/api/v1/admin/outbox/{job['id']}", headers=auth)
        missing = client.get(f"/api/v1/admin/outbox/{job['id'] + 1000}", headers=auth)
    assert job["payload"] is None
    assert job["batch"] == {
        "events": 1000,
        "first_numbers": numbers[:5],
        "size": len(json.dumps(payload, separators=(",", ":")).encode()),
    }
    assert job["batch"]["size"] > 80_000  # 1,000 updates without milestones
    assert len(answer.content) < 5_000  # the whole page, not the payload
    assert whole.status_code == 200
    assert whole.json()["payload"] == payload  # one job: the batch row's payload whole
    assert whole.json()["batch"] == job["batch"]
    assert missing.status_code == 404
    assert "no background job" in missing.json()["error"]["message"]


def test_dev_inbox_shows_mail_escaped_and_sandboxed_to_admins_only(app: App) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    factories.order(app, seller, reference="<script>alert(1)</script>")
    person(app, "admin@example.com", Role.ADMIN)
    run(app)
    with served(app) as client:
        assert client.get("/dev/inbox").status_code in (401, 303)  # anonymous: no reset links
        login = Browser(client).form(
            "/login", "/login", email="admin@example.com", password=PASSWORD
        )
        assert login.status_code == 303
        _inbox(client)


def _inbox(client) -> None:
    page = client.get("/dev/inbox")
    assert page.status_code == 200
    assert "<script>alert" not in page.text
    assert "Content-Security-Policy" in page.headers
    mail_id = re.search(r"/dev/inbox/(\d+)", page.text).group(1)  # type: ignore[union-attr]
    one = client.get(f"/dev/inbox/{mail_id}")
    assert "sandbox" in one.text
    assert "<script>alert" not in one.text
