"""Over real HTTP on both databases: the service on dispatch, the lane-context line in the
tracking API and on both pages, and message threads read page by page (API and order page)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.messages import MAX_PAGE_SIZE
from parceltrail.domain.users import Role
from parceltrail.services import health
from parceltrail.services import messages as message_service
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import Browser, logged_in, person

SELLER, BUYER = "seller@example.com", "buyer@example.com"


@pytest.fixture
def people(app: App) -> dict[str, str]:
    """Seller and buyer with passwords, and an API token for each."""
    person(app, SELLER, Role.SELLER)
    person(app, BUYER, Role.BUYER)
    return {email: factories.token(app, email) for email in (SELLER, BUYER)}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def post_events(app: App, items: list[dict[str, Any]]) -> None:
    with app.uow() as uow:
        seller = uow.users.by_email(SELLER)
        valid, rejected = tracking_service.parse_events(items, now=app.clock())
        assert not rejected
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())


def test_dispatch_records_the_service_and_refuses_a_bad_one(
    app: App, http: httpx.Client, people: dict[str, str]
) -> None:
    headers = auth(people[SELLER])
    order = http.post(
        "/api/v1/orders",
        json={"reference": "S-1", "buyer_email": BUYER, "lines": [{"title": "Cable"}]},
        headers=headers,
    ).json()
    path = f"/api/v1/orders/{order['id']}/shipments"
    bad = http.post(
        path, json={"tracking_number": factories.s10(1), "service": "st@ndard!"}, headers=headers
    )
    assert bad.status_code == 422
    assert "is not a service name such as 'standard'" in bad.json()["error"]["message"]
    done = http.post(
        path, json={"tracking_number": factories.s10(1), "service": "Standard"}, headers=headers
    )
    assert (done.status_code, done.json()["service"]) == (201, "standard")


def test_the_dispatch_form_takes_a_service(
    app: App, base_url: str, http: httpx.Client, people: dict[str, str]
) -> None:
    with app.uow() as uow:
        seller = uow.users.by_email(SELLER)
    assert seller is not None
    order = factories.order(app, seller, buyer=BUYER)
    form = f"/desk/orders/{order.id}/dispatch"
    with logged_in(base_url, SELLER) as client:
        sent = Browser(client).form(form, form, tracking_number=factories.s10(3), service="ePacket")
        assert sent.status_code == 200, sent.text
    shipments = http.get(f"/api/v1/orders/{order.id}", headers=auth(people[SELLER])).json()
    assert [s["service"] for s in shipments["shipments"]] == ["epacket"]


def test_the_customs_line_in_the_api_and_on_both_pages(
    app: App, http: httpx.Client, base_url: str, people: dict[str, str], clock: FrozenClock
) -> None:
    with app.uow() as uow:
        seller = uow.users.by_email(SELLER)
    assert seller is not None
    start = clock.now - timedelta(days=40)
    for index in range(25):  # customs takes 30 h in every one: "1-2 days"
        number = factories.s10(index)
        factories.shipped(app, seller, number, reference=f"H-{index}", buyer=BUYER)
        post_events(app, factories.raw_journey(number, start + timedelta(hours=index)))
    with app.uow() as uow:
        health.learn_lanes(uow=uow, now=clock.now)
    number = factories.s10(500)
    shipment = factories.shipped(app, seller, number, reference="N-1", buyer=BUYER)
    arrival = clock.now - timedelta(days=1, hours=176)  # a day in customs (times at -06:00)
    post_events(app, factories.raw_journey(number, arrival)[:5])
    expected = "Customs on this lane usually takes 1-2 days; this parcel has been there 1 day."
    api = http.get(f"/api/v1/trackings/{number}", headers=auth(people[BUYER])).json()
    assert api["lane_context"]["text"] == expected
    assert api["lane_context"]["samples"] == 25
    assert expected in http.get(f"/track/{number}").text
    with logged_in(base_url, BUYER) as client:
        assert expected in client.get(f"/orders/{shipment.order_id}").text


def test_a_long_thread_is_read_newest_page_first_through_the_api_and_the_page(
    app: App, http: httpx.Client, base_url: str, people: dict[str, str], clock: FrozenClock
) -> None:
    with app.uow() as uow:
        seller = uow.users.by_email(SELLER)
    assert seller is not None
    order = factories.order(app, seller, buyer=BUYER)
    with app.uow() as uow:
        buyer = uow.users.by_email(BUYER)
        assert buyer is not None
        for index in range(75):
            author = buyer if index % 2 else seller
            message_service.post(
                uow=uow,
                user=author,
                order_id=order.id,
                body=f"note {index:03d}",
                now=clock.advance(minutes=1),
            )
    path, headers = f"/api/v1/orders/{order.id}/messages", auth(people[BUYER])
    first = http.get(path, params={"limit": 30}, headers=headers).json()
    assert [m["body"] for m in first["messages"]] == [f"note {i:03d}" for i in range(45, 75)]
    assert first["unread"] == 1  # the buyer read all by writing note 073; the seller wrote 074
    second = http.get(path, params={"limit": 30, "before": first["older"]}, headers=headers).json()
    assert [m["body"] for m in second["messages"]] == [f"note {i:03d}" for i in range(15, 45)]
    last = http.get(path, params={"limit": 30, "before": second["older"]}, headers=headers).json()
    assert [m["body"] for m in last["messages"]] == [f"note {i:03d}" for i in range(15)]
    assert last["older"] is None
    assert http.get(path, headers=headers).json()["unread"] == 0  # the newest page was read
    too_big = http.get(path, params={"limit": MAX_PAGE_SIZE + 1}, headers=headers)
    assert too_big.status_code == 422
    stranger = http.get(path, params={"before": "msg_not_here"}, headers=headers)
    assert stranger.status_code == 422
    assert "is not a message of this thread" in stranger.json()["error"]["message"]
    with logged_in(base_url, SELLER) as client:
        page = client.get(f"/orders/{order.id}").text
        assert "note 074" in page
        assert "note 044" not in page
        older = re.search(r'href="(/orders/[^"]+\?before=[^"#]+)#messages"', page)
        assert older is not None
        previous = client.get(older.group(1)).text
        assert "note 044" in previous
        assert "note 074" not in previous
        assert "Newest messages" in previous
