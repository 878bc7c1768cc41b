"""My parcels, the page: add by number, link or pasted text; label, archive, delete."""

from __future__ import annotations

import re

import httpx

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests.e2e.web import Browser, csrf, logged_in, person

UPS = "1Z999AA10123456784"
DHL_LINK = (
    "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html"
    "?piececode=00340435073630130811"
)


def test_my_parcels_page_adds_labels_archives_and_deletes(app: App, base_url: str) -> None:
    person(app, "me@example.com", Role.BUYER)
    with logged_in(base_url, "me@example.com") as client:
        browser = Browser(client)
        empty = client.get("/parcels")
        assert empty.status_code == 200
        assert "No parcels yet" in empty.text
        added = browser.form("/parcels", "/parcels", entry=UPS.lower(), label="Headphones")
        assert added.status_code == 200
        assert f"Tracking {UPS}." in added.text
        assert 'value="Headphones"' in added.text
        by_link = browser.form("/parcels", "/parcels", entry=DHL_LINK)
        assert "Tracking 00340435073630130811." in by_link.text
        pasted = browser.form(
            "/parcels",
            "/parcels",
            entry="Dear customer,\nyour parcel "
            + UPS
            + " left our warehouse today. Tracking number above.",
        )
        assert f"Tracking {UPS}." in pasted.text  # the same parcel, not a second one
        page = client.get("/parcels").text
        assert page.count('class="number" href="/track/') == 2
        parcel_id = re.search(r'action="/parcels/(prc_[0-9a-z]{16})/label"', page).group(1)
        token = csrf(client.get("/parcels"))
        client.post(f"/parcels/{parcel_id}/label", data={"csrf_token": token, "label": "Shoes"})
        client.post(f"/parcels/{parcel_id}/archive", data={"csrf_token": token})
        archived = client.get("/parcels?archived=true").text
        assert 'value="Shoes"' in archived
        assert 'value="Shoes"' not in client.get("/parcels").text
        client.post(f"/parcels/{parcel_id}/delete", data={"csrf_token": token})
        assert 'value="Shoes"' not in client.get("/parcels?archived=true").text


def test_bad_input_is_shown_on_the_page(app: App, base_url: str) -> None:
    person(app, "me@example.com", Role.BUYER)
    with logged_in(base_url, "me@example.com") as client:
        refused = Browser(client).form("/parcels", "/parcels", entry="not a number")
        assert refused.status_code == 422
        assert "Not a valid tracking number" in refused.text or "valid" in refused.text
        forged = client.post("/parcels", data={"csrf_token": "x", "entry": UPS})
        assert forged.status_code == 403


def test_the_page_needs_a_login(base_url: str) -> None:
    answer = httpx.get(f"{base_url}/parcels", follow_redirects=False)
    assert answer.status_code in (303, 401)
