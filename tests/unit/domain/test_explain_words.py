"""What a tracking page says without a health verdict: not active yet, quiet, delivered, and
the plain meaning, advice and tone of each main status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from parceltrail.domain.explain import Explanation, explain
from parceltrail.domain.status import SubStatus

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
H = timedelta(hours=1)

NOT_ACTIVE = Explanation(
    "Not active yet",
    "The carrier has no information about this number yet.",
    "This is normal: information may take 24-48 hours to appear after the seller ships. "
    "Look again tomorrow.",
    "wait",
)
NO_INFORMATION = Explanation(
    "No information from the carrier",
    "The parcel was dispatched more than two days ago and the carrier still reports nothing.",
    "The parcel may not have been handed over, or the number may be wrong: ask the seller "
    "to check.",
    "problem",
)


@pytest.mark.parametrize(
    ("dispatched_at", "expected"),
    [(None, NOT_ACTIVE), (NOW - 48 * H, NOT_ACTIVE), (NOW - 48 * H - H, NO_INFORMATION)],
)
def test_a_number_without_events_is_not_active_for_48_hours_after_dispatch(
    dispatched_at: datetime | None, expected: Explanation
) -> None:
    for sub in (SubStatus.PENDING, SubStatus.INFO_RECEIVED):
        found = explain(sub, now=NOW, dispatched_at=dispatched_at, last_event_at=None)
        assert found == expected


def test_a_quiet_week_is_said_in_days() -> None:
    found = explain(
        SubStatus.IN_TRANSIT, now=NOW, dispatched_at=None, last_event_at=NOW - timedelta(days=9)
    )
    assert found == Explanation(
        "No updates for a while",
        "The carrier has reported nothing for %(days)s days.",  # filled after translating
        "Long journeys have quiet stretches, often before or after a flight. If it stays quiet "
        "for another week, contact the seller.",
        "wait",
        {"days": 9},
    )
    assert found.meaning % found.values == "The carrier has reported nothing for 9 days."
    exactly_a_week = explain(
        SubStatus.IN_TRANSIT, now=NOW, dispatched_at=None, last_event_at=NOW - timedelta(days=7)
    )
    assert exactly_a_week.headline == "On its way"


def test_delivered_and_other_final_states_are_never_quiet() -> None:
    delivered = explain(
        SubStatus.DELIVERED, now=NOW, dispatched_at=None, last_event_at=NOW - timedelta(days=30)
    )
    assert delivered == Explanation(
        "Delivered",
        "The carrier says the parcel was delivered.",
        "If you did not receive it, check with neighbours, then contact the seller.",
        "done",
    )
    cancelled = explain(
        SubStatus.CANCELLED, now=NOW, dispatched_at=None, last_event_at=NOW - timedelta(days=30)
    )
    assert cancelled.headline == "There is a problem"


NOTHING_TO_DO = "Nothing to do: we show every update here as it arrives."
READ_THE_EVENT = "Read the latest event below; contact the carrier or the seller if unsure."


@pytest.mark.parametrize(
    ("sub", "expected"),
    [
        (
            SubStatus.IN_TRANSIT,
            ("On its way", "The carrier is moving the parcel towards you.", NOTHING_TO_DO, "ok"),
        ),
        (
            SubStatus.OUT_FOR_DELIVERY,
            (
                "Out for delivery today",
                "A courier has the parcel and should deliver it today.",
                NOTHING_TO_DO,
                "ok",
            ),
        ),
        (
            SubStatus.EXCEPTION,
            (
                "There is a problem",
                "The carrier reported something unusual.",
                READ_THE_EVENT,
                "problem",
            ),
        ),
        (
            SubStatus.EXPIRED,
            (
                "Tracking has stopped",
                "The carrier stopped reporting on this number.",
                READ_THE_EVENT,
                "problem",
            ),
        ),
        (
            SubStatus.PENDING,
            ("Waiting for the carrier", "The carrier knows the parcel.", NOTHING_TO_DO, "ok"),
        ),
        (
            SubStatus.INFO_RECEIVED,
            (
                "Label created, not handed over yet",
                "The carrier knows the parcel.",
                NOTHING_TO_DO,
                "ok",
            ),
        ),
    ],
)
def test_the_words_for_each_main_status(sub: SubStatus, expected: tuple[str, ...]) -> None:
    found = explain(sub, now=NOW, dispatched_at=None, last_event_at=NOW - H)
    assert found == Explanation(*expected)
