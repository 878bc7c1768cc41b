"""A real browser: look a number up, dispatch with live detection, the buyer opens the order.

Screenshots of each page at phone and desktop widths go to var/screenshots/ (kept by the run).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import PASSWORD, person

pytestmark = pytest.mark.browser
NUMBER = "LK123456785CN"
SIZES = {"phone": (390, 844), "desktop": (1280, 900)}


# The outermost elements that end beyond the viewport's right edge: why a page is too wide.
OVERFLOWING = """(width) => [...document.querySelectorAll("body *")]
  .filter(e => e.getBoundingClientRect().right > width + 1 &&
    e.parentElement.getBoundingClientRect().right <= width + 1)
  .slice(0, 3)
  .map(e => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""


def _shoot(page: Any, folder: Path, name: str) -> None:
    """Screenshots at phone and desktop widths; at each, nothing may stick out sideways."""
    for label, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, (
            f"{name}: {wide} px wide at the {label}'s {width} px",
            page.evaluate(OVERFLOWING, width),
        )
        page.screenshot(path=str(folder / f"{name}-{label}.png"), full_page=True)


def _log_in(page: Any, url: str, email: str) -> None:
    page.goto(f"{url}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/orders")


@pytest.fixture
def app(request: pytest.FixtureRequest, tmp_path: Path, clock: Any) -> Any:
    """SQLite only: the browser proves the pages; the database matrix is in tests/e2e."""
    import shutil

    from parceltrail.bootstrap import build
    from parceltrail.config import Settings

    path = tmp_path / "parceltrail.db"
    shutil.copy(request.getfixturevalue("sqlite_template"), path)
    built = build(Settings(database_url=f"sqlite:///{path}"), clock=clock)
    yield built
    built.close()


def test_lookup_dispatch_and_the_buyers_order(
    app: App,
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
) -> None:
    from playwright.sync_api import expect  # waits: a click's page may not have loaded yet

    person(app, "seller@example.com", Role.SELLER)
    person(app, "buyer@example.com", Role.BUYER)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    shipped = factories.shipped(app, seller, NUMBER, "AE-1")
    waiting = factories.order(app, seller, "AE-2")
    journey = factories.raw_journey(NUMBER, datetime(2026, 11, 10, 8, tzinfo=UTC))
    journey[1]["description"] = '<img src=x onerror="document.title=1">Acceptance'
    with app.uow() as uow:
        events, _ = tracking_service.parse_events(journey, now=app.clock())
        tracking_service.ingest(uow=uow, actor=seller, events=events, now=app.clock())
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{base_url}/track")
    page.get_by_label("Tracking numbers").fill(f"{NUMBER}\n1Z999AA10123456784")
    page.get_by_role("button", name="Track", exact=True).click()
    page.locator("summary", has_text=NUMBER).click()  # several numbers: a list, open one
    expect(page.get_by_text("Delivered, in/at mailbox")).to_be_visible()
    expect(page.get_by_text('<img src=x onerror="document.title=1">Acceptance')).to_be_visible()
    assert page.title() != "1"
    expect(page.get_by_text("Not known to parceltrail yet")).to_be_visible()
    _shoot(page, screenshots, "track")

    _log_in(page, base_url, "seller@example.com")
    page.goto(f"{base_url}/desk/orders/{waiting.id}/dispatch")
    page.get_by_label("Tracking number").fill("RR123456785CN")
    expect(page.locator("#detected")).to_contain_text("China Post")  # from /api/v1/detect
    _shoot(page, screenshots, "dispatch")
    page.get_by_role("button", name="Dispatch", exact=True).click()
    expect(page.get_by_text("Dispatched as RR123456785CN")).to_be_visible()
    context.clear_cookies()

    _log_in(page, base_url, "buyer@example.com")
    expect(page.get_by_role("link", name="AE-2")).to_be_visible()
    _shoot(page, screenshots, "my-orders")
    page.get_by_role("link", name="AE-1").click()
    page.wait_for_url(f"**/orders/{shipped.order_id}")
    expect(page.get_by_text("Out for delivery").first).to_be_visible()
    _shoot(page, screenshots, "order")
    assert not errors, errors  # CSP violations and script errors show up here
    context.close()


def test_the_buyer_opens_a_dispute_and_the_seller_answers(
    app: App,
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
) -> None:
    from decimal import Decimal

    from playwright.sync_api import expect

    from parceltrail.domain.orders import OrderLine
    from parceltrail.services import orders as order_service

    person(app, "seller@example.com", Role.SELLER)
    person(app, "buyer@example.com", Role.BUYER)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
        assert seller is not None
        order = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="AE-9",
            buyer_email="buyer@example.com",
            lines=[OrderLine("Mug", 1)],
            now=app.clock(),
            total=Decimal("30.00"),
        )
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=NUMBER,
            now=app.clock(),
            protection=app.periods.protection,
        )
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    _log_in(page, base_url, "buyer@example.com")
    page.get_by_role("link", name="AE-9").click()
    page.get_by_label("Reason").select_option("damaged")
    page.get_by_label("Refund you ask").fill("12.50")
    page.get_by_label("What happened").fill("The mug arrived in pieces.")
    page.get_by_role("button", name="Open the dispute").click()
    expect(page.get_by_text("The mug arrived in pieces.")).to_be_visible()
    _shoot(page, screenshots, "dispute-buyer")
    context.clear_cookies()

    _log_in(page, base_url, "seller@example.com")
    page.goto(f"{base_url}/orders/{order.id}")
    page.get_by_label("Refund you offer").fill("8")
    page.get_by_role("button", name="Offer another refund").click()
    expect(page.locator("#disputes")).to_contain_text("seller offered 8.00")
    _shoot(page, screenshots, "dispute-seller")
    assert not errors, errors
    context.close()


def test_an_unknown_number_starts_a_tracking_from_the_box(
    app: App,
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
) -> None:
    from playwright.sync_api import expect

    from parceltrail.connectors.pollers import SimulatorSource
    from parceltrail.simulator.api import create_app as simulator_app
    from parceltrail.simulator.clock import ManualClock
    from parceltrail.simulator.network import Network
    from parceltrail.simulator.server import ServerThread

    network = Network(5, ManualClock(app.clock()))
    parcel = network.dispatch(1, datetime(2026, 11, 25, 6, tzinfo=UTC))[0]
    with ServerThread(simulator_app(network)) as server:
        app.pollers.add(SimulatorSource(server.url))
        context = browser.new_context()
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{base_url}/track")
        page.get_by_label("Tracking numbers").fill(f"{parcel.number}\n1Z999AA10123456784")
        page.get_by_role("button", name="Track", exact=True).click()
        page.locator("summary", has_text=parcel.number).click()
        expect(page.locator(".polling")).to_contain_text("We asked Cainiao")
        expect(page.locator(".polling")).to_contain_text("(in about 2 min)")
        expect(page.locator(".no-connector")).to_contain_text("cannot ask UPS itself")
        _shoot(page, screenshots, "track-standalone")
        assert not errors, errors
        context.close()


def test_a_logged_in_person_keeps_their_header_on_an_error_page_and_logs_out_from_it(
    app: App,
    base_url: str,  # noqa: F811
    browser: Any,
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    context = browser.new_context()
    page = context.new_page()
    _log_in(page, base_url, "buyer@example.com")
    answer = page.goto(f"{base_url}/orders/ord_nope")
    assert answer is not None
    assert answer.status == 404
    header = page.locator("header.top")
    assert header.get_by_role("link", name="My parcels").is_visible()
    assert header.get_by_role("link", name="Log in").count() == 0
    header.get_by_role("button", name="Log out").click()  # the session's CSRF token: accepted
    page.wait_for_url("**/login")
    assert page.locator("header.top").get_by_role("link", name="Log in").is_visible()
    context.close()
