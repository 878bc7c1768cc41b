"""The taxonomy and how it is reported in AfterShip's and 17TRACK's words; reading their codes
is tested beside each connector (tests/unit/connectors/test_webhooks_*.py)."""

from __future__ import annotations

from parceltrail.domain.status import (
    AFTERSHIP_SUBTAG,
    MILESTONES,
    SEVENTEEN_TRACK,
    Status,
    SubStatus,
)

REQUIRED_MILESTONES = {
    "accepted",
    "departed_origin",
    "arrived_destination",
    "customs_started",
    "customs_held",
    "customs_cleared",
    "handed_over",
    "out_for_delivery",
    "failed_attempt",
    "available_for_pickup",
    "delivered",
    "returning",
    "returned",
    "lost",
    "damaged",
}


def test_main_statuses_are_aftership_tags_in_snake_case() -> None:
    assert [s.value for s in Status] == [
        "pending",
        "info_received",
        "in_transit",
        "out_for_delivery",
        "attempt_fail",
        "available_for_pickup",
        "delivered",
        "exception",
        "expired",
    ]


def test_every_required_milestone_exists() -> None:
    assert {m.value for m in MILESTONES} == REQUIRED_MILESTONES


def test_mapping_tables_cover_the_whole_taxonomy() -> None:
    assert set(AFTERSHIP_SUBTAG) == set(SubStatus)
    assert set(SEVENTEEN_TRACK) == set(SubStatus)
