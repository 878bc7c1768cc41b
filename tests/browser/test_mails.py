"""Alert mails rendered in Chromium, as a mail client shows their HTML; their links land on
pages. Screenshots of each mail at phone and desktop widths go to var/screenshots/."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.jobs.runner import InProcessRunner
from parceltrail.locale import gettext
from parceltrail.services import tracking as tracking_service
from parceltrail.storage.tables import deliveries
from tests.browser.test_pages import _shoot, app  # noqa: F401 (SQLite app fixture)
from tests.browser.test_tracking import IN_CUSTOMS, _in_customs
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import person

pytestmark = pytest.mark.browser
MAIL_BASE = "http://127.0.0.1:8000"  # PARCELTRAIL_BASE_URL's default, in every link


def _mail(built: App, to: str, subject_has: str) -> dict[str, str]:
    with built.engine.connect() as connection:
        rows = connection.execute(
            select(deliveries.c.subject, deliveries.c.content)
            .where(deliveries.c.recipient == to, deliveries.c.channel == "email")
            .order_by(deliveries.c.id)
        ).all()
    found = [content for subject, content in rows if subject_has in (subject or "")]
    assert found, [subject for subject, _ in rows]
    return dict(found[-1])


def _open(page: Any, mail: dict[str, str], server: str) -> None:
    """The mail's HTML as a client shows it, its links pointed at the test server (in a blank
    page: the server's pages forbid inline styles, which mails need)."""
    page.goto("about:blank")
    page.set_content(mail["html"].replace(MAIL_BASE, server))


def _out_for_delivery(built: App) -> None:
    with built.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
        assert seller is not None
        event = {
            "tracking_number": IN_CUSTOMS,
            "status": "out_for_delivery",
            "occurred_at": datetime(2026, 11, 28, 7, tzinfo=UTC).isoformat(),
            "description": "Out for delivery",
            "location": {"city": "Evanston", "country": "US"},
        }
        events, _ = tracking_service.parse_events([event], now=built.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=events, now=built.clock())


def test_alert_mails_read_well_and_their_links_open_pages(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
) -> None:
    from playwright.sync_api import expect

    person(app, "buyer@example.com", Role.BUYER)
    _in_customs(app)
    page = browser.new_page()
    page.goto(f"{base_url}/track/{IN_CUSTOMS}")
    page.get_by_label("Your e-mail").fill("fan@example.com")
    page.get_by_role("button", name="Send me alerts").click()
    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
    InProcessRunner(app.jobs).run_once()

    _open(page, _mail(app, "fan@example.com", "Confirm alerts"), base_url)
    _shoot(page, screenshots, "mail-confirm-en")
    page.get_by_role("link", name="Confirm the alerts").click()
    expect(page.get_by_role("heading", name="Alerts are on")).to_be_visible()
    assert page.url.startswith(f"{base_url}/alerts/confirm?token=")
    _shoot(page, screenshots, "mail-confirmed-page-en")
    _order_confirmed(app, page, base_url, screenshots)
    polish = _asked_in_polish(app, browser, base_url, screenshots)

    with app.uow() as uow:  # the buyer reads Polish (the account's setting): so do the mails
        buyer = uow.users.by_email("buyer@example.com")
        assert buyer is not None
        uow.users.set_settings(buyer.id, "pl", "Europe/Warsaw")
    _out_for_delivery(app)
    InProcessRunner(app.jobs).run_once()
    buyers = _mail(app, "buyer@example.com", "jest w doręczeniu")
    _open(page, buyers, base_url)
    assert page.locator("html").get_attribute("lang") == "pl"
    expect(page.get_by_text("Zamówienie AE-1")).to_be_visible()  # the order and its items
    expect(page.get_by_text("2 × Phone case")).to_be_visible()
    assert page.get_by_role("link").filter(has_text="Zobacz, gdzie jest").count() == 1
    _shoot(page, screenshots, "mail-milestone-buyer-pl")  # the buyer's; in English: above

    fans = _mail(app, "fan@example.com", "out for delivery")
    assert "AE-1" not in fans["html"]  # a number's follower sees no order
    _open(page, fans, base_url)
    _shoot(page, screenshots, "mail-milestone-follower-en")
    _open(polish, _mail(app, "fan-pl@example.com", "jest w doręczeniu"), base_url)
    assert polish.locator("html").get_attribute("lang") == "pl"  # as the page they asked on
    _shoot(polish, screenshots, "mail-milestone-follower-pl")
    polish.get_by_role("link", name=gettext("pl", "Unsubscribe")).click()
    gone = polish.get_by_role("heading", name=gettext("pl", "You are unsubscribed"))
    expect(gone).to_be_visible()
    _shoot(polish, screenshots, "mail-unsubscribed-page-pl")
    polish.close()
    page.get_by_role("link", name="Unsubscribe").click()
    expect(page.get_by_role("heading", name="You are unsubscribed")).to_be_visible()
    expect(page.locator("main")).to_contain_text(
        f"No more alerts to fan@example.com about {IN_CUSTOMS}"
    )
    page.close()


def _order_confirmed(built: App, page: Any, server: str, screenshots: Path) -> None:
    """The buyer's order mail (their account says no language yet: the shop's, English)."""
    _open(page, _mail(built, "buyer@example.com", "confirmed"), server)
    assert page.locator("html").get_attribute("lang") == "en"
    _shoot(page, screenshots, "mail-order-confirmed-en")


def _asked_in_polish(built: App, browser: Any, server: str, screenshots: Path) -> Any:
    """Alerts asked for on the Polish page by an address without an account: the mails are
    in Polish; the confirmation link lands on a Polish page."""
    from playwright.sync_api import expect

    def t(message: str) -> str:
        return gettext("pl", message)

    page = browser.new_page()
    page.goto(f"{server}/track/{IN_CUSTOMS}?lang=pl")
    page.get_by_label(t("Your e-mail")).fill("fan-pl@example.com")
    page.get_by_role("button", name=t("Send me alerts")).click()
    expect(page.get_by_role("heading", name=t("Check your inbox"))).to_be_visible()
    InProcessRunner(built.jobs).run_once()
    _open(page, _mail(built, "fan-pl@example.com", "Potwierdź powiadomienia"), server)
    assert page.locator("html").get_attribute("lang") == "pl"
    _shoot(page, screenshots, "mail-confirm-pl")
    page.get_by_role("link", name=t("Confirm the alerts")).click()
    expect(page.get_by_role("heading", name=t("Alerts are on"))).to_be_visible()
    _shoot(page, screenshots, "mail-confirmed-page-pl")
    return page
