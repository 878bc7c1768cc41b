"""Alembic environment: one migration history for SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from parceltrail.config import Settings
from parceltrail.storage.engine import build_engine
from parceltrail.storage.migrate import migrating
from parceltrail.storage.partitions import declared
from parceltrail.storage.tables import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=declared if connection.dialect.name == "postgresql" else None,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = build_engine(Settings())
    with migrating(engine) as connection:  # `alembic downgrade ...`, as parceltrail migrate does
        _run(connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported; run `parceltrail migrate`")
run_online()
