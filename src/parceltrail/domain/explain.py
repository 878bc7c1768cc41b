"""A plain explanation of where a parcel is, and what to do: for buyers, not for carriers.

This is the one place pages get their words from. When the health rules (``domain.health``)
have a verdict, its explanation wins: the page never says two different things about silence,
delays or carrier troubles. Without a verdict (callers that do not assess health) the status
alone and the quiet-time heuristics below answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from parceltrail.domain.health import INFORMATIONAL, Health, Problem
from parceltrail.domain.status import Status, SubStatus

NOT_ACTIVE_GRACE = timedelta(hours=48)
NO_UPDATES_AFTER = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Explanation:
    headline: str
    meaning: str
    advice: str
    tone: str  # "ok", "wait", "problem", "done"


_HEADLINES: dict[Status, str] = {
    Status.PENDING: "Waiting for the carrier",
    Status.INFO_RECEIVED: "Label created, not handed over yet",
    Status.IN_TRANSIT: "On its way",
    Status.OUT_FOR_DELIVERY: "Out for delivery today",
    Status.ATTEMPT_FAIL: "Delivery attempt failed",
    Status.AVAILABLE_FOR_PICKUP: "Ready for pickup",
    Status.DELIVERED: "Delivered",
    Status.EXCEPTION: "There is a problem",
    Status.EXPIRED: "Tracking has stopped",
}

_SPECIFIC: dict[SubStatus, tuple[str, str, str, str]] = {
    SubStatus.CUSTOMS_STARTED: (
        "In customs", "The parcel is being checked by customs in the destination country.",
        "Customs usually takes a few days. If customs asks you for duties or documents, "
        "answer quickly.", "wait"),
    SubStatus.CUSTOMS_HELD: (
        "Held by customs", "Customs is holding the parcel, often for duties or a document.",
        "Look for a message from the carrier or customs; contact the seller if you need an "
        "invoice.", "problem"),
    SubStatus.FAILED_ATTEMPT: (
        "Delivery attempt failed", "The courier tried to deliver but could not.",
        "Check for a card or message from the carrier and rearrange delivery or pickup.",
        "problem"),
    SubStatus.LOST: (
        "Reported lost", "The carrier says the parcel is lost.",
        "Contact the seller for a replacement or refund; the tracking history is your "
        "evidence.", "problem"),
    SubStatus.DELAYED: (
        "Delayed", "The carrier reports a delay.",
        "Wait a few more days; if nothing changes, ask the seller.", "wait"),
    SubStatus.RETURNING: (
        "Returning to the sender", "The parcel is on its way back to the seller.",
        "Contact the seller to ask for a new shipment or a refund.", "problem"),
    SubStatus.RETURNED: (
        "Returned to the sender", "The parcel went back to the seller.",
        "Contact the seller to ask for a new shipment or a refund.", "problem"),
    SubStatus.ADDRESS_ISSUE: (
        "Address problem", "The carrier cannot deliver to the address as written.",
        "Contact the carrier or the seller with the correct address.", "problem"),
    SubStatus.AVAILABLE_FOR_PICKUP: (
        "Ready for pickup", "The parcel waits for you at a pickup point or post office.",
        "Collect it soon with an ID; pickup points return parcels after a while.", "ok"),
}


# Headline and advice per health problem; the meaning is the verdict's own explanation.
_PROBLEMS: dict[Problem, tuple[str, str]] = {
    Problem.NOT_ACTIVE_YET: (
        "Not active yet", "Nothing to do yet: look again tomorrow."),
    Problem.NO_INFORMATION: (
        "No information from the carrier",
        "Ask the seller to check the number and that the parcel was handed over."),
    Problem.STALE: (
        "No updates for a while",
        "Nothing to do yet; if it stays quiet, contact the seller."),
    Problem.SUSPECTED_LOST: (
        "Possibly lost", "Contact the seller; the tracking history is your evidence."),
    Problem.DELAYED: (
        "Delayed", "Wait a few more days; if nothing changes, ask the seller."),
    Problem.CUSTOMS_HELD: (
        "Held by customs", "Answer customs or the carrier quickly; ask the seller for the "
        "invoice if needed."),
    Problem.FAILED_ATTEMPT: (
        "Delivery attempt failed", "Rearrange delivery or pickup with the carrier."),
    Problem.PICKUP_WAITING: (
        "Ready for pickup", "Collect it soon with an ID."),
    Problem.RETURNING: (
        "Returning to the sender", "Contact the seller about a new shipment or a refund."),
    Problem.CARRIER_EXCEPTION: (
        "There is a problem", "Read the latest event; contact the carrier or the seller."),
}


# What the seller can do about each problem: the queue speaks to the seller, not the buyer.
SELLER_ADVICE: dict[Problem, str] = {
    Problem.NOT_ACTIVE_YET: "Nothing yet: the carrier's first scan usually comes within two days.",
    Problem.NO_INFORMATION: (
        "Check that the parcel was handed over and the number is right; if it was wrong, add "
        "the right one to the order."),
    Problem.STALE: "Tell the buyer you are watching it; ask the carrier if it stays quiet.",
    Problem.SUSPECTED_LOST: (
        "Open an investigation with the carrier, and offer the buyer a new shipment or a "
        "refund."),
    Problem.DELAYED: "Tell the buyer it is late; extend their protection if it may run out.",
    Problem.CUSTOMS_HELD: "Send the buyer the invoice or documents customs may ask for.",
    Problem.FAILED_ATTEMPT: "Remind the buyer to rearrange delivery or collect the parcel.",
    Problem.PICKUP_WAITING: "Remind the buyer to collect it before the pickup point sends it back.",
    Problem.RETURNING: "Offer the buyer a new shipment or a refund.",
    Problem.CARRIER_EXCEPTION: "Read the carrier's latest event and tell the buyer what it means.",
}


def _from_health(health: Health) -> Explanation:
    assert health.problem is not None
    headline, advice = _PROBLEMS[health.problem]
    if health.problem is Problem.PICKUP_WAITING:
        tone = "ok"
    elif health.problem in INFORMATIONAL or health.problem in (Problem.STALE, Problem.DELAYED):
        tone = "wait"
    else:
        tone = "problem"
    return Explanation(headline, health.explanation, advice, tone)


def explain(
    sub_status: SubStatus,
    *,
    now: datetime,
    dispatched_at: datetime | None,
    last_event_at: datetime | None,
    health: Health | None = None,
) -> Explanation:
    """The headline, meaning and advice for a tracking in ``sub_status`` at ``now``.

    With ``health`` (the verdict as of ``now``), a problem it names wins, and its silence and
    not-active rules replace the heuristics here.
    """
    if health is not None and health.problem is not None:
        return _from_health(health)
    if sub_status in _SPECIFIC:
        return Explanation(*_SPECIFIC[sub_status])
    status = sub_status.status
    quiet_rules = health is None  # a verdict without a problem means "moving as expected"
    if quiet_rules and status in (Status.PENDING, Status.INFO_RECEIVED) and last_event_at is None:
        return _not_active(now, dispatched_at)
    if status is Status.DELIVERED:
        return Explanation(
            "Delivered", "The carrier says the parcel was delivered.",
            "If you did not receive it, check with neighbours, then contact the seller.", "done")
    quiet = last_event_at is not None and now - last_event_at > NO_UPDATES_AFTER
    if quiet_rules and quiet and last_event_at and not sub_status.is_final:
        days = (now - last_event_at).days
        return Explanation(
            "No updates for a while", f"The carrier has reported nothing for {days} days.",
            "Long journeys have quiet stretches, often before or after a flight. If it stays "
            "quiet for another week, contact the seller.", "wait")
    return Explanation(_HEADLINES[status], _meaning(status), _advice(status), _tone(status))


def _not_active(now: datetime, dispatched_at: datetime | None) -> Explanation:
    if dispatched_at is None or now - dispatched_at <= NOT_ACTIVE_GRACE:
        return Explanation(
            "Not active yet", "The carrier has no information about this number yet.",
            "This is normal: information may take 24-48 hours to appear after the seller "
            "ships. Look again tomorrow.", "wait")
    return Explanation(
        "No information from the carrier",
        "The parcel was dispatched more than two days ago and the carrier still reports "
        "nothing.",
        "The parcel may not have been handed over, or the number may be wrong: ask the seller "
        "to check.", "problem")


def _meaning(status: Status) -> str:
    return {
        Status.IN_TRANSIT: "The carrier is moving the parcel towards you.",
        Status.OUT_FOR_DELIVERY: "A courier has the parcel and should deliver it today.",
        Status.ATTEMPT_FAIL: "The courier could not deliver it.",
        Status.EXCEPTION: "The carrier reported something unusual.",
        Status.EXPIRED: "The carrier stopped reporting on this number.",
    }.get(status, "The carrier knows the parcel.")


def _advice(status: Status) -> str:
    if status in (Status.EXCEPTION, Status.EXPIRED, Status.ATTEMPT_FAIL):
        return "Read the latest event below; contact the carrier or the seller if unsure."
    return "Nothing to do: we show every update here as it arrives."


def _tone(status: Status) -> str:
    if status in (Status.EXCEPTION, Status.EXPIRED, Status.ATTEMPT_FAIL):
        return "problem"
    return "ok"
