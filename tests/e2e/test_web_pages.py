"""The web pages over real HTTP on loopback: accounts, CSRF, tracking, My Orders, the desk."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.numbers.model import Carrier
from parceltrail.domain.users import Role
from parceltrail.services import lookup as lookup_service
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.tables import deliveries
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import PASSWORD, Browser, csrf, logged_in, person

NUMBER = "LK123456785CN"
START = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def shop(app: App, clock: FrozenClock) -> dict[str, str]:
    """A seller with a shipped order (delivered journey) and an unshipped one."""
    person(app, "seller@example.com", Role.SELLER)
    person(app, "buyer@example.com", Role.BUYER)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    shipment = factories.shipped(app, seller, NUMBER, "AE-1")
    clock.advance(minutes=1)
    waiting = factories.order(app, seller, "AE-2")
    journey = factories.raw_journey(NUMBER, START)
    journey[2]["description"] = "<script>alert(1)</script><b>bold</b>"
    token = factories.token(app, "seller@example.com")
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(journey, now=app.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())
    return {"order": shipment.order_id or "", "waiting": waiting.id, "token": token}


def test_log_in_sets_a_hardened_session_cookie_and_log_out_ends_it(app: App, base_url: str) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with outbound_client(timeout=5.0, base_url=base_url) as client:
        login = client.get("/login")
        assert "default-src 'none'" in login.headers["content-security-policy"]
        answer = client.post(
            "/login",
            data={"csrf_token": csrf(login), "email": "buyer@example.com", "password": PASSWORD},
        )
        assert answer.status_code == 303
        cookie = answer.headers["set-cookie"]
        assert "pt_session=" in cookie
        assert "HttpOnly" in cookie
        assert "SameSite=lax" in cookie
        orders = client.get("/orders")
        assert orders.status_code == 200
        assert "My orders" in orders.text
        out = client.post("/logout", data={"csrf_token": csrf(orders)})
        assert out.status_code == 303
        assert client.get("/orders").status_code == 401


def test_a_wrong_password_and_a_missing_csrf_token_are_refused(
    app: App, http: httpx.Client
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    token = csrf(http.get("/login"))
    wrong = http.post(
        "/login", data={"csrf_token": token, "email": "buyer@example.com", "password": "x" * 12}
    )
    assert wrong.status_code == 401
    assert "wrong" in wrong.text
    forged = http.post("/login", data={"email": "buyer@example.com", "password": PASSWORD})
    assert forged.status_code == 403
    other = httpx.post(  # a token from another visitor does not match this visitor's cookie
        str(http.base_url.join("/login")),
        data={"csrf_token": token, "email": "buyer@example.com", "password": PASSWORD},
    )
    assert other.status_code == 403


def _account_mail(app: App) -> list[dict[str, str]]:
    with app.engine.connect() as connection:
        return list(
            connection.execute(
                select(deliveries.c.content)
                .where(deliveries.c.topic == "account.mail")
                .order_by(deliveries.c.id)
            ).scalars()
        )


def _path(body: str) -> str:
    link = next(word for word in body.split() if "/reset/" in word)
    return link.split("127.0.0.1:8000", 1)[1]


def test_sign_up_then_reset_the_password_through_the_mailed_link(
    app: App, base_url: str, clock: FrozenClock
) -> None:
    with outbound_client(timeout=5.0, base_url=base_url) as client:
        browser = Browser(client)
        made = browser.form(
            "/signup",
            "/signup",
            email="new@example.com",
            role="seller",
            name="New <i>Seller</i>",
        )
        assert made.status_code == 200
        assert "Check your mail" in made.text
        welcome = _account_mail(app)[0]["text"]
        chosen = browser.form(_path(welcome), _path(welcome), password="a long password")
        assert "Your password is set" in chosen.text
        logged = browser.form(
            "/login", "/login", email="new@example.com", password="a long password"
        )
        assert logged.status_code == 303
        assert client.get("/desk").status_code == 200
    clock.advance(minutes=1)
    with outbound_client(timeout=5.0, base_url=base_url) as client:
        sent = Browser(client).form("/reset", "/reset", email="new@example.com")
        assert "on its way" in sent.text
        path = _path(_account_mail(app)[-1]["text"])
        done = Browser(client).form(path, path, password="another long password")
        assert "Your password is set" in done.text
        again = Browser(client).form(path, path, password="yet another password")
        assert again.status_code == 422


def test_public_page_shows_status_and_escaped_events_without_personal_data(
    shop: dict[str, str], http: httpx.Client
) -> None:
    page = http.get(f"/track/{NUMBER.lower()}")
    assert page.status_code == 200
    assert "Delivered" in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;" in page.text
    assert "<script>alert" not in page.text
    assert "AE-1" not in page.text
    assert "buyer@example.com" not in page.text
    assert "(UTC+08:00)" in page.text
    assert "(UTC-06:00)" in page.text


def test_a_valid_unknown_number_gets_detection_and_the_carriers_page(http: httpx.Client) -> None:
    page = http.get("/track", params={"q": "parcels: 1Z999AA10123456784\nRR123456785CN"})
    assert page.status_code == 200
    assert page.text.count("Not known to parceltrail yet") == 2
    assert "UPS" in page.text
    assert "ups.com" in page.text


def test_lookups_are_rate_limited_per_client(http: httpx.Client) -> None:
    many = "\n".join(f"RR{n:08d}CN" for n in range(20))
    codes = [http.get("/track", params={"q": many}).status_code for _ in range(4)]
    assert codes[:3] == [200, 200, 200]
    assert codes[3] == 429
    limited = http.get("/track", params={"q": many})
    assert int(limited.headers["retry-after"]) >= 1
    assert "Too many lookups" in limited.text


def test_buyer_sees_the_order_timeline_and_the_unshipped_order(
    shop: dict[str, str], base_url: str
) -> None:
    with logged_in(base_url, "buyer@example.com") as client:
        listing = client.get("/orders")
        assert listing.text.index("AE-2") < listing.text.index("AE-1")  # newest first
        assert "Not shipped yet" in listing.text
        delivered = client.get("/orders", params={"status": "delivered"})
        assert "AE-1" in delivered.text
        assert "AE-2" not in delivered.text
        assert '<a href="/orders?status=delivered" aria-current="page">Delivered</a>' in (
            delivered.text
        )
        assert "2 × Phone case" in listing.text  # what was bought
        assert "from seller@example.com" in listing.text  # and from whom
        on_the_way = client.get("/orders", params={"status": "shipped"})
        assert "AE-1" not in on_the_way.text  # delivered: no longer on its way
        assert "No orders match." in on_the_way.text
        assert "AE-2" not in client.get("/orders", params={"q": NUMBER}).text
        detail = client.get(f"/orders/{shop['order']}")
        assert "Out for delivery" in detail.text
        assert "&lt;script&gt;" in detail.text
        waiting = client.get(f"/orders/{shop['waiting']}")
        assert "Not shipped yet" in waiting.text


def test_the_order_page_links_the_carriers_tracking_and_customer_service_pages(
    app: App, base_url: str
) -> None:
    """A buyer told to "contact the shipping carrier" finds the carrier's service page there."""
    person(app, "seller@example.com", Role.SELLER)
    person(app, "buyer@example.com", Role.BUYER)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    shipment = factories.shipped(app, seller, "00340434161094015902", "AE-7")
    with logged_in(base_url, "buyer@example.com") as client:
        detail = client.get(f"/orders/{shipment.order_id}")
    assert "Carrier: <strong>DHL Paket (Germany)</strong>" in detail.text
    assert "piececode=00340434161094015902" in detail.text
    assert (
        '<a href="https://www.dhl.de/en/privatkunden/hilfe-kundenservice.html" '
        'rel="noopener noreferrer">Contact DHL Paket (Germany)</a>'
    ) in detail.text
    assert "Phone: +49 228 4333112" in detail.text  # 17TRACK's carrier list
    assert "No customer-service contact" not in detail.text


def test_the_order_page_offers_the_website_and_the_seller_when_no_contact_is_known(
    app: App, base_url: str
) -> None:
    """Amazon Logistics has no contact in any source read (contact_reason): the buyer is not
    left with nothing but pointed at its website and told the seller can ask it."""
    person(app, "seller@example.com", Role.SELLER)
    person(app, "buyer@example.com", Role.BUYER)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    shipment = factories.shipped(app, seller, "TBA502887274000", "AE-8")
    with logged_in(base_url, "buyer@example.com") as client:
        detail = client.get(f"/orders/{shipment.order_id}")
    assert "Carrier: <strong>Amazon Logistics</strong>" in detail.text
    assert "No customer-service contact for Amazon Logistics is known." in detail.text
    assert (
        '<a href="https://www.amazon.com" rel="noopener noreferrer">Website of Amazon Logistics</a>'
    ) in detail.text
    assert "The seller can ask Amazon Logistics about this parcel." in detail.text
    assert "Contact Amazon Logistics" not in detail.text


def test_the_lookup_shows_the_carriers_phone_and_e_mail_escaped(
    http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader refuses markup in a phone or e-mail; the page escapes them all the same."""
    page = http.get("/track/1Z999AA10123456784")
    assert "Phone: +1 (800) 742-5877" in page.text  # UPS, from 17TRACK's carrier list
    directory = lookup_service.load_directory()
    ups = directory.carrier("ups")
    assert ups is not None
    odd = replace(ups, contact_phone="1 <b>800</b>", contact_email='"a&b"@ups.example')

    class OneCarrier:
        def carrier(self, code: str) -> Carrier | None:
            return odd if code == "ups" else directory.carrier(code)

    monkeypatch.setattr(lookup_service, "load_directory", OneCarrier)
    page = http.get("/track/1Z999AA10123456784")
    assert "Phone: 1 &lt;b&gt;800&lt;/b&gt;" in page.text
    assert "<b>800" not in page.text
    assert (
        'E-mail: <a href="mailto:&#34;a&amp;b&#34;@ups.example">&#34;a&amp;b&#34;@ups.example</a>'
    ) in page.text


def test_the_lookup_without_a_known_contact_escapes_the_carriers_name_and_website(
    http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = lookup_service.load_directory()
    ups = directory.carrier("ups")
    assert ups is not None
    odd = replace(
        ups,
        name="U<i>PS</i>",
        website='https://ups.example/?a="b"&c=1',
        contact_url=None,
        contact_phone=None,
        contact_email=None,
        contact_reason="not_found",
    )

    class OneCarrier:
        def carrier(self, code: str) -> Carrier | None:
            return odd if code == "ups" else directory.carrier(code)

    monkeypatch.setattr(lookup_service, "load_directory", OneCarrier)
    page = http.get("/track/1Z999AA10123456784")
    assert "No customer-service contact for U&lt;i&gt;PS&lt;/i&gt; is known." in page.text
    assert '<a href="https://ups.example/?a=&#34;b&#34;&amp;c=1" rel="noopener noreferrer">' in (
        page.text
    )
    assert "The seller can ask U&lt;i&gt;PS&lt;/i&gt; about this parcel." in page.text
    assert "<i>PS" not in page.text


def test_seller_dispatches_with_a_server_side_check_and_in_bulk(
    shop: dict[str, str], base_url: str
) -> None:
    with logged_in(base_url, "seller@example.com") as client:
        desk = client.get("/desk")
        assert "AE-2" in desk.text
        path = f"/desk/orders/{shop['waiting']}/dispatch"
        checked = Browser(client).form(path, path, tracking_number="RR123456784CN", action="check")
        assert "Did you mean" in checked.text
        assert f'href="{path}?number=RR123456785CN"' in checked.text  # a click fills it in
        refused = Browser(client).form(path, path, tracking_number="RR123456784CN")
        assert refused.status_code == 422
        assert 'aria-invalid="true"' in refused.text  # the error is at the field
        assert 'class="field-error" id="tracking_number-error"' in refused.text
        assert 'aria-describedby="detected tracking_number-error"' in refused.text
        suggested = client.get(path, params={"number": "RR123456785CN"})
        assert 'value="RR123456785CN"' in suggested.text
        done = Browser(client).form(path, path, tracking_number="RR123456785CN")
        assert "Dispatched as RR123456785CN" in done.text
        assert 'id="dispatch-form"' not in done.text  # done: no live button left
        assert "Carrier: China Post" in done.text  # its name, not its code
        factories_csv = "order_reference,tracking_number,carrier\nAE-9,1Z999AA10123456784,\n"
        token = csrf(client.get("/desk/bulk"))
        bulk = client.post(
            "/desk/bulk",
            data={"csrf_token": token},
            files={"file": ("d.csv", factories_csv + ",\n", "text/csv")},
        )
        assert bulk.status_code == 200
        assert "0 dispatched, 2 refused" in bulk.text
        assert "no order" in bulk.text


def test_api_tokens_are_listed_and_revoked_from_the_account_page(app: App, base_url: str) -> None:
    person(app, "seller@example.com", Role.SELLER)
    with logged_in(base_url, "seller@example.com") as client:
        made = Browser(client).form("/account", "/account/tokens", name="shop")
        secret = made.text.split("<code>", 1)[1].split("</code>", 1)[0]
        api = {"Authorization": f"Bearer {secret}"}
        assert client.get("/api/v1/me", headers=api).status_code == 200
        action = made.text.split('action="/account/tokens/', 1)[1].split('"', 1)[0]
        client.post(f"/account/tokens/{action}", data={"csrf_token": csrf(made)})
        assert client.get("/api/v1/me", headers=api).status_code == 401
        assert "revoked" in client.get("/account").text


def test_pages_speak_the_visitors_language_and_remember_a_choice(http: httpx.Client) -> None:
    german = http.get("/track", headers={"Accept-Language": "de-DE,de;q=0.9,en;q=0.4"})
    assert '<html lang="de"' in german.text
    assert "<h1>Sendung verfolgen</h1>" in german.text
    assert http.get("/track").text.count('<html lang="en"') == 1  # nothing asked: English
    chosen = http.get("/track", params={"lang": "ru"}, headers={"Accept-Language": "de"})
    assert '<html lang="ru"' in chosen.text  # the URL first
    assert chosen.cookies.get("lang") == "ru"
    later = http.get("/login", headers={"Accept-Language": "de"})  # then the cookie
    assert '<html lang="ru"' in later.text
    assert '<option value="ru" lang="ru" selected>Русский</option>' in later.text  # the switch
