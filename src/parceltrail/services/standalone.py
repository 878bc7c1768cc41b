"""Standalone trackings started from a lookup: a valid number parceltrail does not know yet,
of a carrier a configured connector can poll, is tracked on its own and polled from now on.

Anyone can look numbers up, so starting is bounded: by the lookup's own rate limit, and by
daily caps on new standalone trackings per client (IP or account) and in all, counted in the
database in the transaction that creates the shipment (so they hold across worker processes
and restarts). A refused start says why; the lookup itself still answers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from parceltrail.domain.errors import InvalidTrackingNumber, TrackingNumberTaken, ValidationFailed
from parceltrail.domain.numbers import Detection, detect, explained, validate_for_carrier
from parceltrail.domain.polling import PollPlan
from parceltrail.domain.rate_limits import Limit, RateLimited
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.words import N_, Words
from parceltrail.services.inbound import start_tracking
from parceltrail.services.polling_ports import PollableCarriers
from parceltrail.services.ports import StandaloneUnitOfWork

DAY = timedelta(days=1)
# A due poll is taken by the next polling sweep (every minute) and answered within seconds:
# the page says to look again this long after the poll is due.
ANSWER_LAG = timedelta(minutes=2)
FIRST_SCAN_DELAY = "24-48 hours"
_STOPPED = {  # translated where shown
    "expired": N_("the carrier reported nothing for 30 days"),
    "invalid": N_("the carrier does not recognise this number"),
    "not_polled": N_("no connector polls its carrier here"),
}


class CarrierNotPollable(ValidationFailed):
    code = "carrier_not_pollable"


@dataclass(frozen=True, slots=True)
class StandaloneCaps:
    per_client: int  # new standalone trackings per client and day; 0 starts none
    overall: int  # in all, per day

    @property
    def limits(self) -> tuple[Limit, Limit]:
        return (
            Limit("standalone", self.per_client, DAY, sliding=False),
            Limit("standalone-all", self.overall, DAY, sliding=False),
        )


@dataclass(frozen=True, slots=True)
class Polling:
    """What a lookup says about polling a number: started now, refused, or scheduled."""

    carrier: str
    started: bool = False
    refused: str | None = None  # why no tracking was started (a daily cap was reached)
    look_again_at: datetime | None = None
    stopped: str | None = None  # final | expired | invalid
    first_scan_pending: bool = False  # no carrier event yet
    refused_words: Words | None = field(default=None, compare=False)  # ``refused``, to translate

    @property
    def stopped_reason(self) -> str | None:
        """Why polling stopped, in words; None while it goes on or after a final status."""
        return _STOPPED.get(self.stopped or "")

    def to_json(self) -> dict[str, Any]:
        return {
            "carrier": self.carrier,
            "started": self.started,
            "look_again_at": self.look_again_at.isoformat() if self.look_again_at else None,
            "stopped": self.stopped,
            "first_scan_pending": self.first_scan_pending,
            "note": f"information can take {FIRST_SCAN_DELAY} to appear after the seller "
            "hands the parcel over"
            if self.first_scan_pending
            else None,
        }

    def minutes_left(self, now: datetime) -> int | None:
        if self.look_again_at is None:
            return None
        return max(1, math.ceil((self.look_again_at - now).total_seconds() / 60))


def start_from_lookup(
    *,
    uow: StandaloneUnitOfWork,
    detection: Detection,
    carrier: str | None,
    pollable: PollableCarriers,
    client: str,
    caps: StandaloneCaps,
    now: datetime,
) -> Polling | None:
    """Start polling a valid, unknown number of a pollable carrier; None when it does not apply
    (invalid number, unknown carrier, no connector). The caller commits."""
    if not detection.valid or not carrier or not pollable.can_poll(carrier):
        return None
    refused = _over_cap(uow, client, caps, now)
    if refused:
        return Polling(carrier, refused=str(refused[0]), refused_words=refused[0])
    return _started(uow, detection.normalized, carrier, now)


def start(
    *,
    uow: StandaloneUnitOfWork,
    tracking_number: str,
    carrier: str | None,
    pollable: PollableCarriers,
    client: str,
    caps: StandaloneCaps,
    now: datetime,
) -> tuple[Polling, bool]:
    """An explicit request (the API) to track a number on its own: (polling, created).

    A number parceltrail knows already answers its polling unchanged; a new one must be valid
    (for ``carrier`` when given), of a pollable carrier, and within the daily caps."""
    detection = detect(tracking_number[:100])
    number = detection.normalized
    existing = uow.shipments.by_numbers([number]).get(number) if number else None
    if existing is not None:
        known = polling_of(uow=uow, shipment=existing, now=now)
        return known or Polling(existing.carrier or carrier or "", stopped="not_polled"), False
    code = _chosen_carrier(detection, carrier)
    if not pollable.can_poll(code):
        raise CarrierNotPollable(
            Words(
                "parceltrail cannot poll {carrier}: no connector for it is configured here; "
                "its events can still arrive through a carrier webhook",
                carrier=code,
            ),
            carrier=code,
        )
    refused = _over_cap(uow, client, caps, now)
    if refused:
        raise RateLimited(refused[0], retry_after=refused[1])
    return _started(uow, number, code, now), True


def _chosen_carrier(detection: Detection, carrier: str | None) -> str:
    if not detection.valid:
        raise InvalidTrackingNumber(
            explained(detection), suggestions=[s.number for s in detection.suggestions]
        )
    if carrier:
        check = validate_for_carrier(detection.normalized, carrier[:64])
        if not check.matches:
            raise InvalidTrackingNumber(check.message, carrier=carrier[:64])
        return check.carrier
    if not detection.carriers:
        raise InvalidTrackingNumber(
            N_('parceltrail cannot tell this number\'s carrier; send it again with "carrier"')
        )
    return detection.carriers[0]


def _started(uow: StandaloneUnitOfWork, number: str, carrier: str, now: datetime) -> Polling:
    try:
        with uow.savepoint():
            shipment = start_tracking(uow=uow, tracking_number=number, carrier=carrier, now=now)
    except TrackingNumberTaken:  # a concurrent lookup started it a moment ago
        shipment = _existing(uow, number)
    uow.polls.schedule(shipment.id, at=now, now=now)
    found = polling_of(uow=uow, shipment=shipment, now=now, started=True)
    assert found is not None  # scheduled just now, with its carrier
    return found


def polling_of(
    *, uow: StandaloneUnitOfWork, shipment: Shipment, now: datetime, started: bool = False
) -> Polling | None:
    """Where a known shipment stands in the polling schedule; None when it was never polled
    nor scheduled, or has no carrier."""
    carrier = shipment.carrier
    plan = uow.polls.plan(shipment.id)
    if plan is None or not carrier:
        return None
    return Polling(
        carrier,
        started=started,
        look_again_at=_look_again_at(uow, carrier, plan, now),
        stopped=plan.stopped,
        first_scan_pending=shipment.state.event_count == 0,
    )


def _look_again_at(
    uow: StandaloneUnitOfWork, carrier: str, plan: PollPlan, now: datetime
) -> datetime | None:
    if plan.next_poll_at is None:
        return None
    due = plan.due_at(now, uow.polls.health(carrier))
    return None if due is None else _whole_minute(due + ANSWER_LAG)


def _whole_minute(moment: datetime) -> datetime:
    rounded = moment.replace(second=0, microsecond=0)
    return rounded if rounded == moment else rounded + timedelta(minutes=1)


def _over_cap(
    uow: StandaloneUnitOfWork, client: str, caps: StandaloneCaps, now: datetime
) -> tuple[Words, float] | None:
    """Why no new tracking may start now, and for how many seconds; None when one may."""
    mine, everyone = caps.limits
    if caps.per_client <= 0 or caps.overall <= 0:
        return Words(
            N_("starting new trackings from lookups is switched off on this parceltrail")
        ), 86400.0
    stamp = now.timestamp()
    wait = uow.rate_windows.take(client, mine, 1, stamp)
    if wait:
        return (
            Words(
                "you have started {count} new trackings today (UTC), the most one visitor may "
                "start in a day; the carrier's own page shows this number meanwhile",
                count=caps.per_client,
            ),
            wait,
        )
    wait = uow.rate_windows.take("all", everyone, 1, stamp)
    if wait:
        return (
            Words(
                N_(
                    "parceltrail has started as many new trackings today (UTC) as it takes "
                    "from lookups in a day; the carrier's own page shows this number "
                    "meanwhile"
                )
            ),
            wait,
        )
    return None


def _existing(uow: StandaloneUnitOfWork, number: str) -> Shipment:
    found = uow.shipments.by_numbers([number]).get(number)
    if found is None:
        raise TrackingNumberTaken(
            Words("tracking number {number} is being started; look again", number=number)
        )
    return found
