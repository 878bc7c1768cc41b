"""Health sweep cost at scale: does it grow with the number of shipments, or with the changes?

For each size (default 100,000 and 1,000,000 shipments) the script fills a fresh database
with shipments already assessed (their next recheck weeks away), changes 200 of them as an
ingest would, and times one sweep, with its peak Python memory (tracemalloc). The baseline,
run on the same database in the same run, is the naive sweep: read every shipment's state.
Run: `.venv/bin/python bench/health.py [--sizes 100000,1000000] [--postgres URL]`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text, update

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.services import health
from parceltrail.storage.migrate import upgrade
from parceltrail.storage.tables import shipment_health, shipment_legs, shipments, sweep_marks

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
CHANGED = 200
CHUNK = 20_000


def fill(app: App, size: int) -> None:
    """``size`` shipments in transit, assessed an hour ago, next recheck in two weeks."""
    earlier = NOW - timedelta(hours=1)
    with app.engine.begin() as connection:
        for start in range(0, size, CHUNK):
            ids = [f"shp_{index:012d}" for index in range(start, min(start + CHUNK, size))]
            connection.execute(insert(shipments), [_shipment(sid, earlier) for sid in ids])
            connection.execute(
                insert(shipment_legs),
                [
                    {
                        "shipment_id": sid,
                        "sequence": 1,
                        "tracking_number": f"T{sid[4:]}",
                        "carrier": None,
                    }
                    for sid in ids
                ],
            )
            connection.execute(insert(shipment_health), [_assessed(sid, earlier) for sid in ids])
        connection.execute(insert(sweep_marks).values(name="health", mark=earlier, after_id=""))


def _shipment(shipment_id: str, at: datetime) -> dict[str, Any]:
    return {
        "id": shipment_id,
        "order_id": None,
        "status": "in_transit",
        "sub_status": "in_transit",
        "milestones": {},
        "last_event_at": at - timedelta(days=2),
        "delivered_at": None,
        "event_count": 3,
        "dispatched_at": at - timedelta(days=5),
        "created_at": at,
        "updated_at": at - timedelta(minutes=30),
    }


def _assessed(shipment_id: str, at: datetime) -> dict[str, Any]:
    return {
        "shipment_id": shipment_id,
        "problem": None,
        "problem_since": None,
        "explanation": "moving",
        "recheck_at": at + timedelta(days=14),
        "eta_samples": 0,
        "assessed_at": at,
    }


def touch(app: App, size: int) -> None:
    step = max(1, size // CHANGED)
    ids = [f"shp_{index:012d}" for index in range(0, size, step)][:CHANGED]
    with app.engine.begin() as connection:
        connection.execute(update(shipments).where(shipments.c.id.in_(ids)).values(updated_at=NOW))


def measured(work: Callable[[], int]) -> tuple[float, int, int]:
    tracemalloc.start()
    began = time.perf_counter()
    count = work()
    elapsed = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak, count


def sweep(app: App) -> int:
    examined = 0
    with app.uow() as uow:
        examined = health.sweep(uow=uow, now=NOW + timedelta(minutes=10), limit=5000).examined
        uow.rollback()
    return examined


def naive(app: App) -> int:
    with app.engine.connect() as connection:
        rows = connection.execute(
            select(shipments.c.id, shipments.c.sub_status, shipments.c.last_event_at)
        ).all()
    return len(rows)


def run(url: str, size: int) -> tuple[tuple[float, int, int], tuple[float, int, int]]:
    app = build(Settings(database_url=url))
    upgrade(app.engine)
    fill(app, size)
    touch(app, size)
    result = measured(lambda: sweep(app)), measured(lambda: naive(app))
    app.close()
    return result


def postgres_url(base: str) -> tuple[str, Callable[[], None]]:
    from sqlalchemy import create_engine

    schema = f"pt_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}", drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--postgres", help="also run on this PostgreSQL URL")
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]
    targets: list[tuple[str, Callable[[], tuple[str, Callable[[], None]]]]] = []
    folder = tempfile.mkdtemp()
    for size in sizes:
        targets.append(
            (
                f"sqlite/{size}",
                lambda s=size: (f"sqlite:///{Path(folder) / f'h{s}.db'}", lambda: None),
            )
        )
        if options.postgres:
            targets.append((f"postgres/{size}", lambda: postgres_url(options.postgres)))
    first: dict[str, float] = {}
    for name, make in targets:
        kind, size = name.split("/")
        url, cleanup = make()
        try:
            (s_time, s_mem, examined), (n_time, n_mem, rows) = run(url, int(size))
        finally:
            cleanup()
        first.setdefault(kind, s_time)
        sweep_part = f"sweep {s_time * 1e3:8.1f} ms, peak {s_mem / 1e6:6.1f} MB, read {examined}"
        naive_part = f"naive read of {rows:,}: {n_time * 1e3:8.1f} ms, peak {n_mem / 1e6:7.1f} MB"
        ratios = f"sweep/naive {s_time / n_time:.3f}; sweep vs smallest {s_time / first[kind]:.2f}x"
        print(f"{name:>18}: {sweep_part}; {naive_part}; {ratios}")


if __name__ == "__main__":
    main()
