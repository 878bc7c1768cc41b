"""A real browser, keyboard only: the buyer sets notification preferences from the account."""

from __future__ import annotations

from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import preferences
from tests.browser.test_pages import _log_in, _shoot, app  # noqa: F401 (SQLite app fixture)
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import person

pytestmark = pytest.mark.browser


def test_preferences_by_keyboard(app: App, base_url: str, browser: Any, screenshots) -> None:  # noqa: F811
    person(app, "buyer@example.com", Role.BUYER)
    page = browser.new_page()
    _log_in(page, base_url, "buyer@example.com")
    page.goto(f"{base_url}/account")
    page.get_by_role("link", name="Notification preferences").click()
    page.wait_for_url("**/account/notifications")
    out_for_delivery = page.get_by_label("Out for delivery")
    out_for_delivery.focus()
    page.keyboard.press("Space")  # unticks it
    page.get_by_label("Once a day, in a daily digest").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Save preferences").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/account/notifications?saved=1")
    assert page.get_by_role("status").inner_text().startswith("Your preferences are saved")
    assert not page.get_by_label("Out for delivery").is_checked()
    assert page.get_by_label("Once a day, in a daily digest").is_checked()
    _shoot(page, screenshots, "preferences")
    page.close()
    with app.uow() as uow:
        buyer = uow.users.by_email("buyer@example.com")
        assert buyer is not None
        saved = preferences.preferences_of(uow=uow, user=buyer)
    assert saved.mode.value == "digest"
    assert "out_for_delivery" not in saved.milestones
