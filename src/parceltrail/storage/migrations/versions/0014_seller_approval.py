"""Sellers approved by an admin: users.approved_at (null while a signed-up seller waits).

Everyone already there is approved as of their creation, so existing sellers keep selling.

Revision ID: 0014_seller_approval
Revises: 0013_perfingest_event_key_index
Create Date: 2026-12-06 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0014_seller_approval"
down_revision = "0013_perfingest_event_key_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "approved_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=True
            )
        )
    op.execute("UPDATE users SET approved_at = created_at")


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("approved_at")
