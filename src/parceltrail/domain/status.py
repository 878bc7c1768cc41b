"""One status taxonomy for every parcel, and the one place that maps it to the outside.

A shipment has a main ``Status`` (the nine AfterShip tags, so integrators meet a familiar
vocabulary) and a finer ``SubStatus``. Every sub-status belongs to exactly one main status.
The sub-statuses listed in ``MILESTONES`` mark steps of the journey that the timeline keeps
with the time they were first reached.

Mapping tables to and from AfterShip (tag/subtag) and 17TRACK (main/sub status) live at the
bottom of this module; connectors for other sources map their raw codes in their own module
onto these ``SubStatus`` values.
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

# Incoming subtags that have no sub-status of their own fold onto the nearest one.
_AFTERSHIP_SUBTAG_IN: dict[str, SubStatus] = {
    **{subtag: sub for sub, subtag in AFTERSHIP_SUBTAG.items() if sub is not SubStatus.HANDED_OVER},
    "InTransit_003": SubStatus.IN_TRANSIT,  # an arrival scan, not a handover
    "InTransit_008": SubStatus.IN_TRANSIT,
    "InTransit_009": SubStatus.IN_TRANSIT,
    "OutForDelivery_003": SubStatus.OUT_FOR_DELIVERY,
    "OutForDelivery_004": SubStatus.OUT_FOR_DELIVERY,
    "AttemptFail_002": SubStatus.FAILED_ATTEMPT,
    "AttemptFail_003": SubStatus.FAILED_ATTEMPT,
    "Delivered_002": SubStatus.DELIVERED,
    "Delivered_003": SubStatus.DELIVERED,
    "Delivered_004": SubStatus.DELIVERED,
    "Delivered_005": SubStatus.DELIVERED,
    "Exception_002": SubStatus.ADDRESS_ISSUE,
    "Exception_006": SubStatus.CUSTOMS_HELD,
    "Exception_008": SubStatus.EXCEPTION,
    "Exception_009": SubStatus.EXCEPTION,  # rejected by the carrier, not by the recipient
    "Exception_016": SubStatus.DELAYED,
    "Exception_017": SubStatus.DELAYED,
    "Exception_018": SubStatus.CUSTOMS_HELD,
    "Exception_019": SubStatus.DELAYED,
    "Exception_021": SubStatus.LOST,
}

_AFTERSHIP_TAG_IN: dict[str, SubStatus] = {
    "Pending": SubStatus.PENDING,
    "InfoReceived": SubStatus.INFO_RECEIVED,
    "InTransit": SubStatus.IN_TRANSIT,
    "OutForDelivery": SubStatus.OUT_FOR_DELIVERY,
    "AttemptFail": SubStatus.FAILED_ATTEMPT,
    "AvailableForPickup": SubStatus.AVAILABLE_FOR_PICKUP,
    "Delivered": SubStatus.DELIVERED,
    "Exception": SubStatus.EXCEPTION,
    "Expired": SubStatus.EXPIRED,
}


def to_aftership(sub: SubStatus) -> tuple[str, str]:
    """Our sub-status as AfterShip's (tag, subtag)."""
    return AFTERSHIP_TAG[sub.status], AFTERSHIP_SUBTAG[sub]


def from_aftership(tag: str | None, subtag: str | None) -> SubStatus | None:
    """AfterShip's tag/subtag as our sub-status; None when neither is known."""
    if subtag and subtag in _AFTERSHIP_SUBTAG_IN:
        return _AFTERSHIP_SUBTAG_IN[subtag]
    if tag and tag in _AFTERSHIP_TAG_IN:
        return _AFTERSHIP_TAG_IN[tag]
    return None


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

_SEVENTEEN_TRACK_SUB_IN: dict[str, SubStatus] = {
    **{
        sub17: sub
        for sub, (_, sub17) in SEVENTEEN_TRACK.items()
        if sub is not SubStatus.HANDED_OVER
    },
    "NotFound_InvalidCode": SubStatus.PENDING,
    "DeliveryFailure_NoBody": SubStatus.FAILED_ATTEMPT,
    "DeliveryFailure_Security": SubStatus.FAILED_ATTEMPT,
    "DeliveryFailure_Rejected": SubStatus.REFUSED,
    "Exception_NoBody": SubStatus.EXCEPTION,
    "Exception_Security": SubStatus.EXCEPTION,
    "Exception_Destroyed": SubStatus.LOST,
}

_SEVENTEEN_TRACK_MAIN_IN: dict[str, SubStatus] = {
    "NotFound": SubStatus.PENDING,
    "InfoReceived": SubStatus.INFO_RECEIVED,
    "InTransit": SubStatus.IN_TRANSIT,
    "Expired": SubStatus.EXPIRED,
    "AvailableForPickup": SubStatus.AVAILABLE_FOR_PICKUP,
    "OutForDelivery": SubStatus.OUT_FOR_DELIVERY,
    "DeliveryFailure": SubStatus.FAILED_ATTEMPT,
    "Delivered": SubStatus.DELIVERED,
    "Exception": SubStatus.EXCEPTION,
}


def to_17track(sub: SubStatus) -> tuple[str, str]:
    """Our sub-status as 17TRACK's (main status, sub-status)."""
    return SEVENTEEN_TRACK[sub]


def from_17track(main: str | None, sub_status: str | None) -> SubStatus | None:
    """17TRACK's main/sub status as our sub-status; None when neither is known."""
    if sub_status and sub_status in _SEVENTEEN_TRACK_SUB_IN:
        return _SEVENTEEN_TRACK_SUB_IN[sub_status]
    if main and main in _SEVENTEEN_TRACK_MAIN_IN:
        return _SEVENTEEN_TRACK_MAIN_IN[main]
    return None


# --- EasyPost trackers: status / status_detail --------------------------------------------

# A tracker status that settles the question whatever the detail says.
_EASYPOST_DECISIVE: dict[str, SubStatus] = {
    "delivered": SubStatus.DELIVERED,
    "available_for_pickup": SubStatus.AVAILABLE_FOR_PICKUP,
    "cancelled": SubStatus.CANCELLED,
    "return_to_sender": SubStatus.RETURNING,
}

_EASYPOST_STATUS_IN: dict[str, SubStatus] = {
    **_EASYPOST_DECISIVE,
    "pre_transit": SubStatus.INFO_RECEIVED,
    "in_transit": SubStatus.IN_TRANSIT,
    "out_for_delivery": SubStatus.OUT_FOR_DELIVERY,
    "failure": SubStatus.EXCEPTION,
}

# Details that say more than the status; "status_update", "unknown", "failure" and
# "awaiting_information" say nothing of their own, so the status decides.
_EASYPOST_DETAIL_IN: dict[str, SubStatus] = {
    "label_created": SubStatus.INFO_RECEIVED,
    "received_at_origin_facility": SubStatus.ACCEPTED,
    "departed_origin_facility": SubStatus.DEPARTED_ORIGIN,
    "arrived_at_facility": SubStatus.IN_TRANSIT,
    "departed_facility": SubStatus.IN_TRANSIT,
    "in_transit": SubStatus.IN_TRANSIT,
    "arrived_at_destination": SubStatus.ARRIVED_DESTINATION,
    "received_at_destination_facility": SubStatus.ARRIVED_DESTINATION,
    "transferred_to_destination_carrier": SubStatus.HANDED_OVER,
    "out_for_delivery": SubStatus.OUT_FOR_DELIVERY,
    "arrived_at_pickup_location": SubStatus.AVAILABLE_FOR_PICKUP,
    "delivery_exception": SubStatus.FAILED_ATTEMPT,
    "address_correction": SubStatus.ADDRESS_ISSUE,
    "delayed": SubStatus.DELAYED,
    "weather_delay": SubStatus.DELAYED,
    "missorted": SubStatus.DELAYED,
    "held": SubStatus.EXCEPTION,
    "transit_exception": SubStatus.EXCEPTION,
    "damaged": SubStatus.DAMAGED,
    "lost": SubStatus.LOST,
    "refused": SubStatus.REFUSED,
    "return": SubStatus.RETURNING,
    "cancelled": SubStatus.CANCELLED,
    "expired": SubStatus.EXPIRED,
}


def from_easypost(status: str | None, status_detail: str | None) -> SubStatus | None:
    """EasyPost's tracker status/status_detail as our sub-status; None when neither is known."""
    if status and status in _EASYPOST_DECISIVE:
        return _EASYPOST_DECISIVE[status]
    if status_detail and status_detail in _EASYPOST_DETAIL_IN:
        return _EASYPOST_DETAIL_IN[status_detail]
    if status and status in _EASYPOST_STATUS_IN:
        return _EASYPOST_STATUS_IN[status]
    return None
