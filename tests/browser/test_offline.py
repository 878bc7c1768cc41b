"""Every page, and the API documentation, with no network beyond the server itself; axe-core
checks each page for serious accessibility violations, and each is shot in a second language.

Each request that leaves the test server is aborted and recorded; none may be made, and the
pages must still render (Swagger UI included, from the files parceltrail serves).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import factories
from tests.browser.conftest import serious_violations, with_axe
from tests.browser.test_pages import (  # noqa: F401 (SQLite app fixture)
    SIZES,
    _log_in,
    _shoot,
    app,
)
from tests.browser.test_tracking import IN_CUSTOMS, _in_customs, _offline_context
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import person

pytestmark = pytest.mark.browser
PUBLIC = (
    "/track",
    f"/track/{IN_CUSTOMS}",
    f"/track?q={IN_CUSTOMS},LX299455986CN,LK12345678CN",
    "/login",
    "/signup",
    "/reset",
)
BUYER = ("/orders", "/account", "/account/notifications", "/parcels")
SELLER = ("/desk", "/desk/bulk", "/desk/problems")
ADMIN = ("/admin", "/admin/users", "/admin/carriers", "/admin/disputes", "/admin/text-lessons")
SECOND_LANGUAGE = "pl"


def _disputed(built: App, seller: Any, clock: Any) -> str:
    """An order of 25.00, dispatched, its buyer's dispute escalated to the admins' queue."""
    from decimal import Decimal

    from parceltrail.domain.disputes import Reason
    from parceltrail.domain.orders import OrderLine
    from parceltrail.services import disputes
    from parceltrail.services import orders as order_service

    with built.uow() as uow:
        order = order_service.create_order(
            uow=uow,
            seller=seller,
            reference="AE-3",
            buyer_email="buyer@example.com",
            lines=[OrderLine("Watch strap", 1)],
            now=built.clock(),
            total=Decimal("25.00"),
        )
        order_service.dispatch(
            uow=uow,
            seller=seller,
            order_id=order.id,
            tracking_number=factories.s10(77),
            now=built.clock(),
            protection=built.periods.protection,
        )
    clock.advance(days=2)
    with built.uow() as uow:
        buyer = uow.users.by_email("buyer@example.com")
        assert buyer is not None
        disputes.open_dispute(
            uow=uow,
            user=buyer,
            order_id=order.id,
            reason=Reason.NOT_AS_DESCRIBED,
            now=built.clock(),
            periods=built.periods,
            note="The strap is blue, not black.",
        )
    clock.advance(days=30)
    with built.uow() as uow:
        disputes.escalate_overdue(uow=uow, now=built.clock(), periods=built.periods)
    return order.id


class Sweep:
    """Pages visited with no network beyond the server, in a second language and in English:
    axe-core on each, and a screenshot of each at phone and desktop widths (var/screenshots/,
    kept by the test run). The switch's cookie is left at English for the next log-in."""

    def __init__(self, browser: Any, server: str, screenshots: Path) -> None:
        self.base_url, self.screenshots = server, screenshots
        self.leaving: list[str] = []
        self.context = with_axe(_offline_context(browser, server, self.leaving))
        self.page = self.context.new_page()
        self.found: dict[str, list[str]] = {}
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def visit(self, path: str, status: int = 200) -> None:
        name = "page" + path.replace("/", "-").replace("?", "-").replace(",", "-")[:80]
        for language in (SECOND_LANGUAGE, "en"):
            joined = "&" if "?" in path else "?"
            answer = self.page.goto(f"{self.base_url}{path}{joined}lang={language}")
            assert answer is not None, path
            assert answer.status == status, path
            assert self.page.locator("html").get_attribute("lang") == language, path
            _shoot(self.page, self.screenshots, f"{name}-{language}")
            if status != 200:  # the browser logs the page's own status: that one is wanted
                answered = f"the server responded with a status of {status}"
                self.errors = [e for e in self.errors if answered not in e]
            if violations := serious_violations(self.page):
                self.found[f"{path} ({language})"] = violations

    def log_in(self, email: str) -> None:
        self.context.clear_cookies()
        _log_in(self.page, self.base_url, email)

    def check(self) -> None:
        assert not self.leaving, self.leaving
        assert self.found == {}, self.found  # axe-core: no serious or critical violation
        assert not self.errors, self.errors
        self.context.close()


def test_the_api_docs_and_the_public_and_buyer_pages_stand_alone(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
) -> None:
    from playwright.sync_api import expect

    person(app, "buyer@example.com", Role.BUYER)
    _in_customs(app)
    sweep = Sweep(browser, base_url, screenshots)
    page = sweep.page
    page.goto(f"{base_url}/docs")
    # 1.5 MB of script to parse: slow on a loaded machine, so a longer wait than the default
    title = page.locator(".swagger-ui .info .title")
    expect(title).to_contain_text("parceltrail", timeout=30_000)
    expect(page.locator(".opblock-summary-path").first).to_be_visible(timeout=30_000)
    assert page.locator(".opblock").count() > 20  # every operation listed
    if violations := serious_violations(page):
        sweep.found["/docs"] = violations
    for label, (width, height) in SIZES.items():  # the viewport: the whole page is 10,000 px
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(screenshots / f"api-docs-{label}.png"))
    page.goto(f"{base_url}/track")  # axe is there and finds what it should
    page.evaluate("document.body.append(document.createElement('img'))")
    assert any(v.startswith("image-alt (critical)") for v in serious_violations(page))
    for path in PUBLIC:
        sweep.visit(path)
    sweep.visit("/no-such-page", status=404)  # errors are pages too, in the visitor's words
    sweep.log_in("buyer@example.com")
    for path in BUYER:
        sweep.visit(path)
    sweep.visit("/orders/ord_nope", status=404)
    sweep.check()


def test_the_seller_and_admin_pages_stand_alone(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
    clock: Any,
) -> None:
    person(app, "buyer@example.com", Role.BUYER)
    person(app, "admin@example.com", Role.ADMIN)
    _in_customs(app)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
        shipment = uow.shipments.by_numbers([IN_CUSTOMS])[IN_CUSTOMS]
    assert seller is not None
    order = factories.order(app, seller, "AE-2")
    disputed = _disputed(app, seller, clock)
    sweep = Sweep(browser, base_url, screenshots)
    sweep.log_in("seller@example.com")
    for path in (
        *SELLER,
        "/desk/orders/new",
        f"/orders/{order.id}",
        f"/desk/orders/{order.id}/dispatch",
        f"/desk/shipments/{shipment.id}/number",
        f"/orders/{disputed}",
        "/desk/analytics",
    ):
        sweep.visit(path)
    sweep.log_in("admin@example.com")
    for path in (*ADMIN, f"/orders/{disputed}", "/admin/analytics"):
        sweep.visit(path)
    sweep.log_in("buyer@example.com")  # the buyer's side of the escalated dispute
    sweep.visit(f"/orders/{disputed}")
    sweep.check()
