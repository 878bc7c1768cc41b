"""The shipments each kept inbound delivery (a held ``webhook.rejected`` job) is about:
kept_delivery_shipments, so that erasing a person removes the kept deliveries of their
shipments and their export lists them. Deliveries kept before this revision have no link:
they age out with the dead jobs (PARCELTRAIL_DEAD_JOB_RETENTION_DAYS).

Revision ID: 0020_s11_kept_delivery_shipments
Revises: 0019_s6_pages_reader_language
Create Date: 2026-12-07 06:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020_s11_kept_delivery_shipments"
down_revision = "0019_s6_pages_reader_language"
branch_labels = None
depends_on = None

AutoId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "kept_delivery_shipments",
        sa.Column("job_id", AutoId, nullable=False),
        sa.Column("shipment_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["outbox.id"],
            name=op.f("fk_kept_delivery_shipments_job_id_outbox"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
            name=op.f("fk_kept_delivery_shipments_shipment_id_shipments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("job_id", "shipment_id", name=op.f("pk_kept_delivery_shipments")),
    )
    op.create_index(
        op.f("ix_kept_delivery_shipments_shipment_id"),
        "kept_delivery_shipments",
        ["shipment_id"],
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_kept_delivery_shipments_shipment_id"), table_name="kept_delivery_shipments"
    )
    op.drop_table("kept_delivery_shipments")
