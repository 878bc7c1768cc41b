"""Is this parcel all right? Rules that notice problems before the buyer does, and explain them.

``assess`` is a pure function of a shipment's facts, the time and the thresholds. Besides the
verdict it returns ``recheck_at``: the moment the verdict could change if no new event arrives.
Storing that moment lets the health sweep visit only shipments whose verdict may have changed,
instead of reading every shipment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from parceltrail.domain.status import Status, SubStatus
from parceltrail.domain.words import N_, Words


class Problem(StrEnum):
    NOT_ACTIVE_YET = "not_active_yet"
    NO_INFORMATION = "no_information"
    STALE = "stale"
    SUSPECTED_LOST = "suspected_lost"
    DELAYED = "delayed"
    CUSTOMS_HELD = "customs_held"
    FAILED_ATTEMPT = "failed_attempt"
    PICKUP_WAITING = "pickup_waiting"
    RETURNING = "returning"
    CARRIER_EXCEPTION = "carrier_exception"


# Problems that are normal waiting, not trouble: shown, but nobody is alarmed.
INFORMATIONAL: frozenset[Problem] = frozenset({Problem.NOT_ACTIVE_YET, Problem.PICKUP_WAITING})

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)


def _default_stale_after() -> dict[SubStatus, timedelta]:
    """How long each step usually stays silent before silence means trouble (China lanes).

    Long-haul steps are quiet for a week or more (air line-haul 7-14 days before the next
    scan; customs 1-10 days); last-mile steps are not. Anything not listed uses ``stale_after``.
    """
    return {
        SubStatus.INFO_RECEIVED: 7 * DAY,
        SubStatus.ACCEPTED: 10 * DAY,
        SubStatus.IN_TRANSIT: 10 * DAY,
        SubStatus.DEPARTED_ORIGIN: 14 * DAY,
        SubStatus.ARRIVED_DESTINATION: 10 * DAY,
        SubStatus.CUSTOMS_STARTED: 10 * DAY,
        SubStatus.CUSTOMS_CLEARED: 7 * DAY,
        SubStatus.HANDED_OVER: 7 * DAY,
        SubStatus.OUT_FOR_DELIVERY: 2 * DAY,
        SubStatus.FAILED_ATTEMPT: 5 * DAY,
    }


@dataclass(frozen=True)
class Thresholds:
    """Every period the rules use; settings can override each one."""

    not_active_window: timedelta = 48 * HOUR
    no_information_after: timedelta = 7 * DAY
    stale_after: timedelta = 10 * DAY
    stale_after_by_step: dict[SubStatus, timedelta] = field(default_factory=_default_stale_after)
    lost_factor: float = 3.0  # suspected lost once silent this many times the stale period
    delay_grace: timedelta = DAY

    def stale_period(self, step: SubStatus) -> timedelta:
        return self.stale_after_by_step.get(step, self.stale_after)


# The rules' periods unless a caller passes others (as PollPolicy's DEFAULT_POLICY): named once
# here, never re-built at each use.
DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules look at; all times UTC."""

    status: Status
    sub_status: SubStatus
    dispatched_at: datetime | None
    last_event_at: datetime | None
    eta_latest: datetime | None = None
    typical_step: timedelta | None = None  # learned time this lane spends in this step
    standalone: bool = False  # a number someone looked up or posted, with no order behind it


@dataclass(frozen=True, slots=True)
class Health:
    problem: Problem | None
    since: datetime | None
    explanation: str  # in English: the API's and the log's
    recheck_at: datetime | None  # None: nothing can change without a new event
    # The same sentence for pages and mails to write in their reader's language
    words: Words | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        problem: Problem | None,
        since: datetime | None,
        words: Words,
        recheck_at: datetime | None,
    ) -> Health:
        return cls(problem, since, str(words), recheck_at, words)

    @property
    def said(self) -> Words:
        """The explanation as words to translate (a stored verdict of old: its English)."""
        return self.words or Words(self.explanation)

    @property
    def is_trouble(self) -> bool:
        return self.problem is not None and self.problem not in INFORMATIONAL


def assess(facts: Facts, now: datetime, rules: Thresholds = DEFAULT_THRESHOLDS) -> Health:
    """The parcel's problem now (or None), since when, why, and when to look again."""
    if facts.sub_status.is_final or facts.status is Status.EXPIRED:
        return Health.of(None, None, Words(N_("No further carrier updates are expected.")), None)
    if facts.last_event_at is None:
        return _before_first_event(facts, now, rules)
    carrier_state = _carrier_exception(facts)
    if carrier_state is not None:
        return carrier_state
    return _silence_or_delay(facts, now, rules)


def _before_first_event(facts: Facts, now: datetime, rules: Thresholds) -> Health:
    start = facts.dispatched_at or now
    active_by = start + rules.not_active_window
    if now < active_by:
        said = (
            N_(
                "parceltrail is asking the carrier about this number, but it has not scanned the "
                "parcel yet. Carrier information usually appears within 24 to 48 hours after "
                "the parcel is handed over."
            )
            if facts.standalone
            else N_(
                "The seller has dispatched the parcel, but the carrier has not scanned it "
                "yet. Carrier information usually appears within 24 to 48 hours after the "
                "parcel is handed over."
            )
        )
        return Health.of(Problem.NOT_ACTIVE_YET, start, Words(said), active_by)
    no_info_by = start + rules.no_information_after
    if now < no_info_by:
        said = (
            N_(
                "The carrier has not reported this parcel yet, later than usual. Check again "
                "tomorrow; check the number with the sender if it stays silent."
            )
            if facts.standalone
            else N_(
                "The carrier has not reported this parcel yet, later than usual. Check "
                "again tomorrow; the seller is asked to check if it stays silent."
            )
        )
        return Health.of(Problem.NOT_ACTIVE_YET, start, Words(said), no_info_by)
    said = (
        N_(
            "No carrier information {days} days since tracking started. The parcel may not "
            "have been handed over yet, or the number may be wrong: check the number with the "
            "sender."
        )
        if facts.standalone
        else N_(
            "No carrier information {days} days after dispatch. The parcel may not have "
            "been handed over yet, or the number may be wrong: the seller is asked to "
            "check."
        )
    )
    return Health.of(Problem.NO_INFORMATION, no_info_by, Words(said, days=(now - start).days), None)


_CARRIER_EXCEPTIONS: dict[SubStatus, tuple[Problem, str]] = {
    SubStatus.CUSTOMS_HELD: (
        Problem.CUSTOMS_HELD,
        N_(
            "Customs is holding the parcel. Customs may need a document or a payment: check "
            "messages from the carrier or customs, and ask the seller for the invoice if needed."
        ),
    ),
    SubStatus.FAILED_ATTEMPT: (
        Problem.FAILED_ATTEMPT,
        N_(
            "The carrier tried to deliver and could not. Arrange a new delivery or collect the "
            "parcel before the storage period ends, or it goes back to the sender."
        ),
    ),
    SubStatus.ADDRESS_ISSUE: (
        Problem.FAILED_ATTEMPT,
        N_(
            "The carrier has a problem with the address. Contact the carrier with the tracking "
            "number and the full address, and tell the seller."
        ),
    ),
    SubStatus.AVAILABLE_FOR_PICKUP: (
        Problem.PICKUP_WAITING,
        N_(
            "The parcel is waiting at a pickup point. Collect it with the tracking number and an "
            "ID before the storage period ends."
        ),
    ),
    SubStatus.RETURNING: (
        Problem.RETURNING,
        N_(
            "The parcel is on its way back to the sender. Contact the seller about a new "
            "shipment or a refund."
        ),
    ),
    SubStatus.REFUSED: (
        Problem.RETURNING,
        N_("The parcel was refused and will go back to the sender. Contact the seller."),
    ),
    SubStatus.DAMAGED: (
        Problem.CARRIER_EXCEPTION,
        N_(
            "The carrier reports the parcel damaged. Keep the packaging, take photos and contact "
            "the seller; a dispute can be opened with the tracking history as evidence."
        ),
    ),
    SubStatus.DELAYED: (
        Problem.DELAYED,
        N_("The carrier reports a delay. No action is needed yet; parceltrail keeps watching."),
    ),
    SubStatus.EXCEPTION: (
        Problem.CARRIER_EXCEPTION,
        N_(
            "The carrier reports a problem. Read the latest event, and contact the carrier or "
            "the seller if it asks for action."
        ),
    ),
}


def _carrier_exception(facts: Facts) -> Health | None:
    found = _CARRIER_EXCEPTIONS.get(facts.sub_status)
    if found is None:
        return None
    problem, explanation = found
    return Health.of(problem, facts.last_event_at, Words(explanation), None)


def _silence_or_delay(facts: Facts, now: datetime, rules: Thresholds) -> Health:
    assert facts.last_event_at is not None
    stale_period = max(rules.stale_period(facts.sub_status), facts.typical_step or timedelta(0))
    stale_at = facts.last_event_at + stale_period
    lost_at = facts.last_event_at + stale_period * rules.lost_factor
    late_at = facts.eta_latest + rules.delay_grace if facts.eta_latest else None
    silent_days = (now - facts.last_event_at).days
    if now >= lost_at:
        return Health.of(
            Problem.SUSPECTED_LOST,
            lost_at,
            Words(
                N_(
                    "No carrier update for {days} days, far longer than this step usually "
                    "takes. The parcel may be lost: contact the seller; a dispute can be "
                    "opened."
                ),
                days=silent_days,
            ),
            None,
        )
    if now >= stale_at:
        return Health.of(
            Problem.STALE,
            stale_at,
            Words(
                N_(
                    "No carrier update for {days} days, longer than this step usually takes. "
                    "Parcels often move again without a scan; parceltrail keeps watching."
                ),
                days=silent_days,
            ),
            lost_at,
        )
    if late_at is not None and now >= late_at:
        return Health.of(
            Problem.DELAYED,
            late_at,
            Words(
                N_(
                    "The parcel is later than the latest expected delivery date. It is still "
                    "moving; contact the seller if it does not arrive soon."
                )
            ),
            stale_at,
        )
    recheck = min(stale_at, late_at) if late_at else stale_at
    return Health.of(None, None, Words(N_("The parcel is moving as expected.")), recheck)
