"""When to ask a carrier about a parcel again: pure rules over its state, taking ``now``.

Events come in bursts (origin scans, arrival and customs, the last mile) separated by long
silences (waiting for the first scan, the line-haul). So the interval follows the parcel:
short right after something happened and while it is out for delivery, growing with the
silence, capped, never after a final state, and given up after ``expire_after`` of silence.
In the last mile nothing moves at the carrier's local night, so no poll is spent there.
A failing carrier backs off exponentially, for that carrier only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from parceltrail.domain.status import SubStatus

_LAST_MILE = frozenset(
    {
        SubStatus.HANDED_OVER,
        SubStatus.OUT_FOR_DELIVERY,
        SubStatus.FAILED_ATTEMPT,
        SubStatus.AVAILABLE_FOR_PICKUP,
    }
)
_DOORSTEP = frozenset({SubStatus.OUT_FOR_DELIVERY, SubStatus.FAILED_ATTEMPT})


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """The knobs; the defaults are what bench/polling.py measures."""

    doorstep: timedelta = timedelta(minutes=40)  # out for delivery, after a failed attempt
    fresh: timedelta = timedelta(minutes=50)  # within ``fresh_for`` of the last event
    fresh_for: timedelta = timedelta(hours=8)
    growth: float = 0.35  # afterwards: this share of the silence so far
    longest: timedelta = timedelta(hours=16)
    pickup: timedelta = timedelta(hours=8)  # waiting at a pickup point for days
    expire_after: timedelta = timedelta(days=30)
    night: tuple[int, int] = (20, 6)  # carrier-local hours without last-mile scans
    backoff_first: timedelta = timedelta(minutes=5)
    backoff_longest: timedelta = timedelta(hours=6)


DEFAULT_POLICY = PollPolicy()


@dataclass(frozen=True, slots=True)
class PollDecision:
    """The next poll time, or None with the reason polling stopped (``final``/``expired``)."""

    at: datetime | None
    stopped: str | None = None


def next_poll(
    *,
    sub_status: SubStatus,
    last_event_at: datetime | None,
    started_at: datetime,
    now: datetime,
    utc_offset_minutes: int | None = None,
    policy: PollPolicy = DEFAULT_POLICY,
) -> PollDecision:
    """When to poll a parcel next, given what parceltrail knows of it at ``now``."""
    if sub_status.is_final:
        return PollDecision(None, "final")
    quiet_since = max(last_event_at or started_at, started_at)
    silence = now - quiet_since
    if silence > policy.expire_after:
        return PollDecision(None, "expired")
    at = now + interval(sub_status, silence, policy)
    if sub_status in _LAST_MILE and utc_offset_minutes is not None:
        at = after_night(at, utc_offset_minutes, policy.night)
    return PollDecision(at)


def interval(sub_status: SubStatus, silence: timedelta, policy: PollPolicy) -> timedelta:
    if sub_status in _DOORSTEP:
        return policy.doorstep
    if sub_status is SubStatus.AVAILABLE_FOR_PICKUP:
        return policy.pickup
    if silence < policy.fresh_for:
        return policy.fresh
    return min(policy.longest, max(policy.fresh, silence * policy.growth))


def after_night(at: datetime, utc_offset_minutes: int, night: tuple[int, int]) -> datetime:
    """``at``, or the end of the carrier-local night when ``at`` falls inside it."""
    zone = timezone(timedelta(minutes=utc_offset_minutes))
    local = at.astimezone(zone)
    start, end = night
    if end <= local.hour < start:
        return at
    day = local if local.hour < end else local + timedelta(days=1)
    return day.replace(hour=end, minute=0, second=0, microsecond=0).astimezone(at.tzinfo)


def backoff(failures: int, policy: PollPolicy = DEFAULT_POLICY) -> timedelta:
    """How long a carrier rests after ``failures`` consecutive failures (1, 2, 4, ... capped)."""
    if failures <= 0:
        return timedelta(0)
    doubled: timedelta = policy.backoff_first * int(2 ** min(failures - 1, 20))
    return min(doubled, policy.backoff_longest)
