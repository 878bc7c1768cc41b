"""CSV import time: `parceltrail import shipments` of N new shipments, then the same file again.

Writes N rows (new order references, valid S10 numbers, 500 buyers) to a temporary SQLite
database's folder, and runs the command line as a user would, twice.
Run: `.venv/bin/python bench/import_csv.py [--rows 10000]`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from parceltrail.domain.numbers.checkdigits import compute_s10

HEADER = "order_reference,buyer_email,title,quantity,tracking_number,carrier,dispatched_at\n"


def write_csv(path: Path, rows: int) -> None:
    with path.open("w") as out:
        out.write(HEADER)
        for index in range(rows):
            serial = f"{index:08d}"
            out.write(
                f"R-{index},buyer{index % 500}@example.com,Phone case {index},{1 + index % 3},"
                f"LK{serial}{compute_s10(serial)}CN,,2026-11-20T10:00:00+08:00\n"
            )


def parceltrail(env: dict[str, str], *args: str) -> tuple[float, str]:
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "parceltrail", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return time.perf_counter() - began, done.stdout.strip().splitlines()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shipments.csv"
        write_csv(path, options.rows)
        env = {**os.environ, "PARCELTRAIL_DATABASE_URL": f"sqlite:///{folder}/import.db"}
        parceltrail(env, "migrate")
        parceltrail(env, "users", "create", "shop@example.com", "--role", "seller")
        for run in ("first import", "same file again"):
            elapsed, summary = parceltrail(
                env, "import", "shipments", str(path), "--seller", "shop@example.com"
            )
            print(f"{run:<16} {elapsed:6.1f} s  {options.rows / elapsed:7.0f} rows/s  {summary}")


if __name__ == "__main__":
    main()
