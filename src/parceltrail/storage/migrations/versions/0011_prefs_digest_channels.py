"""Notification preferences, daily digests and Apprise channels: a delivery mode, a problems
switch and channels per subscription; a person's preferences; milestones held for a digest.

Revision ID: 0011_prefs_digest_channels
Revises: 0010_open_dispute_index
Create Date: 2026-11-28 12:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0011_prefs_digest_channels"
down_revision = "0010_open_dispute_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("mode", sa.String(length=16), server_default="immediate", nullable=False)
        )
        batch_op.add_column(sa.Column("problems", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("channels", sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f("ix_subscriptions_email"), ["email"], unique=False)
    op.create_table(
        "notification_preferences",
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("milestones", sa.JSON(), nullable=False),
        sa.Column("problems", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=True),
        sa.Column(
            "updated_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_notification_preferences_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_notification_preferences")),
    )
    op.create_table(
        "digest_items",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("item_key", sa.String(length=64), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("subscription_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("headline", sa.String(length=300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column(
            "happened_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("digest_key", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_items")),
        sa.UniqueConstraint("item_key", name=op.f("uq_digest_items_item_key")),
    )
    op.create_index(
        op.f("ix_digest_items_digest_key_recipient"),
        "digest_items",
        ["digest_key", "recipient"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_digest_items_digest_key_recipient"), table_name="digest_items")
    op.drop_table("digest_items")
    op.drop_table("notification_preferences")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscriptions_email"))
        batch_op.drop_column("channels")
        batch_op.drop_column("problems")
        batch_op.drop_column("mode")
