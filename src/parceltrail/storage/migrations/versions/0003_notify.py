"""notifications and jobs: deliveries, subscriptions, webhook endpoints, job schedule

Revision ID: 0003_notify
Revises: 0005_web
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0003_notify"
down_revision = "0005_web"
branch_labels = None
depends_on = None

_TABLES = ("webhook_endpoints", "subscriptions", "job_schedule", "deliveries")


def upgrade() -> None:
    op.create_table(
        "deliveries",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.String(length=64), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("endpoint_id", sa.String(length=32), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("transport", sa.String(length=16), nullable=True),
        sa.Column(
            "created_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("sent_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_deliveries_idempotency_key")),
    )
    op.create_index(
        op.f("ix_deliveries_channel_created_at"),
        "deliveries",
        ["channel", "created_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_deliveries_endpoint_id_created_at"),
        "deliveries",
        ["endpoint_id", "created_at"],
        unique=False,
    )
    op.create_table(
        "job_schedule",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column(
            "next_run_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "last_run_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_job_schedule")),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=True),
        sa.Column("order_id", sa.String(length=32), nullable=True),
        sa.Column("tracking_number", sa.String(length=64), nullable=True),
        sa.Column("milestones", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column(
            "created_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "confirmed_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column(
            "unsubscribed_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions")),
    )
    op.create_index(op.f("ix_subscriptions_order_id"), "subscriptions", ["order_id"], unique=False)
    op.create_index(
        op.f("ix_subscriptions_tracking_number"), "subscriptions", ["tracking_number"], unique=False
    )
    op.create_index(op.f("ix_subscriptions_user_id"), "subscriptions", ["user_id"], unique=False)
    op.create_table(
        "webhook_endpoints",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("secret", sa.String(length=128), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column(
            "disabled_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("disabled_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_webhook_endpoints_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_endpoints")),
    )
    op.create_index(
        op.f("ix_webhook_endpoints_user_id"), "webhook_endpoints", ["user_id"], unique=False
    )


def downgrade() -> None:
    for name in _TABLES:
        op.drop_table(name)
