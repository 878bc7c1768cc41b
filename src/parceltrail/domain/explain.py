"""A plain explanation of where a parcel is, and what to do: for buyers, not for carriers.

This is the one place pages get their words from. When the health rules (``domain.health``)
have a verdict, its explanation wins: the page never says two different things about silence,
delays or carrier troubles. Without a verdict (callers that do not assess health) the status
alone and the quiet-time heuristics below answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from parceltrail.domain.health import INFORMATIONAL, Health, Problem
from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.words import N_, Words

NOT_ACTIVE_GRACE = timedelta(hours=48)

NO_UPDATES_AFTER = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Explanation:
    headline: str
    meaning: str | Words  # Words: a sentence built from values (a health verdict's)
    advice: str
    tone: str  # "ok", "wait", "problem", "done"
    # Values of the %(name)s placeholders in ``meaning``: pages translate the text, then fill.
    values: dict[str, int | str] = field(default_factory=dict)


_HEADLINES: dict[Status, str] = {
    Status.PENDING: N_("Waiting for the carrier"),
    Status.INFO_RECEIVED: N_("Label created, not handed over yet"),
    Status.IN_TRANSIT: N_("On its way"),
    Status.OUT_FOR_DELIVERY: N_("Out for delivery today"),
    Status.ATTEMPT_FAIL: N_("Delivery attempt failed"),
    Status.AVAILABLE_FOR_PICKUP: N_("Ready for pickup"),
    Status.DELIVERED: N_("Delivered"),
    Status.EXCEPTION: N_("There is a problem"),
    Status.EXPIRED: N_("Tracking has stopped"),
}

_SPECIFIC: dict[SubStatus, tuple[str, str, str, str]] = {
    SubStatus.CUSTOMS_STARTED: (
        N_("In customs"),
        N_("The parcel is being checked by customs in the destination country."),
        N_(
            "Customs usually takes a few days. If customs asks you for duties or documents, "
            "answer quickly."
        ),
        "wait",
    ),
    SubStatus.CUSTOMS_HELD: (
        N_("Held by customs"),
        N_("Customs is holding the parcel, often for duties or a document."),
        N_(
            "Look for a message from the carrier or customs; contact the seller if you need an "
            "invoice."
        ),
        "problem",
    ),
    SubStatus.FAILED_ATTEMPT: (
        N_("Delivery attempt failed"),
        N_("The courier tried to deliver but could not."),
        N_("Check for a card or message from the carrier and rearrange delivery or pickup."),
        "problem",
    ),
    SubStatus.LOST: (
        N_("Reported lost"),
        N_("The carrier says the parcel is lost."),
        N_(
            "Contact the seller for a replacement or refund; the tracking history is your evidence."
        ),
        "problem",
    ),
    SubStatus.DELAYED: (
        N_("Delayed"),
        N_("The carrier reports a delay."),
        N_("Wait a few more days; if nothing changes, ask the seller."),
        "wait",
    ),
    SubStatus.RETURNING: (
        N_("Returning to the sender"),
        N_("The parcel is on its way back to the seller."),
        N_("Contact the seller to ask for a new shipment or a refund."),
        "problem",
    ),
    SubStatus.RETURNED: (
        N_("Returned to the sender"),
        N_("The parcel went back to the seller."),
        N_("Contact the seller to ask for a new shipment or a refund."),
        "problem",
    ),
    SubStatus.ADDRESS_ISSUE: (
        N_("Address problem"),
        N_("The carrier cannot deliver to the address as written."),
        N_("Contact the carrier or the seller with the correct address."),
        "problem",
    ),
    SubStatus.AVAILABLE_FOR_PICKUP: (
        N_("Ready for pickup"),
        N_("The parcel waits for you at a pickup point or post office."),
        N_("Collect it soon with an ID; pickup points return parcels after a while."),
        "ok",
    ),
}


# Headline and advice per health problem; the meaning is the verdict's own explanation.
_PROBLEMS: dict[Problem, tuple[str, str]] = {
    Problem.NOT_ACTIVE_YET: (N_("Not active yet"), N_("Nothing to do yet: look again tomorrow.")),
    Problem.NO_INFORMATION: (
        N_("No information from the carrier"),
        N_("Ask the seller to check the number and that the parcel was handed over."),
    ),
    Problem.STALE: (
        N_("No updates for a while"),
        N_("Nothing to do yet; if it stays quiet, contact the seller."),
    ),
    Problem.SUSPECTED_LOST: (
        N_("Possibly lost"),
        N_("Contact the seller; the tracking history is your evidence."),
    ),
    Problem.DELAYED: (
        N_("Delayed"),
        N_("Wait a few more days; if nothing changes, ask the seller."),
    ),
    Problem.CUSTOMS_HELD: (
        N_("Held by customs"),
        N_("Answer customs or the carrier quickly; ask the seller for the invoice if needed."),
    ),
    Problem.FAILED_ATTEMPT: (
        N_("Delivery attempt failed"),
        N_("Rearrange delivery or pickup with the carrier."),
    ),
    Problem.PICKUP_WAITING: (N_("Ready for pickup"), N_("Collect it soon with an ID.")),
    Problem.RETURNING: (
        N_("Returning to the sender"),
        N_("Contact the seller about a new shipment or a refund."),
    ),
    Problem.CARRIER_EXCEPTION: (
        N_("There is a problem"),
        N_("Read the latest event; contact the carrier or the seller."),
    ),
}


# What the seller can do about each problem: the queue speaks to the seller, not the buyer.
SELLER_ADVICE: dict[Problem, str] = {
    Problem.NOT_ACTIVE_YET: N_(
        "Nothing yet: the carrier's first scan usually comes within two days."
    ),
    Problem.NO_INFORMATION: (
        N_(
            "Check that the parcel was handed over and the number is right; if it was wrong, add "
            "the right one to the order."
        )
    ),
    Problem.STALE: N_("Tell the buyer you are watching it; ask the carrier if it stays quiet."),
    Problem.SUSPECTED_LOST: (
        N_(
            "Open an investigation with the carrier, and offer the buyer a new shipment or a "
            "refund."
        )
    ),
    Problem.DELAYED: N_("Tell the buyer it is late; extend their protection if it may run out."),
    Problem.CUSTOMS_HELD: N_("Send the buyer the invoice or documents customs may ask for."),
    Problem.FAILED_ATTEMPT: N_("Remind the buyer to rearrange delivery or collect the parcel."),
    Problem.PICKUP_WAITING: N_(
        "Remind the buyer to collect it before the pickup point sends it back."
    ),
    Problem.RETURNING: N_("Offer the buyer a new shipment or a refund."),
    Problem.CARRIER_EXCEPTION: N_(
        "Read the carrier's latest event and tell the buyer what it means."
    ),
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
    return Explanation(headline, health.said, advice, tone)


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
            N_("Delivered"),
            N_("The carrier says the parcel was delivered."),
            N_("If you did not receive it, check with neighbours, then contact the seller."),
            "done",
        )
    quiet = last_event_at is not None and now - last_event_at > NO_UPDATES_AFTER
    if quiet_rules and quiet and last_event_at and not sub_status.is_final:
        days = (now - last_event_at).days
        return Explanation(
            N_("No updates for a while"),
            N_("The carrier has reported nothing for %(days)s days."),
            N_(
                "Long journeys have quiet stretches, often before or after a flight. If it stays "
                "quiet for another week, contact the seller."
            ),
            "wait",
            {"days": days},
        )
    return Explanation(_HEADLINES[status], _meaning(status), _advice(status), _tone(status))


def _not_active(now: datetime, dispatched_at: datetime | None) -> Explanation:
    if dispatched_at is None or now - dispatched_at <= NOT_ACTIVE_GRACE:
        return Explanation(
            N_("Not active yet"),
            N_("The carrier has no information about this number yet."),
            N_(
                "This is normal: information may take 24-48 hours to appear after the seller "
                "ships. Look again tomorrow."
            ),
            "wait",
        )
    return Explanation(
        N_("No information from the carrier"),
        N_(
            "The parcel was dispatched more than two days ago and the carrier still reports "
            "nothing."
        ),
        N_(
            "The parcel may not have been handed over, or the number may be wrong: ask the "
            "seller to check."
        ),
        "problem",
    )


def _meaning(status: Status) -> str:
    return {
        Status.IN_TRANSIT: N_("The carrier is moving the parcel towards you."),
        Status.OUT_FOR_DELIVERY: N_("A courier has the parcel and should deliver it today."),
        Status.ATTEMPT_FAIL: N_("The courier could not deliver it."),
        Status.EXCEPTION: N_("The carrier reported something unusual."),
        Status.EXPIRED: N_("The carrier stopped reporting on this number."),
    }.get(status, N_("The carrier knows the parcel."))


def _advice(status: Status) -> str:
    if status in (Status.EXCEPTION, Status.EXPIRED, Status.ATTEMPT_FAIL):
        return N_("Read the latest event below; contact the carrier or the seller if unsure.")
    return N_("Nothing to do: we show every update here as it arrives.")


def _tone(status: Status) -> str:
    if status in (Status.EXCEPTION, Status.EXPIRED, Status.ATTEMPT_FAIL):
        return "problem"
    return "ok"
