"""My parcels and mail in: parcels, forwarding addresses, received mails, IMAP mailboxes.

Revision ID: 0015_parcels_mail_in
Revises: 0016_tracking_backends
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0015_parcels_mail_in"
down_revision = "0016_tracking_backends"
branch_labels = None
depends_on = None

AutoId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _time(name: str, nullable: bool = True) -> sa.Column[Any]:
    return sa.Column(name, parceltrail.storage.types.UTCDateTime(timezone=True), nullable=nullable)


def _user(primary: bool = False) -> sa.Column[Any]:
    return sa.Column("user_id", sa.String(length=32), nullable=False, primary_key=primary)


def upgrade() -> None:
    op.create_table(
        "parcels",
        sa.Column("id", sa.String(length=32), nullable=False),
        _user(),
        sa.Column("shipment_id", sa.String(length=32), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=False),
        sa.Column("carrier", sa.String(length=64), nullable=True),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("shop", sa.String(length=100), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("order_reference", sa.String(length=100), nullable=True),
        sa.Column("items", sa.JSON(), nullable=False),
        _time("created_at", False),
        _time("archived_at"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_parcels_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
            name=op.f("fk_parcels_shipment_id_shipments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcels")),
        sa.UniqueConstraint(
            "user_id", "tracking_number", name=op.f("uq_parcels_user_id_tracking_number")
        ),
    )
    op.create_index(op.f("ix_parcels_shipment_id"), "parcels", ["shipment_id"])
    op.create_table(
        "mail_inboxes",
        _user(primary=True),
        sa.Column("local_part", sa.String(length=32), nullable=False),
        sa.Column("feed_key", sa.String(length=32), nullable=False),
        _time("created_at", False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_mail_inboxes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_mail_inboxes")),
        sa.UniqueConstraint("local_part", name=op.f("uq_mail_inboxes_local_part")),
    )
    op.create_table(
        "inbound_mails",
        sa.Column("id", AutoId, autoincrement=True, nullable=False),
        _user(),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("via", sa.String(length=8), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("shop", sa.String(length=100), nullable=True),
        sa.Column("numbers", sa.JSON(), nullable=False),
        _time("received_at", False),
        _time("processed_at"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_inbound_mails_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbound_mails")),
        sa.UniqueConstraint(
            "user_id", "fingerprint", name=op.f("uq_inbound_mails_user_id_fingerprint")
        ),
    )
    op.create_index(
        op.f("ix_inbound_mails_user_id_received_at"), "inbound_mails", ["user_id", "received_at"]
    )
    op.create_table(
        "imap_accounts",
        _user(primary=True),
        sa.Column("host", sa.String(length=253), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=254), nullable=False),
        sa.Column("secret", sa.LargeBinary(), nullable=False),
        sa.Column("folder", sa.String(length=200), nullable=False),
        sa.Column("security", sa.String(length=8), nullable=False),
        sa.Column("uid_validity", sa.BigInteger(), nullable=True),
        sa.Column("last_uid", sa.BigInteger(), nullable=False),
        _time("last_polled_at"),
        sa.Column("last_error", sa.Text(), nullable=True),
        _time("created_at", False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_imap_accounts_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_imap_accounts")),
    )


def downgrade() -> None:
    op.drop_table("imap_accounts")
    op.drop_index(op.f("ix_inbound_mails_user_id_received_at"), table_name="inbound_mails")
    op.drop_table("inbound_mails")
    op.drop_table("mail_inboxes")
    op.drop_index(op.f("ix_parcels_shipment_id"), table_name="parcels")
    op.drop_table("parcels")
