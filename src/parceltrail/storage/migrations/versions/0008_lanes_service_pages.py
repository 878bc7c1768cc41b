"""Lanes by carrier and service; the ETA's lane level; pages of a message thread.

Shipments record their service; health records say which lane level the ETA used; lane keys
grow a service part ("CN-DE-*" becomes "CN-DE-*-*", re-learned by the next lanes sweep);
messages are indexed for keyset pages by (order, created_at, id).

Revision ID: 0008_lanes_service_pages
Revises: 0007_sweep_keyset_index
Create Date: 2026-11-28 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_lanes_service_pages"
down_revision = "0007_sweep_keyset_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("service", sa.String(length=32), nullable=True))
    with op.batch_alter_table("shipment_health", schema=None) as batch_op:
        batch_op.add_column(sa.Column("eta_lane", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("carrier", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("service", sa.String(length=32), nullable=True))
    with op.batch_alter_table("lane_stats", schema=None) as batch_op:
        batch_op.alter_column(
            "lane",
            existing_type=sa.String(length=80),
            type_=sa.String(length=128),
            existing_nullable=False,
        )
    op.execute("UPDATE lane_stats SET lane = lane || '-*'")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_order_id_created_at"))
        batch_op.create_index(
            batch_op.f("ix_messages_order_id_created_at_id"), ["order_id", "created_at", "id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_order_id_created_at_id"))
        batch_op.create_index(
            batch_op.f("ix_messages_order_id_created_at"), ["order_id", "created_at"]
        )
    op.execute("DELETE FROM lane_stats WHERE lane NOT LIKE '%-*-*'")
    op.execute("UPDATE lane_stats SET lane = substr(lane, 1, length(lane) - 2)")
    with op.batch_alter_table("lane_stats", schema=None) as batch_op:
        batch_op.alter_column(
            "lane",
            existing_type=sa.String(length=128),
            type_=sa.String(length=80),
            existing_nullable=False,
        )
    with op.batch_alter_table("shipment_health", schema=None) as batch_op:
        batch_op.drop_column("service")
        batch_op.drop_column("carrier")
        batch_op.drop_column("eta_lane")
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_column("service")
