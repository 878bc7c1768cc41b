"""Ingest throughput: parceltrail's ingest service against a raw batched insert or COPY.

200,000 events over 20,000 shipments (10 each, a China-to-US journey), delivered two ways:

* stream: in time order, in batches of 1,000, as a poller or an event stream brings them;
* per shipment: one batch per parcel carrying its whole history (10 events), as an AfterShip
  webhook does.

Each batch is validated, de-duplicated, stored, folded into shipment state and committed with
its outbox rows. The baseline stores the same rows, batched the same way, into a table like
ours, one commit per batch, in the same run: with sqlite3.executemany on SQLite, with psycopg's
COPY on PostgreSQL (``--database postgres``, a schema of its own in ``--postgres-url``'s
database, dropped afterwards). The two sides take the batches in turn, each timed, so a load
from other work on the machine weighs on both alike. Each mode prints both rates and their
ratio (the aim's figure), then each side's median batch and the ratio of the medians.

The prepared input (200,000 event dicts, which no server holds at once) is frozen out of the
garbage collector's sight before timing (``gc.freeze``); otherwise every full collection the
service triggers walks it, and that walk was a quarter of the measured time. ``--no-gc-freeze``
measures the old way.
Run: `.venv/bin/python bench/ingest.py [--shipments N] [--database sqlite|postgres]
[--postgres-url URL] [--no-gc-freeze] [--modes stream,per shipment]`; the load average is printed
at the start and the end of each mode.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy import text as sql

from parceltrail.bootstrap import App, build
from parceltrail.config import Settings
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.domain.orders import OrderLine
from parceltrail.domain.text import classify
from parceltrail.domain.users import Role
from parceltrail.services import orders as order_service
from parceltrail.services import tracking as tracking_service
from parceltrail.services import users as user_service
from parceltrail.storage.migrate import upgrade

STEPS = [
    (0, "info_received", "Electronic information received", "Shenzhen", "CN"),
    (20, "accepted", "Acceptance", "Shenzhen", "CN"),
    (30, None, "Arrived at sorting center", "Guangzhou", "CN"),
    (70, "departed_origin", "Departure from outward office of exchange", "Guangzhou", "CN"),
    (160, "arrived_destination", "Arrival at inward office of exchange", "Chicago", "US"),
    (170, "customs_started", "Held by import customs", "Chicago", "US"),
    (200, "customs_cleared", "Released from import customs", "Chicago", "US"),
    (220, "handed_over", "Handed over to USPS", "Chicago", "US"),
    (290, "out_for_delivery", "Out for delivery", "Evanston", "US"),
    (296, "delivered", "Delivered, in/at mailbox", "Evanston", "US"),
]
BATCH = 1000
# Shipments seeded per transaction. On PostgreSQL each chunk is followed by ANALYZE: with
# thousands of rows in a table the planner still believes empty, dispatch's look-up of a
# number by its legs became a nested loop of sequential scans, and seeding 3,000 shipments
# took more than ten minutes (each look-up 1-3 s) before anything was measured.
SEED_CHUNK = 500
# Journeys begin 40 days ago (at midnight UTC): recent enough for dispatch's checks, and
# 20,000 parcels a minute apart plus 12 days of journey still end before now.
START = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=40)


def number(index: int) -> str:
    """A valid UPU S10 number (dispatch checks the check digit)."""
    serial = f"{index:08d}"
    return f"LK{serial}{compute_s10(serial)}CN"


def build_events(shipments: int) -> list[dict[str, Any]]:
    """Every event of every shipment, ordered by time as a live stream would bring them."""
    timed = []
    for index in range(shipments):
        start = START + timedelta(minutes=index)
        for hours, status, text, city, country in STEPS:
            moment = start + timedelta(hours=hours)
            event: dict[str, Any] = {
                "tracking_number": number(index),
                "occurred_at": moment.isoformat(),
                "description": text,
                "location": {"city": city, "country": country},
            }
            if status:
                event["status"] = status
            timed.append((moment, event))
    timed.sort(key=lambda pair: pair[0])
    return [event for _, event in timed]


def seed_shipments(app: App, shipments: int) -> Any:
    now = app.clock()
    with app.uow() as uow:
        seller = user_service.create_user(
            uow=uow, email="bench@example.com", role=Role.SELLER, now=now
        )
        uow.commit()
    for first in range(0, shipments, SEED_CHUNK):
        with app.uow() as uow:
            for index in range(first, min(first + SEED_CHUNK, shipments)):
                order = order_service.create_order(
                    uow=uow,
                    seller=seller,
                    reference=f"B-{index}",
                    buyer_email=f"buyer{index % 500}@example.com",
                    lines=[OrderLine("item", 1)],
                    now=now,
                )
                order_service.dispatch(
                    uow=uow,
                    seller=seller,
                    order_id=order.id,
                    tracking_number=number(index),
                    dispatched_at=START,
                    now=now,
                    protection=app.periods.protection,
                )
            uow.commit()
        if app.engine.dialect.name == "postgresql":
            with app.engine.begin() as connection:
                connection.execute(sql("ANALYZE orders, shipments, shipment_legs"))
    return seller


def per_shipment(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """One batch per tracking number, each in time order (a webhook with the whole history)."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        grouped.setdefault(event["tracking_number"], []).append(event)
    return list(grouped.values())


def in_batches(events: list[dict[str, Any]], size: int = BATCH) -> list[list[dict[str, Any]]]:
    return [events[first : first + size] for first in range(0, len(events), size)]


def seeded_database(folder: Path, shipments: int) -> tuple[Path, Any]:
    """A migrated database with every shipment dispatched, to copy for each run."""
    path = folder / "seeded.db"
    app = build(Settings(database_url=f"sqlite:///{path}"))
    upgrade(app.engine)
    seller = seed_shipments(app, shipments)
    app.close()
    return path, seller


@contextmanager
def postgres_schema(base_url: str, name: str) -> Iterator[str]:
    """A schema of its own in ``base_url``'s database, as a URL; dropped on leaving."""
    schema = f"bench_{name}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base_url)
    with admin.begin() as connection:
        connection.execute(sql(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sql(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def seeded_postgres(url: str, shipments: int) -> Any:
    app = build(Settings(database_url=url))
    upgrade(app.engine)
    seller = seed_shipments(app, shipments)
    app.close()
    return seller


Writer = Callable[[int], None]
"""Writes batch number ``i`` of the run, committed."""


@contextmanager
def parceltrail_writer(
    url: str, seller: Any, batches: Sequence[list[dict[str, Any]]]
) -> Iterator[Writer]:
    app = build(Settings(database_url=url))
    # The carrier-text classifier loads its model on first use (0.3-0.5 s once per process);
    # a running server has, so it is loaded before timing.
    classify("Arrived at the warm-up depot")

    def write(index: int) -> None:
        # Leaving the block commits, as a request does (uow.commit() would begin and commit
        # a second, empty transaction).
        with app.uow() as uow:
            now = app.clock()
            valid, rejected = tracking_service.parse_events(batches[index], now=now)
            result = tracking_service.ingest(uow=uow, actor=seller, events=valid, now=now)
        assert not rejected, rejected
        assert not result.rejected, result.rejected
        assert result.accepted == len(valid)

    try:
        yield write
    finally:
        app.close()


RAW_COLUMNS = (
    "shipment_id, event_key, tracking_number, occurred_at, sub_status, description, city,"
    " country, source, received_at"
)


def raw_rows(batches: Sequence[list[dict[str, Any]]]) -> list[list[tuple[Any, ...]]]:
    """The baseline's rows: what an event carries, with no validation, state or outbox."""
    return [
        [
            (
                e["tracking_number"],
                f"{e['tracking_number']}|{e['occurred_at']}",
                e["tracking_number"],
                e["occurred_at"],
                e.get("status"),
                e["description"],
                e["location"]["city"],
                e["location"]["country"],
                "api",
                e["occurred_at"],
            )
            for e in batch
        ]
        for batch in batches
    ]


@contextmanager
def raw_sqlite_writer(path: Path, batches: Sequence[list[dict[str, Any]]]) -> Iterator[Writer]:
    """The floor: the same rows into a similar table with sqlite3.executemany."""
    db = sqlite3.connect(path)
    db.executescript(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        "CREATE TABLE tracking_events (id INTEGER PRIMARY KEY, shipment_id TEXT, event_key TEXT,"
        " tracking_number TEXT, occurred_at TEXT, sub_status TEXT, description TEXT, city TEXT,"
        " country TEXT, source TEXT, received_at TEXT, UNIQUE (event_key, shipment_id));"
        "CREATE INDEX ix_ev ON tracking_events (shipment_id, occurred_at);"
    )
    row_batches = raw_rows(batches)

    def write(index: int) -> None:
        db.executemany(
            f"INSERT INTO tracking_events ({RAW_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
            row_batches[index],
        )
        db.commit()

    try:
        yield write
    finally:
        db.close()


@contextmanager
def raw_copy_writer(url: str, batches: Sequence[list[dict[str, Any]]]) -> Iterator[Writer]:
    """The floor on PostgreSQL: the same rows COPYed into a similar table, a commit each."""
    import psycopg

    row_batches = raw_rows(batches)
    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(conninfo) as db:
        db.execute(
            "CREATE TABLE raw_events (id bigserial PRIMARY KEY, shipment_id text, event_key text,"
            " tracking_number text, occurred_at timestamptz, sub_status text, description text,"
            " city text, country text, source text, received_at timestamptz,"
            " UNIQUE (shipment_id, event_key))"
        )
        db.commit()

        def write(index: int) -> None:
            with db.cursor().copy(f"COPY raw_events ({RAW_COLUMNS}) FROM STDIN") as copy:
                for row in row_batches[index]:
                    copy.write_row(row)
            db.commit()

        yield write


def interleaved(
    ours: Writer,
    raw: Writer,
    count: int,
    between: Writer | None = None,
    each: list[tuple[float, float]] | None = None,
) -> tuple[float, float]:
    """Seconds each side spent on ``count`` batches, taking them in turn (ours, raw, ours...):
    on a machine shared with other work, a load that comes and goes slows both alike, so the
    ratio holds where two runs one after the other would each catch a different load.
    ``between(i)`` runs untimed after both sides wrote batch ``i``; ``each``, when given,
    receives every batch's (ours, raw) seconds."""
    spent = [0.0, 0.0]
    for index in range(count):
        pair = [0.0, 0.0]
        for side, write in enumerate((ours, raw)):
            began = time.perf_counter()
            write(index)
            pair[side] = time.perf_counter() - began
            spent[side] += pair[side]
        if each is not None:
            each.append((pair[0], pair[1]))
        if between is not None:
            between(index)
    return spent[0], spent[1]


class PlannerStatistics:
    """``ANALYZE`` where autovacuum would have run it, on a server that runs without it.

    psycopg prepares a statement on its sixth run, and PostgreSQL keeps the generic plan it then
    settles on until a table's statistics change. With autovacuum off nothing changes them, so
    plans made while the tables were nearly empty (sequential scans) stay as they grow: on this
    machine's server (``autovacuum = off``) ``bench/scale.py`` loaded 1,900 events/s at 150,000
    parcels, every batch scanning every stored event, and 14,300/s after one ``ANALYZE``.
    Autovacuum analyzes a table once its changed rows pass 50 + 10% of its rows (the defaults),
    in a process of its own; so does this, outside the timed work, and only when it is off.
    """

    def __init__(self, url: str) -> None:
        self._engine = create_engine(url)
        with self._engine.connect() as connection:
            setting = connection.execute(sql("SHOW autovacuum")).scalar_one()
        self.needed = setting != "on"
        self._analyzed_at = 0

    def describe(self) -> str:
        if self.needed:
            return "autovacuum off on this server: the bench runs ANALYZE as autovacuum would"
        return "autovacuum on"

    def grew_to(self, rows: int) -> None:
        """Analyze the schema's tables if ``rows`` passed autovacuum's analyze threshold."""
        if not self.needed or rows < 50 + self._analyzed_at * 1.1:
            return
        with self._engine.begin() as connection:
            # Plain tables and the monthly partitions, not their partitioned parent: what
            # autovacuum analyzes. A bare ANALYZE would take the whole database.
            names = list(
                connection.execute(
                    sql(
                        "SELECT format('%I', c.relname) FROM pg_class c"
                        " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        " WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                    )
                ).scalars()
            )
            if names:
                connection.execute(sql(f"ANALYZE {', '.join(names)}"))
        self._analyzed_at = rows

    def close(self) -> None:
        self._engine.dispose()


def set_input_aside(freeze: bool) -> None:
    """Collect, then exempt everything alive now (the prepared input) from later collections."""
    gc.collect()
    if freeze:
        gc.freeze()


def load() -> str:
    """The machine's load average over 1, 5 and 15 minutes, as text."""
    return " / ".join(f"{value:.1f}" for value in os.getloadavg())


def report(
    name: str,
    batches: list[list[dict[str, Any]]],
    each: list[tuple[float, float]],
    floor: str,
    began: str,
) -> None:
    """Rates and their ratio (the aim's figure), then the median batch of each side: the
    ratio of medians leaves out the tails (checkpoints, the machine's other work), which
    weigh on the two sides unequally and move the ratio from run to run."""
    events = sum(len(batch) for batch in batches)
    ours, raw = sum(pair[0] for pair in each), sum(pair[1] for pair in each)
    ours_rate, raw_rate = events / ours, events / raw
    ours_median = statistics.median(pair[0] for pair in each)
    raw_median = statistics.median(pair[1] for pair in each)
    print(
        f"{name}: {len(batches):,} batches of {events // len(batches):,} events"
        f" (load average {began} at the start, {load()} at the end)"
    )
    print(f"  parceltrail ingest service: {ours_rate:,.0f} events/s ({ours:.1f} s)")
    print(f"  {floor + ':':<27} {raw_rate:,.0f} events/s ({raw:.1f} s)")
    print(f"  ratio (parceltrail / raw):  {ours_rate / raw_rate:.2f}  (aim >= 0.25)")
    print(
        f"  median batch: {ours_median * 1e6:,.0f} us against {raw_median * 1e6:,.0f} us,"
        f" ratio of medians {raw_median / ours_median:.2f}"
    )


def compare_sqlite(
    folder: Path,
    name: str,
    seeded: Path,
    seller: Any,
    batches: list[list[dict[str, Any]]],
    *,
    freeze: bool = True,
) -> None:
    """Run both sides on fresh copies, interleaved, and print events/s and the ratio."""
    ours_path = folder / f"{name}.db"
    shutil.copy(seeded, ours_path)
    with (
        parceltrail_writer(f"sqlite:///{ours_path}", seller, batches) as ours,
        raw_sqlite_writer(folder / f"{name}-raw.db", batches) as raw,
    ):
        set_input_aside(freeze)
        began = load()
        each: list[tuple[float, float]] = []
        interleaved(ours, raw, len(batches), each=each)
    report(name, batches, each, "raw sqlite3 executemany", began)


def compare_postgres(
    base_url: str,
    name: str,
    shipments: int,
    batches: list[list[dict[str, Any]]],
    *,
    freeze: bool = True,
) -> None:
    with postgres_schema(base_url, "ours") as ours_url, postgres_schema(base_url, "raw") as raw_url:
        seller = seeded_postgres(ours_url, shipments)
        planner = PlannerStatistics(ours_url)
        print(f"{name}: {planner.describe()}")
        written = list(itertools.accumulate(len(batch) for batch in batches))
        with (
            parceltrail_writer(ours_url, seller, batches) as ours,
            raw_copy_writer(raw_url, batches) as raw,
        ):
            set_input_aside(freeze)
            began = load()
            each: list[tuple[float, float]] = []
            interleaved(
                ours, raw, len(batches), lambda index: planner.grew_to(written[index]), each
            )
        planner.close()
    report(name, batches, each, "raw psycopg COPY", began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shipments", type=int, default=20_000)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="a database to make a throw-away schema in",
    )
    parser.add_argument(
        "--no-gc-freeze", action="store_true", help="leave the input to the garbage collector"
    )
    parser.add_argument(
        "--modes",
        default="stream,per shipment",
        help="which deliveries to measure, comma-separated: stream, per shipment",
    )
    options = parser.parse_args()
    shipments, freeze = options.shipments, not options.no_gc_freeze
    events = build_events(shipments)
    print(
        f"events: {len(events):,} over {shipments:,} shipments on {options.database};"
        f" input frozen for gc: {freeze}"
    )
    built = {"stream": in_batches, "per shipment": per_shipment}
    modes = {name: built[name](events) for name in options.modes.split(",")}
    if options.database == "postgres":
        for name, batches in modes.items():
            compare_postgres(options.postgres_url, name, shipments, batches, freeze=freeze)
        return
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        seeded, seller = seeded_database(folder, shipments)
        for name, batches in modes.items():
            compare_sqlite(folder, name, seeded, seller, batches, freeze=freeze)


if __name__ == "__main__":
    main()
