"""Tracking events: one unique index led by the shipment, instead of a random-key one and
a second index by shipment and time.

Every ingested batch writes one entry per event into each index of ``tracking_events``.
``(event_key, shipment_id)`` led with a hash, so a batch touched a random page per event;
``(shipment_id, occurred_at)`` was a second such index. ``(shipment_id, event_key)`` keeps the
same uniqueness, answers "which of these keys does this shipment have" and "the events of this
shipment" alike, and halves the index pages each batch writes.

Revision ID: 0013_perfingest_event_key_index
Revises: 0012_webtrack_rate_limits
Create Date: 2026-11-28 13:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0013_perfingest_event_key_index"
down_revision = "0012_webtrack_rate_limits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tracking_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tracking_events_shipment_id_occurred_at"))
        batch_op.drop_constraint(
            batch_op.f("uq_tracking_events_event_key_shipment_id"), type_="unique"
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_tracking_events_shipment_id_event_key"), ["shipment_id", "event_key"]
        )


def downgrade() -> None:
    with op.batch_alter_table("tracking_events", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_tracking_events_shipment_id_event_key"), type_="unique"
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_tracking_events_event_key_shipment_id"), ["event_key", "shipment_id"]
        )
        batch_op.create_index(
            batch_op.f("ix_tracking_events_shipment_id_occurred_at"),
            ["shipment_id", "occurred_at"],
        )
