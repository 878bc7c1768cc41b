"""Lane context: how long a long-running stage usually takes on a lane, and this parcel so far.

"Customs on this lane usually takes 2-5 days; this parcel has been there 3 days." A stage runs
from one milestone to the next (customs: started to cleared; between countries: departed the
origin to arrived at the destination). Its usual length is learned from delivered parcels of
the lane, the 10th to 90th percentile of its durations, stored beside the ETA spreads under the
name ``stage:<name>`` and chosen through the same lane levels (``eta.trusted_spread``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from parceltrail.domain.eta import DAY, Lane, LaneHistory, Spread, spreads_of, trusted_spread
from parceltrail.domain.status import SubStatus
from parceltrail.domain.words import N_, Words


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    # "Customs on this lane usually takes {usual}; this parcel has been there {so_far}."
    sentence: str
    starts: tuple[SubStatus, ...]  # the first of these reached opens the stage
    ends: SubStatus
    during: frozenset[SubStatus]  # sub-statuses of a parcel still in the stage

    @property
    def key(self) -> str:
        return f"stage:{self.name}"


STAGES: tuple[Stage, ...] = (
    Stage(
        "customs",
        N_("Customs on this lane usually takes {usual}; this parcel has been there {so_far}."),
        (SubStatus.CUSTOMS_STARTED, SubStatus.CUSTOMS_HELD),
        SubStatus.CUSTOMS_CLEARED,
        frozenset({SubStatus.CUSTOMS_STARTED, SubStatus.CUSTOMS_HELD}),
    ),
    Stage(
        "between_countries",
        N_(
            "The journey between countries on this lane usually takes {usual}; this parcel has "
            "been on it {so_far}."
        ),
        (SubStatus.DEPARTED_ORIGIN,),
        SubStatus.ARRIVED_DESTINATION,
        frozenset({SubStatus.DEPARTED_ORIGIN, SubStatus.IN_TRANSIT, SubStatus.DELAYED}),
    ),
)


@dataclass(frozen=True, slots=True)
class StageContext:
    """A parcel in a stage, with how long that stage usually takes on its lane."""

    stage: str
    since: datetime
    so_far_days: float
    usual: Spread  # days: 10th, 50th, 90th percentile and the deliveries they come from
    lane: Lane  # the lane level the figures come from
    text: str  # in English: the API's
    said: Words | None = field(default=None, compare=False)  # ``text``, for other languages

    def to_json(self) -> dict[str, object]:
        return {
            "stage": self.stage,
            "since": self.since.isoformat(),
            "days_so_far": round(self.so_far_days, 2),
            "usual_days": {
                "p10": round(self.usual.p10, 2),
                "p50": round(self.usual.p50, 2),
                "p90": round(self.usual.p90, 2),
            },
            "samples": self.usual.samples,
            "lane": self.lane.key(),
            "text": self.text,
        }


def stage_start(stage: Stage, reached: Mapping[SubStatus, datetime]) -> datetime | None:
    times = [reached[start] for start in stage.starts if start in reached]
    return min(times) if times else None


def current_stage(
    sub_status: SubStatus, reached: Mapping[SubStatus, datetime]
) -> tuple[Stage, datetime] | None:
    """The long-running stage a parcel is in now, with when it entered it."""
    for stage in STAGES:
        since = stage_start(stage, reached)
        if since is not None and stage.ends not in reached and sub_status in stage.during:
            return stage, since
    return None


def context(
    *,
    sub_status: SubStatus,
    reached: Mapping[SubStatus, datetime],
    learned: Sequence[LaneHistory],
    now: datetime,
) -> StageContext | None:
    """The lane-context line for a parcel in a stage whose lane has enough history; else None."""
    found = current_stage(sub_status, reached)
    if found is None:
        return None
    stage, since = found
    usual = trusted_spread(learned, stage.key)
    if usual is None:
        return None
    spread, lane = usual
    so_far = max(0.0, (now - since) / DAY)
    said = Words(stage.sentence, usual=days_range(spread.p10, spread.p90), so_far=days_said(so_far))
    return StageContext(stage.name, since, so_far, spread, lane, str(said), said)


def days_range(low: float, high: float) -> Words:
    """'2-5 days' from the 10th and 90th percentile, whole days around them."""
    if high < 1:
        return Words(_LESS_THAN_A_DAY)
    start, end = math.floor(low), max(math.ceil(high), 1)
    if start == end or (start == 0 and end == 1):
        return Words(N_("about {days}"), days=days_said(end))
    return Words(N_("{start}-{end} days"), start=start, end=end)


def days_said(days: float) -> Words:
    whole = math.floor(days)
    if whole < 1:
        return Words(_LESS_THAN_A_DAY)
    return Words(N_("1 day")) if whole == 1 else Words(N_("{count} days"), count=whole)


_LESS_THAN_A_DAY = N_("less than a day")


def learn_stage_spreads(journeys: Iterable[Mapping[SubStatus, datetime]]) -> dict[str, Spread]:
    """Per stage, the spread of its durations in days over delivered parcels' milestones."""
    durations: dict[str, list[float]] = {stage.key: [] for stage in STAGES}
    for reached in journeys:
        for stage in STAGES:
            since, until = stage_start(stage, reached), reached.get(stage.ends)
            if since is not None and until is not None and until >= since:
                durations[stage.key].append((until - since) / DAY)
    return spreads_of(durations)
