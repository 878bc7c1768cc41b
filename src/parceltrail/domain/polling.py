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
from datetime import UTC, datetime, timedelta, timezone

from parceltrail.domain.status import SubStatus

_LAST_MILE = frozenset(
    {
        SubStatus.HANDED_OVER,
        SubStatus.OUT_FOR_DELIVERY,
        SubStatus.FAILED_ATTEMPT,
        SubStatus.AVAILABLE_FOR_PICKUP,
    }
)


# When the next scan usually comes, in hours after the last one, per status: what a deployment
# learns from its own history (median gaps per carrier and status) or reads from the published
# stage durations (/work/shared/reference/lanes.md: origin sorting within hours of acceptance,
# export customs 4-14 h, import customs starting 2-12 h after arrival, handover 6-24 h after
# clearance, the destination post's first scan 2-10 h after the handover, delivery the same
# afternoon). Inside the window a parcel is polled densely; before it, not at all; after it,
# the silence-based growth applies. Statuses without a short window (waiting for acceptance,
# the line-haul, customs, a pickup point) only get the growth.
NEXT_SCAN_HOURS: dict[SubStatus, tuple[float, float]] = {
    SubStatus.ACCEPTED: (1, 12),
    SubStatus.IN_TRANSIT: (2, 14),
    SubStatus.ARRIVED_DESTINATION: (2, 12),
    SubStatus.CUSTOMS_CLEARED: (6, 24),
    SubStatus.HANDED_OVER: (2, 10),
    SubStatus.FAILED_ATTEMPT: (12, 30),
}


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """The knobs; the defaults are what bench/polling.py measures."""

    doorstep: timedelta = timedelta(minutes=60)  # out for delivery
    dense: timedelta = timedelta(minutes=60)  # inside the expected window of the next scan
    fresh: timedelta = timedelta(minutes=50)  # within ``fresh_for`` of the last event
    fresh_for: timedelta = timedelta(hours=8)  # (statuses without a known window only)
    growth: float = 0.35  # afterwards: this share of the silence so far
    longest: timedelta = timedelta(hours=16)
    pickup: timedelta = timedelta(hours=8)  # waiting at a pickup point for days
    expire_after: timedelta = timedelta(days=30)
    night: tuple[int, int] = (20, 6)  # carrier-local hours without last-mile scans
    morning: tuple[int, int] = (5, 8)  # carrier-local hours when delivery offices scan arrivals
    grid: timedelta = timedelta(minutes=60)  # polls fall on this grid: one batch per carrier
    windows: tuple[tuple[SubStatus, float, float], ...] = tuple(
        (sub, lo, hi) for sub, (lo, hi) in NEXT_SCAN_HOURS.items()
    )
    backoff_first: timedelta = timedelta(minutes=5)
    backoff_longest: timedelta = timedelta(hours=6)

    def window(self, sub_status: SubStatus) -> tuple[timedelta, timedelta] | None:
        for sub, lo, hi in self.windows:
            if sub is sub_status:
                return timedelta(hours=lo), timedelta(hours=hi)
        return None


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
    at = on_grid(now + interval(sub_status, silence, policy), policy.grid)
    window = policy.window(sub_status)
    if (
        sub_status is SubStatus.IN_TRANSIT
        and utc_offset_minutes is not None
        and window is not None
        and silence >= window[1]
    ):
        at = min(at, next_morning_poll(now, utc_offset_minutes, policy))
    if sub_status in _LAST_MILE and utc_offset_minutes is not None:
        at = after_night(at, utc_offset_minutes, policy.night)
    return PollDecision(at)


def interval(sub_status: SubStatus, silence: timedelta, policy: PollPolicy) -> timedelta:
    if sub_status is SubStatus.OUT_FOR_DELIVERY:
        return policy.doorstep
    window = policy.window(sub_status)
    if window is not None:
        opens, closes = window
        if silence < opens:
            return opens - silence
        if silence < closes:
            return policy.dense
        return min(policy.longest, max(policy.dense, silence * policy.growth))
    if sub_status is SubStatus.AVAILABLE_FOR_PICKUP:
        return policy.pickup
    if silence < policy.fresh_for:
        return policy.fresh
    return min(policy.longest, max(policy.fresh, silence * policy.growth))


def next_morning_poll(now: datetime, utc_offset_minutes: int, policy: PollPolicy) -> datetime:
    """The next dense poll inside the carrier-local early morning, when delivery offices
    receive the night's trucks (a parcel in transit for days is usually next seen there)."""
    zone = timezone(timedelta(minutes=utc_offset_minutes))
    start, end = policy.morning
    at = on_grid(now + policy.dense, policy.grid)
    local = at.astimezone(zone)
    if start <= local.hour < end:
        return at
    day = local if local.hour < start else local + timedelta(days=1)
    opens = day.replace(hour=start, minute=0, second=0, microsecond=0).astimezone(now.tzinfo)
    return on_grid(opens, policy.grid)


def on_grid(at: datetime, grid: timedelta) -> datetime:
    """``at`` rounded up to the grid (from the Unix epoch), so that one carrier's polls share
    requests of up to 40 numbers instead of each taking its own."""
    if grid <= timedelta(0):
        return at
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    late = (at - epoch) % grid
    return at if not late else at + (grid - late)


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
