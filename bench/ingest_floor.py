"""The SQL floor of an ingest on SQLite: parceltrail's statements with no Python around them.

Each 1,000-event batch of ``bench/ingest.py``'s stream runs the statements the ingest service
runs for it, with every value prepared before timing (no parsing, folding or encoding): read
and lock the batch's shipments, look up the stored keys, insert the events, update each
parcel's state (one typical state a parcel), one outbox row of the batch's size, commit. It
takes turns with ``bench/ingest.py``'s raw insert of the same rows, as that bench does, and
prints both rates and their ratio: what the service could reach if its Python cost nothing.
``--delivery per-shipment`` does the same for one batch a parcel (its ten events, as a webhook
brings them): the parcel read and locked by its number (a seller's, as ``bench/ingest.py``
posts), the text lessons of its one text-only event, no stored keys (a first delivery asks
none), the events, its state, one outbox row of one update, commit.

Run: `.venv/bin/python bench/ingest_floor.py [--shipments N] [--delivery per-shipment]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import tempfile
from pathlib import Path
from typing import Any

from ingest import (
    Writer,
    build_events,
    in_batches,
    interleaved,
    per_shipment,
    raw_sqlite_writer,
    seeded_database,
)
from sqlalchemy.dialects import sqlite as sqlite_dialect

from parceltrail.domain.text import language_of
from parceltrail.domain.text_lessons import lesson_key
from parceltrail.storage.driver import _insert_sql, _listed_sql, _update_sql
from parceltrail.storage.engine import _tune_sqlite
from parceltrail.storage.shipments_repository import (
    _EVENT_COLUMNS,
    _STATE_COLUMNS,
    _locked_by_numbers_query,
    _sellers_locked_by_numbers_query,
    _stored_keys_query,
)
from parceltrail.storage.tables import shipments, tracking_events
from parceltrail.storage.text_lessons_repository import _lessons_query

# A parcel's milestones as a state carries them after a few steps, and the outbox row's size
# for a batch of about 930 updates (about 200 bytes an update).
STEPS_REACHED = ("accepted", "departed_origin", "arrived_destination")
MILESTONES = json.dumps(dict.fromkeys(STEPS_REACHED, "2026-11-10T20:00:00+00:00"))
OUTBOX_PAYLOAD = json.dumps({"fields": [], "rows": ["x" * 190] * 930})
OUTBOX_SQL = (
    "INSERT INTO outbox (topic, payload, status, attempts, created_at, available_at)"
    " VALUES ('shipment.tracking_updated.batch', ?, 'pending', 0, ?, ?)"
)
# One parcel's update as its own outbox row (about 600 bytes: eight milestones' times).
PARCEL_PAYLOAD = json.dumps(
    {"shipment_id": "x" * 24, "milestones": [["m", "2026-11-10T20:00:00+00:00"]] * 8}
)


def prepared(db: sqlite3.Connection, batches: list[list[dict[str, Any]]]) -> list[Any]:
    """Per batch: the numbers (JSON), the (shipment, key) pairs (JSON), event rows, state rows."""
    owners = dict(db.execute("SELECT tracking_number, shipment_id FROM shipment_legs").fetchall())
    ready = []
    for batch in batches:
        rows, states = [], {}
        for e in batch:
            owner = owners[e["tracking_number"]]
            at = e["occurred_at"].replace("T", " ")[:19] + ".000000"
            rows.append(
                (
                    owner,
                    f"{e['tracking_number']}|{e['occurred_at']}",
                    e["tracking_number"],
                    at,
                    0,
                    e.get("status"),
                    e["description"],
                    e["location"]["city"],
                    e["location"]["country"],
                    None,
                    None,
                    None,
                    "api",
                    None,
                    at,
                )
            )
            states[owner] = (
                "in_transit",
                e.get("status") or "in_transit",
                MILESTONES,
                at,
                None,
                3,
                None,
                None,
                None,
                None,
                at,
                owner,
            )
        numbers = json.dumps(sorted({e["tracking_number"] for e in batch}))
        pairs = json.dumps([[row[0], row[1]] for row in rows])
        ready.append((numbers, pairs, rows, list(states.values())))
    return ready


def stream_floor(db: sqlite3.Connection, batches: list[list[dict[str, Any]]]) -> Writer:
    """The statements of each stream batch, values prepared: ``floor(i)`` runs batch ``i``."""
    dialect = sqlite_dialect.dialect(paramstyle="qmark")
    read_sql, _ = _listed_sql(dialect, _locked_by_numbers_query)
    keys_sql, key_names = _listed_sql(dialect, _stored_keys_query, paired=True)
    insert_sql = _insert_sql(dialect, tracking_events, _EVENT_COLUMNS, "")
    update_sql = _update_sql(dialect, shipments, "id", _STATE_COLUMNS)
    ready = prepared(db, batches)
    now = "2026-12-06 00:00:00.000000"

    def floor(index: int) -> None:
        numbers, pairs, rows, states = ready[index]
        db.execute("BEGIN IMMEDIATE")
        db.execute(read_sql, (numbers,)).fetchall()
        db.execute(keys_sql, (pairs,) * len(key_names)).fetchall()
        db.executemany(insert_sql, rows)
        db.executemany(update_sql, states)
        db.execute(OUTBOX_SQL, (OUTBOX_PAYLOAD, now, now))
        db.execute("COMMIT")

    return floor


def parcel_floor(
    db: sqlite3.Connection, batches: list[list[dict[str, Any]]], seller_id: str
) -> Writer:
    """The statements of each parcel's batch, values prepared: ``floor(i)`` runs batch ``i``."""
    dialect = sqlite_dialect.dialect(paramstyle="qmark")
    read_sql, read_names = _listed_sql(dialect, _sellers_locked_by_numbers_query, one=True)
    lessons_sql, lesson_names = _listed_sql(dialect, _lessons_query, paired=True, one=True)
    insert_sql = _insert_sql(dialect, tracking_events, _EVENT_COLUMNS, "")
    update_sql = _update_sql(dialect, shipments, "id", _STATE_COLUMNS)
    ready = []
    for batch, (_, _, rows, states) in zip(batches, prepared(db, batches), strict=True):
        number = batch[0]["tracking_number"]
        text = next(e["description"] for e in batch if "status" not in e)
        given = {
            "listed_values": number,
            "seller_id": seller_id,
            "listed_first": lesson_key(text),
            "listed_second": language_of(text),
        }
        read = tuple(given[name] for name in read_names)
        lessons = tuple(given[name] for name in lesson_names)
        ready.append((read, lessons, rows, states))
    now = "2026-12-06 00:00:00.000000"

    def floor(index: int) -> None:
        read, lessons, rows, states = ready[index]
        db.execute("BEGIN IMMEDIATE")
        db.execute(read_sql, read).fetchall()
        db.execute(lessons_sql, lessons).fetchall()
        db.executemany(insert_sql, rows)
        db.executemany(update_sql, states)
        db.execute(OUTBOX_SQL, (PARCEL_PAYLOAD, now, now))
        db.execute("COMMIT")

    return floor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shipments", type=int, default=2_000)
    parser.add_argument("--delivery", choices=("stream", "per-shipment"), default="stream")
    options = parser.parse_args()
    shipments_count = options.shipments
    events = build_events(shipments_count)
    stream = options.delivery == "stream"
    batches = in_batches(events) if stream else per_shipment(events)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seeded, seller = seeded_database(folder, shipments_count)
        db = sqlite3.connect(seeded)
        _tune_sqlite(db, None)  # as the service's connections are tuned (autocommit, pragmas)
        floor = stream_floor(db, batches) if stream else parcel_floor(db, batches, seller.id)
        with raw_sqlite_writer(folder / "raw.db", batches) as raw:
            began = os.getloadavg()[0]
            each: list[tuple[float, float]] = []
            ours, base = interleaved(floor, raw, len(batches), each=each)
        db.close()
    count = len(events)
    shape = "stream batches of 1,000" if stream else "one batch of 10 a parcel"
    print(
        f"{count:,} events over {shipments_count:,} shipments, {shape}"
        f" (load average {began:.1f} at the start, {os.getloadavg()[0]:.1f} at the end)"
    )
    ours_median = statistics.median(pair[0] for pair in each)
    raw_median = statistics.median(pair[1] for pair in each)
    print(f"  parceltrail's statements alone: {count / ours:,.0f} events/s")
    print(f"  raw sqlite3 executemany:        {count / base:,.0f} events/s")
    print(f"  ratio (floor / raw):            {base / ours:.2f}")
    print(
        f"  median batch: {ours_median * 1e6:,.0f} us against {raw_median * 1e6:,.0f} us,"
        f" ratio of medians {raw_median / ours_median:.2f}"
    )


if __name__ == "__main__":
    main()
