"""Run the Alembic migrations shipped inside the package.

On SQLite, Alembic changes most columns by copying the table: it creates the new table, copies
the rows, drops the old table and renames the new one. With foreign keys enforced, dropping the
old table deletes it row by row first, so ``ON DELETE CASCADE`` empties every table pointing at
it (a copy of ``shipments`` took every event, leg and parcel) and a ``NO ACTION`` reference
fails the step. So migrations run with foreign keys off, as Alembic's batch documentation
advises, and every reference is checked before the step commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine


class BrokenReferences(RuntimeError):
    """A migration left rows pointing at rows that do not exist; nothing was committed."""


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("parceltrail.storage") / "migrations"))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision``; safe to run again."""
    config = alembic_config(engine)
    with migrating(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take the database back to ``revision``, keeping the rows of every table it still has."""
    config = alembic_config(engine)
    with migrating(engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def current(engine: Engine) -> str | None:
    """The revision the database is at; None before the first migration."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def migrating(engine: Engine) -> Iterator[Connection]:
    """A connection inside one transaction; on SQLite with foreign keys off until it ends and
    every reference checked before it commits, when a step ran (a migration at its revision
    already changes nothing: rows written past the checks before do not stop the server that
    runs it at every start). Alembic's command line goes through it too."""
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            with connection.begin():
                yield connection
            return
        # SQLite ignores this pragma inside a transaction: sent to the driver before BEGIN.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                before = _heads(connection)
                yield connection
                if _heads(connection) == before:
                    return
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise BrokenReferences(
                        "rows pointing at nothing (table, rowid, parent, key): "
                        + ", ".join(str(tuple(row)) for row in broken[:20])
                    )
        finally:
            # A lost connection is discarded, never handed out again; turning its foreign keys
            # back on would raise "closed database" in place of what went wrong.
            if not connection.invalidated:
                raw.execute("PRAGMA foreign_keys=ON")


def _heads(connection: Connection) -> tuple[str, ...]:
    return MigrationContext.configure(connection).get_current_heads()
