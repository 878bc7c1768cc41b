"""`parceltrail import` as a user types it, on a SQLite file."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from parceltrail.cli import app
from parceltrail.domain.numbers.checkdigits import compute_s10
from parceltrail.storage.tables import orders, shipments

ROWS = 2000  # 10,000 take about 37 s on a loaded two-core box (docs/import.md)
HEADER = "order_reference,buyer_email,title,quantity,tracking_number,carrier,dispatched_at\n"
runner = CliRunner()


def number(index: int) -> str:
    serial = f"{index:08d}"
    return f"LK{serial}{compute_s10(serial)}CN"


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("PARCELTRAIL_DATABASE_URL", url)
    assert invoke("migrate").exit_code == 0
    assert invoke("users", "create", "shop@example.com", "--role", "seller").exit_code == 0
    return url


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def counts(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = tuple(
            int(connection.execute(select(func.count()).select_from(table)).scalar_one())
            for table in (orders, shipments)
        )
    engine.dispose()
    return found[0], found[1]


def test_a_large_file_imports_with_an_exact_summary_and_again_as_duplicates(
    database: str, tmp_path: Path
) -> None:
    path = tmp_path / "shipments.csv"
    lines = [
        f"R-{i},buyer{i % 300}@example.com,Phone case {i},{1 + i % 3},{number(i)},,"
        "2026-11-20T10:00:00+08:00\n"
        for i in range(ROWS)
    ]
    lines[99] = f"R-99,buyer99@example.com,Phone case,1,{number(99)[:-3]}XCN,,\n"  # line 101
    path.write_text(HEADER + "".join(lines))

    began = time.perf_counter()
    first = invoke("import", "shipments", str(path), "--seller", "shop@example.com")
    elapsed = time.perf_counter() - began

    assert first.exit_code == 1  # a row was rejected
    assert f"shipments.csv: {ROWS:,} rows: {ROWS - 1:,} accepted, 0 duplicate, 1 rejected" in (
        first.stdout
    )
    assert "line 101: invalid_tracking_number:" in first.stdout
    assert "importing shipments.csv" in first.stderr
    assert counts(database) == (ROWS - 1, ROWS - 1)
    print(f"{ROWS} shipments imported in {elapsed:.1f} s")

    report = tmp_path / "report.csv"
    again = invoke(
        "import", "shipments", str(path), "--seller", "shop@example.com", "--report", str(report)
    )
    assert f"{ROWS:,} rows: 0 accepted, {ROWS - 1:,} duplicate, 1 rejected" in again.stdout
    with report.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["line"], r["reason"]) for r in rows] == [("101", "invalid_tracking_number")]
    assert counts(database) == (ROWS - 1, ROWS - 1)


def test_a_wrong_header_or_seller_is_a_clear_error_and_imports_nothing(
    database: str, tmp_path: Path
) -> None:
    path = tmp_path / "events.csv"
    path.write_text("number,when,text\nLK1,2026-11-20,x\n")
    wrong = invoke("import", "events", str(path), "--seller", "shop@example.com")
    assert wrong.exit_code == 2
    assert "tracking_number,occurred_at,description,status?" in wrong.stderr
    nobody = invoke("import", "events", str(path), "--seller", "nobody@example.com")
    assert nobody.exit_code == 2
    assert "no account" in nobody.stderr


def test_events_import_reports_accepted_duplicate_and_rejected(
    database: str, tmp_path: Path
) -> None:
    shipments_csv = tmp_path / "s.csv"
    shipments_csv.write_text(HEADER + f"R-1,b@example.com,Case,1,{number(1)},,\n")
    assert (
        invoke("import", "shipments", str(shipments_csv), "--seller", "shop@example.com").exit_code
        == 0
    )
    events = tmp_path / "e.csv"
    events.write_text(
        "tracking_number,occurred_at,description,status,city,country,id\n"
        f"{number(1)},2026-11-20T10:00:00+08:00,Acceptance,accepted,Shenzhen,CN,a1\n"
        f"{number(1)},2026-11-20T10:00:00+08:00,Acceptance,accepted,Shenzhen,CN,a1\n"
        f"{number(1)},not a time,Departed,,,,a2\n"
    )
    out = invoke("import", "events", str(events), "--seller", "shop@example.com")
    assert "3 rows: 1 accepted, 1 duplicate, 1 rejected" in out.stdout
    assert "line 4: bad_time:" in out.stdout
