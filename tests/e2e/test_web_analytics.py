"""The analytics pages over HTTP: who sees which page, the exports agree with the fixture."""

from __future__ import annotations

import csv
import io

import pytest

from parceltrail.bootstrap import App
from parceltrail.connectors.http import outbound_client
from parceltrail.domain.users import Role
from parceltrail.services import accounts
from tests import analytics_fixture, factories
from tests.analytics_fixture import (
    EXPECTED,
    EXPECTED_BEFORE_ORDERED,
    EXPECTED_BY_DELIVERY,
    WEEKLY_BY_DELIVERY,
)
from tests.e2e.web import PASSWORD, logged_in

WEEK = {"from": "2026-03-02", "to": "2026-03-08"}


@pytest.fixture
def people(app: App) -> dict[str, str]:
    ids = {}
    for name, role in (("s1", Role.SELLER), ("s2", Role.SELLER), ("admin", Role.ADMIN)):
        user = factories.user(app, f"{name}@example.com", role)
        with app.uow() as uow:
            accounts.set_password(uow=uow, user=user, password=PASSWORD)
        ids[name] = user.id
    analytics_fixture.load(app, {"s1": ids["s1"], "s2": ids["s2"]})
    return ids


def test_the_admin_page_and_its_exports(base_url: str, people: dict[str, str]) -> None:
    with logged_in(base_url, "admin@example.com") as client:
        page = client.get("/admin/analytics", params=WEEK)
        assert page.status_code == 200, page.text
        assert page.text.count("<svg") >= 6  # trend x2, carriers, heatmap, exceptions, lanes
        carriers = client.get("/admin/analytics/carriers.csv", params=WEEK)
        rows = list(csv.DictReader(io.StringIO(carriers.text)))
        parts = {r["carrier"]: (r["early"], r["on_time"], r["late"], r["overdue"]) for r in rows}
        assert parts == {"cainiao": ("0", "1", "1", "0"), "yunexpress": ("1", "0", "0", "1")}
        summary = client.get("/admin/analytics/summary.json", params=WEEK).json()
        assert summary["transit_days"]["p50"] == EXPECTED["transit_days"]["p50"]
        # the API's summary, previous period included: by order day, 3-8 March and before
        ordered = {"from": "2026-03-03", "to": "2026-03-08", "by": "order"}
        both = client.get("/admin/analytics/summary.json", params=ordered).json()
        assert both["period"] == {"from": "2026-03-03", "to": "2026-03-08", "by": "order"}
        assert (both["shipments"], both["previous"]["shipments"]) == (1, 4)
        assert both["previous"]["exceptions"] == EXPECTED_BEFORE_ORDERED["exceptions"]
        exceptions = client.get("/admin/analytics/exceptions.json", params=WEEK).json()
        assert {e["kind"]: e["shipments"] for e in exceptions} == EXPECTED["exceptions"]
        assert client.get("/admin/analytics/nothing.csv", params=WEEK).status_code == 404


def test_a_seller_sees_the_desk_page_not_the_admins(base_url: str, people: dict[str, str]) -> None:
    with logged_in(base_url, "s1@example.com") as client:
        assert client.get("/admin/analytics", params=WEEK).status_code == 403
        kpis = client.get("/desk/analytics/kpis.json", params=WEEK).json()
        figures = {row["metric"]: row["value"] for row in kpis}
        assert (figures["shipments"], figures["delivered"], figures["in_flight"]) == (4, 3, 1)
        # an admin's "seller" parameter means nothing on the desk: still one's own
        mine = client.get("/desk/analytics/kpis.json", params={**WEEK, "seller": people["s2"]})
        assert {row["metric"]: row["value"] for row in mine.json()}["shipments"] == 4
    with outbound_client(timeout=5.0, base_url=base_url) as anonymous:
        answer = anonymous.get("/desk/analytics")
        assert answer.status_code == 401


def test_the_exports_follow_the_day_the_period_is_by(base_url: str, people: dict[str, str]) -> None:
    by_delivery = {"from": "2026-03-09", "to": "2026-03-22", "by": "delivery"}
    with logged_in(base_url, "admin@example.com") as client:
        page = client.get("/admin/analytics", params=by_delivery)
        assert "Shipments delivered from 2026-03-09 to 2026-03-22" in page.text
        assert '<option value="delivery" selected>' in page.text
        weekly = client.get("/admin/analytics/weekly.csv", params=by_delivery)
        rows = {r["week"]: r for r in csv.DictReader(io.StringIO(weekly.text))}
        for week, expected in WEEKLY_BY_DELIVERY.items():
            got = rows[week]
            assert int(got["shipments"]) == expected["shipments"]
            assert [int(got[f"transit_{p}"]) for p in ("p50", "p80", "p95")] == [
                expected["p50"],
                expected["p80"],
                expected["p95"],
            ]
            assert float(got["on_time_rate"]) == expected["on_time_rate"]
        week = {**by_delivery, "to": "2026-03-15"}
        summary = client.get("/admin/analytics/summary.json", params=week).json()
        assert summary["shipments"] == EXPECTED_BY_DELIVERY["shipments"]
        assert summary["transit_days"]["p50"] == EXPECTED_BY_DELIVERY["transit_days"]["p50"]
        wrong = client.get("/admin/analytics", params={**by_delivery, "by": "arrival"})
        assert wrong.status_code == 422
        assert "by is one of dispatch, order, delivery" in wrong.text
