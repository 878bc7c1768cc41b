"""Every page, and the API documentation, with no network beyond the server itself; axe-core
checks each page for serious accessibility violations.

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
from tests.browser.test_pages import SIZES, _log_in, app  # noqa: F401 (SQLite app fixture)
from tests.browser.test_tracking import IN_CUSTOMS, _in_customs, _offline_context
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import person

pytestmark = pytest.mark.browser
PUBLIC = (
    "/track", f"/track/{IN_CUSTOMS}", f"/track?q={IN_CUSTOMS},LX299455986CN,LK12345678CN",
    "/login", "/signup", "/reset",
)
BUYER = ("/orders", "/account", "/account/notifications")
SELLER = ("/desk", "/desk/bulk", "/desk/problems")


def test_the_api_docs_and_every_page_make_no_request_beyond_the_server(
    app: App, base_url: str, browser: Any, screenshots: Path  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    person(app, "buyer@example.com", Role.BUYER)
    _in_customs(app)
    with app.uow() as uow:
        seller = uow.users.by_email("seller@example.com")
    assert seller is not None
    order = factories.order(app, seller, "AE-2")
    leaving: list[str] = []
    context = with_axe(_offline_context(browser, base_url, leaving))
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def visit(path: str) -> None:
        assert page.goto(f"{base_url}{path}").status == 200, path
        if violations := serious_violations(page):
            found[path] = violations

    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{base_url}/docs")
    # 1.5 MB of script to parse: slow on a loaded machine, so a longer wait than the default
    title = page.locator(".swagger-ui .info .title")
    expect(title).to_contain_text("parceltrail", timeout=30_000)
    expect(page.locator(".opblock-summary-path").first).to_be_visible(timeout=30_000)
    assert page.locator(".opblock").count() > 20  # every operation listed
    for label, (width, height) in SIZES.items():  # the viewport: the whole page is 10,000 px
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(screenshots / f"api-docs-{label}.png"))
    page.goto(f"{base_url}/track")  # axe is there and finds what it should
    page.evaluate("document.body.append(document.createElement('img'))")
    assert any(v.startswith("image-alt (critical)") for v in serious_violations(page))
    for path in PUBLIC:
        visit(path)
    _log_in(page, base_url, "buyer@example.com")
    for path in BUYER:
        visit(path)
    context.clear_cookies()
    _log_in(page, base_url, "seller@example.com")
    for path in (*SELLER, "/desk/orders/new", f"/orders/{order.id}",
                 f"/desk/orders/{order.id}/dispatch"):
        visit(path)
    assert not leaving, leaving
    assert found == {}, found  # axe-core: no serious or critical accessibility violation
    assert not errors, errors
    context.close()
