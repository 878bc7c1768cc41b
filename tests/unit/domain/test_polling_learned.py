"""Learned next-scan windows: what a carrier's history says about when its next scan comes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.polling import (
    NextScan,
    ScanGap,
    Scanned,
    learn_next_scans,
    next_local_hour,
    next_poll,
    scan_gaps,
)
from parceltrail.domain.status import SubStatus

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)  # 12:00 UTC, 13:00 in Berlin (+60)
BERLIN = 60


def _gaps(code: str, hours: list[float], next_hour: int = 9) -> list[ScanGap]:
    return [ScanGap("acme", code, h, next_hour) for h in hours]


def test_consecutive_scans_become_gaps_with_the_next_scans_local_hour():
    start = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)
    history = [
        Scanned("cainiao", "DEPART", start, 480),
        Scanned("cainiao", "ARRIVE", start + timedelta(hours=40), 60),
        Scanned("usps", "DEST_SORT", start + timedelta(hours=43, minutes=30), -300),
    ]
    gaps = scan_gaps(history)
    assert [(g.carrier, g.code, g.hours) for g in gaps] == [
        ("cainiao", "DEPART", 40.0),
        ("cainiao", "ARRIVE", 3.5),
    ]
    # ARRIVE at 2026-03-03 14:30 UTC is 15:30 at +01:00; DEST_SORT at 18:00 UTC is 13:00 at -05:00
    assert [g.next_local_hour for g in gaps] == [15, 13]


def test_windows_are_the_5th_to_95th_percentile_and_need_enough_history():
    learned = learn_next_scans(
        _gaps("SORT", [float(h) for h in range(1, 22)]) + _gaps("RARE", [2.0] * 19)
    )
    assert set(learned) == {("acme", "SORT")}  # 19 samples are too few
    window = learned[("acme", "SORT")]
    assert window.opens == timedelta(hours=2)  # 5th percentile of 1..21
    assert window.closes == timedelta(hours=20)
    assert window.samples == 21


def test_next_scans_in_few_local_hours_are_learned_and_spread_ones_are_not():
    morning = _gaps("DEST_SORT", [30.0] * 17, next_hour=5) + _gaps("DEST_SORT", [30.0] * 3, 6)
    spread = [ScanGap("acme", "SORT_OUT", 30.0, hour) for hour in range(24)]
    learned = learn_next_scans(morning + spread)
    assert learned[("acme", "DEST_SORT")].hours == frozenset({5, 6})
    assert learned[("acme", "SORT_OUT")].hours == frozenset()


def _learned_wait(expected: NextScan, silence: timedelta, offset: int | None = BERLIN) -> timedelta:
    decision = next_poll(
        sub_status=SubStatus.IN_TRANSIT,
        last_event_at=NOW - silence,
        started_at=NOW - timedelta(days=3),
        now=NOW,
        utc_offset_minutes=offset,
        expected=expected,
    )
    assert decision.at is not None
    return decision.at - NOW


def test_nothing_is_polled_before_a_learned_window_opens():
    window = NextScan(opens=timedelta(hours=20), closes=timedelta(hours=30))
    assert _learned_wait(window, timedelta(hours=2)) == timedelta(hours=18)


def test_a_narrow_learned_window_is_polled_hourly_and_a_wide_one_with_growing_gaps():
    narrow = NextScan(opens=timedelta(hours=2), closes=timedelta(hours=12))
    assert _learned_wait(narrow, timedelta(hours=5)) == timedelta(hours=1)
    wide = NextScan(opens=timedelta(hours=20), closes=timedelta(hours=90))
    assert _learned_wait(wide, timedelta(hours=40)) == timedelta(hours=14)  # 35 % of 40 h


def test_concentrated_hours_are_polled_just_after_each_such_hour():
    morning = NextScan(
        opens=timedelta(hours=30), closes=timedelta(hours=100), hours=frozenset({5, 6})
    )
    wait = _learned_wait(morning, timedelta(hours=40))
    local = NOW + wait + timedelta(minutes=BERLIN)
    # at 13:00 Berlin, the next poll that sees a 05:00-07:00 scan is 06:00 the next day
    assert (local.day, local.hour, local.minute) == (29, 6, 0)


@pytest.mark.parametrize(
    ("at_local_hour", "expected_local_hour"), [(4, 6), (6, 6), (7, 7), (8, 6), (23, 6)]
)
def test_next_local_hour_picks_the_hour_right_after_a_learned_one(
    at_local_hour, expected_local_hour
):
    at = datetime(2026, 11, 28, at_local_hour, 0, tzinfo=UTC) - timedelta(minutes=BERLIN)
    found = next_local_hour(at, BERLIN, frozenset({5, 6}))
    assert (found + timedelta(minutes=BERLIN)).hour == expected_local_hour
    assert found >= at


def test_without_the_carriers_local_offset_hours_are_not_used():
    morning = NextScan(
        opens=timedelta(hours=2), closes=timedelta(hours=100), hours=frozenset({5, 6})
    )
    assert _learned_wait(morning, timedelta(hours=40), offset=None) == timedelta(hours=14)


def test_out_for_delivery_keeps_its_doorstep_rhythm_even_with_a_learned_window():
    window = NextScan(opens=timedelta(hours=20), closes=timedelta(hours=30))
    decision = next_poll(
        sub_status=SubStatus.OUT_FOR_DELIVERY,
        last_event_at=NOW - timedelta(hours=1),
        started_at=NOW - timedelta(days=3),
        now=NOW,
        utc_offset_minutes=BERLIN,
        expected=window,
    )
    assert decision.at == NOW + timedelta(hours=1)


def test_final_states_stop_whatever_was_learned():
    window = NextScan(opens=timedelta(hours=1), closes=timedelta(hours=2))
    decision = next_poll(
        sub_status=SubStatus.DELIVERED,
        last_event_at=NOW,
        started_at=NOW,
        now=NOW,
        expected=window,
    )
    assert decision.stopped == "final"
