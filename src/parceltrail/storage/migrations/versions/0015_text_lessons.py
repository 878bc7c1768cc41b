"""Text lessons: the statuses sources gave with each carrier text, and admin corrections.

Revision ID: 0015_text_lessons
Revises: 0014_seller_approval
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import parceltrail.storage.types

revision = "0015_text_lessons"
down_revision = "0014_seller_approval"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "text_lesson_counts",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("sub_status", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("sample", sa.String(length=300), nullable=False),
        sa.Column(
            "updated_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("key", "language", "sub_status", name="pk_text_lesson_counts"),
    )
    op.create_table(
        "text_lesson_corrections",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("sub_status", sa.String(length=32), nullable=True),
        sa.Column("sample", sa.String(length=300), nullable=False),
        sa.Column("corrected_by", sa.String(length=64), nullable=False),
        sa.Column(
            "corrected_at", parceltrail.storage.types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.PrimaryKeyConstraint("key", "language", name="pk_text_lesson_corrections"),
    )


def downgrade() -> None:
    op.drop_table("text_lesson_corrections")
    op.drop_table("text_lesson_counts")
