"""The live demo in a browser, in English and in Polish: every page says its clock runs fast
and what time it is there; orders have totals (in the page's way of writing money), so a buyer
can open a dispute. Shots at phone and desktop widths; axe-core on each page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parceltrail.config import Settings
from parceltrail.demo.live import start_live
from parceltrail.demo.seed import DEMO_PASSWORD, open_accounts
from parceltrail.locale import gettext
from tests.browser.conftest import serious_violations, with_axe
from tests.browser.test_pages import _shoot
from tests.e2e.conftest import serve

pytestmark = pytest.mark.browser
BUYER = "buyer1@demo.parceltrail.test"


def test_the_demo_says_its_clock_runs_fast_and_its_orders_have_totals(
    browser: Any, screenshots: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'live.db'}")
    live = start_live(settings, seed=3, orders=12, speed=600, every=0.5)
    try:
        open_accounts(live.app, [BUYER])
        with serve(live.app) as url:
            context = with_axe(browser.new_context())
            page = context.new_page()
            page.goto(f"{url}/login")
            page.get_by_label("E-mail").fill(BUYER)
            page.get_by_label("Password").fill(DEMO_PASSWORD)
            page.get_by_role("button", name="Log in").click()
            page.wait_for_url("**/orders")
            for lang, money in (("en", "$"), ("pl", "USD")):
                page.goto(f"{url}/orders?lang={lang}")
                banner = page.locator(".demo-banner")
                expect(banner).to_contain_text(
                    gettext(
                        lang,
                        "Demo: time here runs %(speed)s× faster than real time, so "
                        "parcels move while you watch.",
                    )
                    % {"speed": 600}
                )
                totals = page.locator(".total")
                assert totals.count() > 0
                assert all(money in text for text in totals.all_inner_texts())
                assert serious_violations(page) == []
                _shoot(page, screenshots, f"demo-my-orders-{lang}")
                page.locator("a[href^='/orders/ord']").first.click()
                expect(page.locator(".demo-banner")).to_be_visible()
                assert serious_violations(page) == []
                _shoot(page, screenshots, f"demo-order-{lang}")
            context.close()
    finally:
        live.stop()
