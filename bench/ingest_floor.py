"""The SQL floor of a stream ingest on SQLite: parceltrail's statements with no Python around them.

Each 1,000-event batch of ``bench/ingest.py``'s stream runs the statements the ingest service
runs for it, with every value prepared before timing (no parsing, folding or encoding): read
and lock the batch's shipments, look up the stored keys, insert the events, update each
parcel's state (one typical state a parcel), one outbox row of the batch's size, commit. It
takes turns with ``bench/ingest.py``'s raw insert of the same rows, as that bench does, and
prints both rates and their ratio: what the service could reach if its Python cost nothing.

Run: `.venv/bin/python bench/ingest_floor.py [--shipments N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from ingest import build_events, in_batches, interleaved, raw_sqlite_writer, seeded_database
from sqlalchemy.dialects import sqlite as sqlite_dialect

from parceltrail.storage.driver import _insert_sql, _listed_sql, _update_sql
from parceltrail.storage.engine import _tune_sqlite
from parceltrail.storage.shipments_repository import (
    _EVENT_COLUMNS,
    _STATE_COLUMNS,
    _locked_by_numbers_query,
    _stored_keys_query,
)
from parceltrail.storage.tables import shipments, tracking_events

# A parcel's milestones as a state carries them after a few steps, and the outbox row's size
# for a batch of about 930 updates (about 200 bytes an update).
STEPS_REACHED = ("accepted", "departed_origin", "arrived_destination")
MILESTONES = json.dumps(dict.fromkeys(STEPS_REACHED, "2026-11-10T20:00:00+00:00"))
OUTBOX_PAYLOAD = json.dumps({"fields": [], "rows": ["x" * 190] * 930})
OUTBOX_SQL = (
    "INSERT INTO outbox (topic, payload, status, attempts, created_at, available_at)"
    " VALUES ('shipment.tracking_updated.batch', ?, 'pending', 0, ?, ?)"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shipments", type=int, default=2_000)
    shipments_count = parser.parse_args().shipments
    dialect = sqlite_dialect.dialect(paramstyle="qmark")
    read_sql, _ = _listed_sql(dialect, _locked_by_numbers_query)
    keys_sql, key_names = _listed_sql(dialect, _stored_keys_query, paired=True)
    insert_sql = _insert_sql(dialect, tracking_events, _EVENT_COLUMNS, "")
    update_sql = _update_sql(dialect, shipments, "id", _STATE_COLUMNS)
    events = build_events(shipments_count)
    batches = in_batches(events)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seeded, _ = seeded_database(folder, shipments_count)
        db = sqlite3.connect(seeded)
        _tune_sqlite(db, None)  # as the service's connections are tuned (autocommit, pragmas)
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

        with raw_sqlite_writer(folder / "raw.db", batches) as raw:
            began = os.getloadavg()[0]
            ours, base = interleaved(floor, raw, len(batches))
        db.close()
    count = len(events)
    print(
        f"{count:,} events over {shipments_count:,} shipments, stream batches of 1,000"
        f" (load average {began:.1f} at the start, {os.getloadavg()[0]:.1f} at the end)"
    )
    print(f"  parceltrail's statements alone: {count / ours:,.0f} events/s")
    print(f"  raw sqlite3 executemany:        {count / base:,.0f} events/s")
    print(f"  ratio (floor / raw):            {base / ours:.2f}")


if __name__ == "__main__":
    main()
