"""GET /api/v1/analytics/summary over real HTTP: the hand-computed fixture's figures, a
seller's own and an admin's, with the previous period and the filters."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import analytics_fixture, factories
from tests.analytics_fixture import EXPECTED, EXPECTED_S1

WEEK = {"from": "2026-03-02", "to": "2026-03-08"}


def auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def tokens(app: App) -> dict[str, str]:
    s1 = factories.user(app, "s1@example.com", Role.SELLER)
    s2 = factories.user(app, "s2@example.com", Role.SELLER)
    factories.user(app, "admin@example.com", Role.ADMIN)
    factories.user(app, "buyer@example.com", Role.BUYER)
    analytics_fixture.load(app, {"s1": s1.id, "s2": s2.id})
    names = ("s1", "s2", "admin", "buyer")
    found = {name: factories.token(app, f"{name}@example.com") for name in names}
    found["s2_id"] = s2.id
    return found


def get(http: httpx.Client, token: str, **params: str) -> dict[str, Any]:
    answer = http.get("/api/v1/analytics/summary", params={**WEEK, **params}, headers=auth(token))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def percentiles(body: dict[str, Any], name: str) -> dict[str, int]:
    return {k: body[name][k] for k in ("p50", "p80", "p95")}


def test_an_admin_reads_every_sellers_figures(http: httpx.Client, tokens: dict[str, str]):
    body = get(http, tokens["admin"])
    for name in ("shipments", "delivered", "in_flight", "delivery_rate", "on_time_rate",
                 "first_attempt_rate", "exception_rate", "exceptions", "on_time"):
        assert body[name] == EXPECTED[name], name
    for name in ("transit_days", "transit_business_days", "order_to_delivery_days",
                 "processing_days", "first_scan_days"):
        assert percentiles(body, name) == EXPECTED[name], name
    assert percentiles(body, "reporting_lag_hours") == EXPECTED["reporting_lag_hours"]
    dispatched = body["eta_accuracy"][0]
    assert dispatched == {"milestone": "dispatched", **EXPECTED["eta_dispatched"]}
    assert body["problems_found_first_rate"] == EXPECTED["problems_first_rate"]
    assert body["previous"]["shipments"] == 0  # the week before is empty
    assert body["period"] == {"from": "2026-03-02", "to": "2026-03-08", "by": "dispatch"}


def test_a_seller_reads_their_own_and_filters_narrow(http: httpx.Client, tokens: dict[str, str]):
    body = get(http, tokens["s1"])
    assert (body["shipments"], body["delivered"], body["in_flight"]) == (4, 3, 1)
    assert percentiles(body, "processing_days") == EXPECTED_S1["processing_days"]
    assert body["exception_rate"] == EXPECTED_S1["exception_rate"]
    france = get(http, tokens["s1"], destination="FR", carrier="yunexpress")
    assert (france["shipments"], france["on_time"]["early"], france["on_time"]["overdue"]) == (
        2, 1, 1,
    )
    assert get(http, tokens["admin"], seller=tokens["s2_id"])["exceptions"]["lost"] == 1


def test_each_filter_reads_one_kind_of_row_and_counts_once(
    http: httpx.Client, tokens: dict[str, str]
):
    """Totals, carrier x destination, lane and detailed rows: each shipment counted once."""
    admin = tokens["admin"]
    assert get(http, admin)["shipments"] == 5  # the totals' rows
    assert get(http, admin, destination="DE")["shipments"] == 3  # carrier x destination
    assert get(http, admin, origin="CN")["shipments"] == 5  # the lanes' rows
    standard = get(http, admin, service="standard")  # the detailed rows
    assert (standard["shipments"], standard["exceptions"]["lost"]) == (4, 0)
    assert get(http, admin, origin="CN", carrier="cainiao")["transit_days"]["p50"] == 9


def test_who_may_not_read_and_bad_periods(http: httpx.Client, tokens: dict[str, str]):
    path = "/api/v1/analytics/summary"
    assert http.get(path, params=WEEK).status_code == 401
    assert http.get(path, params=WEEK, headers=auth(tokens["buyer"])).status_code == 403
    other = {**WEEK, "seller": tokens["s2_id"]}
    assert http.get(path, params=other, headers=auth(tokens["s1"])).status_code == 403
    backwards = {"from": "2026-03-08", "to": "2026-03-02"}
    assert http.get(path, params=backwards, headers=auth(tokens["s1"])).status_code == 422
    lowercase = {**WEEK, "origin": "cn"}
    assert http.get(path, params=lowercase, headers=auth(tokens["s1"])).status_code == 422
