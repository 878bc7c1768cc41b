"""parceltrail on PostgreSQL as it grows: ingest, lookups under load, sweeps, disk, by size.

One database grows through the sizes given (``--sizes 100000,1000000,5000000`` are the target
runs; any sizes work). At each size the shipments added since the last size are generated,
10 events each (a China-to-US journey), and loaded through the ingest service as a verified
source would post them (batches of 1,000 events, the shipments started by the ingest itself),
then measured:

* ingest events/s, and the same rows COPYed into a bare table in the same run (the ratio);
* tracking lookups ``GET /api/v1/trackings/{number}`` over HTTP to ``--web-workers`` uvicorn
  workers, ``--concurrency`` clients at once: p50 and p99 latency;
* the health sweep: its time and peak Python memory (tracemalloc) after ``--changed``
  shipments got a new event, the steady state (the first sweep after a load, which assesses
  every new shipment, is printed apart). With ``--first-sweep-sample N`` that first sweep
  stops once it has examined N new shipments (its time per shipment is printed, and the
  whole first sweep's time at that rate) and the sweep's mark is moved past the load, so
  the rest are never assessed: at a million new shipments the whole first sweep takes
  hours, and what it costs per shipment is what the sample measures;
* the polling sweep's enrolment and due selection (no carrier is called: the stored numbers
  are generated);
* disk bytes per event (``tracking_events`` with its partitions and indexes) and for the
  whole schema.

The last table prints each figure at each size, and its growth relative to the first size.
The schema (``scale_<random>`` in ``--postgres-url``'s database) is dropped at the end unless
``--keep``. Run: `.venv/bin/python bench/scale.py --sizes 2000,10000
[--postgres-url URL] [--web-workers 4] [--concurrency 8] [--lookups 400] [--changed 200]
[--first-sweep-sample N]`. Each size also prints the machine's load average (1 minute) at the
start and the end of its load, since the figures move with it on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from ingest import (  # bench/ingest.py's journey, so the two benchmarks' figures compare
    STEPS,
    PlannerStatistics,
)
from sqlalchemy import create_engine, text

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.domain.users import Role
from parceltrail.services import health
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service
from parceltrail.services.polling import poll_due
from parceltrail.storage.migrate import upgrade

BATCH_SHIPMENTS = 100  # 1,000 events a batch
SHIFT = [timedelta(0)]
"""How far the app's clock runs ahead of the real one: moved past the health sweep's overlap
after each load, so the steady sweep sees only the parcels changed since."""
SPREAD = timedelta(days=75)  # journeys start over the 75 days before the run, so all ended


def number(index: int) -> str:
    serial = f"{index:08d}"
    return f"LK{serial}{compute_s10(serial)}CN"


def journey(index: int, now: datetime, size_hint: int) -> list[dict[str, Any]]:
    """The 10 events of parcel ``index``; starts spread evenly over ``SPREAD``."""
    start = now - SPREAD - timedelta(days=13) + SPREAD * ((index * 7919) % size_hint) / size_hint
    return [
        {
            "tracking_number": number(index),
            "occurred_at": (start + timedelta(hours=hours)).isoformat(),
            "description": words,
            "location": {"city": city, "country": country},
            **({"status": status} if status else {}),
        }
        for hours, status, words, city, country in STEPS
    ]


@contextmanager
def schema(base_url: str, keep: bool) -> Iterator[str]:
    name = f"scale_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base_url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{name}"'))
    separator = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{separator}options=-csearch_path%3D{name}"
    finally:
        if keep:
            print(f"kept schema {name}")
        else:
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


def load(
    app: App, first: int, last: int, size_hint: int, planner: PlannerStatistics
) -> tuple[float, int]:
    """Ingest parcels ``first``..``last`` - 1; seconds spent and events stored (an ``ANALYZE``
    run for a server without autovacuum is not counted: autovacuum runs beside the ingest)."""
    now = app.clock()
    began, stored, aside = time.perf_counter(), 0, 0.0
    for start in range(first, last, BATCH_SHIPMENTS):
        batch = [
            e
            for i in range(start, min(start + BATCH_SHIPMENTS, last))
            for e in journey(i, now, size_hint)
        ]
        with app.uow() as uow:
            valid, rejected = tracking_service.parse_events(batch, now=now, source="bench")
            result = tracking_service.ingest(
                uow=uow, actor=None, events=valid, now=now, create_unknown=True
            )
        assert not rejected, rejected
        assert not result.rejected, result.rejected
        stored += result.accepted
        analyzing = time.perf_counter()
        planner.grew_to(first * len(STEPS) + stored)
        aside += time.perf_counter() - analyzing
    return time.perf_counter() - began - aside, stored


def copy_baseline(url: str, first: int, last: int, size_hint: int) -> float:
    """The same events COPYed into a bare table of the same columns, a commit per batch."""
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    now = datetime.now(UTC)
    with psycopg.connect(conninfo) as db:
        db.execute(
            "CREATE TABLE IF NOT EXISTS raw_events (id bigserial PRIMARY KEY, shipment_id text,"
            " event_key text, tracking_number text, occurred_at timestamptz, sub_status text,"
            " description text, city text, country text, source text, received_at timestamptz,"
            " UNIQUE (shipment_id, event_key))"
        )
        db.commit()
        spent = 0.0
        for start in range(first, last, BATCH_SHIPMENTS):
            rows = [
                (
                    e["tracking_number"],
                    f"{e['occurred_at']}|{e['description']}",
                    e["tracking_number"],
                    e["occurred_at"],
                    e.get("status"),
                    e["description"],
                    e["location"]["city"],
                    e["location"]["country"],
                    "bench",
                    now,
                )
                for i in range(start, min(start + BATCH_SHIPMENTS, last))
                for e in journey(i, now, size_hint)
            ]
            began = time.perf_counter()
            with db.cursor().copy(
                "COPY raw_events (shipment_id, event_key, tracking_number, occurred_at,"
                " sub_status, description, city, country, source, received_at) FROM STDIN"
            ) as copy:
                for row in rows:
                    copy.write_row(row)
            db.commit()
            spent += time.perf_counter() - began
    return spent


def measured(work: Callable[[], Any]) -> tuple[float, int, Any]:
    """Seconds, peak Python memory (bytes) and the result of ``work()``."""
    tracemalloc.start()
    began = time.perf_counter()
    result = work()
    elapsed = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak, result


def health_sweep(app: App, up_to: int | None = None) -> int:
    """Sweep in rounds until nothing is left, or ``up_to`` shipments were examined."""
    examined = 0
    while True:
        with app.uow() as uow:
            report = health.sweep(uow=uow, now=app.clock())
        examined += report.examined
        if not report.more or (up_to is not None and examined >= up_to):
            return examined


def skip_sweep_past_load(app: App) -> None:
    """Move the health sweep's mark to now: what was loaded before is not assessed."""
    with app.uow() as uow:
        uow.health.set_mark(health.SWEEP, (app.clock(), ""))


def touch(app: App, count: int, size: int) -> None:
    """``count`` random parcels get one more event (a correction scan), through ingest."""
    now = app.clock()
    rng = random.Random(size)
    events = [
        {
            "tracking_number": number(i),
            "occurred_at": (now - timedelta(minutes=5)).isoformat(),
            "description": "Delivery confirmed by the recipient",
            "status": "delivered",
        }
        for i in rng.sample(range(size), min(count, size))
    ]
    with app.uow() as uow:
        valid, _ = tracking_service.parse_events(events, now=now, source="bench")
        tracking_service.ingest(uow=uow, actor=None, events=valid, now=now)


def polling_sweep(app: App) -> None:
    poll_due(uow_factory=app.uow, clients={}, now=app.clock())


def disk(url: str) -> tuple[int, int]:
    """Bytes of tracking_events (partitions and indexes included) and of the whole schema."""
    engine = create_engine(url)
    with engine.connect() as connection:
        events = connection.execute(
            text(
                "SELECT coalesce(sum(pg_total_relation_size(relid)), 0)"
                " FROM pg_partition_tree('tracking_events')"
            )
        ).scalar_one()
        everything = connection.execute(
            text(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')"
            )
        ).scalar_one()
    engine.dispose()
    return int(events), int(everything)


class WebServer:
    """``uvicorn --workers N`` on the bench's database, stopped with SIGTERM."""

    def __init__(self, url: str, workers: int, port: int) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARCELTRAIL_")}
        env.update(
            {
                "PARCELTRAIL_DATABASE_URL": url,
                "PARCELTRAIL_API_LOOKUP_BURST": "100000000",
                "PARCELTRAIL_API_LOOKUP_PER_MINUTE": "100000000",
                "PARCELTRAIL_RUN_JOBS_IN_SERVER": "false",
                "PARCELTRAIL_LOG_LEVEL": "WARNING",
            }
        )
        self.base = f"http://127.0.0.1:{port}"
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--factory",
                "parceltrail.web.asgi:app",
                "--workers",
                str(workers),
                "--port",
                str(port),
                "--log-level",
                "warning",
                # uvicorn restarts a worker that misses a 5 s health check, cutting its
                # connections; on a machine with many runnable processes per core that happens.
                "--timeout-worker-healthcheck",
                "60",
            ],
            env=env,
        )

    def wait(self, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.5)
        raise SystemExit("the web workers did not start")

    def stop(self) -> None:
        self._process.send_signal(signal.SIGTERM)
        self._process.wait(60)


def lookups(
    base: str, token: str, size: int, total: int, concurrency: int
) -> tuple[list[float], int]:
    """Latencies (seconds) of ``total`` lookups of random numbers, ``concurrency`` at once,
    and how many were cut off (the connection lost: the client reconnects and goes on)."""
    latencies: list[float] = []
    lost = [0]
    lock = threading.Lock()
    rng = random.Random(total)
    numbers = [number(rng.randrange(size)) for _ in range(total)]
    shares = [numbers[i::concurrency] for i in range(concurrency)]

    def client(share: list[str]) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
            for each in share:
                began = time.perf_counter()
                try:
                    answer = http.get(f"/api/v1/trackings/{each}")
                except httpx.TransportError:
                    with lock:
                        lost[0] += 1
                    continue
                spent = time.perf_counter() - began
                assert answer.status_code == 200, (answer.status_code, answer.text[:200])
                with lock:
                    latencies.append(spent)

    threads = [threading.Thread(target=client, args=(share,)) for share in shares]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, lost[0]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def admin_token(app: App) -> str:
    with app.uow() as uow:
        user_service.create_user(
            uow=uow, email="scale@example.com", role=Role.ADMIN, now=app.clock()
        )
    with app.uow() as uow:
        _, secret = user_service.create_token(
            uow=uow, email="scale@example.com", name="scale", now=app.clock()
        )
    return secret


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,10000", help="shipments, comma-separated")
    parser.add_argument(
        "--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    parser.add_argument("--web-workers", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--lookups", type=int, default=400)
    parser.add_argument("--changed", type=int, default=200)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--first-sweep-sample",
        type=int,
        default=0,
        help="examine at most this many new shipments in the first sweep after a load"
        " (0: all of them)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the schema at the end")
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]
    rows: list[dict[str, float]] = []
    with schema(options.postgres_url, options.keep) as url:
        app = build(Settings(database_url=url), clock=lambda: datetime.now(UTC) + SHIFT[0])
        upgrade(app.engine)
        token = admin_token(app)
        planner = PlannerStatistics(url)
        print(planner.describe(), flush=True)
        loaded = 0
        for size in sizes:
            rows.append(measure_size(app, url, token, options, (loaded, size), sizes[-1], planner))
            loaded = size
        planner.close()
        app.close()
    report(sizes, rows)


def measure_size(
    app: App,
    url: str,
    token: str,
    options: Any,
    span: tuple[int, int],
    largest: int,
    planner: PlannerStatistics,
) -> dict[str, float]:
    loaded, size = span
    print(f"--- {size:,} shipments (loading {size - loaded:,})", flush=True)
    load_before = os.getloadavg()[0]
    spent, events = load(app, loaded, size, largest, planner)
    load_after = os.getloadavg()[0]
    raw = copy_baseline(url, loaded, size, largest)
    sample = options.first_sweep_sample or None
    first_sweep = measured(lambda: health_sweep(app, up_to=sample))
    if sample is not None and first_sweep[2] < size - loaded:
        skip_sweep_past_load(app)
    SHIFT[0] += health.MARK_OVERLAP + timedelta(minutes=1)  # the load falls behind the mark
    touch(app, options.changed, size)
    steady = measured(lambda: health_sweep(app))
    polling = measured(lambda: polling_sweep(app))
    web = WebServer(url, options.web_workers, options.port)
    try:
        web.wait()
        lookups(web.base, token, size, options.concurrency * 5, options.concurrency)  # warm
        latencies, lost = lookups(web.base, token, size, options.lookups, options.concurrency)
    finally:
        web.stop()
    events_bytes, all_bytes = disk(url)
    stored = size * len(STEPS) + min(options.changed, size)  # every size so far, plus touches
    row = {
        "ingest events/s": events / spent,
        "COPY events/s": events / raw,
        "ratio to COPY": (events / spent) / (events / raw),
        "  load average, load start": load_before,
        "  load average, load end": load_after,
        "lookup p50 ms": statistics.median(latencies) * 1000,
        "lookup p99 ms": percentile(latencies, 0.99) * 1000,
        "  lookups cut off": lost,
        "health sweep after load s": first_sweep[0],
        "  new parcels it examined": first_sweep[2],
        "  ms a new parcel": first_sweep[0] * 1000 / max(1, first_sweep[2]),
        "health sweep, changed only, s": steady[0],
        "  parcels it examined": steady[2],
        "health sweep peak MB": steady[1] / 1e6,
        "polling sweep s": polling[0],
        "bytes/event (events table)": events_bytes / stored,
        "bytes/event (whole schema)": all_bytes / stored,
    }
    for name, value in row.items():
        print(f"  {name:<32} {value:>12,.2f}", flush=True)
    return row


def report(sizes: list[int], rows: list[dict[str, float]]) -> None:
    print("\nfigure by size, and growth relative to the first size")
    header = "".join(f"{size:>14,}" for size in sizes)
    print(f"{'':<32}{header}{'growth':>10}")
    for name in rows[0]:
        values = [row[name] for row in rows]
        growth = values[-1] / values[0] if values[0] else float("nan")
        line = "".join(f"{value:>14,.2f}" for value in values)
        print(f"{name:<32}{line}{growth:>9.2f}x")
    print(f"{'size':<32}{''.join(f'{s:>14,}' for s in sizes)}{sizes[-1] / sizes[0]:>9.2f}x")


if __name__ == "__main__":
    main()
