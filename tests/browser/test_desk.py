"""The seller desk in a browser: create an order, dispatch it; errors stand at their field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests.browser.test_pages import _log_in, _shoot, app  # noqa: F401 (SQLite app fixture)
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import person

pytestmark = pytest.mark.browser


def test_a_seller_creates_an_order_and_dispatches_it_after_a_typo(
    app: App, base_url: str, browser: Any, screenshots: Path  # noqa: F811
) -> None:
    from playwright.sync_api import expect

    person(app, "seller@example.com", Role.SELLER)
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _log_in(page, base_url, "seller@example.com")
    page.goto(f"{base_url}/desk")
    page.get_by_role("link", name="New order").click()
    page.get_by_label("Your order reference").fill("SHOP-1001")
    page.get_by_label("Buyer's e-mail").fill("buyer@example.com")
    page.get_by_label("Item 1", exact=True).fill("Bluetooth earbuds")
    page.get_by_label("Quantity of item 1").fill("two")
    page.get_by_label("Order total").fill("49.00")
    page.get_by_role("button", name="Create the order").click()
    quantity = page.get_by_label("Quantity of item 1")
    expect(quantity).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#quantity-0-error")).to_have_text(
        "quantity must be a whole number, 1 or more"
    )
    item = page.get_by_label("Item 1", exact=True)
    expect(item).to_have_value("Bluetooth earbuds")  # nothing lost
    _shoot(page, screenshots, "desk-new-order-error")
    quantity.fill("2")
    page.get_by_role("button", name="Create the order").click()
    expect(page.get_by_role("heading", name="Dispatch order SHOP-1001")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("is created and its buyer told")

    page.get_by_label("Tracking number").fill("RR123456784CN")  # one digit off
    suggestion = page.get_by_role("button", name="RR123456785CN")
    expect(suggestion).to_be_visible()  # from /api/v1/detect, as the seller types
    expect(page.get_by_label("Tracking number")).to_have_attribute("aria-invalid", "true")
    _shoot(page, screenshots, "desk-dispatch-suggestion")
    suggestion.click()
    expect(page.get_by_label("Tracking number")).to_have_value("RR123456785CN")
    page.get_by_role("button", name="Dispatch", exact=True).click()
    expect(page.get_by_text("Dispatched as RR123456785CN")).to_be_visible()
    expect(page.get_by_text("Carrier: China Post")).to_be_visible()
    assert page.get_by_role("button", name="Dispatch", exact=True).count() == 0
    _shoot(page, screenshots, "desk-dispatched")
    refused_form = "the server responded with a status of 422"  # the form drawn again
    assert [e for e in errors if refused_form not in e] == []
    page.close()
