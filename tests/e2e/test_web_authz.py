"""Every page and endpoint, as the wrong person: refused (401/403/404), nothing leaked."""

from __future__ import annotations

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import factories
from tests.e2e.web import csrf, logged_in, person

NUMBER = "LK123456785CN"
SECRET_MARKS = ("AE-SECRET", "owner-buyer@example.com", "Phone case")


@pytest.fixture
def owned(app: App) -> dict[str, str]:
    for email, role in [
        ("owner-seller@example.com", Role.SELLER), ("owner-buyer@example.com", Role.BUYER),
        ("other-seller@example.com", Role.SELLER), ("other-buyer@example.com", Role.BUYER),
    ]:
        person(app, email, role)
    with app.uow() as uow:
        seller = uow.users.by_email("owner-seller@example.com")
    assert seller is not None
    shipped = factories.shipped(app, seller, NUMBER, "AE-SECRET", buyer="owner-buyer@example.com")
    waiting = factories.order(app, seller, "AE-SECRET-2", buyer="owner-buyer@example.com")
    return {"order": shipped.order_id or "", "waiting": waiting.id, "shipment": shipped.id}


def _pages(ids: dict[str, str]) -> list[tuple[str, str]]:
    return [
        ("GET", f"/orders/{ids['order']}"),
        ("GET", f"/orders/{ids['waiting']}"),
        ("GET", f"/desk/orders/{ids['waiting']}/dispatch"),
        ("POST", f"/desk/orders/{ids['waiting']}/dispatch"),
        ("GET", "/desk"), ("GET", "/desk/problems"), ("GET", "/desk/bulk"),
        ("GET", "/admin"), ("GET", "/admin/users"), ("GET", "/admin/carriers"),
        ("GET", "/admin/mail"),
        ("GET", "/dev/inbox"),
        ("GET", "/orders"), ("GET", "/account"), ("POST", "/account/tokens"),
        ("POST", "/account/tokens/tok_x/revoke"),
        ("GET", f"/api/v1/orders/{ids['order']}"),
        ("POST", f"/api/v1/orders/{ids['waiting']}/shipments"),
        ("POST", f"/api/v1/shipments/{ids['shipment']}/legs"),
        ("GET", "/api/v1/orders"), ("GET", "/api/v1/tokens"),
    ]


# Pages that a logged-in person of that kind may open, but that show none of the owner's data.
OWN_LISTS = {"/orders", "/account", "/api/v1/orders", "/api/v1/tokens", "/desk",
             "/desk/problems", "/desk/bulk", "/account/tokens"}


def _send(client: httpx.Client, method: str, path: str, token: str | None) -> httpx.Response:
    if method == "GET":
        return client.get(path)
    if path.startswith("/api/"):
        return client.post(path, json={"tracking_number": "RR123456785CN"})
    data = {"tracking_number": "RR123456785CN", "name": "x"}
    if token:
        data["csrf_token"] = token
    return client.post(path, data=data)


def _check(answer: httpx.Response, method: str, path: str, who: str) -> None:
    for mark in SECRET_MARKS:
        assert mark not in answer.text, f"{who} {method} {path} leaked {mark!r}"
    if path in OWN_LISTS and who != "anonymous":
        assert answer.status_code in (200, 303, 401, 403, 404), (who, path, answer.status_code)
        return
    assert answer.status_code in (401, 403, 404), (who, method, path, answer.status_code)


def test_anonymous_visitors_are_refused_everywhere(owned: dict[str, str], http: httpx.Client):
    for method, path in _pages(owned):
        _check(_send(http, method, path, None), method, path, "anonymous")
    tracking = http.get(f"/track/{NUMBER}")
    for mark in SECRET_MARKS:
        assert mark not in tracking.text


@pytest.mark.parametrize("who", ["other-buyer@example.com", "other-seller@example.com"])
def test_other_buyers_and_sellers_see_nothing_of_the_order(
    owned: dict[str, str], base_url: str, who: str
) -> None:
    with logged_in(base_url, who) as client:
        token = csrf(client.get("/account"))
        for method, path in _pages(owned):
            _check(_send(client, method, path, token), method, path, who)
        assert "AE-SECRET" not in client.get(f"/track/{NUMBER}").text


def test_a_forged_session_cookie_is_anonymous(owned: dict[str, str], base_url: str) -> None:
    with httpx.Client(base_url=base_url, cookies={"pt_session": "forged" * 5}) as client:
        assert client.get(f"/orders/{owned['order']}").status_code == 401
        assert client.get("/orders").status_code == 401
