"""Fakes of the accounts side for the fast tier: passwords, API tokens, web sessions, reset
links, and a mailer that keeps what it was asked to send."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from parceltrail.domain.tokens import ApiToken
from parceltrail.domain.users import User
from parceltrail.services.ports import DeliveriesUnitOfWork, MailMessage, WebSession
from tests.unit.services.fake_store import Repository


class FakeBrowse(Repository):
    """The password store (kept apart from the shared User, as ``browse`` keeps it)."""

    def password_hash(self, user_id: str) -> str | None:
        return self._db.passwords.get(user_id)

    def set_password_hash(self, user_id: str, password_hash: str) -> None:
        self._db.passwords[user_id] = password_hash


class FakeTokens(Repository):
    def add(self, token: ApiToken, token_hash: str) -> None:
        self._db.tokens[token.id] = (token, token_hash)

    def find_active(self, token_hash: str) -> tuple[ApiToken, User] | None:
        for token, stored in self._db.tokens.values():
            if stored == token_hash and token.revoked_at is None:
                return token, self._db.users[token.user_id]
        return None

    def touch(self, token_id: str, at: datetime) -> None:
        token, stored = self._db.tokens[token_id]
        self._db.tokens[token_id] = (replace(token, last_used_at=at), stored)

    def list_for(self, user_id: str) -> list[ApiToken]:
        return [token for token, _ in self._db.tokens.values() if token.user_id == user_id]

    def revoke(self, token_id: str, user_id: str, at: datetime) -> bool:
        found = self._db.tokens.get(token_id)
        if found is None or found[0].user_id != user_id or found[0].revoked_at is not None:
            return False
        self._db.tokens[token_id] = (replace(found[0], revoked_at=at), found[1])
        return True


class FakeSessions(Repository):
    def add(
        self, id_hash: str, user_id: str, csrf: str, now: datetime, expires: datetime
    ) -> None:
        self._db.sessions[id_hash] = {"user_id": user_id, "csrf": csrf, "expires": expires}

    def find(self, id_hash: str, now: datetime) -> WebSession | None:
        row = self._db.sessions.get(id_hash)
        if row is None or row["expires"] <= now:
            return None
        return WebSession(self._db.users[row["user_id"]], row["csrf"], row["expires"])

    def delete(self, id_hash: str) -> None:
        self._db.sessions.pop(id_hash, None)

    def delete_for_user(self, user_id: str) -> None:
        for id_hash in [h for h, row in self._db.sessions.items() if row["user_id"] == user_id]:
            del self._db.sessions[id_hash]


class FakeResets(Repository):
    def add(self, token_hash: str, user_id: str, now: datetime, expires: datetime) -> None:
        self._db.resets[token_hash] = {"user_id": user_id, "expires": expires, "used": None}

    def use(self, token_hash: str, now: datetime) -> str | None:
        row = self._db.resets.get(token_hash)
        if row is None or row["used"] is not None or row["expires"] <= now:
            return None
        row["used"] = now
        return str(row["user_id"])

    def use_all(self, user_id: str, now: datetime) -> None:
        for row in self._db.resets.values():
            if row["user_id"] == user_id and row["used"] is None:
                row["used"] = now


class KeptMailer:
    """The ``Mailer`` port: keeps each message (the real one queues a delivery row)."""

    def __init__(self) -> None:
        self.sent: list[MailMessage] = []

    def send(self, uow: DeliveriesUnitOfWork, message: MailMessage) -> None:
        self.sent.append(message)
