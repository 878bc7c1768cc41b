"""Journeys: reproducible from a seed, every milestone reached, transit times on the lanes."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import UTC, datetime

from parceltrail.simulator.journey import generate
from parceltrail.simulator.lanes import LANES

START = datetime(2026, 11, 1, tzinfo=UTC)


def test_the_same_seed_gives_the_same_journeys():
    first = [generate(42, i, START) for i in range(50)]
    again = [generate(42, i, START) for i in range(50)]
    assert first == again
    assert [j.scans for j in first] != [generate(43, i, START).scans for i in range(50)]


def test_numbers_are_unique_and_the_last_mile_has_a_new_number():
    journeys = [generate(7, i, START) for i in range(2000)]
    numbers = [n for j in journeys for n in j.numbers]
    assert len(numbers) == len(set(numbers))
    handed = [j for j in journeys if j.dest_number]
    assert handed
    for journey in handed[:50]:
        handover = next(s for s in journey.scans if s.code == "HANDOVER")
        assert handover.handover == (journey.dest_number, journey.lane.post)
        assert journey.scans[-1].number == journey.dest_number


def test_journeys_reach_every_milestone_and_outcome():
    journeys = [generate(3, i, START) for i in range(3000)]
    codes = Counter(code for j in journeys for code in j.milestones())
    expected = {
        "INFO",
        "ACCEPT",
        "DEPART",
        "ARRIVE",
        "IMPORT_START",
        "IMPORT_HOLD",
        "IMPORT_DONE",
        "HANDOVER",
        "OFD",
        "ATTEMPT",
        "PICKUP_READY",
        "DELIVERED",
        "RETURNING",
        "RETURNED",
        "LOST",
    }
    assert expected <= set(codes)
    outcomes = Counter(j.outcome for j in journeys)
    assert outcomes["delivered"] > 0.9 * len(journeys)
    assert outcomes["returned"]
    assert outcomes["lost"]
    assert {j.lane.country for j in journeys} == set(LANES)


def test_scans_are_in_time_order_and_last_mile_in_local_working_hours():
    for index in range(300):
        journey = generate(5, index, START)
        times = [s.at for s in journey.scans]
        assert times == sorted(times)
        for scan in journey.scans:
            if scan.code in ("OFD", "DELIVERED"):
                assert 7 <= scan.local_time.hour < 20
                assert scan.local_time.weekday() != 6


def test_standard_transit_follows_the_lane_median():
    for country in ("US", "DE", "GB"):
        days = [
            (j.scans[-1].at - j.dispatched_at).total_seconds() / 86400
            for j in (
                generate(9, i, START, countries=(country,), service="standard") for i in range(400)
            )
            if j.outcome == "delivered"
        ]
        median = LANES[country].transit["standard"].median_days
        assert 0.75 * median < statistics.median(days) < 1.35 * median
