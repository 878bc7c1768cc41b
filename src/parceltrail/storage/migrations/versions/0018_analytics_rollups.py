"""Delivery analytics: per-shipment tallies, the rollups, and the sweep's keyset index.

Revision ID: 0018_analytics_rollups
Revises: 0018_s5_pages_user_settings
Create Date: 2026-12-06 15:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0018_analytics_rollups"
down_revision = "0018_s5_pages_user_settings"
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


def _time(name: str, nullable: bool = True) -> sa.Column[Any]:
    return sa.Column(name, parceltrail.storage.types.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "analytics_shipments",
        sa.Column("shipment_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("seller", sa.String(length=32), nullable=False),
        sa.Column("carrier", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.String(length=2), nullable=False),
        sa.Column("destination", sa.String(length=2), nullable=False),
        sa.Column("tally", sa.JSON(), nullable=False),
        sa.Column("promises", sa.JSON(), nullable=False),
        _time("problem_found_at"),
        _time("recheck_at"),
        _time("updated_at", nullable=False),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
            ondelete="CASCADE",
            name="fk_analytics_shipments_shipment_id_shipments",
        ),
        sa.PrimaryKeyConstraint("shipment_id", name="pk_analytics_shipments"),
    )
    op.create_index("ix_analytics_shipments_recheck_at", "analytics_shipments", ["recheck_at"])
    op.create_table(
        "analytics_rollups",
        sa.Column("seller", sa.String(length=32), nullable=False),
        sa.Column("grain", sa.String(length=5), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("carrier", sa.String(length=64), nullable=False),
        sa.Column("service", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.String(length=2), nullable=False),
        sa.Column("destination", sa.String(length=2), nullable=False),
        sa.Column("key", sa.String(length=160), nullable=False),
        *(sa.Column(name, sa.Integer(), server_default="0", nullable=False) for name in COUNTS),
        sa.Column("transit", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint(
            "seller",
            "grain",
            "period",
            "carrier",
            "service",
            "origin",
            "destination",
            name="pk_analytics_rollups",
        ),
        sa.UniqueConstraint("key", name="uq_analytics_rollups_key"),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_shipment_health_assessed_at_shipment_id",
        "shipment_health",
        ["assessed_at", "shipment_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_shipment_health_assessed_at_shipment_id", table_name="shipment_health")
    op.drop_table("analytics_rollups")
    op.drop_index("ix_analytics_shipments_recheck_at", table_name="analytics_shipments")
    op.drop_table("analytics_shipments")
