"""Web sessions and password resets in the database (the pages' sign-in)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from parceltrail.domain.users import Role, User
from parceltrail.services.ports import WebSession
from parceltrail.storage.tables import password_resets, users, web_sessions


class SqlSessionRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, id_hash: str, user_id: str, csrf: str, now: datetime, expires: datetime) -> None:
        self._db.execute(
            insert(web_sessions).values(
                id_hash=id_hash,
                user_id=user_id,
                csrf_token=csrf,
                created_at=now,
                expires_at=expires,
            )
        )

    def find(self, id_hash: str, now: datetime) -> WebSession | None:
        query = (
            select(web_sessions.c.csrf_token, web_sessions.c.expires_at, users)
            .join(users, users.c.id == web_sessions.c.user_id)
            .where(web_sessions.c.id_hash == id_hash, web_sessions.c.expires_at > now)
        )
        row = self._db.execute(query).first()
        if row is None:
            return None
        approved = row.approved_at is not None
        user = User(
            row.id,
            row.email,
            Role(row.role),
            row.created_at,
            row.name,
            approved,
            language=row.language,
            time_zone=row.time_zone,
        )
        return WebSession(user=user, csrf_token=row.csrf_token, expires_at=row.expires_at)

    def delete(self, id_hash: str) -> None:
        self._db.execute(delete(web_sessions).where(web_sessions.c.id_hash == id_hash))

    def delete_for_user(self, user_id: str) -> None:
        self._db.execute(delete(web_sessions).where(web_sessions.c.user_id == user_id))


class SqlResetRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, token_hash: str, user_id: str, now: datetime, expires: datetime) -> None:
        self._db.execute(
            insert(password_resets).values(
                token_hash=token_hash, user_id=user_id, created_at=now, expires_at=expires
            )
        )

    def use(self, token_hash: str, now: datetime) -> str | None:
        table = password_resets
        row = self._db.execute(
            select(table.c.user_id).where(
                table.c.token_hash == token_hash,
                table.c.used_at.is_(None),
                table.c.expires_at > now,
            )
        ).first()
        if row is None:
            return None
        done = self._db.execute(
            update(table)
            .where(table.c.token_hash == token_hash, table.c.used_at.is_(None))
            .values(used_at=now)
        )
        return str(row.user_id) if done.rowcount == 1 else None

    def use_all(self, user_id: str, now: datetime) -> None:
        table = password_resets
        self._db.execute(
            update(table)
            .where(table.c.user_id == user_id, table.c.used_at.is_(None))
            .values(used_at=now)
        )
