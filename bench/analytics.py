"""Delivery analytics at size: page and API time read from the rollups, and the rollups' cost.

Two parts, on SQLite and PostgreSQL (a throw-away schema in ``--postgres-url``'s database):

1. **Reads at size.** ``--shipments`` synthetic dispatched shipments (default 1,000,000; a
   year of dispatch days, 500 sellers, 10 carriers from CN/DE/US to 15 countries, 2 services;
   generated here, not real data) are turned into tallies by ``domain/analytics.contribution``
   and written through the repository's own ``add`` (the sweep's write path), then timed over
   HTTP in-process (FastAPI's TestClient, so no network): ``GET /admin/analytics`` (every
   chart), ``GET /desk/analytics`` for one seller, and ``GET /api/v1/analytics/summary``,
   over a year, 30 days and a year filtered to one carrier and destination; median of
   ``--repeat`` runs after one warm-up. The baseline, in the same run and database: the same
   year's summary computed the naive way, by reading every shipment of the period from a plain
   table of per-shipment facts (``bench_facts``, one indexed row per shipment) and folding
   them in Python: what a page would cost without rollups.
2. **The rollups' cost.** ``--sweep-shipments`` shipments (default 5,000) with orders, legs,
   health rows and 6 events each are inserted, then counted by ``services/analytics.count``
   in the sweep's batches of 2,000, as the sweep counts them: seconds per shipment and per
   event. The baseline is reading the same shipments' facts (``observe`` alone), so the ratio
   is what the tallies and rollup writes add.

Run: `.venv/bin/python bench/analytics.py [--shipments 1000000] [--databases sqlite,postgres]
[--postgres-url URL] [--sweep-shipments 5000] [--repeat 5]`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import JSON, Column, Index, Integer, MetaData, String, Table, create_engine, insert
from sqlalchemy import select as sql_select
from sqlalchemy import text as sql

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.analytics import (
    Dimensions,
    Promise,
    ShipmentFacts,
    Summary,
    Tally,
    contribution,
    merge,
)
from parceltrail.domain.status import SubStatus
from parceltrail.domain.users import Role
from parceltrail.services import accounts, analytics
from parceltrail.services import users as user_service
from parceltrail.storage.migrate import upgrade
from parceltrail.storage.tables import (
    order_lines,
    orders,
    shipment_health,
    shipment_legs,
    shipments,
    tracking_events,
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
SERVICES = ["standard", "express"]
SELLERS = 500
BATCH = 50_000

facts_table = Table(
    "bench_facts",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("day", String(10), nullable=False),
    Column("seller", String(32), nullable=False),
    Column("tally", JSON, nullable=False),
    Index("ix_bench_facts_day", "day"),
)


# --- synthetic shipments ------------------------------------------------------------------


def sellers_plan(rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """Each seller ships from one origin with two of its carriers."""
    plan = []
    origins = list(LANES)
    weights = [LANES[o][1] for o in origins]
    for index in range(SELLERS):
        origin = rng.choices(origins, weights)[0]
        plan.append((f"sel_{index:05d}", origin, rng.sample(LANES[origin][0], 2)))
    return plan


def synthetic(rng: random.Random, plan: list[tuple[str, str, list[str]]]) -> ShipmentFacts:
    seller, origin, carriers = rng.choice(plan)
    day = (NOW - timedelta(days=rng.randrange(365))).date()
    dispatched = datetime.combine(day, datetime.min.time(), UTC) + timedelta(
        hours=rng.randrange(8, 18)
    )
    low, high = LANES[origin][2]
    transit = rng.randint(low, high) + int(rng.expovariate(0.5))
    first_scan = dispatched + timedelta(hours=rng.randrange(2, 60))
    delivered = first_scan + timedelta(days=transit, hours=rng.randrange(24))
    promise = Promise(
        dispatched + timedelta(days=low + 1),
        dispatched + timedelta(days=(low + high) // 2),
        dispatched + timedelta(days=high + 3),
    )
    fate = rng.random()
    if delivered > NOW or fate < 0.03:
        sub, delivered_at = (SubStatus.LOST if fate < 0.01 else SubStatus.IN_TRANSIT), None
    else:
        sub, delivered_at = SubStatus.DELIVERED, delivered
    milestones = {SubStatus.DELIVERED: delivered} if delivered_at else {}
    if rng.random() < 0.08:
        milestones[SubStatus.FAILED_ATTEMPT] = delivered - timedelta(days=1)
    if origin == "CN" and rng.random() < 0.04:
        milestones[SubStatus.CUSTOMS_HELD] = first_scan + timedelta(days=transit // 2)
    dims = Dimensions(
        day, seller, rng.choice(carriers), rng.choice(SERVICES), origin, rng.choice(DESTINATIONS)
    )
    return ShipmentFacts(
        dims,
        dispatched,
        sub,
        ordered_at=dispatched - timedelta(hours=rng.randrange(1, 72)),
        first_scan_at=first_scan,
        delivered_at=delivered_at,
        milestones=milestones,
        promises={"dispatched": promise},
        lag_hours=tuple(rng.randrange(0, 30) for _ in range(3)),
        problem_found_at=first_scan + timedelta(days=9) if rng.random() < 0.05 else None,
    )


def tallies(count: int, seed: int = 7) -> Iterator[tuple[Dimensions, Tally]]:
    rng = random.Random(seed)
    plan = sellers_plan(rng)
    for _ in range(count):
        facts = synthetic(rng, plan)
        yield facts.dimensions, contribution(facts, NOW)


# --- databases ------------------------------------------------------------------------------


@contextmanager
def database(kind: str, postgres_url: str) -> Iterator[str]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'analytics.db'}"
        return
    schema = f"bench_analytics_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url)
    with admin.begin() as connection:
        connection.execute(sql(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in postgres_url else "?"
    try:
        yield f"{postgres_url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sql(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def load(app: App, count: int) -> tuple[int, float]:
    """The rollups of ``count`` shipments, and the plain facts table; rows and seconds."""
    started = time.perf_counter()
    deltas: dict[Any, Tally] = {}
    facts_rows: list[dict[str, Any]] = []
    facts_table.create(app.engine)
    for index, (dims, tally) in enumerate(tallies(count)):
        analytics.add_at(deltas, dims, tally)
        facts_rows.append(
            {"id": index, "day": dims.day.isoformat(), "seller": dims.seller, "tally": tally}
        )
        if len(facts_rows) == BATCH:
            with app.engine.begin() as connection:
                connection.execute(insert(facts_table), facts_rows)
            facts_rows = []
    with app.engine.begin() as connection:
        if facts_rows:
            connection.execute(insert(facts_table), facts_rows)
    keys = list(deltas)
    for start in range(0, len(keys), BATCH):
        with app.uow() as uow:
            uow.analytics.add({key: deltas[key] for key in keys[start : start + BATCH]})
    with app.engine.begin() as connection:
        if app.engine.dialect.name == "postgresql":
            connection.execute(sql("ANALYZE"))
        else:
            connection.execute(sql("ANALYZE"))
    return len(keys), time.perf_counter() - started


def naive_year(app: App, first: date, last: date) -> Summary:
    """The baseline: every shipment of the period read and folded, no rollups."""
    query = sql_select(facts_table.c.tally).where(
        facts_table.c.day >= first.isoformat(), facts_table.c.day <= last.isoformat()
    )
    with app.engine.connect() as connection:
        return Summary(merge(connection.execute(query).scalars()))


# --- timing ---------------------------------------------------------------------------------


def timed(call: Callable[[], Any], repeat: int) -> float:
    call()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000


def people(app: App) -> tuple[str, str]:
    with app.uow() as uow:
        admin = user_service.create_user(
            uow=uow, email="admin@example.com", role=Role.ADMIN, now=NOW
        )
        accounts.set_password(uow=uow, user=admin, password=PASSWORD)
        seller = user_service.create_user(
            uow=uow, email="sel@example.com", role=Role.SELLER, now=NOW
        )
        accounts.set_password(uow=uow, user=seller, password=PASSWORD)
        _, secret = user_service.create_token(uow=uow, email=admin.email, name="bench", now=NOW)
    return secret, seller.id


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
    secret, _ = people(app)
    year = {"from": (NOW.date() - timedelta(days=364)).isoformat(), "to": NOW.date().isoformat()}
    month = {"from": (NOW.date() - timedelta(days=29)).isoformat(), "to": NOW.date().isoformat()}
    narrow = {**year, "carrier": "cainiao", "destination": "DE"}
    found = {}
    with TestClient(create_app(app)) as client:
        logged_in(client, "admin@example.com")
        for label, params in (
            ("year", year),
            ("30 days", month),
            ("year, 1 carrier x 1 dest", narrow),
        ):
            found[f"admin page, {label}"] = timed(
                lambda p=params: ok(client.get("/admin/analytics", params=p)), repeat
            )
        one = {**year, "seller": "sel_00001"}
        found["admin page, year, one seller"] = timed(
            lambda: ok(client.get("/admin/analytics", params=one)), repeat
        )
        auth = {"Authorization": f"Bearer {secret}"}
        for label, params in (("year", year), ("30 days", month)):
            found[f"API summary, {label}"] = timed(
                lambda p=params: ok(
                    client.get("/api/v1/analytics/summary", params=p, headers=auth)
                ),
                repeat,
            )
    first, last = date.fromisoformat(year["from"]), date.fromisoformat(year["to"])
    found["baseline: naive year summary"] = timed(lambda: naive_year(app, first, last), 1)
    return found


def ok(answer: Any) -> Any:
    assert answer.status_code == 200, answer.text[:500]
    return answer


# --- the rollups' cost through the sweep's path ---------------------------------------------


def seed_journeys(app: App, count: int) -> list[str]:
    """``count`` dispatched shipments with orders, legs, health rows and 6 events each."""
    rng = random.Random(11)
    with app.uow() as uow:
        seller = user_service.create_user(uow=uow, email="s@example.com", role=Role.SELLER, now=NOW)
        buyer = user_service.create_user(uow=uow, email="b@example.com", role=Role.BUYER, now=NOW)
    ids = []
    with app.engine.begin() as connection:
        for start in range(0, count, 5000):
            rows = [
                _journey(rng, index, seller.id, buyer.id)
                for index in range(start, min(start + 5000, count))
            ]
            for table, key in (
                (orders, "order"),
                (order_lines, "line"),
                (shipments, "shipment"),
                (shipment_legs, "leg"),
                (shipment_health, "health"),
            ):
                connection.execute(insert(table), [row[key] for row in rows])
            connection.execute(insert(tracking_events), [e for row in rows for e in row["events"]])
            ids += [row["shipment"]["id"] for row in rows]
    return ids


def _journey(rng: random.Random, index: int, seller: str, buyer: str) -> dict[str, Any]:
    sid, oid = f"shp_{index:010d}", f"ord_{index:010d}"
    dispatched = NOW - timedelta(days=rng.randrange(20, 60))
    steps = [
        ("info_received", 0),
        ("accepted", 1),
        ("departed_origin", 2),
        ("arrived_destination", 9),
        ("out_for_delivery", 12),
        ("delivered", 12.3),
    ]
    delivered = dispatched + timedelta(days=12.3)
    milestones = {s: (dispatched + timedelta(days=d)).isoformat() for s, d in steps[1:]}
    return {
        "order": {
            "id": oid,
            "reference": f"R{index}",
            "seller_id": seller,
            "buyer_id": buyer,
            "created_at": dispatched - timedelta(hours=5),
        },
        "line": {"order_id": oid, "position": 1, "title": "Item", "quantity": 1, "sku": None},
        "shipment": {
            "id": sid,
            "order_id": oid,
            "status": "delivered",
            "sub_status": "delivered",
            "milestones": milestones,
            "last_event_at": delivered,
            "delivered_at": delivered,
            "event_count": 6,
            "dispatched_at": dispatched,
            "created_at": dispatched,
            "updated_at": delivered,
            "service": "standard",
        },
        "leg": {
            "shipment_id": sid,
            "sequence": 1,
            "tracking_number": f"LK{index:09d}CN",
            "carrier": "china_post",
        },
        "health": {
            "shipment_id": sid,
            "explanation": "delivered",
            "origin_country": "CN",
            "destination_country": rng.choice(DESTINATIONS),
            "assessed_at": NOW,
            "eta_samples": 0,
        },
        "events": [
            {
                "shipment_id": sid,
                "event_key": f"k{i}",
                "tracking_number": f"LK{index:09d}CN",
                "occurred_at": dispatched + timedelta(days=d),
                "sub_status": s,
                "description": s,
                "source": "bench",
                "received_at": dispatched + timedelta(days=d, hours=rng.randrange(6)),
            }
            for i, (s, d) in enumerate(steps)
        ],
    }


def sweep_cost(app: App, count: int) -> dict[str, float]:
    ids = seed_journeys(app, count)
    started = time.perf_counter()
    for start in range(0, len(ids), analytics.BATCH):
        with app.uow() as uow:
            uow.analytics.observe(ids[start : start + analytics.BATCH])
    observe = time.perf_counter() - started
    started = time.perf_counter()
    for start in range(0, len(ids), analytics.BATCH):
        with app.uow() as uow:
            analytics.count(uow=uow, shipment_ids=ids[start : start + analytics.BATCH], now=NOW)
    counted = time.perf_counter() - started
    return {
        "per shipment ms": counted / count * 1000,
        "per event ms": counted / count / 6 * 1000,
        "baseline read ms": observe / count * 1000,
        "ratio": counted / observe,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shipments", type=int, default=1_000_000)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument(
        "--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    parser.add_argument("--sweep-shipments", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    for kind in options.databases.split(","):
        with database(kind, options.postgres_url) as url:
            app = build(Settings(database_url=url))
            upgrade(app.engine)
            rows, seconds = load(app, options.shipments)
            print(
                f"\n{kind}: {options.shipments:,} shipments -> {rows:,} rollup rows "
                f"(built in {seconds:.0f} s, the sweep's write path)"
            )
            figures = reads(app, options.repeat)
            base = figures["baseline: naive year summary"]
            for label, ms in figures.items():
                print(f"  {label:<38} {ms:9.1f} ms   {ms / base:6.3f}x the baseline's time")
            cost = sweep_cost(app, options.sweep_shipments)
            print(
                f"  rollup cost over {options.sweep_shipments:,} journeys (6 events each): "
                f"{cost['per shipment ms']:.3f} ms per shipment, {cost['per event ms']:.3f} ms "
                f"per event; reading their facts alone {cost['baseline read ms']:.3f} ms per "
                f"shipment (ratio {cost['ratio']:.1f}x)"
            )
            app.close()


if __name__ == "__main__":
    main()
