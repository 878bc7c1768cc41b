"""The analytics pages in Chromium: the figures shown are the hand-computed fixture's, the
charts are drawn, the filters narrow, nothing serious for axe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import accounts
from tests import analytics_fixture, factories
from tests.analytics_fixture import EXPECTED, EXPECTED_BY_DELIVERY, WEEKLY_BY_DELIVERY
from tests.browser.conftest import serious_violations, with_axe
from tests.browser.test_pages import _log_in, _shoot, app  # noqa: F401 (SQLite app fixture)
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import PASSWORD

pytestmark = pytest.mark.browser
WEEK = "from=2026-03-02&to=2026-03-08"


def people(app: App) -> dict[str, str]:  # noqa: F811
    ids = {}
    for name, role in (("s1", Role.SELLER), ("s2", Role.SELLER), ("admin", Role.ADMIN)):
        user = factories.user(app, f"{name}@example.com", role)
        with app.uow() as uow:
            accounts.set_password(uow=uow, user=user, password=PASSWORD)
        ids[name] = user.id
    analytics_fixture.load(app, {"s1": ids["s1"], "s2": ids["s2"]})
    return ids


def cell(page: Any, table: str, key: str, column: str) -> Any:
    return page.locator(f'#table-{table} tr:has(th[data-key="{key}"]) td[data-column="{column}"]')


def test_the_admin_reads_the_fixtures_figures_in_charts_and_tables(
    app: App, base_url: str, browser: Any, screenshots: Path  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    people(app)
    context = with_axe(browser.new_context())
    page = context.new_page()
    _log_in(page, base_url, "admin@example.com")
    page.goto(f"{base_url}/admin/analytics?{WEEK}")
    expect(page.get_by_role("heading", name="Delivery analytics, all sellers")).to_be_visible()
    tile = page.locator('.tile[data-metric="on_time_rate"] .tile-value')
    expect(tile).to_have_text("50.0%")
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("5")
    expect(cell(page, "kpis", "transit_p50", "value")).to_have_text(
        str(EXPECTED["transit_days"]["p50"])
    )
    expect(cell(page, "kpis", "first_attempt_rate", "value")).to_have_text("66.7%")
    expect(cell(page, "kpis", "exception_rate", "value")).to_have_text("60.0%")
    expect(cell(page, "carriers", "yunexpress", "overdue")).to_have_text("1")
    expect(cell(page, "exceptions", "lost", "shipments")).to_have_text("1")
    # trend x3 (counts, on-time rate, transit percentiles), carriers, heatmap, reasons, 2 lanes
    expect(page.locator("svg.chart")).to_have_count(8)
    expect(cell(page, "weekly", "2026-03-02", "transit_p80")).to_have_text(
        str(EXPECTED["transit_days"]["p80"])
    )
    expect(page.get_by_role("img", name="On-time rate by carrier and destination")).to_be_visible()
    assert serious_violations(page) == []
    _shoot(page, screenshots, "analytics-admin")

    page.get_by_label("To country").select_option("FR")
    page.get_by_role("button", name="Show").click()
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("2")
    expect(cell(page, "kpis", "on_time_rate", "value")).to_have_text("50.0%")  # early, overdue
    context.close()


def test_a_seller_sees_only_their_shipments(
    app: App, base_url: str, browser: Any  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    people(app)
    page = browser.new_page()
    _log_in(page, base_url, "s1@example.com")
    page.goto(f"{base_url}/desk/analytics?{WEEK}")
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("4")
    expect(cell(page, "exceptions", "lost", "shipments")).to_have_text("0")
    page.close()


def test_the_admin_reads_a_period_by_delivery_day(
    app: App, base_url: str, browser: Any  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    people(app)
    page = browser.new_page()
    _log_in(page, base_url, "admin@example.com")
    page.goto(f"{base_url}/admin/analytics?from=2026-03-09&to=2026-03-22")
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("0")
    page.get_by_label("Dates by").select_option(label="Delivery day")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_text("Shipments delivered from 2026-03-09 to 2026-03-22")).to_be_visible()
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("3")
    for week, expected in WEEKLY_BY_DELIVERY.items():
        for p in ("p50", "p80", "p95"):
            expect(cell(page, "weekly", week, f"transit_{p}")).to_have_text(str(expected[p]))
    page.get_by_label("To", exact=True).fill("2026-03-15")
    page.get_by_role("button", name="Show").click()
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text(
        str(EXPECTED_BY_DELIVERY["shipments"])
    )
    expect(cell(page, "kpis", "on_time_rate", "value")).to_have_text("100.0%")
    expect(cell(page, "kpis", "transit_p80", "value")).to_have_text(
        str(EXPECTED_BY_DELIVERY["transit_days"]["p80"])
    )
    expect(page.get_by_label("Dates by")).to_have_value("delivery")
    page.close()
