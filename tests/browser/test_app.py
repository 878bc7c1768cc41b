"""The installable app: a manifest with icons, and a service worker that shows the last
status seen on this device when the network is gone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.locale import gettext
from tests.browser.test_pages import _shoot, app  # noqa: F401 (SQLite app fixture)
from tests.browser.test_tracking import IN_CUSTOMS, _in_customs
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)

pytestmark = pytest.mark.browser


def test_the_manifest_names_the_app_and_its_icons(base_url: str) -> None:  # noqa: F811
    manifest = httpx.get(f"{base_url}/static/manifest.webmanifest").json()
    assert (manifest["start_url"], manifest["display"]) == ("/track", "standalone")
    for icon in manifest["icons"]:
        answer = httpx.get(f"{base_url}{icon['src']}")
        assert answer.headers["content-type"] == "image/png"
        assert answer.content.startswith(b"\x89PNG")
    worker = httpx.get(f"{base_url}/sw.js")
    assert worker.headers["content-type"].startswith("text/javascript")


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_offline_the_last_status_seen_is_shown_and_said_to_be_old(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
    lang: str,
) -> None:
    """Offline, the copy the worker kept says so, in the page's language."""
    from playwright.sync_api import expect

    _in_customs(app)
    context = browser.new_context()
    page = context.new_page()
    url = f"{base_url}/track/{IN_CUSTOMS}?lang={lang}"
    page.goto(url)
    assert page.evaluate("document.querySelector('link[rel=manifest]').href").endswith(
        "/static/manifest.webmanifest"
    )
    expect(page.locator(".offline-notice")).to_be_hidden()  # online: no notice
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.reload()  # now through the worker, which keeps a copy
    status = gettext(lang, "In customs")
    expect(page.locator(".status")).to_have_text(status)
    context.set_offline(True)
    page.goto(url)
    offline = gettext(
        lang,
        "You are offline: this is the last status parceltrail showed on "
        "this device, not a new one.",
    )
    expect(page.locator(".offline-notice")).to_have_text(offline)
    expect(page.locator(".status")).to_have_text(status)
    _shoot(page, screenshots, f"track-offline-{lang}")
    context.close()
