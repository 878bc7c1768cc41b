"""The taxonomy and how it is reported in AfterShip's and 17TRACK's words; reading their codes
is tested beside each connector (tests/unit/connectors/test_webhooks_*.py)."""

from __future__ import annotations

from parceltrail.domain.status import (
    AFTERSHIP_SUBTAG,
    MILESTONES,
    SEVENTEEN_TRACK,
    Status,
    SubStatus,
    to_17track,
    to_aftership,
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


def test_a_sub_status_knows_its_main_status_and_whether_it_is_a_milestone_or_final() -> None:
    assert SubStatus.ACCEPTED.status is Status.IN_TRANSIT
    assert SubStatus.LOST.status is Status.EXCEPTION
    assert SubStatus.ACCEPTED.is_milestone
    assert not SubStatus.IN_TRANSIT.is_milestone
    assert SubStatus.DELIVERED.is_final
    assert not SubStatus.IN_TRANSIT.is_final


def test_a_sub_status_in_aftership_and_17track_words() -> None:
    assert to_aftership(SubStatus.DELIVERED) == ("Delivered", "Delivered_001")
    assert to_aftership(SubStatus.LOST) == ("Exception", "Exception_013")
    assert to_17track(SubStatus.DELIVERED) == ("Delivered", "Delivered_Other")
    assert to_17track(SubStatus.CUSTOMS_CLEARED) == ("InTransit", "InTransit_CustomsReleased")
