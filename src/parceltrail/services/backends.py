"""Tracking backends: every dispatched or looked-up number registered with the backend its
carrier is routed to, its events pushed or fetched, and tracking stopped once it is over.

The sweeps (jobs/sweeps.py) call, in short transactions from a unit-of-work factory:

- ``enroll``: each new shipment gets a registration at the backend the routing policy picks
  (``direct`` when its carrier's own API is polled);
- ``register_due``: pending numbers are registered in batches, orders first, within each
  backend's daily and monthly budget; a used-up budget pauses them until it resumes, a failing
  backend is retried with backoff;
- ``fetch_silent``: a registered number no push reached for longer than usual is fetched;
- ``stop_finished``: numbers whose journey ended (or went silent) are stopped;
- ``retrack_stopped``: numbers a backend stopped by itself while their journey goes on here
  are tracked again;
- ``follow_carriers``: a number whose carrier parceltrail now names differently (a seller's
  correction) is changed at its backend, or registered again under the new carrier.

Backend calls happen outside any transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TypeVar

from parceltrail.domain.backends import (
    DIRECT,
    DISPLAY_NAMES,
    LOOKUP,
    MAX_ATTEMPTS,
    NOT_RETRACKED,
    ORDER,
    STOPPED_THERE,
    Allowance,
    Budget,
    Registration,
    RegistrationState,
    RoutingPolicy,
    Timing,
    Usage,
    allowance,
    fetch_due,
    next_day,
    paused_note,
    quietest_first,
    retrack_due,
    retry_at,
    stop_reason,
    stopped_there,
)
from parceltrail.domain.health_records import MARK_OVERLAP
from parceltrail.domain.status import SubStatus
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.services.backend_ports import (
    BackendQuotaExhausted,
    BackendUnavailable,
    CarrierChanging,
    CarrierListing,
    Quota,
    Retracking,
    Started,
    TrackingBackend,
    Wanted,
)
from parceltrail.services.polling_ports import PollableCarriers, TrackedNumber
from parceltrail.services.ports import BackendsUnitOfWork, TrackingUnitOfWork
from parceltrail.services.tracking import ingest

ENROLL_LIMIT = 500  # shipments a sweep enrols; the next sweep takes the rest
ENROL_SWEEP = "backends.enrol"  # its mark in sweep_marks: where the last whole enrolment read
MAX_CALLS = 10  # register calls per backend a sweep
PAGE = 200  # registrations read at a time by the upkeep sweeps
Factory = Callable[[], BackendsUnitOfWork]
T = TypeVar("T")


@dataclass(frozen=True)
class Backends:
    """The configured backends, the routing policy, each backend's budget and the timing."""

    available: Mapping[str, TrackingBackend] = field(default_factory=dict)
    routing: RoutingPolicy = field(default_factory=RoutingPolicy)
    budgets: Mapping[str, Budget] = field(default_factory=dict)
    timing: Timing = field(default_factory=Timing)

    @property
    def aggregators(self) -> dict[str, TrackingBackend]:
        return {n: b for n, b in self.available.items() if n not in DIRECT}

    def route(self, carrier: str | None) -> str | None:
        direct = {n: b.serves(carrier) for n, b in self.available.items() if n in DIRECT}
        listed = {
            n: b.lists(carrier)
            for n, b in self.aggregators.items()
            if carrier is not None and isinstance(b, CarrierListing)
        }
        return self.routing.route(carrier, direct, listed)


@dataclass
class BackendReport:
    backend: str
    registered: int = 0
    rejected: int = 0
    retrying: int = 0
    paused: int = 0
    fetched: int = 0
    new_events: int = 0
    stopped: int = 0
    retracked: int = 0
    carriers_changed: int = 0
    error: str | None = None


# --- enrol --------------------------------------------------------------------------------


def enroll(*, uow: BackendsUnitOfWork, backends: Backends, now: datetime) -> int:
    """Give each shipment not yet routed its registration; how many were enrolled.

    Only shipments made or changed since the last enrolment that took all it found are read
    (all of them the first time), so a sweep's cost follows the changes, not every shipment
    ever tracked; a sweep cut short by its limit leaves the mark for the next to go on."""
    mark = uow.registrations.mark(ENROL_SWEEP)
    found = uow.registrations.unregistered(
        limit=ENROLL_LIMIT, changed_since=mark[0] if mark else None
    )
    if len(found) < ENROLL_LIMIT:
        uow.registrations.set_mark(ENROL_SWEEP, (now - MARK_OVERLAP, ""))
    new = []
    for shipment_id, number, carrier, on_order in found:
        name = backends.route(carrier)
        aggregated = name is not None and name in backends.aggregators
        new.append(
            Registration(
                shipment_id=shipment_id,
                tracking_number=number,
                carrier=carrier,
                backend=name or "none",
                state=RegistrationState.PENDING if aggregated else RegistrationState.DIRECT,
                priority=ORDER if on_order else LOOKUP,
                created_at=now,
                next_attempt_at=now if aggregated else None,
            )
        )
    uow.registrations.add_many(new)
    return len(new)


def route_new(*, uow_factory: Factory, backends: Backends, now: datetime) -> int:
    """The `tracking-backends` sweep: enrol new shipments' legs (one transaction), carry
    corrected carriers to the aggregator, then register the due ones in batches within each
    budget; how many were enrolled and registered."""
    with uow_factory() as uow:
        enrolled = enroll(uow=uow, backends=backends, now=now)
    # A corrected carrier reaches a pending number before it is registered.
    follow_carriers(uow_factory=uow_factory, backends=backends, now=now)
    reports = register_due(uow_factory=uow_factory, backends=backends, now=now)
    return enrolled + sum(r.registered for r in reports)


# --- register -----------------------------------------------------------------------------


def register_due(*, uow_factory: Factory, backends: Backends, now: datetime) -> list[BackendReport]:
    """Register every due pending number with its backend, within the budget."""
    return [
        _register(uow_factory, name, backend, backends.budgets.get(name, Budget()), now)
        for name, backend in backends.aggregators.items()
    ]


def _register(
    uow_factory: Factory, name: str, backend: TrackingBackend, budget: Budget, now: datetime
) -> BackendReport:
    report = BackendReport(name)
    with uow_factory() as uow:
        today, month = uow.registrations.usage(name, now)
        due = uow.registrations.due(name, now, limit=backend.batch_limit * MAX_CALLS)
    granted, waiting = _within(due, allowance(budget, Usage(today, month), now))
    _pause(uow_factory, waiting, name, report)
    for batch in _chunks(granted, backend.batch_limit):
        wanted = [Wanted(r.tracking_number, r.carrier) for r in batch]
        try:
            answers = backend.start(wanted, now=now)
        except BackendQuotaExhausted as exc:
            report.error = exc.message
            left = granted[granted.index(batch[0]) :]
            pause = _provider_pause(now, exc.period)
            _pause(uow_factory, [(r, pause) for r in left], name, report)
            break
        except BackendUnavailable as exc:
            report.error = exc.message
            _retry(uow_factory, batch, exc.message, now, exc.retry_after, report)
            break
        _record(uow_factory, name, batch, answers, now, report)
    return report


def _within(
    due: Sequence[Registration], allowed: Allowance
) -> tuple[list[Registration], list[tuple[Registration, tuple[datetime, str]]]]:
    """The registrations the budget allows now, and the others with when they may go."""
    left = {ORDER: allowed.left(ORDER), LOOKUP: allowed.left(LOOKUP)}
    granted: list[Registration] = []
    waiting: list[tuple[Registration, tuple[datetime, str]]] = []
    for registration in due:
        priority = ORDER if registration.priority <= ORDER else LOOKUP
        room = left[priority]
        if room is None or room > 0:
            granted.append(registration)
            for key, value in left.items():
                if value is not None:
                    left[key] = value - 1
            continue
        pause = allowed.pause(priority)
        if pause is not None:
            waiting.append((registration, pause))
    return granted, waiting


def _provider_pause(now: datetime, period: str) -> tuple[datetime, str]:
    """The provider said its quota is used up: try again the next (UTC) day."""
    return next_day(now), period


def _pause(
    uow_factory: Factory,
    waiting: Sequence[tuple[Registration, tuple[datetime, str]]],
    name: str,
    report: BackendReport,
) -> None:
    if not waiting:
        return
    with uow_factory() as uow:
        for registration, (resumes_at, period) in waiting:
            uow.registrations.save(
                replace(
                    registration,
                    next_attempt_at=resumes_at,
                    paused_until=resumes_at,
                    error=paused_note(name, period, resumes_at),
                )
            )
    report.paused += len(waiting)


def _retry(
    uow_factory: Factory,
    batch: Sequence[Registration],
    message: str,
    now: datetime,
    retry_after: float | None,
    report: BackendReport,
) -> None:
    with uow_factory() as uow:
        for registration in batch:
            attempts = registration.attempts + 1
            uow.registrations.save(
                replace(
                    registration,
                    attempts=attempts,
                    next_attempt_at=retry_at(attempts, now, retry_after),
                    paused_until=None,
                    error=message,
                )
            )
    report.retrying += len(batch)


def _record(
    uow_factory: Factory,
    name: str,
    batch: Sequence[Registration],
    answers: Sequence[Started],
    now: datetime,
    report: BackendReport,
) -> None:
    by_number = {a.number: a for a in answers}
    registered = 0
    with uow_factory() as uow:
        for registration in batch:
            updated = _answered(registration, by_number.get(registration.tracking_number), now)
            uow.registrations.save(updated)
            if updated.carrier and registration.carrier is None:
                _name_carrier(uow, updated.tracking_number, updated.carrier)
            if updated.state is RegistrationState.REGISTERED:
                registered += 1
            elif updated.state is RegistrationState.REJECTED:
                report.rejected += 1
            else:
                report.retrying += 1
        uow.registrations.spend(name, registered, now)
    report.registered += registered


def _name_carrier(uow: BackendsUnitOfWork, number: str, carrier: str) -> None:
    """The backend detected the carrier of a number parceltrail had none for: keep it on the
    leg too, so the page and the next routing know it."""
    shipment = uow.shipments.by_numbers([number]).get(number)
    if shipment is None or any(
        leg.tracking_number == number and leg.carrier is not None for leg in shipment.legs
    ):
        return  # a carrier named meanwhile (a seller's) is kept over a detection
    named = shipment.name_carrier(number, carrier)
    if named is not None:
        uow.shipments.set_carrier(shipment, named)


def _answered(registration: Registration, answer: Started | None, now: datetime) -> Registration:
    """A registration after its backend's answer (none: ask again later)."""
    if answer is not None and answer.error is None:
        return replace(
            registration,
            state=RegistrationState.REGISTERED,
            registered_at=now,
            carrier=registration.carrier or answer.carrier,
            external_id=answer.external_id or registration.external_id,
            paused_until=None,
            error=None,
        )
    attempts = registration.attempts + 1
    message = answer.message if answer else "the backend said nothing about this number"
    if (answer is not None and answer.error == "rejected") or attempts >= MAX_ATTEMPTS:
        return replace(
            registration, state=RegistrationState.REJECTED, attempts=attempts, error=message
        )
    # Not detected yet: carriers often know a number only a day after the label.
    return replace(
        registration,
        attempts=attempts,
        next_attempt_at=retry_at(attempts, now),
        paused_until=None,
        error=message,
    )


# --- fetch and stop -----------------------------------------------------------------------


def fetch_silent(*, uow_factory: Factory, backends: Backends, now: datetime) -> list[BackendReport]:
    """Fetch the registered numbers no push reached for longer than the backend usually takes."""
    reports = []
    for name, backend in backends.aggregators.items():
        report = BackendReport(name)
        for page in _pages(uow_factory, name, RegistrationState.REGISTERED):
            batches = fetch_batches(
                page, now=now, timing=backends.timing, batch_limit=backend.batch_limit
            )
            for batch in batches:
                if not _fetch(uow_factory, backend, batch, now, report):
                    break
        reports.append(report)
    return reports


def fetch_batches(
    page: Sequence[Registration],
    *,
    now: datetime,
    timing: Timing,
    batch_limit: int,
    order: Callable[[Iterable[Registration]], list[Registration]] = quietest_first,
) -> list[list[Registration]]:
    """The batches one page of registered numbers is fetched in: its due numbers, in ``order``
    (quietest first; bench/seventeentrack_tracklist.py compares others), ``batch_limit`` a
    batch."""
    return list(_chunks(order(r for r in page if fetch_due(r, now, timing)), batch_limit))


def _fetch(
    uow_factory: Factory,
    backend: TrackingBackend,
    batch: Sequence[Registration],
    now: datetime,
    report: BackendReport,
) -> bool:
    wanted = [Wanted(r.tracking_number, r.carrier, r.external_id) for r in batch]
    try:
        answers = backend.fetch(wanted, now=now)
    except BackendUnavailable as exc:
        report.error = exc.message
        return False
    store(uow_factory=uow_factory, answers=answers, now=now, report=report)
    by_number = {a.number: a for a in answers}
    with uow_factory() as uow:
        for registration in batch:
            fetched = replace(registration, fetched_at=now)
            uow.registrations.save(
                _after_fetch(fetched, by_number.get(fetched.tracking_number), now)
            )
    report.fetched += len(batch)
    return True


def _after_fetch(
    registration: Registration, answer: TrackedNumber | None, now: datetime
) -> Registration:
    """A fetched registration as the backend now sees it: still tracked, stopped there (to be
    retracked), or no longer known (registered again)."""
    if answer is None:
        return registration
    if stopped_there(answer.stopped, answer.vouched.sub_status if answer.vouched else None):
        return _stopped_there(registration)
    if answer.error == "not_registered":
        return replace(
            registration,
            state=RegistrationState.PENDING,
            attempts=0,
            next_attempt_at=now,
            external_id=None,
            error="the backend no longer knew the number; registering again",
        )
    return registration


def _stopped_there(registration: Registration) -> Registration:
    return replace(
        registration,
        state=RegistrationState.STOPPED,
        stopped_reason=STOPPED_THERE,
        next_attempt_at=None,
    )


def store(
    *,
    uow_factory: Factory,
    answers: Sequence[TrackedNumber],
    now: datetime,
    report: BackendReport | None = None,
) -> int:
    """Ingest a backend's answers with the status it vouches for; the new events."""
    events: list[TrackingEvent] = [e for a in answers if not a.error for e in a.events]
    vouched = {a.number: a.vouched for a in answers if a.vouched and not a.error}
    etas = {a.number: a.carrier_eta for a in answers if a.carrier_eta and not a.error}
    with uow_factory() as uow:
        result = ingest(
            uow=uow, actor=None, events=list(enumerate(events)), now=now, vouched=vouched
        )
        estimated_by_carriers(uow=uow, days=etas)
    if report is not None:
        report.new_events += result.accepted
    return result.accepted


def estimated_by_carriers(*, uow: TrackingUnitOfWork, days: Mapping[str, date]) -> None:
    """Store the day each carrier expects to deliver, by tracking number (the latest named
    wins; a number an answer names no day for keeps its own: ``Shipment.estimated_by_carrier``)."""
    if not days:
        return
    for number, shipment in uow.shipments.by_numbers(days).items():
        if shipment.estimated_by_carrier(days[number]):
            uow.shipments.set_carrier_eta(shipment)


def stop_finished(
    *, uow_factory: Factory, backends: Backends, now: datetime
) -> list[BackendReport]:
    """Stop numbers whose journey ended (delivered, returned, expired...) or went silent."""
    reports = []
    for name, backend in backends.aggregators.items():
        report = BackendReport(name)
        for state in (RegistrationState.REGISTERED, RegistrationState.PENDING):
            for page in _pages(uow_factory, name, state):
                ending = _ending(uow_factory, page, now, backends.timing)
                registered = [(r, why) for r, why in ending if r.registered_at is not None]
                _stop(uow_factory, backend, registered, now, report)
                _close(uow_factory, [(r, w) for r, w in ending if r.registered_at is None])
                report.stopped += sum(1 for r, _ in ending if r.registered_at is None)
        reports.append(report)
    return reports


def _ending(
    uow_factory: Factory, page: Sequence[Registration], now: datetime, timing: Timing
) -> list[tuple[Registration, str]]:
    with uow_factory() as uow:
        shipments = uow.shipments.by_numbers(r.tracking_number for r in page)
    ending = []
    for registration in page:
        shipment = shipments.get(registration.tracking_number)
        if shipment is None:
            ending.append((registration, "gone"))
            continue
        why = stop_reason(
            registration, shipment.state.sub_status, shipment.state.last_event_at, now, timing
        )
        if why is not None:
            ending.append((registration, why))
    return ending


def _stop(
    uow_factory: Factory,
    backend: TrackingBackend,
    ending: Sequence[tuple[Registration, str]],
    now: datetime,
    report: BackendReport,
) -> None:
    for batch in _chunks(list(ending), backend.batch_limit):
        wanted = [Wanted(r.tracking_number, r.carrier, r.external_id) for r, _ in batch]
        try:
            stopped = set(backend.stop(wanted, now=now))
        except BackendUnavailable as exc:
            report.error = exc.message
            return
        done = [(r, why) for r, why in batch if r.tracking_number in stopped]
        _close(uow_factory, done)
        report.stopped += len(done)


def _close(uow_factory: Factory, ending: Sequence[tuple[Registration, str]]) -> None:
    if not ending:
        return
    with uow_factory() as uow:
        for registration, why in ending:
            uow.registrations.save(
                replace(
                    registration,
                    state=RegistrationState.STOPPED,
                    stopped_reason=why,
                    next_attempt_at=None,
                    paused_until=None,
                )
            )


# --- retrack and carrier changes ----------------------------------------------------------


def retrack_stopped(
    *, uow_factory: Factory, backends: Backends, now: datetime
) -> list[BackendReport]:
    """Track again the numbers a backend stopped by itself while their journey goes on here
    (17TRACK stops a number quiet for long; AfterShip after 30 days without news)."""
    reports = []
    for name, backend in backends.aggregators.items():
        report = BackendReport(name)
        if isinstance(backend, Retracking):
            for page in _pages(uow_factory, name, RegistrationState.STOPPED):
                due = _retrack_due(uow_factory, page)
                batches = _chunks(due, backend.batch_limit)
                if not all(_retrack(uow_factory, backend, b, now, report) for b in batches):
                    break
        reports.append(report)
    return reports


def _retrack_due(uow_factory: Factory, page: Sequence[Registration]) -> list[Registration]:
    stopped = [r for r in page if r.stopped_reason == STOPPED_THERE]
    if not stopped:
        return []
    with uow_factory() as uow:
        shipments = uow.shipments.by_numbers(r.tracking_number for r in stopped)
    return [
        r
        for r in stopped
        if (shipment := shipments.get(r.tracking_number)) is not None
        and retrack_due(r, shipment.state.sub_status)
    ]


def _retrack(
    uow_factory: Factory,
    backend: Retracking,
    batch: Sequence[Registration],
    now: datetime,
    report: BackendReport,
) -> bool:
    wanted = [Wanted(r.tracking_number, r.carrier, r.external_id) for r in batch]
    try:
        taken = set(backend.retrack(wanted, now=now))
    except BackendUnavailable as exc:
        report.error = exc.message
        return False
    with uow_factory() as uow:
        for registration in batch:
            back = registration.tracking_number in taken
            uow.registrations.save(_retracked(registration, back, now))
    report.retracked += sum(1 for r in batch if r.tracking_number in taken)
    return True


def _retracked(registration: Registration, taken: bool, now: datetime) -> Registration:
    if taken:  # the silence clock starts again: the backend looks afresh from now
        return replace(
            registration,
            state=RegistrationState.REGISTERED,
            stopped_reason=None,
            registered_at=now,
            error=None,
        )
    # 17TRACK retracks a number once; past that nothing more can be asked of it.
    return replace(
        registration,
        stopped_reason=NOT_RETRACKED,
        error=f"{DISPLAY_NAMES.get(registration.backend, registration.backend)} "
        "would not track the number again",
    )


def follow_carriers(
    *, uow_factory: Factory, backends: Backends, now: datetime
) -> list[BackendReport]:
    """Carry parceltrail's corrected carrier of a number to its backend: a pending number is
    registered with the new one; a registered one is changed there (17TRACK's changecarrier),
    or stopped and registered again where the backend cannot change it (AfterShip, Ship24)."""
    reports = []
    for name, backend in backends.aggregators.items():
        report = BackendReport(name)
        with uow_factory() as uow:
            changed = uow.registrations.carrier_changed(name, limit=PAGE)
        for registration, carrier in changed:
            if not _follow(uow_factory, backend, registration, carrier, now, report):
                break
        reports.append(report)
    return reports


def _follow(
    uow_factory: Factory,
    backend: TrackingBackend,
    registration: Registration,
    carrier: str,
    now: datetime,
    report: BackendReport,
) -> bool:
    wanted = Wanted(registration.tracking_number, registration.carrier, registration.external_id)
    updated = replace(registration, carrier=carrier)
    try:
        if registration.state is RegistrationState.REGISTERED:
            updated = _changed_there(backend, wanted, updated, now)
    except BackendUnavailable as exc:
        report.error = exc.message
        return False
    with uow_factory() as uow:
        uow.registrations.save(updated)
    report.carriers_changed += 1
    return True


def _changed_there(
    backend: TrackingBackend, wanted: Wanted, updated: Registration, now: datetime
) -> Registration:
    name = DISPLAY_NAMES.get(updated.backend, updated.backend)
    if isinstance(backend, CarrierChanging):
        if backend.change_carrier(wanted, updated.carrier, now=now):
            return replace(updated, error=None)
        return replace(updated, error=f"{name} kept its carrier for the number")
    if wanted.number not in backend.stop([wanted], now=now):
        return replace(updated, carrier=wanted.carrier)  # not stopped: try again next sweep
    return replace(
        updated,
        state=RegistrationState.PENDING,
        attempts=0,
        next_attempt_at=now,
        registered_at=None,
        external_id=None,
        error=None,
    )


# --- pushes and reads ---------------------------------------------------------------------


@dataclass(frozen=True)
class Trackable:
    """The carriers a standalone tracking can start for: polled by a carrier's own API, or
    any carrier when an aggregator is configured (it detects what it is not told)."""

    pollable: PollableCarriers
    backends: Backends

    def can_poll(self, carrier: str) -> bool:
        if self.pollable.can_poll(carrier):
            return True
        return any(b.serves(carrier) for b in self.backends.aggregators.values())


def heard(
    *,
    uow: BackendsUnitOfWork,
    backend: str,
    tracking_number: str,
    now: datetime,
    stopped: bool = False,
    vouched: SubStatus | None = None,
) -> None:
    """A push from ``backend`` about this number arrived: no fallback fetch is due. A push
    saying the backend stopped tracking it (``domain.backends.stopped_there``) leaves it to
    ``retrack_stopped``."""
    uow.registrations.heard(tracking_number, backend, now)
    if not stopped_there(stopped, vouched):
        return
    registration = uow.registrations.for_numbers([tracking_number]).get(tracking_number)
    if (
        registration is not None
        and registration.backend == backend
        and registration.state is RegistrationState.REGISTERED
    ):
        uow.registrations.save(_stopped_there(registration))


@dataclass(frozen=True, slots=True)
class BackendView:
    """How a tracking gets its events, as the page and the API say it."""

    backend: str
    state: str
    note: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"backend": self.backend, "state": self.state, "note": self.note}


def tracking_backend(
    *, uow: BackendsUnitOfWork, tracking_number: str, now: datetime
) -> BackendView | None:
    """Which backend tracks this number and, while its quota is used up, until when not."""
    registration = uow.registrations.for_numbers([tracking_number]).get(tracking_number)
    if registration is None:
        return None
    note = None
    paused = registration.paused_until
    if registration.state is RegistrationState.PENDING and paused is not None and paused > now:
        note = registration.error
    elif registration.state is RegistrationState.REJECTED:
        note = f"not tracked: {registration.error}" if registration.error else None
    elif registration.stopped_reason == NOT_RETRACKED and registration.error:
        note = f"not tracked: {registration.error}"  # stopped there, and not taken back
    return BackendView(registration.backend, registration.state.value, note)


# --- quotas -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuotaView:
    """One aggregator's quota as parceltrail budgets it and as the provider says it is."""

    backend: str
    today: int
    month: int
    budget: Budget
    provider: Quota | None  # None: the provider's API does not say (AfterShip, Ship24)
    error: str | None = None  # the provider could not be asked

    def line(self) -> str:
        name = DISPLAY_NAMES.get(self.backend, self.backend)
        daily = f" of {self.budget.daily}" if self.budget.daily is not None else ""
        monthly = f" of {self.budget.monthly}" if self.budget.monthly is not None else ""
        said = (
            f"; {name} says {self.provider.remaining} left of {self.provider.total}"
            if self.provider is not None
            else f"; {name} could not be asked: {self.error}"
            if self.error
            else f"; {name}'s API does not say what is left"
        )
        return (
            f"{name}: {self.today}{daily} registered today, {self.month}{monthly} this month{said}"
        )


def quotas(*, uow_factory: Factory, backends: Backends, now: datetime) -> list[QuotaView]:
    """Each aggregator's registrations today and this month against its budget, with what
    the provider says is left (17TRACK's getquota) where it says."""
    views = []
    for name, backend in backends.aggregators.items():
        with uow_factory() as uow:
            today, month = uow.registrations.usage(name, now)
        budget = backends.budgets.get(name, Budget())
        try:
            views.append(QuotaView(name, today, month, budget, backend.quota()))
        except BackendUnavailable as exc:
            views.append(QuotaView(name, today, month, budget, None, exc.message))
    return views


# --- plumbing -----------------------------------------------------------------------------


def _pages(
    uow_factory: Factory, backend: str, state: RegistrationState
) -> Iterator[list[Registration]]:
    after = ""
    while True:
        with uow_factory() as uow:
            page = uow.registrations.in_state(backend, state, limit=PAGE, after=after)
        if not page:
            return
        yield page
        after = page[-1].tracking_number


def _chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), max(1, size)):
        yield list(items[start : start + size])
