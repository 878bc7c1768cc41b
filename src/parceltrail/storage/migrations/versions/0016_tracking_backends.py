"""Tracking backends: numbers registered with aggregators (17TRACK, AfterShip) and the quota
each backend spent a day.

Revision ID: 0016_tracking_backends
Revises: 0015_vouched_status
Create Date: 2026-12-06 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0016_tracking_backends"
down_revision = "0015_vouched_status"
branch_labels = None
depends_on = None


def _time(name: str, nullable: bool = True) -> sa.Column[object]:
    return sa.Column(name, parceltrail.storage.types.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "tracking_registrations",
        sa.Column("shipment_id", sa.String(length=32), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("carrier", sa.String(length=64), nullable=True),
        sa.Column("backend", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _time("created_at", nullable=False),
        _time("next_attempt_at"),
        _time("registered_at"),
        _time("heard_at"),
        _time("fetched_at"),
        _time("paused_until"),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("stopped_reason", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
            name=op.f("fk_tracking_registrations_shipment_id_shipments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("shipment_id", name=op.f("pk_tracking_registrations")),
    )
    op.create_index(
        op.f("ix_tracking_registrations_tracking_number"),
        "tracking_registrations",
        ["tracking_number"],
    )
    op.create_index(
        op.f("ix_tracking_registrations_backend_state_priority_created_at"),
        "tracking_registrations",
        ["backend", "state", "priority", "created_at"],
    )
    op.create_table(
        "backend_usage",
        sa.Column("backend", sa.String(length=32), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("registered", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("backend", "day", name=op.f("pk_backend_usage")),
    )


def downgrade() -> None:
    op.drop_table("backend_usage")
    op.drop_index(
        op.f("ix_tracking_registrations_backend_state_priority_created_at"),
        table_name="tracking_registrations",
    )
    op.drop_index(
        op.f("ix_tracking_registrations_tracking_number"), table_name="tracking_registrations"
    )
    op.drop_table("tracking_registrations")
