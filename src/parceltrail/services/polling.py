"""Poll carriers for due shipments: batches per carrier, each carrier backing off alone.

``poll_due`` is one idempotent sweep with explicit arguments, for the job runner, the CLI or
a loop: it enrols new shipments, then each carrier with due shipments is polled in its own
thread (a slow or failing carrier delays nobody else). It takes a unit-of-work factory: one
transaction per batch, each committed as its block ends. Carrier calls happen outside any
transaction; a failure records the error and a backoff on that carrier.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from parceltrail.domain.health_records import MARK_OVERLAP
from parceltrail.domain.polling import (
    DEFAULT_POLICY,
    DuePoll,
    NextScan,
    PollPolicy,
    backoff_after_failure,
    learn_next_scans,
    next_poll,
    scan_gaps,
)
from parceltrail.domain.shipments import Shipment
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.services import inbound
from parceltrail.services.polling_ports import (
    CarrierClient,
    CarrierUnavailable,
    TrackedNumber,
)
from parceltrail.services.ports import PollingUnitOfWork
from parceltrail.services.tracking import ingest

MAX_REQUESTS_PER_SWEEP = 25  # per carrier: 1,000 numbers at 40 per request
LEARN_FROM = timedelta(days=120)  # the history the next-scan windows are learned from
LEARN_MAX_SCANS = 1_000_000  # bounds the learning sweep's time and memory
ENROL_SWEEP = "polling.enrol"  # its mark in sweep_marks: where the last enrolment read up to
Learned = Mapping[tuple[str, str], NextScan]


@dataclass
class CarrierReport:
    carrier: str
    requests: int = 0
    polled: int = 0
    new_events: int = 0
    handovers: int = 0
    error: str | None = None
    skipped: str | None = None  # "backing_off" | "no_client"


@dataclass
class PollReport:
    enrolled: int = 0
    carriers: list[CarrierReport] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(c.requests for c in self.carriers)

    @property
    def new_events(self) -> int:
        return sum(c.new_events for c in self.carriers)

    def summary(self) -> str:
        parts = [
            f"{c.carrier}: {c.requests} req, {c.polled} polled, {c.new_events} new"
            + (f", error {c.error}" if c.error else "")
            + (f", {c.skipped}" if c.skipped else "")
            for c in self.carriers
        ]
        return f"enrolled {self.enrolled}; " + ("; ".join(parts) or "nothing due")


def poll_due(
    *,
    uow_factory: Callable[[], PollingUnitOfWork],
    clients: Mapping[str, CarrierClient],
    now: datetime,
    policy: PollPolicy = DEFAULT_POLICY,
    max_requests: int = MAX_REQUESTS_PER_SWEEP,
) -> PollReport:
    """One sweep: poll every due shipment of every carrier (at most ``max_requests`` each)."""
    report = PollReport()
    with uow_factory() as uow:
        report.enrolled = enroll(uow, now)
        carriers = uow.polls.due_carriers(now)
        learned = uow.polls.next_scans() if carriers else {}
    if not carriers:
        return report

    def one(carrier: str) -> CarrierReport:
        return poll_carrier(
            uow_factory=uow_factory,
            client=clients.get(carrier),
            carrier=carrier,
            now=now,
            policy=policy,
            max_requests=max_requests,
            learned=learned,
        )

    with ThreadPoolExecutor(max_workers=min(8, len(carriers))) as pool:
        report.carriers = list(pool.map(one, carriers))
    return report


def enroll(uow: PollingUnitOfWork, now: datetime) -> int:
    """Schedule the shipments made or changed since the last enrolment (all of them the first
    time), so that a sweep reads what changed, not every shipment ever tracked."""
    mark = uow.polls.mark(ENROL_SWEEP)
    enrolled = uow.polls.enroll(now, changed_since=mark[0] if mark else None)
    uow.polls.set_mark(ENROL_SWEEP, (now - MARK_OVERLAP, ""))
    return enrolled


def poll_carrier(
    *,
    uow_factory: Callable[[], PollingUnitOfWork],
    client: CarrierClient | None,
    carrier: str,
    now: datetime,
    policy: PollPolicy,
    max_requests: int,
    learned: Learned | None = None,
) -> CarrierReport:
    """Poll one carrier's due shipments in batches until none is due or the budget is spent."""
    report = CarrierReport(carrier)
    if client is None:
        report.skipped = "no_client"
        return report
    with uow_factory() as uow:
        health = uow.polls.health(carrier)
    if health and health.backing_off(now):
        report.skipped = "backing_off"
        return report
    for _ in range(max_requests):
        with uow_factory() as uow:
            due = uow.polls.due(carrier, now, client.batch_limit)
        if not due:
            break
        try:
            answers = client.track([d.tracking_number for d in due], now=now)
        except CarrierUnavailable as exc:
            report.requests += 1
            report.error = exc.message
            _record_failure(uow_factory, carrier, exc, now, policy)
            break
        report.requests += 1
        report.polled += len(due)
        _apply(uow_factory, carrier, due, answers, now, (policy, learned or {}), report)
    return report


def _record_failure(
    uow_factory: Callable[[], PollingUnitOfWork],
    carrier: str,
    exc: CarrierUnavailable,
    now: datetime,
    policy: PollPolicy,
) -> None:
    with uow_factory() as uow:
        health = uow.polls.health(carrier)
        until = backoff_after_failure(health, now=now, retry_after=exc.retry_after, policy=policy)
        uow.polls.record_failure(carrier, error=exc.message, now=now, backoff_until=until)


def _apply(
    uow_factory: Callable[[], PollingUnitOfWork],
    carrier: str,
    due: list[DuePoll],
    answers: list[TrackedNumber],
    now: datetime,
    schedule: tuple[PollPolicy, Learned],
    report: CarrierReport,
) -> None:
    """Store one batch's answers and reschedule each shipment, in one transaction."""
    by_number = {a.number: a for a in answers}
    with uow_factory() as uow:
        events: list[TrackingEvent] = [e for a in answers if not a.error for e in a.events]
        result = ingest(uow=uow, actor=None, events=list(enumerate(events)), now=now)
        report.new_events += result.accepted
        for answer in answers:
            if answer.handover and not answer.error:
                new_number, new_carrier = answer.handover
                inbound.continue_under(
                    uow=uow,
                    tracking_number=answer.number,
                    new_number=new_number,
                    carrier=new_carrier,
                    now=now,
                )
                report.handovers += 1
        shipments = uow.shipments.by_numbers(d.tracking_number for d in due)
        for item in due:
            found = by_number.get(item.tracking_number)
            _reschedule(uow, item, shipments.get(item.tracking_number), found, now, schedule)
        uow.polls.record_success(carrier, now)


def _reschedule(
    uow: PollingUnitOfWork,
    item: DuePoll,
    shipment: Shipment | None,
    answer: TrackedNumber | None,
    now: datetime,
    schedule: tuple[PollPolicy, Learned],
) -> None:
    policy, learned = schedule
    offset, last_scan = item.utc_offset_minutes, item.last_scan
    if answer and answer.events:
        latest = max(answer.events, key=lambda e: e.occurred_at)
        offset = latest.utc_offset_minutes
        last_scan = _scan_of(latest)
    if shipment is None or (answer is not None and answer.error == "invalid_number"):
        uow.polls.reschedule(
            item.shipment_id,
            next_poll_at=None,
            stopped="invalid",
            polled_at=now,
            utc_offset_minutes=offset,
            last_scan=last_scan,
        )
        return
    state = shipment.state
    decision = next_poll(
        sub_status=state.sub_status,
        last_event_at=state.last_event_at,
        started_at=shipment.dispatched_at or item.enrolled_at,
        now=now,
        utc_offset_minutes=offset,
        policy=policy,
        expected=learned.get(last_scan) if last_scan else None,
    )
    next_at = decision.at
    if next_at is not None and answer and answer.handover and not answer.error:
        next_at = now  # the new number was never asked: its carrier is asked at the next sweep
    uow.polls.reschedule(
        item.shipment_id,
        next_poll_at=next_at,
        stopped=decision.stopped,
        polled_at=now,
        utc_offset_minutes=offset,
        last_scan=last_scan,
    )


def _scan_of(event: TrackingEvent) -> tuple[str, str] | None:
    """The (carrier, code) a learned window is looked up by, as ``scan_history`` reads it."""
    code = event.raw_code or (event.sub_status.value if event.sub_status else None)
    return (event.carrier, code[:64]) if event.carrier and code else None


def learn_windows(*, uow_factory: Callable[[], PollingUnitOfWork], now: datetime) -> int:
    """Learn each carrier's next-scan windows from the recent history; the count learned."""
    with uow_factory() as uow:
        history = uow.polls.scan_history(since=now - LEARN_FROM, limit=LEARN_MAX_SCANS)
        learned = learn_next_scans(gap for scans in history for gap in scan_gaps(scans))
        uow.polls.replace_next_scans(learned, now=now)
    return len(learned)
