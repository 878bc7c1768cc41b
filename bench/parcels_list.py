"""My parcels list: each row's latest event read alone, against every event of every parcel.

One buyer follows 300 parcels of 40 scans each (a China-to-US journey with its many sorting
scans), on SQLite (a file) and on PostgreSQL (a schema of its own in ``--postgres-url``'s
database, dropped afterwards). The list is built twice per round, in turn, in one read-only
unit of work each: the way it is built now (the stored state, and one ranked statement that
returns only the events at each parcel's latest time) and the way it was built before (every
event of the listed parcels read and turned into objects, the latest picked in Python). Both
give the same rows, which the bench checks. It prints the median time of each, their ratio,
and the event rows each way reads.
Run: `.venv/bin/python bench/parcels_list.py [--parcels N] [--events N] [--rounds N]
[--database sqlite|postgres|both] [--postgres-url URL]`.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ingest import postgres_schema  # the ingest bench's throw-away schemas

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.domain.tracking import TrackingEvent
from parceltrail.domain.users import Role, User
from parceltrail.services import parcel_views, parcels
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service
from parceltrail.services.parcels import ParcelCaps, Wanted
from parceltrail.storage.migrate import upgrade

START = datetime(2026, 11, 10, 8, tzinfo=UTC)
# Scans as USPS and China Post word them (the journey tests/factories.py replays).
FIRST = [
    ("info_received", "Electronic information received", "Shenzhen", "CN"),
    ("accepted", "Acceptance", "Shenzhen", "CN"),
    ("departed_origin", "Departure from outward office of exchange", "Guangzhou", "CN"),
    ("arrived_destination", "Arrival at inward office of exchange", "Chicago", "US"),
]
SORTING = [
    (None, "Arrived at USPS regional facility", "Chicago", "US"),
    (None, "Departed USPS regional facility", "Chicago", "US"),
]


def number(index: int) -> str:
    serial = f"{index:08d}"
    return f"LX{serial}{compute_s10(serial)}CN"


def journey(tracking_number: str, events: int) -> list[dict[str, Any]]:
    """``events`` scans, hourly: the first border steps, then sorting scans to and fro."""
    steps = FIRST + [SORTING[i % 2] for i in range(max(0, events - len(FIRST)))]
    raw = []
    for hour, (status, text, city, country) in enumerate(steps[:events]):
        item: dict[str, Any] = {
            "tracking_number": tracking_number,
            "occurred_at": (START + timedelta(hours=hour)).isoformat(),
            "description": text,
            "location": {"city": city, "country": country},
        }
        if status:
            item["status"] = status
        raw.append(item)
    return raw


def seed(app: App, count: int, events: int) -> User:
    upgrade(app.engine)
    now = app.clock()
    with app.uow() as uow:
        buyer = user_service.create_user(uow=uow, email="b@example.com", role=Role.BUYER, now=now)
    numbers = [number(index) for index in range(count)]
    with app.uow() as uow:
        for tracking_number in numbers:
            parcels.track(
                uow=uow,
                user_id=buyer.id,
                wanted=Wanted(tracking_number),
                source="number",
                pollable=app.pollers,
                caps=ParcelCaps(count, count),
                now=now,
            )
    for start in range(0, count, 20):
        batch = [item for n in numbers[start : start + 20] for item in journey(n, events)]
        with app.uow() as uow:
            valid, rejected = tracking_service.parse_events(batch, now=now)
            assert not rejected, rejected[:3]
            tracking_service.ingest(uow=uow, actor=None, events=valid, now=now)
    return buyer


class FullHistories:
    """The event repository as the list used it before: every event read, the latest picked."""

    def __init__(self, events: Any) -> None:
        self._events = events
        self.rows = 0

    def latest_for(self, shipment_ids: Sequence[str]) -> dict[str, TrackingEvent]:
        histories = self._events.for_shipments(shipment_ids)
        self.rows = sum(len(found) for found in histories.values())
        return {
            shipment_id: max(found, key=lambda e: e.sort_key)
            for shipment_id, found in histories.items()
            if found
        }


def listed(app: App, buyer: User, *, old: bool) -> tuple[float, list[Any], int]:
    with app.reader() as uow:
        began = time.perf_counter()
        if old:
            full = FullHistories(uow.events)
            uow.events = full  # type: ignore[assignment]
        views = parcel_views.parcels_of(uow=uow, user=buyer)
        took = time.perf_counter() - began
    rows = full.rows if old else sum(v.last_event is not None for v in views)
    return took, views, rows


def compare(app: App, buyer: User, rounds: int, label: str) -> None:
    listed(app, buyer, old=True)  # warm: statements compiled, caches filled
    listed(app, buyer, old=False)
    old_times, new_times = [], []
    old_rows = new_rows = 0
    for _ in range(rounds):
        took, old_views, old_rows = listed(app, buyer, old=True)
        old_times.append(took)
        took, new_views, new_rows = listed(app, buyer, old=False)
        new_times.append(took)
        assert new_views == old_views, "the two ways must list the same rows"
    old_ms = statistics.median(old_times) * 1000
    new_ms = statistics.median(new_times) * 1000
    print(
        f"{label:10} {len(new_views)} parcels: all events {old_ms:8.1f} ms ({old_rows} event rows)"
        f" | latest only {new_ms:7.1f} ms ({new_rows} event rows) | {old_ms / new_ms:5.1f}x faster"
    )


def run(url: str, options: argparse.Namespace, label: str) -> None:
    app = build(Settings(database_url=url))
    try:
        buyer = seed(app, options.parcels, options.events)
        compare(app, buyer, options.rounds, label)
    finally:
        app.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--parcels", type=int, default=parcel_views.MAX_LISTED)
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="a database to make a throw-away schema in",
    )
    options = parser.parse_args()
    if options.parcels > parcel_views.MAX_LISTED:
        parser.error(f"--parcels: the list shows at most {parcel_views.MAX_LISTED}")
    if options.database in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as folder:
            run(f"sqlite:///{Path(folder) / 'parcels.db'}", options, "SQLite")
    if options.database in ("postgres", "both"):
        with postgres_schema(options.postgres_url, "parcels") as url:
            run(url, options, "PostgreSQL")


if __name__ == "__main__":
    main()
