"""Disputes, protection, messages and the problems queue over real HTTP, on both databases."""

from __future__ import annotations

import base64
from datetime import timedelta
from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.disputes import Party
from parceltrail.domain.tracking import new_event
from parceltrail.domain.users import Role
from parceltrail.services import disputes as dispute_service
from parceltrail.services import health
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.conftest import FrozenClock

NUMBER = factories.s10(42)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def people(app: App) -> dict[str, str]:
    factories.user(app, "seller@example.com", Role.SELLER)
    factories.user(app, "buyer@example.com", Role.BUYER)
    factories.user(app, "admin@example.com", Role.ADMIN)
    factories.user(app, "rival@example.com", Role.BUYER)
    return {
        name: factories.token(app, f"{name}@example.com")
        for name in ("seller", "buyer", "admin", "rival")
    }


@pytest.fixture
def order(http: httpx.Client, people: dict[str, str]) -> dict[str, Any]:
    created = http.post(
        "/api/v1/orders",
        headers=auth(people["seller"]),
        json={
            "reference": "AE-7",
            "buyer_email": "buyer@example.com",
            "total": "25.00",
            "lines": [{"title": "Watch strap", "quantity": 1}],
        },
    ).json()
    shipped = http.post(
        f"/api/v1/orders/{created['id']}/shipments",
        headers=auth(people["seller"]),
        json={"tracking_number": NUMBER},
    )
    assert shipped.status_code == 201, shipped.text
    return created


def act(http: httpx.Client, token: str, dispute_id: str, **body: Any) -> httpx.Response:
    return http.post(f"/api/v1/disputes/{dispute_id}/actions", headers=auth(token), json=body)


def test_a_dispute_runs_from_opening_to_an_admin_refund(
    http: httpx.Client, people: dict[str, str], order: dict[str, Any], clock: FrozenClock
) -> None:
    path = f"/api/v1/orders/{order['id']}/disputes"
    early = http.post(path, headers=auth(people["buyer"]), json={"reason": "not_received"})
    assert early.status_code == 409
    assert "still on time" in early.json()["error"]["message"]
    clock.advance(days=9)
    opened = http.post(
        path, headers=auth(people["buyer"]), json={"reason": "not_received", "note": "nothing came"}
    )
    assert opened.status_code == 201, opened.text
    dispute_id = opened.json()["id"]
    assert opened.json()["requested"] == "25.00"
    assert act(http, people["seller"], dispute_id, action="propose", amount="10").status_code == 200
    assert act(http, people["seller"], dispute_id, action="propose", amount="9").status_code == 409
    assert act(http, people["buyer"], dispute_id, action="revise", amount="15").status_code == 200
    refused = act(http, people["seller"], dispute_id, action="reject")
    assert (refused.status_code, refused.json()["error"]["code"]) == (422, "validation_failed")
    assert (
        act(
            http, people["seller"], dispute_id, action="reject", note="tracking shows it moving"
        ).status_code
        == 200
    )
    assert act(http, people["seller"], dispute_id, action="escalate").status_code == 403
    assert act(http, people["buyer"], dispute_id, action="escalate").status_code == 200
    queue = http.get("/api/v1/admin/disputes", headers=auth(people["admin"])).json()["disputes"]
    assert [d["id"] for d in queue] == [dispute_id]
    decided = act(
        http, people["admin"], dispute_id, action="decide", amount="15", note="carrier lost it"
    )
    assert decided.json()["state"] == "refunded"
    assert decided.json()["refund"] == "15.00"
    full = http.get(f"/api/v1/disputes/{dispute_id}", headers=auth(people["buyer"])).json()
    assert [s["action"] for s in full["trail"]] == [
        "open",
        "propose",
        "revise",
        "reject",
        "escalate",
        "decide",
    ]
    assert full["evidence"]["trackings"][0]["tracking_number"] == NUMBER
    assert (
        http.get(f"/api/v1/disputes/{dispute_id}", headers=auth(people["rival"])).status_code == 404
    )


def test_silence_escalates_and_protection_ends_in_confirmation(
    app: App, http: httpx.Client, people: dict[str, str], order: dict[str, Any], clock: FrozenClock
) -> None:
    clock.advance(days=9)
    dispute = http.post(
        f"/api/v1/orders/{order['id']}/disputes",
        headers=auth(people["buyer"]),
        json={"reason": "delayed", "requested": "5"},
    ).json()
    clock.advance(days=6)
    with app.uow() as uow:
        assert dispute_service.escalate_overdue(uow=uow, now=clock.now, periods=app.periods) == 1
    state = http.get(f"/api/v1/disputes/{dispute['id']}", headers=auth(people["admin"])).json()[
        "state"
    ]
    assert state == "escalated"
    act(http, people["admin"], dispute["id"], action="decide", amount="0", note="delivered late")
    extended = http.post(
        f"/api/v1/orders/{order['id']}/protection/extend",
        headers=auth(people["seller"]),
        json={"days": 10},
    )
    assert extended.json()["extended_days"] == 10
    clock.advance(days=70)
    with app.uow() as uow:
        assert dispute_service.auto_confirm(uow=uow, now=clock.now) == 1
    protection = http.get(
        f"/api/v1/orders/{order['id']}/protection", headers=auth(people["buyer"])
    ).json()
    assert protection["confirmed_at"] is not None


def test_messages_with_an_image_and_unread_counts(
    http: httpx.Client, people: dict[str, str], order: dict[str, Any]
) -> None:
    path = f"/api/v1/orders/{order['id']}/messages"
    posted = http.post(
        path,
        headers=auth(people["buyer"]),
        json={
            "body": "<b>Where</b> is it?",
            "attachments": [
                {"filename": "label.png", "data_base64": base64.b64encode(PNG).decode()}
            ],
        },
    )
    assert posted.status_code == 201, posted.text
    thread = http.get(path, headers=auth(people["seller"])).json()
    assert thread["unread"] == 1
    assert thread["messages"][0]["body"] == "<b>Where</b> is it?"
    assert http.get(path, headers=auth(people["seller"])).json()["unread"] == 0
    url = thread["messages"][0]["attachments"][0]["url"]
    image = http.get(url, headers=auth(people["seller"]))
    assert (image.content, image.headers["content-type"]) == (PNG, "image/png")
    assert image.headers["x-content-type-options"] == "nosniff"
    assert http.get(url, headers=auth(people["rival"])).status_code == 404
    assert http.get(path, headers=auth(people["rival"])).status_code == 404
    fake = http.post(
        path,
        headers=auth(people["buyer"]),
        json={
            "body": "x",
            "attachments": [
                {"filename": "a.png", "data_base64": base64.b64encode(b"<svg/>").decode()}
            ],
        },
    )
    assert fake.status_code == 422


def test_the_problems_queue_shows_stalled_parcels_to_their_seller(
    app: App, http: httpx.Client, people: dict[str, str], order: dict[str, Any], clock: FrozenClock
) -> None:
    clock.advance(days=8)
    with app.uow() as uow:
        health.sweep(uow=uow, now=clock.now)
    queue = http.get("/api/v1/problems", headers=auth(people["seller"])).json()["problems"]
    assert [(p["tracking_number"], p["health"]["problem"]) for p in queue] == [
        (NUMBER, "no_information")
    ]
    assert http.get("/api/v1/problems", headers=auth(people["buyer"])).status_code == 403
    factories.user(app, "other@example.com", Role.SELLER)
    other = factories.token(app, "other@example.com")
    assert http.get("/api/v1/problems", headers=auth(other)).json()["problems"] == []


def test_two_answers_to_the_same_state_cannot_both_land(
    app: App, http: httpx.Client, people: dict[str, str], order: dict[str, Any], clock: FrozenClock
) -> None:
    from decimal import Decimal

    from parceltrail.domain.disputes import Action
    from parceltrail.domain.errors import Conflict

    clock.advance(days=9)
    opened = http.post(
        f"/api/v1/orders/{order['id']}/disputes",
        headers=auth(people["buyer"]),
        json={"reason": "not_received"},
    ).json()
    with app.uow() as seller_side:
        stale = seller_side.disputes.get(opened["id"])  # the seller reads it...
    assert stale is not None
    withdrawn = http.post(
        f"/api/v1/disputes/{opened['id']}/actions",
        headers=auth(people["buyer"]),
        json={"action": "withdraw"},
    )
    assert withdrawn.status_code == 200  # ...the buyer withdraws meanwhile...
    stale.act(Party.SELLER, Action.ACCEPT, clock.now)
    with app.uow() as seller_side, pytest.raises(Conflict):
        seller_side.disputes.save(stale, None)  # ...and the seller's accept cannot land
    state = http.get(f"/api/v1/disputes/{opened['id']}", headers=auth(people["buyer"])).json()
    assert (state["state"], state["refund"]) == ("withdrawn", None)
    assert Decimal(opened["requested"]) == Decimal("25.00")


def test_two_racing_openings_leave_one_dispute_in_progress(
    app: App, http: httpx.Client, people: dict[str, str], order: dict[str, Any], clock: FrozenClock
) -> None:
    from decimal import Decimal

    from parceltrail.domain.disputes import Dispute, Reason
    from parceltrail.domain.errors import Conflict
    from parceltrail.domain.ids import new_id

    clock.advance(days=9)
    path = f"/api/v1/orders/{order['id']}/disputes"
    first = http.post(path, headers=auth(people["buyer"]), json={"reason": "not_received"})
    assert first.status_code == 201
    # A second request that read "no dispute yet" before the first committed gets this far:
    racer = Dispute.opened(
        id=new_id("dsp"),
        order_id=order["id"],
        reason=Reason.NOT_RECEIVED,
        requested=None,
        order_total=Decimal(first.json()["order_total"]),
        at=clock.now,
        note=None,
    )
    with app.uow() as uow, pytest.raises(Conflict, match="already has an open dispute"):
        uow.disputes.add(racer, {}, None)
    withdrawn = act(http, people["buyer"], first.json()["id"], action="withdraw")
    assert withdrawn.status_code == 200
    again = http.post(path, headers=auth(people["buyer"]), json={"reason": "not_received"})
    assert again.status_code == 201, again.text  # a finished dispute does not block a new one


def test_evidence_and_the_timeline_say_who_said_each_event(
    app: App,
    http: httpx.Client,
    people: dict[str, str],
    order: dict[str, Any],
    clock: FrozenClock,
) -> None:
    carrier_scan = new_event(
        tracking_number=NUMBER,
        occurred_at=clock.now + timedelta(hours=2),
        description="Acceptance",
        now=clock.now + timedelta(hours=3),
        source="karrio",
    )
    with app.uow() as uow:
        tracking_service.ingest(
            uow=uow, actor=None, events=[(0, carrier_scan)], now=clock.now + timedelta(hours=3)
        )
    clock.advance(days=9)
    claim = {
        "tracking_number": NUMBER,
        "occurred_at": (clock.now - timedelta(hours=1)).isoformat(),
        "description": "Delivered to the buyer's door",
        "status": "delivered",
    }
    posted = http.post("/api/v1/events", headers=auth(people["seller"]), json={"events": [claim]})
    assert posted.json()["accepted"] == 1
    page = http.get(f"/track/{NUMBER}").text
    assert page.count("Posted by the seller, not the carrier") == 1
    assert page.index("Posted by the seller") > page.index("Delivered to the buyer")
    path = f"/api/v1/orders/{order['id']}/disputes"
    opened = http.post(path, headers=auth(people["buyer"]), json={"reason": "not_received"})
    assert opened.status_code == 201, opened.text
    full = http.get(f"/api/v1/disputes/{opened.json()['id']}", headers=auth(people["admin"]))
    [snapshot] = full.json()["evidence"]["trackings"]
    said = {event["description"]: event["said_by"] for event in snapshot["events"]}
    assert said == {"Acceptance": "carrier", "Delivered to the buyer's door": "seller"}
