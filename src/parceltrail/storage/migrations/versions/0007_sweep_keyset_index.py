"""The health sweep reads changed shipments by (updated_at, id): index both.

Revision ID: 0007_sweep_keyset_index
Revises: 0006_drop_dev_mailbox
Create Date: 2026-11-28 11:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0007_sweep_keyset_index"
down_revision = "0006_drop_dev_mailbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shipments_updated_at"))
        batch_op.create_index(batch_op.f("ix_shipments_updated_at_id"), ["updated_at", "id"])


def downgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shipments_updated_at_id"))
        batch_op.create_index(batch_op.f("ix_shipments_updated_at"), ["updated_at"])
