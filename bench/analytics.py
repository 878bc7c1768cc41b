"""Delivery analytics at size: page and API time read from the rollups, and the rollups' cost.

Three parts, on SQLite and PostgreSQL (a throw-away schema in ``--postgres-url``'s database):

1. **The data.** ``--shipments`` delivered shipments (default 1,000,000; a year of dispatch
   days, 500 sellers, 10 carriers from CN/DE/US to 15 countries, 3 services; synthetic,
   generated here, not real data) are **bulk-inserted** in the shape the real code writes them
   (the rows were copied from a dispatch, an ingest and a health sweep run through the
   services): users, orders and their lines, shipments with their milestones, legs, 6-8
   tracking events each, the health sweep's rows, and the analytics sweep's kept ETAs (the
   ETA shown at dispatch, which the sweep keeps while the parcel travels). The ingest itself
   would take hours at this size on this machine. The **rollups** are then built by the real
   code: ``services/analytics.rebuild`` (read every shipment and its events, derive its tally,
   add it to its rollup rows).
2. **Reads at size.** Timed over HTTP in-process (FastAPI's TestClient, no network):
   ``GET /admin/analytics`` (every chart) over a year, 30 days, by order and by delivery day,
   a carrier to one country, one service and one seller; ``GET /desk/analytics`` of a seller;
   ``GET /api/v1/analytics/summary`` over a year and 30 days, and one of its tables
   (``/tables/carriers``) over a year; median of ``--repeat`` runs after
   one warm-up. The baseline, in the same run and database: the year's summary without
   rollups, folded from every shipment's own tally as the sweep keeps it
   (``analytics_shipments.tally``), which is already less than scanning events.
3. **The rollups' cost per event, through the real path.** ``--path-shipments`` shipments
   (default 2,000) are dispatched through the services and their events (bench/ingest.py's
   ten-event journey) ingested in time order in batches of 1,000; after every
   ``--sweep-every`` batches the health sweep and then the analytics sweep run, as the job
   runner runs them. The analytics sweep's time per event is the rollups' cost; the baseline
   is the ingest's own time per event in the same run.

The load average (other work on the shared machine) is printed with the timings.

Run: `.venv/bin/python bench/analytics.py [--shipments 1000000] [--databases sqlite,postgres]
[--postgres-url URL] [--sellers 500] [--path-shipments 2000] [--repeat 5] [--rebuild-batch 10000]
[--parts size,path] [--keep DIR] [--clock wall|cpu]`.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from ingest import (  # the ingest bench's journeys and throw-away schemas
    build_events,
    in_batches,
    postgres_schema,
    seed_shipments,
)
from sqlalchemy import create_engine, insert
from sqlalchemy import select as sql_select
from sqlalchemy import text as sql

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.analytics import Summary, merge
from parceltrail.domain.users import Role
from parceltrail.services import accounts, analytics, health
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service
from parceltrail.storage.migrate import upgrade
from parceltrail.storage.tables import (
    analytics_shipments,
    order_lines,
    orders,
    shipment_health,
    shipment_legs,
    shipments,
    tracking_events,
    users,
)
from parceltrail.web.app import create_app

NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)
PASSWORD = "bench password 123"
LANES = {
    "CN": (["cainiao", "yunexpress", "china_post", "4px"], 0.7, (7, 25)),
    "DE": (["dhl", "dpd", "hermes"], 0.15, (1, 6)),
    "US": (["usps", "ups", "fedex"], 0.15, (2, 9)),
}
DESTINATIONS = [
    "US",
    "GB",
    "DE",
    "FR",
    "ES",
    "IT",
    "NL",
    "PL",
    "BR",
    "RU",
    "CA",
    "AU",
    "JP",
    "IL",
    "SE",
]
SERVICES = ["standard", "express", "economy"]
SELLERS = 500
CHUNK = 20_000  # shipments generated and inserted at a time
DELIVERED_TEXT = "No further carrier updates are expected."


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} (1/5/15 min)"


# --- synthetic shipments, bulk-inserted ----------------------------------------------------


def sellers_plan(rng: random.Random, sellers: int = SELLERS) -> list[tuple[str, str, list[str]]]:
    """Each seller ships from one origin with two of its carriers."""
    plan = []
    origins = list(LANES)
    weights = [LANES[o][1] for o in origins]
    for index in range(sellers):
        origin = rng.choices(origins, weights)[0]
        plan.append((f"usr_bench{index:05d}", origin, rng.sample(LANES[origin][0], 2)))
    return plan


def at_iso(moment: datetime) -> str:
    return moment.isoformat()


def shipment_rows(rng: random.Random, plan: list[Any], index: int, day: date) -> dict[str, Any]:
    """One delivered shipment's rows in every table the dispatch, the ingest, the health sweep
    and the analytics sweep write."""
    seller, origin, carriers = rng.choice(plan)
    carrier, service, destination = (
        rng.choice(carriers),
        rng.choice(SERVICES),
        rng.choice(DESTINATIONS),
    )
    dispatched = datetime.combine(day, datetime.min.time(), UTC) + timedelta(
        hours=rng.randrange(8, 18), minutes=rng.randrange(60)
    )
    low, high = LANES[origin][2]
    transit = rng.randint(low, high) + int(rng.expovariate(0.5))
    accepted = dispatched + timedelta(hours=rng.randrange(2, 60))
    delivered = accepted + timedelta(days=transit, hours=rng.randrange(24))
    steps = [
        ("info_received", dispatched - timedelta(hours=1)),
        ("accepted", accepted),
        ("departed_origin", accepted + timedelta(hours=rng.randrange(10, 40))),
        ("arrived_destination", delivered - timedelta(days=min(3, transit), hours=2)),
        ("out_for_delivery", delivered - timedelta(hours=6)),
        ("delivered", delivered),
    ]
    if origin == "CN" and rng.random() < 0.04:
        steps.append(("customs_held", delivered - timedelta(days=min(2, transit), hours=1)))
    if rng.random() < 0.08:
        steps.append(("failed_attempt", delivered - timedelta(days=1)))
    steps.sort(key=lambda step: step[1])
    sid, oid = f"shp_{index:020d}", f"ord_{index:020d}"
    number = f"BN{index:09d}{origin}"
    ordered = dispatched - timedelta(hours=rng.randrange(1, 72))
    lag = [rng.randrange(0, 30) for _ in steps]
    eta = [dispatched + timedelta(days=d) for d in (low + 1, (low + high) // 2, high + 3)]
    return {
        "order": {
            "id": oid,
            "reference": f"B-{index}",
            "seller_id": seller,
            "buyer_id": "usr_benchbuyer",
            "created_at": ordered,
        },
        "line": {"order_id": oid, "position": 0, "title": "Item", "quantity": 1, "sku": None},
        "shipment": {
            "id": sid,
            "order_id": oid,
            "status": "delivered",
            "sub_status": "delivered",
            "milestones": {s: at_iso(m) for s, m in steps if s != "info_received"},
            "last_event_at": delivered,
            "delivered_at": delivered,
            "event_count": len(steps),
            "dispatched_at": dispatched,
            "created_at": dispatched,
            "updated_at": delivered + timedelta(hours=lag[-1]),
            "service": service,
        },
        "leg": {"shipment_id": sid, "sequence": 1, "tracking_number": number, "carrier": carrier},
        "events": [
            {
                "shipment_id": sid,
                "event_key": f"{index:024x}{i:08x}",
                "tracking_number": number,
                "occurred_at": moment,
                "utc_offset_minutes": 0,
                "sub_status": status,
                "description": status.replace("_", " "),
                "source": "api",
                "received_at": moment + timedelta(hours=lag[i]),
            }
            for i, (status, moment) in enumerate(steps)
        ],
        "health": {
            "shipment_id": sid,
            "explanation": DELIVERED_TEXT,
            "eta_samples": 0,
            "origin_country": origin,
            "destination_country": destination,
            "carrier": carrier,
            "service": service,
            "assessed_at": delivered + timedelta(hours=lag[-1] + 1),
        },
        "kept": {
            "shipment_id": sid,
            "day": day.isoformat(),
            "seller": seller,
            "carrier": carrier,
            "service": service,
            "origin": origin,
            "destination": destination,
            "tally": {},
            "promises": {"dispatched": [at_iso(m) for m in eta]},
            "problem_found_at": accepted + timedelta(days=9) if rng.random() < 0.05 else None,
            "recheck_at": None,
            "updated_at": NOW,
        },
    }


TABLES = (
    (orders, "order"),
    (order_lines, "line"),
    (shipments, "shipment"),
    (shipment_legs, "leg"),
    (shipment_health, "health"),
    (analytics_shipments, "kept"),
)


def bulk_load(app: App, count: int, sellers: int = SELLERS) -> tuple[int, float]:
    """``count`` delivered shipments of ``sellers`` sellers over the year before NOW, inserted
    in dispatch order (ids grow with time, as parceltrail's do); rows inserted and seconds."""
    started = time.perf_counter()
    rng = random.Random(7)
    plan = sellers_plan(rng, sellers)
    people = [
        {
            "id": seller,
            "email": f"{seller}@example.com",
            "role": "seller",
            "created_at": NOW,
            "approved_at": NOW,
        }
        for seller, _, _ in plan
    ]
    people.append(
        {
            "id": "usr_benchbuyer",
            "email": "buyer@example.com",
            "role": "buyer",
            "created_at": NOW,
            "approved_at": NOW,
        }
    )
    with app.engine.begin() as connection:
        connection.execute(insert(users), people)
    first_day = NOW.date() - timedelta(days=364)
    days = sorted(first_day + timedelta(days=rng.randrange(365)) for _ in range(count))
    inserted = len(people)
    for start in range(0, count, CHUNK):
        last = min(start + CHUNK, count)
        rows = [shipment_rows(rng, plan, i, days[i]) for i in range(start, last)]
        with app.engine.begin() as connection:
            for table, key in TABLES:
                connection.execute(insert(table), [row[key] for row in rows])
            events = [event for row in rows for event in row["events"]]
            connection.execute(insert(tracking_events), events)
        inserted += len(rows) * len(TABLES) + len(events)
    return inserted, time.perf_counter() - started


def analyze(app: App) -> None:
    with app.engine.begin() as connection:
        connection.execute(sql("ANALYZE"))


def naive_year(app: App, first: date, last: date) -> Summary:
    """The baseline: every shipment of the period's own tally read and folded, no rollups."""
    k = analytics_shipments.c
    query = sql_select(k.tally).where(k.day >= first.isoformat(), k.day <= last.isoformat())
    with app.engine.connect() as connection:
        return Summary(merge(connection.execute(query).scalars()))


# --- timing ---------------------------------------------------------------------------------


# What the reads are timed by (--clock): wall time, or this process's CPU time, which other
# work on a loaded machine distorts less (on PostgreSQL it leaves out the server's own work).
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}
READ_CLOCK = {"wall": time.perf_counter}  # the one chosen, by its name


def timed(call: Callable[[], Any], repeat: int) -> float:
    (clock,) = READ_CLOCK.values()
    call()
    runs = []
    for _ in range(repeat):
        started = clock()
        call()
        runs.append(clock() - started)
    return statistics.median(runs) * 1000


def people(app: App) -> str:
    """An admin with an API token, and the first bench seller able to log in."""
    with app.uow() as uow:
        admin = uow.users.by_email("admin@example.com") or user_service.create_user(
            uow=uow, email="admin@example.com", role=Role.ADMIN, now=NOW
        )
        accounts.set_password(uow=uow, user=admin, password=PASSWORD)
        _, secret = user_service.create_token(uow=uow, email=admin.email, name="bench", now=NOW)
    with app.uow() as uow:
        seller = uow.users.get("usr_bench00001")
        assert seller is not None
        accounts.set_password(uow=uow, user=seller, password=PASSWORD)
    return secret


def logged_in(client: TestClient, email: str) -> None:
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    answer = client.post(
        "/login",
        data={"csrf_token": token, "email": email, "password": PASSWORD},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text


def reads(app: App, repeat: int) -> dict[str, float]:
    secret = people(app)
    year = {"from": (NOW.date() - timedelta(days=364)).isoformat(), "to": NOW.date().isoformat()}
    month = {"from": (NOW.date() - timedelta(days=29)).isoformat(), "to": NOW.date().isoformat()}
    pages = {
        "admin page, a year": year,
        "admin page, 30 days": month,
        "admin page, a year by order day": {**year, "by": "order"},
        "admin page, a year by delivery day": {**year, "by": "delivery"},
        "admin page, a year, 1 carrier to 1 country": {
            **year,
            "carrier": "cainiao",
            "destination": "DE",
        },
        "admin page, a year, 1 service": {**year, "service": "express"},
        "admin page, a year, 1 service by delivery": {
            **year,
            "service": "express",
            "by": "delivery",
        },
        "admin page, a year, 1 seller": {**year, "seller": "usr_bench00001"},
    }
    found = {}
    with TestClient(create_app(app)) as client:
        logged_in(client, "admin@example.com")
        for label, params in pages.items():
            found[label] = timed(
                lambda p=params: ok(client.get("/admin/analytics", params=p)), repeat
            )
        auth = {"Authorization": f"Bearer {secret}"}
        for label, params in (
            ("a year", year),
            ("30 days", month),
            ("a year by delivery day", {**year, "by": "delivery"}),
        ):
            found[f"API summary, {label}"] = timed(
                lambda p=params: ok(
                    client.get("/api/v1/analytics/summary", params=p, headers=auth)
                ),
                repeat,
            )
        # A table reads the whole report, as the page does, and draws nothing.
        found["API table (carriers), a year"] = timed(
            lambda: ok(client.get("/api/v1/analytics/tables/carriers", params=year, headers=auth)),
            repeat,
        )
    with TestClient(create_app(app)) as client:
        logged_in(client, "usr_bench00001@example.com")
        found["seller's desk page, a year"] = timed(
            lambda: ok(client.get("/desk/analytics", params=year)), repeat
        )
    first, last = date.fromisoformat(year["from"]), date.fromisoformat(year["to"])
    found["baseline: a year folded from each shipment's tally"] = timed(
        lambda: naive_year(app, first, last), 1
    )
    return found


def ok(answer: Any) -> Any:
    assert answer.status_code == 200, answer.text[:500]
    return answer


# --- the rollups' cost through the real path -------------------------------------------------


def real_path(url: str, count: int, sweep_every: int) -> dict[str, float]:
    """Dispatch ``count`` shipments and ingest their events through the services, with the
    health and analytics sweeps after every ``sweep_every`` batches; seconds of each."""
    app = build(Settings(database_url=url))
    upgrade(app.engine)
    seller = seed_shipments(app, count)
    batches = in_batches(build_events(count))
    spent = {"ingest": 0.0, "health sweep": 0.0, "analytics sweep": 0.0}
    events = 0

    def sweeps() -> None:
        started = time.perf_counter()
        health.sweep_rounds(uow_factory=app.uow, clock=app.clock)
        spent["health sweep"] += time.perf_counter() - started
        started = time.perf_counter()
        analytics.sweep_rounds(uow_factory=app.uow, clock=app.clock)
        spent["analytics sweep"] += time.perf_counter() - started

    sweeps()  # the dispatches
    for index, batch in enumerate(batches, 1):
        started = time.perf_counter()
        with app.uow() as uow:
            valid, _ = tracking_service.parse_events(batch, now=app.clock())
            tracking_service.ingest(uow=uow, actor=seller, events=valid, now=app.clock())
        spent["ingest"] += time.perf_counter() - started
        events += len(batch)
        if index % sweep_every == 0 or index == len(batches):
            sweeps()
    with app.uow() as uow:
        counted = uow.analytics.kept(list(uow.analytics.after("", count + 1)))
    assert len(counted) == count, (len(counted), count)
    app.close()
    return {**spent, "events": events}


# --- databases ------------------------------------------------------------------------------


@contextmanager
def database(kind: str, postgres_url: str, keep: str) -> Iterator[str]:
    """A throw-away database, or with ``keep`` one kept for a later run to time again."""
    if keep:
        yield kept_database(kind, postgres_url, keep)
        return
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'analytics.db'}"
        return
    with postgres_schema(postgres_url, "analytics") as url:
        yield url


def kept_database(kind: str, postgres_url: str, keep: str) -> str:
    """``keep`` names a folder for SQLite's file, or a schema in PostgreSQL's database."""
    if kind == "sqlite":
        Path(keep).mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{Path(keep) / 'analytics.db'}"
    schema = f"bench_analytics_{Path(keep).name}".replace("-", "_")
    admin = create_engine(postgres_url)
    with admin.begin() as connection:
        connection.execute(sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    admin.dispose()
    separator = "&" if "?" in postgres_url else "?"
    return f"{postgres_url}{separator}options=-csearch_path%3D{schema}"


def already_built(app: App) -> int:
    """Rollup rows in a kept database (0 when it is new).

    A run stopped during the rebuild leaves a partly built database: delete its folder or schema.
    """
    with app.engine.connect() as connection:
        return int(connection.execute(sql("SELECT count(*) FROM analytics_rollups")).scalar() or 0)


def at_size(kind: str, options: argparse.Namespace) -> None:
    with database(kind, options.postgres_url, options.keep) as url:
        app = build(Settings(database_url=url))
        upgrade(app.engine)
        built = already_built(app)
        if built:
            print(
                f"\n{kind}: the kept database's {built:,} rollup rows, reads only ({load()})",
                flush=True,
            )
            time_reads(app, options.repeat)
            return
        print(
            f"\n{kind}: {options.shipments:,} delivered shipments of {options.sellers} "
            f"sellers ({load()})",
            flush=True,
        )
        rows, seconds = bulk_load(app, options.shipments, options.sellers)
        print(
            f"  bulk-inserted {rows:,} rows (users, orders, lines, shipments, legs, events, "
            f"health rows, kept ETAs) in {seconds:.0f} s, not through the ingest ({load()})",
            flush=True,
        )
        started = time.perf_counter()
        counted = analytics.rebuild(
            uow_factory=app.uow, clock=lambda: NOW, batch=options.rebuild_batch
        )
        seconds = time.perf_counter() - started
        analyze(app)
        with app.engine.connect() as connection:
            total = connection.execute(sql("SELECT count(*) FROM analytics_rollups")).scalar()
        print(
            f"  rollups built by the real rebuild (services/analytics.rebuild): {counted:,} "
            f"shipments -> {total:,} rollup rows in {seconds:.0f} s "
            f"({seconds / counted * 1000:.2f} ms per shipment; {load()})",
            flush=True,
        )
        time_reads(app, options.repeat)


def time_reads(app: App, repeat: int) -> None:
    figures = reads(app, repeat)
    base = figures.pop("baseline: a year folded from each shipment's tally")
    print(f"  reads, median of {repeat}, {next(iter(READ_CLOCK))} time ({load()}):")
    for label, ms in figures.items():
        print(f"    {label:<46} {ms:8.1f} ms   {ms / base:6.4f}x the baseline's time")
    print(f"    {'baseline: a year folded from each tally':<46} {base:8.1f} ms", flush=True)
    app.close()


def through_the_path(kind: str, options: argparse.Namespace) -> None:
    with database(kind, options.postgres_url, "") as url:
        print(
            f"\n{kind}: the real path, {options.path_shipments:,} shipments ({load()})", flush=True
        )
        spent = real_path(url, options.path_shipments, options.sweep_every)
        events = spent.pop("events")
        ingest = spent["ingest"] / events * 1000
        for label, seconds in spent.items():
            per_event = seconds / events * 1000
            print(
                f"  {label:<16} {per_event:7.3f} ms per event   "
                f"{per_event / ingest:6.3f}x the ingest's time"
            )
        print(
            f"  ({events:,} events, sweeps after every {options.sweep_every} batches of "
            f"1,000; {load()})",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shipments", type=int, default=1_000_000)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument(
        "--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    parser.add_argument(
        "--sellers",
        type=int,
        default=SELLERS,
        help="fewer sellers make each as busy as at a larger size (their pages read as much)",
    )
    parser.add_argument("--path-shipments", type=int, default=2000)
    parser.add_argument("--sweep-every", type=int, default=2)
    parser.add_argument("--rebuild-batch", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--parts", default="size,path", help="size, path or both")
    parser.add_argument(
        "--keep",
        default="",
        help="keep the sized database (a folder for SQLite, a schema named after it on "
        "PostgreSQL); a later run with the same --keep times its reads again, loading nothing",
    )
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="time the reads by wall time or by this process's CPU time (less distorted by "
        "other work on the machine; on PostgreSQL it leaves out the server's work)",
    )
    options = parser.parse_args()
    READ_CLOCK.clear()
    READ_CLOCK[options.clock] = CLOCKS[options.clock]
    parts = options.parts.split(",")
    for kind in options.databases.split(","):
        if "path" in parts:
            through_the_path(kind, options)
        if "size" in parts:
            at_size(kind, options)


if __name__ == "__main__":
    main()
