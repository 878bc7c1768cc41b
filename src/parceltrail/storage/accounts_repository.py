"""Users and API tokens in the database."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Row,
    Select,
    String,
    bindparam,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.types import NULLTYPE

from parceltrail.domain.tokens import ApiToken
from parceltrail.domain.users import Role, User
from parceltrail.storage.driver import raw
from parceltrail.storage.repositories import Repository, chunks
from parceltrail.storage.tables import (
    api_tokens,
    users,
)


def _user(row: Row[Any]) -> User:
    return User(
        id=row.id,
        email=row.email,
        role=Role(row.role),
        created_at=row.created_at,
        name=row.name,
        approved=row.approved_at is not None,
        language=row.language,
        time_zone=row.time_zone,
    )


class SqlUserRepository(Repository):
    def add(self, user: User) -> None:
        self._db.execute(
            insert(users).values(
                id=user.id,
                email=user.email,
                role=user.role.value,
                name=user.name,
                created_at=user.created_at,
                approved_at=user.created_at if user.approved else None,
            )
        )

    def approve(self, user_id: str, at: datetime) -> bool:
        result = self._db.execute(
            update(users)
            .where(users.c.id == user_id, users.c.approved_at.is_(None))
            .values(approved_at=at)
        )
        return result.rowcount == 1

    def set_settings(self, user_id: str, language: str | None, time_zone: str | None) -> None:
        self._db.execute(
            update(users)
            .where(users.c.id == user_id)
            .values(language=language, time_zone=time_zone)
        )

    def waiting_for_approval(self, limit: int) -> list[User]:
        query = (
            select(users)
            .where(users.c.approved_at.is_(None), users.c.role == Role.SELLER.value)
            .order_by(users.c.created_at)
            .limit(limit)
        )
        return [_user(row) for row in self._db.execute(query)]

    def get(self, user_id: str) -> User | None:
        row = self._db.execute(select(users).where(users.c.id == user_id)).first()
        return _user(row) if row else None

    def by_email(self, email: str) -> User | None:
        row = self._db.execute(select(users).where(users.c.email == email)).first()
        return _user(row) if row else None

    def many(self, user_ids: Iterable[str]) -> dict[str, User]:
        ids = sorted(set(user_ids))
        found: dict[str, User] = {}
        for part in chunks(ids):
            for row in self._db.execute(select(users).where(users.c.id.in_(part))):
                found[row.id] = _user(row)
        return found


def _token(row: Row[Any]) -> ApiToken:
    return ApiToken(
        id=row.id,
        user_id=row.user_id,
        name=row.name,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )


def _active_token_query() -> Select[Any]:
    """An unrevoked token by its hash, with its owner; ``find_active`` reads by position."""
    return (
        select(
            api_tokens.c.id,
            api_tokens.c.user_id,
            api_tokens.c.name,
            raw(api_tokens.c.created_at),
            raw(api_tokens.c.last_used_at),
            users.c.email,
            users.c.role,
            users.c.name.label("user_name"),
            type_coerce(users.c.created_at, NULLTYPE).label("user_created_at"),
            raw(users.c.approved_at),
        )
        .join(users, users.c.id == api_tokens.c.user_id)
        .where(
            api_tokens.c.token_hash == bindparam("token_hash", type_=String),
            api_tokens.c.revoked_at.is_(None),
        )
    )


class SqlTokenRepository(Repository):
    def add(self, token: ApiToken, token_hash: str) -> None:
        self._db.execute(
            insert(api_tokens).values(
                id=token.id,
                user_id=token.user_id,
                name=token.name,
                token_hash=token_hash,
                created_at=token.created_at,
            )
        )

    def find_active(self, token_hash: str) -> tuple[ApiToken, User] | None:
        rows = self._driver.select(_active_token_query, token_hash=token_hash)
        if not rows:
            return None
        row = rows[0]
        read_time = self._driver.read_time
        token = ApiToken(
            id=row[0],
            user_id=row[1],
            name=row[2],
            created_at=read_time(row[3]),  # type: ignore[arg-type]
            last_used_at=read_time(row[4]),
            revoked_at=None,
        )
        user = User(
            id=row[1],
            email=row[5],
            role=Role(row[6]),
            name=row[7],
            created_at=read_time(row[8]),  # type: ignore[arg-type]
            approved=row[9] is not None,
        )
        return token, user

    def touch(self, token_id: str, at: datetime) -> None:
        self._db.execute(
            update(api_tokens).where(api_tokens.c.id == token_id).values(last_used_at=at)
        )

    def list_for(self, user_id: str) -> list[ApiToken]:
        query = (
            select(api_tokens)
            .where(api_tokens.c.user_id == user_id)
            .order_by(api_tokens.c.created_at)
        )
        return [_token(row) for row in self._db.execute(query)]

    def revoke(self, token_id: str, user_id: str, at: datetime) -> bool:
        result = self._db.execute(
            update(api_tokens)
            .where(
                api_tokens.c.id == token_id,
                api_tokens.c.user_id == user_id,
                api_tokens.c.revoked_at.is_(None),
            )
            .values(revoked_at=at)
        )
        return result.rowcount == 1
