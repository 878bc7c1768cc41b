"""After the sale, over real HTTP on both databases: the problems queue, messages with images,
buyer protection, and a dispute from opening to an admin's decision, all through the pages."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.users import Role
from parceltrail.services import health
from parceltrail.services import orders as order_service
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import Browser, csrf, logged_in, person

NUMBER = factories.s10(42)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def sold(app: App) -> str:
    """A dispatched order of 25.00 between seller@ and buyer@; admin@ exists too."""
    for email, role in [
        ("seller@example.com", Role.SELLER),
        ("buyer@example.com", Role.BUYER),
        ("admin@example.com", Role.ADMIN),
    ]:
        person(app, email, role)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
        assert seller is not None
        order = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="AE-7",
            buyer_email="buyer@example.com",
            lines=[OrderLine("Watch strap", 1)],
            now=app.clock(),
            total=Decimal("25.00"),
        )
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=app.clock(),
            protection=app.periods.protection,
        )
    return order.id


def test_problems_queue_and_filter_come_from_the_health_verdicts(
    app: App, sold: str, base_url: str, clock: FrozenClock
) -> None:
    clock.advance(days=8)
    with app.uow() as uow:
        health.sweep(uow=uow, now=clock.now)
    with logged_in(base_url, "seller@example.com") as client:
        queue = client.get("/desk/problems")
        assert queue.status_code == 200
        assert NUMBER in queue.text
        assert "No information" in queue.text
        assert "Check that the parcel was handed over and the number is right" in queue.text
        assert f'href="/orders/{sold}#messages">Message the buyer' in queue.text  # actions
        assert f'href="/orders/{sold}#protection">Extend protection' in queue.text
        assert "ask the seller" not in queue.text.lower()  # it speaks to the seller
        assert "Problems (1)" in client.get("/desk").text
    with logged_in(base_url, "buyer@example.com") as client:
        assert "AE-7" in client.get("/orders", params={"problems": "1"}).text
        assert client.get("/desk/problems").status_code == 403


def test_problems_queue_adds_a_new_number_as_a_replacement_or_a_handover(
    app: App, sold: str, base_url: str, clock: FrozenClock
) -> None:
    clock.advance(days=8)
    with app.uow() as uow:
        health.sweep(uow=uow, now=clock.now)
    with app.uow() as uow:
        shipment_id = uow.shipments.by_numbers([NUMBER])[NUMBER].id
    path = f"/desk/shipments/{shipment_id}/number"
    with logged_in(base_url, "seller@example.com") as client:
        assert f'href="{path}">Add a new number' in client.get("/desk/problems").text
        token = csrf(client.get(path))
        typo = NUMBER[:-3] + ("0" if NUMBER[-3] != "0" else "1") + NUMBER[-2:]
        wrong = client.post(
            path, data={"csrf_token": token, "kind": "replacement", "tracking_number": typo}
        )
        assert wrong.status_code == 422
        assert 'aria-invalid="true"' in wrong.text
        replacement = factories.s10(43)
        sent = client.post(
            path, data={"csrf_token": token, "kind": "replacement", "tracking_number": replacement}
        )
        assert sent.status_code == 200
        assert f"Added {replacement}" in sent.text
        handed = factories.s10(44, service="RR")
        leg = client.post(
            path, data={"csrf_token": token, "kind": "handover", "tracking_number": handed}
        )
        assert leg.status_code == 200
        assert f"Added {handed}" in leg.text
    with logged_in(base_url, "buyer@example.com") as client:
        assert client.get(path).status_code == 403
    with app.uow() as uow:
        on_order = uow.shipments.for_orders([sold])[sold]
        numbers = sorted([leg.tracking_number for s in on_order for leg in s.legs])
    assert numbers == sorted([NUMBER, replacement, handed])
    assert len(on_order) == 2  # the replacement is its own shipment; the handover a leg


def test_messages_images_unread_badge_and_protection(sold: str, base_url: str) -> None:
    order_page = f"/orders/{sold}"
    with logged_in(base_url, "buyer@example.com") as client:
        token = csrf(client.get(order_page))
        path = f"{order_page}/messages"
        fake = client.post(
            path,
            data={"csrf_token": token, "body": "x"},
            files={"files": ("a.png", b"<svg/>", "image/png")},
        )
        assert (fake.status_code, "is not a PNG" in fake.text) == (422, True)
        sent = client.post(
            path,
            data={"csrf_token": token, "body": "<b>Where</b> is it?"},
            files={"files": ("label.png", PNG, "image/png")},
        )
        assert sent.status_code == 303
        ask = client.post(f"{order_page}/protection/request", data={"csrf_token": token})
        assert ask.status_code == 303
    with logged_in(base_url, "seller@example.com") as client:
        assert "2 unread" in client.get("/orders").text
        page = client.get(order_page)
        assert "&lt;b&gt;Where&lt;/b&gt; is it?" in page.text
        assert "extend my buyer protection" in page.text
        image_url = page.text.split('<img src="', 1)[1].split('"', 1)[0]
        image = client.get(image_url)
        assert (image.content, image.headers["content-type"]) == (PNG, "image/png")
        assert image.headers["x-content-type-options"] == "nosniff"
        assert "unread" not in client.get("/orders").text
        extended = Browser(client).form(order_page, f"{order_page}/protection/extend", days="10")
        assert extended.status_code == 303
        assert "extended by 10 days" in client.get(order_page).text
        too_long = Browser(client).form(order_page, f"{order_page}/protection/extend", days="99")
        assert too_long.status_code == 422
        assert "1 to 20 more days" in too_long.text
    with logged_in(base_url, "buyer@example.com") as client:
        done = Browser(client).form(order_page, f"{order_page}/confirm")
        assert done.status_code == 303
        assert "Receipt confirmed" in client.get(order_page).text


def _act(client: httpx.Client, order_page: str, **fields: str) -> httpx.Response:
    page = client.get(order_page)
    dispute_id = page.text.split('action="/disputes/', 1)[1].split("/", 1)[0]
    return client.post(f"/disputes/{dispute_id}/actions", data={"csrf_token": csrf(page), **fields})


def test_a_dispute_from_opening_to_the_admins_decision(
    sold: str, base_url: str, clock: FrozenClock
) -> None:
    order_page = f"/orders/{sold}"
    with logged_in(base_url, "buyer@example.com") as buyer:
        fields = {"reason": "not_received", "requested": "20", "note": "<i>nothing</i> came"}
        early = Browser(buyer).form(order_page, f"{order_page}/disputes", **fields)
        assert (early.status_code, "still on time" in early.text) == (409, True)
        clock.advance(days=9)
        assert (
            Browser(buyer).form(order_page, f"{order_page}/disputes", **fields).status_code == 303
        )
        page = buyer.get(order_page)
        assert "&lt;i&gt;nothing&lt;/i&gt; came" in page.text
        assert "Evidence: the tracking" in page.text
        assert "Withdraw the dispute" in page.text
        assert "Offer another refund" not in page.text
    with logged_in(base_url, "seller@example.com") as seller:
        assert _act(seller, order_page, action="propose", amount="10").status_code == 303
        assert "Offer another refund" not in seller.get(order_page).text
    with logged_in(base_url, "buyer@example.com") as buyer:
        assert _act(buyer, order_page, action="revise", amount="15").status_code == 303
    with logged_in(base_url, "seller@example.com") as seller:
        refused = _act(seller, order_page, action="reject", note="")
        assert (refused.status_code, "needs evidence" in refused.text) == (422, True)
        assert _act(seller, order_page, action="reject", note="moving").status_code == 303
    with logged_in(base_url, "buyer@example.com") as buyer:
        assert _act(buyer, order_page, action="escalate").status_code == 303
        assert buyer.get("/admin/disputes").status_code == 403
    with logged_in(base_url, "admin@example.com") as admin:
        queue = admin.get("/admin/disputes")
        assert f"/orders/{sold}#disputes" in queue.text
        dispute_id = queue.text.split('action="/disputes/', 1)[1].split("/", 1)[0]
        decided = admin.post(
            f"/disputes/{dispute_id}/actions",
            data={"csrf_token": csrf(queue), "action": "decide", "amount": "15", "back": "queue"},
        )
        assert (decided.status_code, decided.headers["location"]) == (303, "/admin/disputes")
        assert "No dispute waits" in admin.get("/admin/disputes").text
    with logged_in(base_url, "buyer@example.com") as buyer:
        page = buyer.get(order_page)
        assert "Refunded" in page.text
        assert "refund 15.00" in page.text
