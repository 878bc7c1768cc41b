"""ETA rules read back: the default model per milestone, the exact history threshold, a
carrier's date kept inside the interval, the moment an ETA becomes overdue, and its words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.eta import (
    ETA_MILESTONES,
    MIN_HISTORY,
    Basis,
    Eta,
    Lane,
    LaneHistory,
    Spread,
    default_spread,
    estimate,
    latest_milestone,
    learn_spreads,
    percentile,
    spreads_of,
    trusted_spread,
)

T0 = datetime(2026, 10, 1, tzinfo=UTC)
DAY = timedelta(days=1)
US = Lane("CN", "US")


def test_the_model_measures_from_these_milestones_in_journey_order() -> None:
    assert ETA_MILESTONES == (
        "dispatched",
        "accepted",
        "departed_origin",
        "arrived_destination",
        "customs_cleared",
        "handed_over",
        "out_for_delivery",
    )
    assert MIN_HISTORY == 20


@pytest.mark.parametrize(
    ("milestone", "share"),
    [
        ("dispatched", 1.0),
        ("accepted", 0.9),
        ("departed_origin", 0.7),
        ("arrived_destination", 0.35),
        ("customs_cleared", 0.2),
        ("handed_over", 0.15),
    ],
)
def test_the_default_is_the_destinations_share_still_ahead(milestone: str, share: float) -> None:
    spread = default_spread(Lane("CN", "DE"), milestone)  # DE: 12, 24, 42 days in all
    assert (spread.p10, spread.p50, spread.p90) == pytest.approx(
        (12 * share, 24 * share, 42 * share)
    )
    assert spread.samples == 0


def test_out_for_delivery_is_a_fraction_of_a_day_to_a_day_anywhere() -> None:
    assert default_spread(Lane("CN", "BR"), "out_for_delivery") == Spread(0.1, 0.3, 1.0)


def test_an_unknown_destination_takes_the_general_default() -> None:
    assert default_spread(Lane("CN", "ZA"), "dispatched") == Spread(10, 20, 45)
    assert default_spread(Lane("CN", None), "dispatched") == Spread(10, 20, 45)


def test_the_latest_milestone_falls_back_to_dispatch_or_nothing() -> None:
    assert latest_milestone(T0, {}) == ("dispatched", T0)
    assert latest_milestone(None, {}) is None
    assert latest_milestone(None, {"accepted": T0}) == ("accepted", T0)
    assert latest_milestone(T0, {"delivered": T0 + DAY, "in_transit": T0}) == ("dispatched", T0)


def spread_with(samples: int) -> dict[str, Spread]:
    return {"dispatched": Spread(5, 6, 7, samples)}


def test_history_is_trusted_from_exactly_twenty_deliveries() -> None:
    trusted = [LaneHistory(US, spread_with(MIN_HISTORY))]
    assert trusted_spread(trusted, "dispatched") == (Spread(5, 6, 7, 20), US)
    assert trusted_spread([LaneHistory(US, spread_with(MIN_HISTORY - 1))], "dispatched") is None
    assert trusted_spread(trusted, "accepted") is None
    assert trusted_spread([], "dispatched") is None


def test_an_estimate_from_history_names_its_lane_and_sample_count() -> None:
    eta = estimate(
        lane=US,
        dispatched_at=T0,
        reached={},
        now=T0,
        learned=[LaneHistory(US, spread_with(MIN_HISTORY))],
    )
    assert eta == Eta(
        T0 + 5 * DAY, T0 + 6 * DAY, T0 + 7 * DAY, Basis.LANE_HISTORY, "dispatched", 20, US
    )


def test_a_carrier_date_before_the_interval_is_moved_to_its_start() -> None:
    eta = estimate(lane=US, dispatched_at=T0, reached={}, now=T0, carrier_estimate=T0 + DAY)
    assert eta is not None
    assert (eta.earliest, eta.likely, eta.latest) == (T0 + 11 * DAY, T0 + 11 * DAY, T0 + 35 * DAY)
    assert eta.basis is Basis.CARRIER


def test_a_carrier_date_at_the_end_of_the_interval_keeps_it() -> None:
    eta = estimate(lane=US, dispatched_at=T0, reached={}, now=T0, carrier_estimate=T0 + 35 * DAY)
    assert eta is not None
    assert (eta.likely, eta.latest) == (T0 + 35 * DAY, T0 + 35 * DAY)


def test_an_estimate_is_overdue_only_once_its_latest_date_has_passed() -> None:
    at_end = estimate(lane=US, dispatched_at=T0, reached={}, now=T0 + 35 * DAY)
    assert at_end is not None
    assert not at_end.overdue
    assert at_end.earliest == at_end.likely == at_end.latest == T0 + 35 * DAY
    after = estimate(lane=US, dispatched_at=T0, reached={}, now=T0 + 35 * DAY + DAY / 24)
    assert after == Eta(
        T0 + 11 * DAY,
        T0 + 18 * DAY,
        T0 + 35 * DAY,
        Basis.DEFAULT,
        "dispatched",
        0,
        None,
        True,
    )


def test_what_an_estimate_says() -> None:
    default = Eta(T0 + 11 * DAY, T0 + 18 * DAY, T0 + 35 * DAY, Basis.DEFAULT, "dispatched", 0)
    assert default.explanation() == (
        "Expected 12 Oct - 05 Nov, few deliveries on this lane yet: a default estimate for the "
        "destination."
    )
    lane = Lane("CN", "DE", "cainiao", "standard")
    carrier = Eta(T0, T0 + 3 * DAY, T0 + 9 * DAY, Basis.CARRIER, "dispatched", 143, lane)
    assert carrier.explanation() == (
        "Expected around 04 Oct (carrier estimate), usually 01 Oct - 10 Oct; based on 143 "
        "deliveries of Cainiao standard from CN to DE."
    )
    overdue = Eta(T0, T0, T0 + 9 * DAY, Basis.LANE_HISTORY, "dispatched", 30, US, True)
    assert overdue.explanation() == (
        "Expected by 10 Oct (01 Oct - 10 Oct, based on 30 deliveries from CN to US); it is "
        "later than that."
    )


@pytest.mark.parametrize(
    ("lane", "words"),
    [
        (Lane(None, "DE"), "from an unknown country to DE"),
        (Lane("CN", None), "from CN to an unknown country"),
        (Lane("CN", "DE", "cainiao", "e_packet"), "Cainiao e packet from CN to DE"),
        (Lane("CN", "US", "usps"), "USPS from CN to US"),
        (Lane("CN", "US", "no-such-carrier"), "no-such-carrier from CN to US"),
    ],
)
def test_a_lane_in_words(lane: Lane, words: str) -> None:
    assert str(lane.describe()) == words


@pytest.mark.parametrize(
    ("lane", "levels"),
    [
        (Lane("CN", "DE"), ["CN-DE-*-*"]),
        (Lane("CN", "DE", "cainiao"), ["CN-DE-cainiao-*", "CN-DE-*-*"]),
        (Lane(None, "DE", "cainiao", "standard"), ["??-DE-cainiao-standard", "??-DE-cainiao-*"]),
    ],
)
def test_lane_levels_from_most_specific(lane: Lane, levels: list[str]) -> None:
    assert [level.key() for level in lane.levels()][: len(levels)] == levels


@pytest.mark.parametrize(
    ("key", "lane"),
    [
        ("CN-DE-*-*", Lane("CN", "DE")),
        ("??-??-*-*", Lane(None, None)),
        ("CN-DE", Lane("CN", "DE")),
        ("CN", Lane("CN", None)),
        ("CN-DE-cainiao", Lane("CN", "DE", "cainiao")),
    ],
)
def test_short_or_wildcard_keys_read_as_unknown(key: str, lane: Lane) -> None:
    assert Lane.from_key(key) == lane


def test_learning_skips_milestones_after_delivery_and_counts_one_on_the_day() -> None:
    journeys = [
        (T0, {"accepted": T0 + DAY, "out_for_delivery": T0 + 10 * DAY}, T0 + 10 * DAY),
        (None, {"accepted": T0 + 2 * DAY, "customs_cleared": T0 + 30 * DAY}, T0 + 20 * DAY),
    ]
    spreads = learn_spreads(journeys)
    assert set(spreads) == {"dispatched", "accepted", "out_for_delivery"}
    assert spreads["dispatched"] == Spread(10, 10, 10, 1)
    assert spreads["out_for_delivery"] == Spread(0, 0, 0, 1)
    assert spreads["accepted"].samples == 2
    assert (spreads["accepted"].p10, spreads["accepted"].p90) == (9, 18)


def test_spreads_are_the_10th_50th_and_90th_percentiles_of_non_empty_lists() -> None:
    days = [float(d) for d in range(1, 20)]  # 19 values: ranks 2, 10, 18
    assert spreads_of({"a": days, "b": []}) == {"a": Spread(2.0, 10.0, 18.0, 19)}
    assert spreads_of({"a": [3.0, 1.0, 2.0]}) == {"a": Spread(1.0, 2.0, 3.0, 3)}


def test_a_carrier_name_with_spaces_is_kept_whole() -> None:
    assert str(Lane("CN", "DE", "china_post").describe()) == "China Post from CN to DE"


def test_an_overdue_estimate_keeps_the_lane_its_figures_came_from() -> None:
    eta = estimate(
        lane=US,
        dispatched_at=T0,
        reached={},
        now=T0 + 30 * DAY,
        learned=[LaneHistory(US, spread_with(MIN_HISTORY))],
    )
    assert eta is not None
    assert (eta.overdue, eta.lane, eta.basis) == (True, US, Basis.LANE_HISTORY)


@pytest.mark.parametrize(("fraction", "expected"), [(0.75, 3.75), (0.6, 3.0)])
def test_percentiles_between_the_last_two_values(fraction: float, expected: float) -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], fraction) == pytest.approx(expected)
