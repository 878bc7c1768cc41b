"""shipments.carrier_eta: the day the carrier itself expects to deliver, as the latest update
that named one gave it (AfterShip, 17TRACK and EasyPost pushes carry it); null until then.

Revision ID: 0021_s11_carrier_eta
Revises: 0020_s11_kept_delivery_shipments
Create Date: 2026-12-07 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021_s11_carrier_eta"
down_revision = "0020_s11_kept_delivery_shipments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carrier_eta", sa.Date(), nullable=True))


def downgrade() -> None:
    # Not in batch: on SQLite a batch drop copies the table and drops the old one, and with
    # foreign keys on that drop cascades to the events, legs and parcels of every shipment.
    # SQLite (3.35 and later) drops a plain column in place.
    op.drop_column("shipments", "carrier_eta")
