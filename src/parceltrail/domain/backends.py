"""Tracking backends: which one tracks a carrier, what a day's quota allows, and when a
registration is retried, polled as a fallback, stopped or paused.

A *backend* tracks numbers for parceltrail: a carrier's own API (karrio, the simulator), or an
aggregator (17TRACK, AfterShip) that must first be told about a number (registered) and then
pushes its events. A *registration* is one number at one backend, in one of these states:

    pending --start--> registered --final or silent--> stopped
       |   \\--refused--> rejected
       \\--quota used up--> (pending, paused until the budget resumes)
    registered --the backend stopped it--> stopped (stopped_there) --retrack--> registered
    registered --parceltrail's carrier changed--> registered (changed there), or pending again
    direct: the carrier's own API is polled (services/polling.py); nothing to register

One registration per leg: a handover's new number is registered too.

Everything here is pure: times come in as arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from parceltrail.domain.status import SubStatus

# Backends that poll a carrier's own API; the others are aggregators (registered first).
DIRECT = frozenset({"karrio", "simulator"})
DISPLAY_NAMES = {
    "17track": "17TRACK",
    "aftership": "AfterShip",
    "ship24": "Ship24",
    "karrio": "karrio",
    "simulator": "the simulator",
}


class RegistrationState(StrEnum):
    PENDING = "pending"
    REGISTERED = "registered"
    STOPPED = "stopped"
    REJECTED = "rejected"
    DIRECT = "direct"


# Why a registration stopped: the parcel's journey ended here, or went silent, or the backend
# stopped tracking it by itself (17TRACK's TRACKING_STOPPED, AfterShip's active: false),
# which is retracked while the parcel is not final here; or the backend refused to retrack.
STOPPED_THERE = "stopped_there"
NOT_RETRACKED = "not_retracked"

# Lower goes first: numbers on orders before numbers looked up by visitors.
ORDER = 0
LOOKUP = 1


@dataclass(frozen=True, slots=True)
class Registration:
    """One number at one backend."""

    shipment_id: str
    tracking_number: str
    carrier: str | None
    backend: str
    state: RegistrationState
    priority: int
    created_at: datetime
    attempts: int = 0
    next_attempt_at: datetime | None = None
    registered_at: datetime | None = None
    heard_at: datetime | None = None  # the last push or fetch with news
    fetched_at: datetime | None = None
    paused_until: datetime | None = None
    external_id: str | None = None  # the backend's own id for the tracking (AfterShip)
    error: str | None = None
    stopped_reason: str | None = None


# --- routing ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoutingPolicy:
    """Which backend tracks a carrier: a per-carrier list from settings, else a carrier's own
    API when one serves it, then the first aggregator (in ``aggregators`` order) whose carrier
    list has the carrier, else the first aggregator (its detection may still find it); None:
    nobody."""

    per_carrier: Mapping[str, Sequence[str]] = field(default_factory=dict)
    aggregators: Sequence[str] = ()

    def route(
        self,
        carrier: str | None,
        direct: Mapping[str, bool],
        listed: Mapping[str, bool] | None = None,
    ) -> str | None:
        """The backend for ``carrier``; ``direct`` says which direct backends serve it,
        ``listed`` which aggregators list it (an aggregator left out counts as listing it)."""
        wanted = self.per_carrier.get(carrier or "*") or self.per_carrier.get("*")
        if wanted:
            for name in wanted:
                if name in DIRECT and direct.get(name):
                    return name
                if name not in DIRECT and name in self.aggregators:
                    return name
            return None
        for name, serves in direct.items():
            if serves:
                return name
        for name in self.aggregators:
            if listed is None or listed.get(name, True):
                return name
        return self.aggregators[0] if self.aggregators else None  # its detection may find it


# --- budgets ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Budget:
    """Registrations a backend may make a UTC day and a calendar month (None: no limit);
    ``lookup_share`` of each is all standalone lookups may take, so orders keep the rest."""

    daily: int | None = None
    monthly: int | None = None
    lookup_share: float = 0.5


@dataclass(frozen=True, slots=True)
class Usage:
    today: int
    month: int


Pause = tuple[datetime, str]  # when a used-up budget resumes, and which ("day", "month",
# or "plan": the provider's own quota, tried again the next day)


@dataclass(frozen=True, slots=True)
class Allowance:
    """How many registrations may be made now, by priority (None: no limit), and when a
    used-up budget resumes."""

    orders: int | None
    lookups: int | None
    orders_pause: Pause | None
    lookups_pause: Pause | None

    def left(self, priority: int) -> int | None:
        return self.orders if priority <= ORDER else self.lookups

    def pause(self, priority: int) -> Pause | None:
        return self.orders_pause if priority <= ORDER else self.lookups_pause


def next_day(now: datetime) -> datetime:
    start = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return start + timedelta(days=1)


def next_month(now: datetime) -> datetime:
    moment = now.astimezone(UTC)
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    return datetime(year, month, 1, tzinfo=UTC)


def allowance(budget: Budget, usage: Usage, now: datetime) -> Allowance:
    """What ``budget`` still allows after ``usage``: orders may use all of it, lookups their
    share; the tighter of the day and the month decides, the later resumption holds."""
    orders: int | None = None
    lookups: int | None = None
    orders_pause: Pause | None = None
    lookups_pause: Pause | None = None
    for limit, used, resumes, name in (
        (budget.daily, usage.today, next_day(now), "day"),
        (budget.monthly, usage.month, next_month(now), "month"),
    ):
        if limit is None:
            continue
        for_orders = max(0, limit - used)
        for_lookups = max(0, min(for_orders, int(limit * budget.lookup_share) - used))
        orders = for_orders if orders is None else min(orders, for_orders)
        lookups = for_lookups if lookups is None else min(lookups, for_lookups)
        if for_orders == 0 and (orders_pause is None or resumes > orders_pause[0]):
            orders_pause = (resumes, name)
        if for_lookups == 0 and (lookups_pause is None or resumes > lookups_pause[0]):
            lookups_pause = (resumes, name)
    return Allowance(orders, lookups, orders_pause, lookups_pause)


def paused_note(backend: str, period: str | None, resumes_at: datetime) -> str:
    """What the page and the API say about a tracking waiting for a backend's quota."""
    when = resumes_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    name = DISPLAY_NAMES.get(backend, backend)
    if period == "plan":  # the account's own quota: nothing says when it is topped up
        return f"tracking paused: the {name} plan's quota is used up; trying again at {when}"
    which = "for this month" if period == "month" else "for today"
    return f"tracking paused: the {name} quota {which} is used up; resumes at {when}"


# --- schedule -----------------------------------------------------------------------------

RETRY_STEPS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
)
MAX_ATTEMPTS = 8  # then the number is left rejected: ~1.5 days of trying


def retry_at(attempts: int, now: datetime, retry_after: float | None = None) -> datetime:
    """When to try again after ``attempts`` failures; a backend's Retry-After is honoured."""
    step = RETRY_STEPS[min(max(attempts, 1), len(RETRY_STEPS)) - 1]
    if retry_after is not None:
        step = max(step, timedelta(seconds=min(retry_after, 86_400)))
    return now + step


@dataclass(frozen=True, slots=True)
class Timing:
    """How long before a registered number is polled as a fallback, and stopped for silence."""

    push_within: timedelta = timedelta(hours=24)
    silence: timedelta = timedelta(days=30)


FINISHED = frozenset({*(s for s in SubStatus if s.is_final), SubStatus.EXPIRED})


def stop_reason(
    registration: Registration,
    sub_status: SubStatus,
    last_event_at: datetime | None,
    now: datetime,
    timing: Timing,
) -> str | None:
    """ "final" once the parcel's journey ended, "silent" after ``timing.silence`` without
    news; None while it should stay registered."""
    if sub_status in FINISHED:
        return "final"
    quiet_since = max(
        (t for t in (last_event_at, registration.heard_at, registration.registered_at) if t),
        default=registration.created_at,
    )
    return "silent" if now - quiet_since >= timing.silence else None


def stopped_there(stopped: bool, vouched: SubStatus | None) -> bool:
    """Whether an aggregator's answer says it no longer tracks the number: it says so
    (17TRACK's TRACKING_STOPPED, AfterShip's ``active: false``), or it vouches the parcel
    expired, after which it looks no further (17TRACK stops expired numbers)."""
    return stopped or vouched is SubStatus.EXPIRED


def retrack_due(registration: Registration, sub_status: SubStatus) -> bool:
    """The backend stopped tracking a number whose journey has not ended here."""
    return (
        registration.state is RegistrationState.STOPPED
        and registration.stopped_reason == STOPPED_THERE
        and sub_status not in FINISHED
    )


def fetch_due(registration: Registration, now: datetime, timing: Timing) -> bool:
    """A registered number no push reached for longer than the backend usually takes."""
    if registration.state is not RegistrationState.REGISTERED:
        return False
    last = max(
        (
            t
            for t in (registration.heard_at, registration.fetched_at, registration.registered_at)
            if t
        ),
        default=registration.created_at,
    )
    return now - last >= timing.push_within


def quietest_first(items: Iterable[Registration]) -> list[Registration]:
    """Registrations in the order they are fetched: never heard of first, then the longest
    without news. Numbers an aggregator may have stopped for their quiet are then batched
    together, so fewer batches need the extra question whether it did (17TRACK's
    gettracklist, asked only for a batch's quiet numbers)."""
    return sorted(
        items,
        key=lambda r: (r.heard_at is not None, r.heard_at or r.created_at, r.tracking_number),
    )


def pending_first(items: Iterable[Registration]) -> list[Registration]:
    """Registrations in the order a budget is spent on them: orders, then oldest."""
    return sorted(items, key=lambda r: (r.priority, r.created_at, r.tracking_number))
