"""Monthly partitions of ``tracking_events`` on PostgreSQL, and ageing out what is finished.

On PostgreSQL ``tracking_events`` is partitioned by range of ``occurred_at``, one partition a
month (``tracking_events_p202611``), plus a default partition for events older than the first
month (history imported late) or beyond the months made ahead. The partitions sweep makes this
month's and the next months' partitions before events arrive, and with a retention period it
detaches whole months whose shipments are all finished, then drops them or keeps them aside
renamed ``tracking_events_archived_p202611`` (out of every query, for ``pg_dump`` and then
``DROP TABLE``). SQLite keeps one table: nothing here applies to it but the outbox's ageing
(finished and dead jobs, each after its own period).

Only table names built here from dates and constants are interpolated into DDL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Engine, bindparam, delete, select, text

from parceltrail.domain.retention import (
    FINAL_SUB_STATUS_VALUES,
    Retention,
    months_ahead,
    next_month,
)
from parceltrail.storage.tables import outbox

PARENT = "tracking_events"
DEFAULT_PARTITION = "tracking_events_pdefault"
_MONTHLY = re.compile(r"^tracking_events_p(\d{4})(\d{2})$")
OUTBOX_DELETE_BATCH = 10_000

RetentionAction = Literal["archive", "drop"]


def declared(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """For comparing a PostgreSQL schema with the declared tables (Alembic's
    ``include_object``): False for what partitioning adds, the partitions, and for the unique
    constraint that holds ``occurred_at`` too there."""
    if type_ == "table" and name is not None and name.startswith("tracking_events_"):
        return False
    return not (type_ == "unique_constraint" and name == "uq_tracking_events_shipment_id_event_key")


def partition_name(month: date) -> str:
    return f"tracking_events_p{month:%Y%m}"


def archived_name(month: date) -> str:
    return f"tracking_events_archived_p{month:%Y%m}"


def _bound(month: date) -> str:
    return f"'{month:%Y-%m-%d} 00:00:00+00'"


def create_partition_sql(month: date) -> str:
    return (
        f"CREATE TABLE {partition_name(month)} PARTITION OF {PARENT}"
        f" FOR VALUES FROM ({_bound(month)}) TO ({_bound(next_month(month))})"
    )


def is_partitioned(connection: Connection) -> bool:
    if connection.dialect.name != "postgresql":
        return False
    kind = connection.execute(
        text("SELECT relkind FROM pg_class WHERE oid = to_regclass(:name)"), {"name": PARENT}
    ).scalar()
    return kind == "p"


def monthly_partitions(connection: Connection) -> dict[date, str]:
    """The attached monthly partitions by their month (the default one left out)."""
    names = connection.execute(
        text(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
            " WHERE i.inhparent = to_regclass(:name)"
        ),
        {"name": PARENT},
    ).scalars()
    found: dict[date, str] = {}
    for name in names:
        match = _MONTHLY.match(name)
        if match:
            found[date(int(match[1]), int(match[2]), 1)] = name
    return found


def create_month(connection: Connection, month: date) -> None:
    """Add ``month``'s partition, first moving any of its events out of the default one
    (where they went while it was missing), so that attaching it cannot fail."""
    low, high = _bound(month), _bound(next_month(month))
    in_range = f"occurred_at >= {low} AND occurred_at < {high}"
    stray = connection.exec_driver_sql(
        f"SELECT 1 FROM {DEFAULT_PARTITION} WHERE {in_range} LIMIT 1"  # noqa: S608
    ).first()
    if stray is None:
        connection.exec_driver_sql(create_partition_sql(month))
        return
    name = partition_name(month)
    connection.exec_driver_sql(
        f"CREATE TABLE {name} (LIKE {PARENT} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
    )
    connection.exec_driver_sql(
        f"WITH moved AS (DELETE FROM {DEFAULT_PARTITION} WHERE {in_range} RETURNING *)"  # noqa: S608
        f" INSERT INTO {name} SELECT * FROM moved"
    )
    connection.exec_driver_sql(
        f"ALTER TABLE {PARENT} ATTACH PARTITION {name} FOR VALUES FROM ({low}) TO ({high})"
    )


def create_ahead(connection: Connection, *, now: datetime, ahead: int) -> list[str]:
    """Make this month's partition and the next ``ahead`` months'; the names made."""
    existing = monthly_partitions(connection)
    made = []
    for month in months_ahead(now, ahead):
        if month not in existing:
            create_month(connection, month)
            made.append(partition_name(month))
    return made


def _unfinished_shipments(connection: Connection, name: str, cutoff: datetime) -> int:
    """Shipments with events in partition ``name`` that must keep them: not final, or
    with an event after the cut-off."""
    query = text(
        f"SELECT count(DISTINCT s.id) FROM {name} e JOIN shipments s ON s.id = e.shipment_id"  # noqa: S608
        " WHERE s.sub_status NOT IN :final OR s.last_event_at >= :cutoff"
    ).bindparams(bindparam("final", expanding=True))
    found = connection.execute(query, {"final": list(FINAL_SUB_STATUS_VALUES), "cutoff": cutoff})
    return int(found.scalar_one())


@dataclass
class RetentionReport:
    made: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    kept: dict[str, int] = field(default_factory=dict)
    """Expired months kept, with how many shipments in them are not finished."""
    outbox_deleted: int = 0
    dead_deleted: int = 0

    def summary(self) -> str:
        kept = ", ".join(f"{name} ({count} unfinished)" for name, count in self.kept.items())
        return (
            f"partitions made: {', '.join(self.made) or 'none'}; "
            f"retired: {', '.join(self.retired) or 'none'}; kept: {kept or 'none'}; "
            f"finished outbox rows deleted: {self.outbox_deleted}; "
            f"dead outbox rows deleted: {self.dead_deleted}"
        )


def retire(
    connection: Connection,
    *,
    now: datetime,
    retention: Retention,
    action: RetentionAction,
    report: RetentionReport,
) -> None:
    """Detach every expired month whose shipments are all finished; drop or archive it."""
    cutoff = retention.cutoff(now)
    for month, name in sorted(monthly_partitions(connection).items()):
        if not retention.month_expired(month, now):
            continue
        unfinished = _unfinished_shipments(connection, name, cutoff)
        if unfinished:
            report.kept[name] = unfinished
            continue
        connection.exec_driver_sql(f"ALTER TABLE {PARENT} DETACH PARTITION {name}")
        if action == "drop":
            connection.exec_driver_sql(f"DROP TABLE {name}")
        else:
            connection.exec_driver_sql(f"ALTER TABLE {name} RENAME TO {archived_name(month)}")
        report.retired.append(name)


def delete_finished_jobs(engine: Engine, *, before: datetime) -> int:
    """Delete outbox rows done before ``before`` (their payloads with them), in batches so no
    transaction holds many locks; dead rows have their own period (``delete_dead_jobs``)."""
    return _delete_jobs(engine, status="done", before=before)


def delete_dead_jobs(engine: Engine, *, before: datetime) -> int:
    """Delete dead outbox rows whose last attempt was before ``before``: failed for good, or
    held for an admin (a kept carrier delivery, whose body may name a buyer)."""
    return _delete_jobs(engine, status="dead", before=before)


def _delete_jobs(engine: Engine, *, status: str, before: datetime) -> int:
    """``available_at`` is when a row was last claimed or held: its last attempt."""
    deleted = 0
    while True:
        batch = (
            select(outbox.c.id)
            .where(outbox.c.status == status, outbox.c.available_at < before)
            .limit(OUTBOX_DELETE_BATCH)
        )
        with engine.begin() as connection:
            count = connection.execute(delete(outbox).where(outbox.c.id.in_(batch))).rowcount
        deleted += count
        if count < OUTBOX_DELETE_BATCH:
            return deleted


def maintain(
    engine: Engine,
    *,
    now: datetime,
    ahead: int,
    retention: Retention | None,
    action: RetentionAction,
    outbox_days: int | None,
    dead_days: int | None = None,
) -> RetentionReport:
    """The partitions sweep: partitions ahead, expired months retired, old jobs deleted
    (finished ones after ``outbox_days``, dead ones after ``dead_days``)."""
    report = RetentionReport()
    with engine.begin() as connection:
        if is_partitioned(connection):
            report.made = create_ahead(connection, now=now, ahead=ahead)
            if retention is not None:
                retire(connection, now=now, retention=retention, action=action, report=report)
    if outbox_days is not None:
        before = Retention(outbox_days).cutoff(now)
        report.outbox_deleted = delete_finished_jobs(engine, before=before)
    if dead_days is not None:
        report.dead_deleted = delete_dead_jobs(engine, before=Retention(dead_days).cutoff(now))
    return report


def first_month(connection: Connection) -> date | None:
    """The month of the oldest stored event, for the migration that partitions the table."""
    oldest = connection.execute(text(f"SELECT min(occurred_at) FROM {PARENT}")).scalar()  # noqa: S608
    if oldest is None:
        return None
    utc = oldest.astimezone(UTC)
    return date(utc.year, utc.month, 1)
