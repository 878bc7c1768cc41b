"""Carrier scans and the writer that lays them out in time, in the carrier's local hours."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from parceltrail.simulator.lanes import CN_OFFSET_HOURS, Lane

_SUNDAY = 6


@dataclass(frozen=True, slots=True)
class Scan:
    """One carrier scan as the carrier stores it; ``code`` is the simulator's own vocabulary."""

    number: str
    carrier: str
    at: datetime  # UTC
    utc_offset_hours: int
    code: str
    description: str
    city: str
    country: str
    handover: tuple[str, str] | None = None  # (new number, new carrier)

    @property
    def local_time(self) -> datetime:
        return self.at.astimezone(timezone(timedelta(hours=self.utc_offset_hours)))

    @property
    def id(self) -> str:
        return f"{self.number}-{self.code}-{int(self.at.timestamp())}"


@dataclass
class ScanWriter:
    """Appends scans at a moving cursor; ``workday`` snaps a scan into local working hours."""

    rng: random.Random
    cursor: datetime
    scans: list[Scan] = field(default_factory=list)
    number: str = ""
    carrier: str = ""
    city: str = ""
    country: str = "CN"
    offset: int = CN_OFFSET_HOURS

    def __post_init__(self) -> None:
        self.start = self.cursor

    def at_cn(self, number: str, carrier: str, city: str, country: str) -> None:
        self.number, self.carrier, self.city, self.country = number, carrier, city, country
        self.offset = CN_OFFSET_HOURS

    def at_dest(self, lane: Lane) -> None:
        self.city, self.country, self.offset = lane.hub, lane.country, lane.utc_offset_hours

    def on(self, number: str, carrier: str, city: str) -> None:
        self.number, self.carrier, self.city = number, carrier, city

    def wait(self, hours: float) -> None:
        self.cursor += timedelta(hours=hours)

    def elapsed_hours(self) -> float:
        return (self.cursor - self.start).total_seconds() / 3600

    def scan(
        self,
        code: str,
        description: str,
        *,
        hours: float,
        workday: tuple[int, int] | None = None,
        handover: tuple[str, str] | None = None,
    ) -> None:
        self.wait(hours)
        if workday is not None:
            self.cursor = self._in_hours(*workday)
        self.scans.append(
            Scan(
                number=self.number,
                carrier=self.carrier,
                at=self.cursor.replace(microsecond=0),
                utc_offset_hours=self.offset,
                code=code,
                description=description,
                city=self.city,
                country=self.country,
                handover=handover,
            )
        )

    def lose(self) -> str:
        """The parcel goes silent; half the time the carrier declares it lost weeks later."""
        if self.rng.random() < 0.5:
            self.scan(
                "LOST",
                "Item could not be located and is presumed lost",
                hours=self.rng.uniform(25, 40) * 24,
                workday=(9, 17),
            )
        return "lost"

    def _in_hours(self, first: int, last: int) -> datetime:
        """The cursor if it falls in local working hours (Mon-Sat), else the next opening."""
        zone = timezone(timedelta(hours=self.offset))
        local = self.cursor.astimezone(zone)
        if first <= local.hour < last and local.weekday() != _SUNDAY:
            return self.cursor
        day = local if local.hour < first else local + timedelta(days=1)
        while day.weekday() == _SUNDAY:
            day += timedelta(days=1)
        opening = day.replace(hour=first, minute=0, second=0, microsecond=0)
        spread = min(90.0, (last - first) * 60.0)
        return (opening + timedelta(minutes=self.rng.uniform(0, spread))).astimezone(
            self.cursor.tzinfo
        )
