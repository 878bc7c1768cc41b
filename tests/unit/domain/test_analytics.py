"""The analytics metrics against the hand-computed fixture (tests/analytics_fixture.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from parceltrail.domain import analytics
from parceltrail.domain.analytics import (
    Summary,
    business_days,
    calendar_days,
    contribution,
    difference,
    merge,
    percentile,
)
from parceltrail.domain.analytics_periods import Grain, cover, previous
from parceltrail.domain.status import SubStatus
from tests.analytics_fixture import EXPECTED, EXPECTED_S1, FACTS, NOW, at


def summary(names: list[str]) -> Summary:
    return Summary(merge(contribution(FACTS[n], NOW) for n in names))


def triple(p: analytics.Percentiles) -> dict[str, int | None]:
    return {"p50": p.p50, "p80": p.p80, "p95": p.p95}


def test_counts_and_rates_match_the_hand_computed_figures():
    s = summary(list(FACTS))
    assert (s.count("shipments"), s.count("delivered"), s.in_flight) == (5, 3, 1)
    assert s.delivery_rate == EXPECTED["delivery_rate"]
    assert s.on_time_rate == EXPECTED["on_time_rate"]
    assert {k: s.count(k) for k in ("early", "on_time", "late", "overdue")} == EXPECTED["on_time"]
    assert s.first_attempt_rate == EXPECTED["first_attempt_rate"]
    assert s.exception_rate == EXPECTED["exception_rate"]
    assert s.exceptions == EXPECTED["exceptions"]
    assert s.count("problems") == EXPECTED["problems"]
    assert s.problems_first_rate == EXPECTED["problems_first_rate"]


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("transit", "cal", "transit_days"),
        ("transit", "bus", "transit_business_days"),
        ("order_to_delivery", "cal", "order_to_delivery_days"),
        ("order_to_delivery", "bus", "order_to_delivery_business_days"),
        ("processing", "cal", "processing_days"),
        ("processing", "bus", "processing_business_days"),
        ("first_scan", "cal", "first_scan_days"),
        ("first_scan", "bus", "first_scan_business_days"),
    ],
)
def test_duration_percentiles_match(name, kind, expected):
    assert triple(summary(list(FACTS)).days(name, kind)) == EXPECTED[expected]


def test_reporting_lag_and_eta_accuracy_match():
    s = summary(list(FACTS))
    assert triple(s.lag_hours) == EXPECTED["reporting_lag_hours"]
    assert s.lag_hours.samples == EXPECTED["reporting_lag_events"]
    accuracy = {a.milestone: a for a in s.eta_accuracy}
    for milestone in ("dispatched", "arrived_destination"):
        a = accuracy[milestone]
        got = {
            "judged": a.judged,
            "held_rate": a.held_rate,
            "median_error_days": a.median_error_days,
        }
        assert got == EXPECTED[f"eta_{milestone}"]


def test_one_sellers_figures():
    s = summary(["S1", "S2", "S3", "S4"])
    assert (s.count("shipments"), s.count("delivered"), s.in_flight) == (4, 3, 1)
    assert triple(s.days("processing")) == EXPECTED_S1["processing_days"]
    assert s.exception_rate == EXPECTED_S1["exception_rate"]


def test_percentiles_merge_exactly_across_rows():
    """Summing per-shipment tallies in any grouping gives the percentiles of all values."""
    halves = merge(
        [
            merge(contribution(FACTS[n], NOW) for n in ("S1", "S2")),
            merge(contribution(FACTS[n], NOW) for n in ("S3", "S4", "S5")),
        ]
    )
    assert halves == merge(contribution(f, NOW) for f in FACTS.values())


def test_nearest_rank_percentile():
    assert percentile({3: 1, 9: 1, 12: 1}, 50) == 9
    assert percentile({3: 1, 9: 1, 12: 1}, 80) == 12
    assert percentile({1: 19, 40: 1}, 95) == 1
    assert percentile({1: 19, 40: 1}, 96) == 40
    assert percentile({}, 50) is None


def test_business_days_skip_weekends():
    assert business_days(at(6), at(7)) == 0  # Fri -> Sat
    assert business_days(at(6), at(9)) == 1  # Fri -> Mon
    assert business_days(at(2), at(16)) == 10  # two weeks
    assert business_days(at(9), at(8)) is None
    assert calendar_days(at(4, 23), at(5, 0)) == 1  # dates, not 24-hour spans


def test_overdue_only_once_the_last_day_has_passed():
    s4 = FACTS["S4"]  # last day the 20th
    assert contribution(s4, at(20, 23)).get("overdue") is None
    assert contribution(s4, at(21, 0))["overdue"] == 1
    assert analytics.recheck_at(s4, at(15)) == datetime(2026, 3, 21, tzinfo=UTC)
    assert analytics.recheck_at(s4, NOW) is None


def test_difference_is_what_the_rollup_gets_when_a_parcel_moves_on():
    before = contribution(FACTS["S4"], at(15))
    after = contribution(FACTS["S4"], NOW)
    assert difference(after, before) == {"overdue": 1}
    assert difference(before, before) == {}


def test_first_scan_ignores_data_only_events():
    events = [(at(3), SubStatus.INFO_RECEIVED), (at(5), None), (at(6), SubStatus.IN_TRANSIT)]
    assert analytics.first_scan(events) == at(6)


def test_cover_reads_months_then_weeks_then_days_exactly_once():
    pieces = cover(date(2026, 1, 28), date(2026, 4, 14))
    assert (Grain.MONTH, date(2026, 2, 1)) in pieces
    assert (Grain.MONTH, date(2026, 3, 1)) in pieces
    assert (Grain.WEEK, date(2026, 4, 6)) in pieces
    days = set()
    for grain, start in pieces:
        span = {Grain.DAY: 1, Grain.WEEK: 7}.get(grain)
        length = span or (28 if start.month == 2 else 31)
        covered = {start.toordinal() + i for i in range(length)}
        assert not covered & days
        days |= covered
    assert days == set(range(date(2026, 1, 28).toordinal(), date(2026, 4, 14).toordinal() + 1))
    assert len(pieces) == 14  # 4 days, 2 months, 5 days, 1 week, 2 days


def test_previous_period_has_the_same_length():
    assert previous(date(2026, 3, 2), date(2026, 3, 8)) == (date(2026, 2, 23), date(2026, 3, 1))


def test_a_shipment_is_placed_on_its_order_and_delivery_days_too():
    s1 = analytics.placed(FACTS["S1"])
    assert s1.days() == {
        analytics.PeriodBasis.DISPATCH: date(2026, 3, 3),
        analytics.PeriodBasis.ORDER: date(2026, 3, 2),
        analytics.PeriodBasis.DELIVERY: date(2026, 3, 13),
    }
    held = analytics.placed(FACTS["S4"])  # in customs: no delivery day
    assert analytics.PeriodBasis.DELIVERY not in held.days()
    assert held.days()[analytics.PeriodBasis.ORDER] == date(2026, 3, 2)
