"""Notification preferences in the database (Core); the digest's held items are in
``digest_repository``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update

from parceltrail.domain.notifications import DeliveryMode, Preferences
from parceltrail.storage.repositories import Repository
from parceltrail.storage.tables import notification_preferences

MAX_DETAIL = 1000


class SqlPreferenceRepository(Repository):
    def get(self, user_id: str) -> Preferences | None:
        row = self._db.execute(
            select(notification_preferences).where(notification_preferences.c.user_id == user_id)
        ).first()
        if row is None:
            return None
        return Preferences(
            user_id=row.user_id,
            milestones=tuple(row.milestones),
            problems=bool(row.problems),
            mode=DeliveryMode(row.mode),
            channels=tuple(row.channels or ()),
        )

    def save(self, preferences: Preferences, now: datetime) -> None:
        p = preferences
        values = {
            "milestones": list(p.milestones),
            "problems": int(p.problems),
            "mode": p.mode.value,
            "channels": list(p.channels) or None,
            "updated_at": now,
        }
        table = notification_preferences
        changed = self._db.execute(
            update(table).where(table.c.user_id == p.user_id).values(values)
        ).rowcount
        if not changed:
            self._db.execute(insert(table).values(user_id=p.user_id, **values))
