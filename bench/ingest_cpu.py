"""CPU a batch of the ingest service alone, without the raw side: median and quartile.

``bench/ingest.py``'s writer (parse, ingest, commit, on SQLite) over a fresh copy of a seeded
database, each batch timed with ``time.thread_time``: the median CPU a batch moves less with
the machine's other work than the wall time of ``bench/ingest.py``, so two versions of the
code can be compared by running this with ``PYTHONPATH`` at an export of each, in turns. The
first ``--warm`` batches are not timed; the input is frozen out of the garbage collector's
sight, as in ``bench/ingest.py``.

Run: `.venv/bin/python bench/ingest_cpu.py [--shipments N] [--delivery per-shipment|stream]
[--warm N]`.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from ingest import build_events, in_batches, parceltrail_writer, per_shipment, seeded_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shipments", type=int, default=2000)
    parser.add_argument("--delivery", choices=("per-shipment", "stream"), default="per-shipment")
    parser.add_argument("--warm", type=int, default=None, help="batches not timed")
    options = parser.parse_args()
    events = build_events(options.shipments)
    stream = options.delivery == "stream"
    batches = in_batches(events) if stream else per_shipment(events)
    warm = options.warm if options.warm is not None else (2 if stream else 50)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        seeded, seller = seeded_database(folder, options.shipments)
        path = folder / "ours.db"
        shutil.copy(seeded, path)
        with parceltrail_writer(f"sqlite:///{path}", seller, batches) as write:
            for index in range(warm):
                write(index)
            gc.collect()
            gc.freeze()
            spent = []
            for index in range(warm, len(batches)):
                began = time.thread_time()
                write(index)
                spent.append(time.thread_time() - began)
    quartile = statistics.quantiles(spent, n=4)[0]
    print(
        f"{options.delivery}: {len(spent):,} batches timed of {len(batches):,}"
        f" (load average {os.getloadavg()[0]:.1f}); CPU a batch: median"
        f" {statistics.median(spent) * 1e6:,.1f} us, first quartile {quartile * 1e6:,.1f},"
        f" mean {statistics.fmean(spent) * 1e6:,.1f}"
    )


if __name__ == "__main__":
    main()
