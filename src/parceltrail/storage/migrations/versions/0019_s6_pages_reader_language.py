"""The language (and time zone) a person without an account reads their mail in:
subscriptions.language and .time_zone (the page's when they asked), orders.language (the
buyer's, when the seller knows it). Null: the account's setting, else the shop's default.
And shipment_health.explanation_words: the verdict's sentence as text and values, so each
reader gets it in their language (null for verdicts of old: their English is shown).

Revision ID: 0019_s6_pages_reader_language
Revises: 0019_analytics_bases
Create Date: 2026-12-06 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_s6_pages_reader_language"
down_revision = "0019_analytics_bases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
    with op.batch_alter_table("shipment_health", schema=None) as batch_op:
        batch_op.add_column(sa.Column("explanation_words", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("shipment_health", schema=None) as batch_op:
        batch_op.drop_column("explanation_words")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("language")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
        batch_op.drop_column("language")
