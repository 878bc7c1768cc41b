"""Tracking backends: one registration per tracking number (per leg), not per shipment, so a
handover's new number is registered with its backend too.

Revision ID: 0018_s5_backends_legs
Revises: 0017_partition_events
Create Date: 2026-12-06 15:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0018_s5_backends_legs"
down_revision = "0017_partition_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A leg's number belongs to one shipment (shipment_legs.tracking_number is unique), so the
    # number alone names a registration; existing rows already hold one number each.
    with op.batch_alter_table("tracking_registrations") as batch:
        batch.drop_index("ix_tracking_registrations_tracking_number")
        batch.drop_constraint("pk_tracking_registrations", type_="primary")
        batch.create_primary_key("pk_tracking_registrations", ["tracking_number"])
        batch.create_index("ix_tracking_registrations_shipment_id", ["shipment_id"])


def downgrade() -> None:
    # Back to one registration per shipment: keep each shipment's latest-created one.
    op.execute(
        "DELETE FROM tracking_registrations WHERE EXISTS (SELECT 1 FROM tracking_registrations"
        " AS later WHERE later.shipment_id = tracking_registrations.shipment_id AND"
        " (later.created_at > tracking_registrations.created_at OR (later.created_at ="
        " tracking_registrations.created_at AND later.tracking_number >"
        " tracking_registrations.tracking_number)))"
    )
    with op.batch_alter_table("tracking_registrations") as batch:
        batch.drop_index("ix_tracking_registrations_shipment_id")
        batch.drop_constraint("pk_tracking_registrations", type_="primary")
        batch.create_primary_key("pk_tracking_registrations", ["shipment_id"])
        batch.create_index("ix_tracking_registrations_tracking_number", ["tracking_number"])
