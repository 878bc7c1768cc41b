"""ETA: default ranges said as such, learned spreads, narrowing as milestones pass."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.eta import (
    MIN_HISTORY,
    Basis,
    Lane,
    LaneHistory,
    Spread,
    estimate,
    latest_milestone,
    learn_spreads,
    percentile,
)

T0 = datetime(2026, 10, 1, tzinfo=UTC)
DAY = timedelta(days=1)
US = Lane("CN", "US")


def width(eta) -> timedelta:
    return eta.latest - eta.earliest


def test_no_eta_before_dispatch() -> None:
    assert estimate(lane=US, dispatched_at=None, reached={}, now=T0) is None


def test_at_dispatch_a_default_range_for_the_destination_is_said_to_be_one() -> None:
    eta = estimate(lane=US, dispatched_at=T0, reached={}, now=T0)
    assert eta is not None
    assert eta.basis is Basis.DEFAULT
    assert (eta.earliest, eta.likely, eta.latest) == (T0 + 11 * DAY, T0 + 18 * DAY, T0 + 35 * DAY)
    assert "few deliveries on this lane yet: a default estimate" in eta.explanation()


def test_the_interval_narrows_as_milestones_pass() -> None:
    at_dispatch = estimate(lane=US, dispatched_at=T0, reached={}, now=T0)
    arrived = {"departed_origin": T0 + 5 * DAY, "arrived_destination": T0 + 12 * DAY}
    later = estimate(lane=US, dispatched_at=T0, reached=arrived, now=T0 + 12 * DAY)
    out = estimate(
        lane=US,
        dispatched_at=T0,
        reached={**arrived, "out_for_delivery": T0 + 15 * DAY},
        now=T0 + 15 * DAY,
    )
    assert at_dispatch is not None
    assert later is not None
    assert out is not None
    assert width(at_dispatch) > width(later) > width(out)
    assert later.measured_from == "arrived_destination"
    assert out.latest <= T0 + 16 * DAY


def test_an_eta_inside_its_interval_never_starts_in_the_past() -> None:
    eta = estimate(lane=US, dispatched_at=T0, reached={}, now=T0 + 20 * DAY)  # US: 11-35 d
    assert eta is not None
    assert eta.earliest == eta.likely == T0 + 20 * DAY
    assert eta.latest == T0 + 35 * DAY
    assert not eta.overdue


def test_an_eta_past_its_interval_is_overdue_and_keeps_its_dates() -> None:
    eta = estimate(lane=US, dispatched_at=T0, reached={}, now=T0 + 60 * DAY)
    assert eta is not None
    assert eta.overdue
    assert eta.latest == T0 + 35 * DAY
    assert "later than that" in eta.explanation()
    later = estimate(
        lane=US, dispatched_at=T0, reached={}, now=T0 + 60 * DAY, carrier_estimate=T0 + 62 * DAY
    )
    assert later is not None
    assert not later.overdue  # the carrier knows of a later date
    assert later.basis is Basis.CARRIER
    assert later.likely == later.latest == T0 + 62 * DAY


def test_a_carrier_estimate_is_the_likely_date_within_the_interval() -> None:
    eta = estimate(lane=US, dispatched_at=T0, reached={}, now=T0, carrier_estimate=T0 + 14 * DAY)
    assert eta is not None
    assert (eta.basis, eta.likely) == (Basis.CARRIER, T0 + 14 * DAY)
    wild = estimate(lane=US, dispatched_at=T0, reached={}, now=T0, carrier_estimate=T0 + 400 * DAY)
    assert wild is not None
    assert wild.likely == wild.latest


def test_learned_spreads_replace_defaults_once_there_is_enough_history() -> None:
    rng = random.Random(4)
    journeys = []
    for index in range(200):
        start = T0 + index * DAY
        departed = start + rng.uniform(2, 4) * DAY
        delivered = departed + rng.uniform(8, 12) * DAY
        journeys.append((start, {"departed_origin": departed}, delivered))
    spreads = learn_spreads(journeys)
    spread = spreads["departed_origin"]
    assert spread.samples == 200
    assert 8 < spread.p10 < spread.p50 < spread.p90 < 12
    eta = estimate(
        lane=US,
        dispatched_at=T0,
        reached={"departed_origin": T0 + 3 * DAY},
        now=T0 + 3 * DAY,
        learned=[LaneHistory(US, spreads)],
    )
    assert eta is not None
    assert eta.basis is Basis.LANE_HISTORY
    assert "based on 200 deliveries from CN to US" in eta.explanation()


def test_thin_history_falls_back_to_defaults() -> None:
    thin = {"dispatched": Spread(1, 2, 3, samples=MIN_HISTORY - 1)}
    eta = estimate(lane=US, dispatched_at=T0, reached={}, now=T0, learned=[LaneHistory(US, thin)])
    assert eta is not None
    assert eta.basis is Basis.DEFAULT


def test_the_latest_milestone_wins_whatever_the_order_of_the_mapping() -> None:
    reached = {"out_for_delivery": T0 + 9 * DAY, "accepted": T0 + DAY}
    assert latest_milestone(T0, reached) == ("out_for_delivery", T0 + 9 * DAY)


@pytest.mark.parametrize(
    ("fraction", "expected"), [(0.0, 1.0), (0.1, 1.0), (0.25, 1.25), (0.5, 2.5), (1.0, 4.0)]
)
def test_percentiles_interpolate_at_rank_n_plus_one(fraction: float, expected: float) -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], fraction) == pytest.approx(expected)


def test_a_lane_with_the_minimum_history_still_gives_an_80_percent_interval() -> None:
    # Uniform days on [0, 1): the share of next parcels inside [p10, p90] is p90 - p10.
    rng = random.Random(8)
    shares = []
    for _ in range(4000):
        days = sorted(rng.random() for _ in range(MIN_HISTORY))
        shares.append(percentile(days, 0.9) - percentile(days, 0.1))
    assert sum(shares) / len(shares) == pytest.approx(0.8, abs=0.01)


CAINIAO_STANDARD = Lane("CN", "DE", "cainiao", "standard")


def test_a_lane_keys_its_carrier_and_service_and_falls_back_to_wider_levels() -> None:
    assert CAINIAO_STANDARD.key() == "CN-DE-cainiao-standard"
    assert [level.key() for level in CAINIAO_STANDARD.levels()] == [
        "CN-DE-cainiao-standard",
        "CN-DE-cainiao-*",
        "CN-DE-*-*",
    ]
    assert Lane.from_key("CN-DE-cainiao-*") == Lane("CN", "DE", "cainiao")
    assert Lane("CN", "DE", None, "standard").key() == "CN-DE-*-*"  # no carrier: no service


@pytest.mark.parametrize(
    "lane",
    [
        Lane("CN", "DE", "china-post", "standard"),  # AfterShip's slugs hold hyphens
        Lane("GB", "FR", "royal-mail"),
        Lane("CN", None, "dhl-global-mail", "e_packet"),
        Lane(None, None),
    ],
)
def test_a_lane_is_read_back_from_its_key_even_when_the_carrier_holds_a_hyphen(
    lane: Lane,
) -> None:
    assert Lane.from_key(lane.key()) == lane


def _levels(service: int, carrier: int, countries: int) -> list[LaneHistory]:
    """CAINIAO_STANDARD's levels, each with its own dispatch spread and sample size."""
    counts = (service, carrier, countries)
    return [
        LaneHistory(level, {"dispatched": Spread(10 + i, 15 + i, 20 + i, counts[i])})
        for i, level in enumerate(CAINIAO_STANDARD.levels())
    ]


def _eta_with(service: int, carrier: int, countries: int):
    eta = estimate(
        lane=CAINIAO_STANDARD,
        dispatched_at=T0,
        reached={},
        now=T0,
        learned=_levels(service, carrier, countries),
    )
    assert eta is not None
    return eta


def test_the_most_specific_level_with_enough_history_is_used_and_named() -> None:
    full = _eta_with(143, 400, 900)
    assert (full.earliest, full.samples) == (T0 + 10 * DAY, 143)
    assert "based on 143 deliveries of Cainiao standard from CN to DE" in full.explanation()
    carrier = _eta_with(MIN_HISTORY - 1, 400, 900)
    assert (carrier.earliest, carrier.samples) == (T0 + 11 * DAY, 400)
    assert "based on 400 deliveries of Cainiao from CN to DE" in carrier.explanation()
    countries = _eta_with(3, 5, 900)
    assert countries.earliest == T0 + 12 * DAY
    assert "based on 900 deliveries from CN to DE" in countries.explanation()
    default = _eta_with(3, 5, MIN_HISTORY - 1)
    assert (default.basis, default.lane) == (Basis.DEFAULT, None)
    assert "few deliveries on this lane yet: a default estimate" in default.explanation()
