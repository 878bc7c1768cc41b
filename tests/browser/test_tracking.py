"""A real browser on the tracking page: a pasted mail, several numbers, one card opened.

The browser is in Warsaw's time zone and every request leaving the test server is blocked
and recorded: the pages must need nothing from the network.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.locale import gettext
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.browser.test_pages import _shoot, app  # noqa: F401 (SQLite app fixture)
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import person

pytestmark = pytest.mark.browser
MAIL = Path(__file__).resolve().parents[1] / "data" / "mails" / "shipped_order.txt"
IN_CUSTOMS = "LK123456785CN"


def _offline_context(browser: Any, base: str, leaving: list[str], **options: Any) -> Any:
    """A browser context whose requests to anything but the test server fail, recorded."""
    # a service worker's fetches would pass by the route below: none here (test_app has one)
    context = browser.new_context(service_workers="block", **options)
    ours = urlsplit(base).netloc

    def only_ours(route: Any) -> None:
        url = route.request.url
        if urlsplit(url).netloc == ours or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            leaving.append(url)
            route.abort()

    context.route("**/*", only_ours)
    return context


def _in_customs(built: App) -> None:
    person(built, "seller@example.com", Role.SELLER)
    with built.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    factories.shipped(built, seller, IN_CUSTOMS, "AE-1")
    journey = factories.raw_journey(IN_CUSTOMS, datetime(2026, 11, 20, 8, tzinfo=UTC))[:5]
    with built.uow() as uow:
        events, _ = tracking_service.parse_events(journey, now=built.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=events, now=built.clock())


def test_a_pasted_mail_and_several_numbers_in_a_compact_shareable_list(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
) -> None:
    from playwright.sync_api import expect

    _in_customs(app)
    leaving: list[str] = []
    context = _offline_context(browser, base_url, leaving, timezone_id="Europe/Warsaw")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{base_url}/track")
    expect(page.locator("footer")).to_contain_text("times in Europe/Warsaw")  # after one reload
    page.get_by_label("Tracking numbers").fill(MAIL.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Track", exact=True).click()
    cards = page.locator(".result")
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text("LX299455986CN")
    assert "HIANNA" not in page.content()
    _shoot(page, screenshots, "track-pasted-mail")

    page.get_by_label("Tracking numbers").fill(f"{IN_CUSTOMS}\nLX299455986CN\nLK12345678CN")
    page.get_by_role("button", name="Track", exact=True).click()
    expect(cards).to_have_count(3)
    expect(page).to_have_url(f"{base_url}/track?q={IN_CUSTOMS},LX299455986CN,LK12345678CN")
    invalid = cards.nth(2)
    expect(invalid.locator("summary")).to_contain_text("Not a valid tracking number")
    assert invalid.locator("form").count() == 0  # no alerts, no carrier picker
    _shoot(page, screenshots, "track-several")

    page.locator("summary", has_text=IN_CUSTOMS).click()
    known = cards.first
    # 27 Nov, 10:00 in Chicago (UTC-06:00) is 17:00 in Warsaw
    current = known.locator("[aria-current=step]")
    expect(current).to_have_text(re.compile(r"^\s*Customs\s+27 Nov 2026, 17:00 CET\s*$"))
    expect(known.locator(".route")).to_contain_text(re.compile("From China → .*to United States"))
    expect(known.get_by_role("button", name="Copy number")).to_be_visible()
    assert known.get_by_text("What to do:").count() == 1
    expect(known.locator(".timeline li").first).to_contain_text("(UTC-06:00)")
    _shoot(page, screenshots, "track-one-open")

    page.goto(f"{base_url}/track?q={IN_CUSTOMS},LX299455986CN")  # the shared link
    expect(cards).to_have_count(2)
    page.goto(f"{base_url}/track/{IN_CUSTOMS}?lang=de")  # the same card in German
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("[aria-current=step]")).to_contain_text("Zoll")
    route = re.compile("Aus China → .*nach Vereinigte Staaten")  # countries in German too
    expect(page.locator(".route")).to_contain_text(route)
    _shoot(page, screenshots, "track-one-de")

    def pl(message: str) -> str:
        return gettext("pl", message)

    page.goto(f"{base_url}/track?lang=pl")  # the pasted mail and the list, in Polish
    page.get_by_label(pl("Tracking numbers")).fill(MAIL.read_text(encoding="utf-8"))
    page.get_by_role("button", name=pl("Track"), exact=True).click()
    expect(cards).to_have_count(1)
    _shoot(page, screenshots, "track-pasted-mail-pl")
    page.goto(f"{base_url}/track?q={IN_CUSTOMS},LX299455986CN,LK12345678CN&lang=pl")
    invalid = cards.nth(2)
    expect(invalid.locator("summary")).to_contain_text(pl("Not a valid tracking number"))
    invalid.locator("summary").click()
    expect(invalid).to_contain_text(  # why, in Polish too
        pl("Copy the number again from the label or the shipping e-mail.")
    )
    _shoot(page, screenshots, "track-several-pl")
    assert not errors, errors
    assert not leaving, leaving
    context.close()
