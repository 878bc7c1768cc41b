"""Changing what a subscription receives after subscribing: through the signed manage link in
every alert mail (no login), or as the signed-in owner; nobody else."""

from __future__ import annotations

import re
from datetime import timedelta

from parceltrail.bootstrap import App
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import new_event
from parceltrail.domain.users import Role
from parceltrail.services import tracking
from tests import factories
from tests.integration.notify.conftest import SmtpServer, run, served

NUMBER = "1Z999AA10123456784"


def _link(mail, pattern: str) -> str:
    text = mail.get_body(("plain",)).get_content()
    found = re.search(pattern + r"\S+", text)
    assert found, text
    return found.group(0).replace("http://127.0.0.1:8000", "")


def _carrier_says(app: App, clock, status: str) -> None:
    event = new_event(
        tracking_number=NUMBER,
        occurred_at=clock.now - timedelta(hours=1),
        description=status,
        now=clock.now,
        sub_status=SubStatus(status),
    )
    with app.uow() as uow:
        tracking.ingest(uow=uow, actor=None, events=[(0, event)], now=clock.now)
    clock.advance(minutes=1)


def test_the_manage_link_changes_milestones_and_mode_without_login(
    napp: App, smtp: SmtpServer, clock
) -> None:
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    factories.shipped(napp, seller, NUMBER)
    with served(napp) as client:
        client.post(
            "/api/v1/subscriptions", json={"email": "fan@example.com", "tracking_number": NUMBER}
        )
        run(napp)
        [confirm] = [m for m in smtp.inbox.messages if m["To"] == "fan@example.com"]
        assert client.get(_link(confirm, r"http://\S+confirm\?token=")).status_code == 200
        _carrier_says(napp, clock, "customs_started")
        run(napp)
        [alert] = [
            m
            for m in smtp.inbox.messages
            if "customs" in str(m["Subject"]) and m["To"] == "fan@example.com"
        ]
        manage = _link(alert, r"http://\S+/alerts/manage\?token=")
        token = manage.split("token=", 1)[1]
        api = f"/api/v1/subscriptions/manage?token={token}"
        assert client.get(api).json()["milestones"][0] == "customs_started"
        forged = client.patch(api.replace("token=", "token=A"), json={"mode": "digest"})
        assert forged.status_code == 404
        bad = client.patch(api, json={"milestones": ["teleported"]})
        assert bad.status_code == 422
        assert "unknown milestones" in bad.json()["error"]["message"]
        none = client.patch(api, json={"milestones": []})
        assert "choose at least one milestone" in none.json()["error"]["message"]
        changed = client.patch(api, json={"milestones": ["delivered"], "mode": "immediate"})
        assert changed.json()["milestones"] == ["delivered"]
        assert "problems" not in changed.json()  # e-mail subscribers get milestones only
        unsub = _link(alert, r"Unsubscribe: http://\S+unsubscribe\?token=")
        assert unsub != manage  # the two links are signed for different purposes
        assert client.get(unsub.replace("unsubscribe?", "manage?")).status_code == 404
    _carrier_says(napp, clock, "out_for_delivery")
    _carrier_says(napp, clock, "delivered")
    run(napp)
    fan = [str(m["Subject"]) for m in smtp.inbox.messages if m["To"] == "fan@example.com"]
    assert f"Parcel {NUMBER} was delivered" in fan
    assert f"Parcel {NUMBER} is out for delivery" not in fan


def test_owners_change_their_own_subscriptions_and_nobody_elses(
    napp: App, smtp: SmtpServer
) -> None:
    seller = factories.user(napp, "seller@example.com", Role.SELLER)
    factories.user(napp, "buyer@example.com", Role.BUYER)
    factories.user(napp, "other@example.com", Role.BUYER)
    factories.shipped(napp, seller, NUMBER)
    run(napp)
    buyer = {"Authorization": f"Bearer {factories.token(napp, 'buyer@example.com')}"}
    other = {"Authorization": f"Bearer {factories.token(napp, 'other@example.com')}"}
    with served(napp) as client:
        [sub] = client.get("/api/v1/subscriptions", headers=buyer).json()["subscriptions"]
        assert (sub["kind"], sub["mode"], sub["problems"]) == ("order", "immediate", True)
        assert client.get("/api/v1/subscriptions", headers=other).json() == {"subscriptions": []}
        path = f"/api/v1/subscriptions/{sub['id']}"
        assert client.patch(path, headers=other, json={"mode": "digest"}).status_code == 404
        assert client.patch(path, json={"mode": "digest"}).status_code == 401
        wrong = client.patch(path, headers=buyer, json={"mode": "weekly"})
        assert "mode must be one of" in wrong.json()["error"]["message"]
        changed = client.patch(path, headers=buyer, json={"problems": False, "milestones": []})
        assert (changed.json()["problems"], changed.json()["milestones"]) == (False, [])
