"""PostgreSQL: tracking_events partitioned by month of occurred_at (SQLite keeps one table).

The table is renamed aside, a partitioned table of the same columns takes its name (its key
and unique constraint include ``occurred_at``, as PostgreSQL requires of a partitioned
table), partitions are made from the oldest event's month (at most 24 months back; older
events go to the default partition) to three months ahead, every event is copied over in
this transaction, and the old table is dropped. Writers wait while the copy runs: stop them
(web and worker processes) for ``parceltrail migrate``, as docs/operations.md says.

Revision ID: 0017_partition_events
Revises: 0015_parcels_mail_in
Create Date: 2026-12-06 12:20:00
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from alembic import op

from parceltrail.domain.retention import month_of, months_ahead, months_from
from parceltrail.storage.partitions import DEFAULT_PARTITION, create_partition_sql, first_month

revision = "0017_partition_events"
down_revision = "0015_parcels_mail_in"
branch_labels = None
depends_on = None

OLD = "tracking_events_unpartitioned"
MONTHS_BACK = 24
AHEAD = 3


def _months_to_make() -> list[date]:
    now = datetime.now(UTC)
    this = month_of(now)
    earliest = this.replace(year=this.year - MONTHS_BACK // 12)
    oldest = first_month(op.get_bind()) or this
    return [*months_from(max(oldest, earliest), this), *months_ahead(now, AHEAD)[1:]]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    months = _months_to_make()
    op.execute(f"ALTER TABLE tracking_events RENAME TO {OLD}")
    op.execute("ALTER SEQUENCE tracking_events_id_seq OWNED BY NONE")
    for constraint in (
        "pk_tracking_events",
        "uq_tracking_events_shipment_id_event_key",
        "fk_tracking_events_shipment_id_shipments",
    ):
        op.execute(f"ALTER TABLE {OLD} RENAME CONSTRAINT {constraint} TO {constraint}_old")
    op.execute(
        f"CREATE TABLE tracking_events (LIKE {OLD} INCLUDING DEFAULTS)"
        " PARTITION BY RANGE (occurred_at)"
    )
    op.execute(
        "ALTER TABLE tracking_events"
        " ADD CONSTRAINT pk_tracking_events PRIMARY KEY (id, occurred_at),"
        " ADD CONSTRAINT uq_tracking_events_shipment_id_event_key"
        " UNIQUE (shipment_id, event_key, occurred_at),"
        " ADD CONSTRAINT fk_tracking_events_shipment_id_shipments FOREIGN KEY (shipment_id)"
        " REFERENCES shipments (id) ON DELETE CASCADE"
    )
    op.execute(f"CREATE TABLE {DEFAULT_PARTITION} PARTITION OF tracking_events DEFAULT")
    for month in months:
        op.execute(create_partition_sql(month))
    op.execute(f"INSERT INTO tracking_events SELECT * FROM {OLD}")  # noqa: S608
    op.execute(f"DROP TABLE {OLD}")
    op.execute("ALTER SEQUENCE tracking_events_id_seq OWNED BY tracking_events.id")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE tracking_events RENAME TO tracking_events_partitioned")
    op.execute("ALTER SEQUENCE tracking_events_id_seq OWNED BY NONE")
    op.execute("CREATE TABLE tracking_events (LIKE tracking_events_partitioned INCLUDING DEFAULTS)")
    op.execute("INSERT INTO tracking_events SELECT * FROM tracking_events_partitioned")
    op.execute("DROP TABLE tracking_events_partitioned CASCADE")
    op.execute(
        "ALTER TABLE tracking_events"
        " ADD CONSTRAINT pk_tracking_events PRIMARY KEY (id),"
        " ADD CONSTRAINT uq_tracking_events_shipment_id_event_key UNIQUE (shipment_id, event_key),"
        " ADD CONSTRAINT fk_tracking_events_shipment_id_shipments FOREIGN KEY (shipment_id)"
        " REFERENCES shipments (id) ON DELETE CASCADE"
    )
    op.execute("ALTER SEQUENCE tracking_events_id_seq OWNED BY tracking_events.id")
