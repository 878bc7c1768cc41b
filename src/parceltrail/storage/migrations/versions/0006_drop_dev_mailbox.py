"""Drop the web app's own development mailbox: account mail now goes through the outbox
and shows in the notifier's development inbox (/dev/inbox, admins only).

Revision ID: 0006_drop_dev_mailbox
Revises: 0004_polling
Create Date: 2026-11-28 10:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0006_drop_dev_mailbox"
down_revision = "0004_polling"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("dev_mailbox")


def downgrade() -> None:
    op.create_table(
        "dev_mailbox",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column(
            "created_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dev_mailbox")),
    )
