"""The admin's text-lessons page over HTTP: review, correct, export, import; admins only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import tracking as tracking_service
from tests import factories
from tests.e2e.web import Browser, logged_in, person

NUMBER = "LK123456785CN"
START = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)


def feed(app: App, times: int) -> None:
    """A tracking service says three times that "Paczka w skrytce N" is ready for pickup."""
    seller = factories.user(app, "seller@example.com")
    factories.shipped(app, seller, NUMBER)
    items = [
        {
            "tracking_number": NUMBER,
            "occurred_at": (START + timedelta(hours=n)).isoformat(),
            "description": f"Paczka w skrytce {n}",
            "status": "available_for_pickup",
        }
        for n in range(times)
    ]
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(items, now=app.clock(), source="aftership")
        tracking_service.ingest(uow=uow, actor=None, events=valid, now=app.clock())


def test_an_admin_reviews_corrects_exports_and_imports(app: App, base_url: str) -> None:
    feed(app, 3)
    person(app, "admin@example.com", Role.ADMIN)
    with logged_in(base_url, "admin@example.com") as client:
        listed = client.get("/admin/text-lessons")
        assert listed.status_code == 200
        assert "Paczka w skrytce 2" in listed.text
        assert "available_for_pickup <small>(agreement)</small>" in listed.text

        saved = Browser(client).form(
            "/admin/text-lessons",
            "/admin/text-lessons/correct",
            text="Paczka w skrytce 2",
            language="und",
            status="in_transit",
        )
        assert saved.status_code == 303
        corrected = client.get("/admin/text-lessons?state=correction").text
        assert "in_transit <small>(correction)</small>" in corrected

        exported = client.get("/admin/text-lessons/export.csv")
        assert exported.headers["content-type"].startswith("text/csv")
        assert "available_for_pickup=3,in_transit,in_transit" in exported.text

        token = Browser(client).form("/admin/text-lessons", "/admin/text-lessons/correct")
        assert token.status_code == 422  # an empty text is refused, saying what to give
        page = client.get("/admin/text-lessons").text
        csrf = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        other = "key,language,sample,counts,correction\nscan,und,Scan,in_transit=2,none\n"
        imported = client.post(
            "/admin/text-lessons/import",
            data={"csrf_token": csrf},
            files={"file": ("lessons.csv", other.encode(), "text/csv")},
        )
        assert imported.status_code == 303
        assert "nothing <small>(correction)</small>" in client.get("/admin/text-lessons").text


def test_a_seller_may_not_see_the_lessons(app: App, base_url: str, http: httpx.Client) -> None:
    person(app, "shop@example.com", Role.SELLER)
    with logged_in(base_url, "shop@example.com") as client:
        assert client.get("/admin/text-lessons").status_code == 403
        assert client.get("/admin/text-lessons/export.csv").status_code == 403
    assert http.get("/admin/text-lessons").status_code in {401, 303}
