"""The analytics pages in Chromium: the figures shown are the hand-computed fixture's, the
charts are drawn, the filters narrow, nothing serious for axe."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from parceltrail.bootstrap import App
from parceltrail.domain.users import Role
from parceltrail.services import accounts
from tests import analytics_fixture, factories
from tests.analytics_fixture import (
    CARRIERS,
    CELLS,
    EXPECTED,
    EXPECTED_BEFORE_ORDERED,
    EXPECTED_BY_DELIVERY,
    EXPECTED_BY_ORDER,
    LANES,
    ORDERED,
    SERVICES,
    WEEKLY_BY_DELIVERY,
)
from tests.browser.conftest import serious_violations, with_axe
from tests.browser.test_pages import _log_in, _shoot, app  # noqa: F401 (SQLite app fixture)
from tests.e2e.conftest import base_url  # noqa: F401 (the loopback server fixture)
from tests.e2e.web import PASSWORD

pytestmark = pytest.mark.browser
WEEK = "from=2026-03-02&to=2026-03-08"


def people(app: App) -> dict[str, str]:  # noqa: F811
    ids = {}
    for name, role in (("s1", Role.SELLER), ("s2", Role.SELLER), ("admin", Role.ADMIN)):
        user = factories.user(app, f"{name}@example.com", role)
        with app.uow() as uow:
            accounts.set_password(uow=uow, user=user, password=PASSWORD)
        ids[name] = user.id
    analytics_fixture.load(app, {"s1": ids["s1"], "s2": ids["s2"]})
    return ids


def cell(page: Any, table: str, key: str, column: str) -> Any:
    return page.locator(f'#table-{table} tr:has(th[data-key="{key}"]) td[data-column="{column}"]')


def test_the_admin_reads_the_fixtures_figures_in_charts_and_tables(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
    screenshots: Path,
) -> None:
    from playwright.sync_api import expect

    people(app)
    context = with_axe(browser.new_context())
    page = context.new_page()
    _log_in(page, base_url, "admin@example.com")
    page.goto(f"{base_url}/admin/analytics?{WEEK}")
    expect(page.get_by_role("heading", name="Delivery analytics, all sellers")).to_be_visible()
    tile = page.locator('.tile[data-metric="on_time_rate"] .tile-value')
    expect(tile).to_have_text("50.0%")
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("5")
    expect(cell(page, "kpis", "transit_p50", "value")).to_have_text(
        str(EXPECTED["transit_days"]["p50"])
    )
    expect(cell(page, "kpis", "first_attempt_rate", "value")).to_have_text("66.7%")
    expect(cell(page, "kpis", "exception_rate", "value")).to_have_text("60.0%")
    expect(cell(page, "carriers", "yunexpress", "overdue")).to_have_text("1")
    expect(cell(page, "exceptions", "lost", "shipments")).to_have_text("1")
    # trend x3 (counts, on-time rate, transit percentiles), carriers, heatmap, reasons, 2 lanes,
    # the durations' spans and the ETA's accuracy
    expect(page.locator("svg.chart")).to_have_count(10)
    expect(cell(page, "weekly", "2026-03-02", "transit_p80")).to_have_text(
        str(EXPECTED["transit_days"]["p80"])
    )
    expect(page.get_by_role("img", name="On-time rate by carrier and destination")).to_be_visible()
    assert serious_violations(page) == []
    _shoot(page, screenshots, "analytics-admin")

    page.get_by_label("To country").select_option("FR")
    page.get_by_role("button", name="Show").click()
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("2")
    expect(cell(page, "kpis", "on_time_rate", "value")).to_have_text("50.0%")  # early, overdue
    context.close()


def test_a_seller_sees_only_their_shipments(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
) -> None:
    from playwright.sync_api import expect

    people(app)
    page = browser.new_page()
    _log_in(page, base_url, "s1@example.com")
    page.goto(f"{base_url}/desk/analytics?{WEEK}")
    expect(page.get_by_role("heading", name="Your delivery analytics")).to_be_visible()
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("4")
    expect(cell(page, "exceptions", "lost", "shipments")).to_have_text("0")
    form = page.get_by_role("form", name="Filters")
    expect(form.locator('[name="seller"]')).to_have_count(0)  # one's own, nobody else's
    # the seller's filters: to France, s1's S3 (early) and S4 (overdue, held in customs)
    form.get_by_label("To country").select_option("FR")
    page.get_by_role("button", name="Show").click()
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("2")
    kpis = by_key(rows(page, "kpis"), "value")
    assert (kpis["early"], kpis["overdue"], kpis["on_time_rate"]) == ("1", "1", "50.0%")
    assert by_key(rows(page, "exceptions"), "shipments")["customs_held"] == "1"
    processing = {(r["key"], r["unit"]): r["p95"] for r in rows(page, "durations")}
    assert processing[("processing", "Calendar days")] == "4"  # S4: ordered 2nd, sent 6th
    page.close()


def test_the_admin_reads_a_period_by_delivery_day(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
) -> None:
    from playwright.sync_api import expect

    people(app)
    page = browser.new_page()
    _log_in(page, base_url, "admin@example.com")
    page.goto(f"{base_url}/admin/analytics?from=2026-03-09&to=2026-03-22")
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("0")
    page.get_by_label("Dates by").select_option(label="Delivery day")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_text("Shipments delivered from 2026-03-09 to 2026-03-22")).to_be_visible()
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text("3")
    for week, expected in WEEKLY_BY_DELIVERY.items():
        for p in ("p50", "p80", "p95"):
            expect(cell(page, "weekly", week, f"transit_{p}")).to_have_text(str(expected[p]))
    page.get_by_label("To", exact=True).fill("2026-03-15")
    page.get_by_role("button", name="Show").click()
    expect(page.locator('.tile[data-metric="shipments"] .tile-value')).to_have_text(
        str(EXPECTED_BY_DELIVERY["shipments"])
    )
    expect(cell(page, "kpis", "on_time_rate", "value")).to_have_text("100.0%")
    expect(cell(page, "kpis", "transit_p80", "value")).to_have_text(
        str(EXPECTED_BY_DELIVERY["transit_days"]["p80"])
    )
    expect(page.get_by_label("Dates by")).to_have_value("delivery")
    page.close()


# Every table of the page as the browser shows it: per row, its key (the row's header) and each
# cell's text by column.
READ_TABLE = """name => [...document.querySelectorAll(`#table-${name} tbody tr`)]
  .filter(tr => tr.querySelector('th[data-key]'))
  .map(tr => {
    const row = {key: tr.querySelector('th[data-key]').dataset.key};
    tr.querySelectorAll('td[data-column]').forEach(td => {
      row[td.dataset.column] = td.textContent.trim();
    });
    return row;
  })"""
TABLES = (
    "kpis",
    "weekly",
    "carriers",
    "heatmap",
    "exceptions",
    "lanes",
    "services",
    "durations",
    "eta_accuracy",
)


def rows(page: Any, name: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = page.evaluate(READ_TABLE, name)
    return found


def pct(value: float | None) -> str:
    """A rate as the pages write it."""
    return "–" if value is None else f"{value:.1%}"


def by_key(table: list[dict[str, str]], column: str) -> dict[str, str]:
    return {row["key"]: row[column] for row in table}


def spans(expected: dict[str, Any]) -> dict[tuple[str, str], list[str]]:
    """The durations table's p50, p80, p95 per (step, unit) from the fixture's figures."""
    found = {}
    for name in ("processing", "first_scan", "transit", "order_to_delivery"):
        for unit, suffix in (("Calendar days", "days"), ("Business days", "business_days")):
            figures = expected[f"{name}_{suffix}"]
            found[(name, unit)] = [str(figures[p]) for p in ("p50", "p80", "p95")]
    lag = expected["reporting_lag_hours"]
    found[("reporting_lag", "Hours")] = [str(lag[p]) for p in ("p50", "p80", "p95")]
    return found


def test_every_table_shows_the_hand_computed_figures(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
) -> None:
    """Each analytics metric as the admin page shows it, against tests/analytics_fixture."""
    from playwright.sync_api import expect

    people(app)
    page = browser.new_page()
    _log_in(page, base_url, "admin@example.com")
    page.goto(f"{base_url}/admin/analytics?{WEEK}")
    e = EXPECTED
    kpis = by_key(rows(page, "kpis"), "value")
    assert kpis == {
        "shipments": "5",
        "delivered": "3",
        "in_flight": "1",
        "delivery_rate": "60.0%",
        "on_time_rate": pct(e["on_time_rate"]),
        "transit_p50": "9",
        "transit_p80": "12",
        "transit_p95": "12",
        "order_to_delivery_p50": "11",
        "first_attempt_rate": pct(e["first_attempt_rate"]),
        "exception_rate": pct(e["exception_rate"]),
        "reporting_lag_p50": str(e["reporting_lag_hours"]["p50"]),
        "problems_first_rate": pct(e["problems_first_rate"]),
        **{part: str(n) for part, n in e["on_time"].items()},
        "problems": str(e["problems"]),
    }
    assert set(by_key(rows(page, "kpis"), "previous").values()) <= {"0", "–"}  # empty week
    durations = {
        (r["key"], r["unit"]): [r["p50"], r["p80"], r["p95"]] for r in rows(page, "durations")
    }
    assert durations == spans(e)
    exceptions = {r["key"]: (r["shipments"], r["rate"]) for r in rows(page, "exceptions")}
    assert exceptions == {k: (str(n), pct(n / e["shipments"])) for k, n in e["exceptions"].items()}
    heat = {
        (r["key"], r["destination"]): (r["judged"], r["on_time_rate"])
        for r in rows(page, "heatmap")
    }
    assert heat == {cell: (str(n), pct(r)) for cell, (n, r) in CELLS.items()}
    bars = {
        r["key"]: tuple(r[p] for p in ("early", "on_time", "late", "overdue"))
        for r in rows(page, "carriers")
    }
    assert bars == {c: tuple(str(n) for n in counts) for c, counts in CARRIERS.items()}
    lanes = [(r["key"], r["destination"], r["days"], r["parcels"]) for r in rows(page, "lanes")]
    assert sorted(lanes) == sorted(
        (o, d, str(days), str(n)) for (o, d), hist in LANES.items() for days, n in hist.items()
    )
    services = {
        r["key"]: (
            r["shipments"],
            r["delivered"],
            r["on_time_rate"],
            r["first_attempt_rate"],
            r["exception_rate"],
        )
        for r in rows(page, "services")
    }
    assert services == {
        name: (str(n), str(delivered), pct(on_time), pct(first), pct(exceptions))
        for name, (n, delivered, on_time, first, exceptions) in SERVICES.items()
    }
    eta = {
        r["key"]: (r["judged"], r["held_rate"], r["median_error_days"])
        for r in rows(page, "eta_accuracy")
    }
    for milestone in ("dispatched", "arrived_destination"):
        a = e[f"eta_{milestone}"]
        assert eta[milestone] == (
            str(a["judged"]),
            pct(a["held_rate"]),
            str(a["median_error_days"]),
        ), milestone
    weekly = rows(page, "weekly")
    assert [(w["key"], w["shipments"], w["delivered"], w["on_time_rate"]) for w in weekly] == [
        ("2026-03-02", "5", "3", "50.0%")
    ]
    # a chart per lane, titled by it; the heatmap writes each cell's rate in it
    for lane in ("CN → DE", "CN → FR"):
        expect_chart = page.get_by_role(
            "img", name=f"Transit time by lane (first scan to delivery): {lane}"
        )
        assert expect_chart.count() == 1, lane
    heatmap = page.get_by_role("img", name="On-time rate by carrier and destination")
    assert heatmap.locator("text").filter(has_text="50%").count() == 2
    steps = page.get_by_role("img", name="How long each step took")
    for name in ("processing", "first_scan", "transit", "order_to_delivery"):
        days = e[f"{name}_days"]
        written = f"{days['p50']} · {days['p80']} · {days['p95']}"
        assert steps.locator("text").filter(has_text=written).count() >= 1, name
    held = page.get_by_role("img", name="Inside the 80% interval")
    expect(held.locator("text").filter(has_text="33%")).to_have_count(1)  # at dispatch
    expect(held.locator("text").filter(has_text="100%")).to_have_count(1)  # from arrival
    page.close()


def test_each_table_exports_its_rows_as_csv_and_json(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
) -> None:
    """The CSV and JSON links under each table answer the same rows as the table shows, with
    the filters of the page."""
    people(app)
    page = browser.new_page()
    _log_in(page, base_url, "admin@example.com")
    page.goto(f"{base_url}/admin/analytics?{WEEK}&destination=DE")
    for name in TABLES:
        shown = rows(page, name)
        links = page.locator(f"#table-{name} caption a")
        assert links.all_inner_texts() == ["CSV", "JSON"], name
        as_csv = page.request.get(base_url + links.nth(0).get_attribute("href"))
        as_json = page.request.get(base_url + links.nth(1).get_attribute("href"))
        assert as_csv.headers["content-type"].startswith("text/csv"), name
        records = json.loads(as_json.text())
        table = list(csv.DictReader(io.StringIO(as_csv.text())))
        assert len(records) == len(table) == len(shown), name
        first = next(iter(records[0])) if records else None
        assert [str(r[first]) for r in records] == [row["key"] for row in shown], name
        for record, line in zip(records, table, strict=True):
            assert {k: "" if v is None else str(v) for k, v in record.items()} == line, name
        if name == "kpis":  # the filter travelled with the link: DE's three shipments
            assert {r["metric"]: r["value"] for r in records}["shipments"] == 3
    everything = page.get_by_role("link", name="Every figure as JSON (the API's summary)")
    summary = page.request.get(base_url + everything.get_attribute("href")).json()
    assert (summary["shipments"], summary["exceptions"]["lost"]) == (3, 1)
    page.close()


def test_every_key_figure_is_compared_with_the_previous_period(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
) -> None:
    """By order day, 3-8 March (S3 alone) against the six days before (S1, S2, S4, S5)."""
    people(app)
    page = browser.new_page()
    _log_in(page, base_url, "admin@example.com")
    first, last = ORDERED
    page.goto(f"{base_url}/admin/analytics?from={first}&to={last}&by=order")
    before = EXPECTED_BEFORE_ORDERED
    kpis = {r["key"]: (r["value"], r["previous"]) for r in rows(page, "kpis")}
    assert kpis["shipments"] == (str(EXPECTED_BY_ORDER["shipments"]), str(before["shipments"]))
    assert kpis["delivered"] == ("1", str(before["delivered"]))
    assert kpis["in_flight"] == ("0", str(before["in_flight"]))
    assert kpis["on_time_rate"] == ("100.0%", pct(before["on_time_rate"]))
    assert kpis["delivery_rate"] == ("100.0%", pct(before["delivery_rate"]))
    assert kpis["first_attempt_rate"] == ("100.0%", pct(before["first_attempt_rate"]))
    assert kpis["exception_rate"] == ("0.0%", pct(before["exception_rate"]))
    assert kpis["problems_first_rate"] == ("–", pct(before["problems_found_first_rate"]))
    assert kpis["transit_p50"] == ("3", str(before["transit_days"]["p50"]))
    assert kpis["transit_p95"] == ("3", str(before["transit_days"]["p95"]))
    assert kpis["overdue"] == ("0", "1")
    tile = page.locator('.tile[data-metric="shipments"] .tile-trend')
    from playwright.sync_api import expect

    expect(tile).to_contain_text("▼ -3")
    expect(tile).to_contain_text("before: 4")
    expect(tile).to_have_class(re.compile(r"^tile-trend down\s*$"))  # a volume: no colour
    exceptions = page.locator('.tile[data-metric="exception_rate"] .tile-trend')
    expect(exceptions).to_contain_text("▼ -75.0 pt")
    expect(exceptions).to_have_class("tile-trend down better")  # fewer exceptions is good
    on_time = page.locator('.tile[data-metric="on_time_rate"] .tile-trend')
    expect(on_time).to_contain_text("▲ +66.7 pt")
    expect(on_time).to_have_class("tile-trend up better")
    transit = {
        (r["key"], r["unit"]): (r["p50"], r["previous_p50"], r["previous_p80"])
        for r in rows(page, "durations")
    }
    assert transit[("transit", "Calendar days")] == ("3", "9", "12")
    reasons = {
        r["key"]: (r["shipments"], r["previous"], r["previous_rate"])
        for r in rows(page, "exceptions")
    }
    assert reasons["lost"] == ("0", "1", "25.0%")
    assert reasons["customs_held"] == ("0", "1", "25.0%")
    eta = {
        r["key"]: (r["judged"], r["previous_judged"], r["previous_held_rate"])
        for r in rows(page, "eta_accuracy")
    }
    assert eta["dispatched"] == ("1", "2", "50.0%")  # S3 now; S1 held, S2 late before
    page.close()


def test_each_filter_narrows_the_page(
    app: App,  # noqa: F811
    base_url: str,  # noqa: F811
    browser: Any,
) -> None:
    """Carrier, service, origin and the admin's seller (by e-mail, or by the users page's
    link), each chosen in the form."""
    from playwright.sync_api import expect

    ids = people(app)
    page = browser.new_page()
    _log_in(page, base_url, "admin@example.com")
    shipments = page.locator('.tile[data-metric="shipments"] .tile-value')
    form = page.get_by_role("form", name="Filters")
    for label, value, expected in (
        ("Carrier", "cainiao", "3"),
        ("Service", "economy", "1"),
        ("From country", "CN", "5"),
    ):
        page.goto(f"{base_url}/admin/analytics?{WEEK}")
        form.get_by_label(label).select_option(value)
        page.get_by_role("button", name="Show").click()
        expect(shipments).to_have_text(expected)
        expect(form.get_by_label(label)).to_have_value(value)
    page.goto(f"{base_url}/admin/analytics?{WEEK}&carrier=cainiao")
    assert by_key(rows(page, "exceptions"), "shipments")["lost"] == "1"  # S5, cainiao
    kpis = by_key(rows(page, "kpis"), "value")  # cainiao's deliveries: S1 (9 days), S2 (12)
    assert (kpis["transit_p50"], kpis["transit_p80"]) == ("9", "12")
    page.goto(f"{base_url}/admin/analytics?{WEEK}")
    page.get_by_label("Seller (e-mail or id)").fill("s2@example.com")
    page.get_by_role("button", name="Show").click()
    expect(shipments).to_have_text("1")
    expect(page.get_by_text("Seller: s2@example.com.")).to_be_visible()
    expect(page.get_by_label("Seller (e-mail or id)")).to_have_value("s2@example.com")
    page.get_by_label("Seller (e-mail or id)").fill("nobody@example.com")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_text("there is no seller nobody@example.com")).to_be_visible()
    page.goto(f"{base_url}/admin/users")
    page.get_by_role("link", name="Delivery analytics s1@example.com").click()
    page.wait_for_url(f"**/admin/analytics?seller={ids['s1']}")
    page.goto(f"{base_url}/admin/analytics?{WEEK}&seller={ids['s1']}")
    expect(shipments).to_have_text("4")
    page.close()
