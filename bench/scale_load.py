"""bench/scale.py's load alone: its ingest against COPY of the same rows, taking turns.

``bench/scale.py`` loads parcels nobody dispatched (batches of 100 parcels' whole journeys,
1,000 events, the shipments started by the ingest itself) into PostgreSQL, then runs lookups
and sweeps for an hour or more. This measures only that load, on a fresh schema, its
``load`` and ``copy_baseline`` taking turns ten batches at a time (so a passing load from
other work weighs on both), and prints both rates, their ratio, the ingest process's own CPU
time an event and the load average: a quick way to see what a change does to the big run.

Run: `.venv/bin/python bench/scale_load.py [--parcels N] [--postgres-url URL]`.
"""

from __future__ import annotations

import argparse
import os
import time

from ingest import postgres_schema
from scale import BATCH_SHIPMENTS, copy_baseline, load

from parceltrail.bootstrap import build
from parceltrail.config import Settings
from parceltrail.domain.text import classify
from parceltrail.storage.migrate import upgrade

TURN = BATCH_SHIPMENTS * 10  # parcels a side loads before the other's turn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=5_000)
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="a database to make two throw-away schemas in",
    )
    options = parser.parse_args()
    parcels = options.parcels
    classify("Arrived at the warm-up depot")  # the text model loads once, as in a server
    with (
        postgres_schema(options.postgres_url, "load") as url,
        postgres_schema(options.postgres_url, "copy") as copy_url,
    ):
        app = build(Settings(database_url=url))
        upgrade(app.engine)
        began = os.getloadavg()[0]
        ours = copied = cpu = 0.0
        stored = 0
        for first in range(0, parcels, TURN):
            last = min(first + TURN, parcels)
            clock = time.process_time()
            spent, count = load(app, first, last, parcels)
            cpu += time.process_time() - clock
            ours, stored = ours + spent, stored + count
            copied += copy_baseline(copy_url, first, last, parcels)
        app.close()
    print(
        f"{parcels:,} parcels, {stored:,} events (load average {began:.1f} at the start,"
        f" {os.getloadavg()[0]:.1f} at the end)"
    )
    print(
        f"  parceltrail ingest: {stored / ours:,.0f} events/s,"
        f" {1e6 * cpu / stored:.1f} µs of its process's CPU an event"
    )
    print(f"  psycopg COPY:       {stored / copied:,.0f} events/s")
    print(f"  ratio:              {copied / ours:.3f}")


if __name__ == "__main__":
    main()
