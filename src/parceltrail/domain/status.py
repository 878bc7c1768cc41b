"""One status taxonomy for every parcel, and the one place that maps it to the outside.

A shipment has a main ``Status`` (the nine AfterShip tags, so integrators meet a familiar
vocabulary) and a finer ``SubStatus``. Every sub-status belongs to exactly one main status.
The sub-statuses listed in ``MILESTONES`` mark steps of the journey that the timeline keeps
with the time they were first reached.

How we report a status in AfterShip's (tag/subtag) and 17TRACK's (main/sub status) words
lives at the bottom of this module. Reading a provider's codes is that provider's connector's
business: ``from_aftership`` in ``connectors/aftership.py``, ``from_17track`` in
``connectors/seventeentrack.py``, ``from_easypost`` in ``connectors/easypost.py``, karrio's in
``connectors/karrio/_mapping.py``.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Main status, value-compatible with AfterShip's tags in snake_case."""

    PENDING = "pending"
    INFO_RECEIVED = "info_received"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    ATTEMPT_FAIL = "attempt_fail"
    AVAILABLE_FOR_PICKUP = "available_for_pickup"
    DELIVERED = "delivered"
    EXCEPTION = "exception"
    EXPIRED = "expired"


class SubStatus(StrEnum):
    """What happened, finer than ``Status``; milestones are a subset."""

    PENDING = "pending"
    INFO_RECEIVED = "info_received"
    ACCEPTED = "accepted"
    IN_TRANSIT = "in_transit"
    DEPARTED_ORIGIN = "departed_origin"
    ARRIVED_DESTINATION = "arrived_destination"
    CUSTOMS_STARTED = "customs_started"
    CUSTOMS_HELD = "customs_held"
    CUSTOMS_CLEARED = "customs_cleared"
    HANDED_OVER = "handed_over"
    OUT_FOR_DELIVERY = "out_for_delivery"
    FAILED_ATTEMPT = "failed_attempt"
    AVAILABLE_FOR_PICKUP = "available_for_pickup"
    DELIVERED = "delivered"
    DELAYED = "delayed"
    ADDRESS_ISSUE = "address_issue"
    REFUSED = "refused"
    RETURNING = "returning"
    RETURNED = "returned"
    LOST = "lost"
    DAMAGED = "damaged"
    CANCELLED = "cancelled"
    EXCEPTION = "exception"
    EXPIRED = "expired"

    @property
    def status(self) -> Status:
        return _MAIN_STATUS[self]

    @property
    def is_milestone(self) -> bool:
        return self in MILESTONES

    @property
    def is_final(self) -> bool:
        """No further carrier movement is expected after this."""
        return self in FINAL_SUB_STATUSES


_MAIN_STATUS: dict[SubStatus, Status] = {
    SubStatus.PENDING: Status.PENDING,
    SubStatus.INFO_RECEIVED: Status.INFO_RECEIVED,
    SubStatus.ACCEPTED: Status.IN_TRANSIT,
    SubStatus.IN_TRANSIT: Status.IN_TRANSIT,
    SubStatus.DEPARTED_ORIGIN: Status.IN_TRANSIT,
    SubStatus.ARRIVED_DESTINATION: Status.IN_TRANSIT,
    SubStatus.CUSTOMS_STARTED: Status.IN_TRANSIT,
    SubStatus.CUSTOMS_HELD: Status.EXCEPTION,
    SubStatus.CUSTOMS_CLEARED: Status.IN_TRANSIT,
    SubStatus.HANDED_OVER: Status.IN_TRANSIT,
    SubStatus.OUT_FOR_DELIVERY: Status.OUT_FOR_DELIVERY,
    SubStatus.FAILED_ATTEMPT: Status.ATTEMPT_FAIL,
    SubStatus.AVAILABLE_FOR_PICKUP: Status.AVAILABLE_FOR_PICKUP,
    SubStatus.DELIVERED: Status.DELIVERED,
    SubStatus.DELAYED: Status.EXCEPTION,
    SubStatus.ADDRESS_ISSUE: Status.EXCEPTION,
    SubStatus.REFUSED: Status.EXCEPTION,
    SubStatus.RETURNING: Status.EXCEPTION,
    SubStatus.RETURNED: Status.EXCEPTION,
    SubStatus.LOST: Status.EXCEPTION,
    SubStatus.DAMAGED: Status.EXCEPTION,
    SubStatus.CANCELLED: Status.EXCEPTION,
    SubStatus.EXCEPTION: Status.EXCEPTION,
    SubStatus.EXPIRED: Status.EXPIRED,
}

MILESTONES: frozenset[SubStatus] = frozenset(
    {
        SubStatus.ACCEPTED,
        SubStatus.DEPARTED_ORIGIN,
        SubStatus.ARRIVED_DESTINATION,
        SubStatus.CUSTOMS_STARTED,
        SubStatus.CUSTOMS_HELD,
        SubStatus.CUSTOMS_CLEARED,
        SubStatus.HANDED_OVER,
        SubStatus.OUT_FOR_DELIVERY,
        SubStatus.FAILED_ATTEMPT,
        SubStatus.AVAILABLE_FOR_PICKUP,
        SubStatus.DELIVERED,
        SubStatus.RETURNING,
        SubStatus.RETURNED,
        SubStatus.LOST,
        SubStatus.DAMAGED,
    }
)

FINAL_SUB_STATUSES: frozenset[SubStatus] = frozenset(
    {SubStatus.DELIVERED, SubStatus.RETURNED, SubStatus.LOST, SubStatus.CANCELLED}
)

# Journey order, used only to break ties between events stamped with the same time
# (carriers often print "accepted" and "departed" at the same minute).
JOURNEY_RANK: dict[SubStatus, int] = {
    sub: rank
    for rank, sub in enumerate(
        [
            SubStatus.PENDING,
            SubStatus.INFO_RECEIVED,
            SubStatus.ACCEPTED,
            SubStatus.IN_TRANSIT,
            SubStatus.DEPARTED_ORIGIN,
            SubStatus.ARRIVED_DESTINATION,
            SubStatus.CUSTOMS_STARTED,
            SubStatus.CUSTOMS_HELD,
            SubStatus.CUSTOMS_CLEARED,
            SubStatus.DELAYED,
            SubStatus.HANDED_OVER,
            SubStatus.OUT_FOR_DELIVERY,
            SubStatus.ADDRESS_ISSUE,
            SubStatus.FAILED_ATTEMPT,
            SubStatus.AVAILABLE_FOR_PICKUP,
            SubStatus.DELIVERED,
            SubStatus.EXCEPTION,
            SubStatus.DAMAGED,
            SubStatus.REFUSED,
            SubStatus.RETURNING,
            SubStatus.RETURNED,
            SubStatus.LOST,
            SubStatus.CANCELLED,
            SubStatus.EXPIRED,
        ]
    )
}


# --- AfterShip: tag / subtag --------------------------------------------------------------

AFTERSHIP_TAG: dict[Status, str] = {
    Status.PENDING: "Pending",
    Status.INFO_RECEIVED: "InfoReceived",
    Status.IN_TRANSIT: "InTransit",
    Status.OUT_FOR_DELIVERY: "OutForDelivery",
    Status.ATTEMPT_FAIL: "AttemptFail",
    Status.AVAILABLE_FOR_PICKUP: "AvailableForPickup",
    Status.DELIVERED: "Delivered",
    Status.EXCEPTION: "Exception",
    Status.EXPIRED: "Expired",
}

AFTERSHIP_SUBTAG: dict[SubStatus, str] = {
    SubStatus.PENDING: "Pending_001",
    SubStatus.INFO_RECEIVED: "InfoReceived_001",
    SubStatus.ACCEPTED: "InTransit_002",
    SubStatus.IN_TRANSIT: "InTransit_001",
    SubStatus.DEPARTED_ORIGIN: "InTransit_007",
    SubStatus.ARRIVED_DESTINATION: "InTransit_004",
    SubStatus.CUSTOMS_STARTED: "InTransit_006",
    SubStatus.CUSTOMS_HELD: "Exception_004",
    SubStatus.CUSTOMS_CLEARED: "InTransit_005",
    SubStatus.HANDED_OVER: "InTransit_001",  # AfterShip has no handover subtag
    SubStatus.OUT_FOR_DELIVERY: "OutForDelivery_001",
    SubStatus.FAILED_ATTEMPT: "AttemptFail_001",
    SubStatus.AVAILABLE_FOR_PICKUP: "AvailableForPickup_001",
    SubStatus.DELIVERED: "Delivered_001",
    SubStatus.DELAYED: "Exception_005",
    SubStatus.ADDRESS_ISSUE: "Exception_007",
    SubStatus.REFUSED: "Exception_003",
    SubStatus.RETURNING: "Exception_010",
    SubStatus.RETURNED: "Exception_011",
    SubStatus.LOST: "Exception_013",
    SubStatus.DAMAGED: "Exception_012",
    SubStatus.CANCELLED: "Exception_020",
    SubStatus.EXCEPTION: "Exception_001",
    SubStatus.EXPIRED: "Expired_001",
}


def to_aftership(sub: SubStatus) -> tuple[str, str]:
    """Our sub-status as AfterShip's (tag, subtag)."""
    return AFTERSHIP_TAG[sub.status], AFTERSHIP_SUBTAG[sub]


# --- 17TRACK API v2: main status / sub-status ---------------------------------------------

SEVENTEEN_TRACK: dict[SubStatus, tuple[str, str]] = {
    SubStatus.PENDING: ("NotFound", "NotFound_Other"),
    SubStatus.INFO_RECEIVED: ("InfoReceived", "InfoReceived"),
    SubStatus.ACCEPTED: ("InTransit", "InTransit_PickedUp"),
    SubStatus.IN_TRANSIT: ("InTransit", "InTransit_Other"),
    SubStatus.DEPARTED_ORIGIN: ("InTransit", "InTransit_Departure"),
    SubStatus.ARRIVED_DESTINATION: ("InTransit", "InTransit_Arrival"),
    SubStatus.CUSTOMS_STARTED: ("InTransit", "InTransit_CustomsProcessing"),
    SubStatus.CUSTOMS_HELD: ("InTransit", "InTransit_CustomsRequiringInformation"),
    SubStatus.CUSTOMS_CLEARED: ("InTransit", "InTransit_CustomsReleased"),
    SubStatus.HANDED_OVER: ("InTransit", "InTransit_Other"),
    SubStatus.OUT_FOR_DELIVERY: ("OutForDelivery", "OutForDelivery_Other"),
    SubStatus.FAILED_ATTEMPT: ("DeliveryFailure", "DeliveryFailure_Other"),
    SubStatus.AVAILABLE_FOR_PICKUP: ("AvailableForPickup", "AvailableForPickup_Other"),
    SubStatus.DELIVERED: ("Delivered", "Delivered_Other"),
    SubStatus.DELAYED: ("Exception", "Exception_Delayed"),
    SubStatus.ADDRESS_ISSUE: ("DeliveryFailure", "DeliveryFailure_InvalidAddress"),
    SubStatus.REFUSED: ("Exception", "Exception_Rejected"),
    SubStatus.RETURNING: ("Exception", "Exception_Returning"),
    SubStatus.RETURNED: ("Exception", "Exception_Returned"),
    SubStatus.LOST: ("Exception", "Exception_Lost"),
    SubStatus.DAMAGED: ("Exception", "Exception_Damage"),
    SubStatus.CANCELLED: ("Exception", "Exception_Cancel"),
    SubStatus.EXCEPTION: ("Exception", "Exception_Other"),
    SubStatus.EXPIRED: ("Expired", "Expired_Other"),
}


def to_17track(sub: SubStatus) -> tuple[str, str]:
    """Our sub-status as 17TRACK's (main status, sub-status)."""
    return SEVENTEEN_TRACK[sub]
