"""Where a SQLite stream ingest's CPU goes: time.process_time around each step, an event.

``bench/ingest.py``'s stream (batches of 1,000 events in time order, the parcels dispatched
first) through ``bench/ingest.py``'s writer, with each step of ``services/tracking.py`` and the
unit of work wrapped in a CPU timer: parsing, reading the shipments (and, inside it, their
statement and their decoding), the stored keys, text lessons, inserting the events,
folding and recording, saving the states (and their ``UPDATE``), the outbox and the commit.
The wrappers sit on calls made once or a few times a batch, so their own cost (about 0.8 us a
``process_time`` call on this machine) stays out of the figures; nothing is wrapped per event.
Each run ingests a fresh copy of the seeded database; the input is frozen out of the garbage
collector's sight, as in ``bench/ingest.py``.

Run: `.venv/bin/python bench/ingest_steps.py [--shipments N] [--runs N]`; compare two versions
of the code by running it with ``PYTHONPATH`` at an export of each, in turns.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest import build_events, in_batches, parceltrail_writer, per_shipment, seeded_database

from parceltrail.services import tracking
from parceltrail.storage import driver, shipments_repository, uow

spent: dict[str, float] = {}

# (owner, attribute, label); a label starting with spaces is part of the step above it, one
# starting with * is made in more than one step
STEPS: list[tuple[Any, str, str]] = [
    (uow.SqlUnitOfWork, "__enter__", "begin"),
    (tracking, "parse_events", "parse and validate the events"),
    (shipments_repository.SqlShipmentRepository, "by_numbers", "read and lock the shipments"),
    (shipments_repository.SqlShipmentRepository, "_shipments", "  decoding them"),
    (tracking, "_fresh_events", "stored keys, duplicates"),
    (driver.Driver, "select_paired", "* statements by pairs (stored keys, lessons)"),
    (tracking, "_taught", "text lessons"),
    (shipments_repository.SqlEventRepository, "add_many", "insert the events"),
    (tracking, "_apply", "fold the states, record TrackingUpdated"),
    (shipments_repository.SqlShipmentRepository, "save_states", "save the states"),
    (driver.Driver, "update", "  their UPDATE"),
    (uow.SqlUnitOfWork, "_commit", "commit"),
    (uow.SqlUnitOfWork, "_write_outbox", "  the outbox row"),
    (driver.Driver, "select_listed", "* statements by a list (shipments)"),
]


def timed(label: str, call: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return call(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - began

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shipments", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument(
        "--delivery",
        choices=("stream", "per-shipment"),
        default="stream",
        help="batches of 1,000 events in time order, or one batch of 10 a parcel",
    )
    options = parser.parse_args()
    for owner, name, label in STEPS:
        setattr(owner, name, timed(label, getattr(owner, name)))
    events = build_events(options.shipments)
    batches = in_batches(events) if options.delivery == "stream" else per_shipment(events)
    print(
        f"{len(events):,} events over {options.shipments:,} shipments, {len(batches)} batches;"
        f" CPU us an event (load average {os.getloadavg()[0]:.1f})"
    )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        seeded, seller = seeded_database(folder, options.shipments)
        for run in range(options.runs):
            path = folder / f"run{run}.db"
            shutil.copy(seeded, path)
            with parceltrail_writer(f"sqlite:///{path}", seller, batches) as write:
                gc.collect()
                gc.freeze()
                spent.clear()
                began = time.process_time()
                for index in range(len(batches)):
                    write(index)
                total = time.process_time() - began
            per_event = {label: seconds / len(events) * 1e6 for label, seconds in spent.items()}
            print(f"run {run + 1}: all {total / len(events) * 1e6:.1f}")
            for _, _, label in STEPS:
                print(f"  {label:<44} {per_event.get(label, 0.0):5.1f}")


if __name__ == "__main__":
    main()
