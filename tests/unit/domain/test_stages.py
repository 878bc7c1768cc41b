"""Lane context: which long stage a parcel is in, how long that stage usually takes on its lane,
and the sentence that says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.eta import MIN_HISTORY, Lane, LaneHistory, Spread
from parceltrail.domain.stages import (
    STAGES,
    StageContext,
    context,
    current_stage,
    days_range,
    days_said,
    learn_stage_spreads,
    stage_start,
)
from parceltrail.domain.status import SubStatus as S

T0 = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
DAY = timedelta(days=1)
CUSTOMS, BETWEEN = STAGES
LANE = Lane("CN", "DE", "cainiao")


def test_the_two_stages_and_their_keys() -> None:
    assert (CUSTOMS.name, CUSTOMS.key, CUSTOMS.ends) == (
        "customs",
        "stage:customs",
        S.CUSTOMS_CLEARED,
    )
    assert (BETWEEN.key, BETWEEN.starts, BETWEEN.ends) == (
        "stage:between_countries",
        (S.DEPARTED_ORIGIN,),
        S.ARRIVED_DESTINATION,
    )


def test_a_stage_starts_at_the_first_of_its_opening_milestones() -> None:
    reached = {S.CUSTOMS_HELD: T0 + DAY, S.CUSTOMS_STARTED: T0 + 2 * DAY}
    assert stage_start(CUSTOMS, reached) == T0 + DAY
    assert stage_start(CUSTOMS, {S.ACCEPTED: T0}) is None


@pytest.mark.parametrize(
    ("sub", "reached", "expected"),
    [
        (S.CUSTOMS_HELD, {S.CUSTOMS_STARTED: T0}, ("customs", T0)),
        (S.IN_TRANSIT, {S.DEPARTED_ORIGIN: T0}, ("between_countries", T0)),
        (S.DELAYED, {S.DEPARTED_ORIGIN: T0}, ("between_countries", T0)),
        (S.IN_TRANSIT, {S.DEPARTED_ORIGIN: T0, S.ARRIVED_DESTINATION: T0 + DAY}, None),
        (S.CUSTOMS_STARTED, {S.CUSTOMS_STARTED: T0, S.CUSTOMS_CLEARED: T0 + DAY}, None),
        (S.OUT_FOR_DELIVERY, {S.DEPARTED_ORIGIN: T0}, None),  # not a status of the stage
        (S.IN_TRANSIT, {}, None),
    ],
)
def test_the_stage_a_parcel_is_in_now(
    sub: S, reached: dict[S, datetime], expected: tuple[str, datetime] | None
) -> None:
    found = current_stage(sub, reached)
    assert (None if found is None else (found[0].name, found[1])) == expected


def history(samples: int) -> list[LaneHistory]:
    return [LaneHistory(LANE, {"stage:customs": Spread(1.6, 3.0, 4.2, samples)})]


def test_a_parcel_in_customs_is_told_how_long_customs_usually_takes() -> None:
    found = context(
        sub_status=S.CUSTOMS_STARTED,
        reached={S.CUSTOMS_STARTED: T0},
        learned=history(MIN_HISTORY),
        now=T0 + 3 * DAY + timedelta(hours=6),
    )
    assert found == StageContext(
        "customs",
        T0,
        3.25,
        Spread(1.6, 3.0, 4.2, MIN_HISTORY),
        LANE,
        "Customs on this lane usually takes 1-5 days; this parcel has been there 3 days.",
    )


def test_without_enough_history_or_a_stage_there_is_no_context() -> None:
    reached = {S.CUSTOMS_STARTED: T0}
    assert (
        context(sub_status=S.CUSTOMS_STARTED, reached=reached, learned=history(19), now=T0) is None
    )
    assert context(sub_status=S.ACCEPTED, reached={}, learned=history(40), now=T0) is None


def test_time_so_far_is_never_negative() -> None:
    found = context(
        sub_status=S.CUSTOMS_STARTED,
        reached={S.CUSTOMS_STARTED: T0},
        learned=history(40),
        now=T0 - DAY,
    )
    assert found is not None
    assert found.so_far_days == 0.0
    assert found.text.endswith("this parcel has been there less than a day.")


def test_the_context_as_json() -> None:
    found = StageContext(
        "between_countries", T0, 2.345, Spread(3.333, 6.0, 9.999, 25), LANE, "text"
    )
    assert found.to_json() == {
        "stage": "between_countries",
        "since": "2026-11-01T06:00:00+00:00",
        "days_so_far": 2.35,
        "usual_days": {"p10": 3.33, "p50": 6.0, "p90": 10.0},
        "samples": 25,
        "lane": "CN-DE-cainiao-*",
        "text": "text",
    }


@pytest.mark.parametrize(
    ("low", "high", "said"),
    [
        (0.1, 0.9, "less than a day"),
        (0.2, 1.0, "about 1 day"),
        (0.5, 1.5, "0-2 days"),
        (2.0, 2.0, "about 2 days"),
        (2.2, 2.8, "2-3 days"),
        (1.6, 4.2, "1-5 days"),
    ],
)
def test_a_usual_range_in_whole_days(low: float, high: float, said: str) -> None:
    assert str(days_range(low, high)) == said


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (0.0, "less than a day"),
        (0.99, "less than a day"),
        (1.0, "1 day"),
        (1.99, "1 day"),
        (2.0, "2 days"),
        (10.5, "10 days"),
    ],
)
def test_days_in_words(days: float, said: str) -> None:
    assert str(days_said(days)) == said


def test_stage_lengths_are_learned_from_delivered_parcels() -> None:
    journeys = [
        {S.CUSTOMS_STARTED: T0, S.CUSTOMS_CLEARED: T0 + 2 * DAY},
        {S.CUSTOMS_HELD: T0, S.CUSTOMS_STARTED: T0 + DAY, S.CUSTOMS_CLEARED: T0 + 4 * DAY},
        {S.CUSTOMS_STARTED: T0 + DAY, S.CUSTOMS_CLEARED: T0},  # out of order: not counted
        {S.DEPARTED_ORIGIN: T0, S.ARRIVED_DESTINATION: T0 + 6 * DAY},
        {S.DEPARTED_ORIGIN: T0},  # never arrived: not counted
    ]
    learned = learn_stage_spreads(journeys)
    assert learned["stage:customs"].samples == 2
    assert (learned["stage:customs"].p10, learned["stage:customs"].p90) == (2.0, 4.0)
    assert learned["stage:between_countries"] == Spread(6.0, 6.0, 6.0, 1)
    assert learn_stage_spreads([]) == {}
