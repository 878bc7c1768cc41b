"""Five shipments whose analytics were worked out by hand (docs/analytics.md's definitions).

Used by the domain tests, the API test and the browser test, which all check the same figures:
``EXPECTED`` (all sellers) and ``EXPECTED_S1`` (seller s1 alone). March 2026; the 2nd is a
Monday. "now" is 31 March, noon.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from parceltrail.bootstrap import App
from parceltrail.domain.analytics import (
    Dimensions,
    Promise,
    ShipmentFacts,
    contribution,
    placed,
)
from parceltrail.domain.status import SubStatus
from parceltrail.services.analytics import rollup_rows

NOW = datetime(2026, 3, 31, 12, tzinfo=UTC)
FIRST, LAST = date(2026, 3, 2), date(2026, 3, 8)  # the dispatch week


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


def promise(earliest: int, likely: int, latest: int) -> Promise:
    return Promise(at(earliest), at(likely), at(latest))


def dims(day: int, seller: str, carrier: str, service: str, destination: str) -> Dimensions:
    return Dimensions(date(2026, 3, day), seller, carrier, service, "CN", destination)


D = SubStatus.DELIVERED
FACTS: dict[str, ShipmentFacts] = {
    # On time: delivered Fri 13th inside 10th-16th. Transit Wed 4th -> Fri 13th: 9 calendar days,
    # 7 business days (Thu, Fri, Mon-Fri).
    "S1": ShipmentFacts(
        dims(3, "s1", "cainiao", "standard", "DE"),
        at(3, 10),
        D,
        ordered_at=at(2, 8),
        first_scan_at=at(4, 9),
        delivered_at=at(13, 15),
        milestones={D: at(13, 15)},
        promises={"dispatched": promise(10, 12, 16)},
        lag_hours=(1, 5),
    ),
    # Late (17th after the 16th), a failed attempt first; the buyer asked (15th) before the
    # problem was found (16th).
    "S2": ShipmentFacts(
        dims(4, "s1", "cainiao", "standard", "DE"),
        at(4, 9),
        D,
        ordered_at=at(2, 8),
        first_scan_at=at(5),
        delivered_at=at(17, 11),
        milestones={SubStatus.FAILED_ATTEMPT: at(16), D: at(17, 11)},
        promises={"dispatched": promise(11, 13, 16)},
        lag_hours=(30,),
        problem_found_at=at(16, 10),
        buyer_asked_at=at(15),
    ),
    # Early (9th before the 10th); the ETA from arrival held (8th-10th).
    "S3": ShipmentFacts(
        dims(5, "s1", "yunexpress", "standard", "FR"),
        at(5),
        D,
        ordered_at=at(3),
        first_scan_at=at(6),
        delivered_at=at(9, 10),
        milestones={D: at(9, 10)},
        promises={"dispatched": promise(10, 14, 20), "arrived_destination": promise(8, 9, 10)},
        lag_hours=(0, 2),
    ),
    # Held in customs, still on its way on the 31st: overdue (last day the 20th); the problem
    # was found before the buyer asked.
    "S4": ShipmentFacts(
        dims(6, "s1", "yunexpress", "standard", "FR"),
        at(6),
        SubStatus.CUSTOMS_HELD,
        ordered_at=at(2),
        first_scan_at=at(7),
        milestones={SubStatus.CUSTOMS_HELD: at(12)},
        promises={"dispatched": promise(12, 16, 20)},
        lag_hours=(3,),
        problem_found_at=at(14),
    ),
    # Lost, another seller, no ETA.
    "S5": ShipmentFacts(
        dims(6, "s2", "cainiao", "economy", "DE"),
        at(6),
        SubStatus.LOST,
        ordered_at=at(2),
        first_scan_at=at(7),
        milestones={SubStatus.LOST: at(20)},
    ),
}

EXPECTED = {
    "shipments": 5,
    "delivered": 3,
    "in_flight": 1,
    "delivery_rate": 0.6,
    "transit_days": {"p50": 9, "p80": 12, "p95": 12},
    "transit_business_days": {"p50": 7, "p80": 8, "p95": 8},
    "order_to_delivery_days": {"p50": 11, "p80": 15, "p95": 15},
    "order_to_delivery_business_days": {"p50": 9, "p80": 11, "p95": 11},
    # Processing: Mon 2nd -> Tue 3rd (S1), 2nd -> Wed 4th (S2), Tue 3rd -> Thu 5th (S3), 2nd ->
    # Fri 6th (S4, S5): 1, 2, 2, 4, 4 days, weekdays only, so the same in business days.
    "processing_days": {"p50": 2, "p80": 4, "p95": 4},
    "processing_business_days": {"p50": 2, "p80": 4, "p95": 4},
    # One day to the first scan each; S4's and S5's (Fri 6th -> Sat 7th) are 0 business days.
    "first_scan_days": {"p50": 1, "p80": 1, "p95": 1},
    "first_scan_business_days": {"p50": 1, "p80": 1, "p95": 1},
    "on_time": {"early": 1, "on_time": 1, "late": 1, "overdue": 1},
    "on_time_rate": 0.5,
    "first_attempt_rate": 0.6667,
    "exception_rate": 0.6,
    "exceptions": {"customs_held": 1, "failed_attempt": 1, "returned": 0, "lost": 1, "damaged": 0},
    # Six carrier events: 0, 1, 2, 3, 5 and 30 hours late.
    "reporting_lag_hours": {"p50": 2, "p80": 5, "p95": 30},
    "reporting_lag_events": 6,
    "eta_dispatched": {"judged": 3, "held_rate": 0.3333, "median_error_days": 4},
    "eta_arrived_destination": {"judged": 1, "held_rate": 1.0, "median_error_days": 0},
    "problems": 2,
    "problems_first_rate": 0.5,
}
# The charts' breakdowns of the same week. Heatmap: (carrier, destination) -> (judged, on-time
# rate): cainiao to DE S1 on time, S2 late (S5 has no ETA); yunexpress to FR S3 early, S4
# overdue. Lanes: transit days of the parcels delivered on each.
CELLS = {("cainiao", "DE"): (2, 0.5), ("yunexpress", "FR"): (2, 0.5)}
CARRIERS = {"cainiao": (0, 1, 1, 0), "yunexpress": (1, 0, 0, 1)}  # early, on time, late, overdue
LANES = {("CN", "DE"): {9: 1, 12: 1}, ("CN", "FR"): {3: 1}}
# Per service: shipments, delivered, on-time rate, first-attempt rate, exception rate. Standard:
# S1-S4 (S1 on time, S2 late after a failed attempt, S3 early, S4 overdue in customs); economy:
# S5, lost, no ETA.
SERVICES = {"standard": (4, 3, 0.5, 0.6667, 0.5), "economy": (1, 0, None, None, 1.0)}

# Seller s1: S1-S4. Processing 1, 2, 2, 4; exceptions: S2's failed attempt, S4's customs hold.
EXPECTED_S1 = {
    "shipments": 4,
    "delivered": 3,
    "in_flight": 1,
    "processing_days": {"p50": 2, "p80": 4, "p95": 4},
    "exception_rate": 0.5,
    "on_time_rate": 0.5,
}


# By delivery day, 9-15 March: S1 (delivered the 13th) and S3 (the 9th). Transit 9 and 3
# days; order to delivery 11 (2nd-13th) and 6 (3rd-9th); S1 on time, S3 early; no failed
# attempt, no exception. The 2-8 March before it: nothing delivered.
DELIVERED_WEEK = (date(2026, 3, 9), date(2026, 3, 15))
EXPECTED_BY_DELIVERY = {
    "shipments": 2,
    "delivered": 2,
    "in_flight": 0,
    "transit_days": {"p50": 3, "p80": 9, "p95": 9},
    "order_to_delivery_days": {"p50": 6, "p80": 11, "p95": 11},
    "on_time": {"early": 1, "on_time": 1, "late": 0, "overdue": 0},
    "on_time_rate": 1.0,
    "first_attempt_rate": 1.0,
    "exception_rate": 0.0,
    "previous_shipments": 0,
}
# Week by week by delivery day, 9-22 March: the week of the 9th (S1, S3: transit 3 and 9 days)
# and of the 16th (S2: 12 days, late).
WEEKLY_BY_DELIVERY = {
    "2026-03-09": {"shipments": 2, "p50": 3, "p80": 9, "p95": 9, "on_time_rate": 1.0},
    "2026-03-16": {"shipments": 1, "p50": 12, "p80": 12, "p95": 12, "on_time_rate": 0.0},
}
# By order day, 3-8 March: only S3 (ordered the 3rd; the others on the 2nd), delivered early
# after 3 days of transit. The six days before (25 February-2 March): S1, S2, S4, S5.
ORDERED = (date(2026, 3, 3), date(2026, 3, 8))
EXPECTED_BY_ORDER = {
    "shipments": 1,
    "delivered": 1,
    "transit_days": {"p50": 3, "p80": 3, "p95": 3},
    "on_time_rate": 1.0,
    "previous_shipments": 4,
}
# The six days before (25 February-2 March) by order day: S1, S2, S4, S5. Delivered S1 (on
# time, 9 days of transit) and S2 (late, 12 days, a failed attempt); S4 overdue in customs;
# S5 lost. Problems: S2 (found after the buyer asked) and S4 (before).
EXPECTED_BEFORE_ORDERED = {
    "shipments": 4,
    "delivered": 2,
    "in_flight": 1,
    "delivery_rate": 0.5,
    "transit_days": {"p50": 9, "p80": 12, "p95": 12},
    "on_time": {"early": 0, "on_time": 1, "late": 1, "overdue": 1},
    "on_time_rate": 0.3333,
    "first_attempt_rate": 0.5,
    "exception_rate": 0.75,
    "exceptions": {"customs_held": 1, "failed_attempt": 1, "returned": 0, "lost": 1, "damaged": 0},
    "problems_found": 2,
    "problems_found_first_rate": 0.5,
}


def load(app: App, sellers: dict[str, str]) -> None:
    """Count the fixture into the rollups through the sweep's own write path, the fixture's
    sellers ("s1", "s2") standing for these user ids."""
    changes = [
        (
            replace(placed(facts), seller=sellers[facts.dimensions.seller]),
            contribution(facts, NOW),
            1,
        )
        for facts in FACTS.values()
    ]
    with app.uow() as uow:
        uow.analytics.add(rollup_rows(changes))
