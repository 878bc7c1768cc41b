"""Polling rules at their exact edges: each interval, the expiry moment, the carrier-local night
and morning, the grid, back-off, and what is learned from scan gaps."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.polling import (
    CarrierHealth,
    NextScan,
    PollDecision,
    PollPlan,
    PollPolicy,
    ScanGap,
    Scanned,
    after_night,
    backoff,
    backoff_after_failure,
    concentrated_hours,
    interval,
    learn_next_scans,
    learned_poll,
    local_hour,
    next_local_hour,
    next_morning_poll,
    next_poll,
    on_grid,
    quantile,
    scan_gaps,
)
from parceltrail.domain.status import SubStatus

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)
M = timedelta(minutes=1)
TINY = timedelta(microseconds=1)
POLICY = PollPolicy()
NO_GRID = PollPolicy(grid=timedelta(0))


@pytest.mark.parametrize(
    ("silence", "wait"),
    [
        (30 * M, 90 * M),  # before the window opens at 2 h: wait for it
        (2 * H, 60 * M),  # inside the window (2 h to 14 h): hourly
        (14 * H - TINY, 60 * M),
        (14 * H, 14 * H * 0.35),  # after it: a share of the silence
        (40 * H, 14 * H),
        (60 * H, 16 * H),  # capped
    ],
)
def test_in_transit_is_polled_around_its_expected_next_scan(
    silence: timedelta, wait: timedelta
) -> None:
    assert interval(SubStatus.IN_TRANSIT, silence, POLICY) == wait


@pytest.mark.parametrize(
    ("silence", "wait"),
    [
        (timedelta(0), 50 * M),
        (8 * H - TINY, 50 * M),  # fresh for 8 hours
        (8 * H, 8 * H * 0.35),
        (100 * H, 16 * H),
    ],
)
def test_steps_without_a_window_are_polled_often_while_fresh_then_less(
    silence: timedelta, wait: timedelta
) -> None:
    assert interval(SubStatus.DEPARTED_ORIGIN, silence, POLICY) == wait


def test_the_doorstep_and_the_pickup_point_have_their_own_intervals() -> None:
    assert interval(SubStatus.OUT_FOR_DELIVERY, 50 * H, POLICY) == 60 * M
    assert interval(SubStatus.AVAILABLE_FOR_PICKUP, 50 * H, POLICY) == 8 * H
    assert interval(SubStatus.AVAILABLE_FOR_PICKUP, M, POLICY) == 8 * H


def test_each_known_window_and_none_for_the_rest() -> None:
    assert POLICY.window(SubStatus.ACCEPTED) == (1 * H, 12 * H)
    assert POLICY.window(SubStatus.CUSTOMS_CLEARED) == (6 * H, 24 * H)
    assert POLICY.window(SubStatus.FAILED_ATTEMPT) == (12 * H, 30 * H)
    assert POLICY.window(SubStatus.DEPARTED_ORIGIN) is None


def poll(sub: SubStatus, silence: timedelta, **kw: object) -> PollDecision:
    return next_poll(
        sub_status=sub,
        last_event_at=NOW - silence,
        started_at=NOW - 40 * timedelta(days=1),
        now=NOW,
        **kw,  # type: ignore[arg-type]
    )


def test_polling_goes_on_at_exactly_the_expiry_and_stops_a_moment_later() -> None:
    assert poll(SubStatus.DEPARTED_ORIGIN, timedelta(days=30)).at == NOW + 16 * H
    assert poll(SubStatus.DEPARTED_ORIGIN, timedelta(days=30) + TINY) == PollDecision(
        None, "expired"
    )


def test_silence_counts_from_enrolment_when_the_last_event_is_older() -> None:
    decision = next_poll(
        sub_status=SubStatus.DEPARTED_ORIGIN,
        last_event_at=NOW - timedelta(days=60),
        started_at=NOW - H,
        now=NOW,
        policy=NO_GRID,
    )
    assert decision == PollDecision(NOW + 50 * M)
    no_event = next_poll(
        sub_status=SubStatus.PENDING, last_event_at=None, started_at=NOW - H, now=NOW
    )
    assert no_event == PollDecision(NOW + H)  # 50 minutes, up to the hourly grid


def test_polls_fall_on_the_hourly_grid() -> None:
    assert poll(SubStatus.DEPARTED_ORIGIN, H).at == NOW + H
    assert poll(SubStatus.DEPARTED_ORIGIN, H, policy=NO_GRID).at == NOW + 50 * M


def test_a_parcel_long_in_transit_is_polled_in_the_carriers_early_morning() -> None:
    # UTC-7: 13:00 UTC is 06:00 local, inside the 05:00-08:00 morning.
    assert poll(SubStatus.IN_TRANSIT, 14 * H, utc_offset_minutes=-420).at == NOW + H
    assert poll(SubStatus.IN_TRANSIT, 14 * H).at == NOW + 5 * H  # 4 h 54 min, on the grid
    assert poll(SubStatus.IN_TRANSIT, 14 * H - TINY, utc_offset_minutes=-420).at == NOW + H


def test_the_morning_poll_is_only_taken_when_it_comes_sooner() -> None:
    # UTC+8: 13:00 UTC is 21:00 local; the next morning opens 05:00 local = 21:00 UTC.
    assert poll(SubStatus.IN_TRANSIT, 40 * H, utc_offset_minutes=480).at == NOW + 9 * H
    assert poll(SubStatus.IN_TRANSIT, 20 * H, utc_offset_minutes=480).at == NOW + 7 * H


def test_the_last_mile_is_not_polled_at_the_carriers_night() -> None:
    # UTC+14: 13:00 UTC is 03:00 local; the night ends at 06:00 local = 16:00 UTC.
    at_door = poll(SubStatus.OUT_FOR_DELIVERY, H, utc_offset_minutes=14 * 60)
    assert at_door.at == NOW + 4 * H
    assert poll(SubStatus.OUT_FOR_DELIVERY, H).at == NOW + H
    in_transit = poll(SubStatus.DEPARTED_ORIGIN, H, utc_offset_minutes=14 * 60)
    assert in_transit.at == NOW + H  # not the last mile: night makes no difference


def test_learned_scans_decide_except_at_the_door() -> None:
    expected = NextScan(opens=5 * H, closes=9 * H)
    learned = poll(SubStatus.IN_TRANSIT, H, expected=expected)
    assert learned.at == NOW + 4 * H
    door = poll(SubStatus.OUT_FOR_DELIVERY, H, expected=expected)
    assert door.at == NOW + H


@pytest.mark.parametrize(
    ("expected", "silence", "wait"),
    [
        (NextScan(5 * H, 9 * H), 2 * H, 3 * H),  # nothing before the window opens
        (NextScan(5 * H, 9 * H), 5 * H, H),  # hourly inside a narrow window
        (NextScan(5 * H, 29 * H), 5 * H, H),  # 24 hours wide is still narrow
        (NextScan(5 * H, 29 * H + TINY), 10 * H, 3.5 * H),  # wider: a share of the silence
        (NextScan(5 * H, 9 * H), 9 * H, 9 * H * 0.35),  # past the window
        (NextScan(5 * H, 9 * H), 100 * H, 16 * H),
    ],
)
def test_learned_windows(expected: NextScan, silence: timedelta, wait: timedelta) -> None:
    assert learned_poll(expected, silence, NOW, None, NO_GRID) == NOW + wait


def test_learned_hours_space_the_polls_in_a_wide_window() -> None:
    expected = NextScan(2 * H, 60 * H, hours=frozenset({7}))
    # Hourly, but only at the start of 08:00 local (it sees the scans of 07:00 - 08:00).
    assert learned_poll(expected, 10 * H, NOW, 0, NO_GRID) == datetime(
        2026, 11, 29, 8, 0, tzinfo=UTC
    )
    assert learned_poll(expected, 10 * H, NOW, None, NO_GRID) == NOW + 3.5 * H


@pytest.mark.parametrize(
    ("at", "hours", "expected"),
    [
        (datetime(2026, 11, 28, 10, 30, tzinfo=UTC), {12}, datetime(2026, 11, 28, 13, tzinfo=UTC)),
        (
            datetime(2026, 11, 28, 13, 30, tzinfo=UTC),
            {12},
            datetime(2026, 11, 28, 13, 30, tzinfo=UTC),
        ),
        (datetime(2026, 11, 28, 10, 30, tzinfo=UTC), {0}, datetime(2026, 11, 29, 1, tzinfo=UTC)),
        (
            datetime(2026, 11, 28, 10, 30, tzinfo=UTC),
            set(),
            datetime(2026, 11, 28, 10, 30, tzinfo=UTC),
        ),
    ],
)
def test_the_next_poll_that_sees_a_local_hour(
    at: datetime, hours: set[int], expected: datetime
) -> None:
    assert next_local_hour(at, 0, frozenset(hours)) == expected


def test_local_hours_are_the_carriers() -> None:
    at = datetime(2026, 11, 28, 10, 30, tzinfo=UTC)
    assert next_local_hour(at, 480, frozenset({20})) == datetime(2026, 11, 28, 13, tzinfo=UTC)
    assert local_hour(at, 480) == 18
    assert local_hour(at, -600) == 0


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 28, 3, 0, tzinfo=UTC), datetime(2026, 11, 28, 5, 0, tzinfo=UTC)),
        (datetime(2026, 11, 28, 4, 0, tzinfo=UTC), datetime(2026, 11, 28, 5, 0, tzinfo=UTC)),
        (datetime(2026, 11, 28, 5, 0, tzinfo=UTC), datetime(2026, 11, 28, 6, 0, tzinfo=UTC)),
        (datetime(2026, 11, 28, 6, 0, tzinfo=UTC), datetime(2026, 11, 28, 7, 0, tzinfo=UTC)),
        (datetime(2026, 11, 28, 6, 30, tzinfo=UTC), datetime(2026, 11, 29, 5, 0, tzinfo=UTC)),
        (datetime(2026, 11, 28, 7, 0, tzinfo=UTC), datetime(2026, 11, 29, 5, 0, tzinfo=UTC)),
        (datetime(2026, 11, 28, 23, 0, tzinfo=UTC), datetime(2026, 11, 29, 5, 0, tzinfo=UTC)),
    ],
)
def test_the_next_morning_poll_is_an_hour_ahead_inside_05_to_08_local_or_at_05(
    now: datetime, expected: datetime
) -> None:
    assert next_morning_poll(now, 0, POLICY) == expected


def test_the_morning_poll_in_another_zone() -> None:
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)  # 21:00 at UTC+9
    assert next_morning_poll(now, 540, POLICY) == datetime(2026, 11, 28, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (datetime(2026, 11, 28, 12, 0, tzinfo=UTC), datetime(2026, 11, 28, 12, 0, tzinfo=UTC)),
        (
            datetime(2026, 11, 28, 12, 0, 0, 1, tzinfo=UTC),
            datetime(2026, 11, 28, 13, 0, tzinfo=UTC),
        ),
        (datetime(2026, 11, 28, 12, 59, tzinfo=UTC), datetime(2026, 11, 28, 13, 0, tzinfo=UTC)),
    ],
)
def test_times_are_rounded_up_to_the_grid(at: datetime, expected: datetime) -> None:
    assert on_grid(at, H) == expected


def test_no_grid_leaves_times_as_they_are() -> None:
    at = datetime(2026, 11, 28, 12, 7, tzinfo=UTC)
    assert on_grid(at, timedelta(0)) == at
    assert on_grid(at, -H) == at
    assert on_grid(at, 15 * M) == datetime(2026, 11, 28, 12, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        (datetime(2026, 11, 28, 19, 59, tzinfo=UTC), datetime(2026, 11, 28, 19, 59, tzinfo=UTC)),
        (datetime(2026, 11, 28, 20, 0, tzinfo=UTC), datetime(2026, 11, 29, 6, 0, tzinfo=UTC)),
        (datetime(2026, 11, 28, 5, 59, tzinfo=UTC), datetime(2026, 11, 28, 6, 0, tzinfo=UTC)),
        (datetime(2026, 11, 28, 6, 0, tzinfo=UTC), datetime(2026, 11, 28, 6, 0, tzinfo=UTC)),
    ],
)
def test_the_night_runs_from_20_to_06_local(local: datetime, expected: datetime) -> None:
    assert after_night(local, 0, (20, 6)) == expected


def test_the_end_of_the_night_is_the_carriers_morning_in_utc() -> None:
    at = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)  # 23:00 at UTC+9
    assert after_night(at, 540, (20, 6)) == datetime(2026, 11, 28, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("failures", "rest"),
    [
        (-1, timedelta(0)),
        (0, timedelta(0)),
        (1, 5 * M),
        (2, 10 * M),
        (3, 20 * M),
        (7, 320 * M),
        (8, 6 * H),
        (10_000, 6 * H),
    ],
)
def test_back_off_doubles_from_five_minutes_up_to_six_hours(failures: int, rest: timedelta) -> None:
    assert backoff(failures) == rest


def health(failures: int, until: datetime | None = None) -> CarrierHealth:
    return CarrierHealth("usps", failures, until, "timeout", NOW, None)


def test_one_more_failure_rests_the_carrier_longer_or_as_long_as_it_asks() -> None:
    assert backoff_after_failure(None, now=NOW, retry_after=None, policy=POLICY) == NOW + 5 * M
    assert backoff_after_failure(health(2), now=NOW, retry_after=None, policy=POLICY) == (
        NOW + 20 * M
    )
    assert backoff_after_failure(health(2), now=NOW, retry_after=3600, policy=POLICY) == NOW + H
    assert backoff_after_failure(health(2), now=NOW, retry_after=60, policy=POLICY) == (
        NOW + 20 * M
    )
    assert backoff_after_failure(health(2), now=NOW, retry_after=0, policy=POLICY) == NOW + 20 * M


def test_a_carrier_backs_off_until_exactly_its_time() -> None:
    assert health(1, NOW + M).backing_off(NOW)
    assert not health(1, NOW).backing_off(NOW)
    assert not health(1, None).backing_off(NOW)


def test_a_plan_is_due_as_planned_but_never_in_the_past_nor_while_backing_off() -> None:
    assert PollPlan(None, "final", NOW, 3).due_at(NOW, None) is None
    assert PollPlan(NOW - H, None, None, 0).due_at(NOW, None) == NOW
    assert PollPlan(NOW + H, None, None, 0).due_at(NOW, None) == NOW + H
    assert PollPlan(NOW + H, None, None, 0).due_at(NOW, health(3, NOW + 2 * H)) == NOW + 2 * H
    assert PollPlan(NOW + H, None, None, 0).due_at(NOW, health(3, NOW - H)) == NOW + H
    assert PollPlan(NOW + H, None, None, 0).due_at(NOW, health(3, None)) == NOW + H


def scanned(hours: float, offset: int = 0, code: str = "A") -> Scanned:
    return Scanned("usps", code, NOW + timedelta(hours=hours), offset)


def test_scan_gaps_are_measured_between_consecutive_scans() -> None:
    history = [scanned(0, code="A"), scanned(2.5, 480, "B"), scanned(2.5, code="C")]
    assert scan_gaps(history) == [
        ScanGap("usps", "A", 2.5, 22),  # 14:30 UTC is 22:30 at UTC+8
        ScanGap("usps", "B", 0.0, 14),
    ]
    assert scan_gaps([scanned(5), scanned(1)]) == []  # out of order: not a gap
    assert scan_gaps([scanned(1)]) == []


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([1, 2, 3, 4], 0.5, 2.5),
        ([1, 2, 3, 4], 0.0, 1),
        ([1, 2, 3, 4], 1.0, 4),
        ([5], 0.95, 5),
        ([0, 10], 0.05, 0.5),
        ([0, 10, 20], 0.95, 19),
    ],
)
def test_quantiles_interpolate(values: list[float], q: float, expected: float) -> None:
    assert quantile(values, q) == pytest.approx(expected)


def test_hours_holding_nine_tenths_of_the_scans_are_kept_if_few() -> None:
    assert concentrated_hours(Counter({7: 9, 8: 1})) == frozenset({7})
    assert concentrated_hours(Counter({7: 8, 8: 1, 9: 1})) == frozenset({7, 8})
    six = Counter(dict.fromkeys(range(6), 10))
    assert concentrated_hours(six) == frozenset(range(6))
    seven = Counter(dict.fromkeys(range(7), 10))
    assert concentrated_hours(seven) == frozenset()
    assert concentrated_hours(Counter()) == frozenset()


def gaps(count: int, code: str = "A") -> list[ScanGap]:
    return [ScanGap("usps", code, float(i + 1), 7) for i in range(count)]


def test_next_scans_are_learned_from_twenty_gaps_or_more() -> None:
    learned = learn_next_scans([*gaps(20), *gaps(19, "B")])
    assert list(learned) == [("usps", "A")]
    window = learned["usps", "A"]
    assert window == NextScan(
        opens=timedelta(hours=1.95),
        closes=timedelta(hours=19.05),
        hours=frozenset({7}),
        samples=20,
    )
    assert list(learn_next_scans(gaps(5), min_samples=5)) == [("usps", "A")]


def test_back_off_follows_the_policy_given() -> None:
    quick = PollPolicy(backoff_first=M, backoff_longest=3 * M)
    assert backoff_after_failure(health(1), now=NOW, retry_after=None, policy=quick) == NOW + 2 * M
    assert backoff_after_failure(health(5), now=NOW, retry_after=None, policy=quick) == NOW + 3 * M


def test_the_next_local_hour_wraps_midnight_and_keeps_the_zone() -> None:
    late = datetime(2026, 11, 28, 23, 30, tzinfo=UTC)
    found = next_local_hour(late, 0, frozenset({23}))
    assert found == datetime(2026, 11, 29, 0, 0, tzinfo=UTC)  # sees the scans of 23:00-24:00
    assert found.tzinfo is UTC
    odd = datetime(2026, 11, 28, 10, 30, 15, 500, tzinfo=UTC)
    assert next_local_hour(odd, 0, frozenset({12})) == datetime(2026, 11, 28, 13, tzinfo=UTC)


def test_morning_and_night_times_are_whole_hours_in_the_zone_given() -> None:
    exact = PollPolicy(grid=timedelta(0))
    now = datetime(2026, 11, 28, 12, 7, 30, 500, tzinfo=UTC)
    morning = next_morning_poll(now, 0, exact)
    assert morning == datetime(2026, 11, 29, 5, 0, tzinfo=UTC)
    assert morning.tzinfo is UTC
    quarter = PollPolicy(grid=15 * M)
    assert next_morning_poll(now, 0, quarter) == datetime(2026, 11, 29, 5, 0, tzinfo=UTC)
    night = after_night(datetime(2026, 11, 28, 3, 0, 30, 500, tzinfo=UTC), 0, (20, 6))
    assert night == datetime(2026, 11, 28, 6, 0, tzinfo=UTC)
    assert night.tzinfo is UTC


def test_the_grid_counts_from_the_unix_epoch() -> None:
    at = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    grid = 7 * M
    rounded = on_grid(at, grid)
    assert (rounded - epoch) % grid == timedelta(0)
    assert timedelta(0) <= rounded - at < grid


def test_back_off_stops_doubling_after_twenty_doublings() -> None:
    endless = PollPolicy(backoff_first=M, backoff_longest=timedelta(days=100_000))
    assert backoff(21, endless) == M * 2**20
    assert backoff(40, endless) == M * 2**20


def test_learned_hours_count_every_scan() -> None:
    mostly_seven = [ScanGap("usps", "A", 2.0, 7) for _ in range(19)]
    learned = learn_next_scans([*mostly_seven, ScanGap("usps", "A", 2.0, 8)])
    assert learned["usps", "A"].hours == frozenset({7})
