"""The seller desk in a browser: create an order, dispatch it; errors stand at their field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.locale import gettext
from tests.browser.test_pages import _log_in, _shoot, app  # noqa: F401 (SQLite app fixture)
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import person

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_seller_creates_an_order_and_dispatches_it_after_a_typo(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
    lang: str,
) -> None:
    """The same flow in English and in Polish (the switch's choice, kept for the next pages):
    every label, error and notice in the page's language; shots of each state in both."""
    from playwright.sync_api import expect

    def t(message: str, **values: str) -> str:
        said = gettext(lang, message)
        return said % values if values else said

    person(app, "seller@example.com", Role.SELLER)
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _log_in(page, base_url, "seller@example.com")
    page.goto(f"{base_url}/desk?lang={lang}")
    page.get_by_role("link", name=t("New order")).click()
    page.get_by_label(t("Your order reference")).fill("SHOP-1001")
    page.get_by_label(t("Buyer's e-mail")).fill("buyer@example.com")
    page.get_by_label(t("Item %(number)s", number="1"), exact=True).fill("Bluetooth earbuds")
    quantity_label = f"{t('Quantity')} {t('of item %(number)s', number='1')}"
    page.get_by_label(quantity_label).fill("two")
    page.get_by_label(t("Order total")).fill("49.00")
    page.get_by_role("button", name=t("Create the order")).click()
    quantity = page.get_by_label(quantity_label)
    expect(quantity).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#quantity-0-error")).to_have_text(
        t("quantity must be a whole number, 1 or more")
    )
    item = page.get_by_label(t("Item %(number)s", number="1"), exact=True)
    expect(item).to_have_value("Bluetooth earbuds")  # nothing lost
    _shoot(page, screenshots, f"desk-new-order-error-{lang}")
    quantity.fill("2")
    page.get_by_role("button", name=t("Create the order")).click()
    heading = t("Dispatch order %(reference)s", reference="SHOP-1001")
    expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text(
        t(
            "Order %(reference)s is created and its buyer told. Dispatch it when the parcel "
            "leaves.",
            reference="SHOP-1001",
        )
    )

    page.get_by_label(t("Tracking number")).fill("RR123456784CN")  # one digit off
    suggestion = page.get_by_role("button", name="RR123456785CN")
    expect(suggestion).to_be_visible()  # from /api/v1/detect, as the seller types
    expect(page.get_by_label(t("Tracking number"))).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#detected")).to_contain_text(  # the live check in the page's words
        t("Copy the number again from the label or the shipping e-mail.")
    )
    expect(page.locator("#suggestions")).to_contain_text(t("Did you mean"))
    _shoot(page, screenshots, f"desk-dispatch-suggestion-{lang}")
    suggestion.click()
    expect(page.get_by_label(t("Tracking number"))).to_have_value("RR123456785CN")
    page.get_by_role("button", name=t("Dispatch"), exact=True).click()
    expect(page.get_by_text(t("Dispatched as %(number)s", number="RR123456785CN"))).to_be_visible()
    expect(page.get_by_text(f"{t('Carrier:')} China Post")).to_be_visible()
    assert page.get_by_role("button", name=t("Dispatch"), exact=True).count() == 0
    _shoot(page, screenshots, f"desk-dispatched-{lang}")
    refused_form = "the server responded with a status of 422"  # the form drawn again
    assert [e for e in errors if refused_form not in e] == []
    page.close()
