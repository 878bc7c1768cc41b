"""At most one dispute in progress per order: a partial unique index, so that two racing
requests cannot both open one.

Revision ID: 0010_open_dispute_index
Revises: 0009_poll_next_scans
Create Date: 2026-11-28 13:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_open_dispute_index"
down_revision = "0009_poll_next_scans"
branch_labels = None
depends_on = None

IN_PROGRESS = "state IN ('open', 'proposed', 'rejected', 'escalated')"


def upgrade() -> None:
    op.create_index(
        "uq_disputes_order_in_progress",
        "disputes",
        ["order_id"],
        unique=True,
        sqlite_where=sa.text(IN_PROGRESS),
        postgresql_where=sa.text(IN_PROGRESS),
    )


def downgrade() -> None:
    op.drop_index("uq_disputes_order_in_progress", table_name="disputes")
