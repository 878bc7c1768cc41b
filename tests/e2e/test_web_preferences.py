"""The notification pages over real HTTP: a person's preferences (CSRF-protected, labelled,
plain forms) and one subscription's choices through the manage link, without logging in."""

from __future__ import annotations

import re

import httpx

from parceltrail.bootstrap import App
from parceltrail.domain.notifications import sign_token
from parceltrail.domain.users import Role
from parceltrail.jobs.runner import InProcessRunner
from parceltrail.services import alerts, preferences
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import csrf, logged_in, person

NUMBER = "LK123456785CN"
SECRET = "tok-3n-s3cret"


def _labelled(html: str) -> None:
    """Every checkbox, radio and text input sits in a <label> or has one pointing at it."""
    for match in re.finditer(r"<input (?![^>]*type=\"hidden\")[^>]*>", html):
        tag = match.group(0)
        before = html[: match.start()]
        wrapped = before.rfind("<label") > before.rfind("</label>")
        named = re.search(r'id="([^"]+)"', tag)
        assert wrapped or (named and f'for="{named.group(1)}"' in html), tag


def test_a_buyer_sets_preferences_and_every_order_follows(
    app: App, base_url: str, http: httpx.Client
) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    person(app, "buyer@example.com", Role.BUYER)
    factories.shipped(app, seller, NUMBER)
    InProcessRunner(app.jobs).run_once()  # the fan-out subscribes the buyer to the order
    with app.uow() as uow:
        buyer = uow.users.by_email("buyer@example.com")
    assert buyer is not None
    with logged_in(base_url, "buyer@example.com") as client:
        account = client.get("/account")
        assert 'href="/account/notifications"' in account.text
        page = client.get("/account/notifications")
        assert page.status_code == 200
        _labelled(page.text)
        assert "Tell me when a parcel has a problem" in page.text
        assert "Tell me about problems on every shipment I sold" not in page.text
        fields = {
            "milestones": ["delivered", "failed_attempt"],
            "mode": "digest",
            "add": f"tgram://123456789:{SECRET}/12315544/",
        }
        assert client.post("/account/notifications", data=fields).status_code == 403
        saved = client.post("/account/notifications", data={"csrf_token": csrf(page), **fields})
        assert (saved.status_code, saved.headers["location"]) == (
            303,
            "/account/notifications?saved=1",
        )
        shown = client.get("/account/notifications?saved=1")
        assert "Your preferences are saved" in shown.text
        assert SECRET not in shown.text
        assert re.search(r'value="digest" checked', shown.text)
        assert not re.search(r'value="out_for_delivery" checked', shown.text)
        bad = client.post(
            "/account/notifications",
            data={"csrf_token": csrf(shown), "mode": "immediate", "add": "<script>x://y"},
        )
        assert bad.status_code == 422
        assert "<script>x" not in bad.text
        assert "Apprise" in bad.text
    with app.uow() as uow:
        prefs = preferences.preferences_of(uow=uow, user=buyer)
        assert (prefs.mode.value, prefs.milestones) == ("digest", ("failed_attempt", "delivered"))
        assert not prefs.problems  # the box was left unticked
        assert len(prefs.channels) == 1
        [sub] = preferences.mine(uow=uow, user=buyer)
    assert (sub.mode.value, sub.milestones, sub.channels) == (
        "digest",
        prefs.milestones,
        prefs.channels,
    )


def test_a_seller_turns_problem_mail_on_and_off(app: App, base_url: str) -> None:
    person(app, "seller@example.com", Role.SELLER)
    with logged_in(base_url, "seller@example.com") as client:
        page = client.get("/account/notifications")
        assert "Tell me about problems on every shipment I sold" in page.text
        on = {"csrf_token": csrf(page), "mode": "immediate", "seller_problems": "on"}
        assert client.post("/account/notifications", data=on).status_code == 303
        assert re.search(
            r'name="seller_problems" value="on" checked', client.get("/account/notifications").text
        )
        off = {"csrf_token": csrf(page), "mode": "immediate"}
        assert client.post("/account/notifications", data=off).status_code == 303
        assert not re.search(
            r'name="seller_problems" value="on" checked', client.get("/account/notifications").text
        )


def test_the_manage_link_page_works_without_login_and_without_javascript(
    app: App, http: httpx.Client
) -> None:
    with app.uow() as uow:
        sub = alerts.subscribe_number(
            uow=uow,
            email="fan@example.com",
            tracking_number=NUMBER,
            milestones=None,
            now=app.clock(),
        )
    token = preferences.manage_token(
        secret=app.settings.secret_key, subscription_id=sub.id, now=app.clock()
    )
    assert http.get("/alerts/manage?token=forged").status_code == 404
    page = http.get(f"/alerts/manage?token={token}")
    assert page.status_code == 200
    _labelled(page.text)
    assert "fan@example.com" in page.text
    assert "Tell me when a parcel has a problem" not in page.text
    path = f"/alerts/manage?token={token}"
    assert http.post(path, data={"milestones": "delivered"}).status_code == 403
    none = http.post(path, data={"csrf_token": csrf(page), "mode": "immediate"})
    assert (none.status_code, "choose at least one milestone" in none.text) == (422, True)
    saved = http.post(
        path, data={"csrf_token": csrf(page), "milestones": "delivered", "mode": "digest"}
    )
    assert saved.status_code == 200
    assert "Your choices are saved" in saved.text
    with app.uow() as uow:
        stored = uow.alerts.subscription(sub.id)
    assert stored is not None
    assert (stored.milestones, stored.mode.value) == (("delivered",), "digest")


def test_a_manage_link_expires_and_stops_working_after_unsubscribing(
    app: App, http: httpx.Client, clock: FrozenClock
) -> None:
    with app.uow() as uow:
        sub = alerts.subscribe_number(
            uow=uow,
            email="fan@example.com",
            tracking_number=NUMBER,
            milestones=None,
            now=app.clock(),
        )
    secret = app.settings.secret_key
    old = preferences.manage_token(secret=secret, subscription_id=sub.id, now=clock.now)
    clock.advance(days=91)
    expired = http.get(f"/alerts/manage?token={old}")
    assert expired.status_code == 404
    assert "expired" in expired.text
    fresh = preferences.manage_token(secret=secret, subscription_id=sub.id, now=clock.now)
    assert http.get(f"/alerts/manage?token={fresh}").status_code == 200
    unsubscribe = sign_token(secret, alerts.UNSUBSCRIBE, sub.id)
    assert http.post(f"/api/v1/subscriptions/unsubscribe?token={unsubscribe}").status_code == 200
    gone = http.get(f"/api/v1/subscriptions/manage?token={fresh}")
    assert gone.status_code == 404
    assert "unsubscribed" in gone.json()["error"]["message"]


def test_the_account_sets_language_and_time_zone_for_its_pages(app: App, base_url: str) -> None:
    person(app, "zone@example.com", Role.BUYER)
    with logged_in(base_url, "zone@example.com") as client:
        client.cookies.set("tz", "America/Sao_Paulo")
        form = client.get("/account")
        assert "This browser&#39;s: America/Sao_Paulo" in form.text  # the default, detected
        token = csrf(form)
        wrong = client.post(
            "/account/settings",
            data={"csrf_token": token, "language": "pl", "time_zone": "Mars/Olympus"},
        )
        assert wrong.status_code == 422
        assert "is not a time zone like Europe/Warsaw" in wrong.text
        saved = client.post(
            "/account/settings",
            data={"csrf_token": token, "language": "pl", "time_zone": "Europe/Warsaw"},
        )
        assert saved.status_code == 303
        page = client.get("/account", headers={"accept-language": "de"})
        assert '<html lang="pl"' in page.text  # the account wins over the browser
        assert "<option selected>Europe/Warsaw</option>" in page.text
        assert '<html lang="fr"' in client.get("/account", params={"lang": "fr"}).text
    with app.uow() as uow:
        stored = uow.users.by_email("zone@example.com")
    assert stored is not None
    assert (stored.language, stored.time_zone) == ("pl", "Europe/Warsaw")
