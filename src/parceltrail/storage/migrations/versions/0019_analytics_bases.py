"""Delivery analytics by dispatch, order or delivery day: analytics_rollups.basis (in its key),
the row's kind after the period in its primary key, analytics_shipments.ordered_day and
delivered_day, and the kinds of pre-summed rows that keep the service.

The rollups are derived data: they are emptied here, every shipment's kept tally is forgotten
and the analytics sweep's mark is removed, so the next sweeps count every assessed shipment
again (`parceltrail analytics rebuild` does it at once).

Revision ID: 0019_analytics_bases
Revises: 0018_analytics_rollups
Create Date: 2026-12-06 17:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_analytics_bases"
down_revision = "0018_analytics_rollups"
branch_labels = None
depends_on = None

# domain/analytics.COUNTS as it was when this revision was written.
COUNTS = (
    "shipments",
    "delivered",
    "ended_undelivered",
    "early",
    "on_time",
    "late",
    "overdue",
    "first_attempt",
    "with_exception",
    "customs_held",
    "failed_attempt",
    "returned",
    "lost",
    "damaged",
    "problems",
    "problems_first",
)
_DIMENSIONS = ("carrier", "service", "origin", "destination")


def _rollups(with_basis: bool) -> None:
    """(Re)create the empty rollup table, with or without the basis."""
    op.drop_table("analytics_rollups")
    # Read by seller, basis, kind and a list of periods (see storage/tables.py).
    leading = (
        ["seller", "basis", "kind", "period", "grain"]
        if with_basis
        else ["seller", "grain", "period"]
    )
    op.create_table(
        "analytics_rollups",
        sa.Column("seller", sa.String(length=32), nullable=False),
        *([sa.Column("basis", sa.String(length=8), nullable=False)] if with_basis else []),
        *([sa.Column("kind", sa.String(length=32), nullable=False)] if with_basis else []),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("grain", sa.String(length=5), nullable=False),
        sa.Column("carrier", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.String(length=2), nullable=False),
        sa.Column("destination", sa.String(length=2), nullable=False),
        sa.Column("key", sa.String(length=170 if with_basis else 160), nullable=False),
        *(sa.Column(name, sa.Integer(), server_default="0", nullable=False) for name in COUNTS),
        sa.Column("transit", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint(*leading, *_DIMENSIONS, name="pk_analytics_rollups"),
        sa.UniqueConstraint("key", name="uq_analytics_rollups_key"),
        sqlite_with_rowid=False,
    )


def _forget_tallies() -> None:
    """Nothing is counted any more: the sweep adds each shipment's tally afresh."""
    kept = sa.table("analytics_shipments", sa.column("tally", sa.JSON()))
    op.execute(kept.update().values(tally={}))
    marks = sa.table("sweep_marks", sa.column("name", sa.String()))
    op.execute(marks.delete().where(marks.c.name == "analytics"))


def upgrade() -> None:
    _rollups(with_basis=True)
    with op.batch_alter_table("analytics_shipments") as batch:
        batch.add_column(sa.Column("ordered_day", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("delivered_day", sa.String(length=10), nullable=True))
    _forget_tallies()


def downgrade() -> None:
    _rollups(with_basis=False)
    with op.batch_alter_table("analytics_shipments") as batch:
        batch.drop_column("delivered_day")
        batch.drop_column("ordered_day")
    _forget_tallies()
