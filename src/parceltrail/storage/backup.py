"""Backups of a SQLite database, taken and restored while parceltrail runs.

SQLite's online backup copies the database page by page in short steps, so writers wait
milliseconds, never for the whole copy, and the copy is one consistent moment. A backup is
checked (``PRAGMA integrity_check``) before it replaces anything, and a restore keeps the
database it replaces beside it, so neither command can lose what was there.

PostgreSQL is backed up with its own tools (``pg_dump`` / ``pg_restore``): they are online,
consistent and faster than anything done through a connection here; docs/operations.md shows
the commands.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from parceltrail.domain.errors import ValidationFailed
from parceltrail.storage.migrate import alembic_config, upgrade

PAGES_PER_STEP = 256  # each step holds the source's read lock for a few milliseconds
SQLITE_HEADER = b"SQLite format 3\x00"


class BackupRefused(ValidationFailed):
    code = "backup_refused"


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    size: int
    revision: str | None
    shipments: int
    events: int


def sqlite_path(engine: Engine) -> Path:
    """The file of a SQLite engine; PostgreSQL is refused with the commands to use."""
    if engine.dialect.name != "sqlite":
        raise BackupRefused(
            "backup and restore copy a SQLite file; on PostgreSQL use its own tools: "
            'pg_dump --format=custom --file=parceltrail.dump "$PARCELTRAIL_DATABASE_URL" and '
            'pg_restore --clean --if-exists --dbname="$PARCELTRAIL_DATABASE_URL" '
            "parceltrail.dump (docs/operations.md)"
        )
    database = engine.url.database
    if not database or database == ":memory:":
        raise BackupRefused("the database is in memory: there is no file to back up")
    return Path(database)


def backup(engine: Engine, destination: Path) -> BackupReport:
    """Copy the live database to ``destination`` (a new file), checked before it is kept."""
    source = sqlite_path(engine)
    if destination.exists():
        raise BackupRefused(f"{destination} exists; choose a new file name for the backup")
    partial = destination.with_name(destination.name + ".partial")
    _copy(source, partial)
    try:
        report = _inspect(partial)
    except BackupRefused:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, destination)
    return _with_path(report, destination)


def restore(engine: Engine, source: Path, *, now: datetime) -> tuple[BackupReport, Path]:
    """Replace the database with the backup ``source``, migrated to this version's schema.

    The database it replaces is kept beside it first; the answer says where."""
    target = sqlite_path(engine)
    report = _inspect(source)
    _check_revision_known(engine, report.revision)
    _check_references(source)
    kept = target.with_name(f"{target.name}.before-restore-{now:%Y%m%dT%H%M%SZ}")
    engine.dispose()  # the pool's connections would keep reading the old pages
    _copy(target, kept)
    _copy(source, target)
    upgrade(engine)
    return _with_path(_inspect(target), target), kept


def _copy(source: Path, destination: Path) -> None:
    """SQLite's online backup of ``source`` into ``destination`` (created or replaced)."""
    if not source.exists():
        raise BackupRefused(f"{source} does not exist")
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reader:
        writer = sqlite3.connect(destination, timeout=30)  # a running server may be writing
        try:
            reader.backup(writer, pages=PAGES_PER_STEP)
        finally:
            writer.close()


def _inspect(path: Path) -> BackupReport:
    """What a backup file holds; refused unless it is a sound parceltrail database."""
    if not path.is_file():
        raise BackupRefused(f"{path} does not exist or is not a file")
    with path.open("rb") as head:
        if head.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupRefused(f"{path} is not a SQLite database; give a file `backup` wrote")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise BackupRefused(f"{path} is damaged ({verdict}); use an older backup")
        return BackupReport(
            path=path,
            size=path.stat().st_size,
            revision=_scalar(connection, "SELECT version_num FROM alembic_version", path),
            shipments=int(_scalar(connection, "SELECT count(*) FROM shipments", path) or 0),
            events=int(_scalar(connection, "SELECT count(*) FROM tracking_events", path) or 0),
        )
    finally:
        connection.close()


def _check_references(path: Path) -> None:
    """Refuse a backup with rows pointing at nothing before it replaces the database: the
    migration that follows would refuse to commit it (storage/migrate.py), leaving the live
    database replaced by an unmigrated file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        broken = connection.execute("PRAGMA foreign_key_check").fetchmany(20)
    finally:
        connection.close()
    if broken:
        rows = ", ".join(str(tuple(row)) for row in broken)
        raise BackupRefused(
            f"{path} has rows pointing at nothing (table, rowid, parent, key): {rows};"
            " repair them or use an older backup"
        )


def _scalar(connection: sqlite3.Connection, sql: str, path: Path) -> str | None:
    try:
        row = connection.execute(sql).fetchone()
    except sqlite3.DatabaseError:
        raise BackupRefused(
            f"{path} is a SQLite database but not parceltrail's (no parceltrail tables)"
        ) from None
    return None if row is None else str(row[0])


def _check_revision_known(engine: Engine, revision: str | None) -> None:
    """A backup from a newer parceltrail cannot be read by this one: say so before copying."""
    scripts = ScriptDirectory.from_config(alembic_config(engine))
    known = {script.revision for script in scripts.walk_revisions()}
    if revision not in known:
        raise BackupRefused(
            f"the backup's schema revision {revision!r} is unknown to this parceltrail "
            "(it was made by a newer version); upgrade parceltrail, then restore"
        )


def _with_path(report: BackupReport, path: Path) -> BackupReport:
    return BackupReport(path, path.stat().st_size, report.revision, report.shipments, report.events)
