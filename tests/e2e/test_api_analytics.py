"""GET /api/v1/analytics/summary over real HTTP: the hand-computed fixture's figures, a
seller's own and an admin's, with the previous period and the filters."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from tests import analytics_fixture, factories
from tests.analytics_fixture import (
    CARRIERS,
    CELLS,
    DELIVERED_WEEK,
    EXPECTED,
    EXPECTED_BEFORE_ORDERED,
    EXPECTED_BY_DELIVERY,
    EXPECTED_BY_ORDER,
    EXPECTED_S1,
    LANES,
    ORDERED,
    SERVICES,
)

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
    found["s1_id"] = s1.id
    return found


def get(http: httpx.Client, token: str, **params: str) -> dict[str, Any]:
    answer = http.get("/api/v1/analytics/summary", params={**WEEK, **params}, headers=auth(token))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def percentiles(body: dict[str, Any], name: str) -> dict[str, int]:
    return {k: body[name][k] for k in ("p50", "p80", "p95")}


DURATIONS = tuple(
    f"{name}_{unit}days"
    for name in ("processing", "first_scan", "transit", "order_to_delivery")
    for unit in ("", "business_")
)


def test_an_admin_reads_every_sellers_figures(http: httpx.Client, tokens: dict[str, str]):
    """Every hand-computed figure of the fixture, in the API's words."""
    body = get(http, tokens["admin"])
    for name in (
        "shipments",
        "delivered",
        "in_flight",
        "delivery_rate",
        "on_time_rate",
        "first_attempt_rate",
        "exception_rate",
        "exceptions",
        "on_time",
    ):
        assert body[name] == EXPECTED[name], name
    for name in (*DURATIONS, "reporting_lag_hours"):
        assert percentiles(body, name) == EXPECTED[name], name
    assert body["reporting_lag_hours"]["samples"] == EXPECTED["reporting_lag_events"]
    assert body["transit_days"]["samples"] == EXPECTED["delivered"]
    assert body["eta_accuracy"] == [
        {"milestone": "dispatched", **EXPECTED["eta_dispatched"]},
        {"milestone": "arrived_destination", **EXPECTED["eta_arrived_destination"]},
    ]
    assert body["problems_found"] == EXPECTED["problems"]
    assert body["problems_found_first_rate"] == EXPECTED["problems_first_rate"]
    assert body["previous"]["shipments"] == 0  # the week before is empty
    assert body["previous"]["on_time_rate"] is None
    assert body["period"] == {"from": "2026-03-02", "to": "2026-03-08", "by": "dispatch"}


def test_a_seller_reads_their_own_and_filters_narrow(http: httpx.Client, tokens: dict[str, str]):
    body = get(http, tokens["s1"])
    assert (body["shipments"], body["delivered"], body["in_flight"]) == (4, 3, 1)
    for themselves in ("s1@example.com", tokens["s1_id"]):  # naming oneself is allowed
        assert get(http, tokens["s1"], seller=themselves)["shipments"] == 4
    assert percentiles(body, "processing_days") == EXPECTED_S1["processing_days"]
    assert body["exception_rate"] == EXPECTED_S1["exception_rate"]
    france = get(http, tokens["s1"], destination="FR", carrier="yunexpress")
    assert (france["shipments"], france["on_time"]["early"], france["on_time"]["overdue"]) == (
        2,
        1,
        1,
    )
    assert get(http, tokens["admin"], seller=tokens["s2_id"])["exceptions"]["lost"] == 1
    by_email = get(http, tokens["admin"], seller="s1@example.com")  # admins know the e-mail
    assert (by_email["shipments"], by_email["filters"]["seller"]) == (
        EXPECTED_S1["shipments"],
        tokens["s1_id"],
    )


def span(first_last: tuple[object, object]) -> dict[str, str]:
    first, last = first_last
    return {"from": str(first), "to": str(last)}


def test_periods_by_delivery_day_count_what_was_delivered_then(
    http: httpx.Client, tokens: dict[str, str]
):
    body = get(http, tokens["admin"], by="delivery", **span(DELIVERED_WEEK))
    expected = EXPECTED_BY_DELIVERY
    for name in (
        "shipments",
        "delivered",
        "in_flight",
        "on_time",
        "on_time_rate",
        "first_attempt_rate",
        "exception_rate",
    ):
        assert body[name] == expected[name], name
    for name in ("transit_days", "order_to_delivery_days"):
        assert percentiles(body, name) == expected[name], name
    assert body["previous"]["shipments"] == expected["previous_shipments"]
    assert body["period"] == {"from": "2026-03-09", "to": "2026-03-15", "by": "delivery"}
    # by dispatch day the same week holds nothing: everything was dispatched the week before
    assert get(http, tokens["admin"], **span(DELIVERED_WEEK))["shipments"] == 0


def test_periods_by_order_day(http: httpx.Client, tokens: dict[str, str]):
    body = get(http, tokens["admin"], by="order", **span(ORDERED))
    assert (body["shipments"], body["delivered"]) == (
        EXPECTED_BY_ORDER["shipments"],
        EXPECTED_BY_ORDER["delivered"],
    )
    assert percentiles(body, "transit_days") == EXPECTED_BY_ORDER["transit_days"]
    assert body["on_time_rate"] == EXPECTED_BY_ORDER["on_time_rate"]
    assert body["previous"]["shipments"] == EXPECTED_BY_ORDER["previous_shipments"]
    before = body["previous"]  # a previous period with something in it, every figure
    for name, expected in EXPECTED_BEFORE_ORDERED.items():
        got = percentiles(before, name) if name.endswith("_days") else before[name]
        assert got == expected, name
    assert get(http, tokens["admin"], **span(ORDERED))["shipments"] == 5  # by dispatch
    # a seller by order day, narrowed to a service: s1's standard parcel ordered the 3rd
    mine = get(http, tokens["s1"], by="order", service="standard", **span(ORDERED))
    assert mine["shipments"] == 1


def test_each_filter_reads_one_kind_of_row_and_counts_once(
    http: httpx.Client, tokens: dict[str, str]
):
    """Every kind of row (services/analytics_ports.ROW_KINDS): each shipment counted once."""
    admin = tokens["admin"]
    assert get(http, admin)["shipments"] == 5  # the totals' rows
    assert get(http, admin, destination="DE")["shipments"] == 3  # carrier x service x dest.
    assert get(http, admin, origin="CN")["shipments"] == 5  # the lanes' rows by service
    standard = get(http, admin, service="standard")  # the service rows
    assert (standard["shipments"], standard["exceptions"]["lost"]) == (4, 0)
    economy = get(http, admin, service="economy", destination="DE")  # carrier x service x dest.
    assert (economy["shipments"], economy["exceptions"]["lost"]) == (1, 1)
    assert get(http, admin, service="standard", origin="CN")["shipments"] == 4  # lane x service
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
    nobody = {**WEEK, "seller": "nobody@example.com"}
    assert http.get(path, params=nobody, headers=auth(tokens["admin"])).status_code == 422
    a_buyer = {**WEEK, "seller": "buyer@example.com"}  # not a seller: no analytics of theirs
    assert http.get(path, params=a_buyer, headers=auth(tokens["admin"])).status_code == 422
    unknown = http.get(path, params={**WEEK, "by": "arrival"}, headers=auth(tokens["s1"]))
    assert unknown.status_code == 422
    assert "delivery" in unknown.text  # says which bases there are


def table(http: httpx.Client, token: str, name: str, **params: str) -> list[dict[str, Any]]:
    answer = http.get(
        f"/api/v1/analytics/tables/{name}", params={**WEEK, **params}, headers=auth(token)
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["name"] == name
    assert all(list(row) == body["columns"] for row in body["rows"])
    rows: list[dict[str, Any]] = body["rows"]
    return rows


def test_the_pages_tables_through_the_api(http: httpx.Client, tokens: dict[str, str]):
    """Each chart's numbers with a token, against the hand-computed fixture."""
    admin = tokens["admin"]
    carriers = {
        r["carrier"]: (r["early"], r["on_time"], r["late"], r["overdue"])
        for r in table(http, admin, "carriers")
    }
    assert carriers == CARRIERS
    heat = {
        (r["carrier"], r["destination"]): (r["judged"], r["on_time_rate"])
        for r in table(http, admin, "heatmap")
    }
    assert heat == CELLS
    lanes: dict[tuple[str, str], dict[int, int]] = {}
    for r in table(http, admin, "lanes"):
        lanes.setdefault((r["origin"], r["destination"]), {})[r["days"]] = r["parcels"]
    assert lanes == LANES
    durations = {
        (r["measure"], r["unit"]): [r["p50"], r["p80"], r["p95"]]
        for r in table(http, admin, "durations")
    }
    for name in ("processing", "first_scan", "transit", "order_to_delivery"):
        days = EXPECTED[f"{name}_days"]
        assert durations[(name, "calendar")] == [days["p50"], days["p80"], days["p95"]], name
        business = EXPECTED[f"{name}_business_days"]
        assert durations[(name, "business")] == [business[p] for p in ("p50", "p80", "p95")]
    lag = EXPECTED["reporting_lag_hours"]
    assert durations[("reporting_lag", "hours")] == [lag["p50"], lag["p80"], lag["p95"]]
    services = {
        r["service"]: (
            r["shipments"],
            r["delivered"],
            r["on_time_rate"],
            r["first_attempt_rate"],
            r["exception_rate"],
        )
        for r in table(http, admin, "services")
    }
    assert services == SERVICES
    weeks = table(http, admin, "weekly")
    assert [(w["week"], w["shipments"], w["transit_p80"]) for w in weeks] == [
        ("2026-03-02", 5, EXPECTED["transit_days"]["p80"])
    ]
    kpis = {r["metric"]: (r["value"], r["previous"]) for r in table(http, admin, "kpis")}
    assert kpis["on_time_rate"] == (EXPECTED["on_time_rate"], None)
    eta = {r["milestone"]: r for r in table(http, admin, "eta_accuracy")}
    assert eta["dispatched"]["held_rate"] == EXPECTED["eta_dispatched"]["held_rate"]
    before = {
        r["kind"]: r["previous"]
        for r in table(http, admin, "exceptions", by="order", **span(ORDERED))
    }
    assert before == EXPECTED_BEFORE_ORDERED["exceptions"]


def test_a_seller_reads_their_own_tables_only(http: httpx.Client, tokens: dict[str, str]):
    mine = {r["kind"]: r["shipments"] for r in table(http, tokens["s1"], "exceptions")}
    assert mine["lost"] == 0  # S5, the lost parcel, is s2's
    france = table(http, tokens["s1"], "carriers", destination="FR")
    assert [r["carrier"] for r in france] == ["yunexpress"]
    path = "/api/v1/analytics/tables/carriers"
    other = {**WEEK, "seller": tokens["s2_id"]}
    assert http.get(path, params=other, headers=auth(tokens["s1"])).status_code == 403
    assert http.get(path, params=WEEK).status_code == 401
    assert http.get(path, params=WEEK, headers=auth(tokens["buyer"])).status_code == 403
    nothing = http.get("/api/v1/analytics/tables/nothing", params=WEEK, headers=auth(tokens["s1"]))
    assert nothing.status_code == 422
