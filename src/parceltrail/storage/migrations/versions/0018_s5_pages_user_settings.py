"""An account's language and time zone: users.language, users.time_zone (null: the browser's).

Revision ID: 0018_s5_pages_user_settings
Revises: 0018_s5_backends_legs
Create Date: 2026-12-06 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_s5_pages_user_settings"
down_revision = "0018_s5_backends_legs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
        batch_op.drop_column("language")
