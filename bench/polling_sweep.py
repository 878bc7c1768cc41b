"""The polling sweep and the tracking backends' enrolment as the tables grow: does their cost
follow the changes or the size?

For each size the schema is grown (shipments with one leg each, inserted by SQL in bulk: this
measures the sweep, not ingest), and the sweep (``services.polling.poll_due`` with no carrier
client, so no carrier is called: enrolment and the due selection) is timed three ways:

* first: the sweep that enrols every shipment added since the last size;
* steady: nothing new, nothing due (every poll moved a day ahead), the commonest sweep;
* changed: ``--changed`` shipments touched and as many new ones made since the last sweep.

The tracking backends' enrolment (``services.backends.enroll``, every 10 s where an aggregator
is configured) is timed the same two ways after the first sweep, with every number already
registered (rows inserted by SQL, as the shipments are): steady, and after the changes.

Each size prints its figures and their ratio to the first size's in the same run: a sweep
that follows changes stays near 1x while the tables grow. Run: `.venv/bin/python
bench/polling_sweep.py [--database sqlite|postgres] [--postgres-url URL] [--sizes
20000,100000,400000] [--changed 200]`; compare two versions of the code by running it with
``PYTHONPATH`` at an export of each.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ingest import postgres_schema
from sqlalchemy import Engine
from sqlalchemy import text as sql

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.jobs.carriers import build_backends
from parceltrail.services import backends
from parceltrail.services.backends import Backends
from parceltrail.services.polling import poll_due
from parceltrail.storage.migrate import upgrade

# Shipments numbered first..last, made at `made`, one leg each (a China Post number).
GROW = """
WITH RECURSIVE g(x) AS
  (SELECT CAST(:first AS INTEGER) UNION ALL SELECT x + 1 FROM g WHERE x < :last)
INSERT INTO {table}
"""
SHIPMENTS = (
    GROW.format(
        table="shipments (id, status, sub_status, milestones, event_count, created_at, updated_at)"
    )
    + "SELECT 'shp_b' || x, 'in_transit', 'in_transit', '{}', 1, :made, :made FROM g"
)
LEGS = (
    GROW.format(table="shipment_legs (shipment_id, sequence, tracking_number, carrier)")
    + "SELECT 'shp_b' || x, 1, 'RB' || x || 'CN', 'china_post' FROM g"
)
REGISTRATIONS = (
    GROW.format(
        table="tracking_registrations (shipment_id, tracking_number, carrier, backend, state,"
        " priority, attempts, created_at)"
    )
    + "SELECT 'shp_b' || x, 'RB' || x || 'CN', 'china_post', 'none', 'direct', 1, 0, :made"
    " FROM g"
)


@contextmanager
def database(kind: str, postgres_url: str) -> Iterator[str]:
    if kind == "postgres":
        with postgres_schema(postgres_url, "pollsweep") as url:
            yield url
        return
    with tempfile.TemporaryDirectory() as folder:
        yield f"sqlite:///{Path(folder) / 'bench.db'}"


def grow(engine: Engine, first: int, last: int, made: datetime) -> None:
    with engine.begin() as connection:
        values = {"first": first, "last": last, "made": made}
        connection.execute(sql(SHIPMENTS), values)
        connection.execute(sql(LEGS), values)
        connection.execute(sql("ANALYZE"))


def register_all(engine: Engine, first: int, last: int, made: datetime) -> None:
    """Every number of shipments first..last registered, as earlier enrolments left them."""
    with engine.begin() as connection:
        connection.execute(sql(REGISTRATIONS), {"first": first, "last": last, "made": made})
        connection.execute(sql("ANALYZE"))


def timed_sweep(app: App, now: datetime, runs: int = 1) -> float:
    """The best of ``runs`` sweeps at ``now``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        poll_due(uow_factory=app.uow, clients={}, now=now)
        best = min(best, time.perf_counter() - began)
    return best


def nothing_due(engine: Engine, now: datetime) -> None:
    with engine.begin() as connection:
        ahead = {"at": now + timedelta(days=1)}
        connection.execute(sql("UPDATE poll_schedule SET next_poll_at = :at"), ahead)
        connection.execute(sql("ANALYZE"))


def touch(engine: Engine, count: int, now: datetime) -> None:
    """``count`` enrolled shipments changed now, as an ingest would stamp them."""
    with engine.begin() as connection:
        connection.execute(
            sql(
                "UPDATE shipments SET updated_at = :now WHERE id IN"
                " (SELECT shipment_id FROM poll_schedule ORDER BY shipment_id LIMIT :count)"
            ),
            {"now": now, "count": count},
        )


def timed_enrolment(app: App, routes: Backends, now: datetime, runs: int = 1) -> float:
    """The best of ``runs`` tracking-backend enrolments at ``now``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        with app.uow() as uow:
            backends.enroll(uow=uow, backends=routes, now=now)
        best = min(best, time.perf_counter() - began)
    return best


def measure(app: App, sizes: list[int], changed: int) -> None:
    routes = build_backends(app.settings, app.pollers)
    now = datetime.now(UTC).replace(microsecond=0)
    have, first_figures = 0, None
    print(
        f"{'shipments':>10} {'first s':>8} {'steady ms':>10} {'changed ms':>11}"
        f" {'enrol steady ms':>16} {'enrol changed ms':>17}  growth"
    )
    for size in sizes:
        grow(app.engine, have + 1, size, now)
        register_all(app.engine, have + 1, size, now)
        now += timedelta(minutes=10)
        first = timed_sweep(app, now)
        nothing_due(app.engine, now)
        timed_enrolment(app, routes, now)  # the first at this size reads what was grown
        now += timedelta(minutes=10)
        steady = timed_sweep(app, now, runs=3)
        enrol_steady = timed_enrolment(app, routes, now, runs=3)
        now += timedelta(minutes=10)
        touch(app.engine, changed, now)
        grow(app.engine, size + 1, size + changed, now)
        changed_seconds = timed_sweep(app, now + timedelta(minutes=1))
        enrol_changed = timed_enrolment(app, routes, now + timedelta(minutes=1))
        have = size + changed
        figures = (first / size * 1e6, steady, changed_seconds, enrol_steady, enrol_changed)
        first_figures = first_figures or figures
        growth = " / ".join(f"{a / b:.2f}x" for a, b in zip(figures, first_figures, strict=True))
        print(
            f"{size:>10,} {first:>8.2f} {steady * 1000:>10.1f} {changed_seconds * 1000:>11.1f}"
            f" {enrol_steady * 1000:>16.1f} {enrol_changed * 1000:>17.1f}  {growth}"
            " (first a shipment / steady / changed / enrol steady / enrol changed)",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    parser.add_argument("--sizes", default="20000,100000,400000")
    parser.add_argument("--changed", type=int, default=200)
    options = parser.parse_args()
    sizes = sorted(int(size) for size in options.sizes.split(","))
    with database(options.database, options.postgres_url) as url:
        app = build(Settings(database_url=url))
        try:
            upgrade(app.engine)
            print(f"polling sweep on {options.database}, {options.changed} changed a sweep")
            measure(app, sizes, options.changed)
        finally:
            app.close()


if __name__ == "__main__":
    main()
