"""`parceltrail backup` and `restore` as an operator types them, on SQLite files."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from typer.testing import CliRunner

from parceltrail.cli import app
from parceltrail.storage.migrate import alembic_config, current, upgrade
from tests.e2e.test_cli_import import HEADER, number

runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "live.db"
    monkeypatch.setenv("PARCELTRAIL_DATABASE_URL", f"sqlite:///{path}")
    assert invoke("migrate").exit_code == 0
    assert invoke("users", "create", "shop@example.com", "--role", "seller").exit_code == 0
    return path


def _import(tmp_path: Path, name: str, first: int, rows: int) -> None:
    lines = [
        f"{name}-{i},buyer{i}@example.com,Cap {i},1,{number(i)},,2026-11-20T10:00:00+08:00\n"
        for i in range(first, first + rows)
    ]
    csv = tmp_path / f"{name}.csv"
    csv.write_text(HEADER + "".join(lines))
    assert invoke("import", "shipments", str(csv), "--seller", "shop@example.com").exit_code == 0


def _shipments(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM shipments").fetchone()[0])


def test_a_backup_taken_while_writers_write_restores_exactly_that_moment(
    database: Path, tmp_path: Path
) -> None:
    _import(tmp_path, "A", 0, 50)
    stop = threading.Event()

    def write_users() -> None:  # another process's writes, while the backup copies
        with sqlite3.connect(database, timeout=30) as connection:
            n = 0
            while not stop.is_set():
                connection.execute(
                    "INSERT INTO sweep_marks (name, mark) VALUES (?, ?)", (f"w{n}", "2026-01-01")
                )
                connection.commit()
                n += 1

    writer = threading.Thread(target=write_users)
    writer.start()
    try:
        taken = invoke("backup", str(tmp_path / "nightly.db"))
    finally:
        stop.set()
        writer.join()
    assert taken.exit_code == 0, taken.output
    assert "50 shipments" in taken.stdout

    _import(tmp_path, "B", 50, 30)
    assert _shipments(database) == 80
    restored = invoke("restore", str(tmp_path / "nightly.db"), "--yes")
    assert restored.exit_code == 0, restored.output
    assert _shipments(database) == 50
    kept = next(tmp_path.glob("live.db.before-restore-*"))
    assert str(kept) in restored.stdout
    assert _shipments(kept) == 80  # what the restore replaced is not lost


def test_an_older_schema_is_restored_and_migrated_to_this_version(
    database: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    scripts = ScriptDirectory.from_config(alembic_config(engine))
    head = scripts.get_current_head()
    previous = scripts.get_revision(head).down_revision
    assert isinstance(previous, str)
    upgrade(engine, previous)
    engine.dispose()
    restored = invoke("restore", str(old), "--yes")
    assert restored.exit_code == 0, restored.output
    assert f"schema {head}" in restored.stdout
    engine = create_engine(f"sqlite:///{database}")
    assert current(engine) == head
    engine.dispose()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_text("order,number\n"), "is not a SQLite database"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(),
            "not parceltrail's",
        ),
        (lambda p: None, "does not exist"),
    ],
)
def test_restoring_something_that_is_not_a_backup_is_refused_and_changes_nothing(
    database: Path,
    tmp_path: Path,
    make,
    said: str,  # type: ignore[no-untyped-def]
) -> None:
    _import(tmp_path, "A", 0, 5)
    candidate = tmp_path / "candidate"
    make(candidate)
    refused = invoke("restore", str(candidate), "--yes")
    assert refused.exit_code == 2
    assert said in refused.stderr
    assert _shipments(database) == 5
    assert not list(tmp_path.glob("live.db.before-restore-*"))


def test_a_backup_with_rows_pointing_at_nothing_is_refused_and_changes_nothing(
    database: Path, tmp_path: Path
) -> None:
    """Migrations refuse to commit rows pointing at nothing (storage/migrate.py): such a
    backup is refused before it replaces the live database, not left there half-restored."""
    _import(tmp_path, "A", 0, 5)
    assert invoke("backup", str(tmp_path / "b.db")).exit_code == 0
    with sqlite3.connect(tmp_path / "b.db") as connection:  # foreign keys off: sqlite3's default
        connection.execute(
            "INSERT INTO shipment_legs (shipment_id, sequence, tracking_number) "
            "VALUES ('shp_gone', 1, 'LK123456785CN')"
        )
    refused = invoke("restore", str(tmp_path / "b.db"), "--yes")
    assert refused.exit_code == 2
    assert "shipment_legs" in refused.stderr
    assert _shipments(database) == 5
    assert not list(tmp_path.glob("live.db.before-restore-*"))


def test_a_backup_from_a_newer_version_is_refused_with_what_to_do(
    database: Path, tmp_path: Path
) -> None:
    assert invoke("backup", str(tmp_path / "b.db")).exit_code == 0
    with sqlite3.connect(tmp_path / "b.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    refused = invoke("restore", str(tmp_path / "b.db"), "--yes")
    assert refused.exit_code == 2
    assert "made by a newer version); upgrade parceltrail" in refused.stderr


def test_a_backup_never_overwrites_a_file(database: Path, tmp_path: Path) -> None:
    existing = tmp_path / "precious.db"
    existing.write_text("keep me")
    refused = invoke("backup", str(existing))
    assert refused.exit_code == 2
    assert "choose a new file name" in refused.stderr
    assert existing.read_text() == "keep me"


def test_on_postgresql_the_commands_point_to_pg_dump(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, postgres_url: str
) -> None:
    monkeypatch.setenv("PARCELTRAIL_DATABASE_URL", postgres_url)
    refused = invoke("backup", str(tmp_path / "x.db"))
    assert refused.exit_code == 2
    assert "pg_dump --format=custom" in refused.stderr
    assert not (tmp_path / "x.db").exists()
