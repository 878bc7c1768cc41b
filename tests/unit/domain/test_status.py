"""The taxonomy and its one place of mapping to AfterShip and 17TRACK."""

from __future__ import annotations

import pytest

from parceltrail.domain.status import (
    AFTERSHIP_SUBTAG,
    MILESTONES,
    SEVENTEEN_TRACK,
    Status,
    SubStatus,
    from_17track,
    from_aftership,
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


@pytest.mark.parametrize("sub", [s for s in SubStatus if s is not SubStatus.HANDED_OVER])
def test_every_sub_status_maps_out_and_back_through_aftership(sub: SubStatus) -> None:
    tag, subtag = to_aftership(sub)
    assert subtag.startswith(tag + "_")
    assert from_aftership(tag, subtag) is sub


@pytest.mark.parametrize("sub", [s for s in SubStatus if s is not SubStatus.HANDED_OVER])
def test_every_sub_status_maps_out_and_back_through_17track(sub: SubStatus) -> None:
    main, sub17 = to_17track(sub)
    assert from_17track(main, sub17) is sub


def test_handover_is_reported_to_aftership_as_plain_transit() -> None:
    assert to_aftership(SubStatus.HANDED_OVER) == ("InTransit", "InTransit_001")
    assert from_aftership("InTransit", "InTransit_003") is SubStatus.IN_TRANSIT


def test_handover_is_reported_to_17track_as_plain_transit() -> None:
    assert to_17track(SubStatus.HANDED_OVER) == ("InTransit", "InTransit_Other")
    assert from_17track("InTransit", "InTransit_Other") is SubStatus.IN_TRANSIT


@pytest.mark.parametrize(
    ("tag", "subtag", "expected"),
    [
        ("Delivered", "Delivered_003", SubStatus.DELIVERED),
        ("Exception", "Exception_002", SubStatus.ADDRESS_ISSUE),
        ("AttemptFail", "AttemptFail_003", SubStatus.FAILED_ATTEMPT),
        ("InTransit", "InTransit_999", SubStatus.IN_TRANSIT),
        ("Bogus", None, None),
        (None, None, None),
    ],
)
def test_unknown_aftership_subtags_fall_back_to_their_tag(
    tag: str | None, subtag: str | None, expected: SubStatus | None
) -> None:
    assert from_aftership(tag, subtag) == expected


def test_17track_codes_outside_our_table_fall_back_to_the_main_status() -> None:
    assert from_17track("DeliveryFailure", "DeliveryFailure_NoBody") is SubStatus.FAILED_ATTEMPT
    assert from_17track("Exception", "Exception_Unheard") is SubStatus.EXCEPTION
    assert from_17track(None, None) is None


def test_mapping_tables_cover_the_whole_taxonomy() -> None:
    assert set(AFTERSHIP_SUBTAG) == set(SubStatus)
    assert set(SEVENTEEN_TRACK) == set(SubStatus)
