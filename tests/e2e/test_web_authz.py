"""Every page and endpoint, as the wrong person: refused (401/403/404), nothing leaked."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.disputes import Reason
from parceltrail.domain.notifications import Preferences, sign_token
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.users import Role
from parceltrail.services import alerts
from parceltrail.services import disputes as dispute_service
from parceltrail.services import messages as message_service
from parceltrail.services import orders as order_service
from tests import factories
from tests.e2e.web import csrf, logged_in, person

NUMBER = "LK123456785CN"
SECRET_MARKS = (
    "AE-SECRET",
    "owner-buyer@example.com",
    "Phone case",
    "MSG-SECRET",
    "DSP-SECRET",
    "CHAN-SECRET",
)
CHANNEL = "json://user:CHAN-SECRET@example.com/hooks"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def owned(app: App) -> dict[str, str]:
    for email, role in [
        ("owner-seller@example.com", Role.SELLER),
        ("owner-buyer@example.com", Role.BUYER),
        ("other-seller@example.com", Role.SELLER),
        ("other-buyer@example.com", Role.BUYER),
    ]:
        person(app, email, role)
    with app.uow() as uow:
        seller = uow.users.by_email("owner-seller@example.com")
    assert seller is not None
    shipped = factories.shipped(app, seller, NUMBER, "AE-SECRET", buyer="owner-buyer@example.com")
    waiting = factories.order(app, seller, "AE-SECRET-2", buyer="owner-buyer@example.com")
    return {
        "order": shipped.order_id or "",
        "waiting": waiting.id,
        "shipment": shipped.id,
        **_after_sale(app),
    }


def _after_sale(app: App) -> dict[str, str]:
    """A paid order with a message (and image) and an open dispute: ids for the walk."""
    with app.uow() as uow:
        seller = uow.users.by_email("owner-seller@example.com")
        buyer = uow.users.by_email("owner-buyer@example.com")
        assert seller is not None
        assert buyer is not None
        order = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="AE-SECRET-3",
            buyer_email=buyer.email,
            lines=[OrderLine("Phone case", 1)],
            now=app.clock(),
            total=Decimal("9.00"),
        )
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number="RR123456785CN",
            now=app.clock(),
            protection=app.periods.protection,
        )
        message_service.post(
            uow=uow,
            user=buyer,
            order_id=order.id,
            body="MSG-SECRET",
            files=[("p.png", PNG)],
            now=app.clock(),
        )
        dispute = dispute_service.open_dispute(
            uow=uow,
            user=buyer,
            order_id=order.id,
            reason=Reason.DAMAGED,
            note="DSP-SECRET",
            now=app.clock(),
            periods=app.periods,
        )
    with app.uow() as uow:
        thread = message_service.thread(
            uow=uow, user=buyer, order_id=order.id, now=app.clock()
        ).messages
    attachment = thread[0].attachments[0].id
    assert attachment is not None
    return {
        "paid": order.id,
        "dispute": dispute.id,
        "attachment": attachment,
        "message": thread[0].id,
        **_alerts(app, order.id),
    }


def _alerts(app: App, order_id: str) -> dict[str, str]:
    """The owner's order subscription, with a channel; links signed for other purposes."""
    with app.uow() as uow:
        buyer = uow.users.by_email("owner-buyer@example.com")
        order = uow.orders.get(order_id)
        assert buyer is not None
        assert order is not None
        uow.preferences.save(Preferences(buyer.id, channels=(CHANNEL,)), app.clock())
        sub = alerts.buyer_subscription(uow=uow, order=order, buyer=buyer, now=app.clock())
        uow.alerts.set_choices(
            sub.id, milestones=sub.milestones, mode="immediate", problems=True, channels=(CHANNEL,)
        )
    secret = app.settings.secret_key
    return {
        "subscription": sub.id,
        "confirm_token": sign_token(secret, alerts.CONFIRM, sub.id),
        "unsubscribe_token": sign_token(secret, alerts.UNSUBSCRIBE, sub.id),
    }


def _pages(ids: dict[str, str]) -> list[tuple[str, str]]:
    return [
        ("GET", f"/orders/{ids['order']}"),
        ("GET", f"/orders/{ids['waiting']}"),
        ("GET", f"/desk/orders/{ids['waiting']}/dispatch"),
        ("POST", f"/desk/orders/{ids['waiting']}/dispatch"),
        ("GET", "/desk"),
        ("GET", "/desk/problems"),
        ("GET", "/desk/bulk"),
        ("GET", "/admin"),
        ("GET", "/admin/users"),
        ("GET", "/admin/carriers"),
        ("GET", "/admin/mail"),
        ("GET", "/dev/inbox"),
        ("GET", "/orders"),
        ("GET", "/account"),
        ("POST", "/account/tokens"),
        ("POST", "/account/tokens/tok_x/revoke"),
        ("GET", f"/orders/{ids['paid']}"),
        ("POST", f"/orders/{ids['paid']}/messages"),
        ("POST", f"/orders/{ids['paid']}/confirm"),
        ("POST", f"/orders/{ids['paid']}/protection/extend"),
        ("POST", f"/orders/{ids['paid']}/protection/request"),
        ("POST", f"/orders/{ids['paid']}/disputes"),
        ("POST", f"/disputes/{ids['dispute']}/actions"),
        ("GET", f"/messages/attachments/{ids['attachment']}"),
        ("GET", "/admin/disputes"),
        ("GET", f"/api/v1/orders/{ids['order']}"),
        ("POST", f"/api/v1/orders/{ids['waiting']}/shipments"),
        ("POST", f"/api/v1/shipments/{ids['shipment']}/legs"),
        ("GET", "/api/v1/orders"),
        ("GET", "/api/v1/tokens"),
        # notification preferences, a subscription's own page, manage links
        ("GET", "/account/notifications"),
        ("POST", "/account/notifications"),
        ("GET", f"/account/alerts/{ids['subscription']}"),
        ("POST", f"/account/alerts/{ids['subscription']}"),
        # a link signed for another purpose does not open the manage page
        ("GET", f"/alerts/manage?token={ids['confirm_token']}"),
        ("POST", f"/alerts/manage?token={ids['unsubscribe_token']}"),
        ("GET", f"/api/v1/subscriptions/manage?token={ids['confirm_token']}"),
        ("PATCH", f"/api/v1/subscriptions/manage?token={ids['unsubscribe_token']}"),
        ("GET", "/api/v1/subscriptions"),
        ("PATCH", f"/api/v1/subscriptions/{ids['subscription']}"),
        ("GET", "/api/v1/preferences"),
        ("PUT", "/api/v1/preferences"),
        # standalone trackings, message pages
        ("POST", "/api/v1/trackings"),
        ("GET", f"/orders/{ids['paid']}?before={ids['message']}"),
        ("GET", f"/api/v1/orders/{ids['paid']}/messages?before={ids['message']}"),
        ("POST", f"/api/v1/orders/{ids['paid']}/messages"),
    ]


# Pages that a logged-in person of that kind may open, but that show none of the owner's data.
OWN_LISTS = {
    "/orders",
    "/account",
    "/api/v1/orders",
    "/api/v1/tokens",
    "/desk",
    "/desk/problems",
    "/desk/bulk",
    "/account/tokens",
    "/account/notifications",
    "/api/v1/subscriptions",
    "/api/v1/preferences",
    "/api/v1/trackings",
}


def _send(
    client: httpx.Client, method: str, path: str, token: str | None, api_token: str | None = None
) -> httpx.Response:
    """The request as the page or API caller sends it: a form with the page's CSRF token, or
    JSON with the person's API token (the API takes no session cookie)."""
    if path.startswith("/api/"):
        headers = {"Authorization": f"Bearer {api_token}"} if api_token else {}
        if method == "GET":
            return client.get(path, headers=headers)
        body: dict[str, object] = {"tracking_number": "RR123456785CN"}
        if path.endswith("/messages"):
            body = {"body": "hello"}
        elif "/subscriptions" in path or "/preferences" in path:
            body = {"mode": "digest", "channels": []}
        return client.request(method, path, json=body, headers=headers)
    if method == "GET":
        return client.get(path)
    data = {
        "tracking_number": "RR123456785CN",
        "name": "x",
        "body": "hello",
        "days": "5",
        "reason": "damaged",
        "action": "withdraw",
    }
    if token:
        data["csrf_token"] = token
    return client.post(path, data=data)


def _check(answer: httpx.Response, method: str, path: str, who: str) -> None:
    for mark in SECRET_MARKS:
        assert mark not in answer.text, f"{who} {method} {path} leaked {mark!r}"
    if path.split("?")[0] in OWN_LISTS and who != "anonymous":
        assert answer.status_code in (200, 303, 401, 403, 404), (who, path, answer.status_code)
        return
    assert answer.status_code in (401, 403, 404), (who, method, path, answer.status_code)


def test_anonymous_visitors_are_refused_everywhere(
    app: App, owned: dict[str, str], http: httpx.Client
) -> None:
    for method, path in _pages(owned):
        _check(_send(http, method, path, None), method, path, "anonymous")
    _owner_unchanged(app, owned)
    tracking = http.get(f"/track/{NUMBER}")
    for mark in SECRET_MARKS:
        assert mark not in tracking.text


@pytest.mark.parametrize("who", ["other-buyer@example.com", "other-seller@example.com"])
def test_other_buyers_and_sellers_see_nothing_of_the_order(
    app: App, owned: dict[str, str], base_url: str, who: str
) -> None:
    api_token = factories.token(app, who)
    with logged_in(base_url, who) as client:
        token = csrf(client.get("/account"))
        for method, path in _pages(owned):
            _check(_send(client, method, path, token, api_token), method, path, who)
        assert "AE-SECRET" not in client.get(f"/track/{NUMBER}").text
    _owner_unchanged(app, owned)


def _owner_unchanged(app: App, owned: dict[str, str]) -> None:
    """Nothing the others sent changed the owner's subscription or preferences."""
    with app.uow() as uow:
        sub = uow.alerts.subscription(owned["subscription"])
        buyer = uow.users.by_email("owner-buyer@example.com")
        assert buyer is not None
        prefs = uow.preferences.get(buyer.id)
    assert sub is not None
    assert (sub.mode.value, sub.channels, sub.status.value) == ("immediate", (CHANNEL,), "active")
    assert prefs is not None
    assert (prefs.mode.value, prefs.channels) == ("immediate", (CHANNEL,))


def test_a_forged_session_cookie_is_anonymous(owned: dict[str, str], base_url: str) -> None:
    with outbound_client(
        timeout=5.0, base_url=base_url, cookies={"pt_session": "forged" * 5}
    ) as client:
        assert client.get(f"/orders/{owned['order']}").status_code == 401
        assert client.get("/orders").status_code == 401
