"""A person's own data over loopback: everything exported, the account deleted with what
others must keep anonymised, and nothing of theirs left anywhere in the database."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import JSON, String, Text, select, update
from typer.testing import CliRunner

from parceltrail.bootstrap import App
from parceltrail.connectors import generic
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.disputes import Reason
from parceltrail.domain.users import Role, User
from parceltrail.services import alerts, disputes, messages
from parceltrail.services import deliveries as delivery_service
from parceltrail.services.notify_ports import Rendered
from parceltrail.storage.tables import (
    kept_delivery_shipments,
    message_attachments,
    metadata,
    order_protection,
    orders,
    outbox,
    users,
)
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import PASSWORD, Browser, logged_in, person

BUYER = "buyer@example.com"
NUMBER = factories.s10(7)
SOMEONE_ELSES = factories.s10(8)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _user(app: App, email: str) -> User:
    with app.uow() as uow:
        found = uow.users.by_email(email)
    assert found is not None
    return found


@pytest.fixture
def history(app: App, clock: FrozenClock) -> str:
    """A buyer with an order, a message with a picture, an alert subscription and a token;
    their order's protection is over. Answers the order's id."""
    person(app, "seller@example.com", Role.SELLER)
    person(app, BUYER, Role.BUYER)
    seller = _user(app, "seller@example.com")
    factories.shipped(app, seller, NUMBER, reference="AE-9", buyer=BUYER)
    buyer = _user(app, BUYER)
    with app.uow() as uow:
        order = uow.orders.by_reference(seller.id, "AE-9")
        assert order is not None
        messages.post(
            uow=uow,
            user=buyer,
            order_id=order.id,
            body="Ring at flat 4B please",
            files=[("door.png", PNG)],
            now=clock.now,
        )
        messages.post(uow=uow, user=seller, order_id=order.id, body="Will do", now=clock.now)
        alerts.subscribe_number(
            uow=uow, email=BUYER, tracking_number=NUMBER, milestones=None, now=clock.now
        )
    factories.token(app, BUYER)
    return order.id


def _kept_delivery(app: App, base_url: str, number: str, recipient: dict[str, str]) -> None:
    """A carrier's delivery naming the parcel's recipient, kept whole because its one scan is
    dated three days ahead (rejected: a carrier's clock gone wrong)."""
    app.settings = app.settings.model_copy(update={"webhook_secret": "pt-secret"})
    now = app.clock()
    scan = {
        "id": "s1",
        "occurred_at": (now + timedelta(days=3)).isoformat(),
        "status": "in_transit",
        "description": "Departed from the sorting center",
    }
    body = json.dumps({"tracking_number": number, "recipient": recipient, "events": [scan]})
    signed = generic.signature_header(body.encode(), "pt-secret", timestamp=int(now.timestamp()))
    with outbound_client(timeout=5.0, base_url=base_url) as api:
        answer = api.post(
            "/api/v1/webhooks/generic",
            content=body.encode(),
            headers={"X-Parceltrail-Signature": signed},
        )
    assert answer.json()["rejected"] == 1, answer.text


def _kept_bodies(app: App) -> list[str]:
    with app.engine.connect() as connection:
        payloads = connection.execute(
            select(outbox.c.payload).where(outbox.c.topic == "webhook.rejected")
        ).scalars()
        return [str(payload["body"]) for payload in payloads]


def test_the_export_holds_everything_about_the_person_and_no_secret(
    app: App, base_url: str, history: str
) -> None:
    _kept_delivery(app, base_url, NUMBER, {"name": "B. Uyer", "address": "flat 4B"})
    _kept_delivery(app, base_url, SOMEONE_ELSES, {"name": "N. Eighbour", "address": "flat 9C"})
    with outbound_client(timeout=5.0, base_url=base_url) as api:
        answer = api.get(
            "/api/v1/me/data", headers={"Authorization": f"Bearer {factories.token(app, BUYER)}"}
        )
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["account"][0]["email"] == BUYER
    [order] = data["orders_as_buyer"]
    assert order["reference"] == "AE-9"
    assert order["lines"][0]["title"] == "Phone case"
    assert order["shipments"][0]["status"]
    assert [m["body"] for m in data["messages_written"]] == ["Ring at flat 4B please"]
    assert data["messages_written"][0]["attachments"][0]["filename"] == "door.png"
    assert data["alert_subscriptions"][0]["tracking_number"] == NUMBER
    assert {t["name"] for t in data["api_tokens"]} == {"test"}
    [kept] = data["kept_webhook_deliveries"]  # theirs only, as the carrier sent it
    assert json.loads(kept["body"])["recipient"] == {"name": "B. Uyer", "address": "flat 4B"}
    assert [r["reason"] for r in kept["rejections"]] == ["time_in_future"]
    assert "headers" not in kept  # the provider's signature is not the person's
    text = answer.text
    for secret in ("password_hash", "token_hash", "id_hash", "csrf_token", "$argon2"):
        assert secret not in text


def test_tracking_someone_elses_number_exports_no_kept_delivery_about_them(
    app: App, base_url: str, history: str
) -> None:
    """Anyone may add any number to My parcels (one shipment per number, shared): the body a
    carrier sent about the buyer's order is the buyer's, not the stranger's who tracks it."""
    _kept_delivery(app, base_url, NUMBER, {"name": "B. Uyer", "address": "flat 4B"})
    person(app, "stranger@example.com", Role.BUYER)
    auth = {"Authorization": f"Bearer {factories.token(app, 'stranger@example.com')}"}
    with outbound_client(timeout=5.0, base_url=base_url, headers=auth) as api:
        added = api.post("/api/v1/parcels", json={"tracking_number": NUMBER})
        assert added.status_code in (200, 201), added.text
        answer = api.get("/api/v1/me/data")
    assert answer.status_code == 200
    assert "flat 4B" not in answer.text
    assert "B. Uyer" not in answer.text
    [kept] = answer.json()["kept_webhook_deliveries"]  # said to be kept, its body left out
    assert kept["provider"] == "generic"
    assert "body" not in kept
    assert "rejections" not in kept
    buyers = {"Authorization": f"Bearer {factories.token(app, BUYER)}"}
    with outbound_client(timeout=5.0, base_url=base_url, headers=buyers) as api:
        [own] = api.get("/api/v1/me/data").json()["kept_webhook_deliveries"]
    assert json.loads(own["body"])["recipient"]["name"] == "B. Uyer"  # the buyer's, whole


def test_deleting_leaves_nothing_of_the_person_and_keeps_the_sellers_order(
    app: App, base_url: str, history: str, clock: FrozenClock
) -> None:
    buyer_id = _user(app, BUYER).id
    _kept_delivery(app, base_url, NUMBER, {"name": "B. Uyer", "email": BUYER})
    _kept_delivery(app, base_url, SOMEONE_ELSES, {"name": "N. Eighbour", "address": "flat 9C"})
    app.settings = app.settings.model_copy(update={"mail_in_domain": "in.example.test"})
    auth = {"Authorization": f"Bearer {factories.token(app, BUYER)}"}
    with outbound_client(timeout=5.0, base_url=base_url, headers=auth) as api:
        added = api.post(
            "/api/v1/parcels",
            json={"tracking_number": "1Z5R89390357567127", "label": "Lamp for flat 4B"},
        )
        assert added.status_code in (200, 201), added.text
        assert api.get("/api/v1/parcels/address").status_code == 200
    # and a delivery about the parcel they track themselves, naming them too
    _kept_delivery(app, base_url, "1Z5R89390357567127", {"address": "Lamp, flat 4B"})
    assert len(_kept_bodies(app)) == 3
    with logged_in(base_url, BUYER) as client:
        download = client.get("/account/data")
        assert download.status_code == 200
        assert download.headers["Content-Disposition"].startswith("attachment;")
        assert download.json()["account"][0]["email"] == BUYER
        assert download.json()["my_parcels"][0]["tracking_number"] == "1Z5R89390357567127"
        assert download.json()["mail_in"]["forwarding_address"]
        wrong = Browser(client).form("/account", "/account/delete", password="not it")
        assert wrong.status_code == 401
        assert "password is wrong; your account is unchanged" in wrong.text
        assert 'aria-invalid="true"' in wrong.text
        assert _user(app, BUYER).id == buyer_id
        done = Browser(client).form("/account", "/account/delete", password=PASSWORD)
        assert done.status_code == 200
        assert "Your account is deleted" in done.text
        assert client.get("/account", follow_redirects=False).status_code in (303, 401)
    with app.reader() as uow:
        assert uow.users.by_email(BUYER) is None
    # nothing of the person in any text or JSON column of any table (job payloads included)
    with app.engine.connect() as connection:
        for table in metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            for column in columns:
                hits = connection.execute(
                    select(column).where(column.contains(BUYER) | column.contains("flat 4B"))
                ).all()
                assert hits == [], f"{table.name}.{column.name} still holds the person"
            for column in [c for c in table.columns if isinstance(c.type, JSON)]:
                held = [json.dumps(v) for v in connection.execute(select(column)).scalars()]
                found = [v for v in held if BUYER in v or "flat 4B" in v]
                assert found == [], f"{table.name}.{column.name} still holds the person"
        assert len(connection.execute(select(kept_delivery_shipments)).all()) == 1
        assert connection.execute(select(message_attachments)).all() == []
        order = connection.execute(select(orders).where(orders.c.id == history)).one()
        erased = connection.execute(select(users.c.email).where(users.c.id == buyer_id)).scalar()
    assert order.buyer_id == buyer_id  # the seller's record of the sale stays
    [left] = _kept_bodies(app)  # someone else's kept delivery stays
    assert json.loads(left)["recipient"]["name"] == "N. Eighbour"
    assert erased == f"deleted-{buyer_id}@deleted.invalid"
    with app.uow() as uow:  # and no mail goes to what is left
        assert not delivery_service.queue_email(
            uow,
            key="k-1",
            topic="t",
            to=erased,
            rendered=Rendered("s", "t", "<p>h</p>"),
            now=clock.now,
        )
    seller_view = logged_in(base_url, "seller@example.com")
    with seller_view as client:
        page = client.get(f"/orders/{history}")
    assert page.status_code == 200
    assert "Will do" in page.text  # the seller's side of the conversation stays
    assert "removed: the author deleted their account" in page.text


def test_an_open_dispute_or_a_sale_under_protection_keeps_the_account(
    app: App, base_url: str, history: str, clock: FrozenClock
) -> None:
    with app.engine.begin() as connection:
        connection.execute(update(order_protection).values(total=Decimal("20")))
    clock.advance(days=9)
    buyer_account = _user(app, BUYER)
    with app.uow() as uow:
        disputes.open_dispute(
            uow=uow,
            user=buyer_account,
            order_id=history,
            reason=Reason.NOT_RECEIVED,
            now=clock.now,
            periods=app.periods,
        )
    auth = {"Authorization": f"Bearer {factories.token(app, BUYER)}"}
    seller_auth = {"Authorization": f"Bearer {factories.token(app, 'seller@example.com')}"}
    with outbound_client(timeout=5.0, base_url=base_url) as api:
        buyer = api.post("/api/v1/me/delete", json={"password": PASSWORD}, headers=auth)
        seller = api.post("/api/v1/me/delete", json={"password": PASSWORD}, headers=seller_auth)
    assert buyer.status_code == 409
    assert "1 dispute(s) on your orders are still open" in buyer.json()["error"]["message"]
    assert seller.status_code == 409
    assert "still under buyer protection" in seller.json()["error"]["message"]
    assert _user(app, BUYER).email == BUYER


def test_the_operator_exports_and_deletes_on_a_request_received_by_mail(
    app: App, history: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from parceltrail.cli import app as cli

    monkeypatch.setenv("PARCELTRAIL_DATABASE_URL", str(app.engine.url.render_as_string(False)))
    runner = CliRunner()
    exported = runner.invoke(cli, ["users", "export", BUYER], catch_exceptions=False)
    assert exported.exit_code == 0
    assert '"reference": "AE-9"' in exported.stdout
    unknown = runner.invoke(cli, ["users", "delete", "nobody@example.com", "--yes"])
    assert unknown.exit_code == 2
    assert "check the address" in unknown.stderr
    deleted = runner.invoke(cli, ["users", "delete", BUYER, "--yes"], catch_exceptions=False)
    assert deleted.exit_code == 0, deleted.output
    assert "messages 1" in deleted.stdout
    assert "attachments 1" in deleted.stdout


def test_an_admin_cannot_delete_itself(app: App, base_url: str) -> None:
    person(app, "admin@example.com", Role.ADMIN)
    auth = {"Authorization": f"Bearer {factories.token(app, 'admin@example.com')}"}
    with outbound_client(timeout=5.0, base_url=base_url) as api:
        refused = api.post("/api/v1/me/delete", json={"password": PASSWORD}, headers=auth)
    assert refused.status_code == 403
    assert _user(app, "admin@example.com").role is Role.ADMIN
