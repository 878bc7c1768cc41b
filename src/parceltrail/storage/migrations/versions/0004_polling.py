"""polling: poll_schedule and carrier_health

Revision ID: 0004_polling
Revises: 0003_notify
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0004_polling"
down_revision = "0003_notify"
branch_labels = None
depends_on = None

UTC = parceltrail.storage.types.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "poll_schedule",
        sa.Column("shipment_id", sa.String(length=32), nullable=False),
        sa.Column("next_poll_at", UTC(timezone=True), nullable=True),
        sa.Column("stopped", sa.String(length=16), nullable=True),
        sa.Column("enrolled_at", UTC(timezone=True), nullable=False),
        sa.Column("last_polled_at", UTC(timezone=True), nullable=True),
        sa.Column("polls", sa.Integer(), nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
            name=op.f("fk_poll_schedule_shipment_id_shipments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("shipment_id", name=op.f("pk_poll_schedule")),
    )
    op.create_index(
        op.f("ix_poll_schedule_next_poll_at"), "poll_schedule", ["next_poll_at"], unique=False
    )
    op.create_table(
        "carrier_health",
        sa.Column("carrier", sa.String(length=64), nullable=False),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("total_failures", sa.Integer(), nullable=False),
        sa.Column("backoff_until", UTC(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_failure_at", UTC(timezone=True), nullable=True),
        sa.Column("last_success_at", UTC(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("carrier", name=op.f("pk_carrier_health")),
    )


def downgrade() -> None:
    op.drop_table("carrier_health")
    op.drop_index(op.f("ix_poll_schedule_next_poll_at"), table_name="poll_schedule")
    op.drop_table("poll_schedule")
