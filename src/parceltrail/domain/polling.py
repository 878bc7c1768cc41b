"""When to ask a carrier about a parcel again: pure rules over its state, taking ``now``.

Events come in bursts (origin scans, arrival and customs, the last mile) separated by long
silences (waiting for the first scan, the line-haul). So the interval follows the parcel:
short right after something happened and while it is out for delivery, growing with the
silence, capped, never after a final state, and given up after ``expire_after`` of silence.
In the last mile nothing moves at the carrier's local night, so no poll is spent there.
A failing carrier backs off exponentially, for that carrier only.

Where the history is long enough, the schedule follows what it learned instead
(``learn_next_scans``): after each kind of scan of each carrier, the window in which the next
scan comes (5th to 95th percentile) and, when most of them come in a few local hours (a
delivery office's morning), those hours. No poll before the window opens, hourly inside a
narrow one, only in those hours or with growing gaps inside a wide one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise

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
    narrow: timedelta = timedelta(hours=24)  # a learned window up to this wide is polled densely

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
    expected: NextScan | None = None,
) -> PollDecision:
    """When to poll a parcel next, given what parceltrail knows of it at ``now``.

    ``expected`` is what this carrier's history says about the scan after the parcel's last
    one (``learn_next_scans``); without it, the per-status defaults above apply.
    """
    if sub_status.is_final:
        return PollDecision(None, "final")
    quiet_since = max(last_event_at or started_at, started_at)
    silence = now - quiet_since
    if silence > policy.expire_after:
        return PollDecision(None, "expired")
    if expected is not None and sub_status is not SubStatus.OUT_FOR_DELIVERY:
        return PollDecision(learned_poll(expected, silence, now, utc_offset_minutes, policy))
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


def learned_poll(
    expected: NextScan,
    silence: timedelta,
    now: datetime,
    utc_offset_minutes: int | None,
    policy: PollPolicy,
) -> datetime:
    """Nothing before the learned window opens; hourly inside a narrow window; growing with
    the silence inside a wide one or past it; only in the learned local hours, if any."""
    if silence < expected.opens:
        wait = expected.opens - silence
    elif silence < expected.closes and expected.closes - expected.opens <= policy.narrow:
        wait = policy.dense
    elif expected.hours and utc_offset_minutes is not None:
        wait = policy.dense  # the hour filter below spaces these polls
    else:
        wait = min(policy.longest, max(policy.dense, silence * policy.growth))
    at = on_grid(now + wait, policy.grid)
    if expected.hours and utc_offset_minutes is not None:
        at = next_local_hour(at, utc_offset_minutes, expected.hours)
    return at


def next_local_hour(at: datetime, utc_offset_minutes: int, hours: frozenset[int]) -> datetime:
    """The first poll at or after ``at`` that sees the scans of an hour in ``hours``: a poll
    at the start of a carrier-local hour sees what happened in the hour before it."""
    zone = timezone(timedelta(minutes=utc_offset_minutes))
    local = at.astimezone(zone)
    for step in range(48):
        candidate = local + timedelta(hours=step)
        if (candidate.hour - 1) % 24 in hours:
            if step:
                candidate = candidate.replace(minute=0, second=0, microsecond=0)
            return candidate.astimezone(at.tzinfo)
    return at


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


@dataclass(frozen=True, slots=True)
class CarrierHealth:
    """How a carrier has answered our polls lately, and until when it is left alone."""

    carrier: str
    consecutive_failures: int
    backoff_until: datetime | None
    last_error: str | None
    last_failure_at: datetime | None
    last_success_at: datetime | None

    def backing_off(self, now: datetime) -> bool:
        return self.backoff_until is not None and self.backoff_until > now


def backoff_after_failure(
    health: CarrierHealth | None, *, now: datetime, retry_after: float | None, policy: PollPolicy
) -> datetime:
    """Until when a carrier rests after one more failure: ``backoff`` for its failures in a
    row, or longer when the carrier asked for longer (``retry_after`` seconds)."""
    failures = (health.consecutive_failures if health else 0) + 1
    rest = backoff(failures, policy)
    if retry_after:
        rest = max(rest, timedelta(seconds=retry_after))
    return now + rest


@dataclass(frozen=True, slots=True)
class DuePoll:
    """A shipment due for a poll, with what its next schedule is computed from."""

    shipment_id: str
    tracking_number: str  # the latest leg's
    enrolled_at: datetime
    utc_offset_minutes: int | None
    last_scan: tuple[str, str] | None = None  # (carrier, code) of the latest scan


@dataclass(frozen=True, slots=True)
class PollPlan:
    """One shipment's place in the polling schedule."""

    next_poll_at: datetime | None  # None once stopped
    stopped: str | None  # final | expired | invalid
    last_polled_at: datetime | None
    polls: int

    def due_at(self, now: datetime, health: CarrierHealth | None) -> datetime | None:
        """When the next poll really happens: as planned, but not in the past nor while the
        carrier is backing off; None once polling stopped."""
        if self.next_poll_at is None:
            return None
        due = max(self.next_poll_at, now)
        if health is not None and health.backoff_until is not None:
            due = max(due, health.backoff_until)
        return due


@dataclass(frozen=True, slots=True)
class NextScan:
    """When a carrier's next scan comes after a scan of one kind, learned from its history."""

    opens: timedelta  # the gap's low quantile: no poll before
    closes: timedelta  # its high quantile
    hours: frozenset[int] = field(default_factory=frozenset)  # local hours, when concentrated
    samples: int = 0


@dataclass(frozen=True, slots=True)
class ScanGap:
    """One observed pair of consecutive scans of a parcel."""

    carrier: str
    code: str  # the carrier's own code (or status) of the first scan
    hours: float  # until the next scan
    next_local_hour: int  # the next scan's carrier-local hour


@dataclass(frozen=True, slots=True)
class Scanned:
    """One scan of a parcel's history, as the learner needs it."""

    carrier: str
    code: str
    at: datetime
    utc_offset_minutes: int


def scan_gaps(history: Sequence[Scanned]) -> list[ScanGap]:
    """The gaps between consecutive scans of one parcel's time-ordered history."""
    return [
        ScanGap(
            carrier=first.carrier,
            code=first.code,
            hours=(second.at - first.at).total_seconds() / 3600,
            next_local_hour=local_hour(second.at, second.utc_offset_minutes),
        )
        for first, second in pairwise(history)
        if second.at >= first.at
    ]


def local_hour(at: datetime, utc_offset_minutes: int) -> int:
    return at.astimezone(timezone(timedelta(minutes=utc_offset_minutes))).hour


LEARN_MIN_SAMPLES = 20
LEARN_QUANTILES = (0.05, 0.95)
LEARN_HOURS_SHARE = 0.9  # next scans this concentrated ...
LEARN_HOURS_MOST = 6  # ... in at most this many local hours restrict polling to them


def learn_next_scans(
    gaps: Iterable[ScanGap], *, min_samples: int = LEARN_MIN_SAMPLES
) -> dict[tuple[str, str], NextScan]:
    """Per (carrier, code) with enough history: the window and the local hours of the next scan."""
    waits: dict[tuple[str, str], list[float]] = defaultdict(list)
    hours: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for gap in gaps:
        key = (gap.carrier, gap.code)
        waits[key].append(gap.hours)
        hours[key][gap.next_local_hour] += 1
    return {
        key: summarize(values, hours[key])
        for key, values in waits.items()
        if len(values) >= min_samples
    }


def summarize(waits: list[float], next_hours: Counter[int]) -> NextScan:
    ordered = sorted(waits)
    low, high = (quantile(ordered, q) for q in LEARN_QUANTILES)
    return NextScan(
        opens=timedelta(hours=low),
        closes=timedelta(hours=high),
        hours=concentrated_hours(next_hours),
        samples=len(ordered),
    )


def quantile(ordered: Sequence[float], q: float) -> float:
    """The ``q`` quantile of sorted values, by linear interpolation."""
    position = q * (len(ordered) - 1)
    below = int(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def concentrated_hours(counts: Counter[int]) -> frozenset[int]:
    """The fewest local hours holding ``LEARN_HOURS_SHARE`` of the scans, if they are few."""
    total = sum(counts.values())
    chosen: set[int] = set()
    covered = 0
    for hour, count in counts.most_common():
        if covered >= LEARN_HOURS_SHARE * total:
            break
        chosen.add(hour)
        covered += count
    return frozenset(chosen) if len(chosen) <= LEARN_HOURS_MOST else frozenset()
