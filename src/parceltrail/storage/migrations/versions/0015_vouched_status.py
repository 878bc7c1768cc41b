"""The status a source vouches for, kept beside the one the events give.

Revision ID: 0015_vouched_status
Revises: 0015_text_lessons
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0015_vouched_status"
down_revision = "0015_text_lessons"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("events_sub_status", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("vouched_sub_status", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("vouched_source", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column(
                "vouched_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        for name in ("vouched_at", "vouched_source", "vouched_sub_status", "events_sub_status"):
            batch_op.drop_column(name)
