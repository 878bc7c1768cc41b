"""Abuse and probing over real HTTP on both databases: what a security probe found, held."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.users import Role
from parceltrail.services import accounts, health, lookup
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.tables import deliveries, outbox
from parceltrail.web import limits
from tests import factories
from tests.conftest import FrozenClock
from tests.e2e.web import PASSWORD, Browser, csrf, logged_in, person


def _reset_links(app: App) -> list[str]:
    with app.engine.connect() as connection:
        contents = connection.execute(
            select(deliveries.c.content)
            .where(deliveries.c.topic == "account.mail")
            .order_by(deliveries.c.id)
        ).scalars()
        links = [
            next(word for word in content["text"].split() if "/reset/" in word)
            for content in contents
        ]
    return [link.split("127.0.0.1:8000", 1)[1] for link in links]


def test_using_one_reset_link_voids_the_older_ones(
    app: App, base_url: str, clock: FrozenClock
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with outbound_client(timeout=5.0, base_url=base_url) as client:
        browser = Browser(client)
        browser.form("/reset", "/reset", email="buyer@example.com")
        clock.advance(minutes=5)
        browser.form("/reset", "/reset", email="buyer@example.com")
        older, newer = _reset_links(app)
        done = browser.form(newer, newer, password="another long password")
        assert "Your password is set" in done.text
        stale = browser.form(older, older, password="an attacker's password")
        assert stale.status_code == 422
        assert "unknown, used or expired" in stale.text


LONG_PASTE = "1Z-" * 1_000  # 3,000 characters that look like the start of UPS numbers


def test_a_long_paste_is_paid_by_its_length_before_it_is_read(
    app: App, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[bool] = []

    def spying(text: str) -> tuple[list[str], int]:
        try:
            asyncio.get_running_loop()
            reads.append(True)  # read on the event loop
        except RuntimeError:
            reads.append(False)  # read in a worker thread
        return lookup.numbers_in(text)

    monkeypatch.setattr(limits, "numbers_in", spying)
    app.settings = app.settings.model_copy(update={"track_burst": 12, "track_per_minute": 1})
    codes = [http.get("/track", params={"q": LONG_PASTE}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]  # 6 lookups each (one per 500 characters), of 12
    assert reads == [False, False]  # the refused one was never read; none on the event loop
    assert http.post("/track", data={"q": LONG_PASTE}).status_code == 429


def test_made_up_api_tokens_share_the_address_allowance(app: App, http: httpx.Client) -> None:
    app.settings = app.settings.model_copy(
        update={"api_lookup_burst": 3, "api_lookup_per_minute": 3}
    )
    codes = [
        http.get(
            "/api/v1/detect",
            params={"number": "RR123456785CN"},
            headers={"Authorization": f"Bearer pt_made-up-{n}"},
        ).status_code
        for n in range(4)
    ]
    assert codes == [200, 200, 200, 429]


def test_a_dispatch_date_cannot_void_the_buyers_protection(
    app: App, http: httpx.Client, clock: FrozenClock
) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    auth = {"Authorization": f"Bearer {factories.token(app, 'seller@example.com')}"}
    placed = factories.order(app, seller)
    path = f"/api/v1/orders/{placed.id}/shipments"
    voided = http.post(
        path,
        json={"tracking_number": "LK123456785CN", "dispatched_at": "1990-01-02T00:00:00Z"},
        headers=auth,
    )
    assert voided.status_code == 422
    assert voided.json()["error"]["details"]["field"] == "dispatched_at"
    assert "before the order was created" in voided.json()["error"]["message"]
    backdated = clock.now - timedelta(days=30)
    sent = http.post(
        path,
        json={"tracking_number": "LK123456785CN", "dispatched_at": backdated.isoformat()},
        headers=auth,
    )
    assert sent.status_code == 201
    assert sent.json()["dispatched_at"].startswith(backdated.date().isoformat())
    with app.uow() as uow:
        protection = uow.protection.get(placed.id)
    assert protection is not None
    assert protection.ends_at == placed.created_at + timedelta(days=60)  # not shortened


def test_the_problems_queue_leaves_out_a_shipment_the_live_check_finds_well(
    app: App, base_url: str, clock: FrozenClock
) -> None:
    person(app, "seller@example.com", Role.SELLER)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    factories.shipped(app, seller, "LK123456785CN", "AE-1")
    clock.advance(days=8)
    with app.uow() as uow:
        health.sweep(uow=uow, now=clock.now)  # no information for 8 days: a problem
    scan = factories.raw_journey("LK123456785CN", clock.now - timedelta(hours=30))[:2]
    with app.uow() as uow:  # the carrier speaks before the next sweep
        valid, _ = tracking_service.parse_events(scan, now=clock.now)
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=clock.now)
    with logged_in(base_url, "seller@example.com") as client:
        queue = client.get("/desk/problems")
        assert queue.status_code == 200
        assert "Shipments in trouble" not in queue.text  # the live verdict: no problem


def _sign_up(base_url: str, email: str, role: str = "buyer") -> httpx.Response:
    with outbound_client(timeout=5.0, base_url=base_url) as client:
        return Browser(client).form("/signup", "/signup", email=email, role=role, name="Kim")


def test_sign_up_answers_the_same_whether_the_address_is_known_or_not(
    app: App, base_url: str, clock: FrozenClock
) -> None:
    person(app, "member@example.com", Role.BUYER)
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    factories.order(app, seller, buyer="ordered@example.com")  # an account without a password
    answers = {}
    for email in ("new@example.com", "member@example.com", "ordered@example.com"):
        answer = _sign_up(base_url, email)
        answers[email] = (answer.status_code, answer.text.replace(email, "ADDRESS"))
        clock.advance(minutes=1)
    assert len(set(answers.values())) == 1
    assert answers["new@example.com"][0] == 200
    assert "Check your mail" in answers["new@example.com"][1]
    mails = {mail["to"]: mail for mail in _account_mails(app)}
    assert "choose a password" in mails["new@example.com"]["text"]
    assert "already has one" in mails["member@example.com"]["text"]
    assert "already has one" in mails["ordered@example.com"]["text"]


def _account_mails(app: App) -> list[dict[str, str]]:
    with app.engine.connect() as connection:
        rows = connection.execute(
            select(deliveries.c.recipient, deliveries.c.content)
            .where(deliveries.c.topic == "account.mail")
            .order_by(deliveries.c.id)
        )
        return [{"to": row.recipient, **row.content} for row in rows]


def test_a_seller_who_signed_up_creates_orders_once_an_admin_approves(
    app: App, base_url: str, http: httpx.Client
) -> None:
    assert _sign_up(base_url, "shop@example.com", role="seller").status_code == 200
    person(app, "admin@example.com", Role.ADMIN)
    with app.uow() as uow:
        shop = uow.users.by_email("shop@example.com")
        assert shop is not None
        accounts.set_password(uow=uow, user=shop, password=PASSWORD)
    with logged_in(base_url, "shop@example.com") as client:
        assert "waits for an administrator&#39;s approval" in client.get("/desk").text
    auth = {"Authorization": f"Bearer {factories.token(app, 'shop@example.com')}"}
    order = {"reference": "R-1", "buyer_email": "b@example.com", "lines": [{"title": "Cap"}]}
    waiting = http.post("/api/v1/orders", json=order, headers=auth)
    assert waiting.status_code == 403
    assert "approves new sellers" in waiting.json()["error"]["message"]
    with logged_in(base_url, "admin@example.com") as admin:
        listed = admin.get("/admin/users")
        assert "Approve seller" in listed.text
        approved = admin.post(
            "/admin/users/approve",
            data={"csrf_token": csrf(listed), "email": "shop@example.com"},
        )
        assert approved.status_code == 303
        assert "Approve seller" not in admin.get("/admin/users").text
    assert http.post("/api/v1/orders", json=order, headers=auth).status_code == 201


def test_orders_to_buyers_who_never_agreed_are_bounded_per_seller_a_day(
    app: App, http: httpx.Client, clock: FrozenClock
) -> None:
    app.settings = app.settings.model_copy(update={"orders_to_unconfirmed_buyers_per_day": 2})
    factories.user(app, "seller@example.com", Role.SELLER)
    person(app, "member@example.com", Role.BUYER)
    auth = {"Authorization": f"Bearer {factories.token(app, 'seller@example.com')}"}

    def order(reference: str, buyer: str) -> int:
        body = {"reference": reference, "buyer_email": buyer, "lines": [{"title": "Cap"}]}
        return http.post("/api/v1/orders", json=body, headers=auth).status_code

    codes = [order(f"R-{n}", f"stranger{n}@example.com") for n in range(3)]
    assert codes == [201, 201, 429]
    assert order("R-9", "member@example.com") == 201  # has chosen a password: consented
    clock.advance(days=1, minutes=1)
    assert order("R-3", "stranger3@example.com") == 201


def test_log_in_is_throttled_per_account_even_with_the_right_password(
    app: App, base_url: str
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with outbound_client(timeout=5.0, base_url=base_url) as client:
        browser = Browser(client)
        wrong = [
            browser.form("/login", "/login", email="buyer@example.com", password=f"guess {n:04d}")
            for n in range(10)
        ]
        assert {answer.status_code for answer in wrong} == {401}
        right = browser.form("/login", "/login", email="Buyer@Example.com ", password=PASSWORD)
        assert right.status_code == 429
        assert "password guessing" in right.text
        assert 1 <= int(right.headers["Retry-After"]) <= 1800


def test_strangers_guessing_cannot_lock_out_a_browser_that_logged_in_before(
    app: App, base_url: str
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    person(app, "other@example.com", Role.BUYER)
    with (
        outbound_client(timeout=5.0, base_url=base_url) as owner,
        outbound_client(timeout=5.0, base_url=base_url) as stranger,
    ):
        first = Browser(owner).form(
            "/login", "/login", email="buyer@example.com", password=PASSWORD
        )
        assert first.status_code == 303
        assert limits.KNOWN_DEVICE_COOKIE in owner.cookies
        owner.post("/logout", data={"csrf_token": csrf(owner.get("/orders"))})
        guesses = [
            Browser(stranger)
            .form("/login", "/login", email="buyer@example.com", password=f"guess {n}")
            .status_code
            for n in range(9)  # the owner's first log-in was the tenth
        ]
        assert set(guesses) == {401}
        locked = Browser(stranger).form(
            "/login", "/login", email="buyer@example.com", password=PASSWORD
        )
        assert locked.status_code == 429  # the stranger's side of the account is spent
        again = Browser(owner).form(
            "/login", "/login", email="buyer@example.com", password=PASSWORD
        )
        assert again.status_code == 303  # the owner's browser counts apart
        # the proof is for that account only, and a forged one is nobody's
        stranger.cookies.set(limits.KNOWN_DEVICE_COOKIE, owner.cookies[limits.KNOWN_DEVICE_COOKIE])
        for _ in range(10):
            Browser(stranger).form("/login", "/login", email="other@example.com", password="x")
        refused = Browser(stranger).form(
            "/login", "/login", email="other@example.com", password=PASSWORD
        )
        assert refused.status_code == 429


def test_log_in_is_throttled_per_address_across_accounts(app: App, base_url: str) -> None:
    app.settings = app.settings.model_copy(update={"log_in_per_ip": 5})
    with outbound_client(timeout=5.0, base_url=base_url) as client:
        browser = Browser(client)
        codes = [
            browser.form(
                "/login", "/login", email=f"u{n}@example.com", password="x" * 12
            ).status_code
            for n in range(6)
        ]
    assert codes == [401] * 5 + [429]


def test_reset_and_sign_up_mail_is_throttled_per_address_and_per_ip(
    app: App, base_url: str, clock: FrozenClock
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with outbound_client(timeout=5.0, base_url=base_url) as client:
        browser = Browser(client)
        codes = []
        for _ in range(4):
            codes.append(browser.form("/reset", "/reset", email="buyer@example.com").status_code)
            clock.advance(seconds=1)
        assert codes == [200, 200, 200, 429]  # three mails an hour to one address
        codes = [_sign_up(base_url, f"n{n}@example.com").status_code for n in range(7)]
        assert codes == [200] * 6 + [429]  # ten mail requests an hour from one IP
    assert len(_account_mails(app)) == 9


def _requested(app: App) -> int:
    with app.engine.connect() as connection:
        return len(
            connection.execute(
                select(outbox.c.id).where(outbox.c.topic == "subscription.requested")
            ).all()
        )


def test_alert_requests_keep_one_pending_per_address_and_number(
    app: App, http: httpx.Client, clock: FrozenClock
) -> None:
    body = {"email": "me@example.com", "tracking_number": "LK123456785CN"}
    codes = []
    for _ in range(3):
        codes.append(http.post("/api/v1/subscriptions", json=body).status_code)
        clock.advance(minutes=10)
    assert codes == [202, 202, 202]  # the same answer, one confirmation mail
    assert _requested(app) == 1
    clock.advance(days=1)
    assert http.post("/api/v1/subscriptions", json=body).status_code == 202
    assert _requested(app) == 2  # a day later the lost mail may be sent again


def test_alert_requests_are_limited_per_address_and_per_ip(app: App, http: httpx.Client) -> None:
    def ask(email: str, n: int) -> int:
        body = {"email": email, "tracking_number": factories.s10(n)}
        return http.post("/api/v1/subscriptions", json=body).status_code

    same_address = [ask("victim@example.com", n) for n in range(6)]
    assert same_address == [202] * 5 + [429]
    others = [ask(f"o{n}@example.com", n) for n in range(15)]
    assert others == [202] * 14 + [429]  # 20 an hour from one IP, the refused one counted
    assert _requested(app) == 19


def test_the_public_page_shows_a_shipments_events_a_page_at_a_time(
    app: App, http: httpx.Client, clock: FrozenClock
) -> None:
    seller = factories.user(app, "seller@example.com", Role.SELLER)
    factories.shipped(app, seller, "LK123456785CN")
    start = clock.now - timedelta(days=20)
    scans = [
        {
            "tracking_number": "LK123456785CN",
            "occurred_at": (start + timedelta(minutes=n)).isoformat(),
            "description": f"Sorting scan {n:03d}",
        }
        for n in range(120)
    ]
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(scans, now=clock.now)
        tracking_service.ingest(uow=uow, actor=seller, events=valid, now=clock.now)
    first = http.get("/track/LK123456785CN").text
    assert first.count("Sorting scan") == 50
    assert "Sorting scan 119" in first  # newest first
    assert "Events 1 to 50 of 120" in first
    assert 'href="/track/LK123456785CN?page=2">Older events' in first
    last = http.get("/track/LK123456785CN", params={"page": 3}).text
    assert last.count("Sorting scan") == 20
    assert "Sorting scan 000" in last
    assert 'href="/track/LK123456785CN?page=2">Newer events' in last
    assert "Older events" not in last


def test_json_answers_and_refusals_say_nosniff(app: App, http: httpx.Client) -> None:
    answers = [
        http.get("/healthz"),
        http.get("/api/v1/detect", params={"number": "RR123456785CN"}),
        http.get("/api/v1/me"),  # 401
        http.post("/api/v1/events", content=b"x" * (6 * 1024 * 1024)),  # 413
    ]
    assert [a.status_code for a in answers] == [200, 200, 401, 413]
    assert {a.headers.get("x-content-type-options") for a in answers} == {"nosniff"}


def test_the_development_inbox_is_never_framed_cached_or_referred(app: App, base_url: str) -> None:
    person(app, "admin@example.com", Role.ADMIN)
    with logged_in(base_url, "admin@example.com") as client:
        inbox = client.get("/dev/inbox")
    assert inbox.status_code == 200
    assert "frame-ancestors 'none'" in inbox.headers["content-security-policy"]
    assert inbox.headers["x-content-type-options"] == "nosniff"
    assert inbox.headers["referrer-policy"] == "no-referrer"
    assert inbox.headers["cache-control"] == "no-store"


def test_the_go_back_link_is_never_taken_from_the_referer(app: App, base_url: str) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    with logged_in(base_url, "buyer@example.com") as client:
        token = csrf(client.get("/account"))
        refused = client.post(
            "/account/tokens",
            data={"csrf_token": token, "name": "n" * 30_000},
            headers={"Referer": f"{base_url}//evil.example/claim"},
        )
    assert refused.status_code == 422
    assert "evil.example" not in refused.text
    assert 'href="/account"' in refused.text
