"""Polling learns when each carrier's next scan comes: poll_next_scans, and the latest scan
of each scheduled shipment.

Revision ID: 0009_poll_next_scans
Revises: 0008_lanes_service_pages
Create Date: 2026-11-28 12:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from parceltrail.storage.types import UTCDateTime as UTC

revision = "0009_poll_next_scans"
down_revision = "0008_lanes_service_pages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "poll_next_scans",
        sa.Column("carrier", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("opens_minutes", sa.Integer(), nullable=False),
        sa.Column("closes_minutes", sa.Integer(), nullable=False),
        sa.Column("local_hours", sa.String(length=80), nullable=False),
        sa.Column("samples", sa.Integer(), nullable=False),
        sa.Column("learned_at", UTC(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("carrier", "code", name=op.f("pk_poll_next_scans")),
    )
    with op.batch_alter_table("poll_schedule", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_carrier", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("last_code", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("poll_schedule", schema=None) as batch_op:
        batch_op.drop_column("last_code")
        batch_op.drop_column("last_carrier")
    op.drop_table("poll_next_scans")
